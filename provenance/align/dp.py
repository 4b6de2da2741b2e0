"""Step (b): the banded dynamic programme over bead types, vectorised over the band.

States are cells (i, j) = (source sentences consumed, target sentences consumed). Row i
holds only the band [lo[i], hi[i]]; the band's cells are stored flat, row after row.

All bead scores are computed up front, one vectorised call per bead type over every band
cell it can reach (`BeadScore` takes arrays of source and target block starts), and laid
out per row as a (types × row width) block next to the flat index of the predecessor cell
of each bead. The row loop is then a fixed handful of numpy calls whatever the number of
bead types: gather the predecessors, add the scores, take the best type. The 0–1 bead
(skip a target sentence) reads the same row and is solved in closed form with a running
maximum over prefix sums of the skip scores. Memory is O((n + m) · width · types).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

NEG = -np.inf

# score(a, b, ps, qs) -> scores of the beads covering source [p, p+a) and target [q, q+b)
# for every pair (p, q) of the equal-length arrays ps (ascending) and qs. For b == 0 the
# bead is a deletion of source sentence p (q only says where the path is).
BeadScore = Callable[[int, int, np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Earlier:
    """An earlier pass's `Band.scores` on the same band, and `stale(a, b, ps, qs)`: whether
    the score of any of those cells of bead type a–b may differ now (its inputs changed)."""

    scores: np.ndarray
    stale: Callable[[int, int, np.ndarray, np.ndarray], bool]


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


# Source rows of one product in `provenance.align.pair.pair_dots` (its chunks start at the
# first row of its cells, then every DOT_CHUNK rows), and chunks per scoring window.
DOT_CHUNK = 64
WINDOW_CHUNKS = 4


def score_windows(ps: np.ndarray) -> list[tuple[int, int, int]]:
    """(first source row, first cell, end cell) windows of a bead type's cells (`ps`
    ascending) such that `pair_dots` over a window makes exactly the products it makes
    for those cells in one call over all of them: a window starts on a chunk boundary of
    the whole call whose first cell lies on that boundary, so its own chunks are the
    whole call's. About `WINDOW_CHUNKS` chunks each."""
    if len(ps) == 0:
        return []
    first = int(ps[0])
    grid = np.arange(first, int(ps[-1]) + DOT_CHUNK + 1, DOT_CHUNK)
    bounds = np.searchsorted(ps, grid)
    starts = [0]
    for k in range(WINDOW_CHUNKS, len(grid) - 1, WINDOW_CHUNKS):
        at = int(bounds[k])
        if at < len(ps) and int(ps[at]) == int(grid[k]):
            starts.append(at)
    ends = [*starts[1:], len(ps)]
    return [(int(ps[lo]), lo, hi) for lo, hi in zip(starts, ends, strict=True)]


def _index_dtype(size: int) -> type[np.signedinteger]:
    """The smallest of int32 / int64 that indexes `size` slots."""
    return np.int32 if size < np.iinfo(np.int32).max else np.int64


def row_step(cand: np.ndarray, skips: np.ndarray, origin: bool) -> tuple[np.ndarray, np.ndarray]:
    """One DP row: each cell's best score and move from `cand` (bead types × cells: the
    predecessors' best plus the bead's score) and the 0–1 beads along the row (`skips`:
    the insert scores' prefix sums at the row's cells). The move is the index of the
    bead type (the first of equal scores), -1 for a 0–1 bead, -2 for none or the origin
    (`origin`: the row's first cell is (0, 0))."""
    arg = cand.argmax(axis=0).astype(np.int8)
    best = cand.max(axis=0)  # the value at `arg`
    arg[best == NEG] = -2
    if origin:
        best[0], arg[0] = 0.0, -2
    # best[j] = max_{j' <= j} best[j'] + the skips between: a cell is reached by 0–1 beads
    # where an earlier cell's shifted score beats its own, i.e. where the running maximum
    # exceeds it (never where it is -inf or NaN).
    shifted = best - skips
    run = np.maximum.accumulate(shifted)
    via_skip = shifted < run
    return np.where(via_skip, run + skips, best), np.where(via_skip, np.int8(-1), arg)


