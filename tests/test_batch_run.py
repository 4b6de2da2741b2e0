"""`provenance batch` end to end: real worker processes, bad items, SIGKILL part-way and
resume, a kill in the window between the JSONL append and the SQLite commit, and a Dask
LocalCluster on loopback giving the same results as the local run.

Items are tiny (two or three sentences a document) so each run is dominated by the model
load (~2 s per process)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # worker processes load the model: seconds per run

PROVENANCE = [sys.executable, "-m", "provenance.cli"]
GOOD = 6


def _env(**extra: str) -> dict[str, str]:
    # Pinned tool version: other work may edit the package while these tests run, and a
    # changed code fingerprint would (rightly) make a resumed run redo everything.
    return {**os.environ, "PROVENANCE_BATCH_TOOL_VERSION": "test", **extra}


def _chain(n: int) -> dict[str, str]:
    return {
        "1.de.txt": f"Der Umsatz stieg um {n} Prozent. Die Firma hat {n * 10} Mitarbeiter.",
        "2.ru.txt": f"Выручка выросла на {n} процентов. В компании {n * 10} сотрудников.",
        "3.en.txt": f"Revenue rose by {n + (n % 2)} percent. The company has {n * 10} employees.",
    }


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    items: dict[str, dict[str, bytes | str]] = {f"good{n}": _chain(n + 3) for n in range(GOOD)}
    items["bad_empty"] = {"1.de.txt": b"", "2.en.txt": "Hello there."}
    items["bad_binary"] = {"1.de.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "2.en.txt": "Hello."}
    items["bad_encoding"] = {"1.de.txt": bytes(range(128, 256)) * 3, "2.en.txt": "Hello."}
    items["bad_one_doc"] = {"1.de.txt": "Nur ein Dokument."}
    items["bad_lang"] = {"1.xx.txt": "Was ist das.", "2.en.txt": "What is this."}
    for item, files in items.items():
        (root / item).mkdir()
        for name, data in files.items():
            path = root / item / name
            path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return root


def _batch(
    archive: Path, out: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*PROVENANCE, "batch", str(archive), "--out", str(out), *args],
        env=env or _env(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _results(out: Path) -> list[dict]:
    return [
        json.loads(line)
        for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    ]


def _db(out: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{out / 'provenance.sqlite'}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def local_run(
    archive: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("local")
    return out, _batch(archive, out, "--workers", "2")


def test_local_run_records_every_item_once(archive: Path, local_run) -> None:
    out, proc = local_run
    assert proc.returncode == 1, proc.stderr  # done, some items failed
    results = {r["id"]: r for r in _results(out)}
    assert len(results) == len(_results(out)) == GOOD + 5
    for n in range(GOOD):
        rep = results[f"good{n}"]["report"]
        assert results[f"good{n}"]["status"] == "ok" and rep["schema"] == "provenance.check/1"
        assert [d["path"] for d in rep["documents"]] == [
            f"good{n}/1.de.txt",
            f"good{n}/2.ru.txt",
            f"good{n}/3.en.txt",
        ]
    errors = {k: r["error"] for k, r in results.items() if r["status"] == "error"}
    assert "bad_empty/1.de.txt: is empty" in errors["bad_empty"]
    assert "bad_binary/1.de.txt" in errors["bad_binary"] and "binary" in errors["bad_binary"]
    assert "bad_encoding/1.de.txt" in errors["bad_encoding"] and "UTF-8" in errors["bad_encoding"]
    assert "only one document" in errors["bad_one_doc"]
    assert "unknown language code 'xx'" in errors["bad_lang"]
    db = _db(out)
    rows = {
        r[0]: r[1:]
        for r in db.execute("SELECT id, status, critical, major, minor, flags FROM items")
    }
    assert set(rows) == set(results)
    for item, r in results.items():
        flags = r["report"]["flags"] if r["status"] == "ok" else []
        stored = db.execute("SELECT COUNT(*) FROM flags WHERE item = ?", (item,)).fetchone()[0]
        assert rows[item][4] == stored == len(flags)
        if flags:
            assert rows[item][1:4] == tuple(
                r["report"]["summary"]["flags"][s] for s in ("critical", "major", "minor")
            )
    assert "5 failed" in proc.stderr and f"{GOOD} ok" in proc.stderr


def test_second_run_skips_everything(archive: Path, local_run) -> None:
    out, _ = local_run
    before = _results(out)
    proc = _batch(archive, out, "--workers", "1")
    assert proc.returncode == 1
    assert "0 checked in this run" in proc.stderr and f"{GOOD + 5} already done" in proc.stderr
    assert _results(out) == before


def _wait_for_commits(out: Path, count: int, proc: subprocess.Popen, limit: float = 120) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            done = _db(out).execute("SELECT COUNT(*) FROM items").fetchone()[0]
        except sqlite3.Error:
            done = 0
        if done >= count:
            return done
        time.sleep(0.05)
    raise AssertionError(f"run ended or stalled before {count} commits: {proc.poll()}")


def test_sigkill_part_way_then_resume(archive: Path, tmp_path: Path, local_run) -> None:
    out = tmp_path / "out"
    # Slow items down so that the kill lands part-way, whatever the machine's speed.
    proc = subprocess.Popen(
        [*PROVENANCE, "batch", str(archive), "--out", str(out), "--workers", "2"],
        env=_env(PROVENANCE_BATCH_FAULT="delay=0.5"),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_commits(out, 3, proc)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the writer and its workers, mid-run
        proc.wait()
    committed = dict(_db(out).execute("SELECT id, seq FROM items").fetchall())
    total = GOOD + 5
    assert 3 <= len(committed) < total
    ids = [r["id"] for r in _results(out)]
    assert len(ids) == len(set(ids))  # never a duplicate
    assert set(committed) <= set(ids)  # nothing committed is missing from the file
    assert len(ids) <= len(committed) + 1  # at most the one line appended before its commit
    again = _batch(archive, out, "--workers", "2")
    assert again.returncode == 1, again.stderr
    final = _results(out)
    assert sorted(r["id"] for r in final) == sorted({r["id"] for r in final})
    assert len(final) == total
    assert f"{len(committed)} already done" in again.stderr
    db = _db(out)
    runs = dict(db.execute("SELECT id, run FROM items").fetchall())
    assert all(runs[k] == 1 for k in committed)  # finished items were not recomputed
    assert dict(db.execute("SELECT id, seq FROM items WHERE run = 1").fetchall()) == committed
    # Same results as the uninterrupted run.
    local_out, _ = local_run
    assert {r["id"]: r for r in final} == {r["id"]: r for r in _results(local_out)}


def test_kill_between_append_and_commit(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*PROVENANCE, "batch", str(archive), "--out", str(out), "--workers", "1"],
        env=_env(PROVENANCE_BATCH_FAULT="kill-after-append=4"),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.wait(timeout=120) == -signal.SIGKILL
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # orphaned workers, if any
    committed = [r[0] for r in _db(out).execute("SELECT id FROM items ORDER BY seq")]
    lines = [r["id"] for r in _results(out)]
    assert len(committed) == 3 and lines[:3] == committed and len(lines) == 4
    again = _batch(archive, out, "--workers", "1")
    assert again.returncode == 1
    final = [r["id"] for r in _results(out)]
    assert len(final) == len(set(final)) == GOOD + 5
    assert "3 already done" in again.stderr


def test_a_worker_dying_on_an_item_is_recorded_and_retried(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = _batch(archive, out, "--workers", "1", env=_env(PROVENANCE_BATCH_FAULT="die-on=good2"))
    assert proc.returncode == 1, proc.stderr
    results = {r["id"]: r for r in _results(out)}
    assert len(results) == GOOD + 5 and len(_results(out)) == GOOD + 5
    assert "worker process died" in results["good2"]["error"]
    assert all(results[f"good{n}"]["status"] == "ok" for n in range(GOOD) if n != 2)
    again = _batch(archive, out, "--workers", "1")  # the crash was not the input's fault
    assert "1 checked in this run" in again.stderr
    assert {r["id"]: r["status"] for r in _results(out)}["good2"] == "ok"


def test_no_resume_starts_afresh(archive: Path, tmp_path: Path, local_run) -> None:
    out = tmp_path / "copy"
    shutil.copytree(local_run[0], out)
    proc = _batch(archive, out, "--workers", "1", "--no-resume")
    assert proc.returncode == 1 and "0 already done" in proc.stderr
    assert len(_results(out)) == GOOD + 5
    assert {r[0] for r in _db(out).execute("SELECT DISTINCT run FROM items")} == {1}


def test_dask_cluster_gives_the_local_results(archive: Path, tmp_path: Path, local_run) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        worker_dashboard_address=None,
    ) as cluster:
        out = tmp_path / "dask"
        proc = _batch(archive, out, "--scheduler", cluster.scheduler_address)
    assert proc.returncode == 1, proc.stderr
    assert "dask:tcp://127.0.0.1" in proc.stderr
    local_out, _ = local_run
    assert {r["id"]: r for r in _results(out)} == {r["id"]: r for r in _results(local_out)}
    assert (
        _db(out).execute("SELECT COUNT(*) FROM flags").fetchone()
        == _db(local_out).execute("SELECT COUNT(*) FROM flags").fetchone()
    )


@pytest.mark.skipif(
    "forkserver" not in __import__("multiprocessing").get_all_start_methods(),
    reason="no fork server on this platform: workers are always spawned",
)
def test_forked_workers_give_the_spawned_results(archive: Path, tmp_path: Path, local_run) -> None:
    """The default run forks its workers from a warmed fork server; workers spawned (each
    loading everything itself) must give exactly the same results."""
    local_out, forked = local_run
    assert "local:2/forkserver" in forked.stderr
    out = tmp_path / "spawned"
    proc = _batch(archive, out, "--workers", "2", env=_env(PROVENANCE_BATCH_START="spawn"))
    assert proc.returncode == 1, proc.stderr
    assert "local:2/spawn" in proc.stderr
    assert {r["id"]: r for r in _results(out)} == {r["id"]: r for r in _results(local_out)}
    flags = "SELECT item, alignment, type, severity, hop, message FROM flags ORDER BY 1, 2, 3, 6"
    assert _db(out).execute(flags).fetchall() == _db(local_out).execute(flags).fetchall()


def test_unknown_start_method_is_a_usage_error(archive: Path, tmp_path: Path) -> None:
    proc = _batch(archive, tmp_path / "out", env=_env(PROVENANCE_BATCH_START="teleport"))
    assert proc.returncode == 2 and "start method 'teleport'" in proc.stderr
