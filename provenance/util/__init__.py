"""Small utilities the stages share: the on-disk cache, bounded memos, word lexicons, and
`running_sums` (the aligner's and the edit encoder's prefix sums; here rather than in a
module of its own)."""

from __future__ import annotations

import numpy as np


def running_sums(rows: np.ndarray, first: np.ndarray | None = None) -> np.ndarray:
    """`np.cumsum(np.concatenate([first[None], rows]), axis=0)` in float64 (`first`: a
    zero row when None), bit for bit: the same additions in the same order.

    numpy's cumulative sum down the rows of a C-ordered matrix walks each column with a
    stride of a whole row; adding row after row into the next walks memory in order, ~8×
    faster on the aligner's and the edit encoder's (rows × 512–1,280) matrices. The loop
    is over rows (hundreds to a few thousand here), each step one vector addition."""
    rows = np.asarray(rows)
    out = np.empty((len(rows) + 1, rows.shape[1]), dtype=np.float64)
    if first is None:
        out[0] = 0.0
    else:
        out[0] = first
    for k in range(len(rows)):
        np.add(out[k], rows[k], out=out[k + 1])
    return out
