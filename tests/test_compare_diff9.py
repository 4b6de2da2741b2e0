"""`provenance compare`: the rules of `severity:diff@9` (docs/compare.md, Round 10)."""

from __future__ import annotations

import pytest

from provenance.comparison.diff import word_diff
from provenance.model import Document


def _reassess(a: str, b: str, lang: str):
    from provenance.comparison.severity import reassess

    docs = [Document("a", lang, [a]), Document("b", lang, [b])]
    return reassess([], docs, [[[0], [0]]], [word_diff(a, b)])


@pytest.mark.parametrize(
    ("a", "b", "lang", "flips"),
    [
        # one verb of saying for another, with a cue: the report denied
        (
            "Он добавил, что дети хотят играть.",
            "Он не объяснил, что дети хотят играть.",
            "ru",
            [("added", "не", "объяснил", "добавил")],
        ),
        (
            "He added that the plan will help.",
            "He did not explain that the plan will help.",
            "en",
            [("added", "not", "explain", "added")],
        ),
        # other verbs: "stay" / "not leave" may be one statement in other words
        ("Они остались в машине.", "Они не покинули машину.", "ru", []),
        # both negated: no flip
        ("He did not say it.", "He never stated it.", "en", []),
    ],
)
def test_speech_flips(a, b, lang, flips):
    from provenance.comparison.evidence import row_evidence

    ev = row_evidence(a, b, word_diff(a, b), lang)
    texts = (a, b)
    got = [
        (
            f.direction,
            f.cue_text,
            texts[f.side][f.head[0] : f.head[1]],
            texts[1 - f.side][f.anchor[0] : f.anchor[1]],
        )
        for f in ev.flips
        if f.by == "speech"
    ]
    assert got == flips


def test_speech_flip_is_a_major_negation_flag():
    got = _reassess("Он сказал: план поможет.", "Он не заявил: план поможет.", "ru")
    assert [(f.type, f.severity, f.detail["direction"]) for f in got] == [
        ("negation", "major", "added")
    ]


def test_clitics_written_out_and_mapped_back():
    from provenance.comparison.clitics import back, expanded

    text = "It's fine, Trump's car; we'll go"
    out, regions = expanded(text, "en")
    assert out == "It is fine, Trump's car; we will go"
    # "is" inside the written-out "It's" maps to the whole word; words after it shift
    at = out.index("is")
    assert text[back(at, regions) : back(at + 2, regions, True)] == "It's"
    at = out.index("fine")
    assert text[back(at, regions) : back(at + 4, regions, True)] == "fine"
    at = out.index("go")
    assert text[back(at, regions) : back(at + 2, regions, True)] == "go"
    assert expanded("Es ist gut.", "de") == ("Es ist gut.", [])


def test_host_flip_through_a_clitic():
    from provenance.comparison.evidence import host_flips

    a = "It's definitely possible that I will play in the cup."
    b = "It is not completely possible that I will play in the cup."
    got = host_flips(a, b, word_diff(a, b), "en")
    assert [(f.direction, f.cue_text, a[f.anchor[0] : f.anchor[1]]) for f in got] == [
        ("added", "not", "It's")
    ]
    assert b[got[0].cue[0] : got[0].cue[1]] == "not"


def test_affixal_word_in_the_anchor_clause_negates_nothing():
    from provenance.comparison.evidence import anchored_flips

    a = "It's not planned to open movie theaters until the third stage, the agency said."
    b = "But the opening of indoor movie theaters is planned until the third stage, it said."
    got = anchored_flips(a, b, "en", word_diff(a, b))
    assert [(f.direction, a[f.head[0] : f.head[1]]) for f in got] == [("lost", "planned")]


def test_second_given_name_for_one_surname():
    from provenance.comparison.evidence import given_name_swaps

    a = "Their only aim is to beat Donald Trump, and they decided to close every school."
    b = "Their aim is to defeat Donald Trump, and the best way to beat Deferred Trump is this."
    got = given_name_swaps(a, b, "en")
    assert [(s.a_text, s.b_text, s.strong, s.small) for s in got] == [
        ("Donald", "Deferred", False, True)
    ]
    flags = _reassess(a, b, "en")
    assert [(f.type, f.severity) for f in flags] == [("entity", "major")]
    # a given name dropped, not replaced: the other side says the surname bare
    a = "Hillary Clinton met voters, and later Clinton spoke in Ohio."
    b = "Hillary Clinton met voters, and later Bill Clinton spoke in Ohio."
    assert given_name_swaps(a, b, "en") == []
    # a family both versions name so
    a = "Venus and Serena Williams won; Serena Williams spoke."
    b = "Serena Williams and Venus Williams won; Serena Williams spoke."
    assert given_name_swaps(a, b, "en") == []


def test_one_time_written_two_ways_is_no_value_changed():
    from provenance.comparison.evidence import value_changes

    a = "At 5:47 PM, it was reported that the fire was out."
    b = "At 17:47, news came that the fire had been put out."
    assert value_changes(a, b, word_diff(a, b), "en") == []
    b = "At 18:47, news came that the fire had been put out."
    assert len(value_changes(a, b, word_diff(a, b), "en")) == 1
