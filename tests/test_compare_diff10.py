"""`provenance compare`: the rules of `severity:diff@10` (docs/compare.md, Round 11)."""

from __future__ import annotations

import pytest

from provenance.comparison.diff import word_diff


def _serious(a: str, b: str, lang: str, encoder) -> list[tuple[str, str]]:
    import provenance

    cr = provenance.compare(a, b, lang, encoder=encoder, presplit=True)
    return sorted((f.type, f.severity) for f in cr.flags if f.severity != "minor")


# ---------------------------------------------------------------- one night, two days


@pytest.mark.parametrize(
    ("a", "b", "lang", "shift"),
    [
        ("He lay down in the night to Sunday.", "He lay down on Saturday night.", "en", True),
        ("Er lag in der Nacht zum Sonntag dort.", "Er lag in der Samstagnacht dort.", "de", True),
        ("Он лег в ночь на воскресенье.", "Он лег в субботу ночью.", "ru", True),
        # two evenings a day apart are two nights
        ("He lay down on Sunday night.", "He lay down on Saturday night.", "en", False),
        # the morning's day is the evening's next day, not the one before
        ("He lay down in the night to Sunday.", "He lay down on Monday night.", "en", False),
        # no night
        ("He came on Sunday.", "He came on Saturday.", "en", False),
    ],
)
def test_night_shifts(a, b, lang, shift):
    from provenance.comparison.evidence import night_shifts, value_changes

    assert bool(night_shifts(a, b, lang)) is shift
    if shift:
        assert value_changes(a, b, word_diff(a, b), lang) == []


def test_one_night_named_two_ways_is_no_serious_date_flag(encoder):
    a = "He had laid down on a road in the night to Sunday and was run over."
    b = "Late on Saturday night, he had lain down on a road and was run over."
    assert _serious(a, b, "en", encoder) == []
    b = "Late on Friday night, he had lain down on a road and was run over."
    assert ("date", "critical") in _serious(a, b, "en", encoder)


# ---------------------------------------------------------------- scores


def test_a_score_with_a_colon_or_a_dash_is_one_result():
    from provenance.comparison.evidence import score_spans, value_changes

    a = "They were defeated 0:2 (17:21, 17:21) in the final."
    b = "They lost 0-2 (17-21, 17-21) in the final."
    assert value_changes(a, b, word_diff(a, b), "en") == []
    assert [a[s:t] for _side, s, t in score_spans(a, b, "en")] == ["17:21", "17:21"]
    # one set's score changed: the pairs differ, the colon is read as before
    b = "They lost 0-2 (17-25, 17-21) in the final."
    assert score_spans(a, b, "en") == []
    assert value_changes(a, b, word_diff(a, b), "en")
    # a time is no score
    assert value_changes("It left at 17:21.", "It left at 17:25.", word_diff("", ""), "en") == []


def test_score_written_two_ways_is_no_serious_number_flag(encoder):
    a = "In the final their opponents were defeated 0-2 (17:21, 17:21) by the surprise duo."
    b = "In the final their conquerors defeated the surprise duo 0-2 (17-21, 17-21)."
    assert _serious(a, b, "en", encoder) == []
    b = "In the final their conquerors defeated the surprise duo 0-2 (17-25, 17-21)."
    assert ("number", "critical") in _serious(a, b, "en", encoder)


# ---------------------------------------------------------------- a range read two ways


def test_a_date_range_read_as_a_date_and_a_number_is_restated():
    from provenance.comparison.evidence import restated_facts

    a = "The next race is the Tour de l'Ain (5th to 9th August)."
    b = "The next race will be the Tour de l'Ain (August 5th to 9th)."
    got = {(side, (a, b)[side][s:t]) for side, s, t in restated_facts(a, b, "en")}
    assert (0, "9th August") in got and (1, "9th") in got
    # a number the other side states as a number elsewhere is no evidence ("третьей")
    a = "Благодаря победе со счетом 2–0 «Юнайтед» финишировал на третьей строчке."
    b = "Победа со счетом 3-0 значила, что «Юнайтед» оказался на третьем месте."
    assert restated_facts(a, b, "ru") == []


