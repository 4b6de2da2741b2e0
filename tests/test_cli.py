"""The commands of ../shared/CONTRACTS.md: JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DE = (
    "Nasarbajew besitzt Vermögen im Wert von 200 Milliarden Dollar.\n\n"
    "Die Wahl wurde auf den 9. Juni vorgezogen. Das Regime könnte zusammenbrechen.\n"
)
RU = (
    "Назарбаев владеет имуществом стоимостью 200 млрд долларов.\n\n"
    "Выборы перенесены на 9 июня. Режим может рухнуть.\n"
)
EN = (
    "Nazarbayev owns property worth $200 billion.\n\n"
    "The elections were postponed to June 9. The regime will fall.\n"
)


@pytest.fixture
def chain(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in (("a.de.txt", DE), ("b.ru.txt", RU), ("c.en.txt", EN)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def assert_contract_report(data: dict, n_docs: int) -> None:
    """Field-for-field check of provenance.check/1."""
    assert data["schema"] == "provenance.check/1"
    assert {"documents", "alignments", "flags", "summary"} <= set(data)
    assert len(data["documents"]) == n_docs
    for d in data["documents"]:
        assert set(d) >= {"path", "lang", "sentences"}
        assert all(isinstance(s, str) for s in d["sentences"])
    seen = [[] for _ in range(n_docs)]
    for k, a in enumerate(data["alignments"]):
        assert a["id"] == k
        assert len(a["sentences"]) == n_docs
        assert len(a["similarity"]) == n_docs - 1
        for h, sim in enumerate(a["similarity"]):
            empty = not a["sentences"][h] or not a["sentences"][h + 1]
            assert (sim is None) == empty
        for d, ids in enumerate(a["sentences"]):
            seen[d].extend(ids)
    for d, doc in enumerate(data["documents"]):
        assert seen[d] == list(range(len(doc["sentences"]))), "every sentence once, in order"
    ids = {a["id"] for a in data["alignments"]}
    for f in data["flags"]:
        assert f["alignment"] in ids
        assert f["type"] in {
            "number",
            "date",
            "entity",
            "negation",
            "modality",
            "omission",
            "addition",
            "untranslated",
            "quote",
            "meaning",
        }
        assert f["severity"] in {"critical", "major", "minor"}
        assert len(f["hop"]) == 2 and 0 <= f["hop"][0] < f["hop"][1] < n_docs
        assert isinstance(f["message"], str) and f["message"]
        for s in f["spans"]:
            sent = data["documents"][s["document"]]["sentences"][s["sentence"]]
            assert 0 <= s["start"] <= s["end"] <= len(sent)
            assert sent[s["start"] : s["end"]] == s["text"]
    counts = {"critical": 0, "major": 0, "minor": 0}
    for f in data["flags"]:
        counts[f["severity"]] += 1
    assert data["summary"] == {"alignments": len(data["alignments"]), "flags": counts}


def test_check_json_three_document_chain(run_cli, chain) -> None:
    res = run_cli("check", *chain, "--format", "json")
    assert res.code == 0, res.err
    data = json.loads(res.out)
    assert_contract_report(data, 3)
    assert [d["lang"] for d in data["documents"]] == ["de", "ru", "en"]


def test_check_langs_win_and_output_file(run_cli, chain, tmp_path) -> None:
    out_file = tmp_path / "r.json"
    res = run_cli("check", *chain, "--langs", "de,ru,en", "--format", "json", "-o", str(out_file))
    assert res.code == 0 and res.out == ""
    assert_contract_report(json.loads(out_file.read_text(encoding="utf-8")), 3)


def test_check_text_format(run_cli, chain) -> None:
    res = run_cli("check", *chain)
    assert res.code == 0
    assert "aligned rows" in res.out or "rows" in res.out
    assert max(len(line) for line in res.out.splitlines()) <= 100


def test_api_accepts_texts() -> None:
    import provenance

    report = provenance.check([DE, EN], langs="de,en")
    assert isinstance(report, provenance.Report)
    assert_contract_report(report.to_dict(), 2)


def test_align_json_on_textberg(run_cli, textberg) -> None:
    src, tgt = textberg / "de" / "005", textberg / "fr" / "005"
    res = run_cli("align", str(src), str(tgt), "--presplit", "--format", "json")
    assert res.code == 0, res.err
    data = json.loads(res.out)
    assert data["schema"] == "provenance.align/1"
    assert data["langs"] == ["de", "fr"]
    n_src = len(src.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    n_tgt = len(tgt.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    flat_src = [i for a, _ in data["alignments"] for i in a]
    flat_tgt = [j for _, b in data["alignments"] for j in b]
    assert flat_src == list(range(n_src))
    assert flat_tgt == list(range(n_tgt))


@pytest.mark.parametrize("fmt", ["tsv", "tmx"])
def test_align_other_formats(run_cli, chain, fmt) -> None:
    res = run_cli("align", chain[0], chain[2], "--format", fmt)
    assert res.code == 0
    assert ("<tmx" in res.out) if fmt == "tmx" else ("\t" in res.out)


def test_pairs_jsonl(run_cli, tmp_path) -> None:
    tsv = tmp_path / "p.tsv"
    tsv.write_text(
        "Das Regime könnte zusammenbrechen.\tThe regime may collapse.\n"
        "Die Wahl ist im Juni.\tThe election is in June.\n",
        encoding="utf-8",
    )
    res = run_cli("pairs", str(tsv), "--langs", "de,en", "--format", "jsonl")
    assert res.code == 0, res.err
    rows = [json.loads(line) for line in res.out.splitlines()]
    assert [r["line"] for r in rows] == [1, 2]
    for r in rows:
        assert 0.0 <= r["drift"] <= 1.0
        assert isinstance(r["flags"], list)


# --- bad input: exit 2, one line on stderr naming the problem, never a traceback ----------


def _one_line_error(res, *needles: str) -> None:
    """`res` (a `CliResult`) is exit 2 with one line on stderr that holds every needle."""
    err = res.err
    assert res.code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for n in needles:
        assert n in lines[0], lines[0]


def test_error_missing_file(run_cli, chain) -> None:
    _one_line_error(run_cli("check", chain[0], "nope.en.txt"), "nope.en.txt", "no such file")


def test_error_directory(run_cli, chain, tmp_path) -> None:
    _one_line_error(run_cli("check", chain[0], str(tmp_path)), "directory")


def test_error_empty_file(run_cli, chain, tmp_path) -> None:
    p = tmp_path / "e.txt"
    p.write_text("\n", encoding="utf-8")
    _one_line_error(run_cli("check", chain[0], str(p)), "e.txt", "empty")


def test_error_binary_file(run_cli, chain, tmp_path) -> None:
    p = tmp_path / "b.txt"
    p.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    _one_line_error(run_cli("check", chain[0], str(p)), "b.txt", "binary")


def test_error_undecodable_file(run_cli, chain, tmp_path) -> None:
    p = tmp_path / "u.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 8)
    _one_line_error(run_cli("check", chain[0], str(p)), "u.txt", "UTF-8")


def test_error_single_document(run_cli, chain) -> None:
    _one_line_error(run_cli("check", chain[0]), "two documents")


def test_error_unknown_language(run_cli, chain) -> None:
    _one_line_error(run_cli("check", chain[0], chain[2], "--langs", "de,xx"), "'xx'")


def test_error_langs_count(run_cli, chain) -> None:
    _one_line_error(run_cli("check", *chain, "--langs", "de,en"), "--langs")


def test_error_malformed_pairs_line(run_cli, tmp_path) -> None:
    tsv = tmp_path / "p.tsv"
    tsv.write_text("Hallo Welt.\tHello world.\nno tab here\n", encoding="utf-8")
    _one_line_error(run_cli("pairs", str(tsv), "--langs", "de,en"), "p.tsv", "line 2")


@pytest.mark.parametrize("cmd", ["check", "align"])
def test_error_unknown_format(run_cli, chain, cmd) -> None:
    _one_line_error(run_cli(cmd, chain[0], chain[2], "--format", "pdf"), "--format", "pdf")


def test_error_unknown_option_is_one_line(run_cli, chain) -> None:
    _one_line_error(run_cli("check", *chain, "--no-such-option"), "--no-such-option")


def test_fail_on(run_cli, chain) -> None:
    res = run_cli("check", *chain, "--format", "json", "--fail-on", "minor")
    flags = json.loads(res.out)["flags"]
    assert res.code == (1 if flags else 0)
    _one_line_error(run_cli("check", *chain, "--fail-on", "worst"), "--fail-on")


def test_subprocess_entry_point_exit_code(chain) -> None:
    """The installed console script, as a user runs it."""
    import shutil
    import subprocess
    import sys

    exe = shutil.which("provenance") or None
    cmd = [exe] if exe else [sys.executable, "-m", "provenance.cli"]
    proc = subprocess.run([*cmd, "check", chain[0]], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_pairs_on_textberg_gold_pairs(run_cli, textberg, tmp_path) -> None:
    """Faithful gold 1-1 pairs of the shared corpus: every line answered, drift mostly low."""
    import ast

    de = (textberg / "de" / "005").read_text(encoding="utf-8").split("\n")
    fr = (textberg / "fr" / "005").read_text(encoding="utf-8").split("\n")
    lines = []
    for row in (textberg / "gold" / "005").read_text(encoding="utf-8").splitlines():
        src, tgt = (ast.literal_eval(part) for part in row.split(":"))
        if len(src) == 1 and len(tgt) == 1:
            lines.append(f"{de[src[0]].strip()}\t{fr[tgt[0]].strip()}")
    tsv = tmp_path / "gold.tsv"
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = run_cli("pairs", str(tsv), "--langs", "de,fr", "--format", "jsonl")
    assert res.code == 0, res.err
    rows = [json.loads(x) for x in res.out.splitlines()]
    assert [r["line"] for r in rows] == list(range(1, len(lines) + 1))
    drifts = sorted(r["drift"] for r in rows)
    assert drifts[len(drifts) // 2] < 0.5, "the median faithful pair should not look drifted"
