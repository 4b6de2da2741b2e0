"""The record of a batch: `DIR/provenance.sqlite` (the truth) and `DIR/results.jsonl` (its
line-per-item mirror).

Exactly-once, whatever kills the process and when
--------------------------------------------------
SQLite is the record of what is done. The writer (one process: the one running `batch`)
commits each item in one transaction: its `items` row, its `flags` rows, and the new
length of `results.jsonl` in `meta`. The JSONL line is appended *before* that commit.
So at any instant, `results.jsonl` is: the lines of every committed item, possibly
followed by one line (whole or torn) of an item whose commit had not happened yet.

On opening, the store reconciles the file with the record: a file longer than the
recorded length is cut back to it (the uncommitted line goes; that item is simply checked
again), a file shorter than it, missing, or marked stale is rewritten from the store
(temporary file + rename, so the rewrite itself is atomic). Every committed item is
therefore in the file exactly once, and a kill between append and commit can never turn
into a duplicate. Rewrites are needed only when results are dropped (inputs changed, items
left the archive, `--no-resume`), and are marked in `meta` first so that a kill during one
is finished by the next run.

Durability is against the process dying (SIGKILL, OOM), which is what a batch meets; WAL
with synchronous=NORMAL may lose the last commits on a power cut, and the reconciliation
above then still restores a consistent pair.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from provenance.batch import faults
from provenance.batch.worker import ItemResult
from provenance.errors import InputError

DB_NAME = "provenance.sqlite"
RESULTS_NAME = "results.jsonl"
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    archive TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    executor TEXT NOT NULL,
    checked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error TEXT,
    critical INTEGER NOT NULL DEFAULT 0,
    major INTEGER NOT NULL DEFAULT 0,
    minor INTEGER NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0,
    langs TEXT NOT NULL DEFAULT '',
    alignments INTEGER NOT NULL DEFAULT 0,
    input_hash TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    retry INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    run INTEGER NOT NULL REFERENCES runs(id),
    seq INTEGER NOT NULL UNIQUE,
    done_at TEXT NOT NULL,
    report TEXT
);
CREATE TABLE IF NOT EXISTS flags (
    item TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    alignment INTEGER NOT NULL,
    type TEXT NOT NULL,
    severity TEXT NOT NULL,
    hop TEXT NOT NULL,
    hop_from INTEGER NOT NULL,
    hop_to INTEGER NOT NULL,
    message TEXT NOT NULL,
    check_name TEXT NOT NULL DEFAULT ''  -- the check that raised it ("check" is SQL's own)
);
CREATE INDEX IF NOT EXISTS flags_item ON flags(item);
CREATE INDEX IF NOT EXISTS flags_type ON flags(type, severity);
"""


def result_line(item_id: str, status: str, error: str | None, report_json: str | None) -> bytes:
    """One `results.jsonl` line; the report is spliced in as the worker serialised it."""
    head = json.dumps(item_id, ensure_ascii=False)
    if status == "ok":
        return f'{{"id": {head}, "status": "ok", "report": {report_json}}}\n'.encode()
    message = json.dumps(error, ensure_ascii=False)
    return f'{{"id": {head}, "status": "error", "error": {message}}}\n'.encode()


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def damaged(out_dir: Path, err: Exception, *, readonly: bool) -> InputError:
    """The one-line error for a store that SQLite cannot read, saying how to start fresh:
    for `report` the batch must be run again; for `batch`, --no-resume rebuilds it."""
    how = (
        "re-run the batch into it with 'provenance batch ARCHIVE --out DIR --no-resume'"
        if readonly
        else "start fresh with --no-resume (results.jsonl is rewritten too)"
    )
    return InputError(f"{DB_NAME} is damaged ({err})", source=str(out_dir), hint=how)


