"""The interface every check implements.

A check looks at one aligned row on one pair of documents (a hop, or original vs
final) and returns `Finding`s. It never sees the whole report: hop attribution,
span mapping and severity bookkeeping happen once, in `provenance.attribution`.

    class NumbersCheck:
        name = "numbers"
        types = ("number",)
        def __call__(self, pair: PairView) -> list[Finding]: ...
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, runtime_checkable

import numpy as np

from provenance import memo
from provenance.memo import memoised
from provenance.model import Document, Severity, Span


@dataclass
class Segment:
    """One side of an aligned row: the row's sentences of one document, joined by a space.

    Checks work on `text`; `span()` maps an offset range of `text` back to
    (sentence, start, end) for the report. An empty segment (no sentence on this
    side) has `text == ""` and `sentence_ids == []`.
    """

    document: int
    lang: str
    sentence_ids: list[int]
    sentences: list[str]

    def __post_init__(self) -> None:
        self.text = " ".join(self.sentences)
        self._starts: list[int] = []
        pos = 0
        for s in self.sentences:
            self._starts.append(pos)
            pos += len(s) + 1

    @classmethod
    def of(cls, docs: Sequence[Document], row: Sequence[Sequence[int]], d: int) -> Segment:
        """Document `d`'s side of an alignment row."""
        return cls(d, docs[d].lang, list(row[d]), [docs[d].sentences[i] for i in row[d]])

    @property
    def empty(self) -> bool:
        return not self.sentence_ids

    def span(self, start: int, end: int) -> Span:
        """Map [start, end) of `text` to a span inside one sentence (the one holding `start`)."""
        if not self.sentence_ids:
            raise ValueError("span() on an empty segment")
        k = 0
        for i, s0 in enumerate(self._starts):
            if s0 <= start:
                k = i
        s0 = self._starts[k]
        sent = self.sentences[k]
        a = max(0, start - s0)
        b = min(len(sent), max(a, end - s0))
        return Span(self.document, self.sentence_ids[k], a, b, sent[a:b])

    def whole(self) -> list[Span]:
        """One span per sentence, covering each whole sentence."""
        return [
            Span(self.document, sid, 0, len(s), s)
            for sid, s in zip(self.sentence_ids, self.sentences, strict=True)
        ]


@dataclass
class PairStats:
    """What a check needs to know about the document pair as a whole, to judge one row
    against its own document rather than against a fixed threshold."""

    length_ratio: float = 1.0  # median len(tgt)/len(src) in characters over 1-1 rows
    length_ratio_spread: float = 0.25  # robust spread (MAD-based) of log length ratio
    similarity_median: float = 0.75
    similarity_spread: float = 0.08  # robust spread (MAD-based) of similarity


@dataclass
class PairView:
    """An aligned row seen on one pair of documents (src earlier in the chain than tgt)."""

    alignment: int
    src: Segment
    tgt: Segment
    similarity: float | None
    stats: PairStats = field(default_factory=PairStats)
    # Encodes extra text (sub-clauses, say) with the run's encoder and cache.
    embed: Callable[[Sequence[str]], np.ndarray] | None = None

    @property
    def hop(self) -> tuple[int, int]:
        return (self.src.document, self.tgt.document)

    @property
    def both_sides(self) -> bool:
        """Both sides hold text. Checks that compare content skip other rows: a whole
        sentence left out or added is the coverage check's business."""
        return not self.src.empty and not self.tgt.empty


def quote_spans(text: str, spans: list[tuple[int, int]], limit: int) -> str:
    """The first `limit` spans of `text`, quoted for a message: "'nicht', 'kein'"."""
    return ", ".join(f"'{text[a:b]}'" for a, b in spans[:limit])


@dataclass
class Finding:
    """A drift a check found on one PairView.

    `key` identifies *what* drifted independently of the hop (e.g. "number:200e9" or
    "entity:nazarbaev"), so that attribution can tell a drift carried along the chain
    from a new one and report it once, on the first hop where it appears.
    Offsets in `src_spans`/`tgt_spans` are into `Segment.text`.
    """

    type: str
    severity: Severity
    message: str
    key: str
    src_spans: list[tuple[int, int]] = field(default_factory=list)
    tgt_spans: list[tuple[int, int]] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)
    check: str = ""  # the check that found it (its `name`), set by whoever runs the check


# Distinct texts an analysis remembers. A run checks every row on each hop and end to end,
# so in a chain each row side is seen on two document pairs (about 3 x rows texts per
# 1,000-row chain); bounded so that a long-lived batch worker does not grow without limit.
PER_TEXT_CACHE = 1 << 14
PER_WORD_CACHE = 1 << 16

_F = TypeVar("_F", bound=Callable[..., Any])


def per_text(fn: _F) -> _F:
    """Memoise a pure per-text analysis (`polarity(text, lang)`, ...), so each row side is
    analysed once however many document pairs it is seen on. Callers must treat the
    result as read-only: it is shared."""
    return memoised(PER_TEXT_CACHE)(fn)


def per_word(fn: _F) -> _F:
    """Memoise a pure per-word judgement (a lexicon look-up and what follows from it)."""
    return memoised(PER_WORD_CACHE)(fn)


def clear_memos() -> None:
    """Forget every memoised analysis (`provenance.memo.clear`), so a timing run does not
    reuse an earlier one's work."""
    memo.clear()


@runtime_checkable
class Check(Protocol):
    """A check: a name to list and switch off, the flag types it emits, and a call.

    A check may also define `prepare(views: Sequence[PairView]) -> None`, which the
    pipeline calls once per document pair before the per-row calls: a check that embeds
    extra text (sub-clauses, say) collects it for all rows there and encodes it in one
    call (through `PairView.embed`, which caches), since an encoder call costs far more
    than the few texts in it."""

    name: str
    types: tuple[str, ...]

    def __call__(self, pair: PairView) -> list[Finding]: ...
