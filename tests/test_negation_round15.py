"""English implicit negatives of the team's eleventh round, second pass: "stopped by" (= visited)
is no cessation; "declined to" (= did not) states a negation."""

from __future__ import annotations

import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks.negation import NegationCheck, find_flip, polarity


def _soft(text: str) -> list[str]:
    return [text[a:b] for c in polarity(text, "en") for a, b, _ in c.soft_spans]


@pytest.mark.parametrize(
    "text", ["He stopped by the office on Monday.", "We stopped in Paris for a night."]
)
def test_a_visit_is_no_cessation(text):
    assert _soft(text) == []


@pytest.mark.parametrize("text", ["The talks stopped on Monday.", "He was stopped by the police."])
def test_a_cessation_stays_a_soft_negative(text):
    assert _soft(text) == ["stopped"]


def test_a_refusal_is_a_soft_negative():
    assert _soft("The minister declined to comment.") == ["declined to"]


def test_a_decline_in_numbers_is_no_negative():
    assert _soft("Sales declined sharply in May.") == []


def test_a_refusal_against_its_plain_negation_is_no_flip():
    # "lehnte es ab, sich zu äußern" rendered "declined to comment" facing "nicht äußern"
    pair = one_line_pair(
        "Der Minister wollte sich nicht äußern.",
        "de",
        "The minister declined to comment.",
        "en",
        embed=stem_embed,
    )
    flip = find_flip(pair)
    assert flip is not None and flip.excused
    assert NegationCheck()(pair) == []


# the second review of the round


@pytest.mark.parametrize(
    "text", ["The fighting stopped in March.", "Rain stopped over the weekend."]
)
def test_a_cessation_before_a_time_stays_a_soft_negative(text):
    assert _soft(text) == ["stopped"]


def test_a_fall_to_a_value_is_no_refusal():
    assert "declined to" not in _soft("Unemployment declined to 4.5 percent.")
