"""The pipeline, end to end: load → segment → embed → align → check → report.

`check()` is the public entry point (re-exported as `provenance.check`); the CLI and
the batch runner are thin shells over it.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from provenance import checks as checks_mod
from provenance.align import align_pair
from provenance.align.chain import PairAligner, align_chain_with
from provenance.checks.base import Check, DocumentFindings
from provenance.embed import DEFAULT_MODEL, CachedEncoder, Encoder, get_encoder
from provenance.errors import UsageError
from provenance.model import Alignment, Document, Finding, PairStats, PairView, Report, Segment
from provenance.signature import signature
from provenance.text.documents import Input, load_documents, refuse_oversized
from provenance.text.load import DEFAULT_MAX_CHARS
from provenance.trace.attribution import attribute, sort_flags
from provenance.trace.drift import row_drift
from provenance.util.progress import ProgressFn, encode_with_progress, no_progress


@dataclass
class Options:
    """Knobs of a run that are not inputs."""

    model: str | None = None
    presplit: bool = False
    skip: list[str] = field(default_factory=list)
    only: list[str] = field(default_factory=list)


@contextmanager
def _timed(timings: dict[str, float], stage: str, cpu: dict[str, float] | None = None):
    """Add the stage's wall time to `timings` and its process CPU time to `cpu` (what a
    benchmark on a shared machine compares)."""
    t0, c0 = time.perf_counter(), time.process_time()
    yield
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t0
    if cpu is not None:
        cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - c0


# Objects a run allocates before the cycle collector's youngest generation is examined
# (Python's default: 700).
RUN_GC_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often while a run allocates. A run builds hundreds of
    thousands of small objects that live until it ends (memoised analyses, extractions);
    with the default threshold they trigger a collection every 700 allocations, and the
    full ones among them rescan everything alive, the model's and language data's objects
    included — a third of the fact checks' CPU time on `provenance bench checks --suite
    facts`. Cyclic garbage waits a little longer (~100,000 objects); reference-counted
    objects are freed as always. The caller's threshold is restored afterwards."""
    global _runs
    before = gc.get_threshold()
    gc.set_threshold(RUN_GC_THRESHOLD, *before[1:])
    _runs += 1
    try:
        yield
    finally:
        gc.set_threshold(*before)
        promote_young()
        _runs -= 1


# Objects `promote_young` may move to the oldest generation unexamined before it asks for
# a full collection instead (~7 runs on a 1,000-row chain): cyclic garbage among them,
# which a run does not make (none on the timing chain of `provenance bench checks`), is
# then freed; a process that runs once never pays it.
PROMOTE_BOUND = 2_000_000
_promoted = 0
_runs = 0  # runs under way (`_fewer_collections`): only they promote


def promote_young() -> None:
    """Move the objects the run allocated since the last collection to the oldest
    generation without examining them. They are the run's analyses (memos, extractions,
    findings): alive until the run ends and then freed by reference counting, so a young
    collection over them (~100,000 objects each, 0.13-0.18 s a run on the timing chain)
    only finds them alive. `gc.freeze` + `gc.unfreeze` moves every generation to the
    oldest in constant time and resets the young count; a full collection every
    `PROMOTE_BOUND` promoted objects frees any cyclic garbage among them, as CPython's own
    schedule would. Not where the process froze objects itself (the batch fork server):
    `unfreeze` would thaw them too."""
    global _promoted
    young = gc.get_count()[0]
    if not _runs or not gc.isenabled() or gc.get_freeze_count() or young == 0:
        return
    if _promoted + young > PROMOTE_BOUND:
        _promoted = 0
        gc.collect()
        return
    _promoted += young
    gc.freeze()
    gc.unfreeze()


def _segments(docs: Sequence[Document], row: list[list[int]]) -> list[Segment]:
    return [Segment.of(docs, row, d) for d in range(len(docs))]


def similarity_of(encoder: Encoder, a: Segment, b: Segment) -> float | None:
    if a.empty or b.empty:
        return None
    va, vb = encoder.encode([a.text, b.text])
    return _clipped(va @ vb)


def _clipped(dot: np.floating) -> float:
    """`float(np.clip(dot, -1.0, 1.0))` without numpy's call overhead for the in-range
    value it nearly always is (a few µs a row: ~9,000 rows on a three-document chain)."""
    v = float(dot)
    return v if -1.0 <= v <= 1.0 else float(np.clip(v, -1.0, 1.0))


