"""Batch pieces that need no model: archive reading, the store's exactly-once bookkeeping,
the HTML index. (End-to-end runs, kills and Dask are in test_batch_run.py.)"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from provenance.batch.archive import iter_items, read_item
from provenance.batch.pages import page_name, write_report
from provenance.batch.store import Store
from provenance.batch.worker import ItemResult
from provenance.errors import InputError, UsageError
from provenance.report.index_html import render_index

EVIL = '<script>alert("x")</script>&'


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())


def test_directory_archive_items_in_order_with_problems(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "2.en.txt", "Hello.")
    _write(tmp_path / "b" / "1.de.txt", "Hallo.")
    _write(tmp_path / "b" / "notes.md", "ignored")
    _write(tmp_path / "a" / "x.ru.txt", "Привет.")  # one document
    _write(tmp_path / "c" / "nolang.txt", "Hallo.")
    _write(tmp_path / "c" / "2.en.txt", "Hello.")
    (tmp_path / "d").mkdir()
    _write(tmp_path / ".hidden" / "1.de.txt", "x")
    _write(tmp_path / "loose.de.txt", "not an item")
    (tmp_path / "out").mkdir()  # an output directory inside the archive is not an item
    items = list(iter_items(tmp_path, exclude=tmp_path / "out"))
    assert [i.id for i in items] == ["a", "b", "c", "d"]
    a, b, c, d = items
    assert "only one document" in a.problem
    assert b.problem is None and b.names == ("b/1.de.txt", "b/2.en.txt") and b.langs == ("de", "en")
    assert "c/nolang.txt" in c.problem and "<lang>" in c.problem
    assert "no <anything>.<lang>.txt" in d.problem


def test_manifest_paths_relative_and_bad_lines(tmp_path: Path) -> None:
    _write(tmp_path / "docs" / "a.txt", "Hallo Welt.")
    _write(tmp_path / "docs" / "b.txt", "Hello world.")
    lines = [
        {"id": "ok", "documents": ["docs/a.txt", "docs/b.txt"], "langs": ["de", "en"]},
        {"id": "mismatch", "documents": ["docs/a.txt", "docs/b.txt"], "langs": ["de"]},
        {"id": 7, "documents": ["docs/a.txt", "docs/missing.txt"]},
        {"id": "lonely", "documents": ["docs/a.txt"]},
    ]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    ok, mismatch, seven, lonely = iter_items(manifest)
    assert ok.problem is None and ok.paths[0] == (tmp_path / "docs" / "a.txt").resolve()
    assert "1 language(s) for 2 document(s)" in mismatch.problem
    assert seven.id == "7" and seven.langs is None
    assert (
        "no such file" in read_item(seven).problem
        and "docs/missing.txt" in read_item(seven).problem
    )
    assert "at least two" in lonely.problem
    manifest.write_text('{"id": "a", "documents": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"m\.jsonl:2: not a JSON object"):
        list(iter_items(manifest))
    manifest.write_text('{"documents": ["a"]}\n', encoding="utf-8")
    with pytest.raises(InputError, match='needs an "id"'):
        list(iter_items(manifest))


def test_input_hash_follows_content(tmp_path: Path) -> None:
    _write(tmp_path / "x" / "1.de.txt", "Hallo.")
    _write(tmp_path / "x" / "2.en.txt", "Hello.")
    (spec,) = iter_items(tmp_path)
    first = read_item(spec)
    assert read_item(spec).input_hash == first.input_hash
    assert first.contents == [b"Hallo.", b"Hello."]
    _write(tmp_path / "x" / "2.en.txt", "Hello!")
    assert read_item(spec).input_hash != first.input_hash


def _result(item_id: str, n_flags: int = 0, status: str = "ok", h: str = "h") -> ItemResult:
    report = {"schema": "provenance.check/1", "documents": [], "alignments": [], "flags": []}
    flags = [
        (i, "number", "critical", 0, 1, f"{i} became {i + 1}", "numbers") for i in range(n_flags)
    ]
    return ItemResult(
        id=item_id,
        input_hash=h,
        status=status,
        error=None if status == "ok" else f"{item_id}: is empty",
        report_json=json.dumps(report) if status == "ok" else None,
        flags=flags,
        severities={"critical": n_flags, "major": 0, "minor": 0},
    )


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _scan(store: Store, ids: dict[str, str]) -> int:
    store.begin_scan()
    for k, h in ids.items():
        store.add_scanned(k, h)
    store.end_scan()
    return store.purge("v1")


def test_store_records_and_mirrors_jsonl(tmp_path: Path) -> None:
    store = Store(tmp_path)
    run = store.start_run("arch", "v1", "local:1")
    store.record(_result("a", 2), run, "v1")
    store.record(_result("b", status="error"), run, "v1")
    assert [x["id"] for x in _lines(store.results_path)] == ["a", "b"]
    assert _lines(store.results_path)[1] == {"id": "b", "status": "error", "error": "b: is empty"}
    db = sqlite3.connect(tmp_path / "provenance.sqlite")
    assert db.execute("SELECT id, status, critical, flags FROM items ORDER BY id").fetchall() == [
        ("a", "ok", 2, 2),
        ("b", "error", 0, 0),
    ]
    assert db.execute(
        "SELECT item, alignment, type, severity, hop, check_name FROM flags ORDER BY alignment"
    ).fetchall() == [
        ("a", 0, "number", "critical", "[0, 1]", "numbers"),
        ("a", 1, "number", "critical", "[0, 1]", "numbers"),
    ]
    store.close()


def test_a_store_from_before_the_check_column_gets_it(tmp_path: Path) -> None:
    """A store an earlier version wrote has no `check_name` column: opening it adds the
    column (empty for its rows) and new flags are recorded with it."""
    db = sqlite3.connect(tmp_path / "provenance.sqlite")
    db.executescript(
        """CREATE TABLE flags (item TEXT NOT NULL, alignment INTEGER NOT NULL,
        type TEXT NOT NULL, severity TEXT NOT NULL, hop TEXT NOT NULL,
        hop_from INTEGER NOT NULL, hop_to INTEGER NOT NULL, message TEXT NOT NULL);
        INSERT INTO flags VALUES ('old', 0, 'date', 'major', '[0, 1]', 0, 1, 'x');"""
    )
    db.close()
    store = Store(tmp_path)
    run = store.start_run("arch", "v2", "local:1")
    store.record(_result("a", 1), run, "v2")
    assert store.db.execute(
        "SELECT item, type, check_name FROM flags ORDER BY item"
    ).fetchall() == [("a", "number", "numbers"), ("old", "date", "")]
    store.close()


def test_reconcile_cuts_an_uncommitted_or_torn_line(tmp_path: Path) -> None:
    store = Store(tmp_path)
    run = store.start_run("arch", "v1", "local:1")
    store.record(_result("a"), run, "v1")
    good = store.results_path.read_bytes()
    # What a kill between append and commit leaves: a whole line, or part of one.
    for tail in (b'{"id": "b", "status": "error", "error": "x"}\n', b'{"id": "b", "sta'):
        with store.results_path.open("ab") as fh:
            fh.write(tail)
        assert Store(tmp_path).reconcile() == "truncated"
        assert store.results_path.read_bytes() == good
    store.results_path.unlink()
    assert Store(tmp_path).reconcile() == "rewritten"
    assert store.results_path.read_bytes() == good
    store.results_path.write_bytes(good[:-10])  # shorter than the record: rewrite
    assert Store(tmp_path).reconcile() == "rewritten"
    assert store.results_path.read_bytes() == good
    assert Store(tmp_path).reconcile() == "ok"


def test_reconcile_checks_the_last_line_however_long(tmp_path: Path) -> None:
    store = Store(tmp_path)
    run = store.start_run("arch", "v1", "local:1")
    store.record(_result("a"), run, "v1")
    big = _result("b")
    big.report_json = json.dumps({"schema": "provenance.check/1", "pad": "x" * 200_000})
    store.record(big, run, "v1")
    good = store.results_path.read_bytes()
    assert Store(tmp_path).reconcile() == "ok"  # no needless rewrite for a long last line
    store.results_path.write_bytes(good.replace(b'{"id": "b"', b'{"id": "c"'))
    assert Store(tmp_path).reconcile() == "rewritten"  # not the committed last item
    assert store.results_path.read_bytes() == good


def test_purge_drops_changed_removed_and_crashed_items(tmp_path: Path) -> None:
    store = Store(tmp_path)
    run = store.start_run("arch", "v1", "local:1")
    for k in "abcd":
        store.record(_result(k, 1), run, "v1")
    crashed = _result("e", status="error")
    crashed.retry = True
    store.record(crashed, run, "v1")
    # b's inputs changed, c left the archive, e crashed: those go; a and d stay.
    assert _scan(store, {"a": "h", "b": "changed", "d": "h", "e": "h"}) == 3
    assert [x["id"] for x in _lines(store.results_path)] == ["a", "d"]
    assert store.db.execute("SELECT COUNT(*) FROM flags").fetchone()[0] == 2
    assert store.reconcile() == "ok"
    assert _scan(store, {"a": "h", "d": "h"}) == 0
    assert store.purge("v2") == 2  # a new tool version: everything is redone
    assert store.results_path.read_bytes() == b""


def test_duplicate_ids_are_a_usage_error(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.begin_scan()
    store.add_scanned("a", "h")
    with pytest.raises(InputError, match="'a' appears twice"):
        store.add_scanned("a", "h")


def test_index_escapes_and_links(tmp_path: Path) -> None:
    rows = [
        {
            "id": EVIL,
            "status": "ok",
            "error": None,
            "critical": 2,
            "major": 1,
            "minor": 0,
            "flags": 3,
            "langs": "de,en",
            "alignments": 4,
            "href": f"items/{page_name(EVIL)}",
        },
        {
            "id": "quiet",
            "status": "error",
            "error": EVIL,
            "critical": 0,
            "major": 0,
            "minor": 0,
            "flags": 0,
            "langs": "",
            "alignments": 0,
            "href": None,
        },
    ]
    page = render_index(
        rows,
        title=EVIL,
        counts={"items": 2, "ok": 1, "errors": 1},
        flag_table={"number": {"critical": 2}, EVIL: {"major": 1}},
    )
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)" in page
    assert page.count("<script>") == 1  # only the sorting script
    name = page_name(EVIL)
    assert "/" not in name and "<" not in name and name.endswith(".html")
    assert f'href="items/{name}"' in page
    assert page.index(">2</td>") < page.index("quiet")  # most severe first
    assert 'data-key="critical"' in page and 'data-key="flags"' in page


def test_report_command_with_and_without_item_renderer(
    tmp_path: Path, monkeypatch, run_cli
) -> None:
    store = Store(tmp_path)
    run = store.start_run("arch", "v1", "local:1")
    store.record(_result(EVIL, 1), run, "v1")
    store.record(_result("bad", status="error"), run, "v1")
    store.close()
    import provenance.report as report_mod

    def unavailable(report, fmt, **kw):
        raise UsageError("--format html is not available yet")

    monkeypatch.setattr(report_mod, "render_check", unavailable)
    index, pages, note = write_report(tmp_path)
    assert pages == 0 and "not available" in note and 'href="items/' not in index.read_text()
    monkeypatch.setattr(
        report_mod, "render_check", lambda report, fmt, **kw: f"<p>{len(report.flags)}</p>"
    )
    res = run_cli("report", str(tmp_path))
    assert res.code == 0 and "1 item report" in res.err
    assert (tmp_path / "items" / page_name(EVIL)).read_text() == "<p>0</p>"
    assert f'href="items/{page_name(EVIL)}"' in (tmp_path / "index.html").read_text()


def test_report_on_a_directory_without_a_batch(tmp_path: Path, run_cli) -> None:
    res = run_cli("report", str(tmp_path))
    assert res.code == 2 and "no provenance.sqlite here" in res.err and "Traceback" not in res.err


def test_batch_usage_errors(tmp_path: Path, run_cli) -> None:
    res = run_cli("batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert res.code == 2 and "no such archive" in res.err and res.err.count("\n") == 1
    (tmp_path / "a.txt").write_text("x")
    res = run_cli("batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"))
    assert res.code == 2 and "neither a directory nor a .jsonl manifest" in res.err
    res = run_cli("batch", str(tmp_path), "--out", str(tmp_path / "o"), "--workers", "0")
    assert res.code == 2 and "at least 1" in res.err
    res = run_cli(
        "batch",
        str(tmp_path),
        "--out",
        str(tmp_path / "o"),
        "--workers",
        "2",
        "--scheduler",
        "tcp://127.0.0.1:1",
    )
    assert res.code == 2 and "do not go together" in res.err
