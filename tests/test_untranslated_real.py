"""Untranslated on real-text forms (issue 15): a proper name's lower-case tail and words
the source quoted from a third language are minor; running text left in the source
language stays major. Sentences written here."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks import untranslated
from provenance.checks.base import clear_memos
from provenance.checks.untranslated import UntranslatedCheck


def flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    pair = one_line_pair(src, sl, tgt, tl)
    return [(f.severity, f.message) for f in UntranslatedCheck()(pair)]


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a French institution kept in German: capitalised head, lower-case tail
        ("La Cour de cassation a rejeté le pourvoi.", "fr",
         "Die Cour de cassation hat die Beschwerde abgewiesen.", "de"),
        ("Le texte passe devant l'Assemblée nationale mardi.", "fr",
         "Der Text kommt am Dienstag vor die Assemblée nationale.", "de"),
        # words the English source itself took from another language, kept as they were
        ("He spoke on his radio show Mann ki Baat on Sunday.", "en",
         "Он выступил в своей передаче Mann ki Baat в воскресенье.", "ru"),
    ],
)  # fmt: skip
def test_names_and_third_language_words_are_minor(src, sl, tgt, tl) -> None:
    found = flags(src, sl, tgt, tl)
    assert all(sev == "minor" for sev, _ in found), found


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        ("The government said the plan would fail next year.", "en",
         "Die Regierung said the plan would fail im nächsten Jahr.", "de"),
        # a lower-case run after a German noun (a word of the translation) is no name tail
        ("Le ministre a dit que la réforme est nécessaire.", "fr",
         "Der Minister sagte, la réforme est nécessaire.", "de"),
        ("The minister said that the reform was needed now.", "en",
         "Министр сказал, that the reform was needed now.", "ru"),
    ],
)  # fmt: skip
def test_running_text_left_in_the_source_language_stays_major(src, sl, tgt, tl) -> None:
    assert "major" in [sev for sev, _ in flags(src, sl, tgt, tl)]


def test_a_clause_after_a_persons_name_is_no_name_tail() -> None:
    found = flags(
        "Macron a déclaré que la réforme est nécessaire.",
        "fr",
        "Gestern Macron a déclaré que la réforme est nécessaire.",
        "de",
    )
    assert "major" in [sev for sev, _ in found], found


def test_a_name_tail_may_follow_function_words_of_its_language() -> None:
    found = flags(
        "L'Institut des hautes études en gestion de crise a publié un rapport.",
        "fr",
        "Das Institut des hautes études en gestion de crise hat einen Bericht veröffentlicht.",
        "de",
    )
    assert found and all(sev == "minor" for sev, _ in found), found


def test_a_clause_after_a_capitalised_common_word_is_no_name_tail() -> None:
    found = flags(
        "Later that week, West has now tweeted an apology to his wife.",
        "en",
        "На этой неделе, West has now tweeted an apology to his wife.",
        "ru",
    )
    assert "major" in [sev for sev, _ in found], found


def test_language_of_a_run_does_not_follow_the_hash_seed() -> None:
    """Two words of a run read as English, one as German each: the run's language is a
    tie, and a tie broken by a set's order changed with PYTHONHASHSEED."""
    import os
    import subprocess
    import sys

    code = (
        "from provenance.checks.untranslated import foreign_runs\n"
        "print([r.lang for r in foreign_runs("
        "'RT деловые новости: британский банк HSBC отрицает, что «установил ловушку» "
        "для китайской Huawei', 'ru')])"
    )
    seen = set()
    for seed in range(1, 7):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        seen.add(out.stdout.strip())
    assert len(seen) == 1, seen


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # institutions named in their language with their abbreviation in brackets
        ("La Confédération générale du travail (CGT) proteste.", "fr",
         "Die Confédération générale du travail (CGT) protestiert.", "de"),
        ("Der Verband der deutschen Wohnungswirtschaft (VdW) warnt.", "de",
         "The Verband der deutschen Wohnungswirtschaft (VdW) warns.", "en"),
    ],
)  # fmt: skip
def test_abbreviated_names_and_runs_across_quotation_marks_are_minor(src, sl, tgt, tl) -> None:
    found = flags(src, sl, tgt, tl)
    assert found and all(sev == "minor" for sev, _ in found), found
    # without its abbreviation the same words are major
    bare = tgt.replace(" (CGT)", "").replace(" (VdW)", "")
    assert "major" in [sev for sev, _ in flags(src, sl, bare, tl)]


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a clause left in French before an agency's credit: no capitalised head
        ("Il a dit que la réforme est nécessaire pour tous (AFP).", "fr",
         "Er sagte, la réforme est nécessaire pour tous (AFP).", "de"),
        # a clause whose initials happen to spell the abbreviation, far longer than it
        ("Elle a dit: Alors, la France est enfin prête pour des élections (AFP).", "fr",
         "Sie sagte: Alors, la France est enfin prête pour des élections (AFP).", "de"),
        # a whole quoted sentence (longer than a title) left as it was is still running text
        ("Er sagte: „Wir werden das auf keinen Fall mehr einfach so hinnehmen.“", "de",
         "He said: “Wir werden das auf keinen Fall mehr einfach so hinnehmen.”", "en"),
    ],
)  # fmt: skip
def test_a_clause_before_an_abbreviation_or_inside_quotes_stays_major(src, sl, tgt, tl) -> None:
    assert "major" in [sev for sev, _ in flags(src, sl, tgt, tl)], flags(src, sl, tgt, tl)


