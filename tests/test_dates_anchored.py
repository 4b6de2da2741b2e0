"""Dates, round 14: a date beside a weekday or "today" that both sides give is the same
day said twice (once against the dateline); dropping or adding it is minor."""

from __future__ import annotations

import pytest
from conftest import fact_flags


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        (
            "В субботу, 25 июля, в Москве прошел парад.",
            "ru",
            "On Saturday a parade was held in Moscow.",
            "en",
        ),
        (
            "On Saturday, July 25, a parade was held.",
            "en",
            "Am Samstag fand eine Parade statt.",
            "de",
        ),
        (
            "Am Samstag, den 25. Juli, fand eine Parade statt.",
            "de",
            "A parade was held on Saturday.",
            "en",
        ),
        ("Сегодня, 25 июля, открылась выставка.", "ru", "The exhibition opened today.", "en"),
        # added beside the weekday both sides give
        ("The parade was held on Saturday.", "en", "Парад прошел в субботу (25 июля).", "ru"),
    ],
)
def test_date_beside_a_kept_weekday_is_minor(src: str, sl: str, tgt: str, tl: str) -> None:
    flags = fact_flags(src, sl, tgt, tl)
    assert flags and all(sev == "minor" for sev, _ in flags), flags


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # the weekday is gone too: nothing on the translation's side names the day
        ("В субботу, 25 июля, в Москве прошел парад.", "ru", "A parade was held in Moscow.", "en"),
        # the weekday names another event than the date dropped
        (
            "On Saturday the mayor said the festival on July 25 will go ahead.",
            "en",
            "Am Samstag sagte der Bürgermeister, das Fest werde stattfinden.",
            "de",
        ),
        # a month alone is no day a weekday names
        (
            "On Saturday, in July, a parade was held.",
            "en",
            "Am Samstag fand eine Parade statt.",
            "de",
        ),
    ],
)
def test_date_dropped_without_its_weekday_stays_major(src: str, sl: str, tgt: str, tl: str) -> None:
    assert any(sev == "major" for sev, _ in fact_flags(src, sl, tgt, tl))


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # day and month in digits, which the extractor leaves unread
        ("The vote is on July 25 in Berlin.", "en", "Die Abstimmung ist am 25.7. in Berlin.", "de"),
        (
            "The vote is on July 25 in Berlin.",
            "en",
            "Die Abstimmung ist am 25.07. in Berlin.",
            "de",
        ),
        ("Голосование пройдет 25 июля.", "ru", "The vote will be held on 25/7.", "en"),
        # a date said twice on one side, once on the other
        (
            "The vote on July 25 was a success, and July 25 will be remembered.",
            "en",
            "Die Abstimmung am 25. Juli war ein Erfolg, der Tag bleibt in Erinnerung.",
            "de",
        ),
    ],
)
def test_a_date_the_other_side_writes_in_digits_or_once_is_no_flag(src, sl, tgt, tl) -> None:
    assert [m for sev, m in fact_flags(src, sl, tgt, tl) if sev != "minor"] == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # the day alone, its month given by the next date: minor
        (
            "The vote is on July 25, and the count on July 26.",
            "en",
            "Die Abstimmung ist am 25. und die Auszählung am 26. Juli.",
            "de",
        ),
        ("Голосование пройдет 25 июля.", "ru", "The vote will be held on the 25th.", "en"),
    ],
)
def test_a_day_said_alone_is_minor(src, sl, tgt, tl) -> None:
    flags = fact_flags(src, sl, tgt, tl)
    assert any("missing" in m for _, m in flags) and all(sev == "minor" for sev, _ in flags)


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # another day in digits
        ("The vote is on July 25 in Berlin.", "en", "Die Abstimmung ist am 26.7. in Berlin.", "de"),
        # a decimal number, no date ("25.7 Prozent")
        (
            "The vote is on July 25 in Berlin.",
            "en",
            "Die Abstimmung ist in Berlin, 25.7 Prozent stimmten.",
            "de",
        ),
        # month first with dots is no German date
        ("The vote is on July 25 in Berlin.", "en", "Die Abstimmung ist in Berlin, 7.25.", "de"),
        # two different dates, one dropped: no repetition
        (
            "The vote on July 25 was a success, and July 26 will be remembered.",
            "en",
            "Die Abstimmung am 25. Juli war ein Erfolg, der Tag bleibt in Erinnerung.",
            "de",
        ),
    ],
)
def test_near_misses_stay_major(src, sl, tgt, tl) -> None:
    assert any(
        sev == "major" and "missing" in m and "July" in m for sev, m in fact_flags(src, sl, tgt, tl)
    )


