"""`provenance serve`: the editor's desk, a local web app (FastAPI + uvicorn).

Safe by default:
- binds 127.0.0.1 (the CLI warns when `--host` says otherwise);
- refuses a request body over `max_upload` bytes (413) before it is read whole;
- takes documents as uploaded bytes or pasted text, never a file-system path;
- every piece of document text reaches the page escaped (server-side `html.escape`, or
  `textContent` in the script);
- a Content-Security-Policy allowing only this origin's own script and style files (no
  inline script, no third-party origin), no framing, no referrer;
- the work runs on a worker thread (`provenance.desk.jobs`), so the event loop keeps
  answering while a long document is checked.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from provenance.desk import export
from provenance.desk.jobs import DeskRequest, JobRunner, Upload
from provenance.desk.marks import MAX_NOTE, STATUSES, MarkStore
from provenance.desk.render import desk_fragment

DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024
MAX_FILES = 10
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
_STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html"}


class BodyLimit:
    """Refuse (413) a request whose body exceeds `limit` bytes: at once from its
    Content-Length, else as soon as the streamed body passes the limit (the endpoint reading
    it gets an HTTPException, which FastAPI turns into the 413 response)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(send, self.limit)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, _too_large_message(self.limit))
            return msg

        await self.app(scope, limited, send)


