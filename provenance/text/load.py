"""Stage 1 — load: read bytes, decode them, normalise the text.

Accepts UTF-8 (with or without BOM), UTF-16/32 with BOM, and the legacy single-byte
encodings newsrooms still receive (cp1251, KOI8-R, cp1252/latin-1), telling them apart
by how plausible each decoding reads. What cannot be decoded with confidence, or is
not text at all, is refused with a one-line `InputError` naming the file.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import InputError

# Legacy encodings we try, in order of preference when they read equally well.
LEGACY_ENCODINGS = ("cp1251", "koi8_r", "cp1252", "latin_1")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORD = re.compile(r"[^\W\d_]+")
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0E-\x1F\x7F]")


@dataclass
class LoadedText:
    """A decoded, normalised input. `source` names it in messages ("a.de.txt", "<stdin>")."""

    source: str
    text: str
    encoding: str


def read_bytes(path: str | Path) -> tuple[str, bytes]:
    """Read a file (or stdin for "-"), with errors a user can act on."""
    if str(path) == "-":
        return "<stdin>", sys.stdin.buffer.read()
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError("no such file", source=name, hint="check the path")
    if p.is_dir():
        raise InputError("is a directory, not a text file", source=name, hint="name a .txt file")
    try:
        return name, p.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror})", source=name) from err


def _plausibility(text: str) -> float:
    """How much `text` reads like natural language (higher is better).

    Wrong single-byte decodings betray themselves by words that mix Latin and Cyrillic
    letters ("Mдrz"), by inverted case inside words (KOI8-R read as cp1251 gives
    "пРИВЕТ"), and by rare symbols where letters should be.
    """
    words = _WORD.findall(text)
    if not words:
        return 0.0
    bad = 0
    for w in words:
        if _CYR.search(w) and _LAT.search(w):
            bad += 2
        elif len(w) > 1 and w[0].islower() and any(c.isupper() for c in w[1:]):
            bad += 1
    letters = sum(len(w) for w in words)
    odd = sum(1 for c in text if unicodedata.category(c) in ("So", "Sk", "Co", "Cn", "Sm"))
    return 1.0 - (bad / len(words)) - 3.0 * odd / max(letters, 1)


def decode(raw: bytes, source: str) -> tuple[str, str]:
    """Decode bytes to text; return (text, encoding name)."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError as err:
                raise InputError(
                    f"starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()}",
                    source=source,
                    hint="re-save it as UTF-8",
                ) from err
    if b"\x00" in raw:
        raise InputError(
            "looks binary (contains NUL bytes), not text",
            source=source,
            hint="give a plain-text file; UTF-16 needs a byte-order mark",
        )
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in LEGACY_ENCODINGS:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0] + 1e-9:
            best = (score, enc, text)
    if best is None or best[0] < 0.8:
        raise InputError(
            "is not UTF-8 and no legacy encoding (cp1251, KOI8-R, latin-1) reads cleanly",
            source=source,
            hint="re-save it as UTF-8",
        )
    return best[2], best[1]


def normalise(text: str) -> str:
    """NFC, Unix newlines, no stray BOMs or trailing blanks on lines; paragraphs kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip("\n")


def load_text(path: str | Path) -> LoadedText:
    """Read, decode and normalise one input file (or "-")."""
    source, raw = read_bytes(path)
    return load_bytes(raw, source)


def load_bytes(raw: bytes, source: str) -> LoadedText:
    """Decode and normalise bytes already read (batch workers get bytes, not paths)."""
    if not raw.strip():
        raise InputError("is empty", source=source, hint="give a file with text in it")
    text, encoding = decode(raw, source)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise InputError(
            "looks binary (many control characters), not text",
            source=source,
            hint="give a plain-text file",
        )
    text = _CONTROL.sub("", normalise(text))
    if not text.strip():
        raise InputError("has no text in it", source=source, hint="give a file with text in it")
    return LoadedText(source=source, text=text, encoding=encoding)


def from_string(text: str, source: str) -> LoadedText:
    """Wrap text given directly (API use) the same way as a file."""
    norm = normalise(text)
    if not norm.strip():
        raise InputError("is empty", source=source, hint="give some text")
    return LoadedText(source=source, text=norm, encoding="str")
