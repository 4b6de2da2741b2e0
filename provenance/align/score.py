"""Strict and lax precision/recall/F1 of sentence alignments (Sennrich & Volk 2011).

Precision is over all hypothesis beads, insertions and deletions included; recall is over
gold beads with both sides non-empty, matched against hypothesis beads with both sides
non-empty. Strict: the bead is identical. Lax: it overlaps a reference bead on both sides.
Counts are pooled over documents before dividing (micro-average), as in the
Bleualign/Vecalign/Bertalign evaluations.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Bead = tuple[list[int], list[int]]
_Key = tuple[tuple[int, ...], tuple[int, ...]]


def read_gold(path: Path) -> list[Bead]:
    """Read `[0, 1]:[2]` lines."""
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            left, right = line.split(":")
            beads.append((list(ast.literal_eval(left)), list(ast.literal_eval(right))))
    return beads


@dataclass
class Counts:
    tp_strict: int = 0
    fp_strict: int = 0
    tp_lax: int = 0
    fp_lax: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp_strict += other.tp_strict
        self.fp_strict += other.fp_strict
        self.tp_lax += other.tp_lax
        self.fp_lax += other.fp_lax
        return self


def _keys(beads: Iterable[Bead]) -> set[_Key]:
    return {(tuple(s), tuple(t)) for s, t in beads if s or t}


def _match(reference: Iterable[Bead], hypothesis: Iterable[Bead]) -> Counts:
    """How many hypothesis beads are in (strict) or overlap (lax) the reference."""
    ref = _keys(reference)
    linked: dict[int, set[int]] = defaultdict(set)
    for s, t in ref:
        for i in s:
            linked[i].update(t)
    c = Counts()
    for s, t in _keys(hypothesis):
        if (s, t) in ref:
            c.tp_strict += 1
            c.tp_lax += 1
            continue
        c.fp_strict += 1
        reachable = set().union(*(linked[i] for i in s)) if s else set()
        if reachable.intersection(t):
            c.tp_lax += 1
        else:
            c.fp_lax += 1
    return c


@dataclass(frozen=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in self.__dict__.items()}


def _ratio(tp: int, fp: int) -> float:
    return tp / (tp + fp) if tp + fp else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_alignments(gold: Sequence[Sequence[Bead]], hyp: Sequence[Sequence[Bead]]) -> Scores:
    """Pooled strict/lax P/R/F1 over documents (`gold[k]` against `hyp[k]`)."""
    p, r = Counts(), Counts()
    for g, h in zip(gold, hyp, strict=True):
        p += _match(g, h)
        r += _match(
            [(s, t) for s, t in h if s and t],
            [(s, t) for s, t in g if s and t],
        )
    ps, pl = _ratio(p.tp_strict, p.fp_strict), _ratio(p.tp_lax, p.fp_lax)
    rs, rl = _ratio(r.tp_strict, r.fp_strict), _ratio(r.tp_lax, r.fp_lax)
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))
