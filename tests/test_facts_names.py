"""The names extractor: candidates, Russian lemmas, cross-script keys, German nouns."""

from __future__ import annotations

import pytest

from provenance.extract import extract_names, name_key, names_match
from provenance.extract.names import parts_match


@pytest.mark.parametrize(
    "spellings",
    [
        [("Назарбаев", "ru"), ("Назарбаева", "ru"), ("Nasarbajew", "de"), ("Nazarbayev", "en")],
        [("Жомарт", "ru"), ("Schomart", "de"), ("Zhomart", "en"), ("Jomart", "en")],
        [("Васильева", "ru"), ("Wassiljewa", "de"), ("Vasilyeva", "en")],
        [("Токаев", "ru"), ("Tokajew", "de"), ("Tokayev", "en")],
        [("Шевчук", "ru"), ("Schewtschuk", "de"), ("Shevchuk", "en")],
        [("Хрущёв", "ru"), ("Chruschtschow", "de"), ("Khrushchev", "en")],
        [("Ельцин", "ru"), ("Jelzin", "de"), ("Yeltsin", "en")],
        [("Зеленский", "ru"), ("Selenskyj", "de"), ("Zelensky", "en")],
    ],
)
def test_one_name_many_spellings(spellings: list[tuple[str, str]]) -> None:
    keys = [name_key(w, lang) for w, lang in spellings]
    for k in keys[1:]:
        assert names_match(keys[0], k), keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Петров", "ru"), ("Pavlov", "en")),
        (("Nazarbayev", "en"), ("Nazarov", "en")),
        (("Borodavkin", "en"), ("Borodin", "en")),
        (("Vasilyeva", "en"), ("Vasilenko", "en")),
    ],
)
def test_different_names_differ(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not names_match(name_key(*a), name_key(*b))


def test_russian_inflection_folds_to_lemma() -> None:
    (m,) = extract_names("Журналист поговорил с Назарбаевым.", "ru")
    assert m.key == name_key("Назарбаев", "ru")
    assert m.strong


def test_german_nouns_are_not_names() -> None:
    ms = extract_names("Die Regierung hat das Land fast drei Jahrzehnte lang regiert.", "de")
    assert not any(m.strong for m in ms)
    ms = extract_names("Die Regierung unterstützte Nasarbajew.", "de")
    assert [m.text for m in ms if m.strong] == ["Nasarbajew"]
    (m,) = [m for m in extract_names("Präsident Tokajew sprach.", "de") if m.strong]
    assert m.text == "Tokajew"  # the title announces the name and is not part of it


def test_multiword_names_and_titles() -> None:
    ms = extract_names("Kassym-Jomart Tokayev was elected president.", "en")
    assert [m.text for m in ms] == ["Kassym-Jomart Tokayev"]
    assert [p.text for p in ms[0].parts] == ["Kassym", "Jomart", "Tokayev"]
    assert extract_names("He met the Russian president.", "en") == []


def test_sentence_start_needs_evidence() -> None:
    assert not any(m.strong for m in extract_names("Political scientists agree.", "en"))
    assert any(m.strong for m in extract_names("Назарбаев правил страной.", "ru"))
    assert not any(m.strong for m in extract_names("Политолог считает иначе.", "ru"))


def test_exonyms() -> None:
    assert names_match(name_key("Deutschland", "de"), name_key("Germany", "en")) is False
    de = {k for m in extract_names("in Deutschland", "de") for p in m.parts for k in p.keys}
    ru = {k for m in extract_names("в Германии", "ru") for p in m.parts for k in p.keys}
    assert de & ru


@pytest.mark.parametrize(
    ("adjective", "al", "place", "pl"),
    [
        ("Актюбинской", "ru", "Aktöbe", "de"),  # -инский: "актюб" ~ "aktobe"
        ("Московской", "ru", "Moscow", "en"),
        ("Moskauer", "de", "Москвы", "ru"),  # the stem's exonym
        ("Белорусский", "ru", "Belarusian", "en"),  # two stems: "belorus" ~ "belarus"
        ("Сибирские", "ru", "Siberia", "en"),
        ("Kasachischen", "de", "Kazakhstan", "en"),
        ("Chinesischen", "de", "Китая", "ru"),  # German "ch" spelled the English way too
        ("Dutch", "en", "Нидерландов", "ru"),  # irregular: the demonyms table
        ("Französische", "de", "France", "en"),
    ],
)
def test_place_adjectives_match_their_place(adjective: str, al: str, place: str, pl: str) -> None:
    (a,) = extract_names(f"x {adjective}", al)[0].parts
    (b,) = extract_names(f"x {place}", pl)[0].parts
    assert parts_match(a, b)


@pytest.mark.parametrize(
    ("a", "al", "b", "bl"),
    [
        ("Шведский", "ru", "Switzerland", "en"),
        ("Польской", "ru", "Portugal", "en"),
        ("Минской", "ru", "Moscow", "en"),
        ("Kasachischen", "de", "Kirgistan", "de"),
    ],
)
def test_place_adjectives_of_other_places_differ(a: str, al: str, b: str, bl: str) -> None:
    pa = extract_names(f"x {a}", al)[0].parts[0]
    pb = extract_names(f"x {b}", bl)[0].parts[0]
    assert not parts_match(pa, pb), (pa, pb)


def test_known_places_are_names_at_a_sentence_start() -> None:
    # English and German give no capital-letter evidence there; the exonym tables do.
    assert [m.text for m in extract_names("Japan has granted loans.", "en") if m.strong] == [
        "Japan"
    ]
    assert [m.text for m in extract_names("China hat Kredite gewährt.", "de") if m.strong] == [
        "China"
    ]
    assert not any(m.strong for m in extract_names("Political scientists agree.", "en"))


def test_german_nouns_after_numbers_adjectives_and_titles() -> None:
    for text in (
        "Die sibirischen Waldbrände wüten.",  # article + adjective + noun
        "Bauern blockierten sechs Grenzübergänge.",  # number + noun
        "Er vermutet, dass der Minister Bestechungsgeld angenommen hat.",  # -ungs- compound
        "Der Sprecher des Schnees.",  # an inflected common noun ("Schnees" -> "Schnee")
    ):
        strong = [m.text for m in extract_names(text, "de") if m.strong]
        assert strong == [], (text, strong)
    assert [m.text for m in extract_names("Der Minister Lawrow sprach.", "de") if m.strong] == [
        "Lawrow"
    ]


def test_descriptive_names_are_not_reported_alone() -> None:
    (m,) = extract_names("It crossed the Black Sea.", "en")
    assert not m.strong and m.namelike  # translated (Чёрное море), not spelled out
    (m,) = extract_names("It crossed the Baltic Sea.", "en")
    assert m.strong  # "Baltic" is a name, not a common English word


def test_rare_german_common_nouns_are_no_names() -> None:
    # Real-text false flags (Text+Berg): inflected forms of German words ("Gerölls" ->
    # "Geröll"), compounds of German words with or without a linking element
    # ("Klemm-keilen", "Biwak-platz", "Tag-es-anbruch") and noun plurals ("Seilschaften").
    for word in (
        "Gerölls",
        "Klemmkeilen",
        "Bohrhaken",
        "Biwakplatz",
        "Tagesanbruch",
        "Seilschaften",
        "Kletterei",
    ):
        text = f"Wir sahen {word} oben."
        strong = [m.text for m in extract_names(text, "de") if m.strong]
        assert strong == [], (text, strong)
    # rare names are no compounds of German words, also when a piece is an English word
    # ("Nasarba-jew", "Sido-row", "Bisch-kek")
    text = "Wir trafen Nasarbajew, Sidorow und Tokajew in Bischkek."
    assert [m.text for m in extract_names(text, "de") if m.strong] == [
        "Nasarbajew",
        "Sidorow",
        "Tokajew",
        "Bischkek",
    ]


def test_french_words_of_its_own_are_no_names() -> None:
    # a dialogue dash starts a sentence; French words at a sentence start, also plurals
    # and capitals without their accent, are words, not names
    for text in (
        "- Si je tombe , tu me retiens ? - Tu peux essayer !",
        "Sauveteurs et guides sont venus.",
        "Etirements de bras , rien n'y fait.",
    ):
        assert not any(m.strong for m in extract_names(text, "fr")), text
    # mid-sentence, a capitalised French word is matched but not reported on its own
    strong = [
        m.text for m in extract_names("Il séjourne dans le Midi de la France.", "fr") if m.strong
    ]
    assert strong == ["France"]
    assert [m.text for m in extract_names("Tokayev a été élu.", "fr") if m.strong] == ["Tokayev"]
