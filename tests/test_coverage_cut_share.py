"""Coverage version 14: on the source side, `unrendered_clause` asks no clause more of the
source and lets the clause keep up to `CUT_OTHER` of similarity to the translation (a cut
inside one of the translation's clauses leaves both sides with as many clauses); every
content word of the clause must still lack a counterpart, in a run of `SHARE_RUN`."""

from __future__ import annotations

import math

import numpy as np
from conftest import one_line_pair

from provenance.checks import coverage
from provenance.checks.coverage import (
    CoverageCheck,
    _clause_examine,
    _cut_gate,
    _examine,
    _share_gate,
    _share_other,
    unrendered_clause,
)
from provenance.model import PairStats
from provenance.pairs import reference_stats

CUT = "während gestern ein Vulkan in Chile ausbrach."
SRC = f"Der Rat billigte am Dienstag den neuen Haushalt, {CUT}"
TGT = "The council approved the new budget on Tuesday, which the mayor had proposed."
UNRELATED = {"während", "gestern", "Vulkan", "ausbrach"}  # "Chile", a name, is not counted
OTHER = (coverage.SHARE_OTHER + coverage.CUT_OTHER) / 2  # above the old margin, below the new


class _Encoder:
    """The source 0.7 from the translation; the cut clause `other` from the translation
    and `own` from the source; the words in `unrelated` off every axis, the translation,
    its words and the source's other clause and words on one axis."""

    def __init__(self, other: float = OTHER, own: float = OTHER + 0.3, unrelated=UNRELATED):
        self.other, self.own, self.unrelated = other, own, unrelated

    def __call__(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), 4), dtype=np.float32)
        s_vec = np.array([0.7, math.sqrt(1 - 0.49), 0, 0])
        for k, t in enumerate(texts):
            if t == SRC:
                out[k] = s_vec
            elif t == CUT:
                a = (self.own - 0.7 * self.other) / s_vec[1]
                out[k] = self.other, a, math.sqrt(max(0.0, 1 - self.other**2 - a**2)), 0
            elif t in self.unrelated:
                out[k, 3] = 1.0
            else:
                out[k, 0] = 1.0
        return out


def _row(z: float = -(coverage.LOO_Z_GATE + 0.3), embed=None):
    """The translation `z` spreads shorter than the pair's norm, as similar as its typical
    row (the part test does not examine it)."""
    spread = 0.13
    stats = PairStats(len(TGT) / len(SRC) / math.exp(z * spread), spread, 0.7, 0.08)
    return one_line_pair(SRC, "de", TGT, "en", sim=0.7, stats=stats, embed=embed or _Encoder())


def _flags(v) -> list[tuple[str, str]]:
    check = CoverageCheck()
    check.prepare([v])
    return [(f.type, f.severity) for f in check(v)]


def test_a_cut_inside_a_clause_of_the_translation_is_major() -> None:
    v = _row()
    # as many clauses on either side: only this rule looks
    assert len(coverage.clauses(SRC, "de")) == len(coverage.clauses(TGT, "en")) == 2
    assert _examine(v) is None and _cut_gate(v) is None and _clause_examine(v) is None
    z = _share_gate(v)
    assert z is not None and _share_other(z) == coverage.CUT_OTHER
    check = CoverageCheck()
    check.prepare([v])
    found = check(v)
    assert [(f.type, f.severity) for f in found] == [("omission", "major")]
    assert found[0].src_spans == [(SRC.index(CUT), len(SRC))]
    assert found[0].detail["uncovered_words"] == 3  # gestern, Vulkan, ausbrach
    # At version 13's margin (≤ `SHARE_OTHER` on the source too) nothing is flagged.
    saved = coverage.CUT_OTHER
    try:
        coverage.CUT_OTHER = coverage.SHARE_OTHER
        assert _flags(_row()) == []
    finally:
        coverage.CUT_OTHER = saved


