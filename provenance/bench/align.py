"""`provenance bench align`: Text+Berg accuracy, speed against encode-once, scaling, memory.

Everything is computed in one run, from raw text:

- strict/lax P/R/F1 (Sennrich & Volk 2011) over the seven Text+Berg documents;
- align-all time (embedding included, through a fresh per-run cache) against the
  encode-once time of the same sentences, and their ratio — process CPU time (the
  target) and wall time, medians of 3 alternating runs;
- determinism: the 3 alignments of every document must be identical;
- scaling (optional): in a child process, the whole corpus concatenated (1×) and ten
  times over (~10,000 sentences a side) is aligned as one pair; the 10× time is compared
  with linear extrapolation from the 1× time (CPU and wall), and the child's peak RSS
  (model included) is reported. Each
  copy's sentences carry a copy mark (" ·k") so the embedding cache cannot reuse the
  first copy's vectors — the encoder really sees 10× the text.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from provenance.align import align_pair
from provenance.align.score import read_gold, score_alignments
from provenance.bench.corpora import shared
from provenance.embed import CachedEncoder, get_encoder

BERTALIGN = {"f1_strict": 0.936, "precision_strict": 0.932, "recall_strict": 0.941, "f1_lax": 0.989}
SCALE_COPIES = 10
REPEATS = 3  # encode-once / align-all alternations (medians; also the determinism check)


@dataclass
class Doc:
    name: str
    src: list[str]
    tgt: list[str]
    gold: list[tuple[list[int], list[int]]]


def default_corpus() -> Path:
    """../shared/corpora/textberg beside the working directory (the repository root)."""
    return shared("textberg")


def load_corpus(corpus: Path) -> list[Doc]:
    from provenance.errors import UsageError

    if not (corpus / "gold").is_dir():
        raise UsageError(
            f"no gold alignments under {corpus}", hint="pass --corpus DIR with de/, fr/, gold/"
        )
    docs = []
    for gold in sorted((corpus / "gold").iterdir()):
        src = (corpus / "de" / gold.name).read_text(encoding="utf-8").splitlines()
        tgt = (corpus / "fr" / gold.name).read_text(encoding="utf-8").splitlines()
        docs.append(Doc(gold.name, src, tgt, read_gold(gold)))
    return docs


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def scale_worker(corpus: str, copies: int) -> dict:
    """Run in a child process: 1× and `copies`× concatenated corpus, time and peak RSS."""
    docs = load_corpus(Path(corpus))
    encoder = get_encoder()
    encoder.encode(["warm-up"])
    rss_model = _peak_rss_mb()

    def build(k: int) -> tuple[list[str], list[str]]:
        src, tgt = [], []
        for c in range(k):
            mark = f" ·{c}" if c else ""
            for d in docs:
                src += [s + mark for s in d.src]
                tgt += [t + mark for t in d.tgt]
        return src, tgt

    out = {}
    for label, k in (("1x", 1), (f"{copies}x", copies)):
        src, tgt = build(k)
        t0, c0 = time.perf_counter(), time.process_time()
        align_pair(src, tgt, CachedEncoder(encoder))
        out[label] = {
            "src": len(src),
            "tgt": len(tgt),
            "seconds": time.perf_counter() - t0,
            "cpu_seconds": time.process_time() - c0,
        }
    one, big = out["1x"], out[f"{copies}x"]
    factor = (big["src"] + big["tgt"]) / (one["src"] + one["tgt"])
    out["predicted_seconds"] = one["seconds"] * factor
    out["predicted_cpu_seconds"] = one["cpu_seconds"] * factor
    out["time_vs_linear_wall"] = big["seconds"] / out["predicted_seconds"]
    out["time_vs_linear"] = big["cpu_seconds"] / out["predicted_cpu_seconds"]
    out["peak_rss_mb"] = _peak_rss_mb()
    out["rss_after_model_mb"] = rss_model
    return out


def _run_scale(corpus: Path) -> dict:
    code = (
        "import json, sys; from provenance.bench.align import scale_worker; "
        f"print(json.dumps(scale_worker({str(corpus)!r}, {SCALE_COPIES})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(
    corpus: Path | None = None,
    json_out: Path | None = None,
    scale: bool = True,
    compare: bool = False,
) -> dict:
    corpus = corpus or default_corpus()
    docs = load_corpus(corpus)
    encoder = get_encoder()
    encoder.encode(["warm-up"])  # model load is not part of either timing
    n_sents = sum(len(d.src) + len(d.tgt) for d in docs)

    # CPU time of this process (all its threads) as well as wall time: the machine is
    # shared, and a busy neighbour must not count as the aligner's cost. Encode-once and
    # align-all alternate REPEATS times, each with a fresh cache; medians are reported.
    enc_wall, enc_cpu, al_wall, al_cpu, runs = [], [], [], [], []
    for _ in range(REPEATS):
        t0, c0 = time.perf_counter(), time.process_time()
        once = CachedEncoder(encoder)
        for d in docs:
            once.encode(d.src)
            once.encode(d.tgt)
        enc_wall.append(time.perf_counter() - t0)
        enc_cpu.append(time.process_time() - c0)

        cached = CachedEncoder(encoder)
        t0, c0 = time.perf_counter(), time.process_time()
        runs.append([align_pair(d.src, d.tgt, cached) for d in docs])
        al_wall.append(time.perf_counter() - t0)
        al_cpu.append(time.process_time() - c0)
    encode_s, encode_cpu = statistics.median(enc_wall), statistics.median(enc_cpu)
    align_s, align_cpu = statistics.median(al_wall), statistics.median(al_cpu)
    merged_texts = cached.encoded - once.encoded
    hyp = runs[0]
    scores = score_alignments([d.gold for d in docs], hyp)

    result: dict = {
        "corpus": str(corpus),
        "documents": len(docs),
        "sentences": n_sents,
        "scores": scores.as_dict(),
        "bertalign_labse": BERTALIGN,
        "align_seconds": round(align_s, 3),
        "encode_once_seconds": round(encode_s, 3),
        "align_over_encode_wall": round(align_s / encode_s, 3),
        "align_cpu_seconds": round(align_cpu, 3),
        "encode_once_cpu_seconds": round(encode_cpu, 3),
        "align_over_encode": round(align_cpu / encode_cpu, 3),
        "sentences_per_second": round(n_sents / align_s, 1),
        "merged_blocks_encoded": merged_texts,
        "repeats": REPEATS,
        "deterministic": all(r == hyp for r in runs[1:]),
    }
    if scale:
        result["scaling"] = _run_scale(corpus)
    _print(result)
    if compare:
        from provenance.bench.align_variants import compare_variants

        result["variants"] = compare_variants(docs, encoder)
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def _print(r: dict) -> None:
    s = r["scores"]
    lines = [
        f"Text+Berg de-fr: {r['documents']} documents, {r['sentences']} sentences ({r['corpus']})",
        "            strict  lax    (Bertalign+LaBSE strict 0.936, lax 0.989)",
        f"precision   {s['precision_strict']:.3f}   {s['precision_lax']:.3f}",
        f"recall      {s['recall_strict']:.3f}   {s['recall_lax']:.3f}",
        f"F1          {s['f1_strict']:.3f}   {s['f1_lax']:.3f}",
        f"align-all {r['align_seconds']:.2f} s ({r['sentences_per_second']:.0f} sentences/s), "
        f"encode-once {r['encode_once_seconds']:.2f} s "
        f"(wall ratio {r['align_over_encode_wall']:.2f}); "
        f"CPU {r['align_cpu_seconds']:.2f} s vs {r['encode_once_cpu_seconds']:.2f} s, "
        f"ratio {r['align_over_encode']:.2f} ({r['merged_blocks_encoded']} merged blocks encoded)",
        f"deterministic: {r['deterministic']}",
    ]
    if "scaling" in r:
        sc = r["scaling"]
        big = next(v for k, v in sc.items() if k.endswith("x") and k != "1x")
        one = sc["1x"]
        lines.append(
            f"scaling: 1x {one['src']}/{one['tgt']} sentences CPU {one['cpu_seconds']:.1f} s; "
            f"{big['src']}/{big['tgt']} sentences CPU {big['cpu_seconds']:.1f} s vs linear "
            f"{sc['predicted_cpu_seconds']:.1f} s = {sc['time_vs_linear']:.2f}x "
            f"(wall {big['seconds']:.1f} s vs {sc['predicted_seconds']:.1f} s = "
            f"{sc['time_vs_linear_wall']:.2f}x); "
            f"peak RSS {sc['peak_rss_mb']:.0f} MB (model loaded: {sc['rss_after_model_mb']:.0f} MB)"
        )
    print("\n".join(lines))
