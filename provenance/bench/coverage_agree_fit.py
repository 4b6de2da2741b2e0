"""Fit the coverage check's rule for a minor added part (`coverage.AGREE_*`).

The part test (`CoverageCheck._by_parts`) blames the part of a translation longer than
expected without which the translation fits its source better; when its evidence is
minor, version 15 asks the part's own embedding as well (`AGREE_WORDS`, `ADDED_OTHER`,
`ADDED_DROP`, `AGREE_UNCOVERED`). This re-runs the fit: every row is judged as `provenance
pairs` judges it (one line a side against `reference_stats`, `CoverageCheck.prepare` then
the check) with the rule switched off, and each minor addition flag of the part test on a
row the check flags nothing major on is read with the rule's own functions
(`_agree_candidate`, `_part_similarities`, `_uncovered_share`). Readable data only: the
faithful development references A of WMT21 (de-en, ru-en, en-de, en-ru), Text+Berg
de→fr documents 001–003 (gold alignments) and the unperturbed originals of the drift
items (clause dropped or added) of `--seeds`, against the planted added clauses of those
seeds. Never the held-out references, the held-out Text+Berg documents or seeds 1–4.

    python -m provenance.bench.coverage_agree_fit [--corpus DIR] [--textberg DIR] \
        [--seeds 35,36,37,38,39] [--any-part] [--top 12] [--list]

prints, for each setting of minimum words × similarity to the source × drop below the
own sentence, the faithful flags and planted added clauses it makes major (best first),
and the shipped setting's line.
"""

from __future__ import annotations

import argparse
import itertools
import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from provenance.bench.real import DIRECTIONS, _clean, load_pairs
from provenance.checks import coverage
from provenance.checks.coverage import CoverageCheck
from provenance.lang.cues import Clause
from provenance.model import PairView, Segment
from provenance.pairs import reference_stats

DEVELOPMENT = ("de-en/A", "ru-en/A", "en-de/A", "en-ru/A")
TEXTBERG_DOCS = ("001", "002", "003")
SEEDS = (35, 36, 37, 38, 39)
HELD_OUT_SEEDS = range(1, 5)
DRIFT_KINDS = ("clause_dropped", "clause_added")
BATCH = 256  # rows per `prepare`, as `check_pairs` runs them

# The grid: minimum words, similarity of the part to the source at most, drop below its
# own sentence at least.
GRID_WORDS = range(4, 9)
GRID_OTHER = (0.05, 0.08, 0.10, 0.12, 0.15, 0.20)
GRID_DROP = (0.0, 0.10, 0.15, 0.20, 0.30)


@dataclass(frozen=True)
class Row:
    """One (source, translation) row; `span` is the planted clause in `tgt` (added rows)."""

    group: str  # "faithful" or "added"
    name: str
    src_lang: str
    tgt_lang: str
    src: str
    tgt: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class PartFlag:
    """A minor addition flag of the part test and what the rule reads of its part."""

    group: str
    name: str
    text: str
    words: int
    clause: bool  # a clause or two neighbouring clauses (not a window of words)
    other: float  # the part's similarity to the source
    own: float  # ... to its own sentence
    uncovered: float  # share of its content words without a counterpart on the source
    planted: bool  # overlaps the planted clause (added rows)

    def promoted(
        self, words: float, other: float, drop: float, uncovered: float, any_part: bool
    ) -> bool:
        return (
            (any_part or self.clause)
            and self.words >= words
            and self.other <= other
            and self.own - self.other >= drop
            and self.uncovered >= uncovered
        )


@contextmanager
def _agree_words(n: float) -> Iterator[None]:
    """`coverage.AGREE_WORDS` set to `n` for the block (inf: the rule is off)."""
    kept = coverage.AGREE_WORDS
    coverage.AGREE_WORDS = n
    try:
        yield
    finally:
        coverage.AGREE_WORDS = kept


