"""The editor's marks on flags ("checked, fine" / "needs fixing", with a note), kept in SQLite
in the user data directory (`platformdirs.user_data_dir("provenance")/desk.sqlite`, or
`$PROVENANCE_DATA_DIR/desk.sqlite`), keyed by the documents' content hash and the flag's key,
so they come back whenever the same documents are checked again."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from provenance.model import Flag

STATUSES = ("fine", "fix")
MAX_NOTE = 2000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS marks (
    documents TEXT NOT NULL,
    flag TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('fine', 'fix')),
    note TEXT NOT NULL DEFAULT '',
    updated REAL NOT NULL,
    PRIMARY KEY (documents, flag)
)
"""


def data_dir() -> Path:
    env = os.environ.get("PROVENANCE_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("provenance", appauthor=False))


def documents_key(contents: Sequence[bytes], langs: Sequence[str]) -> str:
    """The identity of a chain: its documents' bytes in order, and their languages."""
    h = hashlib.sha256()
    for data in contents:
        h.update(hashlib.sha256(data).digest())
    h.update(",".join(langs).encode())
    return h.hexdigest()


def flag_key(flag: Flag) -> str:
    """A flag's identity across runs on the same documents: what, where, which hop, and the
    message's hash (two flags of one type on one row differ in their message)."""
    digest = hashlib.sha256(flag.message.encode("utf-8")).hexdigest()[:12]
    return f"{flag.type}:{flag.alignment}:{flag.hop[0]}-{flag.hop[1]}:{digest}"


class MarkStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "desk.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def get(self, documents: str) -> dict[str, dict[str, str]]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT flag, status, note FROM marks WHERE documents = ?", (documents,)
            ).fetchall()
        return {flag: {"status": status, "note": note} for flag, status, note in rows}

    def set(self, documents: str, flag: str, status: str | None, note: str = "") -> None:
        """Mark a flag (`status` "fine" or "fix"), or clear its mark (`status` None)."""
        with self._connect() as db:
            if status is None:
                db.execute("DELETE FROM marks WHERE documents = ? AND flag = ?", (documents, flag))
                return
            if status not in STATUSES:
                raise ValueError(f"unknown mark {status!r}")
            db.execute(
                "INSERT INTO marks (documents, flag, status, note, updated) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (documents, flag) DO UPDATE SET status = excluded.status,"
                " note = excluded.note, updated = excluded.updated",
                (documents, flag, status, note[:MAX_NOTE], time.time()),
            )
