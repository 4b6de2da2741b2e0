"""Coverage version 15: a minor added clause (the part test's leave-part-out gain) whose
own embedding keeps next to nothing of the source (at most `ADDED_OTHER`, `ADDED_DROP`
below its own sentence), of `AGREE_WORDS` words or more, at least `AGREE_UNCOVERED` of
whose content words have no counterpart, is major: the tests agree on one clause.
Omissions, windows of words, short clauses, clauses that keep the source's meaning or
its words stay minor."""

from __future__ import annotations

import math

import numpy as np
import pytest
from conftest import one_line_pair

from provenance.checks import coverage
from provenance.checks.coverage import CoverageCheck, _agree_candidate, _examine
from provenance.lang.cues import Clause
from provenance.model import PairStats
from provenance.pairs import reference_stats

SRC = "Der Verein hat den Vertrag mit seinem Trainer bis zum Sommer verlängert."
ADDED = "and we all know what that means."
TGT = f"The club has extended its coach's contract until the summer, {ADDED}"


class _Encoder:
    """The source on axis 0, the translation 0.6 from it; the added part `other` from
    the source and `own` from the translation; anything else on the source's axis."""

    def __init__(self, other: float, own: float, part: str = ADDED, unrelated: bool = True):
        self.other, self.own, self.part = other, own, part
        # the added clause's words: off every axis (no counterpart), or on the source's
        self.words = set(part.strip(".").split()) if unrelated else set()

    def __call__(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), 4), dtype=np.float32)
        t_vec = np.array([0.6, 0.8, 0, 0])
        for k, t in enumerate(texts):
            if t == TGT:
                out[k] = t_vec
            elif t == self.part:
                a = (self.own - 0.6 * self.other) / 0.8
                out[k] = self.other, a, math.sqrt(max(0.0, 1 - self.other**2 - a**2)), 0
            elif t in self.words:
                out[k, 3] = 1.0
            else:
                out[k, 0] = 1.0
        return out


def _flags(
    monkeypatch,
    other: float,
    own: float,
    part: str = ADDED,
    kind_z: float = 3.0,
    unrelated: bool = True,
):
    """The part test's verdict fixed at a minor flag on `part` (gain 0.03, its words
    with counterparts), the translation `kind_z` spreads longer than expected and less
    similar than the pair's typical row."""
    spread = 0.13
    ratio = len(TGT) / len(SRC) / math.exp(kind_z * spread)
    stats = PairStats(ratio, spread, 0.75, 0.08)
    embed = _Encoder(other, own, part, unrelated)
    v = one_line_pair(SRC, "de", TGT, "en", sim=0.6, stats=stats, embed=embed)
    assert _examine(v) is not None
    start = TGT.index(part)
    blamed = (Clause(start, start + len(part)), 0.03, len(part) / len(TGT), "minor")
    monkeypatch.setattr(CoverageCheck, "_blame", lambda self, pair, ex: blamed)
    monkeypatch.setattr(coverage, "_word_evidence", lambda sev, *a, **k: "minor")
    check = CoverageCheck()
    check.prepare([v])
    return [(f.type, f.severity, f.detail.get("part_similarity")) for f in check(v)]


def test_an_added_part_that_keeps_nothing_of_the_source_is_major(monkeypatch) -> None:
    found = _flags(monkeypatch, other=0.0, own=0.3)
    assert found == [("addition", "major", 0.0)]
    # Without the rule (no part long enough) the flag stays minor.
    monkeypatch.setattr(coverage, "AGREE_WORDS", math.inf)
    assert [f[:2] for f in _flags(monkeypatch, other=0.0, own=0.3)] == [("addition", "minor")]


def test_a_part_that_keeps_the_source_or_too_little_of_its_own_stays_minor(monkeypatch) -> None:
    # keeps some of the source's meaning (an explicitation)
    assert _flags(monkeypatch, other=coverage.ADDED_OTHER + 0.05, own=0.4)[0][:2] == (
        "addition",
        "minor",
    )
    # its words have counterparts on the source (an explicitation in the source's terms)
    assert _flags(monkeypatch, other=0.0, own=0.3, unrelated=False)[0][:2] == (
        "addition",
        "minor",
    )
    # unrelated to its own sentence as well (an embedding that says little)
    assert _flags(monkeypatch, other=0.0, own=coverage.ADDED_DROP - 0.05)[0][:2] == (
        "addition",
        "minor",
    )


def test_only_added_clauses_of_enough_words() -> None:
    v = one_line_pair(SRC, "de", TGT, "en")
    tgt, src = v.tgt, v.src
    start = TGT.index(ADDED)
    clause = Clause(start, len(TGT))
    assert _agree_candidate("addition", tgt, clause)
    assert not _agree_candidate("omission", tgt, clause)  # a source side: Text+Berg
    assert not _agree_candidate("addition", tgt, None)  # the length alone
    # a window of words of the gap's length, not a clause ("The second position on the")
    assert not _agree_candidate("addition", tgt, Clause(start - 12, len(TGT) - 8))
    short = "The club has extended its coach's contract, and that was all."
    v2 = one_line_pair(SRC, "de", short, "en")
    assert not _agree_candidate("addition", v2.tgt, Clause(short.index("and"), len(short)))
    assert src.text == SRC


def _real(src, sl, tgt, tl, encoder):
    vs, vt = encoder.encode([src, tgt])
    v = one_line_pair(
        src, sl, tgt, tl, float(vs @ vt), stats=reference_stats(sl, tl), embed=encoder.encode
    )
    check = CoverageCheck()
    check.prepare([v])
    return [(f.type, f.severity) for f in check(v)]


@pytest.mark.slow
def test_probes_with_the_real_encoder(encoder, monkeypatch) -> None:
    """An added clause of common words (the word tests find counterparts for them) is
    major, and minor without the rule; near misses — a clause that adds a detail in the
    source's terms, a short explicitation, a faithful row, a clause cut from the source
    (the other direction) — are not made major."""
    a = "Клуб продлил контракт со своим тренером до лета 2025 года."
    b = "The club has extended its coach's contract until the summer of 2025"
    added = (a, "ru", f"{b}, and we all know what that means.", "en")
    assert ("addition", "major") in _real(*added, encoder)
    src = "Der Verein hat den Vertrag mit seinem Trainer bis zum Sommer 2025 verlängert."
    near = [
        (  # a detail in the source's own terms: minor, kept so
            "The mayor opened the new bridge on Monday.",
            "en",
            "Der Bürgermeister eröffnete am Montag die neue Brücke, auf die die Stadt lange "
            "gewartet hatte.",
            "de",
        ),
        (a, "ru", f"{b}, so he will stay at the club.", "en"),
        (src, "de", f"{b}, as the club said in a statement.", "en"),
        (src, "de", f"{b}.", "en"),
        (src[:-1] + ", aber wir werden darüber nachdenken müssen.", "de", f"{b}.", "en"),
    ]
    for row in near:
        assert all(sev not in ("major", "critical") for _t, sev in _real(*row, encoder)), row[2]
    monkeypatch.setattr(coverage, "AGREE_WORDS", math.inf)
    assert _real(*added, encoder) == [("addition", "minor")]
