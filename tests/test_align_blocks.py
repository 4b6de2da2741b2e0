"""Merged blocks made on demand (`provenance.align.pair.MergedBlocks`) are bit for bit
the arrays the aligner used to hold."""

from __future__ import annotations

import numpy as np
import pytest

from provenance.align.pair import (
    APPROX_LENGTH_EXP,
    TILE,
    MergedBlocks,
    RunningSums,
    approx_blocks,
    prefix_sums,
)


@pytest.mark.parametrize("n", [1, 2, 4, TILE - 1, TILE, TILE + 1, TILE + 3, 3 * TILE + 5])
def test_merged_blocks_are_the_prefix_sum_blocks_bit_for_bit(n: int) -> None:
    rng = np.random.default_rng(n)
    vecs = rng.standard_normal((n, 64)).astype(np.float32)
    lens = rng.integers(1, 300, n).astype(np.float64)
    sums = RunningSums(vecs, lens**APPROX_LENGTH_EXP)
    whole = prefix_sums(vecs * lens[:, None] ** APPROX_LENGTH_EXP)
    for size in (2, 3, 4):
        held, made = approx_blocks(whole, size), MergedBlocks(sums, size)
        assert len(made) == len(held)
        for a, b in [(0, len(held)), (3, 70), (TILE - 2, TILE + 2), (0, 1), (5, 5)]:
            assert made[a:b].tobytes() == held[a:b].tobytes()
        if len(held) > 5:  # blocks encoded for real replace the approximate ones
            starts, real = np.array([1, 4]), rng.standard_normal((2, 64)).astype(np.float32)
            held[starts], made[starts] = real, real
            assert made[:].tobytes() == held.tobytes()


def test_merged_blocks_are_read_by_slices_only() -> None:
    blocks = MergedBlocks(RunningSums(np.ones((8, 4), np.float32), np.ones(8)), 2)
    with pytest.raises(TypeError):
        blocks[np.array([1, 2])]
