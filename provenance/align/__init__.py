"""Sentence alignment: pairs (`align_pair`) and chains (`align_chain`).

A *bead* is one alignment block `(src_ids, tgt_ids)`; beads cover every sentence of
both documents exactly once, in order. A chain row has one id list per document.

The pair aligner is a two-step, Bertalign-class aligner over sentence embeddings
(`pair.py`): 1–1 anchors from a windowed top-k of the cross-similarity matrix, then a
banded DP over 0–1 … 4–1 beads with all scores vectorised over the band (`dp.py`).
Chains compose the hops and repair disagreements with the direct first↔last alignment
(`chain.py`).
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.align.chain import align_chain_with, compose, repair_with_direct
from provenance.align.pair import AlignConfig, align_pair
from provenance.embed import Encoder

Bead = tuple[list[int], list[int]]
Row = list[list[int]]


def align_chain(
    docs: Sequence[Sequence[str]], encoder: Encoder, config: AlignConfig | None = None
) -> list[Row]:
    """One table for a chain: each row has one (possibly empty) id list per document.

    Every sentence of every document appears in exactly one row, and each document's ids
    increase down the table. Pass a `CachedEncoder` so the direct first↔last alignment
    reuses the hops' embeddings.
    """
    return align_chain_with(docs, lambda a, b: align_pair(a, b, encoder, config))


__all__ = [
    "AlignConfig",
    "Bead",
    "Row",
    "align_chain",
    "align_pair",
    "compose",
    "repair_with_direct",
]
