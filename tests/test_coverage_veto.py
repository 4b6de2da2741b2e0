"""Coverage version 9: the veto on a blamed part counts its words below Zipf 5.6
(`VETO_ZIPF`), so the common content words of an uninflected language ("country",
"week", "police", between 5.3 and 5.6 in English) are read as content, not skipped as
function words; the runs of uncovered words keep the old cut (`CONTENT_ZIPF`)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from provenance.checks.coverage import (
    CONTENT_ZIPF,
    MIN_UNCOVERED,
    VETO_ZIPF,
    _content_words,
    _word_evidence,
    uncovered_run,
    uncovered_words,
)

# A cut clause of an English source (the translation renders the rest).
LONGER = "Hospitals are full while the whole country is fighting the coronavirus."
PART = "while the whole country is fighting the coronavirus."
SHORTER = "Die Krankenhäuser sind voll, und das Coronavirus ist überall."
SAME = {"Hospitals": "Krankenhäuser", "full": "voll", "coronavirus": "Coronavirus"}


def _embed(texts) -> np.ndarray:
    """Each word on its own axis; a word and its rendering in `SAME` share one."""
    axes: dict[str, int] = {}
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for k, t in enumerate(texts):
        key = SAME.get(t, t)
        out[k, axes.setdefault(key, len(axes))] = 1.0
    return out


def test_common_content_words_count_for_the_veto() -> None:
    assert CONTENT_ZIPF < 5.48 < VETO_ZIPF  # "country" sits between the two cuts
    assert {"whole", "country"} <= set(_content_words(PART, "en", VETO_ZIPF))
    assert not {"while", "the", "is"} & set(_content_words(PART, "en", VETO_ZIPF))
    # At the old cut only "fighting" is left to count ("coronavirus" has its rendering):
    # the veto calls the part a reformulation.
    old = [w for w in _content_words(PART, "en") if w != "coronavirus"]
    assert old == ["fighting"]
    assert uncovered_words(PART, "en", SHORTER, _embed, LONGER) == 3 >= MIN_UNCOVERED


def test_a_cut_clause_with_common_words_stays_major() -> None:
    longer = SimpleNamespace(text=LONGER, lang="en")
    shorter = SimpleNamespace(text=SHORTER, lang="de")
    pair = SimpleNamespace(embed=_embed)
    evidence: dict = {}
    assert _word_evidence("major", 0.08, PART, longer, shorter, pair, evidence) == "major"
    assert evidence["uncovered_words"] == 3


def test_a_rendered_part_is_still_vetoed() -> None:
    rendered = "Die Krankenhäuser sind voll, während das ganze Land das Coronavirus bekämpft."
    same = {**SAME, "whole": "ganze", "country": "Land", "fighting": "bekämpft"}

    def embed(texts) -> np.ndarray:
        axes: dict[str, int] = {}
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for k, t in enumerate(texts):
            out[k, axes.setdefault(same.get(t, t), len(axes))] = 1.0
        return out

    assert uncovered_words(PART, "en", rendered, embed, LONGER) == 0


def test_runs_keep_the_old_cut() -> None:
    # "whole" and "country" are not content words for the runs: only "fighting" is left
    # without a counterpart ("coronavirus" has one), a run of 1.
    assert uncovered_run(LONGER, "en", SHORTER, _embed) == 1
