"""Round 17 of the antonym check: German nouns lemmatised as nouns, nominalised
comparatives, words the lexicon lacked (satisfied, premature, "erkämpfen", "вскрыть"), weak
cues ("längst", "сбросить вес"), and listed comparatives that take no verb endings."""

from __future__ import annotations

import pytest

from provenance.checks.antonyms import _row_probes, mentions, reversals, weak_senses


def _senses(text: str, code: str) -> set[tuple[str, str, int]]:
    return {(text[m.start : m.end], m.concept, m.pole) for m in mentions(text, code)}


def _concepts(src: str, sl: str, tgt: str, tl: str) -> list[str]:
    return [r.concept for r in reversals(mentions(src, sl), mentions(tgt, tl))]


def test_a_german_plural_noun_is_lemmatised_as_a_noun():
    # lower-cased, "siege" is the verb "siegen"; the noun "Siege" is the plural of "Sieg"
    text = "Denn in den elf Partien waren der Mannschaft nur fünf Siege gelungen."
    assert ("Siege", "win", 1) in _senses(text, "de")
    assert _concepts(text, "de", "The team had only lost five of the eleven matches.", "en") == [
        "win"
    ]
    assert not _concepts(text, "de", "The team had only won five of the eleven matches.", "en")


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Er verhindert Schlimmeres", "Schlimmeres", ("good", -1)),
        ("Sie hofft auf Besseres.", "Besseres", ("good", 1)),
        ("Das Größte steht uns noch bevor.", "Größte", ("size", 1)),
    ],
)
def test_a_nominalised_comparative_states_what_its_adjective_does(text, word, sense):
    assert (word, *sense) in _senses(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        # surnames and nouns that merely look like a comparative
        "Ernst Jünger schrieb das Buch.",
        "Herr Kleiner kam spät.",
        "Die Jünger folgten ihm.",
        "Der Sieger des Rennens",  # a listed noun, as before: a win, no adjective
    ],
)
def test_no_adjective_is_read_into_a_surname_or_a_noun(text):
    assert not {s for s in _senses(text, "de") if s[1] in ("age", "size", "good")}


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("Auch seien vereinzelt Gäste vorzeitig abgereist.", "de",
         "A few guests had also departed late.", "en"),
        ("Die Clubleitung teilte mit, man sei zufrieden mit dem Hotel.", "de",
         "The club management say they are sad with the hotel.", "en"),
        ("Родственники обратились в полицию, которая вскрыла яму.", "ru",
         "The relatives went to the police, who closed the hole.", "en"),
        ("Ackermann hat seinen zweiten Tagessieg erkämpft.", "de",
         "Ackermann has lost his second stage victory.", "en"),
    ],
)  # fmt: skip
def test_words_the_lexicon_lacked_anchor_a_reversal(src, sl, tgt, tl):
    assert _concepts(src, sl, tgt, tl)


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("Auch seien vereinzelt Gäste vorzeitig abgereist.", "de",
         "A few guests had also departed early.", "en"),
        ("Die Clubleitung teilte mit, man sei zufrieden mit dem Hotel.", "de",
         "The club management say they are satisfied with the hotel.", "en"),
        ("Die Kunden sind unzufrieden.", "de", "The customers are not happy.", "en"),
        ("Он довольно высокий.", "ru", "He is rather tall, but sad.", "en"),
        ("Ackermann hat seinen zweiten Tagessieg erkämpft.", "de",
         "Ackermann has won his second stage victory.", "en"),
        ("Он сбросил вес.", "ru", "He lost weight early.", "en"),
    ],
)  # fmt: skip
def test_faithful_rows_with_the_new_words_reverse_nothing(src, sl, tgt, tl):
    assert not _concepts(src, sl, tgt, tl)


def test_rather_is_no_satisfaction():
    # "довольно" = rather, enough: blanked, unlike "довольный"
    assert not {s for s in _senses("Это довольно большой дом.", "ru") if s[1] == "joy"}
    assert ("довольны", "joy", 1) in _senses("Мы довольны результатом.", "ru")


def test_laengst_cues_a_length_probe():
    src = "Anhänger wären längst ausgeschlossen worden."
    assert ("length", 1) in weak_senses(src, "de")
    assert _row_probes(src, "de", "Followers would have been removed short ago.", "en")
    assert not _row_probes(src, "de", "Followers would have been removed long ago.", "en")
    # "längst nicht" = by far not
    assert ("length", 1) not in weak_senses("Das ist längst nicht alles.", "de")


def test_shedding_weight_is_a_loss():
    src = "Певец рассказал, как смог сбросить набранный за период самоизоляции лишний вес."
    assert ("win", -1) in weak_senses(src, "ru")
    assert ("win", -1) in weak_senses("Он скинул пять килограммов.", "ru")
    # a dropped load is no weight lost
    assert ("win", -1) not in weak_senses("Самолёт сбросил груз над морем.", "ru")


def test_a_listed_comparative_takes_no_verb_endings():
    # "lower" is the comparative of "low" (height); "lowered" is the verb, an increase
    # only, so a translation that lowered a rate and turned "low" into "high" states the
    # source's height once and its opposite once
    src = "ЦБ понизил ставку из-за низких темпов инфляции."
    assert _concepts(src, "ru", "The bank lowered the rate due to high inflation.", "en") == [
        "height"
    ]
    assert not _concepts(src, "ru", "The bank lowered the rate due to low inflation.", "en")
    assert ("lowered", "height", -1) not in _senses("The bank lowered the rate.", "en")
    assert ("lower", "height", -1) in _senses("at a lower level", "en")
    assert ("winners", "win", 1) in _senses("the winners of the cup", "en")
