"""`provenance compare`: the rules of `severity:diff@14` (docs/compare.md, Round 15)."""

from __future__ import annotations

import pytest

from provenance.comparison.diff import word_diff
from provenance.comparison.evidence import host_flips


def _cues(a: str, b: str, lang: str) -> list[tuple[int, str]]:
    texts = (a, b)
    return [
        (f.side, texts[f.side][f.cue[0] : f.cue[1]])
        for f in host_flips(a, b, word_diff(a, b), lang)
    ]


HSBC = (
    "„HSBC hegt keine Feindseligkeit gegenüber Huawei und hat Huawei nichts angehängt“, "
    "erklärte die Bank.",
    "„HSBC ist nicht feindlich gegenüber Huawei eingestellt und hat Huawei falsch "
    "beschuldigt“, sagte die Bank.",
)
STEP = (
    "This step will let the staff focus on missions and prevent provocations.",
    "This will not make it possible to focus on missions and to anticipate provocations.",
)


# ---------------------------------------------------------------- the auxiliary a cue hangs on


@pytest.mark.parametrize(
    ("a", "b", "lang", "want"),
    [
        # German negates after the object both sides name alike: "hat Huawei nichts"; the
        # other side's "nicht" a clause before is matched by this side's "keine" there
        (*HSBC, "de", [(0, "nichts")]),
        (
            "Der Verein hat Pogba nicht verkauft.",
            "Der Verein hat Pogba verliehen.",
            "de",
            [(0, "nicht")],
        ),
        # an implicit negative in a later clause of the other side negates that clause
        (*STEP, "en", [(1, "not")]),
    ],
)
def test_a_cue_after_the_auxiliary_and_a_named_object_is_a_flip(a, b, lang, want):
    assert _cues(a, b, lang) == want


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # an adverb between: "will soon no longer be supported" / "will soon be unsupported"
        (
            "It is expected that old devices will soon no longer be supported.",
            "It is assumed that old devices will soon be unsupported.",
            "en",
        ),
        # a function word between: "ist es nicht" (and "is it not") may ask
        ("Das ist es nicht wert.", "Das ist es wert.", "de"),
        ("Is the Minister not aware of this?", "Is the Minister aware of this?", "en"),
        # the other side negates in the place: its cue is no surplus of this side's
        ("Er hat Huawei nichts angehängt.", "Er hat Huawei nicht falsch beschuldigt.", "de"),
        # another object: the names' matter, not the negation's
        ("Der Verein hat Pogba nicht verkauft.", "Der Verein hat Griezmann verkauft.", "de"),
        # an implicit negative in the place or the clause before still says the negation
        (
            "Er bestritt, er habe das Geld genommen.",
            "Er sagte, er habe das Geld nicht genommen.",
            "de",
        ),
        (
            "Die Bank hat Huawei die Auskunft verweigert.",
            "Die Bank hat Huawei keine Auskunft gegeben.",
            "de",
        ),
        ("He refused, saying he would sign it.", "He said he would not sign it.", "en"),
    ],
)
def test_no_host_flip(a, b, lang):
    assert _cues(a, b, lang) == []


def test_the_surplus_of_the_other_sides_cues_counts():
    """Without this side's own "keine" the other side's "nicht" a clause before says the
    negation elsewhere: no flip."""
    a = "„HSBC ist Huawei freundlich gesinnt und hat Huawei nichts angehängt“, erklärte die Bank."
    b = HSBC[1]
    assert _cues(a, b, "de") == []


@pytest.mark.parametrize(("a", "b", "lang"), [(*HSBC, "de"), (*STEP, "en")])
def test_a_host_flip_is_serious(encoder, a, b, lang):
    import provenance

    cr = provenance.compare(a, b, lang, encoder=encoder, presplit=True)
    assert any(f.type == "negation" and f.severity != "minor" for f in cr.flags)


def test_an_adverb_before_the_cue_stays_minor(encoder):
    import provenance

    a = "It is expected that old devices will soon no longer be supported."
    b = "It is assumed that old devices will soon be unsupported."
    cr = provenance.compare(a, b, "en", encoder=encoder, presplit=True)
    assert not any(f.type == "negation" and f.severity != "minor" for f in cr.flags)


# ---------------------------------------------------------------- a negative predicate negated


def test_a_negated_negative_predicate_the_other_side_states_is_a_flip():
    """ "ist nicht tatsächlich relativ selten" / "ist eher selten": the negative both sides
    say is the predicate the cue negates (only adverbs between), not an object both
    mention."""
    from provenance.comparison.evidence import negated_negatives

    a = (
        "Übrigens, die Farbe Blau ist in der Botanik eher selten anzutreffen; wenn Sie also "
        "auf Heide stoßen, wurden sie gefärbt."
    )
    b = (
        "Und wenn wir von der Farbe Blau sprechen, diese Farbe ist nicht tatsächlich relativ "
        "selten, wenn Sie also eine Heidepflanze sehen, ist sie gefärbt."
    )
    (flip,) = negated_negatives(a, b, word_diff(a, b), "de")
    assert (flip.side, b[flip.head[0] : flip.head[1]]) == (1, "selten")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a verb between: it is what the cue negates, the negative its object
        (
            "The government has not lifted the ban on gatherings.",
            "The ban on gatherings remains in force, the government said.",
        ),
        ("He did not deny that the ban was lawful.", "He confirmed that the ban was lawful."),
        (
            "The club has not overturned the ban on the fans.",
            "The ban on the fans stays, the club said.",
        ),
    ],
)
def test_a_negative_both_mention_after_a_verb_is_no_flip(a, b):
    from provenance.comparison.evidence import negated_negatives

    assert negated_negatives(a, b, word_diff(a, b), "en") == []
