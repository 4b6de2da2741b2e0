"""Coverage version 7: a clause added to a translation much longer than expected is found
whatever the row's similarity, at a lower margin than the unaligned-clause test's; the
source side of a row much shorter than expected keeps the old test."""

from __future__ import annotations

import math

import numpy as np
from conftest import one_line_pair

from provenance.checks import coverage
from provenance.checks.coverage import (
    ADDED_CRITERIA,
    ADDED_DROP,
    ADDED_OTHER,
    ADDED_Z_GATE,
    CLAUSE_CRITERIA,
    CLAUSE_DROP,
    CoverageCheck,
    _clause_criteria,
    _clause_examine,
    _examine,
    _length_z,
    unaligned_clause,
)
from provenance.model import PairStats

SRC = "The council approved the new budget on Tuesday after a long debate in the town hall."
TGT = (
    "Der Rat billigte am Dienstag nach einer langen Debatte im Rathaus den neuen Haushalt, "
    "während ein Vulkan gestern in Chile ausbrach."
)
ADDED = "während ein Vulkan gestern in Chile ausbrach."
UNRELATED = {"Vulkan", "gestern", "Chile", "ausbrach"}
# The added clause: 0.05 from the source, 0.2 from its own sentence (an unrelated clause
# is far from both, so the 0.3 margin of the unaligned-clause test misses it).
OTHER, OWN = 0.05, 0.2


class _Encoder:
    """`whole` 0.7 from the source; the added clause `other` from the source and `own`
    from `whole`; the words in UNRELATED off every axis; the rest on the source's axis."""

    def __init__(self, whole: str, added: str, other: float = OTHER, own: float = OWN):
        self.whole, self.added, self.other = whole, added, other
        w1 = (own - 0.7 * other) / math.sqrt(1 - other**2)
        self.whole_vec = np.array([0.7, w1, math.sqrt(1 - 0.49 - w1**2), 0.0], dtype=np.float32)

    def __call__(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for k, t in enumerate(texts):
            if t == self.whole:
                out[k] = self.whole_vec
            elif t == self.added:
                out[k, :2] = self.other, math.sqrt(1 - self.other**2)
            elif t in UNRELATED:
                out[k, 3] = 1.0
            else:
                out[k, 0] = 1.0
        return out


def _row(src: str, sl: str, tgt: str, tl: str, z: float, embed=None, sim_z: float = 0.0):
    """The row with its length `z` spreads from the pair's norm and its similarity `sim_z`
    spreads from the pair's median (0.7; at 0 the leave-one-part-out test's similarity
    gate and the unaligned-clause test's keep it out)."""
    spread = 0.13
    stats = PairStats(len(tgt) / len(src) / math.exp(z * spread), spread, 0.7, 0.08)
    embed = embed or _Encoder(TGT, ADDED)
    return one_line_pair(src, sl, tgt, tl, sim=0.7 + sim_z * 0.08, stats=stats, embed=embed)


def test_the_encoder_places_the_clause_as_intended() -> None:
    vecs = _Encoder(TGT, ADDED)([SRC, TGT, ADDED])
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-6)
    assert abs(float(vecs[2] @ vecs[0]) - OTHER) < 1e-6
    assert abs(float(vecs[2] @ vecs[1]) - OWN) < 1e-6
    assert OTHER <= ADDED_OTHER and ADDED_DROP <= OWN - OTHER < CLAUSE_DROP


def test_an_added_clause_in_a_long_translation_is_major_whatever_its_similarity() -> None:
    v = _row(SRC, "en", TGT, "de", 3.0)
    assert _length_z(v)[0] >= ADDED_Z_GATE
    assert _examine(v) is None  # as similar as the pair's typical row
    found = CoverageCheck()(v)
    assert [(f.type, f.severity) for f in found] == [("addition", "major")]
    assert "Vulkan" in found[0].message
    # Removing the rule (no added-clause gate) leaves the row unexamined and unflagged.
    saved = coverage.ADDED_Z_GATE
    try:
        coverage.ADDED_Z_GATE = math.inf
        assert _clause_examine(v) is None
        assert CoverageCheck()(v) == []
    finally:
        coverage.ADDED_Z_GATE = saved


def test_the_added_clause_margin_needs_the_length() -> None:
    # Longer than expected, but not by `ADDED_Z_GATE` (at z ≥ 2 faithful held-out pairs
    # were flagged): the unaligned-clause test's own gate and margin, and nothing.
    for z in (1.5, 2.2):
        v = _row(SRC, "en", TGT, "de", z)
        assert _length_z(v)[0] < ADDED_Z_GATE and CoverageCheck()(v) == []


def test_a_row_let_in_by_its_length_alone_is_judged_at_the_added_clause_margin() -> None:
    # A clause 0.13 from the source and 0.45 from its own sentence (a faithful
    # explicitation looks so): within the unaligned-clause test's margin, not within the
    # added-clause one. Found on a row of that test's own gate (similarity low), not on a
    # row let in by its length alone.
    embed = _Encoder(TGT, ADDED, other=0.13, own=0.45)
    typical = _row(SRC, "en", TGT, "de", 3.0, embed)
    assert _clause_examine(typical) is not None
    assert _clause_criteria(typical, 3.0) == ((ADDED_OTHER, ADDED_DROP),)
    assert CoverageCheck()(typical) == []
    low = _row(SRC, "en", TGT, "de", 3.0, embed, sim_z=-1.0)
    assert _clause_criteria(low, 3.0) == ADDED_CRITERIA
    found = CoverageCheck()._by_clause(low)  # (the part test, asked first, aside)
    assert found is not None and (found.type, found.severity) == ("addition", "major")


def test_a_cut_clause_keeps_the_old_margin() -> None:
    # The same clause on the source side of a row much shorter than expected is judged
    # at the unaligned-clause test's margin: on the source side a free rendering leaves
    # clauses as low as a cut one (Text+Berg de→fr, development documents).
    v = _row(TGT, "de", SRC, "en", -3.0, sim_z=-1.0)
    assert _clause_criteria(v, -3.0) == CLAUSE_CRITERIA
    de, en = v.src, v.tgt
    assert unaligned_clause(de, en, v.embed, CLAUSE_CRITERIA) is None
    found = unaligned_clause(de, en, v.embed, ADDED_CRITERIA)
    assert found is not None and TGT[found[0].start : found[0].end].strip() == ADDED
