"""`provenance compare`: the rules of `severity:diff@13` (docs/compare.md, Round 14)."""

from __future__ import annotations

import pytest

from provenance.comparison.diff import word_diff
from provenance.comparison.evidence import anchored_flips


def _heads(a: str, b: str, lang: str) -> list[tuple[int, str]]:
    texts = (a, b)
    return [
        (f.side, texts[f.side][f.head[0] : f.head[1]])
        for f in anchored_flips(a, b, lang, word_diff(a, b))
    ]


# ---------------------------------------------------------------- a cue that ends its clause


@pytest.mark.parametrize(
    ("a", "b", "head"),
    [
        # "nicht" after the verb and its objects negates the verb before it
        (
            "Correia verwechselte die Warnung anscheinend mit dem Ende der Runde und drehte "
            "sich weg.",
            "Correia schien die Warnung mit dem Ende der Runde verwechselt zu haben nicht und "
            "drehte sich weg.",
            "verwechselt",
        ),
        (
            "Die Fahrerin sah den Radfahrer an der Kreuzung.",
            "Die Fahrerin sah den Radfahrer an der Kreuzung nicht.",
            "sah",
        ),
    ],
)
def test_a_cue_that_ends_its_clause_negates_the_verb_before_it(a, b, head):
    assert _heads(a, b, "de") == [(1, head)]


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # the verb before it reworded: a statement negated in other words, no anchor (the
        # noun last before the cue, "Kreuzung", is no verb)
        (
            "Die Fahrerin übersah den Radfahrer an der Kreuzung.",
            "Die Fahrerin sah den Radfahrer an der Kreuzung nicht.",
            "de",
        ),
        # "oder nicht", "or not": an alternative negated, not the clause
        (
            "Es ist unklar, ob der Trainer am Sonntag kommt.",
            "Es ist unklar, ob der Trainer am Sonntag kommt oder nicht.",
            "de",
        ),
        (
            "It is unclear whether the coach will come on Sunday.",
            "It is unclear whether the coach will come on Sunday or not.",
            "en",
        ),
    ],
)
def test_no_verb_before_a_clause_final_cue_is_no_anchor(a, b, lang):
    assert _heads(a, b, lang) == []


def test_a_clause_final_cue_on_a_shared_verb_is_serious(encoder):
    import provenance

    a = "Correia verwechselte die Warnung anscheinend mit dem Ende der Runde und drehte sich weg."
    b = (
        "Correia schien die Warnung mit dem Ende der Runde verwechselt zu haben nicht und "
        "drehte sich weg."
    )
    cr = provenance.compare(a, b, "de", encoder=encoder, presplit=True)
    assert any(f.type == "negation" and f.severity != "minor" for f in cr.flags)


# ---------------------------------------------------------------- a negative word negated


def test_a_negated_negative_against_a_negative_stated_is_a_flip():
    """ "is not set to be banned" (allowed) / "is forbidden": the check reads "forbidden"
    as the negation said in other words; the two say opposite things."""
    from provenance.comparison.evidence import negated_negatives

    a = "The use of contracted and temporary workers is also forbidden there."
    b = "And the use of work contracts and temporary staff is not also set to be banned."
    flips = negated_negatives(a, b, word_diff(a, b), "en")
    assert [
        (f.side, f.by, b[f.head[0] : f.head[1]], a[f.anchor[0] : f.anchor[1]]) for f in flips
    ] == [(1, "negative", "banned", "forbidden")]


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # a counterfactual condition states its negation's opposite as the fact
        (
            "Er hätte den Preis geteilt, wenn ihm Foster nicht die letzte Chance verweigert hätte.",
            "Er hätte den Preis geteilt, denn Foster hatte die letzte Chance verhindert.",
            "de",
        ),
        # both sides negate the negative
        (
            "The use of temporary workers is not banned there.",
            "The use of temporary staff is not forbidden there.",
            "en",
        ),
        # the other side's negative is the object both mention, or stands elsewhere
        # than the negated one (review, round 13)
        (
            "The government has not lifted the ban on exports.",
            "The ban on exports remains in force, the government said.",
            "en",
        ),
        (
            "Officials did not deny that the ban was still in force.",
            "Officials confirmed that the ban was still in force.",
            "en",
        ),
        # negative concord: Russian is left out
        (
            "Использование временных работников там запрещено.",
            "Использование временного персонала там не запрещено.",
            "ru",
        ),
    ],
)
def test_no_negated_negative_flip(a, b, lang):
    from provenance.comparison.evidence import negated_negatives

    assert negated_negatives(a, b, word_diff(a, b), lang) == []


def test_a_negated_negative_raises_the_checks_flag():
    """The check's minor "adds negation" flag, read as the negation said in other words,
    is major by the flip."""
    from provenance.comparison.severity import reassess
    from provenance.model import Document, Flag, Span

    a = "The use of contracted and temporary workers is also forbidden there."
    b = "And the use of work contracts and temporary staff is not also set to be banned."
    docs = [Document("a", "en", [a]), Document("b", "en", [b])]
    at = b.index("not")
    flag = Flag(
        0,
        "negation",
        "minor",
        (0, 1),
        [Span(1, 0, at, at + 3, "not")],
        "adds negation",
        {"direction": "added"},
    )
    (got,) = reassess([flag], docs, [[[0], [0]]], [word_diff(a, b)])
    assert got.severity == "major"
    assert got.detail["same_language"].startswith("this side negates a negative")
