"""The three report formats render the same findings; text fits 100 columns; --fail-on."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from _samples import EVIL, make_report

from provenance.model import Report
from provenance.report import render_check
from provenance.report.html import render_html
from provenance.report.text import render_text

FLAG_LINE = re.compile(r"^\s*(critical|major|minor)\s+(\w+)\s+(\w\w→\w\w)\s", re.M)


def squash(text: str) -> str:
    return " ".join(text.split())


def text_findings(text: str) -> list[tuple[str, str, str]]:
    return FLAG_LINE.findall(text)


class _FlagItems(HTMLParser):
    """(severity, type, hop, row, message) of every <li class=flag> in an HTML report."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict[str, str]] = []
        self.rows = 0
        self.scripts = 0
        self._cls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag == "script":
            self.scripts += 1
        if tag == "tr" and "row" in cls.split():
            self.rows += 1
        if tag == "li" and "flag" in cls.split():
            self.items.append(
                {
                    "severity": a["data-severity"],
                    "type": a["data-type"],
                    "row": a["data-row"],
                    "hop": "",
                    "msg": "",
                }
            )
        if tag == "span" and self.items and cls in ("hop", "msg"):
            self._cls.append(cls)
        elif tag == "span":
            self._cls.append("")

    def handle_endtag(self, tag):
        if tag == "span" and self._cls:
            self._cls.pop()

    def handle_data(self, data):
        if self._cls and self._cls[-1]:
            self.items[-1][self._cls[-1]] += data


def html_findings(page: str) -> _FlagItems:
    parser = _FlagItems()
    parser.feed(page)
    return parser


def report_findings(report: Report) -> list[tuple[str, str, str]]:
    docs = report.documents
    return [
        (f.severity, f.type, f"{docs[f.hop[0]].lang}→{docs[f.hop[1]].lang}") for f in report.flags
    ]


def test_text_summary_first_and_fits_100_columns():
    report = make_report()
    out = render_text(report, width=100)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert lines[0].startswith("provenance: 1.de.txt (German) → 2.ru.txt (Russian)")
    assert lines[1] == "40 aligned rows, 5 flags: 1 critical, 2 major, 2 minor"
    quotes_at = out.index("Quotes in 3.en.txt: 1 (1 paraphrased)")
    rows_at = out.index("Flagged rows: 4")
    assert quotes_at < rows_at
    assert re.search(
        r"1\s+paraphrased\s+de→ru\s+3\s+Ablyazov\s+“The regime may", out[quotes_at:rows_at]
    )
    # Both sides and the hop of every flagged row, every flag once.
    assert text_findings(out) == report_findings(report)
    assert "Предложение 25: правительство посетило 53 городов." in out


def test_text_in_colour_marks_spans():
    report = make_report()
    out = render_check(report, "text", color=True)
    assert "\x1b[" in out  # ANSI styles
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert max(len(line) for line in plain.splitlines()) <= 100


def test_json_keeps_the_contract_and_adds_quotes():
    report = make_report()
    data = json.loads(render_check(report, "json"))
    assert data["schema"] == "provenance.check/1"
    assert [d["lang"] for d in data["documents"]] == ["de", "ru", "en"]
    assert data["summary"] == {"alignments": 40, "flags": {"critical": 1, "major": 2, "minor": 2}}
    assert [(f["severity"], f["type"], f["hop"]) for f in data["flags"]] == [
        (f.severity, f.type, list(f.hop)) for f in report.flags
    ]
    flag = data["flags"][2]
    assert set(flag) >= {"alignment", "type", "severity", "hop", "spans", "message"}
    assert flag["spans"][0] == {"document": 0, "sentence": 25, "start": 32, "end": 34, "text": "35"}
    (quote,) = data["quotes"]
    assert quote["verdict"] == "paraphrased" and quote["hop"] == [0, 1]
    assert [s["speech"] for s in quote["sources"]] == ["reported", "direct", "direct"]


def test_three_formats_render_the_same_findings():
    report = make_report()
    expected = report_findings(report)
    data = json.loads(render_check(report, "json"))
    docs = report.documents
    as_json = [
        (f["severity"], f["type"], f"{docs[f['hop'][0]].lang}→{docs[f['hop'][1]].lang}")
        for f in data["flags"]
    ]
    text = render_check(report, "text")
    page = html_findings(render_check(report, "html"))
    as_html = [(i["severity"], i["type"], i["hop"]) for i in page.items]
    assert as_json == text_findings(text) == as_html == expected
    assert [i["msg"] for i in page.items] == [f.message for f in report.flags]
    for f in report.flags:
        assert squash(f.message) in squash(text)
    assert [int(i["row"]) for i in page.items] == [f.alignment for f in report.flags]
    assert page.rows == len(report.alignments)


def test_html_escapes_all_document_text():
    page = render_html(make_report())
    parsed = html_findings(page)
    assert parsed.scripts == 1  # only the page's own script
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    assert "<b>bold</b>" not in page and "<b>markup</b>" not in page
    assert (
        "&lt;script&gt;window.__pwned = 1&lt;/script&gt;"
        "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;" in page
    )
    assert "https://example.org" not in page.replace("&quot;https://example.org&quot;", "")
    # The page asks for nothing from the network.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert EVIL not in page


def test_html_highlights_spans_in_every_language():
    page = render_html(make_report())
    row = page[page.index('id="row-25"') : page.index('id="row-26"')]
    assert row.count('<mark class="sev-critical"') == 3  # 35 in de, 53 in ru and en
    assert '<a href="#flag-2"' in row
    assert 'href="#row-25"' in page


def test_empty_report_renders():
    report = make_report(rows=30, evil=False)
    report.flags, report.quotes = [], []
    assert "No drift found." in render_text(report)
    assert "No drift found." in render_html(report)


@pytest.mark.parametrize(
    ("threshold", "code"), [(None, 0), ("critical", 0), ("major", 1), ("minor", 1)]
)
def test_fail_on(run_cli, monkeypatch, threshold, code, tmp_path):
    report = make_report(rows=30, evil=False)
    report.flags = [f for f in report.flags if f.severity != "critical"]
    monkeypatch.setattr("provenance.pipeline.check", lambda *a, **k: report)
    args = ["check", "a.txt", "b.txt", "--format", "json", "-o", str(tmp_path / "r.json")]
    if threshold:
        args += ["--fail-on", threshold]
    res = run_cli(*args)
    assert res.code == code, res.err
    assert json.loads((tmp_path / "r.json").read_text())["flags"]


def test_fail_on_rejects_unknown_severity(run_cli, monkeypatch):
    monkeypatch.setattr("provenance.pipeline.check", lambda *a, **k: make_report(rows=30))
    res = run_cli("check", "a.txt", "b.txt", "--fail-on", "severe")
    assert res.code == 2 and res.out == ""
    assert res.err.startswith("provenance: error:") and "critical, major, minor" in res.err
    assert len(res.err.strip().splitlines()) == 1
