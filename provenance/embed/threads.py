"""BLAS threads for the encoder's forward pass, chosen from how busy the machine is.

The default encoder multiplies small matrices (micro-batches of at most 384 tokens), so
its BLAS threads meet at a barrier after every product. On a quiet 2-core machine a second
thread makes the encoder ~25 % faster at ~10 % more CPU; with other busy processes on the
cores one of the two threads is often descheduled and the other waits for it: on this
project's shared 2-vCPU machine (load ~17) a 1,000-sentence document took 6× the CPU and
4–6× the wall time on two threads that it took on one (docs/stages/embed.md).

`ThreadGovernor` runs each micro-batch under a thread limit and watches the one signal
that says the cores are taken: how long the calling thread sat runnable but not running
(the kernel's run-queue wait, `/proc/thread-self/schedstat`). When that wait is a large
share of a window of batches on several threads, it drops to one thread; from time to
time (after 16, 32, … windows, doubling while the machine stays busy) it tries several
threads again for one window. The embeddings do not depend on the thread count (OpenBLAS
splits a product by output blocks; tests/test_embed.py checks they are identical), so the
choice changes the time a run takes, never its result. Where the wait cannot be read (not
Linux, or no scheduler statistics) every batch runs on the configured threads, as before.
`PROVENANCE_ADAPTIVE_THREADS=0` does the same on purpose (to time the fixed setting).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any, TypeVar

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
MAX_RETRY_WINDOWS = 1024  # the back-off's ceiling while the machine stays busy


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

    def set_max(self, threads: int) -> None:
        self.max_threads = self.threads = threads
        self._retry_after, self._windows_left = FIRST_RETRY_WINDOWS, 0

    def run(self, fn: Callable[[], _T]) -> _T:
        """`fn()` under the current limit; every `WINDOW_BATCHES` calls the window's
        run-queue wait decides the next window's threads."""
        if self.limit is None:
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
