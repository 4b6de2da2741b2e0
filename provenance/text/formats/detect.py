"""Which format a file is in: told by its content (magic bytes, XML root, HTML tags, PO
keywords) and its extension. A file whose extension and content disagree is refused
rather than guessed at, except that a plain-text extension reads the bytes as text."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from provenance.errors import InputError, UsageError
from provenance.text.formats.model import FORMATS

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".tsv": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".tmx": "tmx",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".po": "po",
    ".pot": "po",
}
# What a user would call each format in a message.
LABELS = {
    "text": "plain text",
    "html": "an HTML page",
    "docx": "a Word .docx document",
    "pdf": "a PDF",
    "tmx": "a TMX file",
    "xliff": "an XLIFF file",
    "po": "a PO file",
    "zip": "a zip archive (not a .docx)",
    "ole": "an encrypted or old-style (.doc) Office file",
    "xml": "an XML file of another kind",
}

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97 / encrypted OOXML container
_XML_ROOT = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_XML_SKIP = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>)", re.S | re.I)
_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body|article|main|div|p|h[1-6])[\s>]", re.I)
_PO = re.compile(r'^msgid\s+"', re.M)


def _xml_root(head: str) -> str | None:
    pos = 0
    while True:
        m = _XML_SKIP.match(head, pos)
        if not m:
            break
        pos = m.end()
    m = _XML_ROOT.match(head, pos + (len(head[pos:]) - len(head[pos:].lstrip())))
    return m.group(2).lower() if m else None


def sniff(data: bytes) -> str | None:
    """The format the bytes themselves announce, or None for (probably) plain text."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(_OLE):
        return "ole"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile:
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    head = data[:8192].decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        root = _xml_root(head)
        if root in ("tmx", "xliff"):
            return root
        if root == "html" or _HTML_START.match(head):
            return "html"
        if head.startswith("<?xml"):
            return "xml"
    if _HTML_START.search(head[:2048]) and re.search(r"</(p|div|body|html)>", head, re.I):
        return "html"
    if _PO.search(head) and re.search(r"^msgstr", head, re.M):
        return "po"
    return None


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format-in '{fmt}'", hint=f"use one of {', '.join(FORMATS)}")
    return fmt


def detect_format(data: bytes, name: str = "", forced: str | None = None) -> str:
    """The format to read `data` as. `forced` (from --format-in) wins; otherwise the
    extension, checked against the content; with no known extension, the content."""
    if forced:
        return check_format(forced)
    ext = PurePath(name).suffix.lower() if name and not name.startswith("<") else ""
    by_ext = EXTENSIONS.get(ext)
    by_content = sniff(data)
    if by_ext is None:
        if by_content in (None, "xml"):
            return "text" if by_content is None else _refuse(name, "xml", None)
        return by_content if by_content in FORMATS else _refuse(name, by_content, None)
    if by_content == by_ext:
        return by_ext
    if by_ext == "text":
        # A .txt that is really a PDF or a Word file: say so instead of "binary".
        if by_content in ("pdf", "docx", "ole", "zip"):
            _refuse(name, by_content, by_ext)
        return "text"
    if by_ext == "docx" and by_content == "zip":
        return "docx"  # damaged or not Word: the reader says which
    if by_ext in ("html", "po") and by_content in (None, "html", "po", "xml"):
        return by_ext  # fragments and hand-written PO files announce little
    return _refuse(name, by_content, by_ext)


def _refuse(name: str, found: str | None, claimed: str | None) -> str:
    what = LABELS.get(found or "text", "plain text")
    if claimed is None:
        raise InputError(
            f"is {what}, which provenance cannot read",
            source=name or None,
            hint="give plain text, HTML, DOCX, PDF, TMX, XLIFF or PO",
        )
    if found == "ole":
        raise InputError(
            "is encrypted or an old-style .doc, not a .docx",
            source=name or None,
            hint="remove the password / save it as .docx, or save it as plain text",
        )
    real = found or "text"
    raise InputError(
        f"is not {LABELS[claimed]} (it looks like {what})",
        source=name or None,
        hint=f"rename it to its real extension or pass --format-in {real}"
        if real in FORMATS
        else "save it in the format its name says",
    )
