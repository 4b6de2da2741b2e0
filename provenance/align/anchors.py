"""Step (a): 1–1 anchor candidates and the anchor path.

The cross-similarity matrix is never materialised for long documents: source rows are
taken in chunks, each against a window of target columns that follows the anchors found so
far, so time and memory stay linear in length. From each source sentence's top-k targets a
weighted longest increasing chain (monotone in both documents) is kept as the anchor path.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CHUNK = 256  # source rows per matrix product


@dataclass(frozen=True)
class TopK:
    """Per-row nearest neighbours: `idx[i]` columns, `sim[i]` cosines, best first."""

    idx: np.ndarray  # (n, k) int64, -1 where the window had fewer than k columns
    sim: np.ndarray  # (n, k) float32, -inf where idx is -1

    def knn_mean(self) -> np.ndarray:
        """Mean similarity to the k nearest neighbours (the margin's denominator)."""
        valid = self.idx >= 0
        total = np.where(valid, self.sim, 0.0).sum(axis=1)
        return (total / np.maximum(valid.sum(axis=1), 1)).astype(np.float32)


def top_k(
    a: np.ndarray, b: np.ndarray, k: int, window: int, product: np.ndarray | None = None
) -> TopK:
    """Top-k rows of `b` for each row of `a`, searched within ±`window` of the diagonal path.

    The window centre for a chunk is the expected position `i*m/n` shifted by the median
    offset of the previous chunk's best matches, so large insertions or deletions are
    followed rather than lost. When `window` covers `b` entirely this is the exact top-k.
    `product`: `a @ b.T` made already (`cross_product`), read instead of multiplying.
    """
    n, m = len(a), len(b)
    k_eff = min(k, m)
    idx = np.full((n, k), -1, dtype=np.int64)
    sim = np.full((n, k), -np.inf, dtype=np.float32)
    if n == 0 or m == 0:
        return TopK(idx, sim)
    ratio = m / n
    shift = 0.0
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        lo = int(max(0, min(m - 1, start * ratio + shift - window)))
        hi = int(min(m, max(lo + 1, stop * ratio + shift + window)))
        block = a[start:stop] @ b[lo:hi].T if product is None else product[start:stop, lo:hi]
        kk = min(k_eff, hi - lo)
        part = _top_columns(block, kk)
        vals = np.take_along_axis(block, part, axis=1)
        # sort by (similarity desc, column asc) so ties resolve the same way every run
        order = np.lexsort((part, -vals), axis=1) if kk > 1 else np.zeros_like(part)
        part = np.take_along_axis(part, order, axis=1)
        vals = np.take_along_axis(vals, order, axis=1)
        idx[start:stop, :kk] = part + lo
        sim[start:stop, :kk] = vals
        rows = np.arange(start, stop)
        shift = float(np.median(idx[start:stop, 0] - rows * ratio))
    return TopK(idx, sim)


def _top_columns(block: np.ndarray, kk: int) -> np.ndarray:
    """The columns of each row's `kk` largest values, in no particular order: the set
    `np.argpartition(-block, kk - 1, axis=1)[:, :kk]` picks.

    A few `argmax` passes (one per column taken, masking each) instead of a partition: the
    anchors' blocks are 256 rows × ~1,000 columns and `kk` is 3, where a partition per row
    costs ~10× more. The set is the partition's wherever it is unique, i.e. unless the
    `kk`-th largest value of a row equals the next one; such rows (duplicate sentences),
    and blocks with a value that is not finite, take the partition itself."""
    if not np.isfinite(block).all():
        return np.argpartition(-block, kk - 1, axis=1)[:, :kk]
    work = np.array(block, order="C")  # masked as columns are taken
    rows = np.arange(len(work))
    part = np.empty((len(work), kk), dtype=np.intp)
    for r in range(kk):
        part[:, r] = col = work.argmax(axis=1)
        last = work[rows, col]
        work[rows, col] = -np.inf
    if kk < work.shape[1]:
        tied = np.flatnonzero(work.max(axis=1) == last)
        if len(tied):
            part[tied] = np.argpartition(-block[tied], kk - 1, axis=1)[:, :kk]
    return part


# Cells of the whole cross-similarity matrix (16 MB of float32) up to which a pair's two
# searches (source→target and back) share one product: documents of up to ~2,000
# sentences, whose windows cover (nearly) all of it anyway.
SHARED_PRODUCT_CELLS = 1 << 22


def cross_product(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """`a @ b.T` for a pair small enough (`SHARED_PRODUCT_CELLS`), else None. Both
    directions' `top_k` read it: each dot product is made once, not once per direction
    (the same values bit for bit: BLAS accumulates a dot in the same order whichever
    operand is the row and however many rows a product has; tests/test_align*.py)."""
    if len(a) * len(b) > SHARED_PRODUCT_CELLS:
        return None
    return a @ b.T


def anchor_path(cands_i: np.ndarray, cands_j: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """The heaviest chain of candidates strictly increasing in both i and j.

    Weighted LIS with a Fenwick tree over j (O(c log m) for c candidates). Returns the
    chosen (i, j) pairs as an (r, 2) array, sorted.
    """
    keep = weight > 0
    ci, cj, w = cands_i[keep], cands_j[keep], weight[keep].astype(np.float64)
    if len(ci) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    # by i ascending, and within one i by j descending, so one i never chains to itself
    order = np.lexsort((-cj, ci))
    ci, cj, w = ci[order], cj[order], w[order]
    size = int(cj.max()) + 2
    tree_val = np.zeros(size + 1)
    tree_arg = np.full(size + 1, -1, dtype=np.int64)
    best = np.zeros(len(ci))
    prev = np.full(len(ci), -1, dtype=np.int64)
    ci_l, cj_l, w_l = ci.tolist(), cj.tolist(), w.tolist()
    for c in range(len(ci_l)):
        # best chain ending at a column < cj: prefix max over positions 1..cj
        pos, val, arg = cj_l[c], 0.0, -1
        while pos > 0:
            if tree_val[pos] > val:
                val, arg = tree_val[pos], tree_arg[pos]
            pos -= pos & -pos
        best[c] = val + w_l[c]
        prev[c] = arg
        pos = cj_l[c] + 1
        while pos <= size:
            if best[c] > tree_val[pos]:
                tree_val[pos], tree_arg[pos] = best[c], c
            pos += pos & -pos
    end = int(np.argmax(best))
    chain = []
    while end >= 0:
        chain.append((ci_l[end], cj_l[end]))
        end = int(prev[end])
    chain.reverse()
    return np.asarray(chain, dtype=np.int64).reshape(-1, 2)


def band_from_anchors(
    anchors: np.ndarray, n: int, m: int, width: int
) -> tuple[np.ndarray, np.ndarray]:
    """For each DP row r in 0..n, the target range [lo[r], hi[r]] around the anchor path.

    An anchor (i, j) puts the path through cells (i, j) and (i+1, j+1); between two
    anchors the band covers the whole rectangle they span, widened by `width`.
    """
    pts_i = np.concatenate([[0], anchors[:, 0], anchors[:, 0] + 1, [n]])
    pts_j = np.concatenate([[0], anchors[:, 1], anchors[:, 1] + 1, [m]])
    order = np.lexsort((pts_j, pts_i))
    pts_i, pts_j = pts_i[order], pts_j[order]
    rows = np.arange(n + 1)
    # last point at or before r, first point at or after r
    before = np.searchsorted(pts_i, rows, side="right") - 1
    after = np.searchsorted(pts_i, rows, side="left")
    # A row holding points (an anchor's end and the next anchor's start: a jump along one
    # row) spans from its first point's column to its last's; a row between points spans
    # the rectangle of its neighbours. Reading lo at its last point and hi at its first
    # inverted the row (lo > hi) where the jump exceeded twice the width.
    first, last = np.minimum(before, after), np.maximum(before, after)
    lo_j = np.minimum.accumulate(pts_j[::-1])[::-1][first]  # monotone guard
    hi_j = np.maximum.accumulate(pts_j)[last]
    lo = np.clip(lo_j - width, 0, m)
    hi = np.clip(hi_j + width, 0, m)
    # rows must overlap their predecessors so every cell stays reachable
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[-1] = 0, m
    return lo.astype(np.int64), hi.astype(np.int64)
