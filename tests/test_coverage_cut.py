"""Coverage version 11: a source clause whose removal costs the source nothing of its
similarity to a much shorter translation (`cut_clause`), where the row's other clauses
cost what their share predicts, is a cut clause; major with a run of content words
without a counterpart."""

from __future__ import annotations

import math

import numpy as np
from conftest import one_line_pair

from provenance.checks import coverage
from provenance.checks.coverage import (
    LOO_Z_GATE,
    CoverageCheck,
    _clause_examine,
    _cut_gate,
    _examine,
    clause_rate,
    cut_clause,
)
from provenance.model import PairStats

SRC = "The council approved the new budget on Tuesday, while a volcano erupted in Chile yesterday."
TGT = "Der Rat billigte am Dienstag den neuen Haushalt."
CUT = "while a volcano erupted in Chile yesterday."
UNRELATED = {"volcano", "erupted", "Chile", "yesterday"}
RATE = clause_rate("en", "de", "src")


class _Encoder:
    """The source 0.7 from the translation; the source without its first clause
    `without_first` from it (that clause is rendered: its removal costs), without its
    second clause `without_cut`; the words in UNRELATED off every axis, the rest on the
    translation's axis."""

    def __init__(self, without_first: float = 0.4, without_cut: float = 0.75):
        self.first, self.cut = without_first, without_cut

    def __call__(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for k, t in enumerate(texts):
            if t == SRC:
                cos = 0.7
            elif t == TGT or " " not in t:
                cos = 0.0 if t in UNRELATED else 1.0
            elif t == CUT:
                cos = self.first
            else:  # the source without the cut clause
                cos = self.cut
            if t in UNRELATED:
                out[k, 3] = 1.0
            else:
                out[k, :2] = cos, math.sqrt(1 - cos**2)
        return out


def _row(z: float, embed=None):
    """The row `z` spreads shorter than the pair's norm, as similar as its typical row
    (the part test and the unaligned-clause test do not examine it)."""
    spread = 0.13
    stats = PairStats(len(TGT) / len(SRC) / math.exp(z * spread), spread, 0.7, 0.08)
    return one_line_pair(SRC, "en", TGT, "de", sim=0.7, stats=stats, embed=embed or _Encoder())


def test_a_clause_whose_removal_costs_nothing_is_major() -> None:
    v = _row(-2.5)
    assert _examine(v) is None and _clause_examine(v) is None  # no other test looks
    assert _cut_gate(v) is not None
    check = CoverageCheck()
    check.prepare([v])
    found = check(v)
    assert [(f.type, f.severity) for f in found] == [("omission", "major")]
    assert "volcano" in found[0].message
    assert found[0].src_spans == [(SRC.index(CUT), len(SRC))]
    # Without the rule (no row is short enough for it) nothing is flagged.
    saved = coverage.LOO_Z_GATE
    try:
        coverage.LOO_Z_GATE = math.inf
        assert CoverageCheck()(v) == []
    finally:
        coverage.LOO_Z_GATE = saved


def test_a_clause_that_costs_its_share_is_rendered() -> None:
    # Removing either clause lowers the similarity about as much as its share predicts:
    # a faithful (if short) rendering.
    v = _row(-2.5, _Encoder(without_first=0.4, without_cut=0.5))
    assert cut_clause(v.src, v.tgt, v.embed, RATE) == []
    assert CoverageCheck()(v) == []


def test_the_rule_needs_a_much_shorter_translation() -> None:
    v = _row(-(LOO_Z_GATE - 0.5))
    assert _cut_gate(v) is None
    assert CoverageCheck()(v) == []


def test_the_rule_needs_words_without_a_counterpart() -> None:
    # The clause's words all have counterparts (every word on the translation's axis):
    # the similarity alone says nothing.
    class Covered(_Encoder):
        def __call__(self, texts) -> np.ndarray:
            out = super().__call__(texts)
            for k, t in enumerate(texts):
                if t in UNRELATED:
                    out[k] = (1.0, 0.0, 0.0, 0.0)
            return out

    v = _row(-2.5, Covered())
    assert cut_clause(v.src, v.tgt, v.embed, RATE)
    assert CoverageCheck()(v) == []


def test_the_run_is_read_in_the_blamed_clause() -> None:
    # The uncovered words sit in the other clause (rendered, its removal costs): the two
    # signals must point at one clause, so nothing is flagged (the review: the run was
    # read over the whole row).
    first = {"council", "approved", "budget", "Tuesday"}

    class ElsewhereUncovered(_Encoder):
        def __call__(self, texts) -> np.ndarray:
            out = super().__call__(texts)
            for k, t in enumerate(texts):
                if t in UNRELATED:
                    out[k] = (1.0, 0.0, 0.0, 0.0)
                elif t in first:
                    out[k] = (0.0, 0.0, 0.0, 1.0)
            return out

    v = _row(-2.5, ElsewhereUncovered())
    assert cut_clause(v.src, v.tgt, v.embed, RATE)
    assert coverage.uncovered_run(SRC, "en", TGT, v.embed) >= coverage.CLAUSE_RUN
    assert CoverageCheck()(v) == []
