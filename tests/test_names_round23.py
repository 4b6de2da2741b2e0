"""Names check, version 23 (the fifteenth round): an ordinary word of the other side
no longer passes for a name's trace when it is a function word of three letters ("den"
for "Deeney") or when a place stem meets it only inside the word ("Grealish", stem
"greal", against "игре"): the surname replaced is then reported, not taken as translated.
Sentences written for these tests, after the drift suite's readable seeds (35-39)."""

from __future__ import annotations

import pytest
from test_names_lost import flags

from provenance.checks.names import _function_key, _traced
from provenance.extract.names import extract_names, trace_keys

SERIOUS = ("critical", "major")


def _part(text: str, lang: str, word: str):
    return next(p for m in extract_names(text, lang) for p in m.parts if p.text == word)


# ------------------------------------------------ the rules' own cases


def test_a_surname_replaced_beside_a_german_article_is_reported() -> None:
    # "den" (the article) was read as a trace of "Deeney": the name counted as translated
    found = flags(
        "Troy Deeney scored at the Emirates.", "en", "Troy Island traf in den Emiraten.", "de"
    )
    assert ("critical", "Deeney became Island") in found, found


def test_a_surname_replaced_is_no_stem_read_inside_a_russian_word() -> None:
    # "Grealish" has the stem "greal" (read as an adjective in -ish), which met "игре"
    # inside the word: the surname counted as said by an ordinary word
    found = flags(
        "Captain Jack Grealish scored in what could be his last game.",
        "en",
        "Капитан Джек Луис забил гол в игре, которая могла оказаться последней.",
        "ru",
    )
    assert ("critical", "Grealish became Луис") in found, found


def test_the_traces_themselves() -> None:
    deeney = _part("Troy Deeney scored.", "en", "Deeney")
    assert not _traced(deeney, trace_keys("Er traf in den Emiraten.", "de"))
    grealish = _part("Jack Grealish scored.", "en", "Grealish")
    assert not _traced(grealish, trace_keys("Он забил гол в игре.", "ru"))
    assert all(_function_key(w) for w in ("den", "und", "les", "the"))
    assert not any(_function_key(w) for w in ("kub", "ost", "rom"))


# ------------------------------------------------ near misses: traces that stay


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a place said by its adjective, the stem opening the word
        ("Kazakhstan sells oil.", "en", "Die kasachische Regierung verkauft Öl.", "de"),
        ("The Czech government sells oil.", "en", "Die tschechische Regierung verkauft Öl.", "de"),
        ("Cuba sells more oil.", "en", "Die kubanische Regierung verkauft mehr Öl.", "de"),
        ("Kuba verkauft mehr Öl.", "de", "The Cuban government sells more oil.", "en"),
        ("Ägypten verkauft mehr Öl.", "de", "The Egyptian government sells more oil.", "en"),
        ("Ukraine sells more grain.", "en", "Украинские фермеры продают больше зерна.", "ru"),
        ("China sells more steel.", "en", "Китайские заводы продают больше стали.", "ru"),
        ("Chechnya sells more oil.", "en", "Чеченское правительство продаёт нефть.", "ru"),
        # the names kept, beside the same function words
        ("Troy Deeney scored at the Emirates.", "en", "Troy Deeney traf in den Emiraten.", "de"),
        (
            "Captain Jack Grealish scored in what could be his last game.",
            "en",
            "Капитан Джек Грилиш забил гол в игре, которая могла оказаться последней.",
            "ru",
        ),
    ],
)
def test_no_serious_flag_where_the_name_is_kept_or_translated(src, sl, tgt, tl) -> None:
    found = flags(src, sl, tgt, tl)
    assert not any(s in SERIOUS for s, _ in found), found


def test_a_short_word_that_is_the_names_own_key_still_traces_it() -> None:
    # only a function word spelt otherwise is set aside; the name's own key is its trace
    part = _part("Der Verein Die Linke tagt.", "de", "Linke")
    assert _traced(part, [("linke", frozenset())])
    don = _part("Don said so.", "en", "Don")
    assert _traced(don, [(next(iter(don.keys)), frozenset())])
