"""What every extractor returns: the document body as plain text, with a map back to the
original (which element, paragraph, page or translation unit each paragraph came from)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from provenance.errors import InputError
from provenance.text.load import normalise

FORMATS: tuple[str, ...] = ("text", "html", "docx", "pdf", "tmx", "xliff", "po")
BILINGUAL: frozenset[str] = frozenset({"tmx", "xliff", "po"})

_CONTROL = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")
_INNER_BLANKS = re.compile(r"\n{2,}")
_SPACES = re.compile(r"[ \t\u00a0]+")


class SourceSpan(NamedTuple):
    """`text[start:end]` (one paragraph) came from `locator` in the original:
    "line 3", "/html/body/article/p[2]", "paragraph 4", "page 2", "unit 7 (id=42)"."""

    start: int
    end: int
    locator: str


@dataclass
class Extracted:
    """A document as extracted from its file.

    `text` holds the body as plain text, paragraphs separated by one blank line; each
    paragraph has one `source_map` entry, in order. For a bilingual file (TMX, XLIFF, PO)
    `text` is the source side, `pairs` the (source, target) segments and `langs` their
    (source, target) languages as the file names them (either may be None when the file
    does not say); `sides()` gives the two sides as two documents.
    """

    text: str
    format: str
    source_map: list[SourceSpan]
    source: str = ""  # the file's name in messages ("a.de.docx", "<stdin>")
    pairs: list[tuple[str, str]] | None = None
    langs: tuple[str | None, str | None] | None = None
    pair_locators: list[str] | None = None  # one per pair, when `pairs` is set
    encoding: str | None = None  # plain text only: how the bytes were decoded
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    @property
    def bilingual(self) -> bool:
        return self.pairs is not None

    def locate(self, offset: int) -> str | None:
        """The locator of the paragraph holding character `offset` of `text`."""
        if not self.source_map:
            return None
        if len(self._starts) != len(self.source_map):
            self._starts = [s.start for s in self.source_map]
        k = bisect.bisect_right(self._starts, offset) - 1
        return self.source_map[max(k, 0)].locator

    def paragraph_locators(self) -> list[str]:
        """One locator per paragraph, in the order `segment()` numbers paragraphs."""
        return [s.locator for s in self.source_map]

    def sides(self) -> list[Extracted]:
        """A bilingual file as two monolingual documents (source, target), one paragraph
        per translation unit; a monolingual one as itself."""
        if self.pairs is None:
            return [self]
        locs = self.pair_locators or [f"unit {k + 1}" for k in range(len(self.pairs))]
        out = []
        for side in (0, 1):
            lang = self.langs[side] if self.langs else None
            name = (
                f"{self.source} ({'source' if side == 0 else 'target'}{f' {lang}' if lang else ''})"
            )
            blocks = [(pair[side], loc) for pair, loc in zip(self.pairs, locs, strict=True)]
            out.append(assemble(blocks, self.format, name))
        return out


def clean_block(text: str) -> str:
    """One paragraph: NFC, Unix newlines, no control characters, no blank lines inside
    (a blank line would split it and the map would drift), runs of spaces collapsed."""
    text = _CONTROL.sub("", normalise(text))
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _INNER_BLANKS.sub("\n", text).strip()


def assemble(blocks: list[tuple[str, str]], fmt: str, source: str) -> Extracted:
    """Join (paragraph text, locator) blocks into one text with its source map; refuse a
    document with no text at all."""
    parts: list[str] = []
    spans: list[SourceSpan] = []
    pos = 0
    for raw, locator in blocks:
        block = clean_block(raw)
        if not block:
            continue
        if parts:
            pos += 2  # the blank line between paragraphs
        parts.append(block)
        spans.append(SourceSpan(pos, pos + len(block), locator))
        pos += len(block)
    if not parts:
        raise InputError(
            f"has no text after {fmt.upper() if fmt != 'text' else 'text'} extraction",
            source=source,
            hint="give a document with text in it",
        )
    return Extracted(text="\n\n".join(parts), format=fmt, source_map=spans, source=source)