def part_flags(rows: Sequence[Row], encoder) -> list[PartFlag]:
    """The minor addition flags of the part test on `rows` (one language pair), the rule
    switched off, on rows the check flags nothing major or critical on."""
    from provenance.embed import CachedEncoder

    if not rows:
        return []
    sl, tl = rows[0].src_lang, rows[0].tgt_lang
    stats = reference_stats(sl, tl)
    check = CoverageCheck()
    out: list[PartFlag] = []
    cached = CachedEncoder(encoder)
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        vs = cached.encode([r.src for r in batch])
        vt = cached.encode([r.tgt for r in batch])
        views = [
            PairView(
                alignment=k,
                src=Segment(0, sl, [0], [r.src]),
                tgt=Segment(1, tl, [0], [r.tgt]),
                similarity=float(sim),
                stats=stats,
                embed=cached.encode,
            )
            for k, (r, sim) in enumerate(zip(batch, (vs * vt).sum(axis=1), strict=True))
        ]
        # Only a row the part test examines can hold its flag: the rest cost nothing more.
        examined = [v for v in views if coverage._examine(v) is not None]
        with _agree_words(math.inf):
            check.prepare(examined)
            judged = [(v, check(v)) for v in examined]
        found: list[tuple[Row, PairView, Clause]] = []
        for view, flags in judged:
            if any(f.severity != "minor" for f in flags):
                continue
            for f in flags:
                # the part test's flag on a part (not the length alone: no gain)
                if f.type == "addition" and "similarity_gain" in (f.detail or {}):
                    found.append((batch[view.alignment], view, Clause(*f.tgt_spans[0])))
        # the parts in one call, as `prepare` embeds them for the rule
        if found:
            cached.encode([v.tgt.text[p.start : p.end].strip() for _r, v, p in found])
        for row, view, part in found:
            out.append(_features(row, view, part))
        cached.clear()
    return out


def _features(row: Row, view: PairView, part: Clause) -> PartFlag:
    """What the rule reads of a flagged part of `view`'s translation."""
    longer, shorter = view.tgt, view.src
    text = longer.text[part.start : part.end].strip()
    with _agree_words(0):
        clause = coverage._agree_candidate("addition", longer, part)
    other, own = coverage._part_similarities(text, longer, shorter, view.embed)
    uncovered = coverage._uncovered_share(text, longer, shorter, view.embed)
    planted = row.span is not None and part.start < row.span[1] and row.span[0] < part.end
    return PartFlag(
        row.group,
        row.name,
        text,
        coverage._words(text),
        clause,
        other,
        own,
        uncovered,
        planted,
    )


def development_rows(corpus: Path) -> list[Row]:
    """The faithful rows of the development references A."""
    rows = []
    for d in DIRECTIONS:
        if d.key not in DEVELOPMENT:
            continue
        for n, (s, t) in enumerate(load_pairs(corpus, d, None), start=1):
            s, t = _clean(s), _clean(t)
            if s and t:
                rows.append(Row("faithful", f"{d.key}:{n}", d.src_lang, d.tgt_lang, s, t))
    return rows


def textberg_rows(root: Path) -> list[Row]:
    """The gold de→fr rows of the development documents of Text+Berg."""
    from provenance.align.score import read_gold

    rows = []
    for doc in TEXTBERG_DOCS:
        de = (root / "de" / doc).read_text(encoding="utf-8").splitlines()
        fr = (root / "fr" / doc).read_text(encoding="utf-8").splitlines()
        for k, (a, b) in enumerate(read_gold(root / "gold" / doc)):
            if a and b:
                s = Segment(0, "de", a, [de[i] for i in a]).text
                t = Segment(1, "fr", b, [fr[i] for i in b]).text
                rows.append(Row("faithful", f"textberg/{doc}:{k}", "de", "fr", s, t))
    return rows


def drift_rows(corpus: Path, seeds: Sequence[int]) -> list[Row]:
    """The planted added clauses of `seeds` and the originals of their clause items."""
    from provenance.bench.realdrift import generate

    rows = []
    for seed in seeds:
        if seed in HELD_OUT_SEEDS:
            raise ValueError(f"seed {seed} is held out")
        for it in generate(corpus, seed=seed, kinds=DRIFT_KINDS):
            name = f"seed{seed}/{it.id}"
            rows.append(Row("faithful", name, it.src_lang, it.tgt_lang, it.source, it.original))
            if it.kind == "clause_added":
                rows.append(
                    Row("added", name, it.src_lang, it.tgt_lang, it.source, it.perturbed, it.span)
                )
    return rows


