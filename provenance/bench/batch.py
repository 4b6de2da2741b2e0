"""`provenance bench batch`: throughput of 1 vs 2 local workers, per-item overhead, and peak
memory per worker, on an archive generated from the demo chain (corpora/demo).

The archive is built in a temporary directory: each item is the demo chain's paragraphs
drawn (seeded) with repetition and reordered — the same draw in every document, so each
item is a consistent de → ru → en chain, a short news item (3–6 paragraphs, about 6–11
sentences a document).

Each configuration runs in a fresh process (its own fork server, nothing warm from the
previous one). Figures:
- throughput: items / wall time of the whole run (scan, worker start-up and model load
  included), on fresh output directories, for one worker (1 BLAS thread, the default; and
  one BLAS thread per core) and two workers (1 BLAS thread each), workers forked from a
  warmed fork server (the default); the speed-up is two workers against one with the
  same settings, and against the faster one-worker run. For reference, one and two
  workers started with spawn (each loading everything itself, as before the fork server);
- start-up: the fork server's load (once per run) plus the slowest worker's own;
- per-item overhead: (wall time − time spent checking) / items in the 1-worker run, i.e.
  start-up, reading and hashing files, shipping items, writing JSONL and SQLite — as a
  share of the mean check time; also split into start-up and the rest, and the writer's
  own storage time per item, and the archive size from which it is within 10 %;
- peak RSS of each worker process (ru_maxrss, reported by the worker).
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import random
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from provenance.batch import BatchOptions, run_batch
from provenance.bench.corpora import PROJECT, require
from provenance.util import lexicon

DEMO = PROJECT / "demo"  # under the working directory


def _paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def build_archive(dest: Path, items: int, seed: int = 7, source: Path = DEMO) -> Path:
    """Write `items` item folders under dest/ from the chain in `source`."""
    files = sorted(source.glob("*.*.txt"))
    if len(files) < 2:
        raise FileNotFoundError(f"{source}: no chain (<n>.<lang>.txt files) to build items from")
    paras = [_paragraphs(f) for f in files]
    count = min(len(p) for p in paras)
    rng = random.Random(seed)
    for k in range(items):
        picks = [rng.randrange(count) for _ in range(rng.randint(3, 6))]
        folder = dest / f"item{k:04d}"
        folder.mkdir(parents=True)
        for f, ps in zip(files, paras, strict=True):
            (folder / f.name).write_text("\n\n".join(ps[i] for i in picks) + "\n", encoding="utf-8")
    return dest


@dataclass(frozen=True)
class Config:
    workers: int
    blas_threads: int = 1
    start: str = "forkserver"  # how local workers start (see provenance.batch.runners)

    @property
    def label(self) -> str:
        return f"{self.workers} worker(s) x {self.blas_threads} BLAS thread(s), {self.start}"


def _run_fresh(archive: Path, out: Path, cfg: Config) -> dict[str, Any]:
    """`_run` in a fresh process: each configuration pays its own start-up, with no fork
    server or warm caches left over from the previous one."""
    return _in_fresh_process(_run, archive, out, cfg)


def items_within(share: float, fixed: float, per_item: float, check: float) -> int | None:
    """The fewest items from which the overhead is at most `share` of the check time:
    `fixed` seconds are paid once a run (start-up, in worker-seconds), `per_item` once an
    item, `check` is an item's check time. None: never (per-item overhead alone is more).
    An estimate from one run's two parts; `--items N` measures it."""
    spare = share * check - per_item
    if spare <= 0:
        return None
    return max(1, math.ceil(fixed / spare))


