"""One input of the desk or of `provenance quote` → text: the single door to the format
readers (`provenance.text.formats.extract`, when installed), plain text otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from provenance.text.load import load_bytes


@dataclass(frozen=True)
class SourceText:
    name: str  # a display name (file name), never used as a path
    text: str
    format: str  # "text", or what the format reader recognised ("html", "docx", ...)


def read_source(data: bytes, name: str, format: str | None = None) -> SourceText:
    """Decode one document given as bytes. Errors are one-line `InputError`s naming `name`."""
    try:
        from provenance.text.formats import extract
    except ImportError:  # the format readers are not installed: plain text only
        extract = None
    if extract is not None:
        got = extract(data, name=name, format=format)
        if got.format != "text":
            return SourceText(name, got.text, got.format)
    return SourceText(name, load_bytes(data, name).text, "text")
