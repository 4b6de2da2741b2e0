"""Coverage version 9: a translation 1.5 spreads longer than expected that holds a clause
more than its source is examined for an added clause whatever its similarity, at the
check's widest margin (≤ 0.10 on the source, ≥ 0.30 below its own sentence) and a run of
two words without a counterpart."""

from __future__ import annotations

import math

from test_coverage_added import ADDED, TGT, _Encoder, _row
from test_coverage_added import SRC as TWO_CLAUSES

from provenance.checks import coverage
from provenance.checks.coverage import (
    ADDED_Z_GATE,
    WIDE_CRITERIA,
    WIDE_Z_GATE,
    CoverageCheck,
    _clause_criteria,
    _clause_examine,
    _examine,
)

# One clause on the source side ("after a long debate" would open a second one).
SRC = "The council approved the new budget in the town hall on Tuesday."
# An added clause far from the source (0.05) and well inside its own sentence (0.45).
FAR = _Encoder(TGT, ADDED, other=0.05, own=0.45)


def test_an_added_clause_in_a_longer_translation_with_a_clause_more_is_major() -> None:
    z = 1.8
    v = _row(SRC, "en", TGT, "de", z, FAR)
    assert WIDE_Z_GATE <= z < ADDED_Z_GATE
    assert _examine(v) is None  # as similar as the pair's typical row
    assert _clause_examine(v) is not None and _clause_criteria(v, z) == WIDE_CRITERIA
    found = CoverageCheck()(v)
    assert [(f.type, f.severity) for f in found] == [("addition", "major")]
    assert "Vulkan" in found[0].message
    # Without the rule the row is not examined for a clause and nothing is flagged.
    saved = coverage.WIDE_Z_GATE
    try:
        coverage.WIDE_Z_GATE = math.inf
        assert _clause_examine(v) is None and CoverageCheck()(v) == []
    finally:
        coverage.WIDE_Z_GATE = saved


def test_the_wide_gate_needs_a_clause_more() -> None:
    # A source of two clauses ("... after a long debate ..."), as many as the
    # translation's: not examined.
    v = _row(TWO_CLAUSES, "en", TGT, "de", 1.8, FAR)
    assert _clause_examine(v) is None and CoverageCheck()(v) == []


def test_the_wide_gate_keeps_the_wide_margin() -> None:
    # 0.15 below its own sentence is not enough at this length (a faithful clause of a
    # free rendering keeps about that much).
    v = _row(SRC, "en", TGT, "de", 1.8, _Encoder(TGT, ADDED, other=0.05, own=0.2))
    assert CoverageCheck()(v) == []
