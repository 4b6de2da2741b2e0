"""`provenance bench quotes`: does `verify_quote` find where quotes come from, and how fast?

Two sets, read from the current directory (or `--corpus`), never from the installed package:

- the demo chain (`corpora/demo`): every direct quote of `3.en.txt` is looked up in
  `1.de.txt` → `2.ru.txt`; the right source sentences are those `provenance check` aligns
  with the quote's sentences (an independent aligner), and the quote's verdict is scored
  against the planted `quote` drift of `expected.json`;
- WMT21 (`../shared/corpora/wmt21`): quotes drawn deterministically from professional
  reference translations, each looked up in the 1,000-line source as one document: a whole
  line, one clause of a line, or two consecutive lines merged. Right = the top candidate is
  exactly the source line(s) of the reference line(s) (or the same text). The headline is
  50 quotes (seed 17); one quote there is 0.02, so a change is judged on a larger draw too
  (`--count 400`: the 50 are its first ten per pair) and on other seeds (`--seed 0`, `1`).

Timing: the first call per source embeds it (and caches it); every later quote is timed.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from provenance.errors import UsageError

# (folder, source file, reference file): five language pairs, every language as quote and source.
PAIRS = (
    ("de-en", "source.de", "ref-A.en"),
    ("ru-en", "source.ru", "ref-A.en"),
    ("de-fr", "source.de", "ref-A.fr"),
    ("fr-de", "source.fr", "ref-A.de"),
    ("en-de-ru", "source.en", "ref-A.ru"),
)
KINDS = ("sentence", "clause", "merged")
SEED = 17
COUNT = 50  # the headline sample: ten quotes per language pair
MIN_WORDS = 6
_CLAUSE = re.compile(r"(?<=\w)[,;:]\s+")
_WORDS = re.compile(r"\w+")


@dataclass
class Probe:
    pair: str
    kind: str
    quote: str
    expected: list[int]  # source line numbers (0-based)


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


def per_pair_counts(count: int, pairs=PAIRS) -> list[int]:
    """`count` quotes spread over the pairs as evenly as possible (the first pairs take the
    remainder)."""
    base, extra = divmod(max(0, count), len(pairs))
    return [base + (k < extra) for k in range(len(pairs))]


def draw_probes(
    corpus: Path, per_pair: int | Sequence[int] = 10, pairs=PAIRS, seed: int = SEED
) -> list[Probe]:
    """Deterministic quotes from the references: kinds in turn, random lines (seeded per
    pair, so a larger draw begins with the smaller one)."""
    counts = [per_pair] * len(pairs) if isinstance(per_pair, int) else list(per_pair)
    probes = []
    for (folder, src_name, ref_name), wanted in zip(pairs, counts, strict=True):
        src = (corpus / folder / src_name).read_text(encoding="utf-8").split("\n")
        ref = (corpus / folder / ref_name).read_text(encoding="utf-8").split("\n")
        n = min(len(src), len(ref))
        rng = random.Random(f"{seed}:{folder}:{ref_name}")
        taken: set[int] = set()
        k = tries = 0
        while k < wanted:
            tries += 1
            if tries > 100 * n:
                raise UsageError(
                    f"cannot draw {wanted} quotes from {corpus / folder / ref_name}",
                    hint="ask for fewer with --count",
                )
            kind = KINDS[k % len(KINDS)]
            i = rng.randrange(0, n - 1)
            if i in taken or i + 1 in taken or _words(ref[i]) < MIN_WORDS:
                continue
            if kind == "sentence":
                probe = Probe(folder, kind, ref[i].strip(), [i])
            elif kind == "merged":
                if _words(ref[i + 1]) < MIN_WORDS or not src[i + 1].strip():
                    continue
                probe = Probe(folder, kind, f"{ref[i].strip()} {ref[i + 1].strip()}", [i, i + 1])
            else:
                clauses = [c for c in _CLAUSE.split(ref[i]) if _words(c) >= MIN_WORDS]
                if len(_CLAUSE.split(ref[i])) < 2 or not clauses:
                    continue
                probe = Probe(folder, kind, max(clauses, key=len).strip(), [i])
            taken.update(probe.expected)
            probes.append(probe)
            k += 1
    return probes


def _lang_of(folder: str, column: int) -> str:
    """The language of a pair's source (column 1) or reference (column 2) file."""
    return next(row[column] for row in PAIRS if row[0] == folder).rsplit(".", 1)[1]


