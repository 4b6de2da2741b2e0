"""`provenance bench checks --suite facts`: precision and recall of the numbers, dates and
names checks on the constructed suite in `corpora/facts/cases.jsonl`, and what the three
checks add to the time of `check` on a 1,000-sentence chain.

Each case runs through the pipeline pieces the real run uses: one aligned row per case,
every hop (and original vs final for chains) through the checks, then hop attribution.
A predicted flag counts as a hit when a flag of the same type on the same hop is
expected; anything else of these types is a false positive.

The same three checks also run over the faithful translations and faithful paraphrases
("controls") of the meaning suites (`corpora/meaning/*.txt`, written by another helper for
other checks): every critical or major fact flag there is false, and is listed. And on
real text: the gold German–French rows of Text+Berg (`../shared/corpora/textberg`, published
faithful translations of a mountaineering yearbook), where nearly every fact flag is false
or a liberty the translator took — counted per type, as the rate for unseen real text.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from provenance import checks as checks_mod
from provenance.bench.corpora import PROJECT, project_root, require
from provenance.model import Document, PairView, Segment
from provenance.trace.attribution import attribute

SUITE = PROJECT / "facts" / "cases.jsonl"  # under the working directory
FACT_CHECKS = ("numbers", "dates", "names")
TYPES = ("number", "date", "entity")
# Batches of the suite written after tuning had begun, each scored once before any change
# it prompted (those first figures are in corpora/facts/README.md); "heldout7" came last.
SPLITS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")


def load_cases(path: Path = SUITE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_case(case: dict[str, Any], check_list) -> list[dict[str, Any]]:
    """Flags (type, hop, severity, message) of the fact checks on one case."""
    docs = [
        Document(path=f"<{i}>", lang=lang, sentences=[text])
        for i, (lang, text) in enumerate(zip(case["langs"], case["docs"], strict=True))
    ]
    n = len(docs)
    rows = [[[0] for _ in docs]]
    pairs = [(k, k + 1) for k in range(n - 1)] + ([(0, n - 1)] if n > 2 else [])
    findings = {}
    for a, b in pairs:
        view = PairView(
            alignment=0,
            src=Segment(a, docs[a].lang, [0], docs[a].sentences),
            tgt=Segment(b, docs[b].lang, [0], docs[b].sentences),
            similarity=None,
        )
        findings[(a, b)] = {0: [f for chk in check_list for f in chk(view)]}
    return [
        {"type": f.type, "hop": list(f.hop), "severity": f.severity, "message": f.message}
        for f in attribute(docs, rows, findings)
        if f.type in TYPES
    ]


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    check_list = checks_mod.select(only=list(FACT_CHECKS))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for case in cases:
        got = Counter((f["type"], tuple(f["hop"])) for f in run_case(case, check_list))
        want = Counter((e["type"], tuple(e["hop"])) for e in case["expected"])
        for key in got | want:
            hit = min(got[key], want[key])
            tp[key[0]] += hit
            fp[key[0]] += got[key] - hit
            fn[key[0]] += want[key] - hit
        if got != want:
            errors.append(
                {
                    "id": case["id"],
                    "expected": sorted(want.elements()),
                    "got": sorted(got.elements()),
                }
            )
    per_type = {}
    for t in TYPES:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 1.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 1.0
        per_type[t] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "tp": tp[t],
            "fp": fp[t],
            "fn": fn[t],
        }
    return {"types": per_type, "errors": errors}


def meaning_controls(corpora: Path = PROJECT) -> dict[str, Any]:
    """Critical/major flags of the fact checks on the meaning suites' faithful rows."""
    from provenance.bench.meaning import HELDOUT, LANG_PAIRS, SUITE, load_suite

    check_list = checks_mod.select(only=list(FACT_CHECKS))
    rows = 0
    flagged: list[str] = []
    for path in (corpora / p.relative_to(PROJECT) for p in (SUITE, HELDOUT)):
        if not path.exists():
            continue
        for it in load_suite(path):
            for a, b in LANG_PAIRS:
                texts = [("faithful", it.base[b])] + [
                    ("control", t) for g, t in it.controls if g == b
                ]
                for kind, text in texts:
                    rows += 1
                    view = PairView(
                        alignment=0,
                        src=Segment(0, a, [0], [it.base[a]]),
                        tgt=Segment(1, b, [0], [text]),
                        similarity=None,
                    )
                    bad = [
                        f"{f.type}/{f.severity}: {f.message}"
                        for chk in check_list
                        for f in chk(view)
                        if f.severity in ("critical", "major")
                    ]
                    if bad:
                        flagged.append(f"{path.stem} {it.id} {a}→{b} {kind}: " + "; ".join(bad))
    return {"rows": rows, "flagged_rows": len(flagged), "flags": flagged}


# Text+Berg documents the names and numbers rules were developed on (their flags were
# read); the rest are held out, scored only to report, never read while changing the code.
TEXTBERG_DEV_DOCS = 3


