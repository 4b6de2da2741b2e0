"""Names check, version 12: a place after a preposition of place is said by no pronoun, a
transcription read into a long or known Russian word is none, a town of the data after a
German place preposition, each language's own form of one name, and a place glossed in
brackets. Sentences written for these tests; the encoder, where one is needed, is a
stand-in that says which texts mean the same."""

from __future__ import annotations

from test_names_lost import fake_embed, flags

from provenance.checks.names import _may_transcribe, _own_forms
from provenance.extract.names import extract_names

SERIOUS = ("critical", "major")


def serious(src: str, sl: str, tgt: str, tl: str, embed=None) -> list[tuple[str, str]]:
    return [f for f in flags(src, sl, tgt, tl, embed) if f[0] in SERIOUS]


# ------------------------------------------------ a place is said by no pronoun


def test_a_place_after_a_preposition_of_place_is_not_said_by_a_pronoun() -> None:
    # the Russian side has a subject pronoun ("он"), the English none: before, the
    # pronoun said the name (minor); "in Wiltshire" is a place, which "он" does not say
    found = flags(
        "He plans to visit the laboratories at Porton Down in Wiltshire.",
        "en",
        "Он планирует посетить лаборатории в Портон-Дауне.",
        "ru",
    )
    assert ("major", "Wiltshire is missing in the translation") in found, found


def test_a_person_may_still_be_said_by_a_pronoun() -> None:
    found = flags(
        "On Monday, Cummings said the plans were ready.",
        "en",
        "В понедельник он сказал, что планы готовы.",
        "ru",
    )
    assert ("minor", "Cummings is missing in the translation") in found, found


# ------------------------------------------------ no transcription read into a word


def test_a_long_or_known_russian_word_transcribes_no_name() -> None:
    # the model reads a Cyrillic word up to a prefix: "Костанае" met "post" by "Кост"
    assert not _may_transcribe("Костанае", "post")
    # a word the Russian dictionary knows is Russian ("скандала" for "Canada")
    assert not _may_transcribe("Canada", "скандала")
    # a derived form of a transcription, or a common word transcribed as a name, still may
    assert _may_transcribe("Watford", "уотфордцы")
    assert _may_transcribe("Мейс", "mace")


def test_a_place_dropped_beside_a_word_that_holds_its_letters_is_major() -> None:
    found = flags(
        "She was arrested in December 2018 in Canada amid a diplomatic scandal.",
        "en",
        "Её арестовали в декабре 2018 г. на фоне дипломатического скандала.",
        "ru",
    )
    assert ("major", "Canada is missing in the translation") in found, found


# ------------------------------------------------ a town of the data, in German


def test_a_town_of_the_data_after_a_place_preposition_is_strong() -> None:
    # "Gerlingen" is frequent in German only, which read it as a German common word
    parts = {m.text: m.strong for m in extract_names("Ein Mann starb in Gerlingen.", "de")}
    assert parts["Gerlingen"], parts
    found = serious(
        "Ein Mann starb bei einem Unfall in Gerlingen.", "de", "A man died in an accident.", "en"
    )
    assert ("major", "Gerlingen is missing in the translation") in found, found


# ------------------------------------------------ each language's own form of a name


def test_own_forms_need_each_name_more_frequent_in_its_own_language() -> None:
    [s] = extract_names("Wir stiegen auf das Matterhorn.", "de")[-1:]
    [t] = extract_names("Nous sommes montés au Cervin.", "fr")[-1:]
    assert _own_forms(s, t, "de", "fr")
    [a] = extract_names("Er kam aus Seattle.", "de")[-1:]
    [b] = extract_names("Il venait de Portland.", "fr")[-1:]
    assert not _own_forms(a, b, "de", "fr")  # both written alike in both languages


def test_an_exonym_the_encoder_reads_alike_is_no_swap() -> None:
    src = "Im Sommer wollen wir zum Matterhorn zurückkehren."
    tgt = "En été, nous voulons retourner au Cervin."
    alike = fake_embed([{"Matterhorn", "Cervin"}])
    assert not serious(src, "de", tgt, "fr", alike)
    # without the encoder's word the swap stands
    assert ("critical", "Matterhorn became Cervin") in serious(src, "de", tgt, "fr", fake_embed([]))


# ------------------------------------------------ a place glossed in brackets


def test_a_place_glossed_in_brackets_is_minor() -> None:
    found = flags(
        "Man found with gunshot wounds in Mambourin near Werribee",
        "en",
        "Mann mit Schusswunde in Mambourin bei Werribee (Australien) gefunden",
        "de",
    )
    assert ("minor", "Australien was added in the translation") in found, found


def test_a_place_added_outside_brackets_stays_major() -> None:
    found = flags(
        "Man found with gunshot wounds in Mambourin near Werribee",
        "en",
        "Mann mit Schusswunde in Mambourin bei Werribee in Australien gefunden",
        "de",
    )
    assert ("major", "Australien was added in the translation") in found, found


# ------------------------------------------------ a name beside a translated word, lost


def test_a_person_lost_beside_a_translated_title_is_missing() -> None:
    # "Republican" and "Senator" live on as "сенатор-республиканец": before, the whole
    # mention counted as translated and the senator's name went unreported
    found = serious(
        "On Monday, Republican Senator Ted Cruz accused Nancy Pelosi of pushing the package.",
        "en",
        "В понедельник сенатор-республиканец обвинил Нэнси Пелоси в продвижении пакета.",
        "ru",
    )
    assert any("Ted Cruz is missing" in m for _, m in found), found
