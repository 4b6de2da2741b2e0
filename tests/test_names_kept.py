"""A name on one side only whose meaning the other side keeps (version 9): cut from its
sentence, the sentence moves away from the other side's, so the other side said it another
way ("Godspeed" / "Бог в помощь"); a name dropped leaves its sentence closer once cut.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import need

from provenance.checks.names import KEPT, NamesCheck
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


def view(src: str, sl: str, tgt: str, tl: str, embed=None) -> PairView:
    return PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None, embed=embed)


def found(src: str, sl: str, tgt: str, tl: str, embed=None) -> list:
    return NamesCheck()(view(src, sl, tgt, tl, embed))


def sentence_embed(same: set[str]):
    """An encoder where the texts in `same` are one vector and every other text a vector
    of its own (orthogonal to all)."""
    slots: dict[str, int] = {}

    def embed(texts):
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for k, t in enumerate(texts):
            out[k, 0 if t in same else slots.setdefault(t, len(slots) + 1)] = 1.0
        return out

    return embed


SRC = "Der Minister besuchte am Montag Kowalczyk in der Klinik."
TGT = "On Monday the minister visited the director in the clinic."
CUT = "Der Minister besuchte am Montag in der Klinik."


def test_a_name_whose_meaning_the_other_side_keeps_is_minor() -> None:
    # the source with the name is the translation's meaning, without it it is not
    flags = found(SRC, "de", TGT, "en", sentence_embed({SRC, TGT}))
    missing = [f for f in flags if f.message == "Kowalczyk is missing in the translation"]
    assert [f.severity for f in missing] == ["minor"]
    assert missing[0].detail["meaning_kept"] == 1.0


def test_a_name_whose_sentence_comes_closer_without_it_stays_major() -> None:
    # the source without the name is the translation's meaning: the name was dropped
    flags = found(SRC, "de", TGT, "en", sentence_embed({CUT, TGT}))
    assert ("major", "Kowalczyk is missing in the translation") in [
        (f.severity, f.message) for f in flags
    ]


def test_a_name_added_is_cut_from_the_translation() -> None:
    src = "On Monday the minister visited the clinic."
    tgt = "Am Montag besuchte der Minister die Klinik von Kowalczyk."
    kept = found(src, "en", tgt, "de", sentence_embed({src, tgt}))
    assert ("minor", "Kowalczyk was added in the translation") in [
        (f.severity, f.message) for f in kept
    ]
    cut = "Am Montag besuchte der Minister die Klinik von ."
    added = found(src, "en", tgt, "de", sentence_embed({src, cut}))
    assert ("major", "Kowalczyk was added in the translation") in [
        (f.severity, f.message) for f in added
    ]


# ---------------------------------------------------------------- the run's encoder


def test_the_encoder_reads_a_translated_phrase_as_kept_and_a_dropped_place_as_lost() -> None:
    from provenance.embed import CachedEncoder, get_encoder

    enc = CachedEncoder(get_encoder()).encode
    godspeed = found("Бог в помощь!", "ru", "Godspeed!", "en", enc)
    assert [(f.severity, f.message) for f in godspeed] == [
        ("minor", "Godspeed was added in the translation")
    ]
    assert godspeed[0].detail["meaning_kept"] >= KEPT
    dropped = found(
        "Die Polizei löste in der Nacht in Jerusalem eine Demonstration gegen die Regierung auf.",
        "de",
        "During the night the police broke up a demonstration against the government.",
        "en",
        enc,
    )
    assert ("major", "Jerusalem is missing in the translation") in [
        (f.severity, f.message) for f in dropped
    ]


@pytest.mark.slow
def test_planted_name_drops_keep_their_flags(shared_dir: Path, monkeypatch) -> None:
    """The drift suite's names dropped on ru->en and en->ru (seed 0): the test lowers no
    planted drop (as many items keep a critical/major entity flag as without it); on the
    faithful rows of the ru->en A reference it lowers some names flags, and few."""
    corpus = shared_dir / "corpora" / "wmt21"
    need((corpus / "ru-en" / "ref-A.en").is_file(), f"{corpus} not found")
    from provenance.bench.realdrift import generate
    from provenance.checks import names
    from provenance.embed import CachedEncoder, get_encoder

    enc = CachedEncoder(get_encoder()).encode
    items = generate(corpus, ["ru-en", "en-ru"], seed=0, kinds=("name_dropped",))
    assert len(items) >= 30

    def hits() -> int:
        return sum(
            any(
                f.severity in SERIOUS
                for f in found(it.source, it.src_lang, it.perturbed, it.tgt_lang, enc)
            )
            for it in items
        )

    with_test = hits()
    monkeypatch.setattr(names, "KEPT", 10.0)  # no sentence moves that far: the test is off
    assert hits() == with_test >= 0.8 * len(items)
    monkeypatch.undo()
    folder = corpus / "ru-en"
    src = (folder / "source.ru").read_text(encoding="utf-8").splitlines()
    tgt = (folder / "ref-A.en").read_text(encoding="utf-8").splitlines()
    lowered = [
        f.message
        for s, t in zip(src, tgt, strict=True)
        for f in found(s, "ru", t, "en", enc)
        if "meaning_kept" in f.detail
    ]
    assert 1 <= len(lowered) <= 20