def textberg_rows() -> dict[str, Any] | None:
    """Critical/major fact flags on the Text+Berg gold rows (None without the corpus): all
    rows, and separately the development documents (the first `TEXTBERG_DEV_DOCS`) and
    the held-out rest."""
    from provenance.bench.align import default_corpus, load_corpus

    corpus = default_corpus()
    if not (corpus / "gold").is_dir():
        return None
    check_list = checks_mod.select(only=list(FACT_CHECKS))
    docs = load_corpus(corpus)
    parts: dict[str, Any] = {}
    for part, chosen in (
        ("all", docs),
        ("dev", docs[:TEXTBERG_DEV_DOCS]),
        ("heldout", docs[TEXTBERG_DEV_DOCS:]),
    ):
        rows = flagged = 0
        per_type: Counter[str] = Counter()
        for doc in chosen:
            for a, b in doc.gold:
                if not a or not b:
                    continue
                rows += 1
                view = PairView(
                    alignment=0,
                    src=Segment(0, "de", a, [doc.src[i] for i in a]),
                    tgt=Segment(1, "fr", b, [doc.tgt[i] for i in b]),
                    similarity=None,
                )
                bad = [
                    f.type
                    for chk in check_list
                    for f in chk(view)
                    if f.severity in ("critical", "major")
                ]
                per_type.update(bad)
                flagged += bool(bad)
        parts[part] = {
            "documents": [d.name for d in chosen],
            "rows": rows,
            "flagged_rows": flagged,
            "flags": {t: per_type[t] for t in TYPES},
            "flags_per_100_rows": {t: round(100 * per_type[t] / max(rows, 1), 1) for t in TYPES},
        }
    return {**parts.pop("all"), **parts}


def _copy(text: str, r: int) -> str:
    """Copy r of a sentence, different from every other copy (so no cache hides the cost)
    and the same change in every language: digit runs shifted by r, and a list number."""
    if not r:
        return text
    return f"{r}) " + re.sub(r"\d+", lambda m: str(int(m.group()) + r), text)


def timing(cases: list[dict[str, Any]], rows: int = 1000, repeats: int = 4) -> dict[str, Any]:
    """`check` on a de→ru→en chain of `rows` sentences per document, with and without the
    three fact checks, in one process (the encoder is loaded before either run)."""
    from provenance import pipeline
    from provenance.embed import get_encoder
    from provenance.extract._text import morph
    from provenance.text.documents import load_documents
    from provenance.util.memo import clear as clear_memos

    chains = [c for c in cases if len(c["docs"]) == 3]
    docs: list[list[str]] = [[], [], []]
    r = 0
    while len(docs[0]) < rows:
        for c in chains:
            if len(docs[0]) >= rows:
                break
            for k in range(3):
                docs[k].append(_copy(c["docs"][k], r))
        r += 1
    unique = len(set(docs[0]) | set(docs[1]) | set(docs[2])) / (3 * rows)
    texts = ["\n".join(d) + "\n" for d in docs]
    encoder = get_encoder()
    # one-off loads (pymorphy3) are per-process costs, not per-check ones
    morph()
    docs_ = load_documents(texts, "de,ru,en", presplit=True)
    others = checks_mod.select(skip=list(FACT_CHECKS))
    facts_ = [_Timed(c) for c in checks_mod.select(only=list(FACT_CHECKS))]
    # warm up every check (compiled patterns, lexicons: per-process costs)
    pipeline.check_documents(docs_[:2], others + [c.check for c in facts_], encoder)

    # Process CPU time, not wall time: the machine is shared, and a busy neighbour must
    # not count as cost. Whole runs still differ by a few percent from run to run, so
    # the fact checks' own time is also measured directly, inside the run with them.
    def run(check_list: list) -> tuple[float, float, Any]:
        clear_memos()  # nothing memoised by an earlier run may be reused
        w0, c0 = time.perf_counter(), time.process_time()
        report = pipeline.check_documents(docs_, check_list, encoder)
        return time.perf_counter() - w0, time.process_time() - c0, report

    # Alternate the two runs and take medians: whole runs vary by up to ±10 % here, so one
    # pair of runs can move the added fraction by several points.
    runs: dict[str, list[tuple[float, float, Any]]] = {"without": [], "with": []}
    for _ in range(repeats):
        runs["without"].append(run(others))
        runs["with"].append(run(others + facts_))
    wall_without, cpu_without = (statistics.median(r[k] for r in runs["without"]) for k in (0, 1))
    wall_with, cpu_with = (statistics.median(r[k] for r in runs["with"]) for k in (0, 1))
    without, with_ = runs["without"][-1][2], runs["with"][-1][2]
    own = {c.name: round(c.seconds / repeats, 3) for c in facts_}
    return {
        "sentences_per_document": rows,
        "unique_sentence_share": round(unique, 3),
        "other_checks": [c.name for c in others],
        "cpu_seconds_without": round(cpu_without, 3),
        "cpu_seconds_with": round(cpu_with, 3),
        "wall_seconds_without": round(wall_without, 3),
        "wall_seconds_with": round(wall_with, 3),
        "fact_checks_own_cpu_seconds": own,
        "added_fraction_runs": round(cpu_with / cpu_without - 1.0, 4),
        "added_fraction": round(sum(own.values()) / cpu_without, 4),
        "cpu_seconds_runs": {k: [round(r[1], 3) for r in v] for k, v in runs.items()},
        "stage_seconds_without": {k: round(v, 3) for k, v in without.timings.items()},
        "stage_seconds_with": {k: round(v, 3) for k, v in with_.timings.items()},
        "stage_cpu_seconds_without": {k: round(v, 3) for k, v in without.cpu_timings.items()},
        "stage_cpu_seconds_with": {k: round(v, 3) for k, v in with_.cpu_timings.items()},
        "flags_with": len(with_.flags),
        "flags_without": len(without.flags),
    }


