"""The demo chain (corpora/demo): every planted drift is reported once, with its type and
hop; no faithful sentence carries a critical or major flag; the three formats agree.

`corpora/demo/expected.json` is the single source of truth for what is planted (the demo
README's table mirrors it; a test checks that they name the same drifts).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_report import html_findings, report_findings, text_findings

import provenance
from provenance.model import Report
from provenance.report import render_check

DEMO = Path(__file__).resolve().parent.parent / "corpora" / "demo"
EXPECTED = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))
SERIOUS = ("critical", "major")


@pytest.fixture(scope="module")
def report(encoder) -> Report:
    paths = [str(DEMO / name) for name in EXPECTED["documents"]]
    return provenance.check(paths, EXPECTED["langs"], encoder=encoder)


def row_of(report: Report, document: int, contains: str) -> int:
    doc = report.documents[document]
    hits = [i for i, s in enumerate(doc.sentences) if contains in s]
    assert len(hits) == 1, f"{contains!r} should be in exactly one sentence of {doc.path}"
    return next(a.id for a in report.alignments if hits[0] in a.sentences[document])


def describe(report: Report, rid: int) -> str:
    flags = [f for f in report.flags if f.alignment == rid]
    return "; ".join(f"{f.severity} {f.type} {list(f.hop)}: {f.message}" for f in flags) or "none"


def test_readme_lists_the_planted_drifts():
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    table_ids = re.findall(r"^\| `([\w-]+)` \| `(\w+)` \| \[(\d), (\d)\]", readme, re.M)
    assert table_ids == [
        (d["id"], d["type"], str(d["hop"][0]), str(d["hop"][1])) for d in EXPECTED["drifts"]
    ]


@pytest.mark.parametrize("drift", EXPECTED["drifts"], ids=lambda d: d["id"])
def test_planted_drift_reported_once_with_type_and_hop(report, drift):
    rid = row_of(report, drift["document"], drift["contains"])
    found = [f for f in report.flags if f.alignment == rid and f.type == drift["type"]]
    assert len(found) == 1, f"{drift['id']} on row {rid}: {describe(report, rid)}"
    (flag,) = found
    assert list(flag.hop) == drift["hop"], f"{drift['id']}: {describe(report, rid)}"
    assert flag.severity in drift["severity"], f"{drift['id']}: {describe(report, rid)}"
    assert bool(flag.detail.get("corrected_later")) == drift.get("corrected_later", False)
    # Nothing else serious on the row of a planted drift.
    others = [f for f in report.flags if f.alignment == rid and f is not flag]
    assert not [f for f in others if f.severity in SERIOUS], describe(report, rid)


def test_faithful_rows_carry_no_serious_flag(report):
    planted = {row_of(report, d["document"], d["contains"]) for d in EXPECTED["drifts"]}
    bad = {
        a.id: describe(report, a.id)
        for a in report.alignments
        if a.id not in planted
        and any(f.alignment == a.id and f.severity in SERIOUS for f in report.flags)
    }
    assert bad == {}


@pytest.mark.parametrize(
    "case", EXPECTED["not_drifts"], ids=lambda c: f"{c['type']}:{c['contains']}"
)
def test_not_drifts_are_not_flagged(report, case):
    """The same name / amount / date written differently is not marked by its check."""
    rid = row_of(report, case["document"], case["contains"])
    row = report.alignments[rid]
    marked = []
    for document, needle in case["spans"]:
        hits = [
            (sid, report.documents[document].sentences[sid].find(needle))
            for sid in row.sentences[document]
            if needle in report.documents[document].sentences[sid]
        ]
        assert hits, f"{needle!r} is not on row {rid} of document {document}"
        for sid, start in hits:
            end = start + len(needle)
            marked += [
                f"{f.severity} {f.type} {list(f.hop)}: {f.message}"
                for f in report.flags
                if f.alignment == rid and f.type == case["type"]
                for sp in f.spans
                if sp.document == document
                and sp.sentence == sid
                and sp.start < end
                and start < sp.end
            ]
    assert not marked, f"{case['what']}: {marked}"


def test_quotes_of_the_final_text(report):
    assert len(report.quotes) == EXPECTED["quotes"]
    for drift in EXPECTED["drifts"]:
        if "quote_verdict" not in drift:
            continue
        rid = row_of(report, drift["document"], drift["contains"])
        (quote,) = [q for q in report.quotes if rid in q["alignments"]]
        assert quote["verdict"] == drift["quote_verdict"]
        assert quote["hop"] == drift["hop"]
    # Every quote is traced to the original, and all have the same speaker.
    for q in report.quotes:
        assert q["sources"][0]["sentences"], q
        assert q["speaker"] == "Ablyazov"


def test_three_formats_render_the_same_findings(report):
    expected = report_findings(report)
    text = render_check(report, "text")
    assert text_findings(text) == expected
    assert max(len(line) for line in text.splitlines()) <= 100
    page = html_findings(render_check(report, "html"))
    assert [(i["severity"], i["type"], i["hop"]) for i in page.items] == expected
    assert page.rows == len(report.alignments)
    data = json.loads(render_check(report, "json"))
    assert [(f["type"], f["severity"], f["hop"], f["message"]) for f in data["flags"]] == [
        (f.type, f.severity, list(f.hop), f.message) for f in report.flags
    ]
    assert data["quotes"] == report.quotes


def test_cli_runs_the_demo(run_cli):
    res = run_cli("check", *(str(DEMO / n) for n in EXPECTED["documents"]), "--langs", "de,ru,en")
    assert res.code == 0, res.err
    assert re.search(
        r"^\d+ aligned rows, \d+ flags: \d+ critical, \d+ major, \d+ minor$", res.out, re.M
    )
    assert "Quotes in" in res.out


def test_each_flag_names_the_check_that_raised_it(report):
    """The JSON's `check` field (an extension of the contract): one of `provenance checks`,
    and one whose types include the flag's type."""
    from provenance import checks as checks_mod

    by_name = {c.name: c for c in checks_mod.select([])}
    flags = json.loads(render_check(report, "json"))["flags"]
    assert flags
    for f in flags:
        assert f["check"] in by_name, f
        assert f["type"] in by_name[f["check"]].types, f
