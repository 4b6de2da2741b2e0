"""Names check, version 15 (the eleventh round, reviewer's mending): the look-back that
finds a name to be the object of a preposition stops at punctuation, so a subject after
an introductory phrase ("After the meeting on Tuesday, Biden said") is no object of the
phrase's preposition. Sentences written for these tests; no encoder."""

from __future__ import annotations

from test_names_lost import flags

from provenance.checks.names import _after_preposition
from provenance.extract.names import extract_names
from provenance.model import Segment


def _mention(text: str, lang: str, name: str):
    return next(m for m in extract_names(text, lang) if m.text == name)


def test_a_subject_after_a_comma_is_no_prepositional_object() -> None:
    for text in (
        "After the meeting on Tuesday, Biden said he was satisfied.",
        "After a phone call with Putin, Biden said he was satisfied.",
    ):
        seg = Segment(0, "en", [0], [text])
        assert not _after_preposition(_mention(text, "en", "Biden"), seg), text


def test_an_abbreviated_title_does_not_end_the_phrase() -> None:
    text = "The plan was unveiled by Sen. Mitch McConnell on Monday."
    seg = Segment(0, "en", [0], [text])
    assert _after_preposition(_mention(text, "en", "Mitch McConnell"), seg)


def test_a_subject_after_an_introductory_phrase_said_by_a_pronoun_stays_minor() -> None:
    found = flags(
        "After the meeting on Tuesday, Biden said he was satisfied.",
        "en",
        "Nach dem Treffen am Dienstag sagte er, er sei zufrieden.",
        "de",
    )
    assert ("minor", "Biden is missing in the translation") in found, found


def test_a_subject_after_a_phrase_naming_another_person_stays_minor() -> None:
    found = flags(
        "After a phone call with Putin, Biden said he was satisfied.",
        "en",
        "Nach einem Telefonat mit Putin sagte er, er sei zufrieden.",
        "de",
    )
    assert ("minor", "Biden is missing in the translation") in found, found
