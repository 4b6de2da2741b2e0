"""The desk's work, off the web server's event loop: one worker thread runs the jobs in turn
(the encoder and the checks are not meant to run twice at once in one process), while the
server keeps answering (status polls, marks, pages) from its event loop."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from provenance import checks as checks_mod
from provenance.desk.marks import documents_key, flag_key
from provenance.desk.quote import QuoteCheck, verify_quote
from provenance.desk.sources import SourceText, read_sources
from provenance.errors import ProvenanceError, UsageError
from provenance.model import Report
from provenance.text.documents import make_document, parse_langs
from provenance.text.load import from_string

MAX_JOBS = 50  # finished jobs kept in memory (the oldest are forgotten first)
MAX_QUOTES = 20


@dataclass
class Upload:
    name: str  # display name only; never opened as a path
    data: bytes


@dataclass
class DeskResult:
    report: Report | None  # None when a single document was given (quotes only)
    quotes: list[QuoteCheck]
    key: str  # the documents' content hash (marks are kept under it)
    flag_keys: list[str]
    sources: list[SourceText]


@dataclass
class Job:
    id: str
    status: str = "queued"  # queued | running | done | error
    stage: str = "waiting for the worker"
    step: int = 0
    steps: int = 1
    error: str | None = None
    result: DeskResult | None = None
    started: float = field(default_factory=time.time)

    def progress(self, stage: str, step: int | None = None) -> None:
        self.stage = stage
        if step is not None:
            self.step = step


class JobRunner:
    def __init__(self, work: Callable[[Job, Any], DeskResult] | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="provenance-desk")
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._work = work or run_desk

    def submit(self, request: Any) -> Job:
        job = Job(secrets.token_urlsafe(12))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS:
                oldest = next(iter(self._jobs))
                if self._jobs[oldest].status in ("queued", "running"):
                    break
                self._jobs.pop(oldest)
        self._pool.submit(self._run, job, request)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _run(self, job: Job, request: Any) -> None:
        job.status = "running"
        try:
            job.result = self._work(job, request)
            job.progress("done", job.steps)
            job.status = "done"
        except ProvenanceError as err:
            job.error, job.status = str(err), "error"
        except Exception as err:
            job.error, job.status = f"internal error: {type(err).__name__}: {err}", "error"

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


@dataclass
class DeskRequest:
    uploads: Sequence[Upload]
    langs: str | None = None
    quotes: Sequence[str] = ()
    speaker: str | None = None


def run_desk(job: Job, req: DeskRequest) -> DeskResult:
    """Read the documents, check the chain, verify each quote; progress on `job`."""
    from provenance.embed import get_encoder
    from provenance.pipeline import check_documents

    quotes = [q.strip() for q in req.quotes if q.strip()][:MAX_QUOTES]
    if not req.uploads:
        raise UsageError("no documents", hint="drop or paste the documents of the chain")
    job.steps = 2 + len(quotes)
    job.progress("reading the documents", 0)
    sources = [s for u in req.uploads for s in read_sources(u.data, u.name)]
    if len(sources) < 2 and not quotes:
        raise UsageError("one document and no quote", hint="add a translation or a quote")
    codes = parse_langs(req.langs, len(sources))
    docs = [
        make_document(s.extracted or from_string(s.text, s.name), codes[k] or s.lang)
        for k, s in enumerate(sources)
    ]
    key = documents_key([u.data for u in req.uploads], [d.lang for d in docs])
    encoder = get_encoder()
    report = None
    if len(docs) >= 2:
        job.progress(f"checking the chain ({sum(len(d.sentences) for d in docs)} sentences)", 1)
        report = check_documents(docs, checks_mod.select(), encoder)
    checked = []
    for k, quote in enumerate(quotes):
        job.progress(f"verifying quote {k + 1} of {len(quotes)}", 2 + k)
        langs = [None] + [d.lang for d in docs]
        checked.append(
            verify_quote(quote, sources, speaker=req.speaker, langs=langs, encoder=encoder)
        )
    flags = report.flags if report else []
    return DeskResult(report, checked, key, [flag_key(f) for f in flags], sources)