def _run(archive: Path, out: Path, cfg: Config) -> dict[str, Any]:
    opts = BatchOptions(
        archive=archive,
        out=out,
        workers=cfg.workers,
        resume=False,
        blas_threads=cfg.blas_threads,
        start_method=cfg.start,
    )
    stats = run_batch(opts, console=Console(stderr=True, quiet=True))
    n = stats.checked
    workers = cfg.workers
    check_mean = statistics.fmean(stats.item_seconds) if stats.item_seconds else 0.0
    # Start-up as the run waits for it: the fork server's load (once, shared) and then the
    # slowest worker's own (fork + initializer; with spawn, its whole load).
    worker_startup = max(stats.startup_seconds.values(), default=0.0)
    startup = stats.preload_seconds + worker_startup
    # Worker time not spent checking, spread over the items (per worker, so that the figure
    # means the same with 1 and 2 workers).
    overhead = (stats.seconds * workers - sum(stats.item_seconds)) / n
    # Which of it is paid once a run: each worker's wait for its first item (launching
    # the fork server, its load, the fork) and its idle end; the rest is paid per item.
    before = [stats.first_check_at[p] - stats.started_at for p in stats.first_check_at]
    after = [stats.ended_at - stats.last_check_end[p] for p in stats.last_check_end]
    idle_workers = max(0, workers - len(before))  # given no item at all: idle throughout
    fixed = sum(before) + sum(after) + idle_workers * stats.seconds
    per_item_rest = overhead - fixed / n
    items_for_10pct = items_within(0.10, fixed, per_item_rest, check_mean)
    return {
        "label": cfg.label,
        "workers": workers,
        "blas_threads": cfg.blas_threads,
        "start_method": cfg.start,
        "items": n,
        "errors": stats.errors,
        "wall_s": round(stats.seconds, 2),
        "items_per_s": round(n / stats.seconds, 3),
        "check_mean_s": round(check_mean, 4),
        "cpu_per_item_s": round(statistics.fmean(stats.item_cpu_seconds), 4)
        if stats.item_cpu_seconds
        else None,
        "startup_s": round(startup, 3),
        "preload_s": round(stats.preload_seconds, 3),
        "worker_startup_s": sorted(round(v, 3) for v in stats.startup_seconds.values()),
        "scan_s": round(stats.scan_seconds, 3),
        "overhead_per_item_s": round(overhead, 4),
        "overhead_ratio": round(overhead / check_mean, 3) if check_mean else None,
        "overhead_ratio_without_startup": round((overhead - startup * workers / n) / check_mean, 3)
        if check_mean
        else None,
        "wait_for_first_check_s": sorted(round(v, 3) for v in before),
        "idle_after_last_check_s": sorted(round(v, 3) for v in after),
        "fixed_overhead_s": round(fixed, 3),  # worker-seconds paid once a run
        "overhead_rest_per_item_s": round(per_item_rest, 5),
        "items_for_10pct_overhead": items_for_10pct,
        "store_per_item_ms": round(1000 * stats.store_seconds / n, 2),
        "peak_rss_mb_per_worker": sorted(round(v) for v in stats.peak_rss_mb.values()),
    }


def _print(console: Console, r: dict[str, Any]) -> None:
    console.print(
        f"  {r['label']}: {r['items_per_s']:.2f} items/s (wall {r['wall_s']} s, "
        f"start-up {r['startup_s']} s = fork server {r['preload_s']} s + worker "
        f"{max(r['worker_startup_s'], default=0.0)} s), "
        f"check {1000 * r['check_mean_s']:.0f} ms/item "
        f"(CPU {1000 * (r['cpu_per_item_s'] or 0):.0f} ms), "
        f"overhead {1000 * r['overhead_per_item_s']:.1f} ms/item "
        f"= {r['overhead_ratio']:.1%} of check "
        f"({r['overhead_ratio_without_startup']:.1%} without start-up; "
        f"storage {r['store_per_item_ms']} ms); once a run: workers wait "
        f"{r['wait_for_first_check_s']} s for their first item, "
        f"{r['fixed_overhead_s']} worker-s in all; "
        f"{1000 * r['overhead_rest_per_item_s']:.1f} ms/item besides; within 10 % from "
        f"{r['items_for_10pct_overhead'] or 'no'} items; "
        f"peak RSS per worker {r['peak_rss_mb_per_worker']} MB"
    )


LANGS = ["de", "ru", "en", "fr"]


LEMMA_LANGS = ["de", "fr"]  # the languages the checks lemmatise with simplemma


def _lookup(source: str) -> tuple[Any, list[str], str]:
    """The look-up function `source` names, the languages and the word to time it on: "wordfreq"
    (its dicts) or "lexicon" for frequencies, "simplemma" (its pickled dictionaries) or
    "lexicon-lemma" (its tries) for lemmas."""
    import simplemma
    import wordfreq

    def simplemma_lemma(word: str, lang: str) -> str:
        return simplemma.lemmatize(word, lang=lang)

    return {
        "wordfreq": (wordfreq.zipf_frequency, LANGS, "haus"),
        "lexicon": (lexicon.zipf, LANGS, "haus"),
        "simplemma": (simplemma_lemma, LEMMA_LANGS, "Häuser"),
        "lexicon-lemma": (lexicon.lemma, LEMMA_LANGS, "Häuser"),
    }[source]


def _first_lookups(source: str) -> dict[str, float]:
    """CPU time and memory growth of the first look-up in each language, in this (fresh)
    process."""
    import resource

    fn, langs, word = _lookup(source)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    for lang in langs:
        fn(word, lang)
    return {
        "cpu_s": round(time.process_time() - t0, 3),
        "rss_growth_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024),
    }


def _byte_compile() -> bool:
    """Write the package's bytecode before the timed runs, as installing a package does
    (pip compiles it; an editable checkout gets it on its first import). Without it (say,
    PYTHONDONTWRITEBYTECODE is set), every fresh fork server would compile ~70 modules
    from source: ~65 ms of start-up that no installed copy pays. False: it could not be
    written (a read-only install, which has its bytecode anyway)."""
    import compileall

    package = Path(__file__).resolve().parents[1]
    try:
        return bool(compileall.compile_dir(str(package), quiet=2))
    except OSError:
        return False


def _in_fresh_process(fn: Any, *args: Any) -> Any:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(fn, *args).result()


