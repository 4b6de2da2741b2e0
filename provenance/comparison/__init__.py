"""Same-language comparison (`provenance compare`): see `provenance.comparison.run`."""

from __future__ import annotations

from provenance.comparison.run import SCHEMA_COMPARE, CompareReport, CompareRow, compare

__all__ = ["SCHEMA_COMPARE", "CompareReport", "CompareRow", "compare"]
