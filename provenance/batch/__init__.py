"""Batch runs over archives: resumable, exactly-once, on local worker processes or on a Dask
cluster. See the `batch` section of ../shared/CONTRACTS.md and README.md.

    from provenance.batch import BatchOptions, run_batch
    stats = run_batch(BatchOptions(archive=Path("archive/"), out=Path("out/"), workers=2))
"""

from __future__ import annotations

from provenance.batch.run import BatchOptions, RunStats, run_batch

__all__ = ["BatchOptions", "RunStats", "run_batch"]
