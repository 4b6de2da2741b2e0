"""Adaptor to the speech scanner (quoted vs reported speech, speakers, names across scripts).

The desk imports speech scanning only through this module, so that moving the scanner
(`provenance.quotes` → `provenance.speech` / `provenance.trace`) means re-pointing these
imports and nothing else.
"""

from __future__ import annotations

from provenance.quotes import (
    DocSpeech,
    Speech,
    document_speech,
    find_quotes,
    find_speech,
    quote_worthy,
    same_person,
)

__all__ = [
    "DocSpeech",
    "Speech",
    "document_speech",
    "find_quotes",
    "find_speech",
    "quote_worthy",
    "same_person",
]
