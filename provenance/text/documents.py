"""Turn user inputs (paths, "-", or raw strings) into segmented `Document`s.

This is load → (language detection) → segment, shared by `check`, `align` and `batch`.
Files in other formats (HTML, DOCX, PDF, TMX/XLIFF/PO) are extracted by
`provenance.text.formats`; a bilingual file (TMX, XLIFF, PO) stands for two documents,
its source side then its target side, in the chain where it is named.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from provenance import lang as lang_data
from provenance.errors import UsageError
from provenance.model import Document
from provenance.text.formats import Extracted, extract_path, extract_string
from provenance.text.langid import detect
from provenance.text.load import DEFAULT_MAX_CHARS, LoadedText, check_size, too_long
from provenance.text.segment import Segmented, bound_sentences, segment
from provenance.text.segment import presplit as presplit_text

Input = str | Path


def _looks_like_path(item: str) -> bool:
    """A string is a path unless it is clearly text: it has a line break, or it does not
    exist and reads like prose rather than a file name."""
    if "\n" in item:
        return False
    if item == "-" or os.path.exists(item):
        return True
    return len(item) < 256 and (item.endswith(".txt") or os.sep in item or " " not in item)


def _is_file(item: Input) -> bool:
    return isinstance(item, Path) or _looks_like_path(item)


def refuse_oversized(inputs: Sequence[Input], max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Refuse, from their sizes alone, files over `max_chars` characters: before anything is
    read (and, in `check`, before the model starts loading)."""
    for item in inputs:
        if _is_file(item):
            check_size(item, max_chars)


def bounded(ext: Extracted, max_chars: int = DEFAULT_MAX_CHARS) -> Extracted:
    """`ext`, or an `InputError` when its text is over `max_chars` characters (every format
    is measured once extracted; the readers themselves set no limit)."""
    if len(ext.text) > max_chars:
        raise too_long(len(ext.text), "characters", max_chars, ext.source)
    return ext


def extract_input(
    item: Input, index: int, format_in: str | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Extracted:
    """One input as an `Extracted` document: a file or "-" in any supported format, or
    text given directly; refused when over `max_chars` characters."""
    if _is_file(item):
        check_size(item, max_chars)
        return bounded(extract_path(item, format_in), max_chars)
    return bounded(extract_string(str(item), source=f"<text {index + 1}>"), max_chars)


def parse_langs(langs: str | Sequence[str] | None, count: int) -> list[str | None]:
    """`--langs de,ru,en` (or a list) → one validated code per document; None = detect."""
    if langs is None or langs == "" or langs == []:
        return [None] * count
    codes = [c for c in (langs.split(",") if isinstance(langs, str) else langs)]
    if len(codes) != count:
        raise UsageError(
            f"--langs names {len(codes)} language(s) for {count} document(s)",
            hint="give one code per document, in order, e.g. --langs de,ru,en",
        )
    return [lang_data.validate(c) for c in codes]


def _sentence_locators(ext: Extracted, paragraphs: list[int]) -> list[str]:
    by_paragraph = ext.paragraph_locators()
    return [by_paragraph[p] if p < len(by_paragraph) else "" for p in paragraphs]


def _presplit_extracted(ext: Extracted) -> tuple[Segmented, list[str]]:
    """--presplit on a file: a plain-text line, or a paragraph of any other format (a
    Word paragraph, an HTML block, a translation unit), is one sentence."""
    if ext.format == "text":
        seg = presplit_text(ext.text)
        starts = [0, *(k + 1 for k, ch in enumerate(ext.text) if ch == "\n")]
        return seg, [ext.locate(s) or "" for s in starts]
    units = [" ".join(ext.text[a:b].split()) for a, b, _ in ext.source_map]
    return Segmented(units, [0] * len(units)), ext.paragraph_locators()


def make_document(
    loaded: LoadedText | Extracted, lang: str | None, *, presplit: bool = False
) -> Document:
    code = lang or detect(loaded.text, loaded.source)
    locators = None
    if isinstance(loaded, Extracted) and presplit:
        seg, locators = _presplit_extracted(loaded)
    elif presplit:
        seg = presplit_text(loaded.text)
    else:
        seg = segment(loaded.text, code)
    seg, origin = bound_sentences(seg, loaded.source)
    if locators is not None and len(origin) != len(locators):
        locators = [locators[k] for k in origin]
    doc = Document(
        path=loaded.source, lang=code, sentences=seg.sentences, paragraphs=seg.paragraphs
    )
    if isinstance(loaded, Extracted):
        doc.format = loaded.format
        doc.locators = locators or _sentence_locators(loaded, seg.paragraphs)
    return doc


def expand(extracted: Sequence[Extracted]) -> tuple[list[Extracted], list[str | None]]:
    """Bilingual files become their two sides; returns the documents and, per document,
    the language its file names (None: unknown)."""
    docs: list[Extracted] = []
    named: list[str | None] = []
    for ext in extracted:
        sides = ext.sides()
        docs.extend(sides)
        if ext.bilingual:
            named.extend(lang_data_code(c) for c in (ext.langs or (None, None)))
        else:
            named.append(None)
    return docs, named


def lang_data_code(code: str | None) -> str | None:
    """A language tag as files write it ("de-DE", "pt_BR") → its ISO 639-1 code, when
    provenance supports it; else None (then detected)."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    try:
        return lang_data.validate(base)
    except UsageError:
        return None


def load_documents(
    inputs: Sequence[Input],
    langs: str | Sequence[str] | None = None,
    *,
    presplit: bool = False,
    format_in: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[Document]:
    """Load (extracting other formats), detect languages where not given, and segment
    every input. A bilingual file counts as two documents, also for `langs`. A document
    over `max_chars` characters is refused (`InputError`), a file whose size says so
    before it is read."""
    if sum(1 for i in inputs if str(i) == "-") > 1:
        raise UsageError("standard input ('-') can be read only once", hint="give files")
    extracted = [
        extract_input(item, k, format_in, max_chars=max_chars) for k, item in enumerate(inputs)
    ]
    return documents_from(extracted, langs, presplit=presplit)


def documents_from(
    extracted: Sequence[Extracted],
    langs: str | Sequence[str] | None = None,
    *,
    presplit: bool = False,
) -> list[Document]:
    """Documents from files already extracted (e.g. uploads, by
    `provenance.text.formats.extract`): bilingual files expanded to their two sides,
    languages from `langs`, else as the file names them, else detected."""
    sides, named = expand(extracted)
    codes = parse_langs(langs, len(sides))
    return [
        make_document(ext, codes[k] or named[k], presplit=presplit) for k, ext in enumerate(sides)
    ]
