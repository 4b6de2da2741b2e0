"""Round 16 of the antonym check: source words the lexicon lacked (so a turned translation
had nothing to be weighed against), strength read as size by the probe, and size
counted."""

from __future__ import annotations

import pytest

from provenance.checks.antonyms import _row_probes, mentions, reversals


def _senses(text: str, code: str) -> set[tuple[str, str, int]]:
    return {(text[m.start : m.end], m.concept, m.pole) for m in mentions(text, code)}


def _reversed(src: str, sl: str, tgt: str, tl: str) -> list[str]:
    return [r.concept for r in reversals(mentions(src, sl), mentions(tgt, tl))]


@pytest.mark.parametrize(
    ("src", "faithful", "turned", "concept"),
    [
        # "schlimmer" is "worse", not the comparative "more" of a word the lexicon lacks
        (
            "Der VAR ist für Sassuolo schlimmer als eine Radarfalle.",
            "The VAR is worse for Sassuolo than a radar trap.",
            "The VAR is better for Sassuolo than a radar trap.",
            "good",
        ),
        # a road "gesperrt" is closed
        (
            "Die Bundesstraße war wegen des Unfalls für zwei Stunden gesperrt.",
            "The federal highway was closed for two hours because of the incident.",
            "The federal highway was opened for two hours because of the incident.",
            "open",
        ),
        # "setzte sich ... durch" = prevailed, won
        (
            "In der Gesamtwertung setzte sich sein Teamgefährte Gregor Mühlberger durch.",
            "His teammate Gregor Mühlberger won the overall standings.",
            "His teammate Gregor Mühlberger lost the overall standings.",
            "win",
        ),
        # "die oberste Sportbehörde" = the highest sports authority
        (
            "Die oberste Sportbehörde CSD erwägt den Abstieg des Clubs.",
            "CSD, the highest sports authority, is considering the club's demotion.",
            "CSD, the lowest sports authority, is considering the club's demotion.",
            "height",
        ),
    ],
)
def test_a_source_word_the_lexicon_lacked_anchors_the_reversal(src, faithful, turned, concept):
    assert _reversed(src, "de", turned, "en") == [concept]
    assert not _reversed(src, "de", faithful, "en")


def test_prevailed_is_a_win():
    assert ("prevailed", "win", 1) in _senses("Chelsea prevailed over Leicester.", "en")


def test_sich_durchsetzen_wins_only_reflexively():
    # "die Reform durchsetzen" is to enforce it: no win
    assert ("win", 1) not in {(c, p) for _, c, p in _senses("Er setzte die Reform durch.", "de")}
    assert ("win", 1) in {
        (c, p) for _, c, p in _senses("Er hat sich gegen Bayern durchgesetzt.", "de")
    }


def test_strength_cues_the_probe_of_a_size():
    # "сильнейший спад" = "the biggest drop"
    src = "ВВП США упадет на 25%, что станет сильнейшим спадом в истории страны."
    turned = _row_probes(src, "ru", "US GDP will fall 25%, the smallest drop in history.", "en")
    assert [p.mention.concept for p in turned] == ["size"]
    assert not _row_probes(src, "ru", "US GDP will fall 25%, the biggest drop in history.", "en")


def test_a_size_turned_beside_one_kept_is_a_reversal():
    src = (
        "В параде участвовали большой противолодочный корабль «Кулаков» и большие "
        "десантные корабли «Минск» и «Королев»."
    )
    tgt = (
        "The parade included the {} submarine chaser Kulakov and the large landing ships "
        "Minsk and Korolev."
    )
    assert _reversed(src, "ru", tgt.format("small"), "en") == ["size"]
    assert not _reversed(src, "ru", tgt.format("large"), "en")


def test_a_negated_sich_durchsetzen_is_no_win():
    # "setzte sich nicht durch" = lost: the negation must not sit inside the win's gap,
    # where the probe would read "lost" as the win turned (review, round 13)
    for text in (
        "Die Idee hat sich nicht durchgesetzt.",
        "Der Kandidat setzte sich nicht durch.",
        "Der Kandidat konnte sich nicht durchsetzen.",
    ):
        assert ("win", 1) not in {(c, p) for _, c, p in _senses(text, "de")}, text
