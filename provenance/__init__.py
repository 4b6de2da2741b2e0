"""provenance — where did meaning drift in a translation chain, and on which hop?

import provenance
report = provenance.check(["a.de.txt", "b.ru.txt", "c.en.txt"])
for flag in report.flags:
    print(flag.type, flag.severity, flag.hop, flag.message)
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# OpenBLAS's idle threads busy-wait for about 2^28 cycles (~0.1 s) after every
# multi-threaded product before they sleep. Between the encoder's batches and after each
# embedding phase that spinning burned ~15-30 % more CPU than the encoder's own work, and
# on a 2-vCPU machine it slowed the thread doing the work. 2^12 cycles lets them sleep at
# once; `provenance bench checks` measured the same or better wall time for the encoder.
# Read by OpenBLAS when numpy loads, so it takes effect when provenance is imported first
# (the CLI, batch workers); a value already set by the user wins.
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "12")

if TYPE_CHECKING:  # pragma: no cover
    from provenance.comparison.run import compare
    from provenance.desk.quote import QuoteCheck, verify_quote
    from provenance.model import Alignment, Document, Flag, Report, Span
    from provenance.pipeline import align_documents, check

_LAZY = {
    "check": ("provenance.pipeline", "check"),
    "align_documents": ("provenance.pipeline", "align_documents"),
    "check_pairs": ("provenance.pairs", "check_pairs"),
    "compare": ("provenance.comparison.run", "compare"),
    "Report": ("provenance.model", "Report"),
    "Flag": ("provenance.model", "Flag"),
    "Span": ("provenance.model", "Span"),
    "Alignment": ("provenance.model", "Alignment"),
    "Document": ("provenance.model", "Document"),
    "verify_quote": ("provenance.desk.quote", "verify_quote"),
    "QuoteCheck": ("provenance.desk.quote", "QuoteCheck"),
}


def __getattr__(name: str) -> Any:
    # Lazy so that `import provenance` stays cheap for the CLI's --help and for workers.
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(name)


__all__ = [
    "Alignment",
    "Document",
    "Flag",
    "QuoteCheck",
    "Report",
    "Span",
    "__version__",
    "align_documents",
    "check",
    "compare",
    "verify_quote",
]
