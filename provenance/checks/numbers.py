"""The numbers check: a quantity changed, dropped or added on a hop.

Values are compared after normalisation (`provenance.extract.numbers`), so notation
("1.000" / "1,000", "Mrd." / "Milliarden" / "billion") never fires. A softened number
("rund 200", "около 200", "about 200") matches within 10%. A soft number ("beide",
"Thousands of") is compared when the other side has one, never reported on its own.
"""

from __future__ import annotations

from provenance.checks._facts import findings, match
from provenance.extract.numbers import Quantity, extract_numbers
from provenance.model import Finding, PairView

APPROX_TOLERANCE = 0.10


def _same(a: Quantity, b: Quantity) -> bool:
    if a.unit and b.unit and a.unit != b.unit:
        return False
    tol = APPROX_TOLERANCE if (a.approx or b.approx) else 0.0
    return a.same_value(b, tol)


class NumbersCheck:
    name = "numbers"
    types = ("number",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        src = extract_numbers(pair.src.text, pair.src.lang)
        tgt = extract_numbers(pair.tgt.text, pair.tgt.lang)
        if not src and not tgt:
            return []
        # soft numbers last, so that "beiden ... zwei" pairs "zwei" with "deux" first
        # a soft number left over is no changed value ("beide" / "une trentaine")
        m = match(
            sorted(src, key=lambda q: q.soft),
            sorted(tgt, key=lambda q: q.soft),
            _same,
            lambda a, b: not (a.soft or b.soft),
        )
        m.missing = [q for q in m.missing if not q.soft]
        m.added = [q for q in m.added if not q.soft]
        return findings(m, "number", lambda x: x.label)
