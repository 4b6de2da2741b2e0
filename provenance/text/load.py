"""Stage 1 — load: read bytes, decode them, normalise the text.

Accepts UTF-8 (with or without BOM), UTF-16/32 with BOM, and the legacy single-byte
encodings newsrooms still receive (cp1251, KOI8-R, cp1252/latin-1), telling them apart
by how plausible each decoding reads. UTF-8 with a damaged tail or a few bad bytes stays
UTF-8 (the bad bytes become U+FFFD, with a warning): a legacy code page is chosen only
when the bytes as a whole say so. What cannot be decoded with confidence, or is not text
at all, is refused with a one-line `InputError` naming the file.

Normalising strips what an editor cannot see but the checks would trip over: zero-width
characters, soft hyphens and bidirectional controls inside words (a right-to-left override
would also reorder what the report shows). `LoadedText.offsets` maps every offset of the
normalised text back to the original.
"""

from __future__ import annotations

import bisect
import codecs
import re
import sys
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from provenance.errors import InputError

# The default ceiling on one document, in characters (`--max-chars`): about 10 MB of
# text, some 100,000 sentences. Above it a document is refused at once, before any work.
DEFAULT_MAX_CHARS = 12_000_000

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
# Invisible characters that split or reorder words: zero-width space/joiners, word joiner,
# soft hyphen, BOM/ZWNBSP, Mongolian vowel separator, and the bidirectional marks,
# embeddings, overrides and isolates (U+200E/F, U+202A-E, U+2066-9, U+061C).
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]"
)
_TRAILING_BLANKS = re.compile(r"[ \t\f\v]+$", re.M)


class InputWarning(UserWarning):
    """Something in an input was repaired (bad bytes replaced, ...); the CLI prints it as
    one line on stderr."""


@dataclass
class OffsetMap:
    """Offsets of a normalised text back to the original text, stored as the points where
    the shift changes (edits are few): original = offset + shift at the last point <= offset."""

    points: list[int] = field(default_factory=list)
    shifts: list[int] = field(default_factory=list)

    def to_original(self, offset: int) -> int:
        k = bisect.bisect_right(self.points, offset) - 1
        return offset + (self.shifts[k] if k >= 0 else 0)

    def then(self, later: OffsetMap) -> OffsetMap:
        """The map of applying this edit first, then `later` (offsets of the final text)."""
        if not later.points:
            return self
        if not self.points:
            return later
        points = sorted(set(later.points) | {self._inverse_point(p, later) for p in self.points})
        shifts = [self.to_original(later.to_original(p)) - p for p in points]
        return OffsetMap(points, shifts)

    @staticmethod
    def _inverse_point(point: int, later: OffsetMap) -> int:
        # the first offset of the later text that maps at or past `point`
        lo, hi = 0, max(point, 0) + 1
        while lo < hi:
            mid = (lo + hi) // 2
            if later.to_original(mid) < point:
                lo = mid + 1
            else:
                hi = mid
        return lo


@dataclass
class LoadedText:
    """A decoded, normalised input. `source` names it in messages ("a.de.txt", "<stdin>")."""

    source: str
    text: str
    encoding: str
    offsets: OffsetMap = field(default_factory=OffsetMap)


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
    damaged = _damaged_utf8(raw)
    if damaged is not None:
        text, bad = damaged
        warnings.warn(
            f"{source}: {bad} byte(s) are not valid UTF-8 and were replaced with U+FFFD",
            InputWarning,
            stacklevel=2,
        )
        return text, "utf-8"
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


# Multi-byte UTF-8 sequences: a legacy single-byte text (cp1251, cp1252) almost never
# forms one by chance, so many of them and few invalid bytes mean damaged UTF-8.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _damaged_utf8(raw: bytes) -> tuple[str, int] | None:
    """(text, bad bytes) if `raw` is UTF-8 with a few invalid bytes (a cut tail, a stray
    byte), or None if the invalid bytes are too many for that."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    if valid >= bad and (bad <= 3 or valid >= 10 * bad):
        return text, bad
    return None


def _deletions(text: str, pattern: re.Pattern[str]) -> tuple[str, OffsetMap]:
    """`text` without `pattern`'s matches, and the map back to `text`."""
    points: list[int] = []
    shifts: list[int] = []
    pieces: list[str] = []
    kept = removed = 0
    for m in pattern.finditer(text):
        pieces.append(text[kept : m.start()])
        removed += m.end() - m.start()
        kept = m.end()
        points.append(m.start() - removed + (m.end() - m.start()))
        shifts.append(removed)
    if not points:
        return text, OffsetMap()
    pieces.append(text[kept:])
    return "".join(pieces), OffsetMap(points, shifts)