class Store:
    """The batch record in one output directory. One writer at a time (see `lock`)."""

    def __init__(self, out_dir: Path, *, readonly: bool = False):
        self.dir = out_dir
        self.db_path = out_dir / DB_NAME
        self.results_path = out_dir / RESULTS_NAME
        if readonly and not self.db_path.exists():
            raise InputError(
                f"no {DB_NAME} here", source=str(out_dir), hint="give the --out DIR of a batch run"
            )
        self._fd: int | None = None
        try:
            self.db = sqlite3.connect(self.db_path, isolation_level=None, timeout=30)
            self._open(readonly)
        except sqlite3.DatabaseError as err:  # not a database, or corrupt pages
            raise damaged(out_dir, err, readonly=readonly) from err

    def _open(self, readonly: bool) -> None:
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            self.db.executescript(_SCHEMA)
            self._add_missing_columns()
            self.db.execute(
                "INSERT OR IGNORE INTO meta VALUES "
                "('schema', ?), ('jsonl_size', '0'), ('jsonl_valid', '1')",
                (SCHEMA_VERSION,),
            )

    def _add_missing_columns(self) -> None:
        """A store written by an earlier version lacks the columns added since (the flags'
        `check_name`): add them, empty for the rows already there."""
        have = {row[1] for row in self.db.execute("PRAGMA table_info(flags)")}
        if "check_name" not in have:
            self.db.execute("ALTER TABLE flags ADD COLUMN check_name TEXT NOT NULL DEFAULT ''")

    # -- meta -----------------------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- results.jsonl <-> store ------------------------------------------------------------
    def reconcile(self) -> str:
        """Make results.jsonl mirror the store (see the module docstring). Returns what was
        done: 'ok', 'truncated' or 'rewritten'."""
        recorded = int(self._meta("jsonl_size") or 0)
        valid = self._meta("jsonl_valid") != "0"
        path = self.results_path
        if not valid or not path.exists() or path.stat().st_size < recorded:
            self.rewrite_results()
            return "rewritten"
        action = "ok"
        if path.stat().st_size > recorded:
            os.truncate(path, recorded)
            action = "truncated"
        if recorded and not self._ends_with_last_item(recorded):
            self.rewrite_results()
            return "rewritten"
        return action

    def _ends_with_last_item(self, size: int) -> bool:
        """Cheap check that the file's last line is the last committed item's: it starts at
        the recorded offset with that item's id and ends the file with a newline."""
        row = self.db.execute("SELECT id FROM items ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return False
        start = int(self._meta("jsonl_last_start") or 0)
        prefix = b'{"id": ' + json.dumps(row[0], ensure_ascii=False).encode() + b","
        with self.results_path.open("rb") as fh:
            fh.seek(start)
            head = fh.read(len(prefix))
            fh.seek(size - 1)
            return head == prefix and fh.read(1) == b"\n"

    def rewrite_results(self) -> None:
        """Write results.jsonl afresh from the store, atomically."""
        self.db.execute("BEGIN IMMEDIATE")
        self._set_meta("jsonl_valid", "0")
        self.db.execute("COMMIT")
        tmp = self.results_path.with_name(RESULTS_NAME + ".tmp")
        size = last_start = 0
        with tmp.open("wb") as fh:
            rows = self.db.execute("SELECT id, status, error, report FROM items ORDER BY seq")
            for row in rows:
                line = result_line(*row)
                fh.write(line)
                last_start, size = size, size + len(line)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.results_path)
        self.db.execute("BEGIN IMMEDIATE")
        self._set_meta("jsonl_size", str(size))
        self._set_meta("jsonl_last_start", str(last_start))
        self._set_meta("jsonl_valid", "1")
        self.db.execute("COMMIT")

    # -- runs, scan, purge ---------------------------------------------------------------------
    def start_run(self, archive: str, tool_version: str, executor: str) -> int:
        cur = self.db.execute(
            "INSERT INTO runs (started, archive, tool_version, executor) VALUES (?, ?, ?, ?)",
            (_now(), archive, tool_version, executor),
        )
        return int(cur.lastrowid or 0)

    def finish_run(self, run: int, checked: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished = ?, checked = ? WHERE id = ?", (_now(), checked, run)
        )

    def begin_scan(self) -> None:
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS scan (id TEXT PRIMARY KEY, input_hash TEXT NOT NULL)"
        )
        self.db.execute("DELETE FROM scan")
        self.db.execute("BEGIN")

    def add_scanned(self, item_id: str, input_hash: str) -> None:
        try:
            self.db.execute("INSERT INTO scan VALUES (?, ?)", (item_id, input_hash))
        except sqlite3.IntegrityError as err:
            self.db.execute("ROLLBACK")
            raise InputError(
                f"item id '{item_id}' appears twice in the archive",
                hint="give every item its own id",
            ) from err

    def end_scan(self) -> None:
        self.db.execute("COMMIT")

    def purge(self, tool_version: str) -> int:
        """Drop results that no longer stand: the item left the archive, its inputs or the
        tool changed, or its error was transient (a crash). Returns how many."""
        self.db.execute("BEGIN IMMEDIATE")
        cur = self.db.execute(
            """DELETE FROM items WHERE retry = 1 OR tool_version != ? OR NOT EXISTS
               (SELECT 1 FROM scan s WHERE s.id = items.id AND s.input_hash = items.input_hash)""",
            (tool_version,),
        )
        dropped = cur.rowcount
        if dropped:
            self._set_meta("jsonl_valid", "0")  # the rewrite below makes it valid again
        self.db.execute("COMMIT")
        if dropped:
            self.rewrite_results()
        return dropped

    def is_done(self, item_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is not None
        )

    # -- recording -----------------------------------------------------------------------------
    def _append(self, data: bytes) -> None:
        if self._fd is None:
            self._fd = os.open(self.results_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]

    def record(self, res: ItemResult, run: int, tool_version: str) -> None:
        """Append the item's line, then commit it (the module docstring says why in this order)."""
        line = result_line(res.id, res.status, res.error, res.report_json)
        self._append(line)
        faults.after_write("append")
        sev = res.severities
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute(
            """INSERT INTO items (id, status, error, critical, major, minor, flags, documents,
               langs,
               alignments, input_hash, tool_version, retry, seconds, run, seq, done_at, report)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                       (SELECT COALESCE(MAX(seq), 0) + 1 FROM items), ?, ?)""",
            (
                res.id,
                res.status,
                res.error,
                sev.get("critical", 0),
                sev.get("major", 0),
                sev.get("minor", 0),
                len(res.flags),
                res.documents,
                res.langs,
                res.alignments,
                res.input_hash,
                tool_version,
                int(res.retry),
                res.seconds,
                run,
                _now(),
                res.report_json,
            ),
        )
        self.db.executemany(
            "INSERT INTO flags (item, alignment, type, severity, hop, hop_from, hop_to, message,"
            " check_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (res.id, a, t, s, f"[{h0}, {h1}]", h0, h1, m, c)
                for a, t, s, h0, h1, m, c in res.flags
            ],
        )
        # The line just appended starts where the committed file ended.
        self.db.execute(
            "INSERT OR REPLACE INTO meta SELECT 'jsonl_last_start', value FROM meta "
            "WHERE key = 'jsonl_size'"
        )
        self.db.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'jsonl_size'",
            (len(line),),
        )
        self.db.execute("COMMIT")
        faults.after_write("commit")

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self.db.close()

    # -- queries for the summary and the HTML index ------------------------------------------
    def counts(self) -> dict[str, int]:
        row = self.db.execute(
            "SELECT COUNT(*), SUM(status = 'ok'), SUM(status = 'error') FROM items"
        ).fetchone()
        return {"items": row[0] or 0, "ok": row[1] or 0, "errors": row[2] or 0}

    def flag_table(self) -> dict[str, dict[str, int]]:
        """{type: {severity: count}} over the whole batch."""
        out: dict[str, dict[str, int]] = {}
        for typ, sev, n in self.db.execute(
            "SELECT type, severity, COUNT(*) FROM flags GROUP BY 1, 2"
        ):
            out.setdefault(typ, {})[sev] = n
        return out

    def most_flagged(self, limit: int = 5) -> list[tuple[str, int, int, int, int]]:
        return self.db.execute(
            """SELECT id, critical, major, minor, flags FROM items WHERE flags > 0
               ORDER BY critical DESC, major DESC, minor DESC, id LIMIT ?""",
            (limit,),
        ).fetchall()

    def errors(self, limit: int = 5) -> list[tuple[str, str]]:
        return self.db.execute(
            "SELECT id, error FROM items WHERE status = 'error' ORDER BY seq LIMIT ?", (limit,)
        ).fetchall()

    def rows(self) -> Iterator[dict[str, Any]]:
        cur = self.db.execute(
            """SELECT id, status, error, critical, major, minor, flags, documents, langs,
               alignments, seconds, run FROM items ORDER BY id"""
        )
        names = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(names, row, strict=True))

    def report_json(self, item_id: str) -> str | None:
        row = self.db.execute("SELECT report FROM items WHERE id = ?", (item_id,)).fetchone()
        return None if row is None else row[0]
