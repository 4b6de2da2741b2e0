"""The numbers check on figures restated in another scale: a scale word kept as a loan
("14 lakh" = "14 лакхов") and a figure rounded on the way ("23.94 lakh" = "2,4 млн")."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.numbers import NumbersCheck


def flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in NumbersCheck()(one_line_pair(src, sl, tgt, tl))]


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # the Indian scale kept as a loanword the Russian number data does not read
        (
            "Cases are approaching 14 lakh; more than 4.67 lakh are active.",
            "en",
            "Число случаев приближается к 14 лакхам, из них более 4,67 лакха активны.",
            "ru",
        ),
        ("The scheme costs 500 crore.", "en", "Программа стоит 500 кроров.", "ru"),
        # a figure restated in another scale and rounded to the digits it then writes
        ("Brazil has 23.94 lakh cases.", "en", "В Бразилии 2,4 млн случаев.", "ru"),
        ("Brazil has 2,394,000 cases.", "en", "Brasilien hat 2,4 Millionen Fälle.", "de"),
    ],
)
def test_a_figure_restated_in_another_scale_is_the_same(
    src: str, sl: str, tgt: str, tl: str
) -> None:
    assert flags(src, sl, tgt, tl) == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # the scale dropped, or another scale: the digits alone are not the figure
        ("Nearly 14 lakh people were affected.", "en", "Пострадали почти 14 человек.", "ru"),
        ("Nearly 14 lakh people were affected.", "en", "Пострадали почти 14 тысяч человек.", "ru"),
        # a rounding that misses, a digit changed, a figure of one digit for a longer one
        ("Brazil has 23.94 lakh cases.", "en", "В Бразилии 2,5 млн случаев.", "ru"),
        ("The fund has 9 million dollars.", "en", "У фонда 8 млн долларов.", "ru"),
        ("Brazil has 2.4 million cases.", "en", "Brasilien hat 2.494.000 Fälle.", "de"),
        ("The city has 1,260 inhabitants.", "en", "Die Stadt hat eintausend Einwohner.", "de"),
        # a translation more precise than its source states another figure (review)
        ("Das Projekt kostet 24 Millionen.", "de", "The project costs 23.5 million.", "en"),
        ("Die Zahl stieg auf 1,3 Millionen.", "de", "The number rose to 1,250,000.", "en"),
        ("Brasilien hat 2,4 Millionen Fälle.", "de", "Brazil has 2,394,000 cases.", "en"),
        # a noun built on the language's own scale word is no loan of the source's scale
        ("In der Stadt leben 20 Millionäre.", "de", "The city is home to 20 million people.", "en"),
        ("Die Stadt hat 20 Millionen Einwohner.", "de", "The city has 20 millionaires.", "en"),
    ],
)
def test_a_changed_figure_in_another_scale_is_critical(
    src: str, sl: str, tgt: str, tl: str
) -> None:
    assert [s for s, _ in flags(src, sl, tgt, tl)] == ["critical"]
