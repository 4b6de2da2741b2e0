"""Turn user inputs (paths, "-", or raw strings) into segmented `Document`s.

This is load → (language detection) → segment, shared by `check`, `align` and `batch`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from provenance import lang as lang_data
from provenance.errors import UsageError
from provenance.model import Document
from provenance.text.langid import detect
from provenance.text.load import DEFAULT_MAX_CHARS, LoadedText, from_string, load_text
from provenance.text.segment import bound_sentences, segment
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


def load_input(item: Input, index: int, *, max_chars: int = DEFAULT_MAX_CHARS) -> LoadedText:
    if isinstance(item, Path) or _looks_like_path(item):
        return load_text(item, max_chars=max_chars)
    return from_string(str(item), source=f"<text {index + 1}>", max_chars=max_chars)


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


def make_document(loaded: LoadedText, lang: str | None, *, presplit: bool = False) -> Document:
    code = lang or detect(loaded.text, loaded.source)
    seg = presplit_text(loaded.text) if presplit else segment(loaded.text, code)
    seg = bound_sentences(seg, loaded.source)
    return Document(
        path=loaded.source, lang=code, sentences=seg.sentences, paragraphs=seg.paragraphs
    )


def load_documents(
    inputs: Sequence[Input],
    langs: str | Sequence[str] | None = None,
    *,
    presplit: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[Document]:
    """Load, detect languages where not given, and segment every input (each at most
    `max_chars` characters: `InputError` above it)."""
    if sum(1 for i in inputs if str(i) == "-") > 1:
        raise UsageError("standard input ('-') can be read only once", hint="give files")
    codes = parse_langs(langs, len(inputs))
    return [
        make_document(load_input(item, k, max_chars=max_chars), codes[k], presplit=presplit)
        for k, item in enumerate(inputs)
    ]
