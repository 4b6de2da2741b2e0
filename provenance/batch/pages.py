"""`provenance report DIR`: item HTML reports under DIR/items/ and DIR/index.html.

Item pages come from the single-report renderer (`render_check(report, "html")`), fed from
the reports stored in the batch's SQLite. If that renderer is not available, or fails on
one item, the index is still written and says so; the item is listed without a link.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from provenance.batch.store import Store, damaged
from provenance.errors import ProvenanceError
from provenance.model import Alignment, Document, Flag, Report, Span
from provenance.report.index_html import render_index

ITEMS_DIR = "items"


def page_name(item_id: str) -> str:
    """A safe, unique file name for an item's page, whatever characters its id holds."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", item_id).strip("._")[:60] or "item"
    return f"{slug}-{hashlib.sha1(item_id.encode()).hexdigest()[:8]}.html"


def report_from_dict(data: dict[str, Any]) -> Report:
    """A `Report` back from its `provenance.check/1` JSON (paragraph numbers are not in the
    JSON, so each sentence is its own paragraph)."""
    docs = [
        Document(
            path=d["path"],
            lang=d["lang"],
            sentences=list(d["sentences"]),
            paragraphs=list(range(len(d["sentences"]))),
        )
        for d in data["documents"]
    ]
    aligns = [
        Alignment(id=a["id"], sentences=a["sentences"], similarity=a["similarity"])
        for a in data["alignments"]
    ]
    flags = [
        Flag(
            alignment=f["alignment"],
            type=f["type"],
            severity=f["severity"],
            hop=tuple(f["hop"]),
            spans=[Span(**s) for s in f["spans"]],
            message=f["message"],
            detail=f.get("detail") or {},
            check=f.get("check", ""),
        )
        for f in data["flags"]
    ]
    drift = {int(k): float(v) for k, v in (data.get("drift") or {}).items()}
    return Report(
        documents=docs, alignments=aligns, flags=flags, quotes=data.get("quotes") or [], drift=drift
    )


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_report(out: Path) -> tuple[Path, int, str]:
    """Render the batch in `out`; returns (index path, item pages written, a note or '')."""
    store = Store(out, readonly=True)
    try:
        return _write_report(out, store)
    except sqlite3.DatabaseError as err:  # corrupt pages surface on first use
        raise damaged(out, err, readonly=True) from err
    finally:
        store.close()


def _write_report(out: Path, store: Store) -> tuple[Path, int, str]:
    from provenance.report import render_check

    pages_dir = out / ITEMS_DIR
    pages_dir.mkdir(exist_ok=True)
    rows, written, problem = [], 0, ""
    for row in store.rows():
        row["href"] = None
        if row["status"] == "ok" and not problem.startswith("unavailable"):
            name = page_name(row["id"])
            try:
                report = report_from_dict(json.loads(store.report_json(row["id"]) or "{}"))
                _write(pages_dir / name, render_check(report, "html"))
                row["href"] = f"{ITEMS_DIR}/{name}"
                written += 1
            except ProvenanceError as err:  # the HTML renderer is not installed
                problem = f"unavailable: item reports could not be rendered ({err})"
            except Exception as err:
                problem = (
                    problem
                    or f"some item reports could not be rendered ({type(err).__name__}: {err})"
                )
        rows.append(row)
    note = problem.removeprefix("unavailable: ")
    index = out / "index.html"
    _write(
        index,
        render_index(
            rows,
            title=f"provenance batch: {out.resolve().name}",
            counts=store.counts(),
            flag_table=store.flag_table(),
            note=note,
        ),
    )
    return index, written, note
