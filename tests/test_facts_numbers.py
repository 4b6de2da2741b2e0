"""The numbers extractor, per language: notation, words, scales, units, ranges, approximation."""

from __future__ import annotations

import pytest

from provenance.extract import extract_numbers


def one(text: str, lang: str):
    qs = extract_numbers(text, lang)
    assert len(qs) == 1, qs
    q = qs[0]
    assert text[q.start : q.end] == q.text
    return q


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Es waren 1.000,5 Tonnen.", "de", 1000.5),
        ("It was 1,000.5 tonnes.", "en", 1000.5),
        ("Было 1 000,5 тонны.", "ru", 1000.5),
        ("Было 1\u00a0000,5 тонны.", "ru", 1000.5),
        ("Il y avait 1\u202f000,5 tonnes.", "fr", 1000.5),
        ("Es waren 12.500 Menschen.", "de", 12500),
        ("It was 12,500 people.", "en", 12500),
        ("Es lag bei 4,5 Grad.", "de", 4.5),
        ("It was 4.5 degrees.", "en", 4.5),
    ],
)
def test_digit_notations(text: str, lang: str, value: float) -> None:
    assert one(text, lang).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("в течение трёх дней", "ru", 3),
        ("более двадцати пяти депутатов", "ru", 25),
        ("более двухсот человек", "ru", 200),
        ("mehr als fünfundzwanzig Abgeordnete", "de", 25),
        ("zweihundertdreißig Menschen", "de", 230),
        ("more than twenty-five deputies", "en", 25),
        ("two hundred and five people", "en", 205),
        ("quatre-vingt-dix personnes", "fr", 90),
        ("soixante-dix personnes", "fr", 70),
    ],
)
def test_number_words(text: str, lang: str, value: float) -> None:
    assert one(text, lang).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("200 Milliarden Dollar", "de", 2e11, "USD"),
        ("200 Mrd. Dollar", "de", 2e11, "USD"),
        ("2 Billionen Euro", "de", 2e12, "EUR"),  # German Billion = 10^12
        ("2,4 Mio. Euro", "de", 2.4e6, "EUR"),
        ("eine Million Einwohner", "de", 1e6, None),
        ("200 млрд долларов", "ru", 2e11, "USD"),
        ("2 трлн евро", "ru", 2e12, "EUR"),
        ("10 тыс. рублей", "ru", 1e4, "RUB"),
        ("45 ₽", "ru", 45, "RUB"),
        ("два миллиона человек", "ru", 2e6, None),
        ("$200 billion", "en", 2e11, "USD"),
        ("€2.4m", "en", 2.4e6, "EUR"),
        ("US$200bn", "en", 2e11, "USD"),
        ("45 roubles", "en", 45, "RUB"),
        ("deux milliards d'euros", "fr", 2e9, "EUR"),
        ("1 000,5 €", "fr", 1000.5, "EUR"),
    ],
)
def test_scales_and_currencies(text: str, lang: str, value: float, unit: str | None) -> None:
    q = one(text, lang)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("40 Prozent der Stimmen", "de"),
        ("40 процентов голосов", "ru"),
        ("40 percent of the vote", "en"),
        ("40 per cent of the vote", "en"),
        ("40% of the vote", "en"),
        ("40 pour cent des voix", "fr"),
    ],
)
def test_percent(text: str, lang: str) -> None:
    q = one(text, lang)
    assert (q.value, q.unit) == (40, "%")


def test_ranges_and_scores() -> None:
    q = one("um 3 bis 5 Prozent", "de")
    assert (q.value, q.high, q.unit) == (3, 5, "%")
    q = one("на 3-5%", "ru")
    assert (q.value, q.high, q.unit) == (3, 5, "%")
    q = one("3 bis 5 Milliarden Euro", "de")
    assert (q.value, q.high) == (3e9, 5e9)
    # a score is two numbers, not a range
    assert [q.value for q in extract_numbers("voted 61 to 37", "en")] == [61, 37]


def test_ordinals() -> None:
    assert one("for the third time", "en").ordinal
    assert one("the 3rd time", "en").value == 3
    q = one("в третий раз", "ru")
    assert (q.value, q.ordinal) == (3, True)
    assert one("zum dritten Mal", "de").value == 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("rund 200 Menschen", "de"),
        ("около 200 человек", "ru"),
        ("about 200 people", "en"),
        ("environ 200 personnes", "fr"),
    ],
)
def test_approximation(text: str, lang: str) -> None:
    assert one(text, lang).approx
    assert not one(text.split(" ", 1)[1], lang).approx


def test_articles_are_not_numbers_and_dates_are_masked() -> None:
    assert extract_numbers("Ein Sprecher bestätigte die Zahlen.", "de") == []
    assert extract_numbers("One of them said so.", "en") == []
    # "9" of "9. Juni" and the year belong to the date, not the quantities
    assert extract_numbers("Die Wahl wurde auf den 9. Juni 2019 vorgezogen.", "de") == []
    assert [q.value for q in extract_numbers("в 2020 году 2020 долларов", "ru")] == [2020]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("etwa eine halbe Million Besucher", "de", 5e5),
        ("около полумиллиона посетителей", "ru", 5e5),
        ("about half a million visitors", "en", 5e5),
        ("um ein Drittel", "de", 1 / 3),
        ("вырос на треть", "ru", 1 / 3),
        ("rose by a third", "en", 1 / 3),
        ("zwei Drittel der Stimmen", "de", 2 / 3),
    ],
)
def test_fractions(text: str, lang: str, value: float) -> None:
    assert one(text, lang).value == pytest.approx(value)


def test_half_without_article_is_no_fraction() -> None:
    # only the ordinal "first"; "half" after an ordinal is no fraction
    assert [q.value for q in extract_numbers("in the first half of the year", "en")] == [1]
    assert one("for the third time", "en").ordinal


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("um 14 Uhr", "de", 14),
        ("в 14 часов", "ru", 14),
        ("at 2 p.m.", "en", 14),
        ("at 14:30", "en", 14.5),
    ],
)
def test_clock_times(text: str, lang: str, hours: float) -> None:
    q = one(text, lang)
    assert (q.value, q.unit) == (pytest.approx(hours), "h")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("For three decades the clan has enriched itself.", "en", 30),
        ("Seit drei Jahrzehnten regiert der Clan.", "de", 30),
        ("Клан правит уже три десятилетия.", "ru", 30),
        ("It happened a decade ago.", "en", 10),
    ],
)
def test_decades_are_tens_of_years(text: str, lang: str, value: float) -> None:
    assert one(text, lang).value == value


def test_soft_numbers() -> None:
    # "beide", "both", "оба" and a scale word with no count are soft: compared, never
    # reported missing or added on their own
    for text, lang in (
        ("Die beiden Konzerne fusionieren.", "de"),
        ("Both companies merge.", "en"),
        ("Обе компании объединятся.", "ru"),
        ("Thousands of refugees are waiting.", "en"),
        ("Tausende Flüchtlinge warten.", "de"),
        ("Тысячи беженцев ждут.", "ru"),
    ):
        q = one(text, lang)
        assert q.soft, text
    assert not one("Zwei Konzerne fusionieren.", "de").soft
    assert not one("Eine Million Menschen.", "de").soft
    assert not one("It cost 5 million.", "en").soft


def test_space_grouped_thousands_in_english() -> None:
    assert one("Italy took in 158 000 migrants.", "en").value == 158000
    assert [q.value for q in extract_numbers("In 2019 100 people came.", "en")] == [100]
