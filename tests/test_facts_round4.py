"""Numbers, dates and words left untranslated as real translators write them (issue 15,
round 4): each rule that quiets a faithful rendering, and the change it must still catch."""

from __future__ import annotations

import pytest
from conftest import fact_flags, loud_fact_flags, one_line_pair

from provenance.checks.dates import DatesCheck
from provenance.checks.untranslated import UntranslatedCheck
from provenance.extract import extract_numbers
from provenance.model import PairView

facts, loud = fact_flags, loud_fact_flags


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a half said after the noun
        (
            "Wir kletterten zweieinhalb Seillängen.",
            "de",
            "Nous avons grimpé deux longueurs et demie.",
            "fr",
        ),
        (
            "Er hing anderthalb Meter unter mir.",
            "de",
            "Il pendait un mètre et demi au-dessous.",
            "fr",
        ),
        ("Es dauerte anderthalb Stunden.", "de", "It took an hour and a half.", "en"),
        ("Rendez-vous à 14 heures et demie.", "fr", "Treffen um 14.30 Uhr.", "de"),
        ("one and a half million people", "en", "полтора миллиона человек", "ru"),
        # a fraction said as a percentage
        ("Es kam die Hälfte, ein Viertel blieb.", "de", "50 % came, 25 % stayed.", "en"),
        # a number that opens a compound word
        ("on the five mile safari drive", "en", "во время пятимильной поездки по сафари", "ru"),
        ("a couple of days later", "en", "через пару дней", "ru"),
        # a year said in two digits
        (
            "Zum Abschluss der Saison 1977 der Nadelgrat.",
            "de",
            "Pour finir la saison 77, le Nadelgrat.",
            "fr",
        ),
    ],
)
def test_faithful_renderings_are_no_flag(src: str, sl: str, tgt: str, tl: str) -> None:
    assert loud(src, sl, tgt, tl) == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl", "number"),
    [
        ("It's a Catch 22 for banks.", "en", "Es ist eine Zwickmühle für Banken.", "de", "22"),
        ("after a 911 caller reported him", "en", "nachdem ein Anrufer ihn meldete", "de", "911"),
        ("Chelsea, im Achtelfinale Gegner.", "de", "Chelsea, the round 16 opponent.", "en", "16"),
    ],
)
def test_numbers_inside_names_or_after_an_article_are_minor(
    src: str, sl: str, tgt: str, tl: str, number: str
) -> None:
    found = facts(src, sl, tgt, tl)
    assert found and all(sev == "minor" and number in msg for sev, msg in found), found


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl", "expected"),
    [
        (
            "It's a Catch 22 for banks.",
            "en",
            "Es ist ein Catch 23 für Banken.",
            "de",
            "22 became 23",
        ),
        ("after a 911 caller", "en", "nachdem ein 912-Anrufer", "de", "911 became 912"),
        (
            "In Texas 500 people died.",
            "en",
            "In Texas starben 600 Menschen.",
            "de",
            "500 became 600",
        ),
        (
            "zweieinhalb Seillängen",
            "de",
            "trois longueurs et demie",
            "fr",
            "zweieinhalb became trois",
        ),
        ("Es kam die Hälfte.", "de", "Il en est venu 60 %.", "fr", "60 % was added"),
        (
            "on the five mile drive",
            "en",
            "во время шестимильной поездки",
            "ru",
            "five mile is missing",
        ),
    ],
)
def test_changed_values_are_still_reported(
    src: str, sl: str, tgt: str, tl: str, expected: str
) -> None:
    found = loud(src, sl, tgt, tl)
    assert any(expected in msg for _, msg in found), found


def test_a_range_with_a_changed_bound_is_one_critical_flag() -> None:
    found = facts(
        "до этого ожидалось 4-6%, а в 2021 году 3,5-4,5%.",
        "ru",
        "4.6% was previously expected, and in 2021 3.5-4.5%.",
        "en",
    )
    assert found == [("critical", "4-6% became 4.6%")]


def test_a_year_dropped_beside_an_equal_two_digit_number_is_reported() -> None:
    found = loud("Im Jahr 2019 starben 19 Menschen.", "de", "19 people died.", "en")
    assert found == [("major", "2019 is missing in the translation")]


def test_number_stems_need_a_word_after_them() -> None:
    assert extract_numbers("Семинар прошёл.", "ru") == []
    (q,) = extract_numbers("двухлетний контракт", "ru")
    assert (q.value, q.soft) == (2, True)


def test_one_and_a_half_counts_the_one() -> None:
    (q,) = extract_numbers("It took one and a half years.", "en")
    assert q.value == 1.5 and q.text == "one and a half years"
    assert [q.value for q in extract_numbers("one and two", "en")] == [2.0]  # "one" alone: no


