"""The negation check's version 23 (the negation page's round 21, the team's fifteenth):
Russian negative concord. A negative pronoun or adverb ("никаких", "ничего", "никто")
needs "не" on the finite verb of its clause; sharing a stretch of the clause with a
finite verb and no "не", it is stranded (the negation was lost), also when the other side
says the negation with a soft negative only ("denied")."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.negation import NegationCheck, find_flip, polarity

_DENIED = (
    "His wife denied she had suffered any problems with him and attributed his behavior "
    "to psychological issues."
)
_FAITHFUL = (
    "Его жена сообщила, что не имела с ним никаких проблем, и связала его поведение с "
    "психологическими трудностями."
)
_LOST = _FAITHFUL.replace("не имела", "имела")


def _kinds(text: str) -> list[str]:
    return [k for c in polarity(text, "ru") for _, _, k in c.soft_spans]


def test_a_negative_pronoun_beside_a_finite_verb_without_ne_is_stranded() -> None:
    assert _kinds(_LOST) == ["stranded"]
    # with its "не" the clause is simply negated
    assert _kinds(_FAITHFUL) == [] and any(c.negated for c in polarity(_FAITHFUL, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        # elliptic: no finite verb in its stretch (the reporting verb is another's)
        "Но ничего существенного», — добавил Лэндрэй.",
        "Что там случилось? Ничего себе!",
        # the particle "ни" concedes without "не"
        "Как ни странно, он пришёл вовремя.",
        # "было бы ничего" = would be fine ("быть" is no verb of its own here)
        "Было бы еще ничего, если бы он пришёл.",
    ],
)
def test_no_stranded_concord_without_a_finite_verb_in_its_stretch(text: str) -> None:
    assert "stranded" not in _kinds(text)


def test_a_negation_in_the_stretch_keeps_a_concord_word_negated() -> None:
    assert _kinds("Никаких проблем у нас нет.") == []
    assert any(c.negated for c in polarity("Никаких проблем у нас нет.", "ru"))


def test_a_stranded_word_facing_a_soft_negative_is_a_major_flip() -> None:
    pair = one_line_pair(_DENIED, "en", _LOST, "ru")
    flip = find_flip(pair)
    assert flip is not None and flip.stranded and flip.direction == "lost"
    assert [f.severity for f in NegationCheck()(pair)] == ["major"]
    # the faithful translation ("не имела" for "denied") is excused, as before
    assert NegationCheck()(one_line_pair(_DENIED, "en", _FAITHFUL, "ru")) == []
    # the other direction reads it as well
    back = find_flip(one_line_pair(_LOST, "ru", _DENIED, "en"))
    assert back is not None and back.stranded and back.direction == "added"


def test_a_soft_negative_of_its_own_side_may_say_it() -> None:
    # "без" on the stranded side may be what says "without": no stranded flip
    pair = one_line_pair(
        "He looks all right without his hat.", "en", "Без шляпы он выглядит ничего.", "ru"
    )
    flip = find_flip(pair)
    assert flip is None or not flip.stranded


def test_real_encoder_a_stranded_word_facing_denied_is_major(encoder) -> None:
    def severities(src: str, sl: str, tgt: str, tl: str) -> list[str]:
        pair = one_line_pair(src, sl, tgt, tl, embed=encoder.encode)
        check = NegationCheck()
        check.prepare([pair])
        return [f.severity for f in check(pair)]

    assert severities(_DENIED, "en", _LOST, "ru") == ["major"]
    assert severities(_DENIED, "en", _FAITHFUL, "ru") == []
    # elliptic concord facing "without" stays quiet
    assert not [
        s
        for s in severities(
            "Nothing of substance, he added, without details.",
            "en",
            "Но ничего существенного», — добавил он без подробностей.",
            "ru",
        )
        if s != "minor"
    ]


# German: "nicht" right after a form of "sein" before an adjective and its noun denies the
# predicate; it is no attributive "non-" (`attributive_negation` in the German cue data).
_CASES_SRC = (
    "The total number of confirmed cases is rapidly approaching 14 lakh; of these more "
    "than 4.67 lakh are active cases."
)
_CASES_TGT = (
    "Die Gesamtzahl bestätigter Fälle nährt sich schnell 1.400.000; über 467.000 davon "
    "sind nicht aktive Fälle."
)


def _de_cues(text: str) -> tuple[list[str], list[str]]:
    clauses = polarity(text, "de")
    cues = [text[a:b] for c in clauses for a, b in c.cues]
    softs = [text[a:b] for c in clauses for a, b, _ in c.soft_spans]
    return cues, softs


def test_nicht_after_a_copula_before_an_adjective_and_noun_denies_the_predicate() -> None:
    assert _de_cues("Über 467.000 davon sind nicht aktive Fälle.") == (["nicht"], [])
    assert _de_cues("Es waren nicht staatliche Stellen, die das entschieden.")[0] == ["nicht"]
    flip = find_flip(one_line_pair(_CASES_SRC, "en", _CASES_TGT, "de"))
    assert flip is not None and not flip.soft and flip.presence


@pytest.mark.parametrize(
    "text",
    [
        # after a preposition, a determiner or another verb: the attributive "non-"
        "Das Amt rät von nicht notwendigen Reisen ab.",
        "Es gab nicht lebensbedrohliche Verletzungen.",
        "Die nicht tödlichen Verletzungen wurden behandelt.",
        # a word between the copula and "nicht": read as before
        "Das sind laut Polizei nicht lebensbedrohliche Verletzungen.",
    ],
)
def test_an_attributive_nicht_elsewhere_stays_an_affix(text: str) -> None:
    cues, softs = _de_cues(text)
    assert cues == [] and softs == ["nicht"]


def test_real_encoder_a_copula_nicht_is_a_flip_and_non_stays_quiet(encoder) -> None:
    def severities(src: str, sl: str, tgt: str, tl: str) -> list[str]:
        pair = one_line_pair(src, sl, tgt, tl, embed=encoder.encode)
        check = NegationCheck()
        check.prepare([pair])
        return [f.severity for f in check(pair)]

    assert severities(_CASES_SRC, "en", _CASES_TGT, "de") in (["major"], ["critical"])
    faithful = _CASES_TGT.replace("sind nicht aktive", "sind aktive")
    assert severities(_CASES_SRC, "en", faithful, "de") == []
    # the faithful predicate said with "non-" on the other side: excused by it
    assert not [
        s
        for s in severities(
            "Most of these were non-fatal injuries.",
            "en",
            "Die meisten davon waren nicht tödliche Verletzungen.",
            "de",
        )
        if s != "minor"
    ]


def test_an_accident_is_no_affixal_negative() -> None:
    # "Unfall" (accident) is no "not a case": it excuses no flip of the other side
    for text in ("Ein Unfall auf der Autobahn.", "Bei zwei Unfällen wurde niemand verletzt."):
        assert not any(k == "affixal" for c in polarity(text, "de") for _, _, k in c.soft_spans)
    # a real affixal negative still counts
    assert [k for c in polarity("Das ist unklar.", "de") for _, _, k in c.soft_spans] == ["affixal"]
