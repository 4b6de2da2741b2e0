"""Sentence encoders behind one protocol, and the per-run embedding cache.

encoder = get_encoder()              # the embedded default (USE multilingual v3)
encoder = get_encoder("path/to/hf")  # a Hugging Face encoder (extra `hf`)
vecs = encoder.encode(["Guten Tag.", "Добрый день."])  # float32 (n, d), L2-normalised
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

DEFAULT_MODEL = "use-multilingual-v3"


@runtime_checkable
class Encoder(Protocol):
    """Anything that turns sentences into L2-normalised float32 rows."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class CachedEncoder:
    """Wraps an encoder so each distinct text is embedded once per run.

    The aligner asks for merged blocks ("s1 s2") and the checks for sub-clauses; all
    of it goes through here, so nothing is encoded twice.
    """

    def __init__(self, encoder: Encoder):
        self.inner = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self._cache: dict[str, np.ndarray] = {}
        self.encoded = 0  # texts actually sent to the model (for benchmarks)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            vecs = self.inner.encode(missing)
            self.encoded += len(missing)
            for t, v in zip(missing, vecs, strict=True):
                self._cache[t] = v
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts]).astype(np.float32, copy=False)

    def clear(self) -> None:
        self._cache.clear()


_LOADED: dict[str, Encoder] = {}


def get_encoder(model: str | None = None) -> Encoder:
    """The encoder for `model` (None: the embedded default), loaded once per process."""
    key = model or DEFAULT_MODEL
    if key not in _LOADED:
        if key == DEFAULT_MODEL:
            from provenance.embed.use import UseEncoder

            _LOADED[key] = UseEncoder()
        else:
            from provenance.embed.hf import load_hf_encoder

            _LOADED[key] = load_hf_encoder(key)
    return _LOADED[key]


def l2_normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


__all__ = ["DEFAULT_MODEL", "CachedEncoder", "Encoder", "get_encoder", "l2_normalise"]
