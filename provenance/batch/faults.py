"""Fault injection for the batch tests: what a kill, a crash or a slow item does to a run.

Inert unless $PROVENANCE_BATCH_FAULT is set (comma-separated `key=value` parts). The tests
run `provenance batch` in a subprocess and steer it through that variable; the two places
that consult it (the worker before each item, the writer after each append and commit)
call the functions below, so every hook and its spelling live here.

- `delay=SECONDS`: every item sleeps first, so a test can kill a run part-way;
- `die-on=ID`: the worker SIGKILLs itself on that item, as the OOM killer would;
- `kill-after-append=N`, `kill-after-commit=N`: the writer SIGKILLs itself right after its
  N-th JSONL append (SQLite commit), the windows a kill can hit between the two.
"""

from __future__ import annotations

import os
import signal
import time

FAULT_ENV = "PROVENANCE_BATCH_FAULT"

_counts: dict[str, int] = {}


def _parts() -> list[tuple[str, str]]:
    spec = os.environ.get(FAULT_ENV, "")
    return [(k, v) for k, _, v in (p.partition("=") for p in spec.split(",") if p)]


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def before_item(item_id: str) -> None:
    """In the worker, before it checks `item_id`."""
    for key, value in _parts():
        if key == "delay":
            time.sleep(float(value))
        elif key == "die-on" and value == item_id:
            _die()


def after_write(where: str) -> None:
    """In the writer, after an `append` (JSONL) or a `commit` (SQLite)."""
    for key, value in _parts():
        if key == f"kill-after-{where}":
            _counts[where] = _counts.get(where, 0) + 1
            if _counts[where] >= int(value):
                _die()
