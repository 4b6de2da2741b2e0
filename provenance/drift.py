"""A drift score in [0, 1] per aligned row (and per `pairs` line).

    drift = 1 - (1 - flags) * (1 - similarity_part)

- `flags`: noisy-or of the row's flags by severity (critical 0.7, major 0.45, minor 0.2):
  every added flag, and every step up in severity, raises the score; a single critical
  flag outranks any unflagged row.
- `similarity_part`: a logistic in the robust z-score of the row's similarity against
  its own document pair (`PairStats`), at most `SIM_WEIGHT`. Using z rather than raw
  cosine makes scores comparable across language pairs and documents (German–English
  similarities run higher than Russian–English with the same encoder). It is strictly
  decreasing in similarity, so among rows with the same flags the least similar ranks
  first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from provenance.checks.base import PairStats
from provenance.model import Alignment, Flag

SEVERITY_WEIGHT = {"critical": 0.7, "major": 0.45, "minor": 0.2}
SIM_WEIGHT = 0.5
SIM_CENTRE = -3.0  # z at which the similarity part is half its weight
_DEFAULT = PairStats()


def similarity_part(similarity: float | None, stats: PairStats | None = None) -> float:
    if similarity is None:
        return 0.0
    st = stats or _DEFAULT
    z = (similarity - st.similarity_median) / max(st.similarity_spread, 0.02)
    x = z - SIM_CENTRE
    return SIM_WEIGHT / (1.0 + math.exp(min(x, 60.0)))


def flag_part(severities: Sequence[str]) -> float:
    keep = 1.0
    for s in severities:
        keep *= 1.0 - SEVERITY_WEIGHT[s]
    return 1.0 - keep


def score(
    severities: Sequence[str], similarity: float | None, stats: PairStats | None = None
) -> float:
    """Drift of one row on one pair of documents."""
    return float(1.0 - (1.0 - flag_part(severities)) * (1.0 - similarity_part(similarity, stats)))


def row_drift(
    alignment: Alignment,
    flags: Sequence[Flag],
    stats: Sequence[PairStats | None] | None = None,
) -> float:
    """Drift of a chain row: its flags, and the least similar hop judged against that
    hop's statistics (`stats[k]` for hop k, default statistics where not given)."""
    sim = 0.0
    for k, s in enumerate(alignment.similarity):
        st = stats[k] if stats is not None and k < len(stats) else None
        sim = max(sim, similarity_part(s, st))
    return float(1.0 - (1.0 - flag_part([f.severity for f in flags])) * (1.0 - sim))
