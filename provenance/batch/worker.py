"""What runs in a worker process: check one item, using a model loaded once per process.

The same function serves local worker processes and Dask workers: the encoder and the
checks live in a process-level cache keyed by the settings, so each process loads the
model once whatever the number of items it is given. Nothing heavy is imported at module
level, so spawning a worker stays cheap until the model is needed.

Local workers are normally forked from a warmed fork server (`provenance.batch.preload`,
which calls `warm_from_env`): the cache is filled there once and every worker inherits it
copy-on-write, so the start-up is paid once per run instead of once per worker.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import signal
import sys
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from provenance.batch import faults
from provenance.batch.archive import ItemTask

# The settings the fork server warms up for, as JSON in its environment: a forkserver's
# preloaded modules are its only input, so they read their parameters from there.
PRELOAD_ENV = "PROVENANCE_BATCH_PRELOAD"


@dataclass(frozen=True)
class WorkerSettings:
    model: str | None = None
    blas_threads: int = 1
    skip: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> WorkerSettings:
        raw = json.loads(text)
        return cls(
            model=raw["model"], blas_threads=int(raw["blas_threads"]), skip=tuple(raw["skip"])
        )


@dataclass
class ItemResult:
    """One item's outcome, as sent back to the process that writes the store."""

    id: str
    input_hash: str
    status: str  # "ok" | "error"
    error: str | None = None
    retry: bool = False  # the error may be transient (a crash, not the input): retry next run
    report_json: str | None = None  # the provenance.check/1 report, serialised in the worker
    # (alignment, type, severity, hop from, hop to, message, check)
    flags: list[tuple[int, str, str, int, int, str, str]] = field(default_factory=list)
    severities: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    langs: str = ""
    alignments: int = 0
    seconds: float = 0.0  # time spent checking this item in the worker
    # When the check began and ended, by the wall clock (time.time: one clock for every
    # process of a machine), so that a run can tell its workers' idle time from their work.
    started_at: float = 0.0
    ended_at: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker process for it (all its threads)
    startup_seconds: float = 0.0  # model load in this process, reported once by each
    preload_seconds: float = 0.0  # model load in the fork server it came from (shared), ditto
    pid: int = 0
    peak_rss_mb: float = 0.0


_LOCK = threading.Lock()  # Dask workers may run several tasks on threads of one process
_CACHE: dict[WorkerSettings, tuple[Any, list[Any]]] = {}
_STARTUP = {"seconds": 0.0, "preload": 0.0, "reported": False}
_INIT_ERROR: list[str] = []  # why this local worker could not load, if it could not


def prepare(settings: WorkerSettings) -> tuple[Any, list[Any]]:
    """The encoder and checks for `settings`, loaded on first use in this process."""
    from threadpoolctl import threadpool_limits

    with _LOCK:
        preloaded = _CACHE.get(replace(settings, blas_threads=1))
        if settings not in _CACHE and preloaded is not None:
            # The fork server loads on one BLAS thread whatever the settings; a worker
            # that wants more takes its model as it is and sets its own threads.
            threadpool_limits(settings.blas_threads)
            if hasattr(preloaded[0], "set_threads"):
                preloaded[0].set_threads(settings.blas_threads)
            _CACHE[settings] = preloaded
        if settings not in _CACHE:
            t0 = time.perf_counter()
            from provenance import checks as checks_mod
            from provenance.embed import DEFAULT_MODEL, get_encoder

            # N workers on C cores: each gets C/N BLAS threads, so they do not oversubscribe.
            threadpool_limits(settings.blas_threads)
            if settings.model in (None, DEFAULT_MODEL):
                from provenance.embed.use import UseEncoder

                encoder = UseEncoder(threads=settings.blas_threads)
            else:
                encoder = get_encoder(settings.model)
            check_list = checks_mod.select(list(settings.skip))
            _warm_up(encoder, check_list)
            if hasattr(encoder, "wait"):
                encoder.wait()  # its tokenizer loads in a thread: finished before any fork
            _CACHE[settings] = (encoder, check_list)
            _STARTUP["seconds"] += time.perf_counter() - t0
        return _CACHE[settings]


# One sentence per supported language: checking them once at start-up loads what the
# pipeline loads lazily (segmenters, language data, morphology), so that cost is start-up
# and not the first item's.
_WARM_UP = {
    "de": "Am 3. März 2020 stieg der Umsatz um 40 Prozent, sagte Anna Weber.",
    "ru": "3 марта 2020 года выручка выросла на 40 процентов, сказала Анна Вебер.",
    "en": "On 3 March 2020 revenue rose by 40 percent, Anna Weber said.",
    "fr": "Le 3 mars 2020, le chiffre d'affaires a augmenté de 40 pour cent, a dit Anna Weber.",
}


def _warm_up(encoder: Any, check_list: list[Any]) -> None:
    from provenance import lang as lang_data
    from provenance.pipeline import check_documents
    from provenance.text.documents import make_document
    from provenance.text.load import from_string

    codes = [c for c in _WARM_UP if c in lang_data.LANGUAGES]
    try:
        # The lexicons first: importing them is Python work that overlaps the encoder's
        # tokenizer, still being read in its thread; the check below embeds at once.
        from provenance.util import lexicon

        lexicon.load()
        docs = [make_document(from_string(_WARM_UP[c], f"<warm-up {c}>"), c) for c in codes]
        check_documents(docs, check_list, encoder)
    except Exception:
        pass


