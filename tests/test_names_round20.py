"""Names check, version 20 (the thirteenth round, second pass): a surname replaced in one
script by a clear name that begins with another sound is another person (major, where
the transcription model has no say), and a person named in full after a title is missing
(major) where the other side keeps the title alone. Sentences written for these tests;
no encoder."""

from __future__ import annotations

from test_names_lost import flags

SERIOUS = ("critical", "major")


def test_a_surname_replaced_in_one_script_is_major() -> None:
    found = flags(
        "Das sagte Sprecher Frank Kallensee am Sonntag.",
        "de",
        "This was said by spokesman Frank Alois on Sunday.",
        "en",
    )
    assert ("major", "Frank Kallensee became Frank Alois") in found, found


def test_a_surname_respelled_in_one_script_stays_quiet() -> None:
    # the same person, his name spelled the English way: the first sound is kept
    found = flags(
        "Das sagte Präsident Wolodymyr Selenskyj am Sonntag.",
        "de",
        "This was said by President Volodymyr Zelensky on Sunday.",
        "en",
    )
    assert not any(s in SERIOUS for s, _ in found), found


def test_a_full_name_after_a_title_dropped_is_major() -> None:
    found = flags(
        "The details will be unveiled by Senate Majority Leader Mitch McConnell on Monday.",
        "en",
        "Подробности обнародует лидер большинства в понедельник.",
        "ru",
    )
    assert ("major", "Mitch McConnell is missing in the translation") in found, found


def test_a_surname_after_a_title_said_by_the_title_stays_minor() -> None:
    # one word after a title: the translator's "the prime minister" is common
    found = flags("The plan was announced by PM Modi.", "en", "План объявил премьер-министр.", "ru")
    assert not any(s in SERIOUS for s, _ in found), found


FLEETWOOD_SRC = (
    "Im Sommer 1967 gründete Green Fleetwood Mac zusammen mit seinen Kollegen Mick Fleetwood"
    " und John McVie."
)


def test_a_surname_said_twice_in_the_source_and_replaced_once_is_serious() -> None:
    # the target's one "Fleetwood" is the band's; the drummer's surname became another
    found = flags(
        FLEETWOOD_SRC,
        "de",
        "In the summer of 1967 Green founded Fleetwood Mac with his colleagues Mick Shapps"
        " and John McVie.",
        "en",
    )
    assert any(s in SERIOUS and "Shapps" in msg for s, msg in found), found


def test_a_surname_said_twice_on_both_sides_is_no_flag() -> None:
    found = flags(
        FLEETWOOD_SRC,
        "de",
        "In the summer of 1967 Green founded Fleetwood Mac with his colleagues Mick Fleetwood"
        " and John McVie.",
        "en",
    )
    assert not any(s in SERIOUS for s, _ in found), found


def test_a_person_named_nearby_may_be_said_by_a_title() -> None:
    # introduced in full in the row before, the person is "the chancellor" here: the
    # title excuse holds for a full name the translation names nearby (second review)
    from test_names_round19 import _document

    from provenance.checks.names import NamesCheck

    rows = [
        ("Bundeskanzler Olaf Scholz reiste am Montag nach Kiew.",
         "German Chancellor Olaf Scholz travelled to Kyiv on Monday."),
        ("Dort sagte Bundeskanzler Olaf Scholz, Deutschland werde helfen.",
         "There the chancellor said Germany would help."),
    ]  # fmt: skip
    check = NamesCheck()
    views = _document(rows, "de", "en")
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[1])]
    assert ("minor", "Olaf Scholz is missing in the translation") in found, found
