"""The negation check's version-19 data (the negation page's round 18, the team's
thirteenth, second pass): "overlook" and its German and Russian counterparts, and German
"storn…", are implicit negatives. (The same pass read a negation and an implicit negative
of one clause as a flip against a plain negation; the round's review found it raised minor
flags on faithful rows the word lists do not cover, and it was taken out.)"""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.negation import find_flip, flip_severity, polarity


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
