"""`provenance bench compare`: same-language comparison on WMT21's independent references.

Two professional translations of one source (ref-A against ref-B, ref-A.de against
ref-C.de) are faithful to each other: every critical/major flag `compare` raises on them is
a false alarm. Planted changes (the real-text drift suite's planters, applied to the
second reference) measure recall. Three parts:

- `lines`: the references line by line as pre-aligned rows: share of rows flagged
  critical/major (target ≤ 3 %);
- `aligned`: consecutive windows of lines through `compare`'s aligner, with embeddings
  alone and mixed with character 3-grams: share of gold 1-1 rows recovered, flag rate;
- `planted`: number, date, name and negation changes planted into the B side: recall at
  critical/major (target ≥ 0.90). The planters see B as the translation of the WMT
  source, as in the real-text drift suite (so a "name" is a word named on both sides of a
  translation, not any capitalised German noun); the planted B is compared with A.

`half` splits every file at its middle line: "first" is the development half, "second"
the held-out one (`--half`).
"""

from __future__ import annotations

import dataclasses
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.bench.corpora import require, shared
from provenance.bench.real import read_lines
from provenance.model import Document

SERIOUS = ("critical", "major")
PLANTED_KINDS: dict[str, tuple[str, ...]] = {
    "number": ("number",),
    "date": ("date",),
    "name_swapped": ("entity",),
    "negation": ("negation",),
}
WINDOW = 40  # lines per aligner window
PARTS = ("lines", "aligned", "planted")


@dataclass(frozen=True)
class RefPair:
    name: str  # "de-en"
    folder: str
    lang: str
    a: str  # file names
    b: str
    source: str  # the WMT source both translate
    src_lang: str


REF_PAIRS = (
    RefPair("de-en", "de-en", "en", "ref-A.en", "ref-B.en", "source.de", "de"),
    RefPair("ru-en", "ru-en", "en", "ref-A.en", "ref-B.en", "source.ru", "ru"),
    RefPair("en-de", "en-de-ru", "de", "ref-A.de", "ref-C.de", "source.en", "en"),
    RefPair("en-ru", "en-de-ru", "ru", "ref-A.ru", "ref-B.ru", "source.en", "en"),
)
HALVES = ("first", "second")


def load_refs(
    corpus: Path, rp: RefPair, limit: int | None, half: str | None = None
) -> list[tuple[int, str, str]]:
    """(1-based line, A, B) of every line where both references hold text: the first
    `limit` lines of the file, or of its first or second `half`."""
    a = read_lines(require(corpus / rp.folder / rp.a, "WMT21 reference"))
    b = read_lines(require(corpus / rp.folder / rp.b, "WMT21 reference"))
    first, last = _line_range(len(a), limit, half)
    return [
        (n, x.strip(), y.strip())
        for n, (x, y) in enumerate(zip(a, b, strict=True), 1)
        if first <= n <= last and x.strip() and y.strip()
    ]


def _line_range(lines: int, limit: int | None, half: str | None) -> tuple[int, int]:
    """The 1-based line range [first, last] to read."""
    first, last = 1, lines
    if half is not None:
        if half not in HALVES:
            raise ValueError(f"half must be one of {HALVES}, not {half!r}")
        middle = lines // 2
        first, last = (1, middle) if half == "first" else (middle + 1, lines)
    if limit:
        last = min(last, first + limit - 1)
    return first, last


def load_sources(corpus: Path, rp: RefPair) -> list[str]:
    return read_lines(require(corpus / rp.folder / rp.source, "WMT21 source"))


def _pair_docs(lang: str, a: Sequence[str], b: Sequence[str]) -> list[Document]:
    return [Document("A", lang, list(a)), Document("B", lang, list(b))]


def _serious_rows(cr) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for f in cr.flags:
        if f.severity in SERIOUS:
            out[f.alignment].append(f)
    return out


def _flag_dict(f) -> dict[str, Any]:
    return {
        "type": f.type,
        "severity": f.severity,
        "message": f.message,
        "why": f.detail.get("same_language", ""),
    }


