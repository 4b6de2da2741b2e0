"""A drift score in [0, 1] per aligned row (and per `pairs` line).

    drift = 1 - (1 - flags) * (1 - similarity_part)

- `flags`: noisy-or of the row's flags by severity (critical 0.7, major 0.45, minor 0.25):
  every added flag, and every step up in severity, raises the score.
- `similarity_part`: a logistic in the robust z-score of the row's similarity against
  its own document pair (`PairStats`), below `SIM_WEIGHT`. Using z rather than raw
  cosine makes scores comparable across language pairs and documents (German–English
  similarities run higher than Russian–English with the same encoder). It is strictly
  decreasing in similarity, so among rows with the same flags the least similar ranks
  first.

The weights are chosen so that a named drift always outranks a mere similarity dip,
whatever the documents: `SIM_WEIGHT` equals the minor weight, so any flagged row (even
one minor flag, on a perfectly similar row) scores above any unflagged row; and one
flag of a higher severity outranks one flag of the next lower severity with the worst
similarity (major 0.45 > 1 - 0.75 * 0.75; critical 0.7 > 1 - 0.55 * 0.75). A check that
names a drift (an antonym, a tense shift) thus moves the row above its faithful
counterpart even when the embedding barely notices the change.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from provenance.model import Alignment, Flag, PairStats

SEVERITY_WEIGHT = {"critical": 0.7, "major": 0.45, "minor": 0.25}
SIM_WEIGHT = SEVERITY_WEIGHT["minor"]
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
