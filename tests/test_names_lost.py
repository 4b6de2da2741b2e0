"""Names lost where the check used to let something else absorb them: a replacement whose
new name is a translation of another source word (the old name is then missing), and a
rare word joined by "and" to a name (coordination joins like with like). Sentences
written for these tests; the encoder is a stand-in that says which texts mean the same."""

from __future__ import annotations

import numpy as np

from provenance.checks.names import NamesCheck
from provenance.extract.names import extract_names
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