def _source_path(corpus: Path, folder: str) -> Path:
    return corpus / folder / next(s for f, s, _ in PAIRS if f == folder)


def run_wmt(
    corpus: Path, per_pair: int | Sequence[int] = 10, pairs=PAIRS, seed: int = SEED
) -> dict:
    from provenance.desk.quote import verify_quote

    probes = draw_probes(corpus, per_pair, pairs, seed)
    first: dict[str, float] = {}
    warm: list[float] = []
    rows = []
    for p in probes:
        path = _source_path(corpus, p.pair)
        lines = path.read_text(encoding="utf-8").split("\n")
        t = time.perf_counter()
        langs = [_lang_of(p.pair, 2), _lang_of(p.pair, 1)]  # the quote's, the source's
        res = verify_quote(p.quote, [str(path)], langs=langs, presplit=True)
        took = time.perf_counter() - t
        if p.pair not in first:
            first[p.pair] = took
        else:
            warm.append(took)
        top = [c.sentences for c in res.candidates[:3]]
        want = " ".join(lines[i] for i in p.expected)
        hit1 = bool(top) and (top[0] == p.expected or " ".join(lines[i] for i in top[0]) == want)
        rows.append(
            {
                **asdict(p),
                "top": top,
                "score": round(res.candidates[0].score, 4) if res.candidates else None,
                "top1": hit1,
                "top1_overlap": bool(top) and bool(set(top[0]) & set(p.expected)),
                "top3": any(t == p.expected for t in top) or hit1,
                "seconds": round(took, 3),
            }
        )
    result = _summary(rows, first, warm)
    # On a shared machine seconds say little alone: the same moment's cost of one encoder
    # call on one sentence is the unit a quote's time is measured in.
    result["one_encode_seconds"] = _encode_latency([p.quote for p in probes[:10]])
    if warm and result["one_encode_seconds"]:
        result["quote_in_encodes"] = round(
            statistics.median(warm) / result["one_encode_seconds"], 2
        )
    return result


def _encode_latency(texts: list[str]) -> float:
    from provenance.embed import get_encoder

    encoder = get_encoder()
    times = []
    for text in texts:
        t = time.perf_counter()
        encoder.encode([text])
        times.append(time.perf_counter() - t)
    return round(statistics.median(times), 3) if times else 0.0


def _summary(rows: list[dict], first: dict[str, float], warm: list[float]) -> dict:
    n = len(rows)
    by_kind = {
        k: round(
            sum(r["top1"] for r in rows if r["kind"] == k)
            / max(1, sum(r["kind"] == k for r in rows)),
            4,
        )
        for k in KINDS
    }
    return {
        "quotes": n,
        "top1": round(sum(r["top1"] for r in rows) / max(n, 1), 4),
        "top1_overlap": round(sum(r["top1_overlap"] for r in rows) / max(n, 1), 4),
        "top3": round(sum(r["top3"] for r in rows) / max(n, 1), 4),
        "top1_by_kind": by_kind,
        "first_call_seconds": {k: round(v, 2) for k, v in first.items()},
        "warm_seconds": _timing(warm),
        "misses": [r for r in rows if not r["top1"]],
        "rows": rows,
    }


def _timing(values: list[float]) -> dict:
    if not values:
        return {}
    s = sorted(values)
    return {
        "median": round(statistics.median(s), 3),
        "p90": round(s[int(0.9 * (len(s) - 1))], 3),
        "max": round(s[-1], 3),
        "under_1s": round(sum(v < 1.0 for v in s) / len(s), 4),
    }


