"""Coverage version 12: `cut_clause` against the language pair's fitted loss per share
(`CLAUSE_RATES`, `provenance.bench.coverage_fit`); on the translation side (an added
clause in a translation much longer than expected) the rule is measured but off
(`ADDED_LOO_Z_GATE` infinite): its tests turn it on at the gate measured, 2.0."""

from __future__ import annotations

import math

import pytest
from conftest import one_line_pair
from test_coverage_cut import SRC, TGT, _Encoder

from provenance.bench.coverage_fit import clause_losses
from provenance.checks import coverage
from provenance.checks.coverage import (
    CLAUSE_RATES,
    CoverageCheck,
    _clause_examine,
    _cut_gate,
    _examine,
    clause_rate,
    cut_clause,
)
from provenance.model import PairStats

ADDED_LOO_Z_GATE = 2.0  # the translation side's gate as measured (off in the check)


@pytest.fixture
def added_side(monkeypatch):
    monkeypatch.setattr(coverage, "ADDED_LOO_Z_GATE", ADDED_LOO_Z_GATE)


def _added(z: float, embed=None):
    """SRC (English) as the translation of TGT (German), `z` spreads longer than the
    pair's norm and as similar as its typical row: its clause about the volcano has nothing
    to render."""
    spread = 0.13
    stats = PairStats(len(SRC) / len(TGT) / math.exp(z * spread), spread, 0.7, 0.08)
    return one_line_pair(TGT, "de", SRC, "en", sim=0.7, stats=stats, embed=embed or _Encoder())


def test_the_translation_side_is_off() -> None:
    assert _cut_gate(_added(ADDED_LOO_Z_GATE + 5)) is None


def test_an_added_clause_whose_removal_costs_nothing_is_major(added_side) -> None:
    v = _added(ADDED_LOO_Z_GATE + 0.2)
    assert _examine(v) is None  # the part test does not look; the clause test finds nothing
    assert _cut_gate(v) is not None
    check = CoverageCheck()
    check.prepare([v])
    found = check(v)
    assert [(f.type, f.severity) for f in found] == [("addition", "major")]
    assert "volcano" in found[0].message and found[0].tgt_spans
    assert "the translation without it is as similar to the source" in found[0].message
    assert _clause_examine(v) is not None  # examined by the clause test, which misses it
    # Without the rule on the translation side nothing is flagged.
    coverage.ADDED_LOO_Z_GATE = math.inf
    assert CoverageCheck()(v) == []


def test_the_added_side_needs_a_much_longer_translation(added_side) -> None:
    v = _added(ADDED_LOO_Z_GATE - 0.6)
    assert _cut_gate(v) is None


def test_the_expected_loss_is_the_language_pairs() -> None:
    # The same row is a cut clause at the fitted rate and a rendered one where the pair
    # loses nothing per share (the residual is the gain alone, 0.05 < `LOO_RESIDUAL`).
    v = one_line_pair(SRC, "en", TGT, "de", sim=0.7, embed=_Encoder())
    assert cut_clause(v.src, v.tgt, v.embed, clause_rate("en", "de", "src"))
    assert cut_clause(v.src, v.tgt, v.embed, 0.0) == []


def test_a_pair_not_fitted_takes_its_sides_least_rate() -> None:
    src = [r for (_s, _t, side), r in CLAUSE_RATES.items() if side == "src"]
    assert clause_rate("fr", "de", "src") == min(src)
    assert clause_rate("de", "en", "tgt") == CLAUSE_RATES[("de", "en", "tgt")]


def test_the_fit_reads_each_clauses_share_and_gain() -> None:
    v = one_line_pair(SRC, "en", TGT, "de", sim=0.7, embed=_Encoder())
    losses = clause_losses(v, "src")
    assert len(losses) == 2
    (first_share, first_gain), (cut_share, cut_gain) = losses
    assert math.isclose(first_share + cut_share, 1.0, abs_tol=0.05)
    assert first_gain < 0 < cut_gain  # the rendered clause costs, the cut one does not
