"""Sentence alignment: pairs (`align_pair`) and chains (`align_chain`).

A *bead* is one alignment block `(src_ids, tgt_ids)`; beads cover every sentence of
both documents exactly once, in order. A chain row has one id list per document.

PLACEHOLDER: a small monotone DP (1-1, 1-0, 0-1, 1-2, 2-1) on cosine similarity, to be
replaced by the banded two-step aligner (issue 3). The signatures are the contract.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from provenance.embed import Encoder

Bead = tuple[list[int], list[int]]
Row = list[list[int]]


def align_pair(src: Sequence[str], tgt: Sequence[str], encoder: Encoder) -> list[Bead]:
    """Align two sentence lists; every sentence appears in exactly one bead, in order."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [([i], []) for i in range(n)] + [([], [j]) for j in range(m)]
    es = encoder.encode(list(src))
    et = encoder.encode(list(tgt))
    sim = es @ et.T
    skip = 0.3
    moves = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1))
    cost = np.full((n + 1, m + 1), np.inf)
    back = np.zeros((n + 1, m + 1, 2), dtype=np.int64)
    cost[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, arg = np.inf, (0, 0)
            for di, dj in moves:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or not np.isfinite(cost[pi, pj]):
                    continue
                if di == 0 or dj == 0:
                    c = skip
                else:
                    a = encoder.encode([" ".join(src[pi:i])])[0]
                    b = encoder.encode([" ".join(tgt[pj:j])])[0]
                    c = (1.0 - float(a @ b)) * (di + dj) / 2
                    if di == 1 and dj == 1:
                        c = 1.0 - float(sim[pi, pj])
                total = cost[pi, pj] + c
                if total < best:
                    best, arg = total, (di, dj)
            cost[i, j] = best
            back[i, j] = arg
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = back[i, j]
        beads.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - int(di), j - int(dj)
    beads.reverse()
    return beads


def align_chain(docs: Sequence[Sequence[str]], encoder: Encoder) -> list[Row]:
    """One table for a chain: each row has one (possibly empty) id list per document."""
    if len(docs) < 2:
        raise ValueError("a chain needs at least two documents")
    rows: list[Row] = [[[i]] for i in range(len(docs[0]))]
    for k in range(1, len(docs)):
        beads = align_pair(docs[k - 1], docs[k], encoder)
        new_rows: list[Row] = []
        by_prev: dict[int, int] = {}
        for r, row in enumerate(rows):
            for sid in row[k - 1]:
                by_prev[sid] = r
        for src_ids, tgt_ids in beads:
            if src_ids:
                r = by_prev[src_ids[0]]
                target = rows[r]
                if len(target) == k:
                    target.append(list(tgt_ids))
                else:
                    target[k].extend(tgt_ids)
                for sid in src_ids[1:]:
                    other = by_prev[sid]
                    if other != r:
                        # merge rows that a many-to-one bead joins
                        for d in range(k):
                            target[d].extend(rows[other][d])
                            rows[other][d] = []
                        rows[other].append([])
            else:
                new_rows.append([[] for _ in range(k)] + [list(tgt_ids)])
                rows.append(new_rows[-1])
        for row in rows:
            if len(row) == k:
                row.append([])
        rows = [r for r in rows if any(r)]
        rows.sort(key=lambda r: next((min(ids) + 0.5 * d) for d, ids in enumerate(r) if ids))
    return rows