def collect(corpus: Path, textberg: Path, seeds: Sequence[int], encoder=None) -> list[PartFlag]:
    """Every minor addition flag of the part test on the fit's rows; a faithful row met
    twice (an original that is also a development row) counts once."""
    from provenance.embed import get_encoder

    encoder = encoder or get_encoder()
    rows = development_rows(corpus) + textberg_rows(textberg) + drift_rows(corpus, seeds)
    seen: set[tuple[str, str, str, str]] = set()
    by_pair: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        key = (r.src_lang, r.tgt_lang, r.src, r.tgt)
        if r.group == "faithful" and key in seen:
            continue
        seen.add(key)
        by_pair.setdefault((r.src_lang, r.tgt_lang), []).append(r)
    return [f for pair_rows in by_pair.values() for f in part_flags(pair_rows, encoder)]


def grid(
    flags: Sequence[PartFlag], uncovered: float, any_part: bool = False
) -> list[tuple[int, int, int, float, float]]:
    """(faithful flags promoted, planted added clauses promoted, words, other, drop) of
    each setting, best first: fewest faithful, then most added clauses."""
    out = []
    for words, other, drop in itertools.product(GRID_WORDS, GRID_OTHER, GRID_DROP):
        hit = [f for f in flags if f.promoted(words, other, drop, uncovered, any_part)]
        faithful = sum(f.group == "faithful" for f in hit)
        added = sum(f.group == "added" for f in hit)
        out.append((faithful, added, words, other, drop))
    out.sort(key=lambda r: (r[0], -r[1], r[2], r[3], r[4]))
    return out


def _line(faithful: int, added: int, words: float, other: float, drop: float) -> str:
    return (
        f"words >= {words}  other <= {other:.2f}  drop >= {drop:.2f}: "
        f"faithful {faithful}, added clauses {added}"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpora/wmt21"))
    ap.add_argument("--textberg", type=Path, default=Path("../shared/corpora/textberg"))
    ap.add_argument("--seeds", default=",".join(map(str, SEEDS)))
    ap.add_argument(
        "--any-part", action="store_true", help="any part, not only clauses (the first fit)"
    )
    ap.add_argument(
        "--uncovered",
        type=float,
        default=coverage.AGREE_UNCOVERED,
        help="share of the part's content words uncovered at least (default AGREE_UNCOVERED)",
    )
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--list", action="store_true", help="print every flag's features")
    args = ap.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    started = time.perf_counter()
    flags = collect(args.corpus, args.textberg, seeds)
    for group in ("faithful", "added"):
        mine = [f for f in flags if f.group == group]
        clause = sum(f.clause for f in mine)
        print(f"minor addition flags, {group}: {len(mine)} ({clause} on a clause)")
    if args.list:
        for f in sorted(flags, key=lambda f: (f.group, f.other)):
            print(
                f"  {f.group:8} {f.name:24} w={f.words:2} clause={int(f.clause)} "
                f"other={f.other:.3f} own={f.own:.3f} uncovered={f.uncovered:.2f} "
                f"planted={int(f.planted)} | {f.text[:60]}"
            )
    print(f"grid ({'any part' if args.any_part else 'clauses'}, uncovered >= {args.uncovered}):")
    table = grid(flags, args.uncovered, args.any_part)
    for row in table[: args.top]:
        print("  " + _line(*row))
    shipped = (coverage.AGREE_WORDS, coverage.ADDED_OTHER, coverage.ADDED_DROP)
    hit = [f for f in flags if f.promoted(*shipped, args.uncovered, args.any_part)]
    faithful = sum(f.group == "faithful" for f in hit)
    added = sum(f.group == "added" for f in hit)
    on_clause = sum(f.group == "added" and f.planted for f in hit)
    print(f"shipped: {_line(faithful, added, *shipped)} ({on_clause} on the planted clause)")
    print(f"run time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
