"""The desk end to end in a real headless Chromium (Debian's `chromium`, as the HTML report
test): start `provenance serve`'s app on a free port, upload the demo chain as a Word file
(German), a web page (Russian) and a text file (English) with two quotes to verify, wait for
the result, check rows, flags and quotes, click a flag and see its row scrolled into view,
mark it, reload and see the mark again, export. Screenshots go to $PROVENANCE_ARTIFACTS
(when set) and tmp_path. Skips locally without chromium; fails in CI."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from _chromium import Chromium, chromium_path
from _documents import docx_bytes, html_page, paragraphs
from conftest import need
from test_report_html import save_screenshot

import provenance

DEMO = Path(__file__).resolve().parent.parent / "corpora" / "demo"
EXPECTED = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
# Recorded by a listener DevTools installs before the page's own script: any resource or
# script the Content-Security-Policy blocked.
CSP_PROBE = (
    "window.__csp = []; document.addEventListener('securitypolicyviolation',"
    " function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def desk(tmp_path, encoder):
    import uvicorn

    from provenance.desk.app import create_app
    from provenance.desk.marks import MarkStore

    port = free_port()
    app = create_app(marks=MarkStore(tmp_path / "marks.sqlite"))
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the desk did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def browser(tmp_path):
    need(chromium_path() is not None, "chromium not installed (apt-get install chromium)")
    pytest.importorskip("websocket", reason="websocket-client not installed (extra 'test')")
    with Chromium(tmp_path / "profile", width=1400, height=900) as b:
        b.call("Page.addScriptToEvaluateOnNewDocument", source=CSP_PROBE)
        yield b


def chain_files(tmp_path: Path) -> list[Path]:
    """The demo chain as an editor has it: Word (de), a saved web page (ru), text (en)."""
    de = tmp_path / "1.de.docx"
    de.write_bytes(docx_bytes(paragraphs((DEMO / "1.de.txt").read_text(encoding="utf-8"))))
    ru = tmp_path / "2.ru.html"
    ru.write_text(html_page(paragraphs((DEMO / "2.ru.txt").read_text(encoding="utf-8"))), "utf-8")
    en = tmp_path / "3.en.txt"
    en.write_bytes((DEMO / "3.en.txt").read_bytes())
    return [de, ru, en]


def wait_for(browser: Chromium, expression: str, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while not browser.eval(expression):
        error = browser.eval("(document.getElementById('error') || {}).textContent || ''")
        assert not error, error
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        time.sleep(0.2)


def goto(browser: Chromium, url: str) -> None:
    browser.call("Page.navigate", url=url)
    wait_for(browser, "document.readyState === 'complete'", 30)


def click_element(browser: Chromium, selector: str) -> None:
    x, y = browser.eval(
        f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
        " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
        " return [r.left + Math.min(10, r.width / 2), r.top + r.height / 2]; })()"
    )
    browser.click(x, y)


def row_in_view(browser: Chromium, row: int) -> bool:
    return browser.eval(
        f"(() => {{ const r = document.getElementById('row-{row}').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight && r.height > 0; })()"
    )


def test_desk_in_chromium(desk, browser, tmp_path, encoder):
    files = chain_files(tmp_path)
    quotes = [
        "The regime may collapse before the end of the year.",  # planted: paraphrased
        "3 to 5 percent of the population is enough to overthrow the regime.",
    ]
    goto(browser, desk + "/")
    assert browser.eval("document.title").startswith("provenance")
    root = browser.call("DOM.getDocument")["root"]["nodeId"]
    node = browser.call("DOM.querySelector", nodeId=root, selector="#files")["nodeId"]
    browser.call("DOM.setFileInputFiles", nodeId=node, files=[str(f) for f in files])
    browser.eval("document.getElementById('files').dispatchEvent(new Event('change'))")
    assert browser.eval("document.querySelectorAll('#chosen li').length") == 3
    browser.eval(f"document.getElementById('quotes').value = {json.dumps(chr(10).join(quotes))}")
    click_element(browser, "#go")
    wait_for(browser, "!document.getElementById('progress').classList.contains('hidden')", 30)
    wait_for(browser, "!!document.body && document.body.classList.contains('ready')")
    save_screenshot(browser, tmp_path, "desk-result.png")

    # Rows and flags: as `provenance check` gives on the plain-text chain.
    plain = provenance.check(
        [str(DEMO / n) for n in EXPECTED["documents"]], EXPECTED["langs"], encoder=encoder
    )
    assert browser.eval("document.querySelectorAll('#rows tbody tr.row').length") == len(
        plain.alignments
    )
    shown = browser.eval(
        "Array.from(document.querySelectorAll('li.flag'))"
        ".map(li => [li.dataset.type, li.dataset.hop, li.dataset.severity])"
    )
    assert sorted(map(tuple, shown)) == sorted(
        (f.type, f"{f.hop[0]}-{f.hop[1]}", f.severity) for f in plain.flags
    )
    # Every language has its drifting span highlighted (the 40 → 14 cities row).
    assert browser.eval("document.querySelectorAll('mark').length") >= len(plain.flags)

    # The quotes panel: the quotes given, with verdicts; the final text's quotes too.
    verdicts = browser.eval(
        "Array.from(document.querySelectorAll('#checked-quotes tr.quote > td:first-child .badge'))"
        ".map(b => b.textContent)"
    )
    assert len(verdicts) == 2 and verdicts[0] == "paraphrased" and verdicts[1] == "faithful"
    assert browser.eval("document.querySelectorAll('#quotes tr.quote').length") >= 5

    # Filters: hide the minor flags, then show them again.
    before = browser.eval("document.querySelectorAll('li.flag:not(.hidden)').length")
    click_element(browser, "#filters input[data-filter=severity][value=minor]")
    minor = sum(1 for _, _, s in shown if s == "minor")
    assert browser.eval("document.querySelectorAll('li.flag:not(.hidden)').length") == (
        before - minor
    )
    click_element(browser, "#filters input[data-filter=severity][value=minor]")

    # A click on the flag of the last flagged row scrolls to that row.
    last = max(range(len(plain.flags)), key=lambda i: plain.flags[i].alignment)
    target = plain.flags[last].alignment
    browser.eval("window.scrollTo(0, 0)")
    fid = browser.eval(f"document.querySelector('li.flag[data-row=\"{target}\"]').dataset.flag")
    if row_in_view(browser, target):
        browser.eval("window.scrollTo(0, document.body.scrollHeight)")
    click_element(browser, f"#flag-{fid} a.flag-link")
    wait_for(browser, f"document.getElementById('row-{target}').classList.contains('target')", 10)
    time.sleep(0.2)
    assert row_in_view(browser, target)

    # Mark it "needs fixing" with a note; reload; the mark is back.
    key = browser.eval(f"document.getElementById('flag-{fid}').dataset.key")
    browser.eval(
        f"document.querySelector('#flag-{fid} .mark-note').value = 'asked the desk <b>editor</b>'"
    )
    click_element(browser, f"#flag-{fid} button.mark-fix")
    wait_for(browser, f"document.getElementById('flag-{fid}').classList.contains('marked-fix')", 30)
    save_screenshot(browser, tmp_path, "desk-marked.png")
    browser.call("Page.reload")
    wait_for(browser, "!!document.body && document.body.classList.contains('ready')")
    selector = f"li.flag[data-key={json.dumps(key)}]"
    assert browser.eval(
        f"document.querySelector({json.dumps(selector)}).classList.contains('marked-fix')"
    )
    assert (
        browser.eval(f"document.querySelector({json.dumps(selector + ' .mark-note')}).value")
        == "asked the desk <b>editor</b>"
    )
    assert browser.eval("document.querySelectorAll('#result b').length") == 0

    # Export with the mark.
    href = browser.eval("document.getElementById('export-json').href")
    with NO_PROXY.open(href, timeout=60) as r:
        exported = json.load(r)
    marked = [f for f in exported["flags"] if f.get("mark")]
    assert [f["key"] for f in marked] == [key] and marked[0]["mark"]["status"] == "fix"
    assert len(exported["quote_checks"]) == 2
    with NO_PROXY.open(browser.eval("document.getElementById('export-csv').href"), timeout=60) as r:
        assert ",fix,asked the desk <b>editor</b>," in r.read().decode("utf-8-sig")
    with NO_PROXY.open(
        browser.eval("document.getElementById('export-html').href"), timeout=60
    ) as r:
        page = r.read().decode("utf-8")
    assert "needs fixing" in page and "&lt;b&gt;editor&lt;/b&gt;" in page

    assert browser.eval("window.__csp") == []
    assert browser.console_errors == []