def _nfc(text: str) -> tuple[str, OffsetMap]:
    """NFC, with a map: each composed character maps to the start of what it came from."""
    if unicodedata.is_normalized("NFC", text):
        return text, OffsetMap()
    out: list[str] = []
    points: list[int] = []
    shifts: list[int] = []
    pos = start = 0
    # Chunks that start at a character of combining class 0 compose independently.
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        chunk = unicodedata.normalize("NFC", text[start:i])
        if len(chunk) != i - start:
            points.append(pos + len(chunk))
            shifts.append(i - (pos + len(chunk)))
        out.append(chunk)
        pos += len(chunk)
        start = i
    return "".join(out), OffsetMap(points, shifts)


_CR_BEFORE_LF = re.compile("\r(?=\n)")


def normalise_mapped(text: str) -> tuple[str, OffsetMap]:
    """`normalise`, with the map from the normalised text back to `text`."""
    offsets = OffsetMap()
    text, edit = _deletions(text, _CR_BEFORE_LF)
    offsets = offsets.then(edit)
    text = text.replace("\r", "\n")  # one for one: offsets unchanged
    for step in (
        lambda t: _deletions(t, _INVISIBLE),
        lambda t: _deletions(t, _CONTROL),
        _nfc,
        lambda t: _deletions(t, _TRAILING_BLANKS),
    ):
        text, edit = step(text)
        offsets = offsets.then(edit)
    lead = len(text) - len(text.lstrip("\n"))
    text = text.strip("\n")
    return text, offsets.then(OffsetMap([0], [lead]) if lead else OffsetMap())


def normalise(text: str) -> str:
    """NFC, Unix newlines, no invisible characters (zero-width, soft hyphens, bidi
    controls) or trailing blanks on lines; paragraphs kept."""
    return normalise_mapped(text)[0]


def too_long(size: int, unit: str, max_chars: int, source: str) -> InputError:
    return InputError(
        f"is {size:,} {unit}, above the limit of {max_chars:,} characters a document",
        source=source,
        hint="split it into smaller documents, or raise --max-chars",
    )


def check_size(path: str | Path, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Refuse a file that its size alone shows to be over `max_chars` (UTF-8 takes at most 4
    bytes a character), before anything is read or loaded."""
    if str(path) == "-":
        return
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # read_bytes names the problem
    if size > 4 * max_chars:
        raise too_long(size, "bytes", max_chars, str(path))


def load_text(path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> LoadedText:
    """Read, decode and normalise one input file (or "-"); refuse one over `max_chars`
    before reading it where its size already says so."""
    check_size(path, max_chars)
    source, raw = read_bytes(path)
    return load_bytes(raw, source, max_chars=max_chars)


def load_bytes(raw: bytes, source: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> LoadedText:
    """Decode and normalise bytes already read (batch workers get bytes, not paths)."""
    if not raw.strip():
        raise InputError("is empty", source=source, hint="give a file with text in it")
    if len(raw) > 4 * max_chars:
        raise too_long(len(raw), "bytes", max_chars, source)
    text, encoding = decode(raw, source)
    if len(text) > max_chars:
        raise too_long(len(text), "characters", max_chars, source)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise InputError(
            "looks binary (many control characters), not text",
            source=source,
            hint="give a plain-text file",
        )
    text, offsets = normalise_mapped(text)
    if not text.strip():
        raise InputError("has no text in it", source=source, hint="give a file with text in it")
    return LoadedText(source=source, text=text, encoding=encoding, offsets=offsets)


def from_string(text: str, source: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> LoadedText:
    """Wrap text given directly (API use) the same way as a file."""
    if len(text) > max_chars:
        raise too_long(len(text), "characters", max_chars, source)
    norm, offsets = normalise_mapped(text)
    if not norm.strip():
        raise InputError("is empty", source=source, hint="give some text")
    return LoadedText(source=source, text=norm, encoding="str", offsets=offsets)
