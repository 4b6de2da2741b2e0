"""The fitted Latin-Cyrillic transcription model (`provenance.lang.transcription`) and the
names check's severity rules that read it: one name transcribed is no drift, a name in
the model's grey zone or said as a pronoun is at most minor, two names the model tells
apart are a replacement. Sentences written for these tests."""

from __future__ import annotations

import math
import random

import pytest

from provenance.checks.names import NamesCheck
from provenance.lang.transcription import negatives, similarity, thresholds, word_pairs
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


@pytest.fixture(scope="module")
def held_out() -> list[tuple[str, str]]:
    """GeoNames word pairs of the cities the fit never saw (geonameid a multiple of 5)."""
    _, held = word_pairs()
    return random.Random(0).sample(held, 800)


def test_the_table_separates_held_out_cities(held_out) -> None:
    """Measured on cities the fit never saw: most of one city's two spellings score SAME
    or more, and hardly any pair of two cities does."""
    same, grey, other = thresholds()
    assert other < grey < same
    pos = [similarity(x, y) for x, y in held_out]
    neg = [similarity(x, y) for x, y in negatives(held_out)]
    assert sum(s >= same for s in pos) / len(pos) >= 0.9
    assert sum(s >= same for s in neg) / len(neg) <= 0.02
    assert sum(s >= grey for s in neg) / len(neg) <= 0.10


def test_the_table_was_fitted_not_written() -> None:
    """The model's operations are probabilities estimated from data (they sum to one and
    are many), not a hand table of a few rules."""
    from provenance.lang.transcription import _table

    probs = [p for _, _, p in _table()["OPERATIONS"]]
    assert len(probs) > 1000
    assert math.isclose(sum(probs), 1.0, rel_tol=0.05)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        # people's names, which no GeoNames city holds, transcribed by sound and inflected
        ("Welbeck", "Уэлбека"),
        ("Mace", "Мейс"),
        ("Galetcka", "Галецкую"),
        ("Kardashian", "Кардашьян"),
        ("Mnuchin", "Мнучином"),
        ("Meadows", "Медоуз"),
    ],
)
def test_unseen_names_transcribed_by_sound_score_high(latin: str, cyrillic: str) -> None:
    assert similarity(latin, cyrillic) >= thresholds()[1]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("London", "Грозном"),
        ("Barcelona", "Уилтшире"),
        ("Watford", "Ливерпуль"),
        ("Kim", "Доминик"),
    ],
)
def test_two_names_score_low(latin: str, cyrillic: str) -> None:
    assert similarity(latin, cyrillic) < thresholds()[1]


def flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


def test_a_name_transcribed_beyond_the_keys_is_no_drift() -> None:
    found = flags(
        "Police in Quang Binh Province said the bus had overturned.",
        "en",
        "Полиция провинции Куангбинь сообщила, что автобус перевернулся.",
        "ru",
    )
    assert not [f for f in found if f[0] in SERIOUS]


def test_a_name_said_as_an_ordinary_word_is_minor() -> None:
    found = flags(
        "The woman then sprayed the couple with a can of mace.",
        "en",
        "Затем женщина распылила на пару баллончик Мейс.",
        "ru",
    )
    assert found and all(s == "minor" for s, _ in found)


def test_a_name_said_as_a_pronoun_is_minor() -> None:
    found = flags(
        '"We see more and more of it on the rocks," Meunier said.',
        "en",
        "„Wir sehen immer mehr davon auf den Felsen“, sagte er.",
        "de",
    )
    assert found and all(s == "minor" for s, _ in found)


def test_a_name_dropped_without_a_trace_stays_major() -> None:
    found = flags(
        "Klose and Nagelsmann know what matters in the preparation.",
        "en",
        "Клозе знает, что важно при подготовке.",
        "ru",
    )
    assert ("major", "Nagelsmann is missing in the translation") in found


def test_a_name_replaced_by_another_stays_critical() -> None:
    found = flags(
        "The protesters marched through the centre of Portland on Saturday.",
        "en",
        "В субботу протестующие прошли маршем по центру Ливерпуля.",
        "ru",
    )
    assert any(s == "critical" for s, _ in found)


