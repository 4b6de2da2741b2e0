"""The negation check's version-17 rules (the negation page's round 16, the team's twelfth,
second pass): French prefixed verbs (Latin compounds "imposer", "définir", reversals
"défaire") are no affixal negatives, read from the lemma and word data; Russian "или
нет" (= whether or not), "не впервые" (= again) and "не медля" (= at once) deny nothing."""

from __future__ import annotations

import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks.negation import NegationCheck, is_affixal_negative, polarity


def _negated(text: str, code: str) -> list[bool]:
    return [c.negated for c in polarity(text, code)]


# ---------------------------------------------------------------- French prefixed verbs


@pytest.mark.parametrize(
    "word",
    [
        "imposer",
        "impose",
        "informer",
        "informent",
        "définir",
        "défini",
        "dépasse",
        "dépassent",
        "déposé",
        "démontre",
        "désigne",
        "détenir",
    ],
)
def test_a_french_prefixed_verb_is_no_affixal_negative(word):
    assert not is_affixal_negative(word, "fr")


@pytest.mark.parametrize(
    "word",
    [
        "impossible",
        "inconnu",
        "injuste",
        "inchangé",
        "incapable",
        "défavorable",
        "désagréable",
        "désaccord",
        "inégalité",
        "inattendu",
    ],
)
def test_french_negative_adjectives_and_nouns_stay(word):
    assert is_affixal_negative(word, "fr")


def test_ne_before_a_prefixed_verb_is_no_litotes():
    # "ne" stands right before the verb: read as "ne" + affixal "dépasse", the negation
    # cancelled ("ne … pas impossible" = possible is a litotes still)
    assert _negated("Le taux ne dépasse pas deux pour cent.", "fr") == [True]
    assert _negated("Il n'a pas défini la règle.", "fr") == [True]
    assert _negated("Ce n'est pas impossible.", "fr") == [False]


def test_a_french_flip_before_a_prefixed_verb_is_found():
    pair = one_line_pair(
        "Die Regierung legt keine neuen Regeln fest.",
        "de",
        "Le gouvernement n'impose pas de nouvelles règles.",
        "fr",
        embed=stem_embed,
    )
    assert NegationCheck()(pair) == []
    pair = one_line_pair(
        "Die Regierung legt neue Regeln fest.",
        "de",
        "Le gouvernement n'impose pas de nouvelles règles.",
        "fr",
        embed=stem_embed,
    )
    assert NegationCheck()(pair)


# ---------------------------------------------------------------- Russian idioms


def test_ili_net_is_no_negation():
    assert not any(_negated("Готов я или нет, я иду.", "ru"))
    # "нет" = there is none, before its noun, stays a negation
    assert any(_negated("У него есть деньги или нет денег.", "ru"))


def test_ne_medlya_is_affirmative_ne_vpervye_is_not():
    assert not any(_negated("Он не медля ушёл.", "ru"))
    # "не впервые" = not for the first time: the negation its literal rendering keeps
    # (blanked, "He is winning for the first time" for "Он не впервые побеждает" was
    # clean: the review)
    assert any(_negated("Он не впервые побеждает на этом турнире.", "ru"))


def test_ne_medlya_facing_at_once_is_no_flag():
    pair = one_line_pair("He left at once.", "en", "Он не медля ушёл.", "ru", embed=stem_embed)
    assert NegationCheck()(pair) == []


def test_both_spellings_of_cancelled_are_soft_negatives():
    # American "canceled" and British "cancelled" alike (the data's "cancel\w*")
    for text in ("The match was canceled.", "The match was cancelled."):
        assert [c.soft for c in polarity(text, "en")] == [True]


def test_a_pattern_clause_opener_breaks_a_stretch():
    # clause openers are patterns: escaped, "bis(?!…)" and "пока(?!…)" matched nothing
    from provenance.checks.negation import _clause_break

    assert _clause_break("de").search("warten, bis er kommt".replace(",", ""))
    assert not _clause_break("de").search("steigen bis zu sechs Prozent")
    assert _clause_break("ru").search("ждали пока он придёт")


@pytest.mark.parametrize("word", ["désintéressé", "désobéi", "désorganisée", "déshonoré"])
def test_french_des_before_a_vowel_denies_verbs_too(word):
    # "dés-" before a vowel is the living negative prefix, on verbs and participles alike:
    # "n'était pas désintéressé" is a litotes, not a negation added (the review)
    assert is_affixal_negative(word, "fr")