def main(
    items: int = 200, json_out: Path | None = None, spawn: bool = True, demo: Path | None = None
) -> dict[str, Any]:
    """`spawn`: also run one and two workers with the spawn start method (each worker loads
    everything itself), the reference the fork server is measured against. `demo`: the
    chain the items are drawn from (default ./corpora/demo)."""
    demo = require(demo or DEMO, "demo chain")
    console = Console()
    cores = len(os.sched_getaffinity(0))
    bytecode = _byte_compile()
    # The lexicon's on-disk index is built once per machine (and wordfreq version); build
    # it here, outside the timed runs, and say how long a first-ever run pays for it.
    t0 = time.perf_counter()
    lexicon.prepare(LANGS)
    lexicon_s = time.perf_counter() - t0
    first_lookups = {src: _in_fresh_process(_first_lookups, src) for src in ("wordfreq", "lexicon")}
    lexicon.lemma("Häuser", "de")  # builds the lemma tries once per machine, outside the timing
    lexicon.lemma("maisons", "fr")
    first_lemmas = {
        src: _in_fresh_process(_first_lookups, src) for src in ("simplemma", "lexicon-lemma")
    }
    load = os.getloadavg()[0]
    configs = {
        "one_worker": Config(1),
        # One worker with one BLAS thread per core: the alternative for a lone worker; the
        # speed-up is against the faster of the two.
        "one_worker_threads_per_core": Config(1, blas_threads=cores),
        "two_workers": Config(2),
    }
    if spawn:
        configs["spawn_one_worker"] = Config(1, start="spawn")
        configs["spawn_two_workers"] = Config(2, start="spawn")
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="provenance-bench-batch-") as tmp:
        archive = build_archive(Path(tmp) / "archive", items, source=demo)
        for name, cfg in configs.items():
            runs[name] = _run_fresh(archive, Path(tmp) / f"out-{name}", cfg)
    one = runs["one_worker"]
    fastest_one = max(one, runs["one_worker_threads_per_core"], key=_speed)
    two = runs["two_workers"]
    result: dict[str, Any] = {
        "items": items,
        "cores": cores,
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "bytecode_compiled": bytecode,
        "lexicon_prepare_s": round(lexicon_s, 3),
        "first_lookups_4_langs": first_lookups,
        "first_lemmas_de_fr": first_lemmas,
        **runs,
        # Two workers against one, each with the same settings (one BLAS thread, one core):
        # the scaling the workers give. And against the faster single-process run, one
        # worker using every core through BLAS threads.
        "speedup_2_vs_1": round(_speed(two) / _speed(one), 3),
        "speedup_2_vs_fastest_1": round(_speed(two) / _speed(fastest_one), 3),
    }
    if spawn:
        result["speedup_2_vs_1_spawn"] = round(
            _speed(runs["spawn_two_workers"]) / _speed(runs["spawn_one_worker"]), 3
        )
    result["targets"] = {
        "speedup_2_vs_1_ge_1.6": result["speedup_2_vs_1"] >= 1.6,
        "overhead_le_10pct_one_worker": runs["one_worker"]["overhead_ratio"] <= 0.10,
        "overhead_le_10pct_two_workers": two["overhead_ratio"] <= 0.10,
        "peak_rss_le_1gb": max(two["peak_rss_mb_per_worker"], default=0) <= 1024,
    }
    console.print(
        f"[bold]batch[/bold] {items} items from corpora/demo, {cores} cores, "
        f"load average {result['load_before']} before / {result['load_after']} after; "
        f"lexicon index ready in {lexicon_s:.2f} s"
    )
    wf, lx = first_lookups["wordfreq"], first_lookups["lexicon"]
    console.print(
        f"  first frequency lookup in {', '.join(LANGS)}, fresh process: wordfreq "
        f"{wf['cpu_s']} s CPU, +{wf['rss_growth_mb']} MB; provenance.util.lexicon "
        f"{lx['cpu_s']} s CPU, +{lx['rss_growth_mb']} MB"
    )
    sm, ll = first_lemmas["simplemma"], first_lemmas["lexicon-lemma"]
    console.print(
        f"  first lemma lookup in {', '.join(LEMMA_LANGS)}, fresh process: simplemma "
        f"{sm['cpu_s']} s CPU, +{sm['rss_growth_mb']} MB; provenance.util.lexicon "
        f"{ll['cpu_s']} s CPU, +{ll['rss_growth_mb']} MB"
    )
    for r in runs.values():
        _print(console, r)
    console.print(
        f"  speed-up 2 workers vs 1 worker: {result['speedup_2_vs_1']:.2f}x; vs the faster "
        f"1-worker run: {result['speedup_2_vs_fastest_1']:.2f}x"
        + (
            f" (spawn: {result['speedup_2_vs_1_spawn']:.2f}x)"
            if "speedup_2_vs_1_spawn" in result
            else ""
        )
        + f"; CPU per item {two['cpu_per_item_s']} s vs {runs['one_worker']['cpu_per_item_s']} s"
    )
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def _speed(run: dict[str, Any]) -> float:
    return run["items_per_s"]
