"""The desk's web app over HTTP (httpx through Starlette's TestClient): the safety defaults
each have a test — security headers and CSP, the upload limit, no file-system paths from the
browser, escaping of document text, work off the event loop — and marks persist."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from _samples import EVIL, make_report

pytest.importorskip("httpx", reason="httpx not installed (extra 'test')")
from fastapi.testclient import TestClient

from provenance.desk.app import CSP, create_app
from provenance.desk.cli import parse_size
from provenance.desk.jobs import DeskResult, JobRunner
from provenance.desk.marks import MarkStore, documents_key, flag_key

DEMO = Path(__file__).resolve().parent.parent / "corpora" / "demo"


def sample_result(req) -> DeskResult:
    report = make_report(rows=30)
    key = documents_key([u.data for u in req.uploads], ["x"] * len(req.uploads))
    return DeskResult(report, [], key, [flag_key(f) for f in report.flags], [])


def fake_runner(gate: threading.Event | None = None) -> JobRunner:
    def work(job, req):
        job.progress("pretending to work", 1)
        if gate is not None:
            assert gate.wait(30)
        return sample_result(req)

    return JobRunner(work=work)


def wait_done(client: TestClient, job: str, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        st = client.get(f"/api/jobs/{job}").json()
        if st["status"] in ("done", "error"):
            return st
        assert time.monotonic() < deadline, st
        time.sleep(0.1)


@pytest.fixture
def store(tmp_path) -> MarkStore:
    return MarkStore(tmp_path / "desk.sqlite")


def two_files(a: bytes = b"Erster Text hier.", b: bytes = b"First text here."):
    return [("files", ("1.de.txt", a, "text/plain")), ("files", ("2.en.txt", b, "text/plain"))]


def test_headers_csp_and_no_inline_script_or_third_party(store):
    client = TestClient(create_app(marks=store, runner=fake_runner()))
    for path in ("/", "/api/health", "/static/desk.js", "/nowhere"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert "unsafe-inline" not in CSP and "http" not in CSP and "*" not in CSP
    page = client.get("/").text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)  # no inline script
    assert not re.search(r"\son\w+=", page)  # no inline event handlers
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)  # nothing from elsewhere
    for asset in ("desk.js", "desk.css", "report.css"):
        r = client.get(f"/static/{asset}")
        assert r.status_code == 200 and "http://" not in r.text and "https://" not in r.text


def test_static_files_only_from_the_package(store):
    client = TestClient(create_app(marks=store, runner=fake_runner()))
    for bad in ("/static/..%2Fapp.py", "/static/../app.py", "/static/app.py", "/static/.x.js"):
        assert client.get(bad).status_code == 404


def test_upload_limit_by_length_and_by_stream(store):
    client = TestClient(create_app(max_upload=2000, marks=store, runner=fake_runner()))
    r = client.post("/api/jobs", files=two_files(b"x" * 3000))
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    assert r.headers["content-security-policy"] == CSP

    boundary = "desk-test-boundary"

    def chunks():  # no Content-Length: the limit holds while the body streams in
        yield (
            f"--{boundary}\r\nContent-Disposition: form-data; name=files; "
            'filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n'
        ).encode()
        for _ in range(10):
            yield b"y" * 500
        yield f"\r\n--{boundary}--\r\n".encode()

    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    r = client.post("/api/jobs", content=chunks(), headers=headers)
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    assert (
        client.post("/api/jobs", content=b"x", headers={"content-type": "text/plain"}).status_code
        == 415
    )
    assert client.post("/api/jobs", files=two_files()).status_code == 202
    assert parse_size("20MB") == 20 * 1024 * 1024 and parse_size("512k") == 512 * 1024


def test_no_file_system_paths_from_the_browser(store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Geheimer Inhalt, der nie gelesen werden darf.", encoding="utf-8")
    seen = []

    def work(job, req):
        seen.extend(req.uploads)
        return sample_result(req)

    client = TestClient(create_app(marks=store, runner=JobRunner(work=work)))
    files = [
        ("files", (str(secret), b"Uploaded bytes, not the file.", "text/plain")),
        ("files", ("..\\..\\windows\\b.txt", b"Second text.", "text/plain")),
    ]
    data = {"texts": str(secret), "path": str(secret), "documents": str(secret)}
    r = client.post("/api/jobs", files=files, data=data)
    wait_done(client, r.json()["job"])
    names = [u.name for u in seen]
    assert "secret.txt" in names and "b.txt" in names
    assert all("/" not in n and "\\" not in n for n in names)
    contents = b"".join(u.data for u in seen)
    assert b"Geheimer" not in contents  # a pasted "path" is text, never opened
    assert any(u.data == str(secret).encode() for u in seen)


def test_document_text_is_escaped_end_to_end(store, encoder):
    """Real pipeline: markup in the documents reaches the page as text."""
    client = TestClient(create_app(marks=store))
    de = f"Der Bericht nennt 40 Städte. Archivierter Text {EVIL} endet hier.".encode()
    en = f"The report names 14 cities. Archived page text {EVIL} ends here.".encode()
    r = client.post("/api/jobs", files=two_files(de, en), data={"langs": "de,en"})
    st = wait_done(client, r.json()["job"])
    assert st["status"] == "done", st
    html = st["html"]
    assert "<script" not in html and "<img" not in html and "<b>bold" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert 'onerror="window' not in html and "&lt;img src=x onerror=" in html
    assert len(st["flags"]) >= 1  # 40 → 14
    export = client.get(f"/api/jobs/{st['job']}/export?format=html").text
    assert "<script>window.__pwned" not in export


def test_a_long_job_never_blocks_other_requests(store):
    gate = threading.Event()
    client = TestClient(create_app(marks=store, runner=fake_runner(gate)))
    t0 = time.monotonic()
    first = client.post("/api/jobs", files=two_files()).json()["job"]
    second = client.post("/api/jobs", files=two_files(b"Anders.", b"Other.")).json()["job"]
    try:
        # The worker is stuck on the first job; the server still answers at once.
        for _ in range(5):
            assert client.get("/api/health").json() == {"status": "ok"}
            assert client.get("/").status_code == 200
        st1, st2 = (client.get(f"/api/jobs/{j}").json() for j in (first, second))
        assert st1["status"] == "running" and st1["stage"] == "pretending to work"
        assert st2["status"] == "queued"
        assert time.monotonic() - t0 < 10
    finally:
        gate.set()
    assert wait_done(client, first)["status"] == "done"
    assert wait_done(client, second)["status"] == "done"


def test_marks_persist_across_servers_and_export(tmp_path):
    db = tmp_path / "marks.sqlite"
    client = TestClient(create_app(marks=MarkStore(db), runner=fake_runner()))
    st = wait_done(client, client.post("/api/jobs", files=two_files()).json()["job"])
    key, docs = st["flags"][0]["key"], st["documents"]
    note = "<i>checked with the desk</i> = fine"
    r = client.post(f"/api/marks/{docs}", json={"flag": key, "status": "fix", "note": note})
    assert r.json()["marks"][key] == {"status": "fix", "note": note}
    assert client.post(f"/api/marks/{docs}", json={"flag": key, "status": "x"}).status_code == 400
    assert client.post("/api/marks/../etc", json={"flag": key, "status": "fix"}).status_code in (
        400,
        404,
    )
    # A new server, the same documents uploaded again: the mark is back.
    again = TestClient(create_app(marks=MarkStore(db), runner=fake_runner()))
    st2 = wait_done(again, again.post("/api/jobs", files=two_files()).json()["job"])
    assert st2["documents"] == docs and st2["marks"][key]["status"] == "fix"
    # Other documents: no marks.
    other = wait_done(again, again.post("/api/jobs", files=two_files(b"Neu.")).json()["job"])
    assert other["marks"] == {}
    job = st2["job"]
    exported = again.get(f"/api/jobs/{job}/export?format=json").json()
    marked = [f for f in exported["flags"] if f.get("mark")]
    assert [f["key"] for f in marked] == [key] and marked[0]["mark"]["note"] == note
    csv = again.get(f"/api/jobs/{job}/export?format=csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    assert f",fix,{note}," in csv.text
    html = again.get(f"/api/jobs/{job}/export?format=html").text
    assert "needs fixing" in html and "&lt;i&gt;checked with the desk&lt;/i&gt;" in html
    assert again.get(f"/api/jobs/{job}/export?format=exe").status_code == 400
    # Clearing a mark.
    again.post(f"/api/marks/{docs}", json={"flag": key, "status": None})
    assert again.get(f"/api/marks/{docs}").json()["marks"] == {}


def test_bad_input_is_a_job_error_not_a_crash(store):
    client = TestClient(create_app(marks=store))
    r = client.post("/api/jobs", files=[("files", ("only.txt", b"Nur ein Text.", "text/plain"))])
    st = wait_done(client, r.json()["job"])
    assert st["status"] == "error" and "one document and no quote" in st["error"]
    r = client.post("/api/jobs", files=two_files(), data={"langs": "de,xx"})
    st = wait_done(client, r.json()["job"])
    assert st["status"] == "error" and "xx" in st["error"]
    assert client.get("/api/jobs/nope").status_code == 404


def test_serve_warns_off_localhost(monkeypatch, run_cli):
    import provenance.desk.app as app_mod

    calls = []
    monkeypatch.setattr(app_mod, "run", lambda **kw: calls.append(kw))
    code, _, err = run_cli("serve", "--port", "8765")
    assert code == 0 and calls[-1]["host"] == "127.0.0.1" and "warning" not in err
    code, _, err = run_cli("serve", "--host", "0.0.0.0", "--max-upload", "1MB")
    assert code == 0 and "warning" in err and calls[-1]["max_upload"] == 1 << 20
    code, _, err = run_cli("serve", "--max-upload", "lots")
    assert code == 2 and "--max-upload" in err


def test_a_translation_memory_is_two_documents(store, encoder):
    from _documents import tmx_bytes

    pairs = [
        ("Das Regime könnte bald fallen.", "The regime could fall soon."),
        (
            "Die Bewegung hat Unterstützer in 40 Städten.",
            "The movement has supporters in 14 cities.",
        ),
        ("Die Wahl ist am 9. Juni.", "The election is on 9 June."),
    ]
    client = TestClient(create_app(marks=store))
    files = [("files", ("memory.tmx", tmx_bytes(pairs, "de", "en"), "application/xml"))]
    st = wait_done(client, client.post("/api/jobs", files=files).json()["job"])
    assert st["status"] == "done", st
    assert st["hops"] == ["de→en"]
    assert any(f["type"] == "number" for f in st["flags"])  # 40 → 14
    assert "memory.tmx (source de)" in st["html"] and "memory.tmx (target en)" in st["html"]
