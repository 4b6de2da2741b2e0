"""The negation check's version-18 rules (the negation page's round 17, the team's
thirteenth): "the only" is a scale of its own ("not the only" facing "the only",
"единственный", "der einzige"); Russian "всего" before a number is "only"; German "statt"
that ends its clause (the particle of "stattfinden") and "überhaupt" after a superlative
("die erste Kür überhaupt" = the very first) are no soft negatives."""

from __future__ import annotations

from conftest import one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import NegationCheck, polarity, scalar_flip

# ---------------------------------------------------------------- "the only"


def test_not_the_only_facing_the_only_is_a_scalar_flip():
    pair = one_line_pair(
        "Но это не единственная проблема здесь.",
        "ru",
        "But that is the only problem here.",
        "en",
        embed=stem_embed,
    )
    flip = scalar_flip(pair)
    assert flip is not None and flip.direction == "lost" and flip.scale == "sole"
    assert [f.detail.get("evidence") for f in NegationCheck()(pair)] == ["scalar"]


def test_the_only_said_alike_on_both_sides_is_no_flip():
    for ru, en in (
        ("Он является единственным игроком.", "He is the only player."),
        ("Он не единственный игрок.", "He isn't the only player."),
    ):
        assert scalar_flip(one_line_pair(ru, "ru", en, "en", embed=stem_embed)) is None
    pair = one_line_pair(
        "He is not the only player.", "en", "Er ist nicht der einzige Spieler.", "de"
    )
    assert scalar_flip(pair) is None


def test_a_contracted_negation_denies_the_scale():
    assert neg._scales("It isn't the only one.", "en") == {"sole": ([(5, 17)], [])}


def test_vsego_before_a_number_is_only():
    assert "only" in neg._scales("В России всего 130 тыс. доноров.", "ru")
    assert neg._scales("Больше всего он любит футбол.", "ru") == {}
    pair = one_line_pair(
        "В России всего 130 тыс. доноров.",
        "ru",
        "There were not only 130,000 donors in Russia.",
        "en",
        embed=stem_embed,
    )
    flip = scalar_flip(pair)
    assert flip is not None and flip.direction == "added" and flip.scale == "only"


# ---------------------------------------------------------------- German "statt", "überhaupt"


def _softs(text: str, code: str) -> list[str]:
    return [text[a:b] for c in polarity(text, code) for a, b, _ in c.soft_spans]


def test_the_particle_of_stattfinden_is_no_soft_negative():
    assert _softs("Im Juli fanden keine Pressetermine statt.", "de") == []
    assert _softs("Die Feier findet statt, sagte er.", "de") == []
    assert _softs("Statt eines Termins gab es zwei.", "de") == ["Statt"]


def test_ueberhaupt_after_a_superlative_is_ever():
    assert _softs("Für Quantaz war es die erste Kür überhaupt.", "de") == []
    assert _softs("Das ist sein größter Erfolg überhaupt.", "de") == []
    assert _softs("Hat er überhaupt Zeit?", "de") == ["überhaupt"]
    pair = one_line_pair(
        "Für Quantaz war es die erste Kür überhaupt.",
        "de",
        "It was not the very first Kür for Quantaz.",
        "en",
        embed=stem_embed,
    )
    flip = neg.find_flip(pair)
    assert flip is not None and flip.direction == "added" and not flip.excused and flip.plain
