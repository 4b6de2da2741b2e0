"""Round 11 (second): an age stated as a number ("aged") and a time relative to another
event ("sequel") are concepts of their own, reversed only against their own opposite."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.antonyms import AntonymCheck, mentions
from provenance.model import PairStats


def _flags(src: str, sl: str, tgt: str, tl: str, encoder):
    vs, vt = encoder.encode([src, tgt])
    view = one_line_pair(src, sl, tgt, tl, float(vs @ vt), stats=PairStats(), embed=encoder.encode)
    return AntonymCheck()(view)


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl", "concept"),
    [
        (
            "They found her 10-month-old twins inside.",
            "en",
            "Sie fanden ihre 10 Monate jungen Zwillinge darin.",
            "de",
            "aged",
        ),
        (
            "The 37-year-old Correia turned her back.",
            "en",
            "Die 37 Jahre junge Correia wandte ihr den Rücken zu.",
            "de",
            "aged",
        ),
        (
            "He might reflect on it if his team had shown such application previously.",
            "en",
            "Он мог бы задуматься, если бы его команда и позже играла подобным образом.",
            "ru",
            "sequel",
        ),
        (
            "Der Mann war zuvor schon verurteilt worden.",
            "de",
            "The man had afterwards been convicted.",
            "en",
            "sequel",
        ),
    ],
)
def test_relative_reversals_are_flagged(src, sl, tgt, tl, concept, encoder):
    found = _flags(src, sl, tgt, tl, encoder)
    assert found and concept in found[0].detail["concepts"]


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        (
            "Der 37 Jahre alte Mann wurde festgenommen.",
            "de",
            "The 37-year-old man was arrested.",
            "en",
        ),
        (
            "Der junge Mann (23) wurde festgenommen.",
            "de",
            "The 23-year-old man was arrested.",
            "en",
        ),
        (
            "Im Nachhinein wurde bekannt, dass er zuvor verurteilt worden war.",
            "de",
            "It emerged afterwards that he had previously been convicted.",
            "en",
        ),
        ("Er war zuvor Trainer in Köln.", "de", "He had previously been a coach in Cologne.", "en"),
        ("Ранее он был тренером.", "ru", "He had previously been a coach.", "en"),
        (
            "Er verließ den Imbiss im Anschluss durch eine zuvor eingeschlagene Tür.",
            "de",
            "He left the snack stand subsequently through the door that was smashed open.",
            "en",
        ),
    ],
)
def test_faithful_relative_rows_stay_unflagged(src, sl, tgt, tl, encoder):
    assert _flags(src, sl, tgt, tl, encoder) == []


def test_an_age_is_its_own_concept():
    got = {(m.concept, m.pole) for m in mentions("The two-year-old boy is 3 years old.", "en")}
    assert got == {("aged", -1)}
    assert ("aged", 1) in {(m.concept, m.pole) for m in mentions("die 37 Jahre junge Frau", "de")}


def test_an_age_after_young_states_no_old_pole():
    # "the young 23-year-old" = "der 23 Jahre junge Spieler": both say young
    assert ("aged", -1) not in {
        (m.concept, m.pole) for m in mentions("The young 23-year-old scored.", "en")
    }


def test_a_word_ending_in_daten_or_zahlen_is_no_according_to():
    from provenance.lang.de.antonyms import order_mentions

    assert order_mentions("Nach dem Bezahlen verließ er den Laden.")
    assert order_mentions("Nach den Soldaten kamen die Panzer.")
    assert not order_mentions("Nach Polizeiangaben kam er zuvor aus Köln.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sooner or later he will find out.", "en"),
        ("Früher oder später wird er es herausfinden.", "de"),
        ("Рано или поздно он узнает.", "ru"),
        ("Tôt ou tard il le saura.", "fr"),
    ],
)
def test_an_idiom_of_both_poles_states_none(text, lang):
    # "sooner or later" = eventually: flagged major against "Früher oder später" before
    assert not {m.concept for m in mentions(text, lang)} & {"early", "sequel"}
