"""Coverage version 13: a clause of the side longer than expected, holding a clause more,
whose own embedding keeps little of its similarity on the other side and most of whose
content words have no counterpart there (`unrendered_clause`), is major; either signal
alone is nothing."""

from __future__ import annotations

import math

import numpy as np
import pytest
from conftest import one_line_pair

from provenance.checks import coverage
from provenance.checks.coverage import (
    CoverageCheck,
    _clause_examine,
    _cut_gate,
    _examine,
    _share_gate,
    unrendered_clause,
)
from provenance.model import PairStats
from provenance.pairs import reference_stats

SRC = "Der Rat billigte am Dienstag den neuen Haushalt."
TGT = "The council approved the new budget on Tuesday, while a volcano erupted in Chile yesterday."
ADDED = "while a volcano erupted in Chile yesterday."
UNRELATED = {"volcano", "erupted", "Chile", "yesterday"}


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch):
    """The rule as measured, also when it is off (`SHARE_Z_GATE` infinite)."""
    if math.isinf(coverage.SHARE_Z_GATE):
        monkeypatch.setattr(coverage, "SHARE_Z_GATE", 2.0)


OTHER = coverage.SHARE_OTHER - 0.03  # above the widest unaligned-clause margin (0.10)


class _Encoder:
    """The translation 0.7 from the source; its first clause on the source's axis, the
    added clause `other` from the source and `own` from the translation; the words in
    `unrelated` off every axis, the other words on the source's axis."""

    def __init__(self, other: float = OTHER, own: float = OTHER + 0.25, unrelated=UNRELATED):
        self.other, self.own, self.unrelated = other, own, unrelated

    def __call__(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), 4), dtype=np.float32)
        t_vec = np.array([0.7, math.sqrt(1 - 0.49), 0, 0])
        for k, t in enumerate(texts):
            if t == TGT:
                out[k] = t_vec
            elif t == ADDED:
                a = (self.own - 0.7 * self.other) / t_vec[1]
                out[k] = self.other, a, math.sqrt(max(0.0, 1 - self.other**2 - a**2)), 0
            elif t in self.unrelated:
                out[k, 3] = 1.0
            else:  # the source, its rendered clause, the other words
                out[k, 0] = 1.0
        return out


def _row(z: float | None = None, embed=None):
    """The translation `z` spreads longer than the pair's norm, as similar as its typical
    row (the part test does not examine it)."""
    z = coverage.SHARE_Z_GATE + 0.2 if z is None else z
    spread = 0.13
    stats = PairStats(len(TGT) / len(SRC) / math.exp(z * spread), spread, 0.7, 0.08)
    return one_line_pair(SRC, "de", TGT, "en", sim=0.7, stats=stats, embed=embed or _Encoder())


def _flags(v) -> list[tuple[str, str]]:
    check = CoverageCheck()
    check.prepare([v])
    return [(f.type, f.severity) for f in check(v)]


def test_a_clause_without_counterpart_in_embedding_and_words_is_major() -> None:
    v = _row()
    assert _examine(v) is None and _cut_gate(v) is None  # the part and cut tests: no
    assert _clause_examine(v) is not None  # the unaligned-clause test looks, at ≤ 0.10
    assert _share_gate(v) is not None
    check = CoverageCheck()
    check.prepare([v])
    found = check(v)
    assert [(f.type, f.severity) for f in found] == [("addition", "major")]
    assert found[0].tgt_spans == [(TGT.index(ADDED), len(TGT))]
    assert found[0].detail["uncovered_words"] == 3  # "Chile", a name, is not counted
    # Without the rule nothing is flagged.
    saved = coverage.SHARE_UNCOVERED
    try:
        coverage.SHARE_UNCOVERED = math.inf
        assert _flags(_row()) == []
    finally:
        coverage.SHARE_UNCOVERED = saved


