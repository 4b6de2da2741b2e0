"""A drift score in [0, 1] per aligned row (and per `pairs` line).

PLACEHOLDER (issue 5 calibrates it): noisy-or of flag weights by severity, combined
with how far the row's similarity falls below a faithful level.
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.model import Alignment, Flag

SEVERITY_WEIGHT = {"critical": 0.8, "major": 0.5, "minor": 0.2}


def score(severities: Sequence[str], similarity: float | None) -> float:
    keep = 1.0
    for s in severities:
        keep *= 1.0 - SEVERITY_WEIGHT[s]
    sim_part = 0.0 if similarity is None else max(0.0, min(1.0, (0.8 - similarity) / 0.6))
    return float(1.0 - keep * (1.0 - 0.5 * sim_part))


def row_drift(alignment: Alignment, flags: Sequence[Flag]) -> float:
    sims = [s for s in alignment.similarity if s is not None]
    return score([f.severity for f in flags], min(sims) if sims else None)
