"""The direction-of-change check: earlier / later / only moved, per language and per pair."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks import available
from provenance.checks.direction import DirectionCheck, cues, stated


def run(src_lang: str, src: str, tgt_lang: str, tgt: str):
    pair = one_line_pair(src, src_lang, tgt, tgt_lang)
    return DirectionCheck()(pair)


def direction(code: str, text: str) -> set[str]:
    return set(stated(cues(text, code)))


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("de", "Die Wahl wurde auf den 9. Juni vorgezogen.", {"earlier"}),
        ("de", "Die Regierung will die Wahl vorverlegen.", {"earlier"}),
        ("de", "Es gibt vorgezogene Neuwahlen im Herbst.", {"earlier"}),
        ("de", "Die Wahl wurde auf Herbst verschoben.", {"later"}),
        ("de", "Das Parlament vertagte die Abstimmung.", {"later"}),
        ("de", "Die Sitzung wurde auf den 3. Mai verlegt.", {"neutral"}),
        ("ru", "Выборы перенесены на более ранний срок.", {"earlier"}),
        ("ru", "Назначены досрочные выборы.", {"earlier"}),
        ("ru", "Выборы отложены до осени.", {"later"}),
        ("ru", "Голосование было отложено.", {"later"}),
        ("ru", "Суд отсрочил исполнение приговора.", {"later"}),
        ("ru", "Выборы перенесли на 9 июня.", {"neutral"}),
        ("ru", "Обсудили перенос сроков строительства.", {"neutral"}),
        ("en", "The vote was brought forward to June 9.", {"earlier"}),
        ("en", "The election was advanced to May 5.", {"earlier"}),
        ("en", "They moved the vote up.", {"earlier"}),
        ("en", "The summit was postponed.", {"later"}),
        ("en", "The launch has been pushed back to 2025.", {"later"}),
        ("en", "The decision was deferred to next year.", {"later"}),
        ("en", "The vote was rescheduled.", {"neutral"}),
        ("en", "The meeting was moved to Tuesday.", {"neutral"}),
        ("fr", "Le scrutin a été avancé au 9 juin.", {"earlier"}),
        ("fr", "Des élections anticipées auront lieu.", {"earlier"}),
        ("fr", "Le sommet a été reporté à l'automne.", {"later"}),
        ("fr", "La séance est ajournée.", {"later"}),
        ("fr", "La réunion a été déplacée au 3 mai.", {"neutral"}),
    ],
)
def test_cues_state_a_direction(code, text, expected):
    assert direction(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The group wants to advance the cause of democracy."),
        ("en", "She advanced to the final."),
        ("en", "He moved to Berlin in 2010."),
        ("en", "Voters were put off by the campaign."),
        ("en", "The party pushed back against the plan."),
        ("en", "We defer to the experts on this."),
        ("en", "He acted without delay."),
        ("en", "She brought forward a proposal."),
        ("ru", "Он перенёс тяжёлую операцию."),
        ("de", "Er hat es vorgezogen, zu schweigen."),
        ("de", "Die Firma hat die Kabel verlegt."),
        ("fr", "Les négociations avancent lentement."),
        ("fr", "Un reporter a posé la question."),
    ],
)
def test_no_cue_outside_scheduling(code, text):
    assert cues(text, code) == []


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt"),
    [
        ("de", "Die Wahl wurde verschoben.", "en", "The election was postponed."),
        ("ru", "Выборы отложены.", "en", "The elections were postponed."),
        ("de", "Die Wahl wurde vorgezogen.", "en", "The election was brought forward."),
        (
            "de",
            "Die Wahl wurde auf Juni vorverlegt.",
            "ru",
            "Выборы перенесены на более ранний срок.",
        ),
        ("ru", "Выборы перенесены на 9 июня.", "en", "The elections were moved to June 9."),
        ("fr", "Le sommet a été reporté.", "de", "Der Gipfel wurde verschoben."),
        ("en", "The vote was rescheduled.", "fr", "Le vote a été reprogrammé."),
        # No cue on one side: rephrased, not judged.
        ("de", "Die Wahl wurde verschoben.", "en", "The election will take place later."),
    ],
)
def test_faithful_pairs_are_not_flagged(src_lang, src, tgt_lang, tgt):
    assert run(src_lang, src, tgt_lang, tgt) == []


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt", "severity", "key"),
    [
        # reversed
        ("de", "Die Wahl wurde vorgezogen.", "en", "The election was postponed.", "critical",
         "direction:later"),
        ("en", "The summit was postponed.", "ru", "Саммит провели досрочно.", "critical",
         "direction:earlier"),
        ("fr", "Le vote a été avancé au 9 juin.", "de", "Die Wahl wurde auf den 9. Juni "
         "verschoben.", "critical", "direction:later"),
        # added where the source is neutral
        ("ru", "Выборы перенесены на 9 июня.", "en", "The elections were postponed to June 9.",
         "minor", "direction:later"),
        ("de", "Die Sitzung wurde auf Montag verlegt.", "fr", "La séance a été avancée à lundi.",
         "minor", "direction:earlier"),
        # lost, with no new date to work it out from
        ("de", "Die Wahl wurde vorgezogen.", "en", "The election was rescheduled.", "minor",
         "direction:neutral"),
        ("en", "The vote was delayed.", "ru", "Перенос голосования обсуждали долго.", "minor",
         "direction:neutral"),
    ],
)  # fmt: skip
def test_drifts_are_flagged(src_lang, src, tgt_lang, tgt, severity, key):
    (f,) = run(src_lang, src, tgt_lang, tgt)
    assert (f.type, f.severity, f.key) == ("meaning", severity, key)
    assert f.src_spans and f.tgt_spans


def test_message_names_both_words_and_directions():
    (f,) = run("ru", "Выборы перенесены на 9 июня.", "en", "The elections were postponed.")
    assert f.message == (
        "'перенесены' (moved) became 'postponed' (later): a direction the source does not state"
    )
    src = "Выборы перенесены на 9 июня."
    a, b = f.src_spans[0]
    assert src[a:b] == "перенесены"


def test_direction_lost_but_new_date_kept_is_not_flagged():
    assert run("de", "Die Wahl wurde auf den 9. Juni vorgezogen.", "ru",
               "Выборы перенесены на 9 июня.") == []  # fmt: skip


def test_registered():
    assert "direction" in available()
