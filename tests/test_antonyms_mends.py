"""Faithful rows the reviewer showed flagged as antonyms with the real encoder (round 11
mends): an age states no pole, "vor"/"nach" of cause, "according to" and "ago", relative
time adverbs, and "für sich entscheiden" of a person's own choice."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.antonyms import AntonymCheck, mentions
from provenance.lang.de.antonyms import order_mentions
from provenance.model import PairStats


def _view(src: str, sl: str, tgt: str, tl: str, encoder):
    vs, vt = encoder.encode([src, tgt])
    return one_line_pair(src, sl, tgt, tl, float(vs @ vt), stats=PairStats(), embed=encoder.encode)


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        (
            "Der junge Mann (23) wurde noch am Abend festgenommen.",
            "de",
            "The 23-year-old man was arrested that evening.",
            "en",
        ),
        ("Молодой человек 23 лет был задержан.", "ru", "A 23-year-old man was detained.", "en"),
        (
            "Vor Wut schlug er die Tür zu, und danach verließ er das Haus.",
            "de",
            "In anger he slammed the door, and after that he left the house.",
            "en",
        ),
        (
            "Nach Medienberichten war er zuvor zwei Jahre lang Trainer in Köln.",
            "de",
            "According to media reports, before that he had been a coach in Cologne.",
            "en",
        ),
        (
            "Nach Erkenntnissen der Ermittler hatte der Täter zuvor ein Auto gestohlen.",
            "de",
            "According to investigators, before that the perpetrator had stolen a car.",
            "en",
        ),
        (
            "Перед зданием суда собрались сторонники, а затем они разошлись.",
            "ru",
            "Supporters gathered in front of the courthouse, after which they dispersed.",
            "en",
        ),
        (
            "Im Nachhinein wurde bekannt, dass der Mann zuvor schon verurteilt worden war.",
            "de",
            "It emerged afterwards that the man had previously been convicted.",
            "en",
        ),
    ],
)
def test_faithful_rows_are_no_antonym(src, sl, tgt, tl, encoder):
    assert AntonymCheck()(_view(src, sl, tgt, tl, encoder)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Er weinte vor Freude.",  # of cause: "for joy"
        "Sie zitterte vor Kälte.",
        "Vor Wut schlug er die Tür zu.",
        "Nach Polizeiangaben wurde niemand verletzt.",  # "according to" as a compound
        "Nach Medienberichten war er Trainer.",
        "Nach Erkenntnissen der Ermittler floh er.",
        "Das war schon vor drei Jahren.",  # "ago" after a span adverb
        "Er kam erst vor zwei Wochen an.",
        "Das war vor Kurzem.",
        "Das war vor Jahren.",
        "Nach Möglichkeit kommt er.",
    ],
)
def test_order_words_of_another_sense(text):
    assert order_mentions(text) == []


def test_order_by_context_still_reads_events():
    assert [m[3] for m in order_mentions("Kurz vor dem Spiel kam er an.")] == [-1]
    assert [m[3] for m in order_mentions("Schon vor dem Spiel war er müde.")] == [-1]
    assert [m[3] for m in order_mentions("Nach der Wahl trat er zurück.")] == [1]


@pytest.mark.parametrize(
    ("code", "text", "concept"),
    [
        ("en", "The 23-year-old man was arrested.", "age"),
        ("en", "It had previously been said.", "early"),
        ("de", "Im Nachhinein wurde es bekannt.", "early"),
        ("de", "Das muss jeder für sich entscheiden.", "win"),
    ],
)
def test_words_that_state_no_pole(code, text, concept):
    assert concept not in {m.concept for m in mentions(text, code)}


@pytest.mark.parametrize(
    "text",
    [
        "Er hatte das Rennen für sich entschieden.",
        "Er entschied das Rennen souverän für sich.",
        "Sie konnte das Zeitfahren für sich entscheiden.",
    ],
)
def test_a_won_race_stays_a_win(text):
    assert ("win", 1) in {(m.concept, m.pole) for m in mentions(text, "de")}
