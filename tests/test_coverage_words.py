"""Coverage version 8: the words of a blamed part are linked one to one with the other
side's words, so a word of the other side that renders one word cannot also cover a
second (the rendering of the second was cut)."""

from __future__ import annotations

import numpy as np

from provenance.checks.coverage import _unlinked, uncovered_words

LONGER = "Der Anteil stieg um vier Prozentpunkte auf 40 Prozent."
PART = "um vier Prozentpunkte"
# "Prozentpunkte" is 0.9 from "percent", which "Prozent" renders.
VECS = {
    "Anteil": [0, 1, 0, 0, 0],
    "share": [0, 1, 0, 0, 0],
    "stieg": [0, 0, 1, 0, 0],
    "rose": [0, 0, 1, 0, 0],
    "Prozent": [1, 0, 0, 0, 0],
    "percent": [1, 0, 0, 0, 0],
    "Prozentpunkte": [0.9, 0, 0, 0, 0.19**0.5],
}


def _embed(texts) -> np.ndarray:
    out = np.zeros((len(texts), 6), dtype=np.float32)
    for k, t in enumerate(texts):
        if t in VECS:
            out[k, :5] = VECS[t]
        else:
            out[k, 5] = 1.0  # every other word: off every axis, and near no content word
    return out


def test_a_word_of_the_other_side_renders_one_word() -> None:
    once = "The share rose to 40 percent."
    unlinked = _unlinked(LONGER, "de", once, _embed)
    assert unlinked["Prozent"] == unlinked["Anteil"] == unlinked["stieg"] == 0
    assert unlinked["Prozentpunkte"] == 1  # "percent" is taken by "Prozent"
    # Judged against the whole side, the part's content word lacks a counterpart; the
    # part alone (the old test: any word within 0.6) finds "percent" for it.
    assert uncovered_words(PART, "de", once, _embed, LONGER) == 1
    assert uncovered_words(PART, "de", once, _embed) == 0


def test_two_occurrences_render_two_words() -> None:
    twice = "The share rose by four percent points to 40 percent."
    assert _unlinked(LONGER, "de", twice, _embed)["Prozentpunkte"] == 0
    assert uncovered_words(PART, "de", twice, _embed, LONGER) == 0


def test_a_word_said_twice_against_one_rendering_keeps_one_occurrence_unlinked() -> None:
    # each occurrence links once (review of round 10: the links were counted per word)
    doubled = "Prozent und Prozent"
    assert _unlinked(doubled, "de", "percent", _embed)["Prozent"] == 1
    assert uncovered_words(doubled, "de", "percent", _embed) == 1
    assert uncovered_words(doubled, "de", "percent percent", _embed) == 0
