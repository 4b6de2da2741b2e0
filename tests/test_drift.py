"""The drift score: a named drift outranks a similarity dip, severities stay ordered."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from provenance.model import PairStats
from provenance.trace.drift import SEVERITY_WEIGHT, SIM_WEIGHT, score, similarity_part

ST = PairStats(similarity_median=0.8, similarity_spread=0.05)
SIMS = [float(s) for s in np.linspace(-1.0, 1.0, 41)]


def test_any_flag_outranks_any_unflagged_row():
    worst_unflagged = max(score([], s, ST) for s in SIMS)
    assert worst_unflagged < SIM_WEIGHT
    for sev in SEVERITY_WEIGHT:
        assert min(score([sev], s, ST) for s in SIMS) > worst_unflagged


@pytest.mark.parametrize(("low", "high"), [("minor", "major"), ("major", "critical")])
def test_one_step_up_in_severity_outranks_the_worst_similarity(low, high):
    assert score([high], 1.0, ST) > max(score([low], s, ST) for s in SIMS)


def test_monotone_in_flags_and_similarity():
    levels = [[], ["minor"], ["minor", "minor"], ["major"], ["critical"], ["critical", "minor"]]
    for s in (0.2, 0.8):
        scores = [score(sev, s, ST) for sev in levels]
        assert scores == sorted(scores) and len(set(scores)) == len(scores)
    for sev in ([], ["minor"], ["critical"]):
        by_sim = [score(sev, s, ST) for s in SIMS]
        assert all(a > b for a, b in itertools.pairwise(by_sim))
    assert all(0.0 <= score(["critical"] * 3, s, ST) <= 1.0 for s in SIMS)


def test_comparable_across_pairs_by_z_score():
    other = PairStats(similarity_median=0.6, similarity_spread=0.1)
    assert similarity_part(0.7, ST) == pytest.approx(similarity_part(0.4, other))
    assert score(["minor"], 0.7, ST) == pytest.approx(score(["minor"], 0.4, other))
