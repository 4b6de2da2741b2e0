"""Names check, version 21 (the fourteenth round): a one-side name whose evidence is weak
is minor — one word the dictionary lists as a common word ("Paras", "Minster"),
a word of the source's language left in the translation ("Kurstadt"), a rank of
dictionary words right before its person's name ("Air Chief Marshal R K S Bhadauria").
Sentences written for these tests (after the development references' false alarms);
no encoder."""

from __future__ import annotations

from test_names_lost import flags

SERIOUS = ("critical", "major")


def serious(found: list[tuple[str, str]], word: str) -> bool:
    return any(s in SERIOUS and word in msg for s, msg in found)


# ---------------------------------------------------------------- a common word capitalised


def test_an_english_common_noun_capitalised_and_translated_is_minor() -> None:
    found = flags(
        "Half the soldiers were previously Paras before they joined the unit.",
        "en",
        "Die Hälfte der Soldaten waren früher Fallschirmjäger, bevor sie zur Einheit kamen.",
        "de",
    )
    assert ("minor", "Paras is missing in the translation") in found, found


def test_a_name_in_a_german_dictionary_dropped_stays_major() -> None:
    # German lists names with a capital as it lists nouns: no common word by that alone
    found = flags("Wir trafen Nasarbajew gestern.", "de", "We met the president yesterday.", "en")
    assert ("major", "Nasarbajew is missing in the translation") in found, found


def test_a_misspelt_title_read_as_a_town_is_minor() -> None:
    found = flags(
        "Bundesinnenminister Horst Seehofer fordert eine längere Speicherung.",
        "de",
        "Federal Minster of the Interior Horst Seehofer is pushing for longer retention.",
        "en",
    )
    assert not serious(found, "Minster"), found


def test_a_town_after_a_preposition_of_place_stays_major() -> None:
    # the same word as a place: "in Minster" is where it happened
    found = flags(
        "The fire broke out in Minster on Sunday night.",
        "en",
        "Das Feuer brach am Sonntagabend aus.",
        "de",
    )
    assert ("major", "Minster is missing in the translation") in found, found


def test_a_clear_name_dropped_stays_major() -> None:
    found = flags(
        "Kanye West has apologised to wife Kim Kardashian for going public.",
        "en",
        "Канье Уэст извинился перед женой за то, что предал огласке это дело.",
        "ru",
    )
    assert ("major", "Kim Kardashian is missing in the translation") in found, found


def test_a_one_word_name_the_dictionary_lists_capitalised_stays_major() -> None:
    # "Jerusalem" is a name to the dictionary too: no common word
    found = flags(
        "Die Polizei ist in der Nacht gewaltsam gegen Demonstranten in Jerusalem vorgegangen.",
        "de",
        "The police acted forcibly against demonstrators during the night.",
        "en",
    )
    assert ("major", "Jerusalem is missing in the translation") in found, found


# ---------------------------------------------------------------- a source word left


def test_a_german_word_left_in_an_english_translation_is_minor() -> None:
    found = flags(
        "Das sagt Kurdirektorin Sylvie Thormann.",
        "de",
        "This was said by the Kurstadt director, Sylvie Thormann.",
        "en",
    )
    assert not serious(found, "Kurstadt"), found


def test_an_english_name_added_to_a_german_source_stays_major() -> None:
    # a name, not a German word: the translation added it
    found = flags(
        "Das sagt die Direktorin Sylvie Thormann.",
        "de",
        "This was said by the Bournemouth director, Sylvie Thormann.",
        "en",
    )
    assert serious(found, "Bournemouth"), found


# ---------------------------------------------------------------- a rank before a name


RANKS_SRC = (
    "Earlier today, Air Chief Marshal R K S Bhadauria and Admiral Karambir Singh paid tributes."
)


def test_a_rank_before_its_person_rendered_otherwise_is_minor() -> None:
    found = flags(
        RANKS_SRC,
        "en",
        "Vorhin erwiesen Luftwaffen-Generalleutnant R K S Bhadauria und Admiral Karambir"
        " Singh die Ehre.",
        "de",
    )
    assert not serious(found, "Air Chief Marshal"), found


