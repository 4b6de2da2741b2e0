"""Clause vectors pooled from a text's own token features (`provenance.embed.spans`) and
the coverage check's clause-without-a-match test that reads them."""

from __future__ import annotations

import numpy as np

from provenance.checks.coverage import CoverageCheck, SpanCache, matchless_clause
from provenance.embed import CachedEncoder
from provenance.embed.spans import span_vectors
from provenance.model import PairView, Segment
from provenance.pairs import reference_stats

TEXT = "The prosecution says that, if he is convicted, the man faces ten years in prison."
SPANS = [(0, 26), (26, 46), (46, len(TEXT))]


def test_the_whole_text_pooled_is_its_embedding(encoder) -> None:
    cached = CachedEncoder(encoder)
    (whole,) = span_vectors(cached.encode, [(TEXT, [(0, len(TEXT))], False)])
    assert float(whole[0] @ cached.encode([TEXT])[0]) > 0.9999


def test_a_clause_pooled_is_close_to_the_clause_alone_and_so_is_the_rest(encoder) -> None:
    cached = CachedEncoder(encoder)
    parts, rests = span_vectors(cached.encode, [(TEXT, SPANS, False), (TEXT, SPANS, True)])
    alone = cached.encode([TEXT[a:b].strip() for a, b in SPANS])
    without = cached.encode([(TEXT[:a] + TEXT[b:]).strip() for a, b in SPANS])
    assert parts.shape == rests.shape == (3, 512)
    assert ((parts * alone).sum(axis=1) > 0.9).all()
    assert ((rests * without).sum(axis=1) > 0.9).all()
    # and each is nearer its own clause than the others
    assert (np.argmax(parts @ alone.T, axis=1) == [0, 1, 2]).all()


class PlainEncoder:
    """An encoder without token features: the spans are embedded as texts of their own."""

    name, dim = "plain", 512

    def __init__(self, inner) -> None:
        self.inner, self.calls = inner, 0

    def encode(self, texts):
        self.calls += 1
        return self.inner.encode(texts)


def test_another_encoder_embeds_the_spans_as_texts_in_one_call(encoder) -> None:
    plain = PlainEncoder(encoder)
    cached = CachedEncoder(plain)
    parts, rests = span_vectors(cached.encode, [(TEXT, SPANS, False), (TEXT, SPANS, True)])
    assert plain.calls == 1
    expected = encoder.encode([TEXT[26:46].strip(), (TEXT[:26] + TEXT[46:]).strip()])
    assert np.allclose(parts[1], expected[0], atol=1e-5)
    assert np.allclose(rests[1], expected[1], atol=1e-5)


SOURCE = (
    "Die Regierung hat am Montag ein neues Gesetz beschlossen, das die Mieten in den "
    "großen Städten ab dem nächsten Jahr begrenzen soll."
)
FAITHFUL = (
    "On Monday the government passed a new law that is meant to cap rents in the big "
    "cities from next year."
)
ADDED = FAITHFUL[:-1] + ", while the orchestra rehearsed a symphony by Mahler."


def _view(src: str, tgt: str, cached: CachedEncoder) -> PairView:
    vs, vt = cached.encode([src, tgt])
    return PairView(
        0, Segment(0, "de", [0], [src]), Segment(1, "en", [0], [tgt]), float(vs @ vt),
        reference_stats("de", "en"), cached.encode,
    )  # fmt: skip


def test_a_clause_without_a_match_is_found_and_a_translated_one_is_not(encoder) -> None:
    cached = CachedEncoder(encoder)
    added, faithful = _view(SOURCE, ADDED, cached), _view(SOURCE, FAITHFUL, cached)
    hit = matchless_clause(added.tgt, added.src, cached.encode, SpanCache())
    assert hit is not None and "orchestra" in ADDED[hit[0][0] : hit[0][1]]
    assert hit[1] <= 0.1 and hit[2] >= 0.05 and hit[3] <= 0.15
    assert matchless_clause(faithful.tgt, faithful.src, cached.encode, SpanCache()) is None
    check = CoverageCheck()
    check.prepare([added, faithful])
    found = check(added)
    assert [(f.type, f.severity) for f in found] == [("addition", "major")]
    assert "orchestra" in found[0].message
    # the new test alone (other tests may find a clause this long first)
    match = check._by_match(added)
    assert match is not None and match.severity == "major" and "matches it" in match.message
    assert check._by_match(faithful) is None
    assert not [f for f in check(faithful) if f.severity in ("critical", "major")]
