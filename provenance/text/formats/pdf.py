"""PDF with a text layer (pypdf): the text of each page, its lines reflowed into
paragraphs (see `reflow`), words hyphenated across a line break joined again. The map
names the page.
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
_SPACES = re.compile(r"[ \t\u00a0]+")  # layout mode pads justified lines
# A line at least this share of the page's longest line was wrapped, not ended.
_WRAPPED = 0.8
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
    """The page's text in layout mode (vertical gaps between paragraphs come out as blank
    lines), or in plain mode where the layout cannot be rendered."""
    text = ""
    for mode in ("layout", "plain"):
        try:
            text = page.extract_text(extraction_mode=mode) or ""
            break
        except Exception:  # a damaged content stream loses that page's text, not the file
            continue
    return text.replace("\r\n", "\n").replace("\r", "\n")


def reflow(page: str) -> list[str]:
    """A page's lines as paragraphs. A PDF keeps no paragraphs, only positioned lines:
    a vertical gap (a blank line in layout mode) ends a paragraph; so does a line shorter
    than the block's longest, since a line that runs (nearly) to the full width was
    wrapped by the layout and continues on the next (a short one ends its paragraph or
    is a heading)."""
    out: list[str] = []
    for block in _PARAGRAPH_BREAK.split(page):
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        full = max(len(ln) for ln in lines)
        current: list[str] = []
        for line in lines:
            current.append(line)
            if full < 30 or len(line) < _WRAPPED * full:
                out.append(_HYPHENATED.sub("", "\n".join(current)).replace("\n", " "))
                current = []
        if current:
            out.append(_HYPHENATED.sub("", "\n".join(current)).replace("\n", " "))
    return out


def extract_pdf(data: bytes, source: str) -> Extracted:
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = _reader(data, source)
    blocks: list[tuple[str, str]] = []
    try:
        for number, page in enumerate(reader.pages, start=1):
            for para in reflow(_page_text(page)):
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
