"""Batch runs over archives: resumable, exactly-once, on local worker processes or on a Dask
cluster. See docs/contract.md (the layout) and docs/stages/batch.md (how it is kept).

    from provenance.batch import BatchOptions, run_batch
    stats = run_batch(BatchOptions(archive=Path("archive/"), out=Path("out/"), workers=2))
"""

from __future__ import annotations

from typing import Any

__all__ = ["BatchOptions", "RunStats", "run_batch"]


def __getattr__(name: str) -> Any:
    # Lazy: the CLI imports provenance.batch.cli on every start; the machinery loads on use.
    if name in __all__:
        from provenance.batch import run

        return getattr(run, name)
    raise AttributeError(name)
