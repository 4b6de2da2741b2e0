"""Names lost where the check used to let something else absorb them: a rare word joined
by "and" to a name (coordination joins like with like), and a body name repeated by a
dateline. Sentences written for these tests."""

from __future__ import annotations

from provenance.checks.names import NamesCheck
from provenance.extract.names import extract_names
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


def flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


# ---------------------------------------------------------------- coordination


def strong_words(text: str) -> set[str]:
    return {p.text for m in extract_names(text, "de") for p in m.parts if p.strong}


def test_a_rare_word_joined_to_a_name_is_a_name() -> None:
    assert "Flick" in strong_words("Der Rekordtorschütze Klose und Flick wissen das.")


def test_a_common_noun_joined_to_a_name_stays_a_noun() -> None:
    # frequent in the news (Regierung), or no name-like word at all (a compound)
    assert "Regierung" not in strong_words("Es sprachen Merkel und Regierung darüber.")
    assert "Tochterfirmen" not in strong_words("Die Firma Siemens und Tochterfirmen zahlen.")
    # not joined by "and"
    assert "Flick" not in strong_words("Der Rekordtorschütze Klose, Flick und andere.")


def test_a_coordinated_name_dropped_is_serious() -> None:
    src = "Der Rekordtorschütze Klose und Flick wissen das genau."
    assert ("major", "Flick is missing in the translation") in flags(
        src, "de", "The record scorer Klose knows that well.", "en"
    )
    faithful = "The record scorer Klose and Flick know that well."
    assert [f for f in flags(src, "de", faithful, "en") if f[0] in SERIOUS] == []


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
