"""Step (b): the banded dynamic programme over bead types, vectorised per row.

States are cells (i, j) = (source sentences consumed, target sentences consumed). Row i
holds only the band [lo[i], hi[i]]. Every bead with a source side (a ≥ 1) reads an earlier
row, so a whole row is one numpy expression per bead type; the 0–1 bead (skip a target
sentence) reads the same row and is solved in closed form with a running maximum over
prefix sums of the skip scores. Memory is the band, O((n + m) · width).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

NEG = -np.inf

# score(a, b, i, qs) -> scores of the beads covering source [i, i+a) and target [q, q+b)
# for every q in qs (b >= 1; for b == 0 the bead is a deletion and qs is ignored).
BeadScore = Callable[[int, int, int, np.ndarray], np.ndarray]


def bead_types(max_block: int, max_total: int | None = None) -> list[tuple[int, int]]:
    """1–0 and every a–b with 1 ≤ a, b ≤ max_block and a + b ≤ max_total (0–1 is implicit).

    `max_total` defaults to max_block + 1: 1–1 … 1–3, 2–2, 3–1 for max_block 3.
    """
    total = max_block + 1 if max_total is None else max_total
    types = [(1, 0)]
    for a in range(1, max_block + 1):
        for b in range(1, max_block + 1):
            if a + b <= total:
                types.append((a, b))
    return types


def banded_dp(
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    types: Sequence[tuple[int, int]],
    score: BeadScore,
    insert_score: np.ndarray,
) -> list[tuple[int, int]]:
    """Best-scoring monotone path from (0, 0) to (n, m); returns its beads as (a, b) steps.

    `insert_score[j]` is the score of the 0–1 bead that skips target sentence j.
    """
    skip_prefix = np.concatenate([[0.0], np.cumsum(insert_score, dtype=np.float64)])
    rows: list[np.ndarray] = []
    moves: list[np.ndarray] = []  # index into `types`, or -1 for a 0–1 bead, -2 for the origin
    n_types = len(types)
    for i in range(n + 1):
        js = np.arange(lo[i], hi[i] + 1)
        best = np.full(len(js), NEG)
        arg = np.full(len(js), -2, dtype=np.int8)
        if i == 0 and lo[0] == 0:
            best[0] = 0.0
        for t in range(n_types):
            a, b = types[t]
            p = i - a
            if p < 0:
                continue
            qs = js - b
            ok = (qs >= lo[p]) & (qs <= hi[p])
            if not ok.any():
                continue
            prev = np.full(len(js), NEG)
            prev[ok] = rows[p][qs[ok] - lo[p]]
            live = ok & (prev > NEG)
            if not live.any():
                continue
            cand = np.full(len(js), NEG)
            cand[live] = prev[live] + score(a, b, p, qs[live])
            better = cand > best
            best[better] = cand[better]
            arg[better] = t
        # 0–1 beads along the row: best[j] = max_{j' <= j} best[j'] + skips between
        s = skip_prefix[js]
        shifted = best - s
        run = np.maximum.accumulate(shifted)
        hit = np.where(shifted >= run, np.arange(len(js)), -1)
        src = np.maximum.accumulate(hit)
        via_skip = (src < np.arange(len(js))) & (run > NEG)
        best = np.where(via_skip, run + s, best)
        arg = np.where(via_skip, np.int8(-1), arg)
        rows.append(best)
        moves.append(arg)
    # back-trace
    steps: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 or j > 0:
        t = int(moves[i][j - lo[i]])
        if t == -1:
            step = (0, 1)
        elif t >= 0:
            step = types[t]
        else:  # pragma: no cover - unreachable when the band is connected
            raise RuntimeError("alignment band is disconnected")
        steps.append(step)
        i, j = i - step[0], j - step[1]
    steps.reverse()
    return steps
