"""Speech: quoted and reported speech in a text (`scan`) and who says it (`speakers`).

Tracing the final document's quotes back through the chain is a tracing stage, in
`provenance.trace.quotes`; the row-level check is `provenance.checks.quotes`.
"""

from provenance.speech.scan import (
    DocSpeech,
    QuoteSpan,
    Speech,
    document_speech,
    find_quotes,
    find_speech,
    quote_worthy,
)
from provenance.speech.speakers import SpeechAttribution, attribute_speech, same_speaker

__all__ = [
    "DocSpeech",
    "QuoteSpan",
    "Speech",
    "SpeechAttribution",
    "attribute_speech",
    "document_speech",
    "find_quotes",
    "find_speech",
    "quote_worthy",
    "same_speaker",
]
