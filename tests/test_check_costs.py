"""What the checks embed at check time, and what they skip (docs/pipeline.md, round 10):
the cheaper routes must find what the dearer ones found."""

from __future__ import annotations

import math

import numpy as np
from conftest import one_line_pair

from provenance.checks import coverage
from provenance.embed import CachedEncoder, EditedText
from provenance.model import PairStats, Segment

_LONGER = (
    "Der Bürgermeister eröffnete gestern die neue Brücke über den Fluss, die zehn Jahre "
    "lang gebaut worden war, und dankte den Arbeitern für ihre Geduld."
)
_SHORTER = "The mayor opened the new bridge yesterday."


class RecordingEncoder:
    """Passes calls through and records which texts went to `encode` and which to
    `encode_edits`."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.plain: list[str] = []
        self.edited: list[str] = []

    def encode(self, texts):
        self.plain += list(texts)
        return self.inner.encode(texts)

    def encode_edits(self, edits):
        self.edited += [t for _, t in edits]
        return self.inner.encode_edits(edits)


def _row(embed) -> object:
    # The translation is shorter than the pair's norm (z = -1.2) and less similar: a row
    # examined for an unaligned clause only (no leave-one-part-out variants).
    ratio = len(_SHORTER) / len(_LONGER) * math.exp(1.2)
    stats = PairStats(length_ratio=ratio, length_ratio_spread=1.0, similarity_median=0.8)
    return one_line_pair(_LONGER, "de", _SHORTER, "en", sim=0.5, stats=stats, embed=embed)


def test_clauses_are_embedded_as_plain_texts_not_as_edits(encoder) -> None:
    recording = RecordingEncoder(encoder)
    cached = CachedEncoder(recording)
    pair = _row(cached.encode)
    z = coverage._clause_examine(pair)
    assert z is not None  # the row is examined for an unaligned clause
    longer = coverage._sides(pair, z)[1]
    parts = coverage._long_clauses(longer)
    texts = coverage._clause_texts(longer, parts)
    assert len(texts) >= 2 and not any(isinstance(t, EditedText) for t in texts)
    coverage.CoverageCheck().prepare([pair])
    assert set(texts) <= set(recording.plain)  # embedded in `prepare`, plainly ...
    assert not set(texts) & set(recording.edited)  # ... not as edits of their side
    assert coverage._examine(pair) is None and not recording.edited


def test_a_clause_embedded_plainly_equals_its_edit_up_to_rounding(encoder) -> None:
    longer = Segment(document=0, lang="de", sentence_ids=[0], sentences=[_LONGER])
    parts = coverage._long_clauses(longer)
    plain = encoder.encode(coverage._clause_texts(longer, parts))
    edited = encoder.encode_edits([(_LONGER, _LONGER[c.start : c.end].strip()) for c in parts])
    assert np.allclose(plain, edited, atol=2e-6)
