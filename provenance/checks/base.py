"""The interface every check implements.

A check looks at one aligned row on one pair of documents (a hop, or original vs
final) and returns `Finding`s. It never sees the whole report: hop attribution,
span mapping and severity bookkeeping happen once, in `provenance.trace.attribution`.

    class NumbersCheck:
        name = "numbers"
        types = ("number",)
        def __call__(self, pair: PairView) -> list[Finding]: ...
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from provenance.model import Finding, Flag, PairView
from provenance.util import memo
from provenance.util.memo import per_text, per_word  # noqa: F401  (checks import them here)


def quote_spans(text: str, spans: list[tuple[int, int]], limit: int) -> str:
    """The first `limit` spans of `text`, quoted for a message: "'nicht', 'kein'"."""
    return ", ".join(f"'{text[a:b]}'" for a, b in spans[:limit])


def clear_memos() -> None:
    """Forget every memoised analysis (`provenance.util.memo.clear`), so a timing run does not
    reuse an earlier one's work."""
    memo.clear()


@dataclass
class DocumentFindings:
    """What a check's document pass (`finish`, see `Check`) adds to a report."""

    flags: list[Flag] = field(default_factory=list)
    # Report fields the pass fills, by name (`{"quotes": [...]}`, see `model.Report`).
    sections: dict[str, Any] = field(default_factory=dict)
    # Called with the report's final, sorted flags: sections that refer to flags by
    # their index fill those in then.
    link: Callable[[Sequence[Flag]], None] | None = None


@runtime_checkable
class Check(Protocol):
    """A check: a name to list and switch off, the flag types it emits, and a call.

    A check may also define `prepare(views: Sequence[PairView]) -> None`, which the
    pipeline calls once per document pair before the per-row calls: a check that embeds
    extra text (sub-clauses, say) collects it for all rows there and encodes it in one
    call (through `PairView.embed`, which caches), since an encoder call costs far more
    than the few texts in it.

    A check may also define `finish(docs, rows, flags) -> DocumentFindings`, its
    document pass, which the pipeline calls once per report after every row's findings
    are attributed to hops (`flags`): a check that must read whole documents (quotes:
    a speaker named three sentences earlier) adds the flags only they show, and the
    report sections it builds.

    A check may declare `version` (default "1"); the report's signature names it, so a
    change to what a check flags must bump it."""

    name: str
    types: tuple[str, ...]

    def __call__(self, pair: PairView) -> list[Finding]: ...
