"""`provenance bench batch`: throughput of 1 vs 2 local workers, per-item overhead, and peak
memory per worker, on an archive generated from the demo chain (corpora/demo).

The archive is built in a temporary directory: each item is the demo chain's paragraphs
drawn (seeded) with repetition and reordered — the same draw in every document, so each
item is a consistent de → ru → en chain, a short news item (3–6 paragraphs, about 6–11
sentences a document).

Figures:
- throughput: items / wall time of the whole run (scan, worker start-up and model load
  included), on fresh output directories, for one worker (1 BLAS thread, the default; and
  one BLAS thread per core) and two workers (1 BLAS thread each); the speed-up is two
  workers against the faster one-worker run;
- per-item overhead: (wall time − time spent checking) / items in the 1-worker run, i.e.
  start-up, reading and hashing files, shipping items, writing JSONL and SQLite — as a
  share of the mean check time; also split into start-up and the rest, and the writer's
  own storage time per item;
- peak RSS of each worker process (ru_maxrss, reported by the worker).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console

from provenance.batch import BatchOptions, run_batch

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "corpora" / "demo"


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


def _run(archive: Path, out: Path, workers: int, threads: int | None = None) -> dict[str, Any]:
    opts = BatchOptions(
        archive=archive, out=out, workers=workers, resume=False, blas_threads=threads
    )
    stats = run_batch(opts, console=Console(stderr=True, quiet=True))
    n = stats.checked
    check_mean = statistics.fmean(stats.item_seconds) if stats.item_seconds else 0.0
    startup = max(stats.startup_seconds.values(), default=0.0)
    # Worker time not spent checking, spread over the items (per worker, so that the figure
    # means the same with 1 and 2 workers).
    overhead = (stats.seconds * workers - sum(stats.item_seconds)) / n
    return {
        "workers": workers,
        "blas_threads": threads or 1,
        "items": n,
        "errors": stats.errors,
        "wall_s": round(stats.seconds, 2),
        "items_per_s": round(n / stats.seconds, 3),
        "check_mean_s": round(check_mean, 4),
        "cpu_per_item_s": round(statistics.fmean(stats.item_cpu_seconds), 4)
        if stats.item_cpu_seconds
        else None,
        "startup_s": round(startup, 2),
        "scan_s": round(stats.scan_seconds, 3),
        "overhead_per_item_s": round(overhead, 4),
        "overhead_ratio": round(overhead / check_mean, 3) if check_mean else None,
        "overhead_ratio_without_startup": round((overhead - startup * workers / n) / check_mean, 3)
        if check_mean
        else None,
        "store_per_item_ms": round(1000 * stats.store_seconds / n, 2),
        "peak_rss_mb_per_worker": sorted(round(v) for v in stats.peak_rss_mb.values()),
    }


def main(items: int = 200, json_out: Path | None = None) -> dict[str, Any]:
    console = Console()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="provenance-bench-batch-") as tmp:
        archive = build_archive(Path(tmp) / "archive", items)
        # One worker twice: with the default single BLAS thread, and with one BLAS thread per
        # core (the alternative for a lone worker); the speed-up is against the faster.
        cores = len(os.sched_getaffinity(0))
        one_single = _run(archive, Path(tmp) / "out1", 1)
        one_multi = _run(archive, Path(tmp) / "out1t", 1, threads=cores)
        two = _run(archive, Path(tmp) / "out2", 2)
    one = max(one_single, one_multi, key=lambda r: r["items_per_s"])
    result = {
        "items": items,
        "cores": len(os.sched_getaffinity(0)),
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "one_worker": one_single,
        "one_worker_threads_per_core": one_multi,
        "two_workers": two,
        "speedup_2_vs_1": round(two["items_per_s"] / one["items_per_s"], 3),
    }
    console.print(
        f"[bold]batch[/bold] {items} items from corpora/demo, {result['cores']} cores, "
        f"load average {result['load_before']} before / {result['load_after']} after"
    )
    for r in (one_single, one_multi, two):
        console.print(
            f"  {r['workers']} worker(s) x {r['blas_threads']} BLAS thread(s): "
            f"{r['items_per_s']:.2f} items/s (wall {r['wall_s']} s, "
            f"start-up {r['startup_s']} s), check {1000 * r['check_mean_s']:.0f} ms/item "
            f"(CPU {1000 * (r['cpu_per_item_s'] or 0):.0f} ms), "
            f"overhead {1000 * r['overhead_per_item_s']:.1f} ms/item "
            f"= {r['overhead_ratio']:.1%} of check "
            f"({r['overhead_ratio_without_startup']:.1%} without start-up; "
            f"storage {r['store_per_item_ms']} ms), "
            f"peak RSS per worker {r['peak_rss_mb_per_worker']} MB"
        )
    console.print(
        f"  speed-up 2 workers vs the faster 1-worker run: {result['speedup_2_vs_1']:.2f}x; "
        f"CPU per item {two['cpu_per_item_s']} s vs {one_single['cpu_per_item_s']} s"
    )
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
