"""Meaning: aligned sentences whose cross-lingual similarity is unusually low *for this
document pair*.

Similarity levels differ between language pairs, encoders and text genres, so a fixed
threshold either floods a report or misses everything. The row is judged by a robust
z-score against the pair's own distribution (`PairStats.similarity_median` and
`similarity_spread`, MAD-based, from the pair's 1-1 rows). Short rows have noisier
similarities, so their spread is widened by sqrt(1 + SHORT_WORDS / words): a five-word
headline must fall much further before it is flagged.
"""

from __future__ import annotations

import math
import re

from provenance.checks.base import per_text
from provenance.model import Finding, PairView

Z_MINOR = -3.0
Z_MAJOR = -4.5
SHORT_WORDS = 8.0


_WORD = re.compile(r"\w+")


@per_text
def _word_count(text: str) -> int:
    """Words in a row side (counted once: a side is seen on two document pairs)."""
    return len(_WORD.findall(text))


def robust_z(pair: PairView) -> float | None:
    if pair.similarity is None:
        return None
    words = min(_word_count(pair.src.text), _word_count(pair.tgt.text))
    spread = max(pair.stats.similarity_spread, 0.02) * math.sqrt(1 + SHORT_WORDS / max(words, 1))
    return (pair.similarity - pair.stats.similarity_median) / spread


class MeaningCheck:
    name = "meaning"
    types = ("meaning",)

    def __call__(self, pair: PairView) -> list[Finding]:
        z = robust_z(pair)
        if z is None or z > Z_MINOR:
            return []
        return [
            Finding(
                type="meaning",
                severity="major" if z <= Z_MAJOR else "minor",
                message=f"the sentences diverge: similarity {pair.similarity:.2f} is far below "
                f"this document's typical {pair.stats.similarity_median:.2f} (z = {z:.1f})",
                key="meaning",
                src_spans=[(0, len(pair.src.text))],
                tgt_spans=[(0, len(pair.tgt.text))],
                detail={"similarity": round(pair.similarity or 0.0, 4), "z": round(z, 2)},
            )
        ]