def row_segments(docs: Sequence[Document], rows: Sequence[list[list[int]]]) -> list[list[Segment]]:
    """`[row][document]` segments, built once per run: every pair a row is seen on shares
    them (and the per-text analyses the checks cache on their text)."""
    return [_segments(docs, row) for row in rows]


def pair_similarities(
    segments: Sequence[Sequence[Segment]], a: int, b: int, encoder: Encoder
) -> list[float | None]:
    """`similarity_of` for every row on document pair (a, b): one (cached) encoder call
    per side, then the same per-row dot product, so the values are bit-identical."""
    both = [rid for rid, segs in enumerate(segments) if not segs[a].empty and not segs[b].empty]
    out: list[float | None] = [None] * len(segments)
    if not both:
        return out
    va = encoder.encode([segments[rid][a].text for rid in both])
    vb = encoder.encode([segments[rid][b].text for rid in both])
    for rid, x, y in zip(both, va, vb, strict=True):
        out[rid] = _clipped(x @ y)
    return out


def pair_stats(views: Sequence[PairView]) -> PairStats:
    """Robust length-ratio and similarity statistics of one document pair, from its 1-1 rows."""
    ones = [v for v in views if len(v.src.sentence_ids) == 1 and len(v.tgt.sentence_ids) == 1]
    if len(ones) < 3:
        return PairStats()
    ratios = np.log([max(len(v.tgt.text), 1) / max(len(v.src.text), 1) for v in ones])
    sims = np.array([v.similarity for v in ones if v.similarity is not None])
    med_r = float(np.median(ratios))
    med_s = float(np.median(sims)) if len(sims) else 0.75
    return PairStats(
        length_ratio=float(np.exp(med_r)),
        length_ratio_spread=max(0.1, 1.4826 * float(np.median(np.abs(ratios - med_r)))),
        similarity_median=med_s,
        similarity_spread=max(0.03, 1.4826 * float(np.median(np.abs(sims - med_s))))
        if len(sims)
        else 0.08,
    )


def views_for(
    docs: Sequence[Document],
    rows: Sequence[list[list[int]]],
    a: int,
    b: int,
    encoder: CachedEncoder,
    segments: Sequence[Sequence[Segment]] | None = None,
    similarity: Sequence[float | None] | None = None,
) -> list[PairView]:
    """Every row seen on document pair (a, b), with that pair's statistics attached.

    `segments` (from `row_segments`) and `similarity` (from `pair_similarities`) are
    reused when the caller has them already; otherwise they are computed here."""
    if segments is None:
        segments = row_segments(docs, rows)
    if similarity is None:
        similarity = pair_similarities(segments, a, b, encoder)
    views = []
    for rid, segs in enumerate(segments):
        if segs[a].empty and segs[b].empty:
            continue
        views.append(
            PairView(
                alignment=rid,
                src=segs[a],
                tgt=segs[b],
                similarity=similarity[rid],
                embed=encoder.encode,
            )
        )
    stats = pair_stats(views)
    for v in views:
        v.stats = stats
    return views


ROWS_PER_BATCH = 1000  # rows a check runs over before the next check takes them


def tagged(chk: Check, view: PairView) -> list[Finding]:
    """`chk`'s findings on one row, each naming the check that found it."""
    found = chk(view)
    for f in found:
        f.check = f.check or chk.name
    return found


def run_checks(
    check_list: Sequence[Check],
    views: Sequence[PairView],
    on_batch: Callable[[int], None] | None = None,
):
    """{alignment id: [Finding, ...]} for one document pair; `on_batch(rows)` hears each
    batch of rows done."""
    checks_mod.prepare(check_list, views)  # batch work across the pair's rows first
    promote_young()
    # Check by check over a batch of rows rather than row by row through every check: one
    # check's patterns, lexicons and memo entries stay warm while it runs (the checks
    # stage of `provenance bench checks` took ~15 % less CPU). Batches of rows keep the
    # texts of a batch within the extractors' per-text memos (4,096 texts), which later
    # checks read again. Findings and their order are as before.
    out = {}
    for first in range(0, len(views), ROWS_PER_BATCH):
        batch = views[first : first + ROWS_PER_BATCH]
        found = []
        for chk in check_list:
            found.append([tagged(chk, v) for v in batch])
            promote_young()
        for k, v in enumerate(batch):
            out[v.alignment] = [f for per_check in found for f in per_check[k]]
        if on_batch is not None:
            on_batch(len(batch))
    return out


