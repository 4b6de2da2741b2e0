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
# A line reaching this share of the page's right edge was wrapped, not ended; one
# reaching the second share was wrapped unless it ends a sentence.
_WRAPPED = 0.85
_MAYBE_WRAPPED = 0.6
_SENTENCE_END = re.compile(r"[.!?…:;\"'»«“”„)\]]\s*$")
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


def reflow(page: str) -> tuple[list[str], bool]:
    """A page's lines as paragraphs. A PDF keeps no paragraphs, only positioned lines:
    a vertical gap (a blank line in layout mode) ends a paragraph; so does a line that
    stops short of the page's right edge, since a line that runs (nearly) to the edge
    was wrapped by the layout and continues on the next. Layout mode places characters
    by their position, so a line's length measures where it ends on the page. Returns the
    paragraphs and whether the last one runs on to the next page."""
    raw_blocks = [
        [ln.rstrip() for ln in block.split("\n") if ln.strip()]
        for block in _PARAGRAPH_BREAK.split(page)
    ]
    edge = _right_edge(raw_blocks)
    out: list[str] = []
    for block in raw_blocks:
        current: list[str] = []
        for line in block:
            current.append(_SPACES.sub(" ", line).strip())
            if not _wrapped(line, edge):
                out.append(_joined(current))
                current = []
        if current:
            out.append(_joined(current))
    runs_on = bool(raw_blocks and raw_blocks[-1] and current)
    return out, runs_on


def _wrapped(line: str, edge: float) -> bool:
    """Does `line` continue on the next? Yes when it reaches (nearly) the right edge; when
    it stops somewhat short, only if it does not end a sentence (layout mode measures
    proportional type roughly); a line well short of the edge ends its paragraph."""
    if edge < 30:
        return False
    share = len(line) / edge
    if share >= _WRAPPED:
        return True
    return share >= _MAYBE_WRAPPED and not _SENTENCE_END.search(line)


def _continues(first: str) -> bool:
    """The next page's first paragraph carries on the previous page's last one when it
    starts mid-sentence, in lowercase (a capital may start a heading or a new sentence)."""
    letter = next((ch for ch in first if ch.isalpha()), "")
    return letter.islower()


def _right_edge(blocks: list[list[str]]) -> float:
    """Where the page's wrapped lines end: the median length of lines that another line
    follows in their block (mostly wrapped ones; layout mode measures proportional type
    only roughly, so the longest line overshoots), else the longest line."""
    inner = sorted(len(ln) for block in blocks for ln in block[:-1])
    if len(inner) >= 3:
        return float(inner[len(inner) // 2])
    return float(max((len(ln) for block in blocks for ln in block), default=0))


def _joined(lines: list[str]) -> str:
    return _HYPHENATED.sub("", "\n".join(lines)).replace("\n", " ")


def extract_pdf(data: bytes, source: str) -> Extracted:
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = _reader(data, source)
    blocks: list[tuple[str, str]] = []
    try:
        runs_on = False
        for number, page in enumerate(reader.pages, start=1):
            paras, next_runs_on = reflow(_page_text(page))
            if runs_on and paras and blocks and _continues(paras[0]):
                # a paragraph broken by the page end
                text, where = blocks.pop()
                paras[0] = f"{text} {paras[0]}"
                blocks.append((paras.pop(0), where))
            blocks.extend((para, f"page {number}") for para in paras)
            runs_on = next_runs_on
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
