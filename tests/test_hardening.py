"""Inputs real archives and careless hands produce: each row of the hardening issue, as a
test that reproduced the failure first. Exit codes as the contract says: 2 and one line
for bad input or usage, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "demo"
PROVENANCE = [sys.executable, "-m", "provenance.cli"]


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys):
    from provenance.cli import main

    def _run(*args: str) -> Run:
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return _run


def one_line_error(run: Run) -> str:
    assert run.code == 2, run
    lines = [ln for ln in run.err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("provenance: error: "), run.err
    assert "Traceback" not in run.err
    return lines[0]


# 1 -- the report never overwrites an input ------------------------------------------------


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_output_that_is_an_input_is_refused(tmp_path: Path, cli, how: str) -> None:
    src, tgt = tmp_path / "a.de.txt", tmp_path / "b.en.txt"
    src.write_text((DEMO / "1.de.txt").read_text())
    tgt.write_text((DEMO / "3.en.txt").read_text())
    before = tgt.read_bytes()
    out = tgt
    if how == "symlink":
        out = tmp_path / "link.txt"
        out.symlink_to(tgt)
    elif how == "hardlink":
        out = tmp_path / "hard.txt"
        os.link(tgt, out)
    line = one_line_error(cli("check", str(src), str(tgt), "-o", str(out)))
    assert "is also an input" in line and "choose another -o" in line
    assert tgt.read_bytes() == before


def test_pairs_and_align_refuse_overwriting_their_input(tmp_path: Path, cli) -> None:
    tsv = tmp_path / "p.tsv"
    tsv.write_text("Hallo Welt.\tHello world.\n")
    assert "is also an input" in one_line_error(cli("pairs", str(tsv), "-o", str(tsv)))
    src = tmp_path / "a.txt"
    src.write_text("Hallo Welt.")
    assert "is also an input" in one_line_error(
        cli("align", str(src), str(tsv), "--langs", "de,en", "-o", str(src))
    )


# 15 -- an unusable -o is refused before the computation ----------------------------------


def test_unusable_output_is_refused_before_any_work(tmp_path: Path, cli, monkeypatch) -> None:
    import provenance.pipeline

    def must_not_run(*args, **kwargs):
        raise AssertionError("the computation started before -o was checked")

    monkeypatch.setattr(provenance.pipeline, "check", must_not_run)
    missing = tmp_path / "no" / "such" / "dir" / "r.json"
    line = one_line_error(
        cli("check", str(DEMO / "1.de.txt"), str(DEMO / "3.en.txt"), "-o", str(missing))
    )
    assert "does not exist" in line and "create it first" in line
    line = one_line_error(
        cli("check", str(DEMO / "1.de.txt"), str(DEMO / "3.en.txt"), "-o", str(tmp_path))
    )
    assert "is a directory" in line


# 2 -- decoding you can trust ---------------------------------------------------------------


def test_utf8_with_a_cut_tail_stays_utf8_with_a_warning() -> None:
    from provenance.text.load import InputWarning, load_bytes

    raw = (DEMO / "1.de.txt").read_bytes() + b"\xc3"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = load_bytes(raw, "x.de.txt")
    assert loaded.encoding == "utf-8"
    assert "Ã" not in loaded.text and "ö" in loaded.text
    assert loaded.text.endswith("\ufffd")
    assert [w.category for w in caught] == [InputWarning]
    assert "x.de.txt: 1 byte(s) are not valid UTF-8" in str(caught[0].message)


def test_a_few_bad_bytes_inside_utf8_are_replaced_not_reread_as_cp1252() -> None:
    from provenance.text.load import load_bytes

    text = "Größere Übermaße wären schön, sagte Jürgen Müller in München. " * 4
    raw = text.encode()
    raw = raw[:40] + b"\xff" + raw[40:120] + b"\xfe" + raw[120:]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        loaded = load_bytes(raw, "x")
    assert loaded.encoding == "utf-8" and "Müller" in loaded.text


def test_legacy_code_pages_still_read_when_the_bytes_say_so() -> None:
    from provenance.text.load import load_bytes

    ru = "Выручка компании выросла на сорок процентов, сообщил директор."
    de = "Die Größe der Übermaße wäre schön, sagte Jürgen Müller."
    assert load_bytes(ru.encode("cp1251"), "r").encoding == "cp1251"
    assert load_bytes(ru.encode("koi8_r"), "r").encoding == "koi8_r"
    assert load_bytes(de.encode("cp1252"), "d").encoding == "cp1252"


def test_cli_prints_the_decoding_warning_as_one_line(tmp_path: Path, cli) -> None:
    src = tmp_path / "a.de.txt"
    src.write_bytes("Die Größe ist schön.\n".encode() + b"\xc3")
    tgt = tmp_path / "b.en.txt"
    tgt.write_text("The size is nice.\n")
    run = cli("align", str(src), str(tgt), "--langs", "de,en")
    assert run.code == 0
    assert f"provenance: warning: {src}: 1 byte(s) are not valid UTF-8" in run.err


# 3 -- invisible characters: stripped from words, mapped back to the original ---------------


def test_zero_width_and_bidi_controls_are_stripped_with_an_offset_map() -> None:
    from provenance.text.load import normalise_mapped

    original = "Ably\u200bazov sagte\u202e: \u2066gut\u2069. Soft\u00adhyphen e\u0301\r\nEnde  \n"
    text, offsets = normalise_mapped(original)
    assert text == "Ablyazov sagte: gut. Softhyphen é\nEnde"
    for k, ch in enumerate(text):
        o = offsets.to_original(k)
        if ch == "é":
            assert original[o : o + 2] == "e\u0301"
        else:
            assert original[o] == ch, (k, ch, o)


def test_invisible_characters_reach_no_report(tmp_path: Path, cli) -> None:
    de = tmp_path / "a.de.txt"
    de.write_text("„Die Lage ist ernst\u202e“, sagte Ably\u200bazov am Dienstag in Paris.\n")
    en = tmp_path / "b.en.txt"
    en.write_text('"The situation is serious," Ablyazov said on Tuesday in Paris.\n')
    for fmt in ("json", "html", "text"):
        run = cli("check", str(de), str(en), "--langs", "de,en", "--format", fmt)
        assert run.code == 0, run.err
        for ch in ("\u202e", "\u200b"):
            assert ch not in run.out
    report = json.loads(cli("check", str(de), str(en), "--langs", "de,en", "--format", "json").out)
    assert not [f for f in report["flags"] if f["type"] == "entity"]


# 4, 5 -- bounded work ------------------------------------------------------------------------


def test_a_one_megabyte_line_is_refused_in_seconds(tmp_path: Path, cli) -> None:
    big = tmp_path / "big.de.txt"
    big.write_text(" ".join(["haus", "stadt", "und", "menschen"] * 260_000) + "\n")
    start = time.monotonic()
    line = one_line_error(cli("check", str(big), str(DEMO / "3.en.txt"), "--langs", "de,en"))
    assert time.monotonic() - start < 10
    assert "without a sentence end" in line and "split it into sentences" in line


def test_an_overlong_sentence_is_cut_into_pieces() -> None:
    from provenance.text.segment import MAX_SENTENCE_CHARS, Segmented, bound_sentences

    run_on = " ".join(["wort"] * 2_000)  # ~10,000 characters, no sentence end
    with pytest.warns(UserWarning, match="cut at spaces"):
        seg, origin = bound_sentences(Segmented(["Kurz.", run_on], [0, 1]), "x")
    assert origin == [0] + [1] * (len(seg.sentences) - 1)
    assert seg.sentences[0] == "Kurz."
    assert all(len(s) <= MAX_SENTENCE_CHARS for s in seg.sentences)
    assert " ".join(seg.sentences[1:]) == run_on
    assert seg.paragraphs == [0] + [1] * (len(seg.sentences) - 1)


def test_a_document_over_max_chars_is_refused_at_once(tmp_path: Path, cli) -> None:
    big = tmp_path / "big.en.txt"
    with big.open("w") as fh:  # ~50 MB
        line = "The quick brown fox jumps over the lazy dog near the river bank. " * 16 + "\n"
        for _ in range(50_000):
            fh.write(line)
    start = time.monotonic()
    line = one_line_error(cli("check", str(DEMO / "1.de.txt"), str(big)))
    assert time.monotonic() - start < 3
    assert "above the limit" in line and "--max-chars" in line
    small = one_line_error(
        cli("check", str(DEMO / "1.de.txt"), str(DEMO / "3.en.txt"), "--max-chars", "100")
    )
    assert "above the limit of 100 characters" in small


def test_progress_is_reported_on_stderr_when_asked(cli) -> None:
    run = cli(
        "check", str(DEMO / "1.de.txt"), str(DEMO / "3.en.txt"), "--progress", "-o", os.devnull
    )
    assert run.code == 0
    assert "embedding sentences" in run.err


def test_the_pipeline_reports_its_progress() -> None:
    import provenance

    seen: list[tuple[str, int, int]] = []
    provenance.check(
        [str(DEMO / "1.de.txt"), str(DEMO / "2.ru.txt"), str(DEMO / "3.en.txt")],
        progress=lambda stage, done, total: seen.append((stage, done, total)),
    )
    embed = [s for s in seen if s[0] == "embed"]
    assert embed and embed[-1][1] == embed[-1][2]
    # the three document pairs aligned (two hops and the direct first↔last pair), then
    # the rows checked on each of the three pairs
    assert [s for s in seen if s[0] == "align"] == [("align", k, 3) for k in range(4)]
    check = [s for s in seen if s[0] == "check"]
    rows = check[-1][2] // 3
    assert rows > 0 and check[-1] == ("check", 3 * rows, 3 * rows)
    assert [done for _, done, _ in check] == sorted(done for _, done, _ in check)


# 6 -- one sentence against many ----------------------------------------------------------------


def test_one_sentence_against_many_aligns(tmp_path: Path, cli) -> None:
    one = tmp_path / "one.de.txt"
    one.write_text("Ein einziger Satz über das Wetter in Berlin.\n")
    many = tmp_path / "many.en.txt"
    many.write_text(" ".join([(DEMO / "3.en.txt").read_text().replace("\n", " ")] * 3))
    for args in (["align", str(one), str(many)], ["align", str(many), str(one)]):
        run = cli(*args, "--langs", "de,en" if args[1] == str(one) else "en,de")
        assert run.code == 0, run.err
        beads = json.loads(run.out)["alignments"]
        for side in (0, 1):
            ids = [i for bead in beads for i in bead[side]]
            assert ids == list(range(len(ids)))
    run = cli("check", str(one), str(many), "--langs", "de,en", "--format", "json")
    assert run.code == 0, run.err


def test_band_is_connected_for_far_apart_rows() -> None:
    import numpy as np

    from provenance.align.dp import Band, bead_types

    band = Band(np.array([0, 34]), np.array([8, 42]), bead_types(4, 5))
    steps = band.solve(lambda a, b, ps, qs: np.zeros(len(ps)), np.full(42, -0.1))
    assert sum(a for a, _ in steps) == 1 and sum(b for _, b in steps) == 42


# 7, 8, 9, 11, 14 -- batch -------------------------------------------------------------------


def _chain_item(folder: Path, n: int) -> None:
    folder.mkdir()
    (folder / "1.de.txt").write_text(f"Der Umsatz stieg um {n} Prozent.")
    (folder / "2.en.txt").write_text(f"Revenue rose by {n} percent.")


def test_unreadable_item_folder_is_that_items_error(tmp_path: Path, monkeypatch) -> None:
    from provenance.batch import archive

    _chain_item(tmp_path / "ok", 3)
    _chain_item(tmp_path / "locked", 4)
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(archive.os, "scandir", scandir)
    items = {spec.id: spec for spec in archive.iter_items(tmp_path)}
    assert items["ok"].problem is None
    assert items["locked"].problem == "locked: cannot read the item's folder (Permission denied)"


def test_unwritable_out_is_refused_in_one_line(tmp_path: Path, monkeypatch) -> None:
    from provenance.batch import run as batch_run
    from provenance.errors import UsageError

    real = os.open

    def deny(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(batch_run.os, "open", deny)
    with pytest.raises(UsageError, match="cannot write in the output directory"):
        batch_run._lock(tmp_path)


@pytest.mark.slow
def test_batch_survives_loops_and_refuses_a_corrupt_store(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    _chain_item(archive / "a", 3)
    _chain_item(archive / "b", 5)
    (archive / "loop").symlink_to("loop")
    out = tmp_path / "out"
    env = {**os.environ, "PROVENANCE_BATCH_TOOL_VERSION": "test"}

    def batch(*args: str, target: Path = out) -> subprocess.CompletedProcess:
        cmd = [*PROVENANCE, "batch", str(archive), "--out", str(target), "--workers", "1", *args]
        return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)

    first = batch()
    assert first.returncode == 1, first.stderr  # one item failed, the run did not
    results = [json.loads(ln) for ln in (out / "results.jsonl").read_text().splitlines()]
    status = {r["id"]: r["status"] for r in results}
    assert status == {"a": "ok", "b": "ok", "loop": "error"}
    assert "Too many levels of symbolic links" in next(
        r["error"] for r in results if r["id"] == "loop"
    )
    assert "Traceback" not in first.stderr

    db = out / "provenance.sqlite"
    with sqlite3.connect(db) as con:  # fold the WAL in, so the file holds every page
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    page = 4096
    for k in range(page, len(data), 7):  # every page after the header page: garbage
        data[k] = (data[k] * 31 + 17) % 256
    db.write_bytes(bytes(data))
    again = batch()
    assert again.returncode == 2, again.stderr
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "provenance.sqlite is damaged" in lines[0]
    assert "--no-resume" in lines[0] and "Traceback" not in again.stderr
    report = subprocess.run(
        [*PROVENANCE, "report", str(out)], capture_output=True, text=True, env=env, timeout=60
    )
    assert report.returncode == 2
    lines = report.stderr.strip().splitlines()
    assert len(lines) == 1 and "provenance.sqlite is damaged" in lines[0]
    assert "provenance batch ARCHIVE --out DIR --no-resume" in lines[0]
    fresh = batch("--no-resume")
    assert fresh.returncode == 1, fresh.stderr


@pytest.mark.slow
def test_sigkill_of_the_batch_process_leaves_no_worker_behind(tmp_path: Path) -> None:
    import signal

    import psutil

    archive = tmp_path / "archive"
    archive.mkdir()
    for n in range(400):
        _chain_item(archive / f"item{n:03d}", n)
    env = {**os.environ, "PROVENANCE_BATCH_TOOL_VERSION": "test"}
    proc = subprocess.Popen(
        [*PROVENANCE, "batch", str(archive), "--out", str(tmp_path / "out"), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    family: list[psutil.Process] = []
    while time.monotonic() < deadline:  # until the fork server and both workers run
        family = parent.children(recursive=True)
        if (tmp_path / "out" / "results.jsonl").exists() and len(family) >= 3:
            break
        time.sleep(0.2)
    assert len(family) >= 3, family
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    _gone, alive = psutil.wait_procs(family, timeout=5)
    assert not alive, [(p.pid, p.name()) for p in alive]


# 10 -- a full disk ------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_stdout_on_a_full_device_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [*PROVENANCE, "checks"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
        )
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "No space left on device" in lines[0], run.stderr


# 12 -- unsupported languages are named ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中华人民共和国是一个国家。北京是首都，上海是最大的城市。", "Chinese (zh)"),
        ("هذه جملة عربية طويلة بما فيه الكفاية لاكتشاف اللغة.", "Arabic (ar)"),
        (
            "Esta es una frase en español bastante larga para detectar el idioma correctamente.",
            "Spanish (es)",
        ),
    ],
)
def test_unsupported_language_is_named(tmp_path: Path, cli, text: str, name: str) -> None:
    doc = tmp_path / "x.txt"
    doc.write_text(text)
    line = one_line_error(cli("check", str(doc), str(DEMO / "3.en.txt")))
    assert f"{name} is not supported; provenance supports " in line
    assert sorted(line.rsplit("supports ", 1)[1].split(", ")) == ["de", "en", "fr", "ru"]


def test_unsupported_language_code_is_named(cli) -> None:
    line = one_line_error(
        cli("check", str(DEMO / "1.de.txt"), str(DEMO / "3.en.txt"), "--langs", "zh,en")
    )
    assert "Chinese (zh) is not supported; provenance supports " in line
    assert "unknown language code 'xx'" in one_line_error(
        cli("check", str(DEMO / "1.de.txt"), str(DEMO / "3.en.txt"), "--langs", "xx,en")
    )


# 13, 16 -- pairs ---------------------------------------------------------------------------------


def test_pairs_empty_field_is_named(tmp_path: Path, cli) -> None:
    tsv = tmp_path / "p.tsv"
    tsv.write_text("Hallo Welt.\tHello world.\n\tOnly a translation.\n")
    line = one_line_error(cli("pairs", str(tsv), "--langs", "de,en"))
    assert "line 2: the source (before the tab) is empty" in line
    tsv.write_text("Hallo Welt.\t \n")
    assert "line 1 has no tab: the translation (after the tab) is missing" in one_line_error(
        cli("pairs", str(tsv), "--langs", "de,en")
    )


def test_pairs_line_does_not_depend_on_the_other_lines(tmp_path: Path) -> None:
    from provenance.pairs import check_pairs

    line = (
        "Das Regime könnte vor Jahresende zusammenbrechen.\t"
        "The regime will collapse before the end of the year."
    )
    others = [
        "Der Umsatz stieg um 40 Prozent.\tRevenue rose by 14 percent.",
        "Er lebt in Paris.\tHe does not live in Paris.",
    ]
    alone, mixed = tmp_path / "alone.tsv", tmp_path / "mixed.tsv"
    alone.write_text(line + "\n")
    mixed.write_text("\n".join([others[0], line, others[1]]) + "\n")
    a = next(iter(check_pairs(str(alone), "de,en")))
    m = list(check_pairs(str(mixed), "de,en"))[1]
    assert a.to_dict()["flags"] == m.to_dict()["flags"]
    assert a.drift == pytest.approx(m.drift, abs=1e-6)


# bounded memory: the bench that measures it ---------------------------------------------------


@pytest.mark.slow
def test_bench_memory_measures_a_small_pair(tmp_path: Path) -> None:
    from provenance.bench.memory import main

    result = main([0.02, 0.04], corpus=DEMO, json_out=tmp_path / "m.json")
    points = result["points"]
    assert [p["exit_code"] for p in points] == [0, 0]
    assert points[0]["characters"] < points[1]["characters"]
    assert all(50 < p["peak_rss_mb"] < 1500 for p in points)
    assert json.loads((tmp_path / "m.json").read_text())["fit"]["fixed_mb"] > 0


def test_bench_memory_without_a_corpus_is_one_line(tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    line = one_line_error(cli("bench", "memory", "--sizes", "0.01"))
    assert "no demo chain here" in line and "--corpus" in line


def test_batch_item_over_the_document_ceiling_is_that_items_error(monkeypatch) -> None:
    """Batch items get `check`'s per-document ceiling (--max-chars' default) too, in any
    format: the item is an error, the run goes on."""
    import provenance.text.load
    from provenance.batch.archive import ItemTask
    from provenance.batch.worker import WorkerSettings, check_item

    monkeypatch.setattr(provenance.text.load, "DEFAULT_MAX_CHARS", 40)
    task = ItemTask(
        id="big",
        names=["big/1.de.txt", "big/2.en.txt"],
        contents=[("Der Umsatz stieg deutlich. " * 4).encode(), b"Revenue rose."],
        langs=["de", "en"],
        input_hash="x",
    )
    result = check_item(task, WorkerSettings())
    assert result.status == "error" and not result.retry
    assert "big/1.de.txt: is 107 characters, above the limit of 40 characters" in result.error
