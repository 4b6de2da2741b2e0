"""The dates check: a date, month, year, weekday or relative date changed, dropped or added.

Two mentions agree when every field both give is equal ("9 June" = "9 июня 2019");
"im kommenden Jahr" = "в следующем году" = "next year" by their relative code.
"""

from __future__ import annotations

from provenance.checks._facts import comparable, match
from provenance.checks.base import Finding, PairView
from provenance.extract.dates import DateMention, extract_dates


def _related(a: DateMention, b: DateMention) -> bool:
    """Both say the same kind of thing (a month, a year, a weekday, a relative date)."""
    return bool(a.fields().keys() & b.fields().keys())


class DatesCheck:
    name = "dates"
    types = ("date",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not comparable(pair):
            return []
        src = extract_dates(pair.src.text, pair.src.lang)
        tgt = extract_dates(pair.tgt.text, pair.tgt.lang)
        if not src and not tgt:
            return []
        m = match(src, tgt, DateMention.compatible, _related)
        out = [
            Finding(
                type="date",
                severity="critical",
                message=f"{s.text} became {t.text}",
                key=f"date:{s.canonical}",
                src_spans=[(s.start, s.end)],
                tgt_spans=[(t.start, t.end)],
                detail={"source": s.canonical, "translation": t.canonical},
            )
            for s, t in m.changed
        ]
        out += [
            Finding(
                type="date",
                severity="major",
                message=f"{s.text} is missing in the translation",
                key=f"date:{s.canonical}",
                src_spans=[(s.start, s.end)],
                detail={"source": s.canonical},
            )
            for s in m.missing
        ]
        out += [
            Finding(
                type="date",
                severity="major",
                message=f"{t.text} was added in the translation",
                key=f"date:+{t.canonical}",
                tgt_spans=[(t.start, t.end)],
                detail={"translation": t.canonical},
            )
            for t in m.added
        ]
        return out
