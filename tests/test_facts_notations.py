"""One value in two notations (round 7): clock times with "h" or a dotted am/pm, halves
of a unit ("a half-year", "halbes Jahr", "полгода"), hyphenated number words."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.numbers import NumbersCheck
from provenance.extract import extract_numbers
from provenance.extract.numbers import bare_clock_hours


def one(text: str, lang: str):
    qs = extract_numbers(text, lang)
    assert len(qs) == 1, qs
    q = qs[0]
    assert text[q.start : q.end] == q.text
    return q


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("Around 12:40h a car left the road.", "en", 12 + 40 / 60),
        ("At around 12.40 pm a car left the road.", "en", 12 + 40 / 60),
        ("The train left at 9.15 a.m.", "en", 9.25),
        ("The train left at 9.15 p.m.", "en", 21.25),
        ("Der Zug fuhr um 12 h 40 ab.", "de", 12 + 40 / 60),
        ("Der Zug fuhr um 12.40 h ab.", "de", 12 + 40 / 60),
        ("Le train est parti à 12h40.", "fr", 12 + 40 / 60),
        ("The train left at 12h40.", "en", 12 + 40 / 60),
    ],
)
def test_clock_times_with_h_or_dotted_am_pm(text: str, lang: str, hours: float) -> None:
    q = one(text, lang)
    assert (q.value, q.unit) == (pytest.approx(hours), "h")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It cost 12.40 euros.", "en"),  # a decimal with a unit, no clock
        ("The rate was 12.40 in May.", "en"),  # no "h", no am/pm, no hour word
    ],
)
def test_dotted_decimals_stay_decimals(text: str, lang: str) -> None:
    assert extract_numbers(text, lang)[0].value == pytest.approx(12.4)


def test_h_alone_is_no_clock_time() -> None:
    assert one("The shop is open 24 h a day.", "en").unit != "h"


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("It asks for a half-year instead.", "en", "duration-year"),
        ("It took half a year.", "en", "duration-year"),
        ("It took half an hour.", "en", "duration-hour"),
        ("Er fordert ein halbes Jahr.", "de", "duration-year"),
        ("За последние полгода всё изменилось.", "ru", "duration-year"),
        ("Через полчаса всё кончилось.", "ru", "duration-hour"),
        ("Il a attendu une demi-heure.", "fr", "duration-hour"),
    ],
)
def test_half_of_a_unit_takes_the_unit(text: str, lang: str, unit: str) -> None:
    q = one(text, lang)
    assert (q.value, q.unit) == (0.5, unit)


def test_russian_noon_is_no_half_day() -> None:
    # "пол" + the unit's genitive is a half; "полдень" (nominative "день") is noon
    # (since round 7b "в полдень" is the clock time 12:00, see test_facts_day_points)
    assert [(q.value, q.unit) for q in extract_numbers("Встреча в полдень.", "ru")] == [(12.0, "h")]
    assert one("Он ждал полдня.", "ru").unit == "duration-day"


def test_hyphenated_number_words() -> None:
    q = one("Recovery will take one-and-a-half years.", "en")
    assert (q.value, q.unit) == (1.5, "duration-year")
    q = one("a one-and-a-half-year delay", "en")  # a unit glued on: soft, as "four-year"
    assert (q.value, q.soft) == (1.5, True)
    assert one("twenty-five people", "en").value == 25


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("Around 12:40h a car left the road.", "en", "At around 12.40 pm a car left.", "en"),
        ("Um 12.40 Uhr verließ ein Auto die Straße.", "de", "At 12.40 pm a car left.", "en"),
        ("Um 12 Uhr 40 fuhr er los.", "de", "Il est parti à 12 h 40.", "fr"),
        ("It asks for a half-year instead of ten weeks.", "en",
         "It asks for six months rather than ten weeks.", "en"),
        ("statt zehn Wochen ein halbes Jahr", "de", "six months rather than ten weeks", "en"),
        ("За последние полгода было 4 тыс. афер.", "ru",
         "Over the past six months there were 4,000 scams.", "en"),
        ("It will take a year and a half.", "en", "It will take one-and-a-half years.", "en"),
        ("It will take 18 months.", "en", "It will take a year and a half.", "en"),
    ],
)  # fmt: skip
def test_one_value_in_two_notations_is_no_flag(src: str, sl: str, tgt: str, tl: str) -> None:
    found = NumbersCheck()(one_line_pair(src, sl, tgt, tl, sim=None))
    assert [f for f in found if f.severity != "minor"] == [], found


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("At 12.40 pm a car left the road.", "At 1.40 pm a car left the road."),
        ("They asked for a half-year.", "They asked for nine months."),
        ("Um 12 h 40 fuhr er los.", "Um 14 h 40 fuhr er los."),
    ],
)
def test_a_changed_time_or_duration_is_still_flagged(src: str, tgt: str) -> None:
    lang = "de" if "Um" in src else "en"
    found = NumbersCheck()(one_line_pair(src, lang, tgt, lang, sim=None))
    assert any(f.severity in ("critical", "major") for f in found), found


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("The ban lasts a year.", "en", "The ban lasts 12 months.", "en"),
        ("It took a day.", "en", "It took 24 hours.", "en"),
        ("Das Verbot gilt ein Jahr.", "de", "Запрет действует 12 месяцев.", "ru"),
    ],
)
def test_a_quantity_said_as_one_unit_is_minor(src: str, sl: str, tgt: str, tl: str) -> None:
    found = NumbersCheck()(one_line_pair(src, sl, tgt, tl, sim=None))
    assert [f.severity for f in found] == ["minor"], found


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("The ban lasts a year.", "The ban lasts 13 months."),
        ("It took a day.", "It took 48 hours."),
    ],
)
def test_a_quantity_that_is_not_one_unit_stays_major(src: str, tgt: str) -> None:
    found = NumbersCheck()(one_line_pair(src, "en", tgt, "en", sim=None))
    assert [f.severity for f in found] == ["major"], found


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("Wir treffen uns um halb neun.", "de", 8.5),
        ("Wir treffen uns um halb 9 Uhr.", "de", 8.5),
        ("Es war Viertel nach acht.", "de", 8.25),
        ("Es war Viertel vor neun.", "de", 8.75),
        ("We met at half past eight.", "en", 8.5),
        ("We met at a quarter to nine.", "en", 8.75),
    ],
)
def test_clock_times_said_by_a_part_of_the_hour(text: str, lang: str, hours: float) -> None:
    q = one(text, lang)
    assert (q.value, q.unit) == (hours, "h")


def test_a_part_of_a_number_is_no_clock_time() -> None:
    assert [q.unit for q in extract_numbers("a quarter to nine million", "en")] == [None, None]
    assert one("Es waren halb so viele.", "de").unit is None


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("Wir treffen uns um halb neun.", "de", "We meet at 8.30.", "en"),
        ("Wir treffen uns um halb neun.", "de", "We meet at 8:30 p.m.", "en"),
        ("Wir treffen uns um halb neun.", "de", "We meet at half past eight.", "en"),
        ("Wir treffen uns um 8 Uhr.", "de", "We meet at 8 p.m.", "en"),
    ],
)
def test_twelve_hour_clock_readings_agree(src: str, sl: str, tgt: str, tl: str) -> None:
    assert NumbersCheck()(one_line_pair(src, sl, tgt, tl, sim=None)) == []


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("We meet at 8 a.m.", "We meet at 8 p.m."),  # both halves of the day said
        ("Wir treffen uns um halb neun.", "Wir treffen uns um 9.30 Uhr."),
        ("It cost 8.30 euros.", "It cost 8.50 euros."),
    ],
)
def test_clock_times_that_differ_are_critical(src: str, tgt: str) -> None:
    lang = "de" if "Wir" in src else "en"
    found = NumbersCheck()(one_line_pair(src, lang, tgt, lang, sim=None))
    assert [f.severity for f in found] == ["critical"], found


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Встреча началась в половине девятого.", 8.5),
        ("Встреча началась в половине девятого вечера.", 20.5),
        ("Встреча началась в полвосьмого утра.", 7.5),
        ("Было четверть девятого.", 8.25),
        ("Было без четверти девять.", 8.75),
    ],
)
def test_russian_clock_times_name_the_running_hour(text: str, hours: float) -> None:
    q = one(text, "ru")
    assert (q.value, q.unit) == (hours, "h")


def test_russian_half_of_the_first_half_is_no_clock_time() -> None:
    qs = extract_numbers("Гол забили во второй половине первого тайма.", "ru")
    assert all(q.unit != "h" for q in qs), qs


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("eine 14-tägige Quarantäne", "de", 14, "duration-day"),
        ("eine zweiwöchige Quarantäne", "de", 2, "duration-week"),
        ("двухнедельный карантин", "ru", 2, "duration-week"),
        ("14-дневный карантин", "ru", 14, "duration-day"),
        ("a two-week quarantine", "en", 2, "duration-week"),
        ("a four-door car", "en", 4, None),  # no unit of time
        ("54-пушечный фрегат", "ru", 54, None),
    ],
)
def test_number_compounds_keep_their_unit_of_time(
    text: str, lang: str, value: float, unit: str | None
) -> None:
    q = one(text, lang)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl", "flagged"),
    [
        ("eine zweiwöchige Quarantäne", "de", "a 14-day quarantine", "en", False),
        ("двухнедельный карантин", "ru", "a 14-day quarantine", "en", False),
        ("eine 14-tägige Quarantäne", "de", "a two-week quarantine", "en", False),
        ("eine 10-tägige Quarantäne", "de", "a 14-day quarantine", "en", True),
    ],
)
def test_durations_in_two_units_compare_by_value(
    src: str, sl: str, tgt: str, tl: str, flagged: bool
) -> None:
    found = NumbersCheck()(one_line_pair(src, sl, tgt, tl, sim=None))
    assert any(f.severity in ("critical", "major") for f in found) == flagged, found


@pytest.mark.parametrize(
    ("text", "hours"),
    [("8.30", 8.5), ("14:05", 14 + 5 / 60), ("8.75", None), ("8.5", None), ("at 8.30", None)],
)
def test_bare_clock_hours_reads_only_a_whole_clock(text: str, hours: float | None) -> None:
    assert bare_clock_hours(text) == hours
