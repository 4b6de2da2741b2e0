"""Adaptor to the speech scanner (quoted vs reported speech, speakers, names across scripts).

The desk imports speech scanning only through this module. It reads the scanner where it
lives now (`provenance.speech`, `lang-speech`'s layout) and else where it lived before
(`provenance.quotes`), so a merge in either order leaves the desk working.
"""

from __future__ import annotations

try:
    from provenance.speech import (
        DocSpeech,
        Speech,
        document_speech,
        find_quotes,
        find_speech,
        quote_worthy,
    )
    from provenance.speech import same_speaker as _same_speaker

    def same_person(a: str, lang_a: str, b: str, lang_b: str) -> bool:
        """Whether speaker `a` (named in `lang_a`) and `b` (in `lang_b`) are one person."""
        return _same_speaker(a, lang_a, b, lang_b)

except ImportError:  # the layout before provenance/speech/
    from provenance.quotes import (  # type: ignore[no-redef]
        DocSpeech,
        Speech,
        document_speech,
        find_quotes,
        find_speech,
        quote_worthy,
    )
    from provenance.quotes import same_person as _same_person

    def same_person(a: str, lang_a: str, b: str, lang_b: str) -> bool:  # type: ignore[misc]
        """Whether speaker `a` (named in `lang_a`) and `b` (in `lang_b`) are one person."""
        return _same_person(a, b)


__all__ = [
    "DocSpeech",
    "Speech",
    "document_speech",
    "find_quotes",
    "find_speech",
    "quote_worthy",
    "same_person",
]
