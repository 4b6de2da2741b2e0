"""`provenance compare`: the rules of `severity:diff@12` (docs/compare.md, Round 13)."""

from __future__ import annotations

import pytest

from provenance.comparison.diff import word_diff


def _serious(a: str, b: str, lang: str, encoder) -> list[tuple[str, str]]:
    import provenance

    cr = provenance.compare(a, b, lang, encoder=encoder, presplit=True)
    return sorted((f.type, f.severity) for f in cr.flags if f.severity != "minor")


# ---------------------------------------------------------------- negated in its own words


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # the soft negative is the very verb the other side negates, spelled another way
        (
            "The game on Monday was cancelled in the last moments, the prosecutor was "
            "investigating.",
            "The match last Monday was not canceled at the last moment, the prosecutor was "
            "investigating.",
            "en",
        ),
        # ... or another word of its stem
        (
            "Ограничения, введенные с целью предотвратить распространение COVID-19, "
            "сказались на проведении фестивалей.",
            "Ограничения, которые не были введены для предотвращения распространения "
            "COVID-19, сказались на проведении фестивалей.",
            "ru",
        ),
    ],
)
def test_a_soft_negative_the_other_side_negates_says_no_negation_of_its_own(a, b, lang):
    """ "was cancelled" / "was not canceled": not the negation said in other words (the
    negated clause's own word), so the flag is not demoted for it."""
    from provenance.comparison.evidence import negated_counterparts

    assert "added" not in negated_counterparts(a, b, word_diff(a, b), lang)


def test_a_soft_negative_in_other_words_still_says_the_negation():
    from provenance.comparison.evidence import negated_counterparts

    a, b = "He was not present at the meeting.", "He was absent at the meeting."
    assert negated_counterparts(a, b, word_diff(a, b), "en") == {"lost"}
    a = "The game on Monday was cancelled in the last moments."
    b = "The match last Monday was not held at the last moment."
    assert negated_counterparts(a, b, word_diff(a, b), "en") == {"added"}


# ---------------------------------------------------------------- the check's own swap


def test_checked_swap_needs_two_strong_names_never_named_across():
    from provenance.comparison.evidence import checked_swap

    def swap(a: str, x: str, b: str, y: str, lang: str = "en"):
        i, j = a.index(x), b.index(y)
        return checked_swap(a, b, (i, i + len(x)), (j, j + len(y)), lang)

    a = "The suspected arsonist of Nantes confessed on Monday."
    b = "On Monday the alleged Kissingen arsonist confessed."
    assert swap(a, "Nantes", b, "Kissingen") is not None
    # one place, two names
    a2 = "The suspected arsonist of Kiev confessed on Monday."
    b2 = "On Monday the alleged Kyiv arsonist confessed."
    assert swap(a2, "Kiev", b2, "Kyiv") is None
    # the other side names it too: no word left unmatched
    b3 = "On Monday the alleged Kissingen arsonist confessed in Nantes."
    assert swap(a, "Nantes", b3, "Kissingen") is None
    # not one word a side
    assert swap(a, "arsonist of Nantes", b, "Kissingen") is None


def test_a_name_the_check_pairs_in_a_reordered_sentence_is_major(encoder):
    """The names check's "Nantes became Kissingen" where the diff pairs nothing (the
    headline reworded, other capitalised words left on each side): two strong names,
    neither named by the other side (a planted swap of the development half; minor
    before)."""
    a = "“The Pain of Remorse”: Confession from the suspected arsonist of Nantes"
    b = "“Pangs of conscience”: Confession of the alleged Kissingen arsonist"
    assert ("entity", "major") in _serious(a, b, "en", encoder)
    b = "“Pangs of conscience”: Confession of the alleged Nantes arsonist"
    assert _serious(a, b, "en", encoder) == []


def test_one_person_named_in_full_elsewhere_is_no_checked_swap(encoder):
    """ "Мишо" / "Саваж" where a document gives "Мишо Саваж": one person."""
    a = (
        "Мишо Саваж приехал в Портленд в июле.\n"
        "«Это очень серьезный сдвиг», — отметил Мишо, промывая глаза."
    )
    b = "Мишо Саваж приехал в Портленд в июле.\n«Это резкий крен», — отметил Саваж, промывая глаза."
    import provenance
    from provenance.comparison.evidence import checked_swap

    # the row alone would pair them: only the documents say they are one person
    x, y = a.split("\n")[1], b.split("\n")[1]
    i, j = x.index("Мишо"), y.index("Саваж")
    assert checked_swap(x, y, (i, i + 4), (j, j + 5), "ru") is not None
    cr = provenance.compare(a, b, "ru", encoder=encoder, presplit=True)
    assert not [f for f in cr.flags if f.type == "entity" and f.severity != "minor"]


# ---------------------------------------------------------------- an implicit negative before


def test_an_implicit_negative_before_both_clauses_leaves_the_anchor():
    """ "was unable to attend …, as her car was damaged" / "failed to attend … after her car
    was not damaged": each side negates the clause before with an implicit negative, so
    the other side's "unable" is no negation moved over the comma; "damaged" anchors."""
    from provenance.comparison.evidence import anchored_flips

    def flips(a: str, b: str) -> list[tuple[int, str]]:
        return [(f.side, f.by) for f in anchored_flips(a, b, "en", word_diff(a, b))]

    a = "Anna Smith was unable to attend the meeting, as her car was damaged in the storm."
    b = "Anna Smith failed to attend the meeting after her car was not damaged in the storm."
    assert flips(a, b) == [(1, "word")]
    # the negating side says the clause before positively: the negation may have moved
    b = "Anna Smith attended the meeting after her car was not damaged in the storm."
    assert flips(a, b) == []


def test_a_pattern_clause_opener_opens_a_clause():
    from provenance.comparison.evidence import _opens_with_conjunction

    assert _opens_with_conjunction("bis er kam", 0, "de")
    assert not _opens_with_conjunction("bis zu sechs Monate", 0, "de")
    assert _opens_with_conjunction("Wenn er kommt", 0, "de")
