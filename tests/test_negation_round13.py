"""The negation check's version-13 rules (the team's eleventh round): a double negation
that cancels out faces a single one; a litotes faces the plain negative it denies; a
partial negation faces the very degree stated plainly."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from conftest import one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import NegationCheck, find_flip, litotes_flip, polarity


def _flags(pair) -> list[tuple[str, object]]:
    return [(f.severity, f.detail.get("evidence")) for f in NegationCheck()(pair)]


# ---------------------------------------------------------------- double negation

_RU = "По предварительной информации, при пожаре никто не пострадал."
_DOUBLED = "According to preliminary information, nobody was not injured in the fire."


def test_a_double_negation_facing_one_is_doubled():
    pair = one_line_pair(_RU, "ru", _DOUBLED, "en", embed=stem_embed)
    flip = find_flip(pair)
    assert flip is not None and flip.direction == "lost" and flip.doubled
    # the encoder reads two negations as more negative: its gain says nothing here
    assert neg.flip_severity(flip, -0.08) == "major"


def test_a_double_negation_is_major_whatever_the_gain():
    # stem_embed shares no word across the languages: the gain is 0, minor without the rule
    pair = one_line_pair(_RU, "ru", _DOUBLED, "en", embed=stem_embed)
    assert [s for s, _ in _flags(pair)] == ["major"]


def test_a_single_negation_on_both_sides_is_no_flip():
    faithful = "According to preliminary information, nobody was injured in the fire."
    pair = one_line_pair(_RU, "ru", faithful, "en", embed=stem_embed)
    assert find_flip(pair) is None
    assert _flags(pair) == []


def test_a_plain_flip_is_not_doubled():
    pair = one_line_pair("Er kam nicht.", "de", "He came.", "en", embed=stem_embed)
    flip = find_flip(pair)
    assert flip is not None and not flip.doubled


# ---------------------------------------------------------------- litotes


def _unclear(texts: Sequence[str]) -> np.ndarray:
    """`stem_embed`, with "unclear" the literal translation of "unklar"."""
    return stem_embed([t.replace("unklar", "unclear") for t in texts])


_DE = "Warum es verunglückte, ist unklar."


def test_polarity_keeps_the_litotes():
    text = "It is not unclear why he died."
    (c,) = polarity(text, "en")
    assert not c.negated and [text[a:b] for a, b in c.litotes] == ["not unclear"]


def test_a_litotes_facing_the_plain_negative_is_major():
    pair = one_line_pair(_DE, "de", "It is not unclear why he died.", "en", embed=_unclear)
    found = litotes_flip(pair)
    assert found is not None and found.direction == "added"
    assert _flags(pair) == [("major", "litotes")]


def test_a_litotes_in_the_source_lost():
    pair = one_line_pair("It is not unclear why he died.", "en", _DE, "de", embed=_unclear)
    found = litotes_flip(pair)
    assert found is not None and found.direction == "lost"


def test_a_faithful_litotes_or_negative_is_no_flag():
    plain = one_line_pair(_DE, "de", "It is unclear why he died.", "en", embed=_unclear)
    assert litotes_flip(plain) is None and _flags(plain) == []
    # a litotes rendered by the positive: the other side holds no soft negative
    positive = one_line_pair(
        "Das ist nicht unwichtig.", "de", "That is important.", "en", embed=stem_embed
    )
    assert litotes_flip(positive) is None and _flags(positive) == []
    # both sides say the litotes
    both = one_line_pair("Es ist nicht unklar.", "de", "It is not unclear.", "en", embed=_unclear)
    assert litotes_flip(both) is None


def test_a_litotes_needs_its_negative_matched():
    # the other side's soft negative is another word: no match, no flag
    pair = one_line_pair(
        "Die Unruhen gingen weiter.",
        "de",
        "It is not unclear why the riots went on.",
        "en",
        embed=stem_embed,
    )
    assert litotes_flip(pair) is None


# ---------------------------------------------------------------- degree


_DEGREE_EN = (
    "And the baboon attacks are so inevitable that mechanics across the northwest of "
    "England have come to know the enclosure well."
)
_DEGREE_DE = (
    "Und die Pavian-Angriffe sind nicht so unvermeidlich, dass Automechanikern im "
    "Nordwesten Englands das Gehege schon gut bekannt ist."
)


def _inevitable(texts: Sequence[str]) -> np.ndarray:
    """`stem_embed`, with "inevitable" the literal translation of "unvermeidlich" (the
    degree must grade the same word: version 14)."""
    return stem_embed([t.replace("unvermeidlich", "inevitable") for t in texts])


def test_a_denied_degree_stated_plainly_is_major():
    pair = one_line_pair(_DEGREE_EN, "en", _DEGREE_DE, "de", embed=_inevitable)
    flip = find_flip(pair)
    assert flip is not None and flip.partial and flip.presence
    assert neg.flip_severity(flip, neg.flip_gain(pair, flip)) == "minor"
    assert neg.degree_flip(pair, flip) == ("so", "so")
    assert _flags(pair) == [("major", "degree")]


def test_a_paraphrased_partial_negation_stays_minor():
    pair = one_line_pair(
        "On the subject of marketing imagery, there's a lot of dodgy dealing here, too.",
        "en",
        "Auch beim Marketing-geschönten Bildmaterial geht es nicht immer astrein zu.",
        "de",
        embed=stem_embed,
    )
    flip = find_flip(pair)
    assert flip is not None and flip.partial
    assert neg.degree_flip(pair, flip) is None
    assert [s for s, _ in _flags(pair)] in ([], ["minor"])


def test_a_connective_is_no_degree():
    # "so" after a comma, or before a function word, links clauses: it grades nothing
    for en in (
        "The baboon attacks went on, so mechanics have come to know the enclosure well.",
        "The baboon attacks went on and so it came that mechanics know the enclosure well.",
    ):
        pair = one_line_pair(en, "en", _DEGREE_DE, "de", embed=stem_embed)
        flip = find_flip(pair)
        assert flip is not None and flip.partial and flip.presence
        assert neg.degree_flip(pair, flip) is None
