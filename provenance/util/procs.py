"""Helper processes: a forked worker that returns one result, CPU time that counts it, and
the cores a process may use.

The pipeline forks one worker to run the row checks on the second core
(`provenance.pipeline`); batch workers die with their parent the same way
(`provenance.batch.worker`).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any


def usable_cores() -> int:
    """The cores this process may run on (affinity and cgroup cpusets aware)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def cpu_seconds() -> float:
    """CPU time of this process (every thread) plus that of its children already waited
    for: what a run costs when part of it ran in a forked worker. Differences of two
    readings time a stage whose workers were joined inside it."""
    t = os.times()
    return time.process_time() + t.children_user + t.children_system


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


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


class WorkerFailed(RuntimeError):
    """The forked worker raised or died; the message carries its traceback if any."""


class Forked:
    """`work()` run in a forked copy of this process; `result()` waits for what it returned.

    The child shares the parent's memory copy-on-write: it sees every object as it was at
    the fork, including memoised analyses, and nothing it changes comes back but its
    return value (pickled through a pipe). It dies with its parent. Objects inherited
    from the parent are frozen out of the child's cycle collector: a full collection would
    otherwise write to every one of them and copy the parent's pages into the child.
    """

    def __init__(self, work: Callable[[], Any]) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self._recv, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_child, args=(work, send), daemon=True)
        self._proc.start()
        send.close()  # the parent's copy: EOF on `_recv` once the child is gone

    def result(self) -> Any:
        """The child's return value; `WorkerFailed` if it raised or died first."""
        try:
            ok, payload = self._recv.recv()
        except EOFError:
            ok, payload = False, None
        finally:
            self._recv.close()
            self._proc.join()
        if not ok:
            raise WorkerFailed(payload or f"worker exited with code {self._proc.exitcode}")
        return pickle.loads(payload)

    def kill(self) -> None:
        """Stop the child now (the parent failed and will not read its result)."""
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join()
        self._recv.close()


def _child(work: Callable[[], Any], send) -> None:
    die_with_parent()
    gc.freeze()  # see `Forked`
    try:
        payload = (True, pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:  # reported to the parent, which decides what to do
        payload = (False, traceback.format_exc())
    send.send(payload)
    send.close()
