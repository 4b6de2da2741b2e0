"""What the numbers, dates and names checks share: matching two lists of mentions and
turning the matching into findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from provenance.extract.dates import extract_dates
from provenance.extract.numbers import extract_numbers
from provenance.model import Finding, PairView, Segment

M = TypeVar("M")


def years(seg: Segment) -> frozenset[int]:
    """The years a side states as dates: the numbers check leaves a number that the other
    side reads as a year to the dates check ("Gründung 1863" = "fondée en 1863")."""
    return frozenset(d.year for d in extract_dates(seg.text, seg.lang) if d.year is not None)


def bare_numbers(seg: Segment) -> frozenset[int]:
    """The whole numbers without a unit a side states: a year on the other side that is
    one of them is a number there ("près de 2000 m"), left to the numbers check."""
    return frozenset(
        int(q.value)
        for q in extract_numbers(seg.text, seg.lang)
        if q.unit is None and q.value.is_integer()
    )


def two_digit_numbers(seg: Segment) -> frozenset[int]:
    """The numbers without a unit a side writes in two digits ("la saison 77", "'77"): a
    year on the other side may be said so ("Saison 1977")."""
    return frozenset(
        int(q.value)
        for q in extract_numbers(seg.text, seg.lang)
        if q.unit is None and q.text.lstrip("'’").isdigit() and len(q.text.lstrip("'’")) == 2
    )


# Rows either side of a row that count as its context: a translator who splits or joins
# sentences moves a date into the next one, and one who would repeat the date just given
# leaves it out ("am 9. Mai … An diesem Tag" → "on 9 May … That day").
CONTEXT_ROWS = 2


class Neighbours:
    """The rows of one document pair (`prepare` of a check), to read a row's neighbours.

    A row that repeats this row's source or target is another version of the same
    sentence (a file of variants, a test suite, the drift suite), not its context."""

    def __init__(self) -> None:
        self._views: list[PairView] = []
        self._index: dict[int, int] = {}

    def prepare(self, views: Sequence[PairView]) -> None:
        self._views = list(views)
        self._index = {id(v): k for k, v in enumerate(self._views)}

    def texts(self, pair: PairView, side: str) -> list[Segment]:
        """The neighbouring rows' segments on `side` ("src" or "tgt"), nearest first."""
        row = self._index.get(id(pair))
        if row is None or self._views[row] is not pair:
            return []
        out: list[Segment] = []
        for dist in range(1, CONTEXT_ROWS + 1):
            for k in (row - dist, row + dist):
                if not 0 <= k < len(self._views):
                    continue
                v = self._views[k]
                if v.src.text == pair.src.text or v.tgt.text == pair.tgt.text:
                    continue
                seg = v.src if side == "src" else v.tgt
                if not seg.empty:
                    out.append(seg)
        return out


@dataclass
class Matching(Generic[M]):
    """Outcome of matching source mentions against target mentions."""

    changed: list[tuple[M, M]]  # a source mention whose counterpart says something else
    missing: list[M]
    added: list[M]


def match(
    src: Sequence[M],
    tgt: Sequence[M],
    same: Callable[[M, M], bool],
    related: Callable[[M, M], bool] = lambda a, b: True,
) -> Matching[M]:
    """Greedy one-to-one matching in text order.

    `same` pairs mentions that agree (no drift). Of what is left, mentions that are
    `related` (e.g. two dates that both give a month) are paired in order as changed;
    the rest is missing (source only) or added (target only).
    """
    free = list(range(len(tgt)))
    left: list[M] = []
    for s in src:
        hit = next((j for j in free if same(s, tgt[j])), None)
        if hit is None:
            left.append(s)
        else:
            free.remove(hit)
    changed: list[tuple[M, M]] = []
    missing: list[M] = []
    for s in left:
        hit = next((j for j in free if related(s, tgt[j])), None)
        if hit is None:
            missing.append(s)
        else:
            free.remove(hit)
            changed.append((s, tgt[hit]))
    return Matching(changed, missing, [tgt[j] for j in free])


Severity = Callable[[str, Any, Any], "str | None"]


def _default_severity(what: str, s: object, t: object) -> str:
    return "critical" if what == "changed" else "major"


def findings(
    m: Matching[M], kind: str, label: Callable[[M], str], severity: Severity | None = None
) -> list[Finding]:
    """Findings for a matching: by default changed is critical, missing or added major.

    Mentions need `text`, `start` and `end`; `label` gives the normalised value that keys
    the drift ("number:2e+11USD", "date:2019-06-09"), taken from the source side so the
    same drift has the same key on every hop. `severity(what, source, translation)`
    (what: "changed", "missing", "added"; the absent side None) grades each finding by
    the strength of its evidence, None dropping it.
    """
    grade = severity or _default_severity
    out: list[Finding] = []
    for s, t in m.changed:
        sev = grade("changed", s, t)
        if sev is not None:
            out.append(
                Finding(
                    type=kind,
                    severity=sev,  # type: ignore[arg-type]
                    message=f"{s.text} became {t.text}",
                    key=f"{kind}:{label(s)}",
                    src_spans=[(s.start, s.end)],
                    tgt_spans=[(t.start, t.end)],
                    detail={"source": label(s), "translation": label(t)},
                )
            )
    for s in m.missing:
        sev = grade("missing", s, None)
        if sev is not None:
            out.append(
                Finding(
                    type=kind,
                    severity=sev,  # type: ignore[arg-type]
                    message=f"{s.text} is missing in the translation",
                    key=f"{kind}:{label(s)}",
                    src_spans=[(s.start, s.end)],
                    detail={"source": label(s)},
                )
            )
    for t in m.added:
        sev = grade("added", None, t)
        if sev is not None:
            out.append(
                Finding(
                    type=kind,
                    severity=sev,  # type: ignore[arg-type]
                    message=f"{t.text} was added in the translation",
                    key=f"{kind}:+{label(t)}",
                    tgt_spans=[(t.start, t.end)],
                    detail={"translation": label(t)},
                )
            )
    return out
