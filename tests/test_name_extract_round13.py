"""Name extraction, thirteenth round: German regions abroad and towns named bare, and no
name announced by a place before a noun."""

from __future__ import annotations

import pytest

from provenance.extract import extract_names


def _strong(text: str, lang: str) -> set[str]:
    return {p.text for m in extract_names(text, lang) for p in m.parts if p.strong}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a region after a preposition, frequent in German only (an exonym)
        ("Er lebte lange in Tasmanien.", "Tasmanien"),
        ("In der Stadt Oakland in Kalifornien brannte ein Gericht.", "Kalifornien"),
        # a town the data does not hold, ending in a noun that ends many towns
        ("Ein Mann ist am Donnerstag in Rohrdorf in einen Imbiss eingebrochen.", "Rohrdorf"),
    ],
)
def test_german_places_named_bare_are_strong(text: str, name: str) -> None:
    assert name in _strong(text, "de")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Das Paar saß in Hundepark und aß.", "Hundepark"),  # "Park" ends few towns
        ("Die Teller sind aus Edelstahl gefertigt.", "Edelstahl"),  # a listed mass noun
        ("Masken sind in Kalifornien Pflicht.", "Pflicht"),  # a noun after a place
    ],
)
def test_german_common_words_stay_weak(text: str, word: str) -> None:
    assert word not in _strong(text, "de")


def test_a_given_name_the_tables_hold_still_announces_a_surname() -> None:
    assert {"George", "Floyd"} <= _strong("Der Tod von George Floyd bewegte viele.", "de")