def test_a_run_does_not_cross_quotation_marks(monkeypatch) -> None:
    # a loan phrase ending a quote and a newspaper's name in the attribution are two
    # things, not one run of German across the quotation marks
    src = "„Die Regierung schafft vollendete Tatsachen“, sagte Müller der „Bild am Sonntag“."
    tgt = "“The government creates a fait accompli,” Müller told “Bild am Sonntag”."
    found = flags(src, "de", tgt, "en")
    assert found and all(sev == "minor" for sev, _ in found), found
    clear_memos()
    monkeypatch.setattr(untranslated, "_pieces", lambda spans, words, text: spans)
    try:
        assert "major" in [sev for sev, _ in flags(src, "de", tgt, "en")]
    finally:
        clear_memos()


def test_a_title_in_sentence_case_is_minor() -> None:
    # French and English capitalise a title's first word only: a capitalised article
    # inside the sentence opens a title (here a book's), not running text
    src = "Le titre était à peu près celui-ci : La technique de la varappe artificielle."
    tgt = "Ihr Titel lautete La technique de la varappe artificielle oder ähnlich."
    found = flags(src, "fr", tgt, "de")
    assert found and all(sev == "minor" for sev, _ in found), found
    # the same words in lower case are running text left in French
    tgt = "Ihr Titel lautete, la technique de la varappe artificielle est difficile."
    assert "major" in [sev for sev, _ in flags(src, "fr", tgt, "de")]


def test_a_title_whose_first_word_follows_the_translations_article_is_minor() -> None:
    # a French title in sentence case ("Cent plus belles courses ...", capitalised
    # inside the source's sentence too) set into a German noun phrase after "der"
    src = "Ils avaient lu les Cent plus belles courses des Alpes valaisannes avant de partir."
    tgt = "Sie hatten die Cent plus belles courses des Alpes valaisannes gelesen."
    found = flags(src, "fr", tgt, "de")
    assert found and all(sev == "minor" for sev, _ in found), found
    # after a comma the same words open a clause left in French
    src = "Ils partirent, cent plus belles courses des Alpes valaisannes les attendaient."
    tgt = "Sie gingen los, cent plus belles courses des Alpes valaisannes les attendaient."
    assert "major" in [sev for sev, _ in flags(src, "fr", tgt, "de")]
