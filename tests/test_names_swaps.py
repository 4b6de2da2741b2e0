"""Names check, version 10: a swap has two sides, a name lost and another in its place.

Constructed sentences for each rule, and the real-text drift suite's planted swaps
(`need(...)`: skipped with a reason when the corpus is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import need, one_line_pair

from provenance.checks.names import NamesCheck

SERIOUS = ("critical", "major")


def flags(src: str, sl: str, tgt: str, tl: str, embed=None) -> list[tuple[str, str]]:
    view = one_line_pair(src, sl, tgt, tl, embed=embed)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


def serious(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    return [f for f in flags(src, sl, tgt, tl) if f[0] in SERIOUS]


# ------------------------------------------- a name beside a translated word is no translation


def test_a_person_beside_a_translated_word_is_a_name_added() -> None:
    src = "В порту стоит Балтийский флот, сказал адмирал."
    # the adjective left unmatched, the swap is paired: "Балтийский became Ivan"
    found = serious(src, "ru", "The Ivan Fleet is in the port, the admiral said.", "en")
    assert any("Ivan" in message for _, message in found), found
    assert serious(src, "ru", "The Baltic Fleet is in the port, the admiral said.", "en") == []


def test_a_place_said_in_two_words_one_translated_is_no_name_added() -> None:
    src = "Над петербургским портом пролетели самолёты."
    assert serious(src, "ru", "Planes flew over the Saint Petersburg port.", "en") == []


# --------------------------------------------------- one word of a name, the others transcribed


def test_a_word_transcribed_in_no_system_is_replaced() -> None:
    src = "Вчера Ким Чен Ын выступил с речью."
    assert ("major", "Ким became Menshikova") in flags(
        src, "ru", "Yesterday Menshikova Jong Un gave a speech.", "en"
    )
    # (Чен / Jong, of another system, is flagged as before: the keys and the model's grey
    # zone cannot tell it from Fiona / Диана)
    kept = serious(src, "ru", "Yesterday Kim Jong Un gave a speech.", "en")
    assert not any("Ким" in message for _, message in kept), kept


# ------------------------------------------- a piece of a long name, aligned where it matched


def test_a_word_replaced_in_a_piece_of_a_longer_name() -> None:
    src = "Orange County Sheriff Tom Baker said the road was closed."
    swapped = "Der Sheriff von Orange Jenner, Tom Baker, sagte, die Straße sei gesperrt."
    assert ("major", "County became Jenner") in flags(src, "en", swapped, "de")
    kept = "Der Sheriff von Orange County, Tom Baker, sagte, die Straße sei gesperrt."
    assert serious(src, "en", kept, "de") == []


# ------------------------------------- a name beside an ordinary word that was translated


def test_a_name_replaced_beside_a_translated_word() -> None:
    src = 'Im Urlaub las sie den Roman "Meine Cousine Rachel" noch einmal.'
    assert ("major", "Rachel became Ham") in flags(
        src, "de", "On holiday she read the novel “My Cousin Ham” again.", "en"
    )
    assert serious(src, "de", "On holiday she read the novel “My Cousin Rachel” again.", "en") == []


def test_a_name_translated_beside_a_translated_word_is_minor() -> None:
    from provenance.embed import CachedEncoder, get_encoder

    enc = CachedEncoder(get_encoder()).encode
    found = flags(
        "Die Deutsche Fußball Liga prüft die neue Regel.",
        "de",
        "The German Football League is reviewing the new rule.",
        "en",
        enc,
    )
    assert all(sev == "minor" for sev, _ in found), found


# ------------------------------------------------------------------ the real-text drift suite


@pytest.mark.slow
def test_planted_swaps_on_real_text(shared_dir: Path) -> None:
    """The drift suite's names swapped (seed 0, four directions): the check alone, one
    row at a time, flags at least 90 % of them critical or major (the bench, which sees
    the rows around, 0.94 at version 10, 0.86 at version 9)."""
    corpus = shared_dir / "corpora" / "wmt21"
    need((corpus / "ru-en" / "ref-A.en").is_file(), f"{corpus} not found")
    from provenance.bench.realdrift import generate
    from provenance.embed import CachedEncoder, get_encoder

    enc = CachedEncoder(get_encoder()).encode
    dirs = ["de-en", "ru-en", "en-de", "en-ru"]
    items = generate(corpus, dirs, seed=0, kinds=("name_swapped",))
    assert len(items) >= 60
    hit = sum(
        any(s in SERIOUS for s, _ in flags(it.source, it.src_lang, it.perturbed, it.tgt_lang, enc))
        for it in items
    )
    assert hit >= 0.9 * len(items)
