"""Tense, round 14 (version 13): a French future after a row that narrates the past is
the futur historique (a past told from inside the story), weak against a past."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.tense import TenseCheck

# (source, translation) of the row before, in French and German
FR_PAST = ("Il étudiait le droit à Lyon et entrait au parti.", "fr")
DE_PAST = ("Er studierte Jura in Lyon und trat der Partei bei.", "de")


def second_row(before: tuple[str, str], before_tgt: tuple[str, str], row: tuple[str, ...]):
    """The tense findings of the second of two rows, read as one document pair."""
    (src, sl), (tgt, tl) = before, before_tgt
    first = one_line_pair(src, sl, tgt, tl, row=0)
    second = one_line_pair(row[0], row[1], row[2], row[3], row=1)
    check = TenseCheck()
    check.prepare([first, second])
    return check(second)


@pytest.mark.parametrize(
    ("before", "before_tgt", "row"),
    [
        # fr -> de: the futur historique after a narrated row, rendered as a past
        (FR_PAST, DE_PAST, ("Il deviendra le président du parti.", "fr",
                            "Er wurde der Vorsitzende der Partei.", "de")),
        # de -> fr: the French translation narrates in the future
        (DE_PAST, FR_PAST, ("Er wurde der Vorsitzende der Partei.", "de",
                            "Il deviendra le président du parti.", "fr")),
    ],
)  # fmt: skip
def test_a_french_future_after_a_narrated_row_is_minor(before, before_tgt, row) -> None:
    (f,) = second_row(before, before_tgt, row)
    assert f.severity == "minor"


@pytest.mark.parametrize(
    ("before", "before_tgt", "row"),
    [
        # the row before states a present and a plan: the future is a prediction
        (("Le gouvernement présente son budget.", "fr"),
         ("Die Regierung stellt ihren Haushalt vor.", "de"),
         ("Le parlement adoptera la réforme.", "fr",
          "Das Parlament verabschiedete die Reform.", "de")),
        # the row before announces too: no narration
        (("Le parlement votera mardi et le ministre était confiant.", "fr"),
         ("Das Parlament wird am Dienstag abstimmen, und der Minister war zuversichtlich.", "de"),
         ("Il adoptera la réforme.", "fr", "Es verabschiedete die Reform.", "de")),
        # a German future is no futur historique, whatever the row before narrates
        (DE_PAST, FR_PAST, ("Er wird der Vorsitzende der Partei werden.", "de",
                            "Il devint le président du parti.", "fr")),
        # the row before only reports speech ("déclarait"): no narrated past
        (("Le ministre déclarait.", "fr"), ("Der Minister erklärte.", "de"),
         ("Le parlement adoptera la réforme.", "fr",
          "Das Parlament verabschiedete die Reform.", "de")),
    ],
)  # fmt: skip
def test_a_french_future_stays_major_without_narration(before, before_tgt, row) -> None:
    (f,) = second_row(before, before_tgt, row)
    assert f.severity == "major"


def test_a_variant_of_the_same_row_is_no_context() -> None:
    """A file of variants (the drift suite, a test suite) repeats the row's source: the
    row before is another version of it, not the story it continues."""
    src = "Il deviendra le président du parti."
    first = one_line_pair(src, "fr", "Er war Vorsitzender der Partei.", "de", row=0)
    second = one_line_pair(src, "fr", "Er wurde der Vorsitzende der Partei.", "de", row=1)
    check = TenseCheck()
    check.prepare([first, second])
    (f,) = check(second)
    assert f.severity == "major"


# Review mends (version 14): the passé composé of news is no narration, and a future
# whose row names a coming day announces, whatever the row before narrates.
@pytest.mark.parametrize(
    ("before", "before_tgt", "row"),
    [
        # news: the arrest in the passé composé, the hearing announced (en -> fr)
        (("The suspect was arrested on Saturday.", "en"),
         ("Le suspect a été arrêté samedi.", "fr"),
         ("He appeared before a judge on Monday.", "en",
          "Il comparaîtra lundi devant un juge.", "fr")),
        (("Les pompiers sont intervenus vers 22 heures.", "fr"),
         ("Firefighters arrived at around 10 pm.", "en"),
         ("Une enquête sera ouverte.", "fr", "An investigation was opened.", "en")),
        # a plus-que-parfait before, but the future names its day: an announcement
        (("Le suspect avait été arrêté samedi.", "fr"),
         ("The suspect had been arrested on Saturday.", "en"),
         ("Il comparaîtra lundi devant un juge.", "fr",
          "He appeared before a judge on Monday.", "en")),
        (("Il étudiait le droit à Lyon.", "fr"), ("He studied law in Lyon.", "en"),
         ("Il passera son examen demain.", "fr", "He passed his exam yesterday.", "en")),
    ],
)  # fmt: skip
def test_news_and_an_anchored_future_stay_major(before, before_tgt, row) -> None:
    (f,) = second_row(before, before_tgt, row)
    assert f.severity == "major"


def test_a_future_after_the_passe_simple_is_still_minor() -> None:
    (f,) = second_row(
        ("Il entra au parti en 1990.", "fr"),
        ("Er trat 1990 in die Partei ein.", "de"),
        ("Il en deviendra le président.", "fr", "Er wurde ihr Präsident.", "de"),
    )
    assert f.severity == "minor"
