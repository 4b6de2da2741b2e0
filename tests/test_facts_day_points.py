"""Noon and midnight as clock times (round 7b): "at noon" = "um 12 Uhr" = "в полдень",
"à minuit" = "at 12 a.m."; words from CLDR day periods (babel) and the language's facts,
counted only after a preposition of time."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.numbers import NumbersCheck
from provenance.extract import extract_numbers


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("The talks ended at noon.", "en", 12.0),
        ("They worked until midnight.", "en", 0.0),
        ("Die Gespräche endeten am Mittag.", "de", 12.0),
        ("Sie arbeiteten bis Mitternacht.", "de", 0.0),
        ("Переговоры закончились в полдень.", "ru", 12.0),
        ("Они работали до полуночи.", "ru", 0.0),
        ("Они вернулись к полудню.", "ru", 12.0),
        ("Les discussions ont pris fin à midi.", "fr", 12.0),
        ("Ils ont travaillé jusqu'à minuit.", "fr", 0.0),
        ("Le train part à midi et demi.", "fr", 12.5),
        ("Le train part à minuit et demie.", "fr", 0.5),
    ],
)
def test_noon_and_midnight_after_a_preposition_are_clock_times(
    text: str, lang: str, hours: float
) -> None:
    qs = extract_numbers(text, lang)
    assert [(q.value, q.unit) for q in qs] == [(hours, "h")], qs
    assert text[qs[0].start : qs[0].end] == qs[0].text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wir wollen zu Mittag essen.", "de"),  # lunch
        ("Die Mittagspause war kurz.", "de"),
        ("Nach dem Mittagessen gingen sie.", "de"),
        ("People joined a noon-time rally.", "en"),
        ("Noon is the busiest hour.", "en"),
        ("Il est venu l'après-midi.", "fr"),
        ("Il est venu après midi.", "fr"),  # the old spelling of the afternoon
        ("Полдень был жарким.", "ru"),
    ],
)
def test_noon_and_midnight_without_a_preposition_of_time_are_no_clock_time(
    text: str, lang: str
) -> None:
    assert extract_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("Die Sitzung begann um 12 Uhr.", "de", "The meeting began at noon.", "en"),
        ("The meeting began at 12 p.m.", "en", "Die Sitzung begann am Mittag.", "de"),
        ("Die Bars schließen um Mitternacht.", "de", "The bars close at 12 a.m.", "en"),
        ("Die Bars schließen um 24 Uhr.", "de", "The bars close at midnight.", "en"),
        ("Бары закрываются в полночь.", "ru", "Les bars ferment à minuit.", "fr"),
        ("Le train part à midi et demi.", "fr", "The train leaves at 12:30 p.m.", "en"),
    ],
)
def test_noon_and_midnight_agree_with_their_digits(src: str, sl: str, tgt: str, tl: str) -> None:
    assert NumbersCheck()(one_line_pair(src, sl, tgt, tl, sim=None)) == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("The meeting began at noon.", "en", "Die Sitzung begann um 14 Uhr.", "de"),
        ("The meeting began at noon.", "en", "The meeting began at 2 p.m.", "en"),
        ("The bars close at midnight.", "en", "The bars close at noon.", "en"),
        ("The bars close at noon.", "en", "The bars close at 12 a.m.", "en"),
        ("Бары закрываются в полночь.", "ru", "Die Bars schließen um 22 Uhr.", "de"),
    ],
)
def test_a_changed_time_against_noon_or_midnight_is_flagged(
    src: str, sl: str, tgt: str, tl: str
) -> None:
    found = NumbersCheck()(one_line_pair(src, sl, tgt, tl, sim=None))
    assert found, (src, tgt)
    assert any(f.severity in ("critical", "major") for f in found), found


def test_noon_the_other_side_says_in_a_compound_is_minor() -> None:
    src = "Die Autobahn war am Samstagmittag gesperrt."
    found = NumbersCheck()(
        one_line_pair(src, "de", "The road was closed on Saturday around noon.", "en", sim=None)
    )
    assert found and {f.severity for f in found} == {"minor"}, found
