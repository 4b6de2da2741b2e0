"""The dates extractor, per language: day–month, every case, years, weekdays, relative dates."""

from __future__ import annotations

import pytest

from provenance.extract import extract_dates, extract_numbers


def one(text: str, lang: str):
    ds = extract_dates(text, lang)
    assert len(ds) == 1, ds
    assert text[ds[0].start : ds[0].end] == ds[0].text
    return ds[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("auf den 9. Juni vorgezogen", "de"),
        ("перенесены на 9 июня", "ru"),
        ("moved to June 9", "en"),
        ("moved to 9 June", "en"),
        ("moved to June 9th", "en"),
        ("avancées au 9 juin", "fr"),
    ],
)
def test_day_month(text: str, lang: str) -> None:
    d = one(text, lang)
    assert (d.month, d.day, d.year) == (6, 9, None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("am 1. März 2018", "de"),
        ("1 марта 2018 года", "ru"),
        ("on March 1, 2018", "en"),
        ("le 1er mars 2018", "fr"),
        ("am 01.03.2018", "de"),
        ("on 3/1/2018", "en"),
        ("2018-03-01", "en"),
    ],
)
def test_full_dates(text: str, lang: str) -> None:
    assert one(text, lang).canonical == "2018-03-01"


@pytest.mark.parametrize(
    ("text", "lang", "month"),
    [
        ("в марте", "ru", 3),
        ("до января", "ru", 1),
        ("к маю", "ru", 5),
        ("в июле 2019 года", "ru", 7),
        ("im Juli 2019", "de", 7),
        ("in July 2019", "en", 7),
    ],
)
def test_month_in_every_case(text: str, lang: str, month: int) -> None:
    assert one(text, lang).month == month


@pytest.mark.parametrize(
    ("text", "lang"),
    [("im Jahr 2020", "de"), ("в 2020 году", "ru"), ("in 2020", "en"), ("en 2020", "fr")],
)
def test_years(text: str, lang: str) -> None:
    assert one(text, lang).canonical == "2020"


def test_amounts_are_not_years() -> None:
    assert extract_dates("2020 долларов", "ru") == []
    assert extract_dates("$2020", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "wd"),
    [
        ("am Montag", "de", 1),
        ("во вторник", "ru", 2),
        ("в субботу", "ru", 6),
        ("on Sunday", "en", 7),
    ],
)
def test_weekdays(text: str, lang: str, wd: int) -> None:
    assert one(text, lang).weekday == wd


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Im kommenden Jahr", "de"),
        ("nächstes Jahr", "de"),
        ("В следующем году", "ru"),
        ("next year", "en"),
        ("l'année prochaine", "fr"),
    ],
)
def test_relative(text: str, lang: str) -> None:
    assert one(text, lang).relative == "year+1"


def test_may_the_verb_is_no_month() -> None:
    assert extract_dates("It may rain.", "en") == []
    assert one("It rained in May.", "en").month == 5


def test_compatible() -> None:
    a = one("9 June 2019", "en")
    b = one("9 июня", "ru")
    c = one("9 июля", "ru")
    assert a.compatible(b)
    assert not a.compatible(c)


def test_year_before_a_word_starting_like_a_scale() -> None:
    # "budget" is not "b(illion)": 2025 stays a year
    assert one("The Senate approved the 2025 budget.", "en").year == 2025


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("vom 5. bis 7. August", "de"),
        ("с 5 по 7 августа", "ru"),
        ("from August 5 to 7", "en"),
        ("du 5 au 7 août", "fr"),
    ],
)
def test_day_ranges(text: str, lang: str) -> None:
    days = sorted((d.month, d.day) for d in extract_dates(text, lang))
    assert days == [(8, 5), (8, 7)]


def test_month_before_an_amount_is_no_day() -> None:
    (d,) = extract_dates("Die Ukraine exportierte im August 4,3 Millionen Tonnen.", "de")
    assert (d.month, d.day) == (8, None)
    (q,) = extract_numbers("Die Ukraine exportierte im August 4,3 Millionen Tonnen.", "de")
    assert q.value == 4.3e6
    (d,) = extract_dates("It was signed on June 9, 2019.", "en")
    assert (d.year, d.month, d.day) == (2019, 6, 9)
