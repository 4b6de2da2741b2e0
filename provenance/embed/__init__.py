"""Sentence encoders behind one protocol, and the per-run embedding cache.

encoder = get_encoder()              # the embedded default (USE multilingual v3)
encoder = get_encoder("path/to/hf")  # a Hugging Face encoder (extra `hf`)
vecs = encoder.encode(["Guten Tag.", "Добрый день."])  # float32 (n, d), L2-normalised
cached = CachedEncoder(encoder)      # each distinct text once per run
cached.encode([EditedText("Er kam.", base="Er kam spät.")])  # an edit: cheaper when the
                                     # encoder has `encode_edits` (the default one does)
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


class EditedText(str):
    """A text that is `base` with one part cut out or changed ("the row without clause
    k"). It is the text itself to every encoder; one with `encode_edits` (the default
    encoder, `provenance.embed.edits`) reuses the base's work for it, through
    `CachedEncoder`."""

    base: str

    def __new__(cls, text: str, base: str) -> EditedText:
        obj = super().__new__(cls, text)
        obj.base = base
        return obj

    def __reduce__(self):  # pickle (batch workers) with the base
        return (EditedText, (str(self), self.base))


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
            vecs = self._encode_new(missing)
            self.encoded += len(missing)
            for t, v in zip(missing, vecs, strict=True):
                self._cache[str(t)] = v
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # `np.array` of the rows: what `np.stack` makes, without its Python per row.
        return np.array([self._cache[t] for t in texts]).astype(np.float32, copy=False)

    def _encode_new(self, texts: list[str]) -> np.ndarray:
        """Edited texts (`EditedText`) through the encoder's `encode_edits` when it has
        one, the rest through `encode`, in one call each."""
        encode_edits = getattr(self.inner, "encode_edits", None)
        edited = [isinstance(t, EditedText) for t in texts] if encode_edits else []
        if not any(edited):
            return self.inner.encode(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        plain = [k for k, e in enumerate(edited) if not e]
        if plain:
            out[plain] = self.inner.encode([texts[k] for k in plain])
        rows = [k for k, e in enumerate(edited) if e]
        out[rows] = encode_edits([(texts[k].base, str(texts[k])) for k in rows])
        return out

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


__all__ = [
    "DEFAULT_MODEL",
    "CachedEncoder",
    "EditedText",
    "Encoder",
    "get_encoder",
    "l2_normalise",
]
