"""Names check, version 22 (the fourteenth round, second pass): a surname that is a
dictionary word too ("Arsenal", "Cummings") replaced by a name the translation
writes as a name is major, no longer minor; the encoder still makes it minor where either
name reads as a translation of a word of the other side. Sentences written for these
tests."""

from __future__ import annotations

from test_names_lost import fake_embed, flags

SERIOUS = ("critical", "major")


# ------------------------------------------------ a dictionary-word surname replaced


def test_a_club_that_is_a_common_word_replaced_by_a_name_is_major() -> None:
    found = flags(
        "Chelsea lost 2-1 at Arsenal on Sunday.",
        "en",
        "Chelsea verlor am Sonntag 2:1 bei Fulham.",
        "de",
    )
    assert ("major", "Arsenal became Fulham") in found, found


def test_a_french_club_that_is_a_common_word_replaced_is_major() -> None:
    found = flags(
        "Chelsea a perdu 2-1 chez Arsenal dimanche.",
        "fr",
        "Chelsea verlor am Sonntag 2:1 bei Fulham.",
        "de",
    )
    assert ("major", "Arsenal became Fulham") in found, found


def test_a_german_noun_replaced_by_a_name_stays_minor() -> None:
    # every German noun is a capitalised dictionary word: "Brief", "Land", and the
    # surname "Flick" alike, so from German the pair stays minor
    for src, tgt in [
        ('"Wir sind bereit", sagte Flick am Montag.', '"We are ready," Tuchel said on Monday.'),
        (
            "Die Zeitung veröffentlichte am Montag einen Brief an die Leser.",
            "On Monday the newspaper published a letter by Fitzgerald to the readers.",
        ),
    ]:
        found = flags(src, "de", tgt, "en")
        assert not any(s in SERIOUS for s, _ in found), found


def test_an_english_surname_that_is_a_word_replaced_is_major() -> None:
    found = flags(
        "Mr Cummings attended the meeting in London.",
        "en",
        "Herr Johnson nahm an dem Treffen in London teil.",
        "de",
    )
    assert ("major", "Cummings became Johnson") in found, found


# ------------------------------------------------ near misses: no serious flag


def test_the_same_surname_kept_is_no_flag() -> None:
    found = flags(
        "Mr Cummings attended the meeting in London.",
        "en",
        "Herr Cummings nahm an dem Treffen in London teil.",
        "de",
    )
    assert not any(s in SERIOUS for s, _ in found), found


def test_a_title_said_with_the_name_of_its_holder_is_not_serious() -> None:
    # the translator names the Speaker: a description became a name, no swap
    found = flags(
        "The Speaker said the House would vote.",
        "en",
        "Spikerin Pelosi sagte, das Repräsentantenhaus werde abstimmen.",
        "de",
    )
    assert not any(s in SERIOUS for s, _ in found), found


def test_a_common_word_translated_is_not_serious() -> None:
    for src, tgt in [
        ("The Pilot was praised by the Navy.", "Der Pilot wurde von der Marine gelobt."),
        ("The Treasury said on Monday it would act.", "Das Finanzministerium erklärte, es handle."),
    ]:
        found = flags(src, "en", tgt, "de")
        assert not any(s in SERIOUS for s, _ in found), found


def test_a_target_word_that_is_no_clear_name_stays_minor() -> None:
    # "West" is a common word too: no clear name, so nothing serious is said of it
    found = flags(
        "Chelsea lost 2-1 at Arsenal on Sunday.",
        "en",
        "Chelsea verlor am Sonntag 2:1 bei West.",
        "de",
    )
    assert not any(s in SERIOUS for s, _ in found), found


def test_the_encoder_reading_the_new_name_as_a_translation_makes_it_minor() -> None:
    # the new name translates another word of the source (here, by the fake encoder's
    # say-so, "armoury"): the common word was translated, no name replaced
    embed = fake_embed([{"Fulham", "armoury"}])
    found = flags(
        "Chelsea lost 2-1 at Arsenal near the armoury.",
        "en",
        "Chelsea verlor 2:1 bei Fulham.",
        "de",
        embed=embed,
    )
    assert not any(s in SERIOUS and "Fulham" in m for s, m in found), found
    # without the encoder's say-so, the same pair is major
    found = flags(
        "Chelsea lost 2-1 at Arsenal near the armoury.",
        "en",
        "Chelsea verlor 2:1 bei Fulham.",
        "de",
        embed=fake_embed([]),
    )
    assert ("major", "Arsenal became Fulham") in found, found
