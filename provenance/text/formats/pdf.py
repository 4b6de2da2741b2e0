"""PDF with a text layer (pypdf): the text of each page, paragraphs where the page has
blank lines, words hyphenated across a line break joined again. The map names the page.
An encrypted PDF (one that needs a password to open) or one with no text layer (a scan)
is refused with what to do."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from provenance.errors import InputError
from provenance.text.formats.model import Extracted, assemble

# "Regie-\nrung" → "Regierung": a letter, a hyphen at the line end, a lowercase letter.
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])(?=[a-zà-ÿа-яё])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
# pypdf logs what it repairs ("EOF marker not found") on stderr; our one-line error says
# what matters to the user.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _reader(data: bytes, source: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                "is an encrypted PDF (it needs a password to open)",
                source=source,
                hint="save an unprotected copy, or save its text as plain text",
            )
        _ = len(reader.pages)
    except InputError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as err:
        raise InputError(
            f"is not a readable PDF (damaged or truncated: {type(err).__name__})",
            source=source,
            hint="download or export it again",
        ) from err
    return reader


def _page_text(page: Any) -> str:
    try:
        text = page.extract_text() or ""
    except Exception:  # a damaged content stream loses that page's text, not the document
        return ""
    return _HYPHENATED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def extract_pdf(data: bytes, source: str) -> Extracted:
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = _reader(data, source)
    blocks: list[tuple[str, str]] = []
    try:
        for number, page in enumerate(reader.pages, start=1):
            for para in _PARAGRAPH_BREAK.split(_page_text(page)):
                blocks.append((para, f"page {number}"))
    except (FileNotDecryptedError, DependencyError) as err:
        raise InputError(
            "is an encrypted PDF that cannot be read",
            source=source,
            hint="save an unprotected copy, or save its text as plain text",
        ) from err
    if not any(text.strip() for text, _ in blocks):
        raise InputError(
            "has no text layer (a scanned or image-only PDF)",
            source=source,
            hint="run OCR on it first (e.g. ocrmypdf), or give the text as a plain-text file",
        )
    return assemble(blocks, "pdf", source)
