"""The fitted transcription model (`provenance.lang.transcription`) on people's names: a
Cyrillic word is read up to a prefix only when the letters past it are an ending a Russian
name takes (pymorphy3's paradigms), and the thresholds are the stricter of those measured
on held-out cities and on pairs of English and Russian given names (`person_pairs`)."""

from __future__ import annotations

import pytest

from provenance.lang.transcription import (
    _table,
    name_endings,
    similarity,
    sure,
    thresholds,
)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        # a short name against the first half of another: the rest is no ending
        ("Greg", "Джеймс"),
        ("Riverdale", "Риверсайд"),
        ("Izhevsk", "Ижкар"),
    ],
)
def test_a_name_does_not_meet_the_first_half_of_another(latin: str, cyrillic: str) -> None:
    """Before the endings these scored SAME or more (Greg / Джеймс 0.78: "Дже" + "ймс")."""
    assert similarity(latin, cyrillic) < thresholds()[0]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        # one name transcribed, inflected or derived: the tail is a name's ending
        ("Knowsley", "Ноусли"),
        ("Welbeck", "Уэлбека"),
        ("Watford", "уотфордцы"),
        ("Mnuchin", "Мнучином"),
        ("Texas", "Техаса"),
        ("Jamie", "Джейми"),
        ("Kardashian", "Кардашьян"),
        ("Galetcka", "Галецкую"),
    ],
)
def test_a_name_transcribed_and_inflected_is_still_one(latin: str, cyrillic: str) -> None:
    assert similarity(latin, cyrillic) >= thresholds()[0]


def test_endings_come_from_the_dictionary() -> None:
    """The endings are the Russian names' paradigm suffixes, not any letters."""
    ends = name_endings()
    assert {"", "а", "у", "ом", "ой", "е", "цы"} <= ends
    assert not {"ймс", "сайд", "рет"} & ends
    assert frozenset(_table()["ENDINGS"]) == ends


def test_thresholds_were_measured_on_given_names_too() -> None:
    """The table says how the thresholds measured on both kinds of pairs, and the given
    names' rate of another name accepted at SAME is held at the cities' 0.5 %."""
    measured = " ".join(_table()["measured"])
    assert "cities:" in measured and "given names:" in measured
    same, grey, other = thresholds()
    assert other < grey < same < sure()


def test_given_names_are_told_apart_as_cities_are() -> None:
    """Measured on the data the thresholds were chosen on (English given names against
    Russian ones, inflected): most true pairs reach SAME, and another given name reaches
    it about as seldom as another city does (the city thresholds let 1.1 % through).
    Pooled over three draws of the case forms and the other pairs: one draw's count of
    other pairs through SAME spreads 7–16 of ~2,400, wider than the bound's margin."""
    from provenance.lang.transcription import person_pairs

    same = thresholds()[0]
    true: list[tuple[str, str]] = []
    other: list[tuple[str, str]] = []
    for seed in range(3):
        t, o = person_pairs(seed)
        true += t
        other += o
    assert len(true) > 1500 and len(other) > 3000
    assert sum(similarity(x, y) >= same for x, y in true) / len(true) >= 0.92
    assert sum(similarity(x, y) >= same for x, y in other) / len(other) <= 0.006


def _flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    from provenance.checks.names import NamesCheck
    from provenance.model import PairView, Segment

    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


def test_one_first_name_heard_with_another_surname_is_major() -> None:
    """The first name transcribed, the surname one the keys half-match (57) and the model
    puts below its grey zone: another person of that first name, to be looked at (was
    minor). The same name with its surname transcribed is no drift."""
    src = "SAS took Dominic Cummings hostage during a tour of the base."
    swapped = _flags(
        src, "en", "САС взяла Доминика Сциндия в заложники во время экскурсии по базе.", "ru"
    )
    assert ("major", "Dominic Cummings became Доминика Сциндия") in swapped
    kept = _flags(
        src, "en", "САС взяла Доминика Каммингса в заложники во время экскурсии по базе.", "ru"
    )
    assert not kept
