"""Names check: a word of a name replaced in its place is no name cut short
(`_slot_swapped`, proposed by the nameext engineer, eleventh round)."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.names import NamesCheck


def _serious(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    found = NamesCheck()(one_line_pair(src, sl, tgt, tl))
    return [(f.severity, f.message) for f in found if f.severity in ("critical", "major")]


@pytest.mark.parametrize(
    ("src", "sl", "swapped", "kept", "tl"),
    [
        (
            "People still crowd Pope Beach at Lake Tahoe.",
            "en",
            "Die Leute bevölkern noch den Bubba Beach am Lake Tahoe.",
            "Die Leute bevölkern noch den Pope Beach am Lake Tahoe.",
            "de",
        ),
        (
            "The BBC's Guy Hedgecoe in Madrid says contagion is a worry.",
            "en",
            "BBC-Reporter Act Hedgecoe in Madrid sagt, man sei besorgt.",
            "BBC-Reporter Guy Hedgecoe in Madrid sagt, man sei besorgt.",
            "de",
        ),
    ],
)
def test_a_word_replaced_in_its_place_is_major(
    src: str, sl: str, swapped: str, kept: str, tl: str
) -> None:
    found = _serious(src, sl, swapped, tl)
    assert any("became" in message and "part of the name" not in message for _, message in found)
    assert _serious(src, sl, kept, tl) == []


def test_a_first_name_dropped_stays_minor() -> None:
    # nothing stands in the lost word's place: a name said shorter
    assert (
        _serious(
            "Yesterday Guy Hedgecoe spoke in Madrid.",
            "en",
            "Gestern sprach Hedgecoe in Madrid.",
            "de",
        )
        == []
    )


def test_a_translated_word_in_its_place_is_no_swap() -> None:
    # the target's dictionary lists the word that stands there: a translation
    src = "Governor Cuomo said so on Friday."
    assert _serious(src, "en", "Gouverneur Cuomo sagte das am Freitag.", "de") == []
