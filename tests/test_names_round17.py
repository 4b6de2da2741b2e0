"""Names check, version 17 (the twelfth round): a name clearly a name is no longer paired
with a capitalised common word of the translation that does not sound like it ("X became
Navy", minor); it is judged as a name missing, the word as a word added. The mirror: a
capitalised common word of the source pairs with no clear name a translation (not German)
adds. Sentences written for these tests; no encoder (the doubts it settles are left as
they are)."""

from __future__ import annotations

from test_names_lost import flags

SERIOUS = ("critical", "major")


def test_a_place_dropped_beside_a_capitalised_common_word_is_missing() -> None:
    # "Highway" translates "Bundesstraße"; it replaced no place: Eschwege was dropped
    found = flags(
        "Bei einem Unfall auf der Bundesstraße 12 bei Eschwege wurde eine Frau schwer verletzt.",
        "de",
        "A woman was seriously injured in an accident on Federal Highway 12.",
        "en",
    )
    assert ("major", "Eschwege is missing in the translation") in found, found
    assert ("minor", "Highway was added in the translation") in found, found
    assert not any(m.endswith("became Highway") for _, m in found), found


def test_a_person_dropped_beside_an_institution_is_missing() -> None:
    found = flags(
        "Президент вместе с Шойгу направился к строю кораблей ВМФ.",
        "ru",
        "The president headed with the minister to the line of Navy ships.",
        "en",
    )
    assert ("major", "Шойгу is missing in the translation") in found, found


def test_a_name_replaced_by_a_clear_name_stays_a_replacement() -> None:
    found = flags(
        "Президент вместе с Шойгу направился к строю кораблей.",
        "ru",
        "The president headed with Lavrov to the line of ships.",
        "en",
    )
    assert ("critical", "Шойгу became Lavrov") in found, found


def test_a_name_said_by_a_pronoun_stays_minor_when_unpaired() -> None:
    # the pronoun rule still speaks for a subject the translation says as "he"
    found = flags(
        "Kretschmann sagte am Montag im Landtag, die Lage sei ernst.",
        "de",
        "He told the State Parliament on Monday that the situation was serious.",
        "en",
    )
    assert not any(s in SERIOUS and m.startswith("Kretschmann") for s, m in found), found


def test_a_name_added_beside_a_translated_common_word_is_added() -> None:
    # the mirror: "Council" (a common word, capitalised) was translated; the name the
    # translation adds replaced nothing of it
    found = flags(
        "On Monday the Council published a letter to the readers.",
        "en",
        "Lundi, Fitzgerald a publié une lettre aux lecteurs.",
        "fr",
    )
    assert ("major", "Fitzgerald was added in the translation") in found, found
    assert not any(m.endswith("became Fitzgerald") for _, m in found), found


def test_the_mirror_leaves_a_german_source_noun_paired() -> None:
    # every German noun is a capitalised common word: from a German source the mirror
    # would make OCR debris of the translation a name added (Text+Berg "HJne", "Neu")
    found = flags(
        "Die Zeitung veröffentlichte am Montag einen Brief an die Leser.",
        "de",
        "On Monday the newspaper published a letter by Fitzgerald to the readers.",
        "en",
    )
    assert ("minor", "Brief became Fitzgerald") in found, found


def test_a_name_added_after_a_title_for_a_description_stays_minor() -> None:
    # "meinte die Frau" / "заявила мисс Мухерджи": the translator names the woman the
    # source describes ("мисс" is a title: the source has more bare titles)
    found = flags(
        "„Das ist nicht mehr unser Land“, meinte die Frau aus Indien.",
        "de",
        "«Это больше не наша страна», — заявила мисс Мухерджи из Индии.",
        "ru",
    )
    assert not any(s in SERIOUS for s, _ in found), found
