"""A name lost where the check used to let something else absorb it: a body name repeated
by a news-wire dateline. Sentences written for these tests."""

from __future__ import annotations

from provenance.checks.names import NamesCheck
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


def flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


# ---------------------------------------------------------------- datelines

DATELINE_SRC = "DENVER (AP) - Protesters marched through Denver on Saturday."


def test_a_body_name_dropped_after_a_dateline_is_serious() -> None:
    # the dateline names where the story was filed: it says nothing for the body
    dropped = "DENVER (AP) - Am Samstag zogen Demonstranten durch die Straßen."
    assert ("major", "Denver is missing in the translation") in flags(
        DATELINE_SRC, "en", dropped, "de"
    )


def test_a_dateline_and_its_body_name_translated_are_no_flag() -> None:
    faithful = "DENVER (AP) - Am Samstag zogen Demonstranten durch Denver."
    assert [f for f in flags(DATELINE_SRC, "en", faithful, "de") if f[0] in SERIOUS] == []


def test_without_a_dateline_on_both_sides_a_name_said_twice_matches_as_before() -> None:
    # the translation writes the dateline in lower case: no dateline to set aside
    src = "DENVER (AP) - Protesters marched through Denver on Saturday."
    tgt = "Denver (AP) - Am Samstag zogen Demonstranten durch die Straßen."
    assert not any(s in SERIOUS and "Denver" in m for s, m in flags(src, "en", tgt, "de"))
