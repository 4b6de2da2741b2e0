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


# Review mend: a negative pronoun that needs no "не". After a preposition the unsplit
# pronoun is the noun "nothing / nobody" (the negated one splits: "ни из чего"); the
# instrumental "никем / ничем" is predicative ("стал никем" = became a nobody).
_NO_NE = (
    (
        "After the scandal he became a nobody to voters.",
        "После скандала он стал для избирателей никем.",
    ),
    ("She felt like a nobody in that family.", "Она чувствовала себя в этой семье никем."),
    (
        "He built the country's largest company from nothing.",
        "Он создал из ничего крупнейшую компанию страны.",
    ),
)


@pytest.mark.parametrize("ru", [ru for _, ru in _NO_NE] + ["Всё закончилось ничем."])
def test_a_pronoun_that_needs_no_ne_is_not_stranded(ru: str) -> None:
    assert "stranded" not in _kinds(ru)


@pytest.mark.parametrize(
    "ru",
    [
        "Никто из пассажиров серьезно пострадал.",  # "из" follows the pronoun, not before it
        "Она никому говорила об этом.",  # dative: still wants "не"
        "Он никаким образом помог.",  # an instrumental determiner, not the pronoun
    ],
)
def test_a_lost_ne_beside_other_cases_is_still_stranded(ru: str) -> None:
    assert "stranded" in _kinds(ru)


def test_real_encoder_a_pronoun_that_needs_no_ne_is_no_major_flip(encoder) -> None:
    def severities(src: str, sl: str, tgt: str, tl: str) -> list[str]:
        pair = one_line_pair(src, sl, tgt, tl, embed=encoder.encode)
        check = NegationCheck()
        check.prepare([pair])
        return [f.severity for f in check(pair)]

    for en, ru in _NO_NE:
        assert not [s for s in severities(en, "en", ru, "ru") if s != "minor"], ru
        assert not [s for s in severities(ru, "ru", en, "en") if s != "minor"], ru
    # the intended catch stays major
    assert severities(
        "None of the passengers was seriously injured.",
        "en",
        "Никто из пассажиров серьезно пострадал.",
        "ru",
    ) == ["major"]


# German: the copula rule of version 23 ("sind nicht aktive Fälle" read as a denied
# predicate) was reverted: "nicht öffentlich/staatlich" before a noun after "sein" is the
# attributive "non-" as often ("Das sind nicht öffentliche Dokumente" = internal
# documents). These near misses hold without it.


def _de_cues(text: str) -> tuple[list[str], list[str]]:
    clauses = polarity(text, "de")
    cues = [text[a:b] for c in clauses for a, b in c.cues]
    softs = [text[a:b] for c in clauses for a, b, _ in c.soft_spans]
    return cues, softs


@pytest.mark.parametrize(
    "text",
    [
        # after a preposition, a determiner or another verb: the attributive "non-"
        "Das Amt rät von nicht notwendigen Reisen ab.",
        "Es gab nicht lebensbedrohliche Verletzungen.",
        "Die nicht tödlichen Verletzungen wurden behandelt.",
        "Das sind laut Polizei nicht lebensbedrohliche Verletzungen.",
        # right after "sein" as well (the reverted rule read a denial here)
        "Das sind nicht öffentliche Dokumente des Ministeriums.",
        "Die Ausschusssitzungen sind nicht öffentliche Veranstaltungen.",
    ],
)
def test_an_attributive_nicht_stays_an_affix(text: str) -> None:
    cues, softs = _de_cues(text)
    assert cues == [] and softs == ["nicht"]


def test_real_encoder_an_attributive_nicht_after_sein_is_no_major_flip(encoder) -> None:
    def severities(src: str, sl: str, tgt: str, tl: str) -> list[str]:
        pair = one_line_pair(src, sl, tgt, tl, embed=encoder.encode)
        check = NegationCheck()
        check.prepare([pair])
        return [f.severity for f in check(pair)]

    for src, tgt in (
        (
            "Das sind nicht öffentliche Dokumente des Ministeriums.",
            "These are internal documents of the ministry.",
        ),
        (
            "Die Ausschusssitzungen sind nicht öffentliche Veranstaltungen.",
            "Committee meetings are closed-door events.",
        ),
        # the faithful predicate said with "non-" on the other side: excused by it
        (
            "Die meisten davon waren nicht tödliche Verletzungen.",
            "Most of these were non-fatal injuries.",
        ),
    ):
        assert not [s for s in severities(src, "de", tgt, "en") if s != "minor"], src
        assert not [s for s in severities(tgt, "en", src, "de") if s != "minor"], tgt


def test_an_accident_is_no_affixal_negative() -> None:
    # "Unfall" (accident) is no "not a case": it excuses no flip of the other side
    for text in ("Ein Unfall auf der Autobahn.", "Bei zwei Unfällen wurde niemand verletzt."):
        assert not any(k == "affixal" for c in polarity(text, "de") for _, _, k in c.soft_spans)
    # a real affixal negative still counts
    assert [k for c in polarity("Das ist unklar.", "de") for _, _, k in c.soft_spans] == ["affixal"]
