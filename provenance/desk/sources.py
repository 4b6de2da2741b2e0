"""Inputs of the desk and of `provenance quote` → texts: the single door to the format readers
(`provenance.text.formats`: plain text, HTML, DOCX, PDF, and TMX/XLIFF/PO, whose two sides
are two documents)."""

from __future__ import annotations

from dataclasses import dataclass

from provenance.text.formats import Extracted, extract


@dataclass(frozen=True)
class SourceText:
    name: str  # a display name (file name), never used as a path
    text: str
    format: str  # "text", "html", "docx", "pdf", "tmx", "xliff", "po"
    lang: str | None = None  # the language the file itself names (bilingual files), if any
    extracted: Extracted | None = None  # with its map back to the original


def read_sources(data: bytes, name: str, format: str | None = None) -> list[SourceText]:
    """The document(s) in one file given as bytes: one, or two for a bilingual file.
    Errors are one-line `InputError`s naming `name`."""
    from provenance.text.documents import expand

    sides, named = expand([extract(data, name=name, format=format)])
    return [
        SourceText(side.source, side.text, side.format, lang, side)
        for side, lang in zip(sides, named, strict=True)
    ]
