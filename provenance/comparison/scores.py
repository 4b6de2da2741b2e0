"""Sentence-level chrF and TER from sacrebleu, with the signatures sacrebleu prints.

The metric objects are sacrebleu's own, with its defaults (chrF2: character 6-grams,
beta 2; TER: tercom tokenisation, case-insensitive), so a row's figure is what
`sacrebleu -m chrf ter` reports for those two strings, and the signature says so.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _metrics() -> tuple[Any, Any]:
    from sacrebleu.metrics import CHRF, TER

    return CHRF(), TER()


def chrf(hypothesis: str, reference: str) -> float:
    """sacrebleu's sentence chrF2 of `hypothesis` against one `reference`, 0..100."""
    return float(_metrics()[0].sentence_score(hypothesis, [reference]).score)


def ter(hypothesis: str, reference: str) -> float:
    """sacrebleu's sentence TER (edits per reference word, x100; 0 = identical)."""
    return float(_metrics()[1].sentence_score(hypothesis, [reference]).score)


def signatures(*, chrf_used: bool = True, ter_used: bool = True) -> list[str]:
    """sacrebleu's signatures of the metrics used, as it prints them."""
    c, t = _metrics()
    out = []
    if chrf_used:
        out.append(f"chrF2|{c.get_signature()}")
    if ter_used:
        out.append(f"TER|{t.get_signature()}")
    return out
