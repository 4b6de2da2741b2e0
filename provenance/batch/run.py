"""One batch run, end to end:

1. lock DIR (one writer), open the store and reconcile results.jsonl with it;
2. scan the archive: hash every item's inputs (streamed; ids and hashes go to a temporary
   SQLite table, not to memory) — this gives the total for the ETA and lets results whose
   inputs or tool changed be dropped *before* any new line is appended;
3. stream the items not done to the runner (local processes or Dask) and commit each
   result as it arrives;
4. summarise the whole batch.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from provenance.batch.archive import ItemTask, archive_kind, iter_items, read_item, tool_version
from provenance.batch.progress import make_progress, print_summary
from provenance.batch.runners import DaskRunner, LocalRunner, core_count, start_method
from provenance.batch.store import DB_NAME, RESULTS_NAME, Store, damaged
from provenance.batch.worker import ItemResult, WorkerSettings
from provenance.errors import UsageError

LOCK_NAME = ".provenance-batch.lock"


@dataclass
class BatchOptions:
    archive: Path
    out: Path
    workers: int | None = None  # None: one per core
    scheduler: str | None = None  # tcp://HOST:PORT of a Dask scheduler
    resume: bool = True
    model: str | None = None
    # BLAS threads per local worker. Default 1: items, not matrix products, are the unit of
    # parallelism. `provenance bench batch` measured a second BLAS thread tripling the CPU
    # time per item on a busy 2-core machine (OpenBLAS threads spin on the small products of
    # a ~10-sentence item) and making one worker slower, not faster.
    blas_threads: int | None = None
    # How local workers start: "forkserver" (forked from a warmed server, the default where
    # the platform has it) or "spawn"; None: $PROVENANCE_BATCH_START, else the default.
    start_method: str | None = None


@dataclass
class RunStats:
    """What one run did; the benchmark reads the timings."""

    archive_items: int = 0
    checked: int = 0
    skipped: int = 0
    dropped: int = 0
    ok: int = 0  # whole batch, after the run
    errors: int = 0  # whole batch, after the run
    seconds: float = 0.0  # wall time of the run, scan included
    scan_seconds: float = 0.0
    store_seconds: float = 0.0  # writing results (JSONL + SQLite), summed over items
    item_seconds: list[float] = field(default_factory=list)  # check time per item, in workers
    item_cpu_seconds: list[float] = field(default_factory=list)  # CPU time per item, in workers
    startup_seconds: dict[int, float] = field(default_factory=dict)  # model load per worker pid
    preload_seconds: float = 0.0  # model load in the fork server, once for all workers
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per worker pid
    # The run's span and each worker's first check start and last check end, by the wall
    # clock (time.time); compared across processes, so meaningful for local workers only.
    started_at: float = 0.0
    ended_at: float = 0.0
    first_check_at: dict[int, float] = field(default_factory=dict)
    last_check_end: dict[int, float] = field(default_factory=dict)
    executor: str = ""


def _lock(out: Path) -> int:
    try:
        fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise UsageError(
            f"cannot write in the output directory ({err.strerror})",
            source=str(out),
            hint="choose another --out",
        ) from err
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as err:
        os.close(fd)
        raise UsageError(
            "another batch run is writing here",
            source=str(out),
            hint="wait for it or use another --out",
        ) from err
    return fd  # released when the process ends, however it ends


def _fresh(out: Path) -> None:
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", RESULTS_NAME, RESULTS_NAME + ".tmp"):
        (out / name).unlink(missing_ok=True)


def _runner(opts: BatchOptions) -> LocalRunner | DaskRunner:
    if opts.scheduler:
        if opts.workers is not None:
            raise UsageError(
                "--workers and --scheduler do not go together",
                hint="the cluster decides its workers",
            )
        return DaskRunner(opts.scheduler, WorkerSettings(model=opts.model, blas_threads=1))
    cores = core_count()
    workers = cores if opts.workers is None else opts.workers
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    if opts.blas_threads is not None and opts.blas_threads < 1:
        raise UsageError(f"--threads must be at least 1, not {opts.blas_threads}")
    threads = opts.blas_threads or 1
    settings = WorkerSettings(model=opts.model, blas_threads=threads)
    return LocalRunner(workers, settings, method=start_method(opts.start_method))


def run_batch(opts: BatchOptions, console: Console | None = None) -> RunStats:
    if console is None:
        console = Console(stderr=True)
        console.soft_wrap = not console.is_terminal  # logs: one line per message, greppable
    kind = archive_kind(opts.archive)  # exit 2 early for a missing archive
    runner = _runner(opts)
    try:
        opts.out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(
            f"cannot create the output directory ({err.strerror})",
            source=str(opts.out),
            hint="choose another --out",
        ) from err
    lock = _lock(opts.out)
    stats = RunStats(executor=runner.label)
    t_start = time.perf_counter()
    stats.started_at = time.time()
    try:
        if not opts.resume:
            _fresh(opts.out)
        store = Store(opts.out)
        try:
            _run(opts, kind, runner, store, stats, console, t_start)
        except sqlite3.DatabaseError as err:  # corrupt pages surface on first use
            raise damaged(opts.out, err, readonly=False) from err
        finally:
            store.close()
    finally:
        os.close(lock)
    return stats


def _run(
    opts: BatchOptions,
    kind: str,
    runner: LocalRunner | DaskRunner,
    store: Store,
    stats: RunStats,
    console: Console,
    t_start: float,
) -> None:
    store.reconcile()
    if store.counts()["items"] == 0:
        runner.start()  # everything is to do: warm up (local) while the archive is scanned
    tool = tool_version(opts.model)
    with make_progress(console) as progress:
        scan = progress.add_task(f"scanning {kind}", total=None, errors=0)
        store.begin_scan()
        for spec in iter_items(opts.archive, exclude=opts.out):
            store.add_scanned(spec.id, read_item(spec).input_hash)
            stats.archive_items += 1
            progress.advance(scan)
        store.end_scan()
        stats.dropped = store.purge(tool)
        progress.remove_task(scan)
        stats.scan_seconds = time.perf_counter() - t_start

        def todo() -> Iterator[ItemTask]:
            for spec in iter_items(opts.archive, exclude=opts.out):
                if store.is_done(spec.id):
                    stats.skipped += 1
                else:
                    yield read_item(spec)

        remaining = stats.archive_items - store.counts()["items"]
        if remaining > 0:
            runner.start()  # no-op if already started; nothing loaded for a run with nothing to do
        run = store.start_run(str(opts.archive.resolve()), tool, runner.label)
        bar = progress.add_task("checking", total=max(remaining, 0), errors=0)
        failed = 0
        for res in runner.run(todo()):
            t0 = time.perf_counter()
            store.record(res, run, tool)
            stats.store_seconds += time.perf_counter() - t0
            _account(stats, res)
            failed += res.status == "error"
            progress.update(bar, advance=1, errors=failed)
        store.finish_run(run, stats.checked)
    stats.seconds = time.perf_counter() - t_start
    stats.ended_at = time.time()
    counts = store.counts()
    stats.ok, stats.errors = counts["ok"], counts["errors"]
    print_summary(
        console,
        store,
        archive_items=stats.archive_items,
        checked=stats.checked,
        skipped=stats.skipped,
        dropped=stats.dropped,
        seconds=stats.seconds,
        executor=runner.label,
    )


def _account(stats: RunStats, res: ItemResult) -> None:
    stats.checked += 1
    if res.status == "ok":
        stats.item_seconds.append(res.seconds)
        stats.item_cpu_seconds.append(res.cpu_seconds)
    if res.pid:
        stats.peak_rss_mb[res.pid] = max(stats.peak_rss_mb.get(res.pid, 0.0), res.peak_rss_mb)
        if res.started_at:
            first = stats.first_check_at.get(res.pid, res.started_at)
            stats.first_check_at[res.pid] = min(first, res.started_at)
            last = stats.last_check_end.get(res.pid, res.ended_at)
            stats.last_check_end[res.pid] = max(last, res.ended_at)
        if res.startup_seconds:
            stats.startup_seconds[res.pid] = res.startup_seconds
        stats.preload_seconds = max(stats.preload_seconds, res.preload_seconds)
