"""Documents in the formats editors have: plain text, HTML pages, Word .docx, PDF with a
text layer, and the translation files that already pair segments (TMX, XLIFF, PO).

`extract(data, name, format)` returns an `Extracted`: the document body as plain text
(paragraphs separated by blank lines) with a source map back to the original. The format
is told by content and extension (`detect_format`); `format` forces it (`--format-in`).
Every failure is a one-line `InputError` naming the file and what to do (exit 2).
See docs/formats.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from provenance.text.formats.detect import EXTENSIONS, detect_format, sniff
from provenance.text.formats.model import BILINGUAL, FORMATS, Extracted, SourceSpan

__all__ = [
    "BILINGUAL",
    "EXTENSIONS",
    "FORMATS",
    "Extracted",
    "SourceSpan",
    "detect_format",
    "extract",
    "extract_path",
    "extract_string",
    "sniff",
]


def _extractor(fmt: str) -> Callable[[bytes, str], Extracted]:
    # Imported on use: trafilatura, python-docx, pypdf and translate-toolkit cost import
    # time that a plain-text run should not pay.
    if fmt == "text":
        from provenance.text.formats.plain import extract_text

        return extract_text
    if fmt == "html":
        from provenance.text.formats.web import extract_html

        return extract_html
    if fmt == "docx":
        from provenance.text.formats.word import extract_docx

        return extract_docx
    if fmt == "pdf":
        from provenance.text.formats.pdf import extract_pdf

        return extract_pdf
    from provenance.text.formats.bilingual import reader

    return reader(fmt)


def extract(data: bytes, name: str = "", format: str | None = None) -> Extracted:
    """Extract the text of one document given as bytes. `name` (a file name) is used for
    messages and, by its extension, to tell the format; `format` forces one of FORMATS."""
    source = name or "<document>"
    fmt = detect_format(data, name, format)
    return _extractor(fmt)(data, source)


def extract_path(path: Path | str, format: str | None = None) -> Extracted:
    """Read and extract one file ("-" reads standard input)."""
    from provenance.text.load import read_bytes

    source, data = read_bytes(path)
    return extract(data, source, format)


def extract_string(text: str, source: str) -> Extracted:
    """Text given directly (API use, the desk's text box): plain text, as a file would be."""
    from provenance.text.formats.plain import extract_string as from_text

    return from_text(text, source)
