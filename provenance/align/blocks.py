"""Merged-block embeddings made on demand, so a long document never holds them all.

The aligner scores beads of up to four sentences a side; a block of `size` consecutive
sentences is first embedded as the normalised, √length-weighted sum of its sentences
(`approx_blocks` over `prefix_sums`), and the blocks inside suspect beads are later
encoded for real. Held as arrays, the approximate blocks of sizes 2–4 cost 6 KB a
sentence a side (float32 × 512 × 3), most of the aligner's memory on long documents.

Here each side keeps only its weighted sentences and the float64 running sums at every
`TILE`-th sentence. A block size's rows are made a tile at a time when the DP's products
slice them (a few recent tiles are kept), by the same additions in the same order as the
whole-document prefix sums, so every value is bit for bit what `approx_blocks` gives;
the blocks encoded for real are kept aside and replace theirs.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

TILE = 256  # block rows made at once, and the spacing of the running-sum checkpoints
KEPT_TILES = 6  # tiles kept per block size (the DP's products scan rows in order)


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


class RunningSums:
    """Prefix sums of `vecs * weights[:, None]` (float64, a zero row first), kept at every
    `TILE`-th index; any stretch of them is rebuilt from the checkpoint before it."""

    def __init__(self, vecs: np.ndarray, weights: np.ndarray) -> None:
        self.vecs, self.weights = vecs, np.asarray(weights, dtype=np.float64)
        n, dim = vecs.shape
        self.checkpoints = np.zeros((n // TILE + 1, dim), dtype=np.float64)
        for k in range(1, len(self.checkpoints)):
            self.checkpoints[k] = self.stretch((k - 1) * TILE, k * TILE)[-1]

    def stretch(self, start: int, stop: int) -> np.ndarray:
        """Prefix sums `start .. stop` inclusive (`start` a multiple of `TILE`)."""
        base = self.checkpoints[start // TILE][None]
        rows = self.vecs[start:stop] * self.weights[start:stop, None]
        # cumsum from the checkpoint on: the same additions, in the same order, as one
        # cumsum over the whole document
        return np.cumsum(np.concatenate([base, rows]), axis=0)


class MergedBlocks:
    """The embeddings of every block of `size` consecutive sentences (row p: sentences
    p .. p + size − 1): float32 rows read by slicing (`blocks[p0:p1]`), approximate
    unless set (`blocks[starts] = vectors`, the blocks encoded for real)."""

    def __init__(self, sums: RunningSums, size: int) -> None:
        self.sums, self.size = sums, size
        self.dim = sums.vecs.shape[1]
        self._real: dict[int, np.ndarray] = {}
        self._tiles: OrderedDict[int, np.ndarray] = OrderedDict()

    def __len__(self) -> int:
        return max(len(self.sums.vecs) - self.size + 1, 0)

    def __setitem__(self, starts: np.ndarray, vectors: np.ndarray) -> None:
        for k, p in enumerate(np.asarray(starts).tolist()):
            self._real[p] = np.asarray(vectors[k], dtype=np.float32)
        self._tiles.clear()

    def __getitem__(self, rows: slice) -> np.ndarray:
        if not isinstance(rows, slice) or rows.step not in (None, 1):
            raise TypeError("merged blocks are read by contiguous slices")
        start, stop, _ = rows.indices(len(self))
        if stop <= start:
            return np.zeros((0, self.dim), dtype=np.float32)
        first, last = start // TILE, (stop - 1) // TILE
        if first == last:
            return self._tile(first)[start - first * TILE : stop - first * TILE]
        parts = [self._tile(t) for t in range(first, last + 1)]
        return np.concatenate(parts)[start - first * TILE : stop - first * TILE]

    def _tile(self, t: int) -> np.ndarray:
        tile = self._tiles.get(t)
        if tile is not None:
            self._tiles.move_to_end(t)
            return tile
        p0, p1 = t * TILE, min(len(self), (t + 1) * TILE)
        sums = self.sums.stretch(p0, p1 - 1 + self.size)  # prefix sums p0 .. p1 - 1 + size
        tile = _normalise(sums[self.size :] - sums[: -self.size]).astype(np.float32)
        for p in range(p0, p1) if self._real else ():
            real = self._real.get(p)
            if real is not None:
                tile[p - p0] = real
        self._tiles[t] = tile
        if len(self._tiles) > KEPT_TILES:
            self._tiles.popitem(last=False)
        return tile