def test_the_person_after_the_rank_dropped_stays_major() -> None:
    found = flags(
        RANKS_SRC,
        "en",
        "Vorhin erwiesen Luftwaffen-Generalleutnant und Admiral Karambir Singh die Ehre.",
        "de",
    )
    assert serious(found, "Bhadauria"), found


def test_a_name_of_common_words_alone_is_no_rank() -> None:
    # nothing follows it: no rank of a person, the name of a team
    found = flags(
        "Leicester led for months but the Red Devils finished in the top four.",
        "en",
        "«Лестер» лидировал несколько месяцев, но команда завершила сезон в четвёрке.",
        "ru",
    )
    assert serious(found, "Red Devils"), found


# ---------------------------------------------------------------- near misses (seed 0)


def test_a_common_word_with_no_place_of_its_spelling_stays_major() -> None:
    # "Mail" is a common word but no town: a newspaper's name, swapped for another
    found = flags(
        "The Mail on Sunday can reveal that part of his visit involved a trip to the range.",
        "en",
        "In ihrer Sonntagsausgabe kann The Matt enthüllen, dass sein Besuch einen Abstecher"
        " vorsah.",
        "de",
    )
    assert ("major", "Mail is missing in the translation") in found, found


def test_a_town_of_that_very_spelling_dropped_stays_major() -> None:
    # "aurora" is a common word too, but Aurora is a town of that name
    found = flags(
        "A protester was shot in the suburban Denver suburb of Aurora during demonstrations.",
        "en",
        "Während Protesten, einem Vorort von Denver, wurde ein Demonstrant erschossen.",
        "de",
    )
    assert ("major", "Aurora is missing in the translation") in found, found


# ---------------------------------------------------------------- a namesake lost

SINGH_SRC = (
    "Earlier today, defence minister Rajnath Singh and Navy Chief Admiral Karambir Singh"
    " paid tributes."
)


def test_a_second_person_of_one_surname_dropped_is_major() -> None:
    found = flags(
        SINGH_SRC,
        "en",
        "Vorhin erwies auch der Verteidigungsminister Rajnath Singh die Ehre.",
        "de",
    )
    assert ("major", "Karambir Singh is missing in the translation") in found, found


def test_both_namesakes_kept_are_no_flag() -> None:
    found = flags(
        SINGH_SRC,
        "en",
        "Vorhin erwiesen auch der Verteidigungsminister Rajnath Singh und Marinebefehlshaber"
        " Admiral Karambir Singh die Ehre.",
        "de",
    )
    assert not any(s in SERIOUS for s, _ in found), found


def test_a_namesake_said_by_rank_and_surname_is_a_name_cut_short() -> None:
    # the second "Singh" is this name's own: the given name is dropped, the person kept
    found = flags(
        SINGH_SRC,
        "en",
        "Vorhin erwiesen auch der Verteidigungsminister Rajnath Singh und Admiral Singh die Ehre.",
        "de",
    )
    assert not any(s in SERIOUS for s, _ in found), found


# ---------------------------------------------------------------- review mends (round 14)


def test_a_german_word_that_is_a_town_after_in_is_a_town_added() -> None:
    # "Weiden" (pastures) and "Laufen" (to run) are German words and towns: after a
    # preposition of place a town added, not a source word left untranslated
    src = "Die Polizei nahm am Freitag einen Mann fest."
    for town in ("Weiden", "Laufen"):
        found = flags(src, "de", f"On Friday police in {town} arrested a man.", "en")
        assert ("major", f"{town} was added in the translation") in found, found


def test_a_german_word_the_gazetteer_names_a_town_is_a_town_added() -> None:
    # no preposition: the gazetteer's own spelling of a town says so
    found = flags(
        "Die Polizei nahm am Freitag einen Mann fest.",
        "de",
        "The Weiden police arrested a man on Friday.",
        "en",
    )
    assert ("major", "Weiden was added in the translation") in found, found
