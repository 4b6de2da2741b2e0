"""The negation check's version-16 rules (the negation page's round 15, the team's twelfth):
a double negation anywhere on the other side when the negated side has none; a denied
"just" is the denied scale "only"; English verbs with a Latin prefix that deny nothing
("disclose", "inform") are no affixal negatives; a cue fused with a modal of ability
("cannot") denies the modal in the word test."""

from __future__ import annotations

import pytest
from conftest import literal_embed, one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import (
    NegationCheck,
    find_flip,
    is_affixal_negative,
    polarity,
    scalar_flip,
)

# ---------------------------------------------------------------- double negation


_NOBODY_EN = (
    "The whistle had just blown on their five years in the Premier League and nobody could "
    "say that, when the occasion demanded them to hurl the kitchen sink at Arsenal, they went "
    "down without a fight."
)
_NOBODY_DE = (
    "Der Abpfiff besiegelte Watfords fünfjährige Präsenz in der Premier League, und "
    "angesichts der Tatsache, dass die Mannschaft Arsenal alles abverlangte, kann nicht "
    "niemand behaupten, sie seien kampflos untergegangen."
)


def test_a_double_negation_clauses_off_the_counterpart_is_doubled():
    # the counterpart by relative position is "und angesichts der Tatsache", two clauses
    # before the cancelled "kann nicht niemand behaupten"
    pair = one_line_pair(_NOBODY_EN, "en", _NOBODY_DE, "de", embed=stem_embed)
    flip = find_flip(pair)
    assert flip is not None and flip.direction == "lost" and flip.presence
    assert not polarity(_NOBODY_DE, "de")[flip.j].cancelled
    assert flip.doubled
    assert [f.severity for f in NegationCheck()(pair)] == ["major"]


def test_a_double_negation_on_both_sides_is_no_doubled_flip():
    # each side has its own double negation: the lost one is the second, plain negation
    pair = one_line_pair(
        "The report was not made public, and no one was not informed.",
        "en",
        "Der Bericht blieb geheim, und niemand war nicht informiert.",
        "de",
        embed=stem_embed,
    )
    flip = find_flip(pair)
    assert flip is not None and not flip.doubled


# ---------------------------------------------------------------- "not just"


def test_a_denied_just_is_the_denied_scale():
    pair = one_line_pair(
        "Andreas Kalbitz ist nur Teil der Spitze des Eisberges.",
        "de",
        "Andreas Kalbitz is not just the tip of the iceberg.",
        "en",
        embed=stem_embed,
    )
    flip = scalar_flip(pair)
    assert flip is not None and flip.direction == "added" and flip.scale == "only"
    assert [f.detail.get("evidence") for f in NegationCheck()(pair)] == ["scalar"]


def test_a_plain_just_is_no_scale_word():
    # "just" alone is also "simply", "fair", "just now": only its denial is read
    assert neg._scales("He just left, it is just fine.", "en") == {}
    pair = one_line_pair(
        "Er ist nicht nur gegangen.", "de", "He just left.", "en", embed=stem_embed
    )
    assert scalar_flip(pair) is None


# ---------------------------------------------------------------- Latin-prefixed verbs


def test_latin_prefixed_verbs_are_no_affixal_negatives():
    for word in ("disclosed", "discloses", "inform", "informs", "intended", "discovering"):
        assert not is_affixal_negative(word, "en"), word
    for word in ("unable", "unexpected", "disagree", "dismissed", "incorrect"):
        assert is_affixal_negative(word, "en"), word


def test_not_disclosed_is_a_negation_not_a_litotes():
    (clause,) = polarity("Their names and details were not disclosed.", "en")
    assert clause.negated and not clause.litotes


def test_a_lost_negation_beside_disclosed_is_not_excused():
    pair = one_line_pair(
        "Их имена и данные не разглашаются.",
        "ru",
        "Their names and details were disclosed.",
        "en",
        embed=stem_embed,
    )
    flip = find_flip(pair)
    assert flip is not None and flip.presence and not flip.excused and flip.plain


# ---------------------------------------------------------------- fused modal


def test_a_fused_modal_is_the_denied_word():
    # "cannot quarantine" / "можем уйти на карантин": the modal is translated literally
    pair = one_line_pair(
        "So we cannot quarantine for 14 days.",
        "en",
        "Поэтому мы можем уйти на карантин на 14 дней.",
        "ru",
        embed=literal_embed(можем="can"),
    )
    flip = find_flip(pair)
    assert flip is not None and flip.presence
    probe = neg._word_probe(pair, flip)
    assert probe is not None
    texts, _, scope = probe
    assert [texts[k] for k in scope] == ["quarantine", "can"]
    assert neg.word_flip(pair, flip) == ("can", "можем")


@pytest.mark.parametrize("cue", ["can't", "can’t", "cannot"])
def test_a_contracted_fused_modal_is_the_denied_word(cue):
    # "can't" holds no "can": the data names the modal (a group cut from the cue missed it)
    pair = one_line_pair(
        f"So we {cue} quarantine for 14 days.",
        "en",
        "Поэтому мы можем уйти на карантин на 14 дней.",
        "ru",
        embed=literal_embed(можем="can"),
    )
    flip = find_flip(pair)
    assert flip is not None and flip.presence
    assert neg.word_flip(pair, flip) == ("can", "можем")


def test_an_unfused_cue_adds_no_modal():
    pair = one_line_pair(
        "So we do not quarantine for 14 days.",
        "en",
        "Поэтому мы уходим на карантин на 14 дней.",
        "ru",
        embed=stem_embed,
    )
    flip = find_flip(pair)
    assert flip is not None
    probe = neg._word_probe(pair, flip)
    assert probe is not None and [probe[0][k] for k in probe[2]] == ["quarantine"]
