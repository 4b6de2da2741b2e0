"""Round 14 of the antonym check: every reading of a Russian word, concepts a translator
moves between with crossed poles, and words that state a pole in one sense only."""

from __future__ import annotations

import pytest

from provenance.checks.antonyms import _row_probes, mentions, reversals, weak_senses
from provenance.lang.ru.antonyms import lemmas


def _senses(text: str, code: str) -> set[tuple[str, str, int]]:
    return {(text[m.start : m.end], m.concept, m.pole) for m in mentions(text, code)}


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # pymorphy3 scores "больший" (greater) and "большой" (big) alike for these forms;
        # "большой" is the commoner word, a size
        ("под большим органом", "большим", ("size", 1)),
        ("с большим отрывом", "большим", ("size", 1)),
        ("с двумя большими детьми", "большими", ("size", 1)),
        # its likeliest reading is the noun "старое", which states nothing
        ("на день рождения своего старого друга", "старого", ("age", -1)),
        # the word itself listed: as before
        ("больше денег", "больше", ("amount", 1)),
        ("большего успеха", "большего", ("amount", 1)),
    ],
)
def test_a_russian_word_states_what_its_first_listed_reading_does(text, word, sense):
    assert (word, *sense) in _senses(text, "ru")


def test_readings_scored_alike_are_ordered_by_frequency():
    assert lemmas("большим")[0] == "большой"
    assert lemmas("старого") == ("старое", "старый")


def test_a_large_margin_turned_small_is_a_reversal():
    src = mentions("Катар несколько лет с большим отрывом лидирует по ВВП на душу населения.", "ru")
    tgt = mentions("Qatar has been leading by a small margin in GDP per capita for years.", "en")
    assert [r.concept for r in reversals(src, tgt)] == ["size"]


def test_safely_is_safe():
    assert ("safely", "safety", 1) in _senses("how events could restart safely", "en")
    assert ("dangerously", "safety", -1) in _senses("it drove dangerously", "en")


def test_young_children_are_small_children_not_big_ones():
    src = "He flew out with his wife and two young children."
    # crossed poles: young (age +) is small (size -), so "большими" is probed ...
    turned = _row_probes(src, "en", "Он полетел с женой и двумя большими детьми.", "ru")
    assert [p.mention.concept for p in turned] == ["size"]
    # ... and the faithful "маленькими" is not
    assert not _row_probes(src, "en", "Он полетел с женой и двумя маленькими детьми.", "ru")


def test_a_related_concept_cues_the_probe():
    # "снижение ставки" = "lower the key rate": a fall cues the probe of "higher"
    src = "Как повлияет на экономику решение ЦБ о снижении ключевой ставки"
    turned = _row_probes(src, "ru", "How the decision to set a higher key rate will matter", "en")
    assert [p.mention.concept for p in turned] == ["height"]
    assert not _row_probes(src, "ru", "How the decision to set a lower key rate will matter", "en")


@pytest.mark.parametrize(
    ("text", "code", "sense", "present"),
    [
        ("mechanics have come to know the enclosure well.", "en", ("good", 1), True),
        ("He spoke as well as he could.", "en", ("good", 1), False),
        ("a well-known face", "en", ("good", 1), False),
        ("Well, that is it.", "en", ("good", 1), False),
        ('"I am fine, my friends."', "en", ("good", 1), True),
        ("He paid a fine of $500.", "en", ("good", 1), False),
        ("India showed great strength.", "en", ("size", 1), True),
        ("five-year stays in the top flight", "en", ("height", 1), True),
        ("für weite Bereiche des Handwerks", "de", ("size", 1), True),
        ("участки, давно уже забитые мусором", "ru", ("length", 1), True),
    ],
)
def test_words_of_a_pole_in_one_sense_are_weak_cues(text, code, sense, present):
    assert (sense in weak_senses(text, code)) is present


def test_a_weak_cue_probes_the_opposite_pole_only():
    src = "Mechanics across the northwest of England have come to know the enclosure well."
    bad = "Mechaniker im Nordwesten Englands kennen das Gehege inzwischen schlecht."
    good = "Mechaniker im Nordwesten Englands kennen das Gehege inzwischen gut."
    assert [p.mention.concept for p in _row_probes(src, "en", bad, "de")] == ["good"]
    assert not _row_probes(src, "en", good, "de")