def warm_from_env() -> None:
    """In the fork server: load and warm up for the settings in PRELOAD_ENV, so that workers
    forked from it start warm. BLAS stays at one thread here whatever the settings: a
    process that is forked must have no threads (the children would inherit a thread pool
    whose threads do not exist); a worker that wants more sets them after the fork.
    Never raises: if this fails, each worker loads for itself, as a spawned one would."""
    die_with_parent()
    text = os.environ.get(PRELOAD_ENV)
    if not text:
        return
    try:
        prepare(replace(WorkerSettings.from_json(text), blas_threads=1))
    except Exception:
        return
    finally:
        # What the fork server spent is the run's, not each forked worker's own start-up.
        _STARTUP["preload"], _STARTUP["seconds"] = _STARTUP["seconds"], 0.0
    # Everything loaded so far lives as long as the workers: move it out of the collector's
    # sight. Otherwise each worker's first full collections write to the header of every
    # inherited object, copying nearly all of the server's pages into each worker (time
    # and memory: forked workers checked ~15% slower than spawned ones without this).
    gc.collect()
    gc.freeze()


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (PR_SET_PDEATHSIG), so a batch
    whose main process is killed (SIGKILL, the OOM killer) leaves no fork server or worker
    behind: the server dies with the batch process, each worker with the server (or with
    the batch process when spawned). Elsewhere a no-op: orphans there end when their pipe
    to the parent closes."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no prctl in this libc
        return
    # The parent may have died before the call took effect: then nobody would kill us.
    # A forked worker's batch process is `parent_process()` (its sentinel closes when it
    # dies), whichever process forked it; the fork server itself is re-parented to init.
    import multiprocessing

    batch = multiprocessing.parent_process()
    if os.getppid() == 1 or (batch is not None and not batch.is_alive()):
        os._exit(1)


def init_local_worker(settings: WorkerSettings) -> None:
    """Initializer of a local worker process: Ctrl-C is the parent's to handle; load now."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(settings.blas_threads)
    try:
        prepare(settings)
    except Exception as err:
        # Raising here would break the pool, which the runner takes for a crash and
        # restarts, over and over. Kept instead: each item reports it (and is retried on
        # the next run), so a broken install fails the run quickly with its cause.
        _INIT_ERROR.append(f"{type(err).__name__}: {err}")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def check_item(task: ItemTask, settings: WorkerSettings) -> ItemResult:
    """Check one item. Never raises for a bad item: its error is the result."""
    from provenance.errors import ProvenanceError

    result = ItemResult(id=task.id, input_hash=task.input_hash, status="error", pid=os.getpid())
    faults.before_item(task.id)
    try:
        if task.problem:
            result.error = task.problem
        elif _INIT_ERROR:
            result.error = f"internal error: the worker could not start ({_INIT_ERROR[0]})"
            result.retry = True
        else:
            encoder, check_list = prepare(settings)
            result.started_at = time.time()
            t0, c0 = time.perf_counter(), time.process_time()
            _check(task, encoder, check_list, result)
            result.seconds = time.perf_counter() - t0
            result.cpu_seconds = time.process_time() - c0
            result.ended_at = time.time()
    except ProvenanceError as err:
        result.error = str(err)
    except Exception as err:
        result.error = f"internal error: {type(err).__name__}: {err}"
        result.retry = True
    with _LOCK:
        if not _STARTUP["reported"]:
            result.startup_seconds = _STARTUP["seconds"]
            result.preload_seconds = _STARTUP["preload"]
            _STARTUP["reported"] = True
    result.peak_rss_mb = _peak_rss_mb()
    return result


def _check(task: ItemTask, encoder: Any, check_list: list[Any], result: ItemResult) -> None:
    from provenance import lang as lang_data
    from provenance.pipeline import check_documents
    from provenance.text.documents import bounded, expand, make_document
    from provenance.text.formats import extract
    from provenance.text.load import DEFAULT_MAX_CHARS, too_long

    codes = task.langs or [None] * len(task.names)
    docs = []
    for name, raw, code in zip(task.names, task.contents, codes, strict=True):
        # Any format of provenance.text.formats; a bilingual file (code "de-en") is two.
        # The same per-document ceiling as `check` (--max-chars' default): a huge item is
        # that item's error, found before its text is decoded where the size tells.
        if len(raw) > 4 * DEFAULT_MAX_CHARS:
            raise too_long(len(raw), "bytes", DEFAULT_MAX_CHARS, name)
        sides, named = expand([bounded(extract(raw, name), DEFAULT_MAX_CHARS)])
        given = code.split("-") if code and len(sides) == 2 else [code] * len(sides)
        for side, lang, fallback in zip(sides, given, named, strict=True):
            valid = lang_data.validate(lang, source=name) if lang else fallback
            docs.append(make_document(side, valid))
    report = check_documents(docs, check_list, encoder)
    result.report_json = json.dumps(report.to_dict(), ensure_ascii=False)
    result.flags = [
        (f.alignment, f.type, f.severity, f.hop[0], f.hop[1], f.message, f.check)
        for f in report.flags
    ]
    result.severities = report.severity_counts()
    result.documents = len(docs)
    result.langs = ",".join(d.lang for d in docs)
    result.alignments = len(report.alignments)
    result.status = "ok"
