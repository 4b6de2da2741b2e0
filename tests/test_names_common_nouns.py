"""Round 8 of the names check: one country under its many names (ISO 3166 through
pycountry beside CLDR), German common nouns told from names by the forms the dictionary
lists, and a name living on inside a hyphenated word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from provenance.checks.names import NamesCheck
from provenance.extract.name_data import place_ids
from provenance.extract.names import common_word, extract_names
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


def flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


def serious(src: str, sl: str, tgt: str, tl: str) -> list[str]:
    return [m for s, m in flags(src, sl, tgt, tl) if s in SERIOUS]


# ---------------------------------------------------------------- one country, many names


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("Großbritannien", "de"),
        ("Großbritanniens", "de"),  # a genitive
        ("Vereinigtes Königreich", "de"),
        ("UK", "en"),
        ("Great Britain", "en"),
        ("United Kingdom", "en"),
        ("Royaume-Uni", "fr"),
        ("Grande-Bretagne", "fr"),
        ("Великобритания", "ru"),
        ("Соединенное Королевство", "ru"),
        ("Соединенного Королевства", "ru"),
        ("Соединённом Королевстве", "ru"),
    ],
)
def test_every_name_of_britain_is_one_territory(name: str, lang: str) -> None:
    assert "cldr:GB" in place_ids(name, lang)


@pytest.mark.parametrize(
    ("name", "lang"), [("USA", "de"), ("US", "en"), ("США", "ru"), ("America", "en")]
)
def test_the_united_states_by_initials_and_official_name(name: str, lang: str) -> None:
    assert "cldr:US" in place_ids(name, lang)


def test_initials_shared_by_two_countries_name_neither() -> None:
    # "SA": Saudi Arabia and South Africa
    assert not {"cldr:SA", "cldr:ZA"} & place_ids("SA", "en")


def test_britain_said_another_way_is_no_flag() -> None:
    src = "Reisende, die aus Spanien in Großbritannien ankommen, bleiben zwei Wochen zu Hause."
    tgt = (
        "Путешественники, прибывающие в Соединенное Королевство из Испании, две недели сидят дома."
    )
    assert not serious(src, "de", tgt, "ru")
    assert not serious(
        "Großbritanniens größte Bank Tui schließt Filialen.",
        "de",
        "Крупнейший банк Соединенного Королевства Tui закрывает отделения.",
        "ru",
    )
    assert not serious(
        "По сравнению с этим Великобритания добилась успеха.",
        "ru",
        "Compared with this, the UK has done well.",
        "en",
    )


def test_a_place_inside_a_longer_name_matches_its_own_words() -> None:
    # the Russian side keeps a trial's English name, which holds the country
    src = "Horby sagte, dass in Großbritannien eine Studie begonnen wurde."
    tgt = "Хорби сказал, что в UK Recovery началось исследование."
    assert not serious(src, "de", tgt, "ru")


def test_another_country_is_still_a_swap() -> None:
    src = "Reisende, die aus Spanien in Großbritannien ankommen, bleiben zu Hause."
    tgt = "Путешественники, прибывающие в Соединенные Штаты из Испании, сидят дома."
    assert serious(src, "de", tgt, "ru")


# ---------------------------------------------------------------- German common nouns


def _mention(text: str, word: str):
    return next(m for m in extract_names(text, "de") if word in m.text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie gingen mit ihrem alten Mops spazieren.", "Mops"),  # Möpse
        ("Sie kehrten in ihr Land zurück.", "Land"),  # Länder
    ],
)
def test_a_german_noun_that_inflects_as_a_noun_is_a_common_word(text: str, word: str) -> None:
    m = _mention(text, word)
    assert not m.strong
    assert common_word(m, "de")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Boxer steckt eine Prügelsalve ein.", "Prügelsalve"),  # Prügel + Salve
        ("Er sagt, sein Tauchgeschäft läuft gut.", "Tauchgeschäft"),  # tauch(en) + Geschäft
    ],
)
def test_a_compound_on_a_dictionary_noun_is_no_evidence_of_a_name(text: str, word: str) -> None:
    assert not _mention(text, word).strong


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gestern sprach Angela Merkel in Berlin.", "Merkel"),
        ("Gestern sprach Donald Trump in Berlin.", "Trump"),
        ("Gestern sprach Angela Merkel in Berlin.", "Berlin"),
        # nouns the dictionary lists whose forms nobody writes: names first
        ("Es war der dritte Sieg für Ackermann.", "Ackermann"),  # Ackermänner
        ("Watford verlor bei Arsenal.", "Arsenal"),  # Arsenale
        ("Der Trainer sprach mit Fischer.", "Fischer"),  # Fischern
    ],
)
def test_a_name_takes_no_plural_and_is_no_common_word(text: str, word: str) -> None:
    assert not common_word(_mention(text, word), "de")


def test_a_common_noun_left_by_a_translation_is_no_flag() -> None:
    src = "Sie gingen mit ihrem drei Monate alten Mops in den Park."
    assert not serious(src, "de", "They went to the park with their three-month-old pug.", "en")
    assert not serious(
        "Der Kämpfer Correia steckt eine Prügelsalve ein.",
        "de",
        "Боец Коррейа была побита.",
        "ru",
    )


def test_a_noun_after_a_genitive_name_is_no_part_of_it() -> None:
    src = "Deshalb läuft Matt Meuniers Tauchgeschäft weiter gut."
    tgt = "Поэтому дайверский бизнес Мэтта Мьюниэра идет хорошо."
    assert not serious(src, "de", tgt, "ru")


def test_a_common_noun_replaced_no_name_added_by_the_translator() -> None:
    src = "„Das ist nicht mehr unser Land“, meinte die Frau aus Indien."
    tgt = "«Это больше не наша страна», — заявила мисс Мухерджи из Индии."
    assert not serious(src, "de", tgt, "ru")


def test_a_name_replaced_in_german_is_still_serious() -> None:
    src = "Gestern sprach Angela Merkel mit Journalisten."
    assert serious(src, "de", "Yesterday Angela Schröder spoke with journalists.", "en")


# ---------------------------------------------------------------- a name inside a word


def test_a_name_inside_a_hyphenated_word_lives_on() -> None:
    src = "Из-за своей позиции против Трампа журналисты пропускают новости."
    tgt = "Because of their anti-Trump stance, journalists miss the news."
    assert not serious(src, "ru", tgt, "en")


def test_a_name_dropped_with_no_hyphenated_trace_is_still_missing() -> None:
    src = "Из-за своей позиции против Трампа журналисты пропускают новости."
    tgt = "Because of their anti-government stance, journalists miss the news."
    assert serious(src, "ru", tgt, "en")


# ---------------------------------------------------------------- regions


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Hessen", "de", "Гессене", "ru"),
        ("Kalifornien", "de", "California", "en"),  # an ISO state and a GeoNames state
        ("Niederösterreich", "de", "Нижней Австрии", "ru"),
        ("Madhya Pradesh", "en", "Мадхья-Прадеше", "ru"),
    ],
)
def test_a_region_is_one_place_in_every_language(a: str, la: str, b: str, lb: str) -> None:
    assert place_ids(a, la) & place_ids(b, lb)


def test_a_second_level_subdivision_named_by_a_word_is_no_place() -> None:
    assert not any(i.startswith("iso2:") for i in place_ids("Nord", "fr"))  # a département


def test_a_region_said_in_the_other_language_is_no_flag() -> None:
    src = "Der Unfall geschah gestern in Niederösterreich."
    assert not serious(src, "de", "Авария произошла вчера в Нижней Австрии.", "ru")


def test_a_noun_in_apposition_after_a_common_noun_is_a_name() -> None:
    # "Demoskop" is a German word for a pollster, and here an institute's name
    src = "Laut einer Umfrage des Instituts Demoskop vertrauen viele der Regierung."
    m = _mention(src, "Demoskop")
    assert m.strong and not common_word(m, "de")
    tgt = "Согласно опросу института «Левада-центр», многие доверяют правительству."
    assert serious(src, "de", tgt, "ru")
