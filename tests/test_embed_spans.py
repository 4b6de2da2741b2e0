"""Clause vectors pooled from a text's own token features (`provenance.embed.spans`)."""

from __future__ import annotations

import numpy as np

from provenance.embed import CachedEncoder
from provenance.embed.spans import span_vectors

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