class SecurityHeaders:
    """Adds `SECURITY_HEADERS` (and no-store on the API) to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        if scope.get("path", "").startswith("/api/"):
            extra.append((b"cache-control", b"no-store"))

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                names = {k.lower() for k, _ in msg.get("headers", [])}
                msg["headers"] = list(msg.get("headers", [])) + [
                    (k, v) for k, v in extra if k not in names
                ]
            await send(msg)

        await self.app(scope, receive, with_headers)


def _too_large_message(limit: int) -> str:
    return f"upload too large (the limit is {limit / (1 << 20):.3g} MB; see --max-upload)"


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps({"detail": _too_large_message(limit)}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _static(name: str) -> bytes:
    return (resources.files("provenance.desk") / "static" / name).read_bytes()


def create_app(
    max_upload: int = DEFAULT_MAX_UPLOAD,
    marks: MarkStore | None = None,
    runner: JobRunner | None = None,
) -> ASGIApp:
    """The desk as an ASGI app (tests drive it with httpx; `run` serves it with uvicorn)."""
    app = FastAPI(title="provenance desk", docs_url=None, redoc_url=None, openapi_url=None)
    store = marks or MarkStore()
    jobs = runner or JobRunner()
    app.state.jobs, app.state.marks = jobs, store

    @app.get("/", response_class=HTMLResponse)
    def index() -> Response:
        return Response(_static("index.html"), media_type="text/html; charset=utf-8")

    @app.get("/static/{name}")
    def static(name: str) -> Response:
        if name == "report.css":  # the HTML report's own style sheet, reused
            from provenance.report.html import _CSS

            return Response(_CSS, media_type="text/css; charset=utf-8")
        kind = _STATIC_TYPES.get(name[name.rfind(".") :]) if "." in name else None
        if kind is None or "/" in name or name.startswith("."):
            raise HTTPException(404)
        try:
            return Response(_static(name), media_type=f"{kind}; charset=utf-8")
        except (FileNotFoundError, OSError) as err:
            raise HTTPException(404) from err

    @app.get("/api/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/api/jobs", status_code=202)
    async def submit(request: Request) -> dict[str, str]:
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise HTTPException(415, "send the documents as multipart/form-data")
        form = await request.form(max_files=MAX_FILES, max_fields=2 * MAX_FILES + 10)
        req = await _desk_request(form)
        job = jobs.submit(req)
        return {"job": job.id}

    @app.get("/api/jobs/{job_id}")
    def status(job_id: str) -> dict[str, Any]:
        job = _job(job_id)
        out: dict[str, Any] = {
            "job": job.id,
            "status": job.status,
            "stage": job.stage,
            "step": job.step,
            "steps": job.steps,
        }
        if job.status == "error":
            out["error"] = job.error
        if job.status == "done" and job.result is not None:
            res = job.result
            report = res.report
            out.update(
                documents=res.key,
                html=desk_fragment(res),
                flags=[
                    {"key": k, "hop": list(f.hop), "type": f.type, "severity": f.severity}
                    for k, f in zip(res.flag_keys, report.flags if report else [], strict=True)
                ],
                hops=[
                    f"{report.documents[a].lang}→{report.documents[b].lang}" for a, b in report.hops
                ]
                if report
                else [],
                marks=store.get(res.key),
            )
        return out

    @app.get("/api/marks/{documents}")
    def get_marks(documents: str) -> dict[str, Any]:
        return {"documents": documents, "marks": store.get(_hex(documents))}

    @app.post("/api/marks/{documents}")
    async def set_mark(documents: str, request: Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except ValueError as err:
            raise HTTPException(400, "expected JSON") from err
        flag, status_, note = body.get("flag"), body.get("status"), body.get("note") or ""
        if not isinstance(flag, str) or not 0 < len(flag) <= 200:
            raise HTTPException(400, "flag: a flag key")
        if status_ is not None and status_ not in STATUSES:
            raise HTTPException(400, f"status: one of {', '.join(STATUSES)} or null")
        if not isinstance(note, str) or len(note) > MAX_NOTE:
            raise HTTPException(400, f"note: text up to {MAX_NOTE} characters")
        store.set(_hex(documents), flag, status_, note)
        return {"documents": documents, "marks": store.get(_hex(documents))}

    @app.get("/api/jobs/{job_id}/export")
    def export_report(job_id: str, format: str = "html") -> Response:
        job = _job(job_id)
        if job.status != "done" or job.result is None:
            raise HTTPException(409, "the job has not finished")
        if format not in export.FORMATS:
            raise HTTPException(400, f"format: one of {', '.join(export.FORMATS)}")
        body, media = export.render(job.result, store.get(job.result.key), format)
        name = f"provenance-report.{format}"
        return Response(
            body,
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    def _job(job_id: str):
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, "no such job (the server may have restarted)")
        return job

    return SecurityHeaders(BodyLimit(app, max_upload))


def _hex(value: str) -> str:
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise HTTPException(400, "documents: a content hash")
    return value


async def _desk_request(form) -> DeskRequest:
    """Uploaded files and pasted texts, in chain order: files by name, then pasted texts."""
    uploads: list[Upload] = []
    files = [f for f in form.getlist("files") if hasattr(f, "read")]
    for f in sorted(files, key=lambda f: f.filename or ""):
        data = await f.read()
        if data.strip():
            uploads.append(Upload(_display_name(f.filename or "upload"), data))
    for k, text in enumerate(form.getlist("texts")):
        if isinstance(text, str) and text.strip():
            uploads.append(Upload(f"pasted-{k + 1}.txt", text.encode("utf-8")))
    if len(uploads) > MAX_FILES:
        raise HTTPException(400, f"at most {MAX_FILES} documents")
    quotes_field = form.get("quotes")
    quotes = quotes_field.splitlines() if isinstance(quotes_field, str) else []
    langs = form.get("langs")
    speaker = form.get("speaker")
    return DeskRequest(
        uploads,
        langs=langs.strip() or None if isinstance(langs, str) else None,
        quotes=quotes,
        speaker=speaker.strip() or None if isinstance(speaker, str) else None,
    )


def _display_name(filename: str) -> str:
    """The file's base name, for display only: a browser sends no usable path, and none is
    ever opened."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return "".join(c for c in base if c.isprintable())[:120] or "upload"


def run(host: str = "127.0.0.1", port: int = 8000, max_upload: int = DEFAULT_MAX_UPLOAD) -> None:
    import uvicorn

    print(f"provenance desk: http://{host}:{port}/  (Ctrl-C stops it)", flush=True)
    uvicorn.run(create_app(max_upload=max_upload), host=host, port=port, log_level="warning")
