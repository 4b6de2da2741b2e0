"""Names check, version 11: names a German text borrows whole, the second of two places a
preposition governs, and a person owned by a name kept. Sentences written for these
tests."""

from __future__ import annotations

from conftest import one_line_pair

from provenance.checks.names import NamesCheck
from provenance.extract.names import extract_names, lend

SERIOUS = ("critical", "major")


def strong(text: str, lang: str) -> dict[str, list[bool]]:
    """Each name's words' strength, as the check reads a source (`lend`)."""
    return {m.text: [p.strong for p in lend(m).parts] for m in extract_names(text, lang)}


def serious(src: str, sl: str, tgt: str, tl: str, embed=None) -> list[tuple[str, str]]:
    view = one_line_pair(src, sl, tgt, tl, embed=embed)
    return [(f.severity, f.message) for f in NamesCheck()(view) if f.severity in SERIOUS]


# ------------------------------------------------ a name of several words borrowed whole


def test_a_borrowed_name_of_two_words_is_strong_in_german() -> None:
    # "Donald" is as frequent in English as in German, so frequency alone says nothing;
    # the English dictionary writes it only with a capital: a name
    assert strong("Sie sprach über ihre Begegnung mit Donald Trump.", "de")["Donald Trump"] == [
        True,
        True,
    ]
    assert strong("Die Bestmarke hält Manchester City mit 100 Punkten.", "de")[
        "Manchester City"
    ] == [True, True]


def test_a_borrowed_name_dropped_from_the_translation_is_major() -> None:
    found = serious(
        "Die Bestmarke hält Manchester City mit 100 Punkten in der Saison.",
        "de",
        "The record is held with 100 points in the season.",
        "en",
    )
    assert ("major", "Manchester City is missing in the translation") in found, found


def test_a_borrowed_name_in_a_german_translation_is_no_evidence() -> None:
    # a translator writes out a name the source gives shorter or elsewhere: on the
    # translation's side the borrowed evidence is left out
    view = one_line_pair(
        "The record is held with 100 points in the season.",
        "en",
        "Die Bestmarke hält Manchester City mit 100 Punkten in der Saison.",
        "de",
    )
    added = [f for f in NamesCheck()(view) if "was added" in f.message]
    assert not any(f.severity in SERIOUS for f in added), added


def test_a_single_borrowed_word_or_german_words_stay_weak() -> None:
    # a surname alone is said as "he" as often as not; "allen" is a German pronoun,
    # "Romans" a German noun's genitive; an article announces a common noun
    assert strong("räumte Cruz ein.", "de")["Cruz"] == [False]
    assert strong("Stuttgart - Allen angedrohten Strafen zum Trotz", "de")["Allen"] == [False]
    assert strong("in der Verfilmung ihres Romans vor", "de")["Romans"] == [False]
    assert strong("Er sprach mit der Donald Trump", "de")["Donald Trump"] == [False, False]


# ------------------------------------------- the second of two places a preposition governs


def test_the_second_of_two_bare_places_is_strong() -> None:
    found = strong(
        "Bei den Behörden zwischen Konstanz und Mannheim wurden Verfahren geführt.", "de"
    )
    assert found["Konstanz"] == [True] and found["Mannheim"] == [True]
    # common nouns joined so stay common nouns
    assert strong("Der Streit zwischen Bund und Ländern", "de")["Ländern"] == [False]


def test_the_second_bare_place_dropped_is_major() -> None:
    found = serious(
        "Bei den Behörden zwischen Konstanz und Mannheim wurden 155 Verfahren geführt.",
        "de",
        "155 proceedings were held at the authorities in Konstanz.",
        "en",
    )
    assert ("major", "Mannheim is missing in the translation") in found, found


# ------------------------------------------------------ a person owned by a name kept


SRC = "Robert Whittaker edged out England's Darren Till in the main event."


def test_a_person_owned_by_a_name_kept_is_missing() -> None:
    found = serious(
        SRC, "en", "Robert Whittaker schlug im Hauptkampf einen Kämpfer aus England.", "de"
    )
    assert ("major", "Darren Till is missing in the translation") in found, found


def test_an_owner_dropped_stays_a_name_cut_short() -> None:
    # the context gives the owner: a translator drops it
    assert serious(SRC, "en", "Robert Whittaker schlug im Hauptkampf Darren Till.", "de") == []
