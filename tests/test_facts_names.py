"""The names extractor: candidates, Russian lemmas, cross-script keys, German nouns."""

from __future__ import annotations

import pytest

from provenance.extract import extract_names, name_key, names_match


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