def untranslated(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    return [
        (f.severity, f.message)
        for f in UntranslatedCheck()(one_line_pair(src, sl, tgt, tl, sim=None))
    ]


def test_titles_and_names_without_a_lower_case_foreign_word_are_minor() -> None:
    found = untranslated(
        "Wie die „Bild am Sonntag“ berichtet, bat Seehofer Ministerin Lambrecht (SPD) um Eile.",
        "de",
        "As the “Bild am Sonntag” reports, Seehofer asked Minister Lambrecht (SPD) to hurry.",
        "en",
    )
    assert found and all(sev == "minor" for sev, _ in found), found


def test_running_text_with_lower_case_foreign_words_stays_major() -> None:
    found = untranslated(
        "Er sagte, dass die Regierung nicht zuständig sei, und ging.",
        "de",
        "He said, dass die Regierung nicht zuständig sei, and left.",
        "en",
    )
    assert [sev for sev, _ in found] == ["major"], found


def _rows(rows: list[tuple[str, str]], sl: str, tl: str) -> list[PairView]:
    return [one_line_pair(s, sl, t, tl, sim=None, row=k) for k, (s, t) in enumerate(rows)]


def _dates(views: list[PairView], row: int) -> list[tuple[str, str]]:
    check = DatesCheck()
    check.prepare(views)
    return [(f.severity, f.message) for f in check(views[row])]


def test_a_date_the_next_row_of_the_translation_states_is_minor() -> None:
    # the translator split the sentence and moved the date into the next one
    views = _rows(
        [
            ("Das Fest findet vom 7. bis 9. Mai 2021 statt, sagte der Bürgermeister.",
             "The mayor said the festival would take place."),
            ("Geplant sind drei Konzerte.",
             "It will run from 7 to 9 May 2021, with three concerts."),
        ],
        "de", "en",
    )  # fmt: skip
    assert _dates(views, 0) and {sev for sev, _ in _dates(views, 0)} == {"minor"}
    # alone, or with a neighbour that gives the year only, the date is missing: major
    assert "major" in [sev for sev, _ in _dates(views[:1], 0)]
    views[1] = _rows([("Geplant sind drei Konzerte.", "In 2021 there will be three.")], "de", "en")[
        0
    ]
    assert "major" in [sev for sev, _ in _dates(views, 0)]
    # a changed date stays critical whatever the neighbours say
    changed = _rows(
        [("Das Fest beginnt am 9. Mai 2021.", "The festival starts on 9 June 2021."),
         ("Es dauert drei Tage.", "It lasts until 9 May 2021.")],
        "de", "en",
    )  # fmt: skip
    assert "critical" in [sev for sev, _ in _dates(changed, 0)]


def test_a_date_the_source_states_in_the_previous_row_may_be_added() -> None:
    views = _rows(
        [
            ("Die Wahl findet am 26. September 2021 statt.",
             "The election is on 26 September 2021."),
            ("An diesem Tag wird auch gewählt.", "Voters will also elect on 26 September 2021."),
        ],
        "de", "en",
    )  # fmt: skip
    assert {sev for sev, _ in _dates(views, 1)} == {"minor"}
    # a row repeating this row's source is a variant of it, not its context
    variants = _rows(
        [
            ("An diesem Tag wird auch gewählt.", "On 26 September 2021 they also vote."),
            ("An diesem Tag wird auch gewählt.", "Voters will also elect on 26 September 2021."),
        ],
        "de", "en",
    )  # fmt: skip
    assert "major" in [sev for sev, _ in _dates(variants, 1)]


def test_a_pair_of_days_with_a_slash_is_one_date_pair() -> None:
    # "9/10 septembre" = "9. und 10. September": no day missing, no number added
    assert loud("Wir kletterten am 9. und 10. September 1988.", "de",
                "Nous avons grimpé les 9/10 septembre 1988.", "fr") == []  # fmt: skip
    # the first day changed is still a changed date
    changed = loud("Wir kletterten am 9. und 10. September.", "de",
                   "Nous avons grimpé les 8/10 septembre.", "fr")  # fmt: skip
    assert ("critical", "9 became 8") in changed


def test_a_number_the_other_side_writes_in_a_code_is_minor() -> None:
    found = facts("Wir trafen uns an Stand 5 und an Stand 7 wieder.", "de",
                  "Nous nous sommes retrouvés à R5 et à R7.", "fr")  # fmt: skip
    assert found and {sev for sev, _ in found} == {"minor"}
    # a quantity with its unit, or a number nowhere on the other side, stays major
    assert loud("Wir waren 5 Tage am G7-Gipfel.", "de", "Nous étions au sommet du G7.", "fr")
    assert loud(
        "Wir trafen uns an Stand 5 wieder.", "de", "Nous nous sommes retrouvés au relais.", "fr"
    )