def run_lines(encoder, rp: RefPair, refs, dump: list | None = None) -> dict[str, Any]:
    from provenance.comparison.run import compare_documents

    docs = _pair_docs(rp.lang, [r[1] for r in refs], [r[2] for r in refs])
    t0 = time.perf_counter()
    cr = compare_documents(docs, encoder, rows=[[[i], [i]] for i in range(len(refs))])
    serious = _serious_rows(cr)
    types = Counter(f.type for fs in serious.values() for f in fs)
    examples = [
        {
            "line": refs[rid][0],
            "a": refs[rid][1],
            "b": refs[rid][2],
            "flags": [f"{f.severity} {f.type}: {f.message}" for f in fs],
        }
        for rid, fs in list(serious.items())[:5]
    ]
    if dump is not None:
        dump.extend(
            {
                "part": "lines",
                "pair": rp.name,
                "line": refs[rid][0],
                "a": refs[rid][1],
                "b": refs[rid][2],
                "flags": [_flag_dict(f) for f in fs],
            }
            for rid, fs in sorted(serious.items())
        )
    return {
        "rows": len(refs),
        "serious_rows": len(serious),
        "serious_share": round(len(serious) / max(1, len(refs)), 4),
        "by_type": dict(types.most_common()),
        "chrf": cr.to_dict()["summary"]["chrf"],
        "ter": cr.to_dict()["summary"]["ter"],
        "seconds": round(time.perf_counter() - t0, 1),
        "signature": cr.signature,
        "examples": examples,
    }


def run_aligned(encoder, rp: RefPair, refs, mixes: Sequence[float]) -> dict[str, Any]:
    """Windows of `WINDOW` lines through the aligner; gold is line i ↔ line i."""
    from provenance.comparison.run import compare_documents

    out = {}
    for mix in mixes:
        gold_hit = gold = rows = serious = 0
        for first in range(0, len(refs), WINDOW):
            win = refs[first : first + WINDOW]
            docs = _pair_docs(rp.lang, [r[1] for r in win], [r[2] for r in win])
            cr = compare_documents(docs, encoder, mix=mix)
            got = {(tuple(r.sentences[0]), tuple(r.sentences[1])) for r in cr.rows}
            gold += len(win)
            gold_hit += sum(1 for i in range(len(win)) if ((i,), (i,)) in got)
            rows += len(cr.rows)
            serious += len(_serious_rows(cr))
        out[f"{mix:g}"] = {
            "gold_1to1_recovered": round(gold_hit / max(1, gold), 4),
            "rows": rows,
            "serious_share": round(serious / max(1, rows), 4),
        }
    return out


def planted_items(rp: RefPair, refs, seed: int, per_kind: int, sources: Sequence[str] = ()):
    """The drift suite's planters on the B side, B read as the translation of the WMT
    source (`sources`, all the source file's lines) as in the real-text drift suite;
    without sources, A plays the source. Each item's `source` is then set to A: the
    comparison is A against the planted B."""
    from provenance.bench import realdrift as rd

    by_line = {n: a for n, a, _ in refs}
    if sources:
        rows = [rd.Row("B", n, sources[n - 1].strip(), b) for n, _, b in refs]
        ctx = rd.Ctx(rp.name, rp.src_lang, rp.lang, [r for r in rows if r.source])
    else:
        ctx = rd.Ctx(rp.name, rp.lang, rp.lang, [rd.Row("B", n, a, b) for n, a, b in refs])
    ctx.lower_vocab = {
        m.group()
        for r in ctx.rows
        for t in (r.source, r.translation)
        for m in rd.words(t)
        if m.group().islower()
    }
    rd._prepare_names(ctx)
    items = []
    for kind in PLANTED_KINDS:
        rng = random.Random(f"{seed}:compare:{rp.name}:{kind}")
        order = list(ctx.rows)
        rng.shuffle(order)
        taken = 0
        for row in order:
            if taken >= per_kind:
                break
            item = rd.plant(ctx, row, kind, rng)
            if item is not None:
                items.append(dataclasses.replace(item, source=by_line[row.line], src_lang=rp.lang))
                taken += 1
    return items


def run_planted(
    encoder,
    rp: RefPair,
    refs,
    seed: int,
    per_kind: int,
    sources: Sequence[str] = (),
    dump: list | None = None,
) -> dict[str, Any]:
    from provenance.comparison.run import compare_documents

    items = planted_items(rp, refs, seed, per_kind, sources)
    if not items:
        return {}
    # The planted rows among the untouched others, so the pair's statistics are real.
    docs = _pair_docs(
        rp.lang,
        [r[1] for r in refs] + [it.source for it in items],
        [r[2] for r in refs] + [it.perturbed for it in items],
    )
    n = len(docs[0].sentences)
    cr = compare_documents(docs, encoder, rows=[[[i], [i]] for i in range(n)])
    serious = _serious_rows(cr)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    by_row: dict[int, list] = defaultdict(list)
    for f in cr.flags:
        by_row[f.alignment].append(f)
    for k, it in enumerate(items):
        rid = len(refs) + k
        hit = any(f.type in PLANTED_KINDS[it.kind] for f in serious.get(rid, []))
        per[it.kind][0] += hit
        per[it.kind][1] += 1
        if not hit and len(missed) < 12:
            missed.append({"kind": it.kind, "note": it.note, "b": it.perturbed})
        if dump is not None:
            dump.append(
                {
                    "part": "planted",
                    "pair": rp.name,
                    "kind": it.kind,
                    "line": it.line,
                    "caught": hit,
                    "note": it.note,
                    "a": it.source,
                    "b": it.perturbed,
                    "b_original": it.original,
                    "flags": [_flag_dict(f) for f in by_row.get(rid, [])],
                }
            )
    return {
        kind: {"caught": c, "items": t, "recall": round(c / t, 4)} for kind, (c, t) in per.items()
    } | {"_missed": missed}


