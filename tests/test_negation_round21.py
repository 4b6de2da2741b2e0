"""The negation check's version 21 (the negation page's round 20, the team's fourteenth,
second pass): a cue left facing a plainly positive clause when the other side's negation
is said by an affixal negative of this side (`Flip.rendered`)."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.negation import NegationCheck, find_flip, flip_severity

_BLOCKED_SRC = (
    'The post has been blocked on the platform with a note that it "violates regulations" '
    "and is not available now."
)
_BLOCKED_TGT = (
    "Платформа не заблокировала пост с пометкой о том, что «он нарушает правила» и "
    "теперь недоступен."
)


def test_a_cue_beside_an_affixal_rendering_of_the_other_sides_negation_is_a_flip() -> None:
    flip = find_flip(one_line_pair(_BLOCKED_SRC, "en", _BLOCKED_TGT, "ru"))
    assert flip is not None and flip.rendered and flip.direction == "added"
    assert not flip.presence and not flip.soft and flip.i == 0
    # the other direction reads it as well
    back = find_flip(one_line_pair(_BLOCKED_TGT, "ru", _BLOCKED_SRC, "en"))
    assert back is not None and back.rendered and back.direction == "lost"
    # without the planted cue the counts differ the other way: no rendered flip
    faithful = _BLOCKED_TGT.replace("не заблокировала", "заблокировала")
    assert not getattr(
        find_flip(one_line_pair(_BLOCKED_SRC, "en", faithful, "ru")), "rendered", False
    )


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # both sides say the one soft negative alike: nothing is spare
        (
            "The road was impassable, and he did not come.",
            "Дорога была непроходима, и он не пришёл.",
        ),
        # a listed soft negative on the other side ("failed") balances the affixal one
        (
            "The road is not passable, and he failed to arrive.",
            "Дорога непроходима, и он не смог приехать.",
        ),
        # the affixal negative faces no negated clause: it renders nothing
        (
            "He did not come, and the road was impassable.",
            "Он не пришёл, и дорога была непроходима.",
        ),
    ],
)
def test_no_rendered_flip_without_a_spare_affixal_facing_a_negation(src: str, tgt: str) -> None:
    flip = find_flip(one_line_pair(src, "en", tgt, "ru"))
    assert flip is None or not flip.rendered


def test_a_rendered_flip_is_minor_by_a_low_gain_like_a_count_that_differs() -> None:
    flip = find_flip(one_line_pair(_BLOCKED_SRC, "en", _BLOCKED_TGT, "ru"))
    assert flip is not None
    assert flip_severity(flip, 0.0) == "minor" and flip_severity(flip, 0.05) == "major"


def _real(src: str, sl: str, tgt: str, tl: str, encoder) -> list[str]:
    pair = one_line_pair(src, sl, tgt, tl, embed=encoder.encode)
    return [f.severity for f in NegationCheck()(pair)]


def test_real_encoder_a_rendered_flip_is_major_by_its_clause(encoder) -> None:
    assert _real(_BLOCKED_SRC, "en", _BLOCKED_TGT, "ru", encoder) == ["major"]
    faithful = _BLOCKED_TGT.replace("не заблокировала", "заблокировала")
    assert _real(_BLOCKED_SRC, "en", faithful, "ru", encoder) == []


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # the positive clause said lexically with a cue ("stayed at home")
        (
            "The answer is not clear, and the minister stayed at home.",
            "Die Antwort ist unklar, und der Minister ging nicht aus dem Haus.",
        ),
        (
            "The data are not available, and the company kept silent.",
            "Die Daten sind unzugänglich, und die Firma sagte nichts.",
        ),
    ],
)
def test_real_encoder_a_cue_rendering_a_lexical_negative_is_no_major(
    src: str, tgt: str, encoder
) -> None:
    assert not [s for s in _real(src, "en", tgt, "de", encoder) if s != "minor"]