class Band:
    """The band's cell layout and, per bead type, each cell's predecessor (score-free).

    Built once per document pair and reused by every DP pass over it.
    """

    def __init__(self, lo: np.ndarray, hi: np.ndarray, types: Sequence[tuple[int, int]]) -> None:
        self.lo = np.asarray(lo, dtype=np.int64)
        self.hi = np.asarray(hi, dtype=np.int64)
        self.repaired = False  # made connected by `connected()`
        self._windows: list[tuple[int, int, int]] | None = None  # see `windows()`
        self.types = list(types)
        width = self.hi - self.lo + 1
        self.off = np.concatenate([[0], np.cumsum(width)])  # row i = flat [off[i], off[i+1])
        total = int(self.off[-1])
        rows = np.repeat(np.arange(len(width)), width)
        cols = np.arange(total) - self.off[rows] + self.lo[rows]
        n_types = len(self.types)
        # slot of (type t, cell c of row i) in the per-row (types × width) blocks
        slot = n_types * self.off[rows] + (np.arange(total) - self.off[rows])
        # Indices are stored as int32 (a band of 2^31 slots would be ~10^8 sentences): they
        # are most of the aligner's memory on long documents (~180 bytes a cell, not ~350).
        index = _index_dtype(n_types * total + 1)
        self.pred = np.full(n_types * total, total, dtype=index)  # `total` = unreachable
        self.cells: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (slots, ps, qs)
        for t, (a, b) in enumerate(self.types):
            ps, qs = rows - a, cols - b
            pc = np.maximum(ps, 0)
            ok = (ps >= 0) & (qs >= self.lo[pc]) & (qs <= self.hi[pc])
            where = slot[ok] + t * width[rows[ok]]
            self.pred[where] = self.off[ps[ok]] + qs[ok] - self.lo[ps[ok]]
            self.cells.append((where.astype(index), ps[ok].astype(index), qs[ok].astype(index)))
            del ps, qs, pc, ok, where

    def connected(self) -> Band:
        """The band widened so that every row is reachable: a monotone path never enters
        row i left of row i-1's start, and a 1-0 bead carries row i-1 into row i where they
        overlap."""
        lo = self.lo.copy()
        lo[0] = 0  # the origin
        lo = np.maximum.accumulate(lo)
        hi = self.hi.copy()
        hi[:-1] = np.maximum(hi[:-1], lo[1:])
        band = Band(lo, np.maximum(hi, lo), self.types)
        band.repaired = True
        return band

    def scores(self, score: BeadScore, earlier: Earlier | None = None) -> np.ndarray:
        """Every bead score the DP can use, in the per-row (types × width) layout.

        Each bead type's cells are scored a window of source rows at a time, every type's
        window before the next rows: the merged-block embeddings those rows read (made a
        tile at a time on demand, see `provenance.align.pair.MergedBlocks`) are then made
        once for all the types that read them, not once per type. A score must depend on
        its cell alone; `score_windows` keeps `pair_dots`'s products whole, so the values
        are bit for bit those of one call per type.

        `earlier`: a window whose cells are not `stale` keeps the earlier pass's scores (a
        refinement pass encodes a few blocks; the rest of the band scores as before).
        """
        out = np.zeros(len(self.pred)) if earlier is None else earlier.scores.copy()
        for t, lo, hi in self.windows():
            a, b = self.types[t]
            where, ps, qs = self.cells[t]
            # the scores see int64 positions, as they always have
            ps_w, qs_w = ps[lo:hi].astype(np.int64), qs[lo:hi].astype(np.int64)
            if earlier is None or earlier.stale(a, b, ps_w, qs_w):
                out[where[lo:hi]] = score(a, b, ps_w, qs_w)
        return out

    def windows(self) -> list[tuple[int, int, int]]:
        """(type, first cell, end cell) of every scoring window, in source-row order."""
        if self._windows is None:
            found = []
            for t, (_where, ps, _qs) in enumerate(self.cells):
                for first, lo, hi in score_windows(ps):
                    found.append((first, t, lo, hi))
            found.sort()
            self._windows = [(t, lo, hi) for _first, t, lo, hi in found]
        return self._windows

    def solve(
        self, score: BeadScore, insert_score: np.ndarray, scores: np.ndarray | None = None
    ) -> list[tuple[int, int]]:
        """Best-scoring monotone path from (0, 0) to (n, m); returns its beads as (a, b) steps.

        `insert_score[j]` is the score of the 0–1 bead that skips target sentence j;
        `scores`: this band's `scores(score)`, when the caller has made them already.
        """
        lo, hi, off, types = self.lo, self.hi, self.off, self.types
        n, m = len(lo) - 1, int(hi[-1])
        n_types = len(types)
        scores = self.scores(score) if scores is None else scores
        skip_prefix = np.concatenate([[0.0], np.cumsum(insert_score, dtype=np.float64)])
        best_flat = np.full(int(off[-1]) + 1, NEG)  # last slot: the unreachable sentinel
        # index into `types`, or -1 for a 0–1 bead, -2 for the origin / unreachable
        move_flat = np.full(int(off[-1]), -2, dtype=np.int8)
        for i in range(n + 1):
            start, stop = int(off[i]), int(off[i + 1])
            w = stop - start
            block = slice(n_types * start, n_types * stop)
            cand = (best_flat[self.pred[block]] + scores[block]).reshape(n_types, w)
            best_flat[start:stop], move_flat[start:stop] = row_step(
                cand, skip_prefix[lo[i] : hi[i] + 1], i == 0 and lo[0] == 0
            )
        if best_flat[int(off[n]) + m - int(lo[n])] == NEG and not self.repaired:
            # The band does not connect (0, 0) to (n, m): bands built around far-apart
            # anchors (one sentence against dozens) can leave a gap. Solve on the band made
            # connected instead; a connected band is never changed.
            return self.connected().solve(score, insert_score)
        # back-trace
        steps: list[tuple[int, int]] = []
        i, j = n, m
        while i > 0 or j > 0:
            t = int(move_flat[off[i] + j - lo[i]])
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


def banded_dp(
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    types: Sequence[tuple[int, int]],
    score: BeadScore,
    insert_score: np.ndarray,
) -> list[tuple[int, int]]:
    """One-off `Band(lo, hi, types).solve(...)` for a pair of n and m sentences."""
    assert len(lo) == n + 1 and int(hi[-1]) == m
    return Band(lo, hi, types).solve(score, insert_score)