# Review mends (version 7): a number that only equals the day, a decimal, a fraction and
# another day in digits beside a kept weekday excuse nothing.
@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a count equal to the day ("auf 5." ends the sentence; no ordinal, no preposition)
        ("Am 5. Mai stieg die Zahl der Toten auf 5.", "de", "The death toll rose to 5.", "en"),
        # an ordinal of something else: no date preposition, a noun after it
        (
            "Der Vertrag wurde am 12. Mai unterzeichnet.",
            "de",
            "The treaty was signed in its 12th version.",
            "en",
        ),
        (
            "Выборы состоятся 20 сентября.",
            "ru",
            "The election will take place on the 20th anniversary of the party.",
            "en",
        ),
        ("The vote is on July 25.", "en", "Die Abstimmung ist zum 25. Mal in Berlin.", "de"),
        # a decimal with the sentence's full stop, and a fraction
        ("Am 3. Februar stieg die Inflation auf 3,2.", "de", "Inflation rose to 3.2.", "en"),
        ("Das Treffen ist am 4. März.", "de", "The meeting is on 3/4 of the agenda.", "en"),
        # another day in digits beside the weekday both sides keep
        (
            "Die Wahl findet am Sonntag, 26. Juli, statt.",
            "de",
            "The vote takes place on Sunday (2/8).",
            "en",
        ),
        ("Heute, am 25. Juli, beginnt der Prozess.", "de", "The trial begins today (26.7.).", "en"),
    ],
)
def test_a_number_that_only_looks_like_the_day_excuses_nothing(src, sl, tgt, tl) -> None:
    assert any(sev == "major" and "missing" in m for sev, m in fact_flags(src, sl, tgt, tl)), (
        fact_flags(src, sl, tgt, tl)
    )


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # the same date in digits in brackets beside the weekday, or after "bis zum"
        (
            "Die Wahl findet am Sonntag, 26. Juli, statt.",
            "de",
            "The vote takes place on Sunday (26/7).",
            "en",
        ),
        (
            "The offer runs until July 25 in all shops.",
            "en",
            "Das Angebot gilt bis zum 25.7. in allen Filialen.",
            "de",
        ),
        ("Голосование пройдет 25 июля.", "ru", "The vote will be held on 25/7.", "en"),
    ],
)
def test_a_digit_date_in_a_dates_place_still_agrees(src, sl, tgt, tl) -> None:
    assert [m for sev, m in fact_flags(src, sl, tgt, tl) if sev != "minor"] == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("Голосование пройдет 25 июля.", "ru", "The vote will be held by the 25th, at noon.", "en"),
        ("The vote is on July 25.", "en", "Голосование пройдет до 25-го числа.", "ru"),
        (
            "Der Vertrag wurde am 12. Mai unterzeichnet.",
            "de",
            "The treaty was signed on the 12th.",
            "en",
        ),
    ],
)
def test_a_day_alone_after_a_date_preposition_is_minor(src, sl, tgt, tl) -> None:
    flags = fact_flags(src, sl, tgt, tl)
    assert any("missing" in m for _, m in flags) and all(sev == "minor" for sev, _ in flags), flags