def run_demo(demo: Path) -> dict:
    """Every direct quote of the demo's final text, looked up in the earlier documents."""
    from provenance import speech as sp
    from provenance.desk.quote import verify_quote
    from provenance.pipeline import check

    expected = json.loads((demo / "expected.json").read_text(encoding="utf-8"))
    paths = [str(demo / name) for name in expected["documents"]]
    report = check(paths, expected["langs"])
    final = report.documents[-1]
    row_of = {sid: a for a in report.alignments for sid in a.sentences[-1]}
    planted = [d for d in expected["drifts"] if d["type"] == "quote"]
    rows = []
    warm = []
    for q in (ds for ds in sp.document_speech(final) if ds.kind == "direct"):
        aligned = [row_of[s] for s in q.sentences if s in row_of]
        t = time.perf_counter()
        langs = [expected["langs"][-1], *expected["langs"][:-1]]  # the quote's first
        res = verify_quote(q.words, paths[:-1], speaker=q.speaker, langs=langs)
        warm.append(time.perf_counter() - t)
        found = []
        for d, cand in enumerate(res.trace):
            want = {s for a in aligned for s in a.sentences[d]}
            found.append(cand is not None and set(cand.sentences) <= want and bool(want))
        quote_sentences = " ".join(final.sentences[s] for s in q.sentences)
        drift = next((p for p in planted if p["contains"] in quote_sentences), None)
        rows.append(
            {
                "quote": q.words,
                "found": all(found),
                "verdict": res.verdict,
                "hop": res.hop,
                "planted": drift["id"] if drift else None,
                "verdict_ok": (res.verdict == "faithful") == (drift is None)
                and (drift is None or res.hop == drift["hop"]),
                "seconds": round(warm[-1], 3),
            }
        )
    return {
        "quotes": len(rows),
        "found": sum(r["found"] for r in rows),
        "verdicts_ok": sum(r["verdict_ok"] for r in rows),
        "warm_seconds": _timing(warm[1:]),
        "rows": rows,
    }


def main(
    corpus: Path | None,
    demo: Path | None,
    json_out: Path | None,
    count: int = COUNT,
    seed: int = SEED,
    per_pair: int | None = None,
) -> dict:
    corpus = corpus or Path.cwd().parent / "shared" / "corpora" / "wmt21"
    demo = demo or Path.cwd() / "corpora" / "demo"
    if not (corpus / "de-en" / "source.de").is_file():
        raise UsageError(f"no WMT21 corpus under {corpus}", hint="pass --corpus DIR (…/wmt21)")
    if not (demo / "expected.json").is_file():
        raise UsageError(
            f"no demo chain under {demo}", hint="run from the repository or pass --demo"
        )
    counts = per_pair if per_pair is not None else per_pair_counts(count)
    result = {"demo": run_demo(demo), "wmt21": run_wmt(corpus, counts, seed=seed)}
    d, w = result["demo"], result["wmt21"]
    print(
        f"demo chain: {d['found']}/{d['quotes']} quotes found in de and ru, "
        f"{d['verdicts_ok']}/{d['quotes']} verdicts right; "
        f"warm median {d['warm_seconds'].get('median')} s"
    )
    print(
        f"wmt21: {w['quotes']} quotes (seed {seed}), top-1 {w['top1']:.3f} "
        f"(by kind {w['top1_by_kind']}), top-1 overlapping {w['top1_overlap']:.3f}, "
        f"top-3 {w['top3']:.3f}"
    )
    t = w["warm_seconds"]
    print(
        f"time per quote after the first call: median {t['median']} s, p90 {t['p90']} s, "
        f"max {t['max']} s, under 1 s: {t['under_1s']:.0%}; first calls {w['first_call_seconds']}"
    )
    print(
        f"one encoder call on one sentence now: {w['one_encode_seconds']} s; a quote costs "
        f"{w.get('quote_in_encodes')} of them (median)"
    )
    for m in w["misses"]:
        print(
            f"  miss {m['pair']} {m['kind']}: {m['quote'][:70]!r} "
            f"want {m['expected']} got {m['top'][:1]}"
        )
    if json_out:
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return result