def run(
    corpus: Path | None = None,
    *,
    limit: int | None = None,
    half: str | None = None,
    seed: int = 0,
    per_kind: int = 40,
    parts: Sequence[str] = PARTS,
    dump: list | None = None,
) -> dict[str, Any]:
    """The figures; with `dump` (a list), every flagged faithful row and every planted
    item (caught or not, with all its row's flags) is appended to it."""
    from provenance.embed import get_encoder

    root = Path(corpus) if corpus is not None else shared("wmt21")
    require(root, "WMT21 corpus")
    encoder = get_encoder()
    result: dict[str, Any] = {"corpus": str(root), "seed": seed, "half": half, "pairs": {}}
    for rp in REF_PAIRS:
        refs = load_refs(root, rp, limit, half)
        entry: dict[str, Any] = {"a": rp.a, "b": rp.b, "lang": rp.lang}
        if "lines" in parts:
            entry["lines"] = run_lines(encoder, rp, refs, dump)
        if "aligned" in parts:
            entry["aligned"] = run_aligned(encoder, rp, refs[: 10 * WINDOW], (1.0, 0.5))
        if "planted" in parts:
            sources = load_sources(root, rp)
            entry["planted"] = run_planted(encoder, rp, refs, seed, per_kind, sources, dump)
        result["pairs"][rp.name] = entry
    result["summary"] = _summary(result["pairs"])
    return result


def _summary(pairs: dict[str, Any]) -> dict[str, Any]:
    rows = sum(p["lines"]["rows"] for p in pairs.values() if "lines" in p)
    serious = sum(p["lines"]["serious_rows"] for p in pairs.values() if "lines" in p)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in pairs.values():
        for kind, v in p.get("planted", {}).items():
            if not kind.startswith("_"):
                per[kind][0] += v["caught"]
                per[kind][1] += v["items"]
    return {
        "serious_share": round(serious / max(1, rows), 4) if rows else None,
        "recall": {k: round(c / t, 4) for k, (c, t) in per.items()},
    }


def print_report(result: dict[str, Any]) -> None:
    half = f", {result['half']} half of each file" if result.get("half") else ""
    print(f"provenance bench compare — {result['corpus']} (seed {result['seed']}{half})")
    for name, p in result["pairs"].items():
        print(f"\n{name}: {p['a']} vs {p['b']} ({p['lang']})")
        if "lines" in p:
            ln = p["lines"]
            print(
                f"  line by line: {ln['serious_rows']}/{ln['rows']} rows critical/major "
                f"({100 * ln['serious_share']:.1f} %) {ln['by_type']}; chrF {ln['chrf']}, "
                f"TER {ln['ter']}"
            )
        for mix, v in p.get("aligned", {}).items():
            print(
                f"  aligner (embedding weight {mix}): gold 1-1 rows recovered "
                f"{100 * v['gold_1to1_recovered']:.1f} %, critical/major "
                f"{100 * v['serious_share']:.1f} % of {v['rows']} rows"
            )
        for kind, v in p.get("planted", {}).items():
            if not kind.startswith("_"):
                print(f"  planted {kind:<13} recall {v['recall']:.2f} ({v['caught']}/{v['items']})")
    s = result["summary"]
    print(f"\nall: critical/major on faithful rows {s['serious_share']}; recall {s['recall']}")


def main(
    corpus: Path | None = None,
    json_out: Path | None = None,
    dump_out: Path | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dump: list | None = [] if dump_out is not None else None
    result = run(corpus, dump=dump, **kw)
    print_report(result)
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    if dump_out is not None and dump is not None:
        lines = (json.dumps(d, ensure_ascii=False) for d in dump)
        dump_out.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return result