def test_edged_out_is_a_win():
    text = "Robert Whittaker edged out England's Darren Till in the main event."
    assert ("edged out", "win", 1) in _senses(text, "en")
    more = " Chimaev made history by winning a second bout, between victories."
    src = mentions(text + more, "en")
    tgt = mentions(
        "Уиттэйкер с небольшим преимуществом победил Тилла, а Чимаев вошел в историю, "
        "выиграв второй турнир, между поражениями.",
        "ru",
    )
    # the source states the win three times, the translation twice and a loss once
    assert [r.concept for r in reversals(src, tgt)] == ["win"]


def test_before_with_nothing_after_it_is_previously():
    text = "She has not discussed his condition before."
    assert ("before", "sequel", -1) in _senses(text, "en")
    assert ("before", "order", -1) in _senses("before the match, he left", "en")
    src = mentions(text, "en")
    assert [r.concept for r in reversals(src, mentions("Она не обсуждала его позже.", "ru"))] == [
        "sequel"
    ]
    assert not reversals(src, mentions("Она не обсуждала его раньше.", "ru"))


@pytest.mark.parametrize(
    "src",
    [
        "Благодаря этим продуктам Гагарина смогла избавиться от 30 лишних килограммов.",
        "Певица Полина Гагарина назвала помогающие похудеть продукты",
    ],
)
def test_a_loss_of_weight_cues_the_probe_of_a_win(src):
    # English states a loss of weight with "lose", the lexicon's loss
    assert ("win", -1) in weak_senses(src, "ru")
    turned = _row_probes(
        src, "ru", "Thanks to these products Gagarina could win 30 extra kilograms.", "en"
    )
    assert [p.mention.concept for p in turned] == ["win"]
    assert not _row_probes(src, "ru", "Thanks to these products she could lose 30 kilograms.", "en")
    assert ("win", -1) not in weak_senses("Он смог избавиться от долгов.", "ru")


# ------------------------------------------- the review's mends (each misfired on a faithful row)


@pytest.mark.parametrize(
    ("text", "code", "sense"),
    [
        # "weiter" (further), "bei weitem" (by far): no size ("weite Teile" is)
        ("Die Besucherzahlen gehen weiter zurück.", "de", ("size", 1)),
        ("Das ist bei weitem nicht alles.", "de", ("size", 1)),
        # "on top of that" = moreover: no height
        ("On top of that, inflation eased in March.", "en", ("height", 1)),
        ("Prices rose, and on top of that wages fell.", "en", ("height", 1)),
        # the adverb "weiter" before a noun: "baut weiter Stellen ab" (keeps cutting)
        ("Die Firma baut weiter Stellen ab.", "de", ("size", 1)),
        # "may well" (likely), "well below" (far below): no good
        ("Prices may well rise again.", "en", ("good", 1)),
        ("Turnout was well below expectations.", "en", ("good", 1)),
        # "весенней" (spring) is no weight
        ("Как избавиться от весенней хандры.", "ru", ("win", -1)),
    ],
)
def test_words_of_another_sense_are_no_weak_cues(text, code, sense):
    assert sense not in weak_senses(text, code)


def test_an_age_cues_a_size_probe_that_flags_minor_at_most():
    # the age and the size may belong to different nouns: "the old man … a cramped flat"
    src = "The old man lived in a cramped flat in the city centre."
    tgt = "Старик жил в маленькой тесной квартире в центре города."
    found = _row_probes(src, "en", tgt, "ru")
    assert found and all(p.crossed for p in found)
    # a concept whose poles agree ("снижение ставки" / "higher key rate") keeps it major
    src = "Как повлияет на экономику решение ЦБ о снижении ключевой ставки"
    turned = _row_probes(src, "ru", "How the decision to set a higher key rate will matter", "en")
    assert turned and not any(p.crossed for p in turned)


def test_edging_ones_way_out_is_no_win():
    assert not any(c == "win" for _, c, _ in _senses("He edged his way out of the room.", "en"))


def test_top_of_the_table_is_still_high():
    # "on top of that" is no height; "top of the table" is (a review found "|of" dropping it)
    assert ("height", 1) in weak_senses("The team is at the top of the table.", "en")
    assert ("height", 1) in weak_senses("Liverpool finished top of the league.", "en")
