"""The negation check's version-19 rules (the negation page's round 18, the team's
thirteenth, second pass): a negation and an implicit negative of one clause cancel out
("are not cancelled" = will take place), so such a clause facing a plain negation is a
flip; "overlook" and its German and Russian counterparts are implicit negatives."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks import negation as neg
from provenance.checks.negation import find_flip, flip_severity, polarity


def _countered(text: str, lang: str) -> list[bool]:
    return [c.countered for c in polarity(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The races are not cancelled.", "en"),
        ("И без осадков не обойдется.", "ru"),
        ("Nobody overlooked the problem.", "en"),
    ],
)
def test_a_negation_and_an_implicit_negative_of_one_clause_cancel(text: str, lang: str) -> None:
    assert _countered(text, lang) == [True]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a word of negative polarity strengthens the negation
        ("He did not come at all.", "en"),
        ("Er kam überhaupt nicht.", "de"),
        # "non plus" continues it (he did not come either)
        ("Il n'est pas venu non plus.", "fr"),
        # a plain negation
        ("The races will not take place.", "en"),
    ],
)
def test_no_double_negation_without_an_implicit_negative(text: str, lang: str) -> None:
    assert not any(_countered(text, lang))


def test_a_double_negation_facing_a_plain_negation_is_a_flip() -> None:
    # planted: "are cancelled" became "are not cancelled" (= will take place)
    pair = one_line_pair(
        "Wegen der Coronasituation werden die Rennen nicht stattfinden.", "de",
        "The races are not cancelled due to the Corona situation.", "en",
    )  # fmt: skip
    flip = find_flip(pair)
    assert flip is not None and flip.countered and flip.direction == "lost"
    # never critical: the cues read it through a double negation
    assert flip_severity(flip, 0.1) == "minor"
    pair = one_line_pair("И без осадков не обойдется.", "ru", "And there will not be rain.", "en")
    flip = find_flip(pair)
    assert flip is not None and flip.countered and flip.direction == "added"


def test_a_double_negation_facing_one_is_no_flip() -> None:
    # the other side's negation has its own implicit or affixal negative: the same
    # double negation ("не оставить без ответа" = "not to leave unanswered")
    pair = one_line_pair(
        "Насралла пообещал не оставить без ответа гибель братьев.", "ru",
        "Nasrallah promised not to leave the death of the brothers unanswered.", "en",
    )  # fmt: skip
    assert find_flip(pair) is None
    pair = one_line_pair(
        "The races are not cancelled.", "en", "Die Rennen sind nicht abgesagt.", "de"
    )
    assert find_flip(pair) is None


def test_a_countered_flip_is_major_by_a_clear_clause_match(monkeypatch) -> None:
    pair = one_line_pair(
        "Die Rennen werden nicht stattfinden.", "de", "The races are not cancelled.", "en"
    )
    flip = find_flip(pair)
    assert flip is not None and flip.countered
    monkeypatch.setattr(neg, "flip_gain", lambda p, f: 0.01)
    monkeypatch.setattr(neg, "clear_match", lambda p, f: True)
    found = neg._flip_finding(pair, flip)
    assert found is not None and found.severity == "major"
    assert found.detail["evidence"] == "countered"
    monkeypatch.setattr(neg, "clear_match", lambda p, f: False)
    found = neg._flip_finding(pair, flip)
    assert found is not None and found.severity == "minor"
    # the restated negation must come closer to the other side too
    monkeypatch.setattr(neg, "clear_match", lambda p, f: True)
    monkeypatch.setattr(neg, "flip_gain", lambda p, f: -0.01)
    found = neg._flip_finding(pair, flip)
    assert found is not None and found.severity == "minor"


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("I didn't see the problem.", "en", "Ich habe das Problem übersehen.", "de"),
        ("Ich habe das Problem nicht gesehen.", "de", "I overlooked the problem.", "en"),
        ("Он не заметил проблему.", "ru", "He overlooked the problem.", "en"),
        ("He did not use the chance.", "en", "Он упустил шанс.", "ru"),
    ],
)
def test_overlooking_is_an_implicit_negative(src: str, sl: str, tgt: str, tl: str) -> None:
    # a faithful "overlooked" / "didn't see" is excused by the implicit negative
    flip = find_flip(one_line_pair(src, sl, tgt, tl))
    assert flip is not None and flip.excused_here
    assert flip_severity(flip, 0.1) is None


def test_overlooking_the_sea_is_no_negative() -> None:
    assert not any(c.soft for c in polarity("A hotel overlooking the sea.", "en"))


def test_storniert_is_an_implicit_negative() -> None:
    # "nicht storniert" and "не был отменён" say the same double negation (no flip) ...
    pair = one_line_pair(
        "Er sagte, es sei unwahrscheinlich, da er ja nicht storniert wurde.", "de",
        "Он сказал, что вероятность мала, поскольку он не был отменен.", "ru",
    )  # fmt: skip
    assert find_flip(pair) is None
    # ... and "storniert" facing "not cancelled" excuses nothing: the implicit negatives
    # take each other, the negation is left without a counterpart
    pair = one_line_pair(
        "He said it was unlikely, as it has not been cancelled.", "en",
        "Er sagte, es sei unwahrscheinlich, da dieser storniert worden sei.", "de",
    )  # fmt: skip
    flip = find_flip(pair)
    assert flip is not None and flip.direction == "lost" and not flip.excused
