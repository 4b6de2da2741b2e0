"""The HTML report in a real headless Chromium: it renders, shows every row and flag, a
click on a flag scrolls to its row, filters hide flags, and document markup stays text.

Needs Debian's `chromium` (skips locally without it, fails in CI) and `websocket-client`.
A screenshot goes to tmp_path and, when PROVENANCE_ARTIFACTS is set, there too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from _chromium import Chromium, chromium_path
from _samples import EVIL, make_report
from conftest import need

from provenance.report.html import render_html


@pytest.fixture
def browser(tmp_path):
    need(chromium_path() is not None, "chromium not installed (apt-get install chromium)")
    pytest.importorskip("websocket", reason="websocket-client not installed (extra 'test')")
    with Chromium(tmp_path / "profile", width=1280, height=800) as b:
        yield b


def save_screenshot(browser: Chromium, tmp_path: Path, name: str) -> Path:
    shot = browser.screenshot(tmp_path / name)
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    artifacts = os.environ.get("PROVENANCE_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artifacts) / name)
    return shot


_ROW_IN_VIEW = (
    "(() => {{ const r = document.getElementById('row-{row}').getBoundingClientRect();"
    " return r.top >= 0 && r.bottom <= innerHeight && r.height > 0; }})()"
)


def row_in_view(browser: Chromium, row: int) -> bool:
    return browser.eval(_ROW_IN_VIEW.format(row=row))


def test_report_renders_rows_flags_and_scrolls_to_a_flagged_row(browser, tmp_path):
    report = make_report(rows=40)
    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    browser.open(page)

    assert browser.eval("document.title").startswith("provenance: 1.de.txt")
    assert browser.eval("document.querySelectorAll('#rows tbody tr.row').length") == 40
    assert browser.eval("document.querySelectorAll('li.flag').length") == len(report.flags)
    assert browser.eval("document.querySelectorAll('#quotes tr.quote').length") == 1
    # Three columns of documents (+ row number and flags).
    assert browser.eval("document.querySelectorAll('#rows thead th').length") == 5
    # Every language highlights the critical number drift on row 25.
    assert browser.eval("document.querySelectorAll('#row-25 mark.sev-critical').length") == 3

    # The last flag points at the last row, far below the fold.
    last = len(report.flags) - 1
    target = report.flags[last].alignment
    assert not row_in_view(browser, target)
    x, y = browser.eval(
        f"(() => {{ const a = document.querySelector('#flag-{last} a');"
        " a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect();"
        " return [r.left + 20, r.top + r.height / 2]; })()"
    )
    before = browser.eval("scrollY")
    browser.click(x, y)
    browser.wait_for(f"scrollY > {before}", "the page to scroll")
    assert browser.wait_for(_ROW_IN_VIEW.format(row=target), f"row {target} in view")
    assert browser.eval("location.hash") == f"#row-{target}"
    assert browser.eval(f"document.getElementById('row-{target}').classList.contains('target')")
    save_screenshot(browser, tmp_path, "report-html-clicked.png")
    assert browser.console_errors == []


def test_filters_hide_flags_by_severity_and_type(browser, tmp_path):
    report = make_report(rows=40)
    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    browser.open(page)
    visible = "document.querySelectorAll('li.flag:not(.hidden)').length"
    assert browser.eval(visible) == 5
    browser.eval("document.querySelector('input[data-filter=severity][value=minor]').click()")
    assert browser.eval(visible) == 3
    browser.eval("document.querySelector('input[data-filter=type][value=number]').click()")
    assert browser.eval(visible) == 2
    # Only flagged rows, with the remaining filters: rows 3 (quote) and 39 (date).
    browser.eval("document.getElementById('only-flagged').click()")
    shown = browser.eval(
        "[...document.querySelectorAll('tr.row:not(.hidden)')].map(r => +r.dataset.row)"
    )
    assert shown == [3, 39]
    # The number's highlight is switched off with its flag.
    browser.eval("document.getElementById('only-flagged').click()")
    assert browser.eval("document.querySelectorAll('#row-25 mark.off').length") == 3


def test_document_markup_renders_as_text(browser, tmp_path):
    page = tmp_path / "evil.html"
    page.write_text(render_html(make_report(rows=30, evil=True)), encoding="utf-8")
    browser.open(page)
    assert browser.eval("typeof window.__pwned") == "undefined"
    assert browser.eval("document.scripts.length") == 1
    assert (
        browser.eval("document.querySelectorAll('#rows img, #rows b, #rows a[href^=http]').length")
        == 0
    )
    # The archived page's text is shown exactly as written, markup and all.
    cell = browser.eval("document.querySelector('#row-7 td[lang=en]').textContent")
    assert cell == f"Archived page text {EVIL} ends here."
    # The row structure survived the stray </td></tr></table>.
    assert browser.eval("document.querySelectorAll('#rows tbody tr.row').length") == 30
    save_screenshot(browser, tmp_path, "report-html-escaped.png")


def test_demo_report_in_the_browser(browser, tmp_path, encoder):
    """The report a newcomer opens first: the demo chain, every row and flag, quotes panel."""
    import provenance

    demo = Path(__file__).resolve().parent.parent / "corpora" / "demo"
    paths = [str(demo / n) for n in ("1.de.txt", "2.ru.txt", "3.en.txt")]
    report = provenance.check(paths, "de,ru,en", encoder=encoder)
    page = tmp_path / "demo.html"
    page.write_text(render_html(report), encoding="utf-8")
    browser.open(page)
    rows = browser.eval("document.querySelectorAll('#rows tbody tr.row').length")
    assert rows == len(report.alignments)
    assert browser.eval("document.querySelectorAll('li.flag').length") == len(report.flags)
    assert browser.eval("document.querySelectorAll('#quotes tr.quote').length") == len(
        report.quotes
    )
    quote_flag = next(i for i, f in enumerate(report.flags) if f.type == "quote")
    x, y = browser.eval(
        f"(() => {{ const a = document.querySelector('#flag-{quote_flag} a');"
        " a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect();"
        " return [r.left + 20, r.top + r.height / 2]; })()"
    )
    browser.click(x, y)
    row = report.flags[quote_flag].alignment
    assert browser.wait_for(_ROW_IN_VIEW.format(row=row), f"row {row} in view")
    save_screenshot(browser, tmp_path, "report-html-demo.png")
    assert browser.console_errors == []
