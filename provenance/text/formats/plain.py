"""Plain text: decoded by `provenance.text.load` (encodings, BOMs, binary refusal); the
map names the line each paragraph starts on."""

from __future__ import annotations

import re

from provenance.text.formats.model import Extracted, SourceSpan
from provenance.text.load import LoadedText, from_string, load_bytes

# The paragraph break `provenance.text.segment` splits on.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def paragraph_map(text: str) -> list[SourceSpan]:
    spans = []
    pos = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if text[pos:end].strip():
            line = text.count("\n", 0, pos) + 1
            spans.append(SourceSpan(pos, end, f"line {line}"))
        if brk:
            pos = brk.end()
    return spans


def from_loaded(loaded: LoadedText) -> Extracted:
    return Extracted(
        text=loaded.text,
        format="text",
        source_map=paragraph_map(loaded.text),
        source=loaded.source,
        encoding=loaded.encoding,
    )


def extract_text(data: bytes, source: str) -> Extracted:
    return from_loaded(load_bytes(data, source))


def extract_string(text: str, source: str) -> Extracted:
    return from_loaded(from_string(text, source))
