"""Names check, version 18 (the twelfth round, second pass): a name of the source's own
language dropped from a German translation is no longer excused as a possible exonym when
the place data knows it (it knows the German name too), and a name the dictionary lists
only as a name ("Hampshire") is clear though far more frequent in English than in its
neighbours. Sentences written for these tests; no encoder (the doubts it settles are left
as they are)."""

from __future__ import annotations

from test_names_lost import flags

SERIOUS = ("critical", "major")


def test_a_local_place_dropped_from_a_german_translation_is_major() -> None:
    # "Werribee" is frequent in English only (`own_name`); German held no word it may be
    found = flags(
        "Police found a car in a paddock near Werribee on Friday.",
        "en",
        "Die Polizei fand am Freitag ein Auto auf einer Koppel.",
        "de",
    )
    assert ("major", "Werribee is missing in the translation") in found, found


def test_a_local_place_kept_in_a_german_translation_is_no_flag() -> None:
    found = flags(
        "Police found a car in a paddock near Werribee on Friday.",
        "en",
        "Die Polizei fand am Freitag ein Auto auf einer Koppel bei Werribee.",
        "de",
    )
    assert not any(s in SERIOUS for s, _ in found), found


def test_an_own_name_the_data_does_not_know_stays_minor_in_german() -> None:
    # no place of the data: its German exonym may be a compound the matching cannot meet
    found = flags(
        "Police found a car in a paddock near Knowsley on Friday.",
        "en",
        "Die Polizei fand am Freitag ein Auto auf einer Koppel.",
        "de",
    )
    assert not any(s in SERIOUS and m.startswith("Knowsley") for s, m in found), found


def test_a_county_listed_as_a_name_is_clear_when_dropped() -> None:
    # "Hampshire" is four times as frequent in English as in German or French, the test
    # that keeps "Office" and "Navy" from clear names; the dictionary lists it as a name
    found = flags(
        "John Blackmore, from Hampshire, was due to fly out to his family in Spain.",
        "en",
        "John Blackmore wollte zu seiner Familie in Spanien fliegen.",
        "de",
    )
    assert ("major", "Hampshire is missing in the translation") in found, found


def test_a_capitalised_common_word_dropped_stays_minor() -> None:
    # "Navy" is listed in lower case: a common word capitalised, translated or dropped
    found = flags(
        "The sailors of the Navy were paid on Friday.",
        "en",
        "Die Matrosen wurden am Freitag bezahlt.",
        "de",
    )
    assert not any(s in SERIOUS for s, _ in found), found