class _Timed:
    """A check that adds the CPU time of its calls (this thread's) to `seconds`."""

    def __init__(self, check) -> None:
        self.check, self.name, self.types = check, check.name, check.types
        self.seconds = 0.0

    def __call__(self, pair: PairView) -> list:
        t0 = time.thread_time()
        try:
            return self.check(pair)
        finally:
            self.seconds += time.thread_time() - t0


def _print_textberg(tb: dict[str, Any] | None) -> None:
    """The Text+Berg lines of `main`, or why they are missing."""
    if tb is None:
        from provenance.bench.align import default_corpus

        print(
            f"fact flags on Text+Berg: not measured, {default_corpus()} not found "
            "(run from the repository root with ../shared beside it)"
        )
        return
    print(
        f"fact flags (critical/major) on {tb['rows']} Text+Berg gold de→fr rows (real, "
        f"faithful): {tb['flagged_rows']} rows flagged; per 100 rows {tb['flags_per_100_rows']}"
    )
    for part, what in (("dev", "developed on"), ("heldout", "held out")):
        h = tb[part]
        print(
            f"  {part} (documents {', '.join(h['documents'])}: {what}): {h['rows']} rows, "
            f"{h['flagged_rows']} flagged; per 100 rows {h['flags_per_100_rows']}"
        )


def main(timing: bool = True, corpora: Path | None = None) -> dict[str, Any]:
    """`corpora`: the project's corpora directory (default ./corpora)."""
    root = project_root(corpora)
    suite = require(root / SUITE.relative_to(PROJECT), "facts suite")
    cases = load_cases(suite)
    result: dict[str, Any] = {
        "suite": str(suite.relative_to(root.parent)),
        "cases": len(cases),
        "drift_cases": sum(c["kind"] == "drift" for c in cases),
        "control_cases": sum(c["kind"] == "control" for c in cases),
    }
    t0 = time.perf_counter()
    result.update(score(cases))
    result["suite_seconds"] = round(time.perf_counter() - t0, 3)
    # Passages written after tuning, scored on their own: the estimate for unseen text.
    for split in SPLITS:
        part = [c for c in cases if c.get("split") == split]
        result[split] = {"cases": len(part), **score(part)}
    print(
        f"facts suite: {result['cases']} cases ({result['drift_cases']} drift, "
        f"{result['control_cases']} control), {result['suite_seconds']} s"
    )
    print(f"{'type':<8} {'precision':>9} {'recall':>7} {'tp':>5} {'fp':>4} {'fn':>4}")
    for t, s in result["types"].items():
        print(
            f"{t:<8} {s['precision']:>9.3f} {s['recall']:>7.3f} "
            f"{s['tp']:>5} {s['fp']:>4} {s['fn']:>4}"
        )
    for split in SPLITS:
        h = result[split]
        print(f"{split} part ({h['cases']} cases, written after tuning):")
        for t, s in h["types"].items():
            print(f"  {t:<8} precision {s['precision']:.3f}  recall {s['recall']:.3f}")
    if result["errors"]:
        print(f"{len(result['errors'])} cases differ from expectation, e.g.:")
        for e in result["errors"][:10]:
            print(f"  {e['id']}: expected {e['expected']}, got {e['got']}")
    result["meaning_controls"] = mc = meaning_controls(root)
    print(
        f"fact flags (critical/major) on the meaning suites' faithful rows and controls: "
        f"{mc['flagged_rows']} of {mc['rows']} rows"
    )
    for line in mc["flags"]:
        print(f"  {line}")
    result["textberg"] = textberg_rows()
    _print_textberg(result["textberg"])
    if timing:
        result["timing"] = _timing = globals()["timing"](cases)
        print(
            f"check on a {_timing['sentences_per_document']}-sentence de→ru→en chain: "
            f"{_timing['cpu_seconds_without']} s CPU without the fact checks, "
            f"{_timing['cpu_seconds_with']} s with them "
            f"({100 * _timing['added_fraction_runs']:+.1f}% run to run; wall "
            f"{_timing['wall_seconds_without']} s / {_timing['wall_seconds_with']} s); the fact "
            f"checks' own CPU time: {sum(_timing['fact_checks_own_cpu_seconds'].values()):.2f} s "
            f"= +{100 * _timing['added_fraction']:.1f}%"
        )
    return result
