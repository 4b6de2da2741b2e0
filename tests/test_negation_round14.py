"""The negation check's version-14 mends (the team's eleventh round, after review): a degree stated
plainly must grade the same word; a one-word litotes ("немалые") is no plain negative; a
double negation is read in the clause the flip faces."""

from __future__ import annotations

from conftest import literal_embed, one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import NegationCheck, find_flip, litotes_flip
from provenance.lang.ru.cues import one_word_litotes


def _evidence(pair) -> list[object]:
    return [f.detail.get("evidence") for f in NegationCheck()(pair)]


# ---------------------------------------------------------------- degree


def test_a_degree_grading_another_word_is_no_degree_flip():
    # "nicht ganz ohne Risiko" = "quite risky": the degree words match, what they grade not
    pair = one_line_pair(
        "Der Plan ist nicht ganz ohne Risiko.",
        "de",
        "The plan is quite risky.",
        "en",
        embed=literal_embed(ganz="quite"),
    )
    flip = find_flip(pair)
    assert flip is not None and flip.partial and flip.presence
    assert neg.degree_flip(pair, flip) is None
    assert "degree" not in _evidence(pair)


def test_a_degree_grading_an_opposite_is_no_degree_flip():
    # "не очень дешево" = "very expensive" read literally: the lexicon's poles of "price"
    pair = one_line_pair(
        "Это не очень дешево.",
        "ru",
        "It is very expensive.",
        "en",
        embed=literal_embed(очень="very", дешево="expensive"),
    )
    flip = find_flip(pair)
    assert flip is not None and flip.partial and flip.presence
    assert neg.degree_flip(pair, flip) is None


def test_a_degree_grading_the_same_word_is_still_a_degree_flip():
    pair = one_line_pair(
        "Er war nicht so boshaft.",
        "de",
        "He was so vicious.",
        "en",
        embed=literal_embed(boshaft="vicious"),
    )
    flip = find_flip(pair)
    assert flip is not None
    assert neg.degree_flip(pair, flip) == ("so", "so")


# ---------------------------------------------------------------- one-word litotes


def test_one_word_litotes_by_lemma():
    for word in ("немалые", "немалых", "немаловажный", "нередко", "недурно", "небезызвестный"):
        assert one_word_litotes(word), word
    for word in ("незначительные", "неизвестный", "неважный", "небольшой", "нелегко"):
        assert not one_word_litotes(word), word


def test_a_one_word_litotes_renders_a_litotes():
    # "nicht unerheblich" = "немалые" (considerable): faithful, though "немалые" is prefixed
    pair = one_line_pair(
        "Die Kosten sind nicht unerheblich.",
        "de",
        "Расходы немалые.",
        "ru",
        embed=literal_embed(немалые="unerheblich"),
    )
    assert litotes_flip(pair) is None
    assert "litotes" not in _evidence(pair)


# ---------------------------------------------------------------- double negation


def test_doubled_is_read_in_the_faced_clause():
    # the cancelled "Niemand war nicht" is clause 0; the lost negation faces clause 1
    pair = one_line_pair(
        "No one was not informed, but the report was not made public.",
        "en",
        "Niemand war nicht informiert, aber der Bericht blieb geheim.",
        "de",
        embed=stem_embed,
    )
    flip = find_flip(pair)
    assert flip is not None and flip.direction == "lost" and flip.j == 1
    assert not flip.doubled