def test_either_signal_alone_is_nothing() -> None:
    # the clause's words have counterparts (a free rendering): nothing
    assert _flags(_row(embed=_Encoder(unrelated=set()))) == []
    # its words have none, but its embedding keeps its similarity on the source
    assert _flags(_row(embed=_Encoder(other=0.4, own=0.7))) == []
    # or keeps too little of its own sentence's
    assert _flags(_row(embed=_Encoder(own=OTHER + coverage.SHARE_DROP - 0.05))) == []


def test_only_a_row_longer_than_expected_with_a_clause_more() -> None:
    z = coverage.SHARE_Z_GATE - 0.3
    assert _share_gate(_row(z=z)) is None
    assert _flags(_row(z=z)) == []
    # a translation much shorter is examined for its source's clauses (version 14:
    # whatever their count), not its own; a source of one clause has none to blame
    v = _row(z=-2.5)
    assert _share_gate(v) is not None
    assert _flags(v) == []


def _view(src, sl, tgt, tl, encoder):
    vs, vt = encoder.encode([src, tgt])
    return one_line_pair(
        src, sl, tgt, tl, float(vs @ vt), stats=reference_stats(sl, tl), embed=encoder.encode
    )


@pytest.mark.slow
def test_probes_with_the_real_encoder(encoder) -> None:
    """Near misses (a faithful translation longer with a clause more: a prepositional
    phrase rendered as a clause, an explicitation, a cause spelled out, an abbreviation
    spelled out) are not blamed;
    an added clause, either direction of the check, is."""
    faithful = [
        (
            "Trotz des starken Regens kamen am Samstag viele Besucher zum Stadtfest.",
            "de",
            "Although it was raining heavily, many visitors came to the city festival on Saturday.",
            "en",
        ),
        (
            "Wegen der Pandemie wurde das Konzert abgesagt.",
            "de",
            "The concert was cancelled because the pandemic made it impossible to hold.",
            "en",
        ),
        (
            "Der Präsident sprach in Berlin.",
            "de",
            "The president spoke in Berlin, the German capital, where he met supporters.",
            "en",
        ),
        (
            "Der Bürgermeister eröffnete am Montag die neue Brücke.",
            "de",
            "On Monday the mayor opened the new bridge, as the city had announced.",
            "en",
        ),
        (  # an abbreviation spelled out: capitalised words without counterparts
            "Роскомнадзор заблокировал сайт издания в четверг.",
            "ru",
            "On Thursday, Roskomnadzor, the Federal Service for Supervision of "
            "Communications, Information Technology and Mass Media, blocked the "
            "publication's website.",
            "en",
        ),
    ]
    for src, sl, tgt, tl in faithful:
        v = _view(src, sl, tgt, tl, encoder)
        z = _share_gate(v)
        if z is not None:
            _kind, longer, shorter, _gap = coverage._sides(v, z)
            assert unrendered_clause(longer, shorter, encoder.encode) is None, tgt
    added = "while shareholders demanded dividend payments."
    src = "Am Samstagabend hätten dann einige Jugendliche im Park Rugby gespielt."
    tgt = f"On Saturday evening some young people then played rugby in the park, {added}"
    for v in (_view(src, "de", tgt, "en", encoder), _view(tgt, "en", src, "de", encoder)):
        z = _share_gate(v)
        assert z is not None
        _kind, longer, shorter, _gap = coverage._sides(v, z)
        hit = unrendered_clause(longer, shorter, encoder.encode)
        assert hit is not None and longer.text[hit[0].start : hit[0].end].strip() == added


def test_names_are_not_counted() -> None:
    """The words of names are the names check's and do not count either way: here
    "Chile" finds a counterpart, and counted it would leave three of four words
    uncovered (below `SHARE_UNCOVERED`); not counted, all three are."""
    v = _row(embed=_Encoder(unrelated={"volcano", "erupted", "yesterday"}))
    _kind, longer, _shorter, _gap = coverage._sides(v, _share_gate(v))
    assert "Chile" in coverage._name_words(longer.text, longer.lang)
    assert _flags(v) == [("addition", "major")]
