"""Documents in and out through the commands: the demo chain saved as DOCX (de), HTML (ru)
and text (en) gives the flags of the plain-text chain; bilingual files for check, align
and pairs; batch items in other formats; align --format tmx|xliff and check --format csv."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from _documents import docx_bytes, encrypted_pdf, html_page, paragraphs, pdf_bytes, tmx_bytes

import provenance
from provenance.model import Alignment, Document, Flag, Report, Span
from provenance.report.csv_flags import COLUMNS, neutralise, render_csv

DEMO = Path(__file__).resolve().parent.parent / "corpora" / "demo"
NAMES = ("1.de.txt", "2.ru.txt", "3.en.txt")
# The attributes TMX 1.4 requires on <header>.
TMX_HEADER = (
    "creationtool",
    "creationtoolversion",
    "segtype",
    "o-tmf",
    "adminlang",
    "srclang",
    "datatype",
)


def demo_text(name: str) -> str:
    return (DEMO / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def saved_chain(tmp_path_factory) -> list[str]:
    """The demo chain as an editor has it: the German interview as Word, the Russian
    article as a saved web page (with the site's menus and footer), the English as text."""
    folder = tmp_path_factory.mktemp("desk")
    de = folder / "interview.de.docx"
    de.write_bytes(docx_bytes(paragraphs(demo_text(NAMES[0])), header="Tages-Anzeiger"))
    ru = folder / "article.ru.html"
    ru.write_text(html_page(paragraphs(demo_text(NAMES[1]))), encoding="utf-8")
    en = folder / "quote.en.txt"
    en.write_text(demo_text(NAMES[2]), encoding="utf-8")
    return [str(de), str(ru), str(en)]


def flag_keys(report: Report) -> list[tuple]:
    return [
        (
            f.alignment,
            f.type,
            f.check,
            f.severity,
            f.hop,
            f.message,
            tuple((s.document, s.sentence, s.start, s.end, s.text) for s in f.spans),
        )
        for f in report.flags
    ]


def test_demo_chain_as_docx_html_and_text_gives_the_plain_text_flags(encoder, saved_chain):
    plain = provenance.check([str(DEMO / n) for n in NAMES], "de,ru,en", encoder=encoder)
    saved = provenance.check(saved_chain, "de,ru,en", encoder=encoder)
    assert [d.sentences for d in saved.documents] == [d.sentences for d in plain.documents]
    assert [a.sentences for a in saved.alignments] == [a.sentences for a in plain.alignments]
    assert plain.flags, "the demo chain has planted drifts"
    assert flag_keys(saved) == flag_keys(plain)
    # The report says where each flagged span is in the original files.
    data = saved.to_dict()
    assert [d.get("format") for d in data["documents"]] == ["docx", "html", None]
    assert "locators" not in data["documents"][2]
    assert [d.format for d in saved.documents] == ["docx", "html", "text"]
    spans = [s for f in data["flags"] for s in f["spans"]]
    on_de = [s["locator"] for s in spans if s["document"] == 0]
    on_ru = [s["locator"] for s in spans if s["document"] == 1]
    assert on_de and all(loc.startswith("paragraph ") for loc in on_de)
    assert on_ru and all("/article/" in loc for loc in on_ru)
    assert all("locator" not in s for s in spans if s["document"] == 2)
    assert "locator" not in json.dumps(plain.to_dict())


def test_check_csv_opens_in_a_spreadsheet(run_cli, saved_chain, tmp_path) -> None:
    out = tmp_path / "flags.csv"
    code, _, err = run_cli(
        "check", *saved_chain, "--langs", "de,ru,en", "--format", "csv", "-o", str(out)
    )
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads Cyrillic right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    report = json.loads(
        run_cli("check", *saved_chain, "--langs", "de,ru,en", "--format", "json")[1]
    )
    assert len(rows) == len(report["flags"]) > 0
    assert tuple(rows[0]) == COLUMNS
    for row, flag in zip(rows, report["flags"], strict=True):
        a, b = flag["hop"]
        assert row["hop"] == f"{a}-{b}" and row["type"] == flag["type"]
        assert (row["source_lang"], row["target_lang"]) == (
            report["documents"][a]["lang"],
            report["documents"][b]["lang"],
        )
        assert row["severity"] == flag["severity"] and row["message"] == neutralise(flag["message"])
        sentences = report["alignments"][flag["alignment"]]["sentences"]
        assert row["source_text"] == " ".join(
            report["documents"][a]["sentences"][i] for i in sentences[a]
        )


def test_csv_neutralises_formulas() -> None:
    for cell in ("=1+2", "+7 percent", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    assert neutralise("Nasarbajew 40 %") == "Nasarbajew 40 %"
    docs = [
        Document("a.de.txt", "de", ['=HYPERLINK("http://evil","klick")']),
        Document("b.en.txt", "en", ["-40 percent, said he"]),
    ]
    flag = Flag(
        0,
        "number",
        "critical",
        (0, 1),
        [Span(1, 0, 0, 3, "-40")],
        "@cmd: 40 became -40",
        check="numbers",
    )
    report = Report(docs, [Alignment(0, [[0], [0]], [0.9])], [flag])
    rows = list(csv.reader(io.StringIO(render_csv(report).lstrip("\ufeff"))))
    assert len(rows) == 2
    body = dict(zip(rows[0], rows[1], strict=True))
    assert body["message"] == "'@cmd: 40 became -40"
    assert body["source_text"].startswith("'=HYPERLINK")
    assert body["target_text"] == "'-40 percent, said he"
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in rows[1])


@pytest.mark.parametrize("fmt", ["tmx", "xliff"])
def test_align_writes_translation_files_that_parse_back(run_cli, fmt, tmp_path) -> None:
    out = tmp_path / f"a.{fmt}"
    src, tgt = str(DEMO / NAMES[0]), str(DEMO / NAMES[2])
    code, _, err = run_cli("align", src, tgt, "--langs", "de,en", "--format", fmt, "-o", str(out))
    assert code == 0, err
    beads = json.loads(run_cli("align", src, tgt, "--langs", "de,en")[1])["alignments"]
    if fmt == "tmx":
        from lxml import etree
        from translate.storage.tmx import tmxfile

        store = tmxfile(io.BytesIO(out.read_bytes()))
        header = etree.fromstring(out.read_bytes()).find("header")
        assert all(header.get(attr) for attr in TMX_HEADER), dict(header.attrib)
        assert header.get("srclang") == "de"
    else:
        from translate.storage.xliff import xlifffile

        store = xlifffile(io.BytesIO(out.read_bytes()))
        assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("de", "en")
    units = [u for u in store.units if not u.isheader()]
    assert len(units) == sum(1 for a, b in beads if a and b) > 5
    assert all(u.source and u.target for u in units)
    # and provenance reads its own output back as the same pairs
    code, out_pairs, err = run_cli("pairs", str(out), "--format", "jsonl")
    assert code == 0, err
    assert len(out_pairs.splitlines()) == len(units)


def test_a_tmx_is_two_documents_for_check_and_align_and_pairs_for_pairs(run_cli, tmp_path) -> None:
    de = paragraphs(demo_text(NAMES[0]))
    en = paragraphs(demo_text(NAMES[2]))
    tmx = tmp_path / "memory.tmx"
    tmx.write_bytes(tmx_bytes(list(zip(de, en, strict=True)), "de-DE", "en-GB"))
    code, out, err = run_cli("check", str(tmx), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [d["lang"] for d in data["documents"]] == ["de", "en"]  # from the file
    assert [d["format"] for d in data["documents"]] == ["tmx", "tmx"]
    assert data["documents"][0]["locators"][0] == "tu 1 (id=u0)"
    code, out, err = run_cli("align", str(tmx))
    assert code == 0, err and json.loads(out)["langs"] == ["de", "en"]
    code, out, err = run_cli("pairs", str(tmx))
    assert code == 0, err
    assert [json.loads(line)["line"] for line in out.splitlines()] == list(range(1, len(de) + 1))


def _one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_bad_documents_exit_2_with_one_line(run_cli, saved_chain, tmp_path) -> None:
    data, _ = pdf_bytes([paragraphs(demo_text(NAMES[0]))[:2]])
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf(data, "pw"))
    _one_line_error(*run_cli("check", str(locked), saved_chain[2])[::2], "locked.pdf", "encrypted")
    fake = tmp_path / "fake.docx"
    fake.write_text("not word", encoding="utf-8")
    _one_line_error(
        *run_cli("check", str(fake), saved_chain[2])[::2], "fake.docx", "--format-in text"
    )
    code, _, err = run_cli(
        "check", str(fake), saved_chain[2], "--format-in", "text", "--langs", "de,en"
    )
    assert code == 0, err
    _one_line_error(*run_cli("check", *saved_chain, "--format-in", "rtf")[::2], "--format-in")
    _one_line_error(*run_cli("pairs", saved_chain[0])[::2], "no translation pairs")


def test_batch_items_in_other_formats(tmp_path, saved_chain) -> None:
    from provenance.batch.archive import iter_items, read_item
    from provenance.batch.worker import WorkerSettings, check_item

    item = tmp_path / "archive" / "kz"
    item.mkdir(parents=True)
    for k, path in enumerate(saved_chain, start=1):
        name = Path(path).name.split(".", 1)[1]  # de.docx, ru.html, en.txt
        (item / f"{k}.{name}").write_bytes(Path(path).read_bytes())
    pair = tmp_path / "archive" / "tm"
    pair.mkdir()
    de, en = paragraphs(demo_text(NAMES[0])), paragraphs(demo_text(NAMES[2]))
    (pair / "1.de-en.tmx").write_bytes(tmx_bytes(list(zip(de, en, strict=True)), "de", "en"))
    bad = tmp_path / "archive" / "bad"
    bad.mkdir()
    (bad / "1.de.tmx").write_bytes(b"")
    (bad / "2.en.txt").write_text("x", encoding="utf-8")
    specs = {s.id: s for s in iter_items(tmp_path / "archive")}
    assert specs["kz"].langs == ("de", "ru", "en") and specs["kz"].problem is None
    assert specs["tm"].langs == ("de-en",) and specs["tm"].problem is None
    assert "<anything>.<src>-<tgt>.tmx" in (specs["bad"].problem or "")
    result = check_item(read_item(specs["kz"]), WorkerSettings())
    assert result.status == "ok", result.error
    report = json.loads(result.report_json)
    assert [d.get("format") for d in report["documents"]] == ["docx", "html", None]
    result = check_item(read_item(specs["tm"]), WorkerSettings())
    assert result.status == "ok", result.error
    assert result.langs == "de,en"