def test_either_signal_alone_is_nothing() -> None:
    # one word of the clause keeps a counterpart (a free rendering): nothing
    assert _flags(_row(embed=_Encoder(unrelated=UNRELATED - {"Vulkan"}))) == []
    # every word without one, but the clause keeps more than `CUT_OTHER` on the other side
    assert _flags(_row(embed=_Encoder(other=coverage.CUT_OTHER + 0.05))) == []
    # or keeps too little of its own sentence's similarity
    assert _flags(_row(embed=_Encoder(own=OTHER + coverage.SHARE_DROP - 0.05))) == []
    # a translation less short than `LOO_Z_GATE`: not examined
    assert _share_gate(_row(z=-(coverage.LOO_Z_GATE - 0.3))) is None
    assert _flags(_row(z=-(coverage.LOO_Z_GATE - 0.3))) == []


def test_the_translation_side_keeps_its_margin_and_gate() -> None:
    assert _share_other(2.5) == coverage.SHARE_OTHER < coverage.CUT_OTHER
    # a longer translation as many clauses as its source: not examined by this rule
    v = one_line_pair(
        TGT, "en", SRC, "de", sim=0.7, stats=PairStats(0.5, 0.13, 0.7, 0.08), embed=_Encoder()
    )
    z, _expected = coverage._length_z(v)
    assert z >= coverage.SHARE_Z_GATE and _share_gate(v) is None


def _view(src, sl, tgt, tl, encoder):
    vs, vt = encoder.encode([src, tgt])
    return one_line_pair(
        src, sl, tgt, tl, float(vs @ vt), stats=reference_stats(sl, tl), embed=encoder.encode
    )


def test_probes_with_the_real_encoder(encoder) -> None:
    """Near misses: a source rendered in fewer words, as many clauses a side (a relative
    clause rendered as a compound, a participle phrase condensed, a quotation's frame
    shortened, a relative clause as an apposition, a compound rendered freely), are not
    blamed at the source margin;
    a clause cut inside the translation's last clause is, in either language direction."""
    faithful = [
        (
            "Inter Milan, who are currently second in the table, are seven points behind.",
            "en",
            "Der Tabellenzweite Inter Mailand liegt sieben Punkte zurück.",
            "de",
        ),
        (
            "The airplane stopped in Irkutsk for 25 minutes, while the man who had "
            "endangered the flight was handed over to the police.",
            "en",
            "Das Flugzeug stand 25 Minuten in Irkutsk, während der Störer der Polizei "
            "übergeben wurde.",
            "de",
        ),
        (
            "Die Regierung hat am Dienstag, wie ein Sprecher in Berlin mitteilte, die neuen "
            "Regeln beschlossen.",
            "de",
            "The government adopted the new rules on Tuesday, a spokesman said.",
            "en",
        ),
        (
            "Der Präsident, der selbst auch mit einem Militärboot fuhr, sprach in der Hauptstadt.",
            "de",
            "The president, himself aboard a navy boat, spoke in the capital.",
            "en",
        ),
        (  # the DE→RU→EN chain row flagged at a margin of 0.25 (its last clause: 0.233)
            "Er bekam einen Herzstillstand und wurde später für hirntot erklärt, woraufhin "
            "die lebenserhaltenden Maßnahmen eingestellt wurden.",
            "de",
            "He went into cardiac arrest, was later declared brain dead and taken off life "
            "support.",
            "en",
        ),
    ]
    for src, sl, tgt, tl in faithful:
        v = _view(src, sl, tgt, tl, encoder)
        hit = unrendered_clause(v.src, v.tgt, encoder.encode, coverage.CUT_OTHER)
        assert hit is None, (src, v.src.text[hit[0].start : hit[0].end])
    cut = "while shareholders demanded dividend payments."
    src = f"The airline suspended its flights to Rome, {cut}"
    tgt = "Die Fluggesellschaft setzte ihre Flüge nach Rom aus."
    v = _view(src, "en", tgt, "de", encoder)
    hit = unrendered_clause(v.src, v.tgt, encoder.encode, coverage.CUT_OTHER)
    assert hit is not None and src[hit[0].start : hit[0].end].strip() == cut
    cut = "während Aktionäre höhere Dividenden forderten."
    src = f"Am Samstagabend hätten dann einige Jugendliche im Park Rugby gespielt, {cut}"
    tgt = "On Saturday evening some young people then played rugby in the park."
    v = _view(src, "de", tgt, "en", encoder)
    hit = unrendered_clause(v.src, v.tgt, encoder.encode, coverage.CUT_OTHER)
    assert hit is not None and src[hit[0].start : hit[0].end].strip() == cut