def check(
    inputs: Sequence[Input],
    langs: str | Sequence[str] | None = None,
    *,
    model: str | None = None,
    encoder: Encoder | None = None,
    presplit: bool = False,
    skip: Sequence[str] = (),
    only: Sequence[str] = (),
    format_in: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    progress: ProgressFn | None = None,
    parallel: bool = False,
    back_translate: str | None = None,
) -> Report:
    """Check a translation chain (original first, final translation last).

    `parallel`: the documents after the first are each a translation of the first
    (siblings, not a chain; see `provenance.comparison.parallel`). `back_translate`: a
    local seq2seq model that translates the final text back into the source language
    (`provenance.comparison.backtranslate`; needs the extra `hf`).

    `inputs` are paths, "-" (stdin), or texts, in any format of `provenance.text.formats`
    (`format_in` forces one; a TMX/XLIFF/PO file is two documents); `langs` is "de,ru,en",
    a list, or None to detect. Returns a `Report` (see `provenance.model`). A document over
    `max_chars` characters is refused before any work; `progress(stage, done, total)`
    hears how far the long stages (embed, check) have come.
    """
    too_few = UsageError(
        "check needs at least two documents (an original and a translation)",
        hint="e.g. provenance check original.de.txt final.en.txt",
    )
    if not inputs:
        raise too_few
    refuse_oversized(inputs, max_chars)  # before the model starts loading
    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    if encoder is None and model in (None, DEFAULT_MODEL):
        # The default encoder reads its tokenizer in a thread: started now, that overlaps
        # reading and splitting the documents. (A Hugging Face model loads in the
        # foreground, so it waits until the inputs are known to be usable.)
        encoder = get_encoder()
    with _timed(timings, "load", cpu):
        docs = load_documents(
            inputs, langs, presplit=presplit, format_in=format_in, max_chars=max_chars
        )
        if len(docs) < 2:
            raise too_few
        check_list = checks_mod.select(list(skip), list(only))
    bt = None
    if back_translate:  # loaded first: a missing model fails before the long part
        from provenance.comparison.backtranslate import attach, load_back_translator

        bt = load_back_translator(back_translate)
    if parallel:
        from provenance.comparison.parallel import check_parallel

        report = check_parallel(docs, check_list, encoder or get_encoder(model))
    else:
        report = check_documents(
            docs, check_list, encoder or get_encoder(model), timings, cpu, progress=progress
        )
    if bt is not None:
        with _timed(timings, "back-translate", cpu):
            attach(report, bt)
    return report


def check_documents(
    docs: Sequence[Document],
    check_list: Sequence[Check],
    encoder: Encoder,
    timings: dict[str, float] | None = None,
    cpu: dict[str, float] | None = None,
    rows: Sequence[list[list[int]]] | None = None,
    *,
    progress: ProgressFn | None = None,
) -> Report:
    """The pipeline from segmented documents on (batch workers enter here). `rows`, when
    given, replaces the aligner's table (pre-aligned input, or `compare`'s own aligner)."""
    with fewer_collections():
        return _check_documents(
            docs, check_list, encoder, timings, cpu, rows, progress or no_progress
        )


