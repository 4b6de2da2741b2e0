"""Names lost where the check used to let something else absorb them: a body name repeated
by a news-wire dateline, and a replacement whose new name is a translation of another
source word (the old name is then missing). Sentences written for these tests; the
encoder is a stand-in that says which texts mean the same."""

from __future__ import annotations

import numpy as np

from provenance.checks.names import NamesCheck
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


def fake_embed(groups: list[set[str]]):
    """Texts of one group are one vector; every other text is a vector of its own."""
    slots: dict[str, int] = {}

    def embed(texts):
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for k, t in enumerate(texts):
            g = next((i for i, group in enumerate(groups) if t in group), None)
            out[k, g if g is not None else slots.setdefault(t, len(groups) + len(slots))] = 1.0
        return out

    return embed


def flags(src: str, sl: str, tgt: str, tl: str, embed=None) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None, embed=embed)
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


# ---------------------------------------------------------------- a translation absorbs no name

SRC = "Die Hochschule Worms verbindet Wissenschaft und Wirtschaft."
DROPPED = "The University of Applied Sciences links science and business."


def test_a_lost_name_is_missing_when_its_partner_translates_another_word() -> None:
    # "Applied Sciences" translates "Wissenschaft": it replaced no name, Worms is lost
    embed = fake_embed([{"Applied Sciences", "Wissenschaft"}])
    found = flags(SRC, "de", DROPPED, "en", embed)
    assert ("major", "Hochschule Worms is missing in the translation") in found
    assert not any("became" in m for _, m in found)


def test_the_pair_is_minor_when_the_lost_name_translates_a_word_too() -> None:
    embed = fake_embed([{"Applied Sciences", "Wissenschaft"}, {"Hochschule Worms", "University"}])
    assert [f for f in flags(SRC, "de", DROPPED, "en", embed) if f[0] in SERIOUS] == []


def test_a_weak_word_paired_with_a_translation_is_not_reported_missing() -> None:
    # "Tests" is a name only weakly: paired with a new name it may be a swap, but once
    # that name is a translation, nothing says a name was lost
    src = "Mit Hunderten von Tests reagierten die Behörden in Oberösterreich."
    tgt = "The authorities in Upper Austria reacted with hundreds of checks."
    embed = fake_embed([{"Upper Austria", "Oberösterreich"}])
    found = flags(src, "de", tgt, "en", embed)
    assert not any(s in SERIOUS and "Tests" in m for s, m in found)


def test_the_faithful_translation_has_no_serious_flag() -> None:
    faithful = "The University of Applied Sciences in Worms links science and business."
    embed = fake_embed([{"Applied Sciences", "Wissenschaft"}])
    assert [f for f in flags(SRC, "de", faithful, "en", embed) if f[0] in SERIOUS] == []
