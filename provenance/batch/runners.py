"""Where items are checked: local worker processes, or an existing Dask cluster.

Both take a stream of `ItemTask`s and yield `ItemResult`s as they complete, keeping only a
bounded number of items in flight (never the whole archive in memory). The process that
iterates them is the only writer of the store.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from provenance.batch.archive import ItemTask
from provenance.batch.worker import (
    PRELOAD_ENV,
    ItemResult,
    WorkerSettings,
    check_item,
    init_local_worker,
)
from provenance.errors import UsageError

START_ENV = "PROVENANCE_BATCH_START"  # spawn | forkserver: how local workers are started


def core_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def start_method(wanted: str | None = None) -> str:
    """How local workers start: forked from a warmed fork server where the platform has one
    (Linux, macOS), else spawned (each loads the model itself). `wanted`, else
    $PROVENANCE_BATCH_START, chooses (the tests and the benchmark compare the two).

    Never plain fork from the batch process: it runs threads (the progress bar, the pool's
    manager) whose locks a child could inherit held, and it holds the store's SQLite
    handle. The fork server is a fresh process with a single thread."""
    available = multiprocessing.get_all_start_methods()
    wanted = wanted or os.environ.get(START_ENV, "")
    if wanted:
        if wanted not in ("spawn", "forkserver") or wanted not in available:
            raise UsageError(
                f"start method {wanted!r} is not available here",
                hint=f"use one of: {', '.join(m for m in available if m != 'fork')}",
            )
        return wanted
    return "forkserver" if "forkserver" in available else "spawn"


def _crashed(task: ItemTask, why: str) -> ItemResult:
    return ItemResult(
        id=task.id,
        input_hash=task.input_hash,
        status="error",
        error=f"internal error: {why} while checking this item; it is retried on the next run",
        retry=True,
    )


@dataclass
class LocalRunner:
    """`workers` processes, forked from a fork server that has loaded the model and warmed
    the language data once (or, with the spawn start method, each loading them itself in
    its initializer)."""

    workers: int
    settings: WorkerSettings
    prefetch: int = 2  # items queued per worker, so no worker waits on the parent
    method: str = field(default_factory=start_method)

    @property
    def label(self) -> str:
        return f"local:{self.workers}/{self.method}"

    def start(self) -> None:
        """Start warming up now, in the background: the fork server loads the model while
        the caller scans the archive. A no-op with spawn.

        The fork server is one per batch process (multiprocessing keeps one): if it already
        runs, warmed for other settings, workers load what differs themselves."""
        if self.method != "forkserver":
            return
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["provenance.batch.preload"])
        before = os.environ.get(PRELOAD_ENV)
        os.environ[PRELOAD_ENV] = self.settings.to_json()  # the server's only input
        try:
            multiprocessing.forkserver.ensure_running()
        finally:
            if before is None:
                os.environ.pop(PRELOAD_ENV, None)
            else:
                os.environ[PRELOAD_ENV] = before

    def _pool(self) -> ProcessPoolExecutor:
        if self.method == "forkserver":
            self.start()  # idempotent: the server is launched once
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(self.method),
            initializer=init_local_worker,
            initargs=(self.settings,),
        )

    def run(self, tasks: Iterator[ItemTask]) -> Iterator[ItemResult]:
        """When a worker process dies (OOM killer, a crash in native code), every item in
        flight dies with the pool and nothing says which one did it. Those items become
        suspects and are retried one at a time in a fresh pool: one that kills its worker
        alone is recorded as an internal error (and retried on the next run); the others
        get their normal result."""
        pool = self._pool()
        inflight: dict[Future[ItemResult], ItemTask] = {}
        suspects: deque[ItemTask] = deque()
        try:
            while True:
                isolating = bool(suspects) or any(t.attempts > 1 for t in inflight.values())
                limit = 1 if isolating else self.workers * self.prefetch
                while len(inflight) < limit:
                    task = suspects.popleft() if suspects else next(tasks, None)
                    if task is None:
                        break
                    task.attempts += 1
                    inflight[pool.submit(check_item, task, self.settings)] = task
                if not inflight:
                    return
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                died: list[ItemTask] = []
                for fut in done:
                    task = inflight.pop(fut)
                    try:
                        yield fut.result()
                    except BrokenProcessPool:
                        died.append(task)
                if died:
                    died.extend(inflight.values())  # everything in flight died with the pool
                    inflight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._pool()
                    if len(died) == 1 and died[0].attempts > 1:
                        yield _crashed(died[0], "a worker process died (out of memory?)")
                    else:
                        suspects.extend(died)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class DaskRunner:
    """Items go to an existing dask.distributed cluster; each Dask worker process loads the
    model once (the cache in `provenance.batch.worker`), with one BLAS thread per task
    thread since Dask already runs one task per thread."""

    address: str
    settings: WorkerSettings
    timeout: float = 15.0

    @property
    def label(self) -> str:
        return f"dask:{self.address}"

    def start(self) -> None:
        """Nothing to warm here: each Dask worker process loads on its first task."""

    def connect(self):
        try:
            from distributed import Client
        except ImportError as err:  # pragma: no cover - dask[distributed] is a dependency
            raise UsageError(
                "--scheduler needs dask.distributed", hint="pip install 'dask[distributed]'"
            ) from err
        try:
            return Client(self.address, timeout=self.timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise UsageError(
                f"cannot reach the Dask scheduler at {self.address} ({err})",
                hint="start one (dask scheduler) or leave out --scheduler to run locally",
            ) from err

    def run(self, tasks: Iterator[ItemTask]) -> Iterator[ItemResult]:
        from distributed import as_completed

        client = self.connect()
        try:
            threads = sum(client.nthreads().values()) or 1
            limit = max(4, 2 * threads)
            pending = as_completed(loop=client.loop)
            owner: dict[str, ItemTask] = {}

            def submit() -> bool:
                task = next(tasks, None)
                if task is None:
                    return False
                task.attempts += 1
                fut = client.submit(check_item, task, self.settings, pure=False)
                owner[fut.key] = task
                pending.add(fut)
                return True

            for _ in range(limit):
                if not submit():
                    break
            for fut in pending:
                task = owner.pop(fut.key)
                try:
                    result = fut.result()
                except Exception as err:
                    result = _crashed(task, f"the Dask task failed ({type(err).__name__}: {err})")
                fut.release()
                yield result
                submit()
        finally:
            client.close()
