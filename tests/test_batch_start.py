"""How local batch workers start: forked from a fork server that loaded the model and warmed
the language data once, or spawned, each loading everything itself.

The fork server must be safe to fork (one thread: no BLAS or other thread pool whose
threads the children would lack), and forked workers must start warm and check items
exactly as spawned ones do. (End-to-end equality of the two on the CLI, and SIGKILL and
resume on the forked path, are in test_batch_run.py.)"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from provenance.batch import BatchOptions, run_batch
from provenance.batch.runners import start_method
from provenance.batch.worker import PRELOAD_ENV, WorkerSettings
from provenance.errors import UsageError

pytestmark = pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(),
    reason="no fork server on this platform: workers are always spawned",
)

_PROBE = """
import json, os
import provenance.batch.preload
from provenance.batch import worker
print(json.dumps({
    "threads": len(os.listdir("/proc/self/task")),
    "cached": [s.blas_threads for s in worker._CACHE],
    "preload": worker._STARTUP["preload"],
    "own": worker._STARTUP["seconds"],
}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="counts threads in /proc")
@pytest.mark.parametrize("blas_threads", [1, 2])
def test_the_warmed_fork_server_is_single_threaded(blas_threads: int) -> None:
    """What the fork server runs on import: everything loaded and warmed, and still one
    thread (BLAS pinned to one thread there even when workers want more)."""
    settings = WorkerSettings(blas_threads=blas_threads)
    env = {**os.environ, PRELOAD_ENV: settings.to_json()}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    assert info["threads"] == 1
    assert info["cached"] == [1]  # warmed for one BLAS thread whatever was asked
    assert info["preload"] > 0 and info["own"] == 0  # the server's load is not a worker's


_MORE_THREADS_PROBE = """
import json
import provenance.batch.preload
from provenance.batch import worker
one = worker.prepare(worker.WorkerSettings(blas_threads=1))
two = worker.prepare(worker.WorkerSettings(blas_threads=2))
print(json.dumps({
    "same": two[0] is one[0], "threads": two[0].threads,
    "backend_threads": two[0]._use._model.threads,
    "own": worker._STARTUP["seconds"],
}))
"""


@pytest.mark.slow
def test_a_worker_with_more_blas_threads_takes_the_preloaded_model() -> None:
    """`--threads 2`: the fork server loaded on one thread; the worker must not load the
    model a second time, only set its threads."""
    env = {**os.environ, PRELOAD_ENV: WorkerSettings(blas_threads=2).to_json()}
    proc = subprocess.run(
        [sys.executable, "-c", _MORE_THREADS_PROBE],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    assert info["same"] and info["threads"] == info["backend_threads"] == 2
    assert info["own"] == 0  # no second load: only a load adds to the worker's own start-up


def test_settings_round_trip_through_the_environment() -> None:
    s = WorkerSettings(model="x", blas_threads=3, skip=("names", "dates"))
    assert WorkerSettings.from_json(s.to_json()) == s


def test_start_method_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROVENANCE_BATCH_START", raising=False)
    assert start_method() == "forkserver"
    assert start_method("spawn") == "spawn"
    monkeypatch.setenv("PROVENANCE_BATCH_START", "spawn")
    assert start_method() == "spawn"
    with pytest.raises(UsageError):
        start_method("fork")  # never plain fork of the batch process (threads, SQLite)


def _archive(root: Path, items: int) -> Path:
    for n in range(items):
        item = root / f"item{n}"
        item.mkdir(parents=True)
        (item / "1.de.txt").write_text(f"Der Umsatz stieg um {n + 3} Prozent.", encoding="utf-8")
        (item / "2.en.txt").write_text(f"Revenue rose by {n + 4} percent.", encoding="utf-8")
    return root


@pytest.mark.slow
def test_forked_workers_start_warm_and_agree_with_spawned_ones(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 4)
    stats, lines = {}, {}
    for method in ("forkserver", "spawn"):
        out = tmp_path / method
        stats[method] = run_batch(
            BatchOptions(archive=archive, out=out, workers=2, start_method=method),
            console=Console(stderr=True, quiet=True),
        )
        lines[method] = sorted((out / "results.jsonl").read_text(encoding="utf-8").splitlines())
    fork, spawn = stats["forkserver"], stats["spawn"]
    assert fork.executor == "local:2/forkserver" and spawn.executor == "local:2/spawn"
    assert fork.ok == spawn.ok == 4
    assert lines["forkserver"] == lines["spawn"]
    # Forked: the load happened once, in the server; the workers' own start-up is nil.
    assert fork.preload_seconds > 0
    assert sum(fork.startup_seconds.values()) < 0.1 * fork.preload_seconds
    # Spawned: no server; every worker that checked an item paid its own load.
    assert spawn.preload_seconds == 0
    assert spawn.startup_seconds and all(v > 0.1 for v in spawn.startup_seconds.values())


def test_a_worker_that_cannot_load_reports_it_on_each_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure in the initializer must not break the pool (the runner would take it for
    a crash and restart the pool over and over): each item gets it as a retryable error."""
    from provenance.batch import worker
    from provenance.batch.archive import ItemTask

    def broken(settings: WorkerSettings):
        raise ImportError("cannot import name 'x' from 'provenance.checks.base'")

    monkeypatch.setattr(worker, "prepare", broken)
    monkeypatch.setattr(worker, "_INIT_ERROR", [])
    monkeypatch.setattr(worker.signal, "signal", lambda *a: None)  # not pytest's SIGINT
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.setenv(var, os.environ.get(var, "1"))  # restored after the test
    worker.init_local_worker(WorkerSettings())  # does not raise
    task = ItemTask(id="a", names=["1.de.txt", "2.en.txt"], contents=[b"x", b"y"],
                    langs=["de", "en"], input_hash="h")  # fmt: skip
    res = worker.check_item(task, WorkerSettings())
    assert res.status == "error" and res.retry
    assert "could not start" in res.error and "cannot import name 'x'" in res.error