def test_a_german_place_adjective_is_the_place() -> None:
    found = flags(
        "Im Münchner Regen brach der Verteidiger das Training ab.",
        "de",
        "In the Munich rain the defender stopped training.",
        "en",
    )
    assert not [f for f in found if f[0] in SERIOUS]


def test_a_german_feminine_demonym_is_the_place() -> None:
    # "die Österreicherin" is the feminine of "Österreicher": the Austrian
    found = flags(
        "Werth setzte sich gegen die Österreicherin Victoria Max-Theurer durch.",
        "de",
        "Werth beat the Austrian Max-Theurer.",
        "en",
    )
    assert not [f for f in found if f[0] in SERIOUS]
    # another country's demonym stays a drift
    found = flags(
        "Werth setzte sich gegen die Österreicherin Victoria Max-Theurer durch.",
        "de",
        "Werth beat the Japanese Max-Theurer.",
        "en",
    )
    assert [f for f in found if f[0] in SERIOUS]


def test_one_word_of_a_transcribed_name_replaced() -> None:
    """The surname transcribed, the first name another: a first name replaced (major);
    the same name with its first name transcribed is no drift."""
    src = "Chief of staff Mark Meadows headed back to the Capitol."
    swapped = flags(src, "en", "Глава аппарата Доминик Медоуз вернулся в Капитолий.", "ru")
    assert ("major", "Mark became Доминик") in swapped
    kept = flags(src, "en", "Глава аппарата Марк Медоуз вернулся в Капитолий.", "ru")
    assert not [f for f in kept if f[0] in SERIOUS]


def test_an_unlisted_word_after_a_place_preposition_is_a_place() -> None:
    """German news names small places its neighbours never write ("bei Beilngries"): a
    word the dictionary lists in no form, and no compound of words it lists, is a place
    there; a rare compound ("am Biwakplatz") is not."""
    found = flags(
        "Er war laut Polizei bei Beilngries bergab unterwegs.",
        "de",
        "According to police he was heading down the mountain.",
        "en",
    )
    assert ("major", "Beilngries is missing in the translation") in found
    found = flags(
        "Sie übernachteten bei Biwakplatz drei.",
        "de",
        "They spent the night at the third bivouac.",
        "en",
    )
    assert not [f for f in found if f[0] in SERIOUS]


def test_an_abbreviation_added_is_no_clear_name() -> None:
    """ "St." keys as "Sankt", a word of a known place, but two letters name nothing alone:
    "в Петербурге" / "in St. Petersburg" adds no name the editor must look at."""
    found = flags(
        "В понедельник в Петербурге будет малооблачно.",
        "ru",
        "On Monday it will be slightly overcast in St. Petersburg.",
        "en",
    )
    assert not [f for f in found if f[0] in SERIOUS]


def test_a_surname_that_begins_alike_stays_another_name() -> None:
    """The model reads a Cyrillic word up to a prefix, so a surname that begins like the
    other scores high ("Nazarov" / "Назарбаев"); the keys, which tell such names apart by
    their ends, decide there: a replacement is reported, not read as one name."""
    found = flags(
        "Назарбаев правил страной почти три десятилетия.",
        "ru",
        "Nazarov ruled the country for almost three decades.",
        "en",
    )
    assert any(msg == "Назарбаев became Nazarov" for _, msg in found)
    found = flags(
        "Суд приговорил Максима Сидорова к семи годам.",
        "ru",
        "The court sentenced Maxim Sidorenko to seven years.",
        "en",
    )
    assert any("became" in msg for _, msg in found)


def test_one_word_heard_is_no_transcription_of_a_longer_name() -> None:
    """The words of a longer name run together are scored whole: one word transcribed
    ("Jamie" / "Джейми") does not pass "Leicester's Jamie Vardy" for "Джейми Картер"."""
    found = flags(
        "He was fouled by Leicester's Jamie Vardy.",
        "en",
        "На нём сфолил Джейми Картер.",
        "ru",
    )
    assert found
