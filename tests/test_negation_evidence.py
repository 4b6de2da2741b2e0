"""The negation check's round-11 rules: which words of the other side may carry a negation
in the word test, and cue data (German "keinerlei", an
attributive "nicht mehr", "gegen" before a time; Russian "некоторый"). Sentences written
for the test, with the toy encoder of `conftest`."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import find_flip, polarity, restated

SRC = "The lender would not detail the loans."
TGT = "Der Kreditgeber wollte aber Einzelheiten nennen."


def _literal(texts: Sequence[str], carrier: str) -> np.ndarray:
    """`stem_embed`, with "Einzelheiten" the literal translation of "detail" and `carrier`
    embedded as "not": the word most like the negated phrase "not detail"."""
    return stem_embed([t.replace("Einzelheiten", "detail").replace(carrier, "not") for t in texts])


def test_a_most_frequent_word_carries_no_negation() -> None:
    # "aber" (wordfreq Zipf 6.6) comes closest to "not detail": a function word's vector
    # is noise, so the denied word's literal translation makes the flip plain
    pair = one_line_pair(SRC, "en", TGT, "de", embed=lambda t: _literal(t, "aber"))
    flip = find_flip(pair)
    assert flip is not None and flip.presence
    assert neg.word_flip(pair, flip) == ("detail", "Einzelheiten")
    # a content word as close does carry it ("Kreditgeber" here, "exempt", "gone" in text)
    pair = one_line_pair(SRC, "en", TGT, "de", embed=lambda t: _literal(t, "Kreditgeber"))
    assert neg.word_flip(pair, find_flip(pair)) is None


def test_a_frequent_cue_may_carry_a_negation() -> None:
    assert not neg._may_carry("aber", "de") and not neg._may_carry("можно", "ru")
    assert neg._may_carry("nicht", "de") and neg._may_carry("Kreditgeber", "de")


@pytest.mark.parametrize(("gain", "plain"), [(0.04, True), (0.06, False)])
def test_a_carrier_comes_closer_by_carrier_gain(gain: float, plain: bool) -> None:
    """A word `gain` closer to "not detail" than to "detail" carries the negation from
    `CARRIER_GAIN` (0.05) on: below, its closeness is the encoder's noise."""
    base = stem_embed(["not", "zzzz"])
    carrier = gain * np.sqrt(2) * base[0] + np.sqrt(1 - 2 * gain**2) * base[1]

    def embed(texts: Sequence[str]) -> np.ndarray:
        out = _literal(texts, "\0")
        for k, t in enumerate(texts):
            if t == "Kreditgeber":
                out[k] = carrier
        return out

    pair = one_line_pair(SRC, "en", TGT, "de", embed=embed)
    assert (neg.word_flip(pair, find_flip(pair)) is not None) == plain


def softs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[a:b], k) for c in polarity(text, lang) for a, b, k in c.soft_spans]


def test_keinerlei_is_a_negation() -> None:
    text = "Es gibt keinerlei Hinweise."
    assert [c.negated for c in polarity(text, "de")] == [True]
    assert restated(text, [(8, 17)], "de") == "Es gibt jegliche Hinweise."
    assert [c.negated for c in polarity("Sie hat keins.", "de")] == [True]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("In einem nicht mehr verfügbaren Beitrag sagte die Bank das.", False),
        ("Der Beitrag ist nicht mehr verfügbar.", True),
        ("Es kamen nicht mehr viele Leute.", True),
    ],
)
def test_an_attributive_nicht_mehr_is_no_clause_negation(text: str, negated: bool) -> None:
    assert any(c.negated for c in polarity(text, "de")) == negated
    assert (("nicht", "cue") in softs(text, "de")) != negated


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Die Kontrollen waren gegen 1:00 Uhr beendet.", False),
        ("Die Gespräche waren gegen Ende schwierig.", False),
        ("Sie waren gegen den Plan.", True),
    ],
)
def test_gegen_before_a_time_is_no_stance(text: str, stance: bool) -> None:
    assert any(k == "lexical" for _, k in softs(text, "de")) == stance


def test_nekotoryj_is_no_affixal_negative() -> None:
    assert softs("Это займёт некоторое время, но не навсегда.", "ru") == []
    assert softs("Это займёт некоторого времени.", "ru") == []


def test_the_denied_word_is_no_article_or_auxiliary() -> None:
    # the word a "nicht" attaches to is "begrenzte", not the article before it: its
    # literal translation makes the flip plain
    src, tgt = (
        "The limited energy must be split.",
        "Es muss nicht die begrenzte Energie verteilt werden.",
    )

    def embed(texts: Sequence[str]) -> np.ndarray:
        return stem_embed([t.replace("begrenzte", "limited") for t in texts])

    pair = one_line_pair(src, "en", tgt, "de", embed=embed)
    flip = find_flip(pair)
    assert flip is not None and flip.presence
    assert neg.word_flip(pair, flip) == ("begrenzte", "limited")
    clause = polarity(tgt, "de")[flip.i]
    assert [tgt[a:b] for a, b in neg._scope_words(tgt, clause, "de")] == ["begrenzte"]
    assert [tgt[a:b] for a, b in neg._scope_words(tgt, clause)] == ["die"]