def _check_documents(
    docs: Sequence[Document],
    check_list: Sequence[Check],
    encoder: Encoder,
    timings: dict[str, float] | None,
    cpu: dict[str, float] | None,
    given_rows: Sequence[list[list[int]]] | None = None,
    progress: ProgressFn = no_progress,
) -> Report:
    timings = {} if timings is None else timings
    cpu = {} if cpu is None else cpu

    def timed(stage: str):
        return _timed(timings, stage, cpu)

    cached = CachedEncoder(encoder)
    with timed("embed"):
        encode_with_progress(cached, [d.sentences for d in docs], progress)
        promote_young()
    with timed("align"):
        rows = (
            [list(r) for r in given_rows]
            if given_rows is not None
            else align_chain_with(
                [d.sentences for d in docs], _reporting(cached, len(docs), progress)
            )
        )
        promote_young()
    n = len(docs)
    pairs = [(k, k + 1) for k in range(n - 1)]
    if n > 2:
        pairs.append((0, n - 1))
    with timed("similarity"):
        segments = row_segments(docs, rows)
        # One similarity table per document pair, shared by the report and the checks.
        sim = {p: pair_similarities(segments, p[0], p[1], cached) for p in pairs}
        alignments = [
            Alignment(
                id=rid, sentences=row, similarity=[sim[(k, k + 1)][rid] for k in range(n - 1)]
            )
            for rid, row in enumerate(rows)
        ]
    findings = {}
    hop_stats: list[PairStats | None] = [None] * (n - 1)  # for the drift score
    checked = _Count(progress, "check", len(rows) * len(pairs))  # rows × document pairs
    for k, p in enumerate(pairs):
        with timed("views"):
            views = views_for(docs, rows, p[0], p[1], cached, segments, sim[p])
        if p[1] == p[0] + 1 and views:
            hop_stats[p[0]] = views[0].stats
        with timed("checks"):
            findings[p] = run_checks(check_list, views, checked.add)
            promote_young()
        checked.set((k + 1) * len(rows))  # rows empty on both sides were not views
    with timed("attribution"):
        flags = attribute(docs, rows, findings, [a.similarity for a in alignments])
    passes: list[DocumentFindings] = []
    for chk in check_list:
        # Optional hook (see `Check`): a check's pass over the whole documents.
        finish = getattr(chk, "finish", None)
        if finish is not None:
            with timed(chk.name):
                passes.append(finish(docs, rows, flags))
    if passes:
        flags = flags + [f for p in passes for f in p.flags]
        sort_flags(flags)
    sections: dict = {}
    for p in passes:
        if p.link is not None:
            p.link(flags)
        sections.update(p.sections)
    report = Report(
        documents=list(docs),
        alignments=alignments,
        flags=flags,
        timings=timings,
        cpu_timings=cpu,
        signature=signature(encoder, check_list, [d.lang for d in docs]),
        **sections,
    )
    with timed("drift"):
        by_row: dict[int, list] = {}
        for f in flags:
            by_row.setdefault(f.alignment, []).append(f)
        report.drift = {a.id: row_drift(a, by_row.get(a.id, []), hop_stats) for a in alignments}
    return report


class _Count:
    """How far one stage has come (rows, document pairs), reported as it grows."""

    def __init__(self, progress: ProgressFn, stage: str, total: int) -> None:
        self.progress, self.stage, self.total, self.done = progress, stage, total, 0

    def add(self, rows: int) -> None:
        self.set(self.done + rows)

    def set(self, done: int) -> None:
        self.done = min(done, self.total)
        self.progress(self.stage, self.done, self.total)


def _reporting(encoder: Encoder, n_docs: int, progress: ProgressFn) -> PairAligner:
    """`align_pair` with the default configuration (as `align_chain` uses it), reporting
    the document pairs aligned (each hop, then the direct first↔last pair of a chain)."""
    count = _Count(progress, "align", n_docs - 1 + (n_docs > 2))
    count.set(0)

    def align(src: Sequence[str], tgt: Sequence[str]):
        beads = align_pair(src, tgt, encoder)
        count.add(1)
        return beads

    return align


def align_documents(
    src: Input,
    tgt: Input | None,
    langs: str | Sequence[str] | None = None,
    *,
    presplit: bool = False,
    model: str | None = None,
    encoder: Encoder | None = None,
    format_in: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> tuple[list[Document], list[tuple[list[int], list[int]]]]:
    """Align two documents (or the two sides of one TMX/XLIFF/PO file, `tgt` None);
    returns them and the beads (src ids, tgt ids)."""
    docs = load_documents(
        [src] if tgt is None else [src, tgt],
        langs,
        presplit=presplit,
        format_in=format_in,
        max_chars=max_chars,
    )
    if len(docs) != 2:
        raise UsageError(
            f"align needs two documents, got {len(docs)}",
            hint="give a source and a translation, or one TMX/XLIFF/PO file",
        )
    cached = CachedEncoder(encoder or get_encoder(model))
    beads = align_pair(docs[0].sentences, docs[1].sentences, cached)
    return docs, beads