def test_a_date_range_read_two_ways_is_no_serious_date_flag(encoder):
    a = "The specialist’s next race will be the Tour de l’Ain (5th to 9th August)."
    b = "The specialist will be back in competition at the Tour de l’Ain (August 5th to 9th)."
    assert _serious(a, b, "en", encoder) == []
    b = "The specialist will be back in competition at the Tour de l’Ain (August 5th to 8th)."
    assert _serious(a, b, "en", encoder)


# ---------------------------------------------------------------- a name in a compound


@pytest.mark.parametrize(
    ("head", "word", "inside"),
    [
        ("corona", "coronavirus", True),
        ("corona", "corona-krise", True),
        ("merkel", "merkels", False),  # an inflection, no compound
        ("trump", "trumpet", False),  # the rest is shorter than three letters
    ],
)
def test_compound_of(head, word, inside):
    from provenance.comparison.evidence import _compound_of

    assert _compound_of(head, word) is inside


def test_a_name_the_other_side_says_in_a_compound_is_no_swap():
    from provenance.comparison.evidence import name_swaps

    a = "After the coronavirus outbreak at Tönnies, the cabinet will pass one of Heil’s laws."
    b = "After the Corona outbreak at Tönnies, the Federal Cabinet will pass a law of salvation."
    assert name_swaps(a, b, word_diff(a, b), "en") == []


# ---------------------------------------------------------------- negation


def test_no_anchor_on_a_form_of_an_auxiliary_or_after_a_cue():
    from provenance.comparison.evidence import _aux_lemmas, anchored_flips

    assert {"be", "have", "do"} <= _aux_lemmas("en") and "use" not in _aux_lemmas("en")
    a = "The rules would have been so extreme that not much of it would have remained."
    b = "The rules would have been so severe that there would not have been much left of it."
    assert anchored_flips(a, b, "en", word_diff(a, b)) == []
    # the same statement negated on one side only still anchors
    a = "The rules were so severe that much of the festival was left."
    b = "The rules were so severe that not much of the festival was left."
    assert anchored_flips(a, b, "en", word_diff(a, b))


def test_a_correlative_added_to_a_negated_list_is_no_flip():
    from provenance.comparison.evidence import row_evidence

    a = "They are born so early that neither their lungs, their intestines nor their muscles work."
    b = "They are born so early that neither lungs, nor intestines, nor muscles work."
    assert row_evidence(a, b, word_diff(a, b), "en").negation == []
    # a plain cue dropped alone is still a flip
    a, b = "He is not rich nor famous.", "He is rich nor famous."
    assert row_evidence(a, b, word_diff(a, b), "en").negation


def test_an_acronym_against_a_spelled_out_title_is_no_swap():
    from provenance.comparison.evidence import name_swaps

    a = "“We are investing 20 billion euros,” says Tennet CEO Tim Meyerjürgens."
    b = "“We are investing 20 billion euros,” said Tennet Managing Director Tim Meyerjürgens."
    assert name_swaps(a, b, word_diff(a, b), "en") == []
    # an acronym against a name is still a swap
    a, b = "Support is strong in the AfD.", "Support is strong in the Kulzer."
    assert name_swaps(a, b, word_diff(a, b), "en")


def test_a_joined_german_evening_names_the_night_as_well() -> None:
    # "Samstagabend" (one word) as "Samstagnacht": the night's evening (review of round 10)
    from provenance.comparison.evidence import night_shifts

    assert night_shifts("In der Nacht zum Sonntag", "Am Samstagabend", "de")
    assert not night_shifts("In der Nacht zum Sonntag", "Am Freitagabend", "de")
