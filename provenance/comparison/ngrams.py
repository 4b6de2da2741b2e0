"""Character n-gram vectors, and an encoder that mixes them with sentence embeddings.

Within one language two versions of a sentence share most of their character n-grams, a
signal the cross-lingual encoder does not use; `MixedEncoder` concatenates the
(normalised) embedding and a hashed character 3-gram vector, weighted so that a dot
product is `w * cosine(embeddings) + (1 - w) * cosine(n-grams)`. The aligner sees one more
encoder. Hashing is by crc32, so vectors are the same in every process.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

from provenance.embed import Encoder, l2_normalise

NGRAM = 3
DIMS = 2048


def ngram_vectors(texts: Sequence[str], n: int = NGRAM, dims: int = DIMS) -> np.ndarray:
    """L2-normalised counts of each text's character n-grams (lower-cased, spaces
    squeezed, padded with one space), hashed into `dims` buckets."""
    out = np.zeros((len(texts), dims), dtype=np.float32)
    for i, text in enumerate(texts):
        t = " " + " ".join(text.lower().split()) + " "
        idx = [zlib.crc32(t[k : k + n].encode()) % dims for k in range(max(1, len(t) - n + 1))]
        np.add.at(out[i], idx, 1.0)
    return l2_normalise(out)


class MixedEncoder:
    """`encoder`'s embeddings and character n-grams, mixed with weight `w` on the former."""

    def __init__(self, encoder: Encoder, w: float = 0.5):
        self.encoder = encoder
        self.w = w
        self.name = f"{encoder.name}+chr{NGRAM}g:{w:g}"
        self.dim = getattr(encoder, "dim", 0) + (DIMS if w < 1.0 else 0)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        emb = l2_normalise(np.asarray(self.encoder.encode(texts), dtype=np.float32))
        if self.w >= 1.0:
            return emb
        grams = ngram_vectors(texts)
        return np.concatenate([np.sqrt(self.w) * emb, np.sqrt(1.0 - self.w) * grams], axis=1)
