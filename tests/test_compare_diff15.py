"""`provenance compare`: the rules of `severity:diff@15` (docs/compare.md, Round 16)."""

from __future__ import annotations

import pytest

from provenance.comparison.diff import word_diff
from provenance.comparison.evidence import double_negations


def _doubles(a: str, b: str, lang: str) -> list[tuple[str, str, str]]:
    texts = (a, b)
    return [
        (f.direction, f.cue_text, texts[1 - f.side][f.anchor[0] : f.anchor[1]])
        for f in double_negations(a, b, word_diff(a, b), lang)
    ]


LIMIT = (
    "For men, this parameter should not exceed 102 centimeters, and for women – 88 centimeters.",
    "For men, this parameter should not be no more than 102 centimeters, for women – 88 "
    "centimeters.",
)


# ---------------------------------------------------------------- a cue before an idiom's cue


def test_a_cue_right_before_an_affirmative_idiom_negates_twice():
    """ "should not be no more than" (only auxiliaries between the cue and the idiom):
    the check blanks "no more than", but the "not" before it negates the bound too, so
    the clause says "should be more than" against the other side's single "should not
    exceed"."""
    assert _doubles(*LIMIT, "en") == [("lost", "not", "not be no")]
    assert _doubles(LIMIT[1], LIMIT[0], "en") == [("added", "not", "not be no")]
    de = (
        "Die Dosis darf 20 Milligramm nicht überschreiten.",
        "Die Dosis darf nicht nicht mehr als 20 Milligramm betragen.",
    )
    assert [d[0] for d in _doubles(*de, "de")] == ["lost"]


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # the idiom alone: the bound said both ways, negated once each
        (
            "For men, this parameter should not exceed 102 centimeters.",
            "For men, this parameter should be no more than 102 centimeters.",
            "en",
        ),
        # a content word between: the cue negates another predicate of the clause
        (
            "The ticket isn't expensive: it costs five euros at most.",
            "The ticket is not expensive and costs no more than five euros.",
            "en",
        ),
        # a comma between: the idiom is an aside ("no doubt"), not what the cue negates
        (
            "He surely did not expect this.",
            "He did not, no doubt, expect this.",
            "en",
        ),
        # the idiom's own cue is the only one ("not just")
        ("It is only a game.", "It is not just a game.", "en"),
        # negative concord: Russian "не ... не более" is no double negation
        (
            "Этот показатель не должен превышать 102 сантиметров.",
            "Этот показатель должен быть не более 102 сантиметров.",
            "ru",
        ),
    ],
)
def test_no_double_negation_without_a_cue_right_before_the_idiom(a, b, lang):
    assert _doubles(a, b, lang) == []
    assert _doubles(b, a, lang) == []


def test_the_double_negation_before_an_idiom_is_a_major_flag(encoder):
    import provenance

    cr = provenance.compare(*LIMIT, "en", encoder=encoder, presplit=True)
    serious = [(f.type, f.severity) for f in cr.flags if f.severity != "minor"]
    assert ("negation", "major") in serious
    cr = provenance.compare(
        "For men, this parameter should not exceed 102 centimeters.",
        "For men, this parameter should be no more than 102 centimeters.",
        "en",
        encoder=encoder,
        presplit=True,
    )
    assert [f for f in cr.flags if f.severity != "minor" and f.type == "negation"] == []
