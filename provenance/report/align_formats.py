"""Renderings of a pair alignment: contract JSON, TSV, and TMX 1.4 / XLIFF 1.2 written by
translate-toolkit (valid files that CAT tools and translate-toolkit read back)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from provenance.errors import UsageError
from provenance.model import SCHEMA_ALIGN, Document

ALIGN_FORMATS = ("json", "tsv", "tmx", "xliff")
Beads = list[tuple[list[int], list[int]]]


def render_align(docs: list[Document], beads: Beads, fmt: str) -> str:
    src, tgt = docs
    if fmt == "json":
        data = {
            "schema": SCHEMA_ALIGN,
            "langs": [src.lang, tgt.lang],
            "alignments": [[list(a), list(b)] for a, b in beads],
        }
        return json.dumps(data, ensure_ascii=False) + "\n"
    if fmt == "tsv":
        lines = []
        for a, b in beads:
            s = " ".join(src.sentences[i] for i in a).replace("\t", " ")
            t = " ".join(tgt.sentences[j] for j in b).replace("\t", " ")
            lines.append(f"{a}:{b}\t{s}\t{t}")
        return "\n".join(lines) + "\n"
    if fmt in ("tmx", "xliff"):
        return translation_file(docs, beads, fmt)
    raise UsageError(f"unknown --format '{fmt}'", hint=f"use one of {', '.join(ALIGN_FORMATS)}")


def _joined(doc: Document, ids: list[int]) -> str:
    return " ".join(doc.sentences[i] for i in ids)


def translation_file(docs: list[Document], beads: Beads, fmt: str) -> str:
    """One unit per bead with sentences on both sides (a unit needs a source and a
    translation: omissions and additions have no unit). Each unit notes the sentence
    indices it joins, so it can be traced back to the alignment."""
    from provenance import __version__

    src, tgt = docs
    if fmt == "tmx":
        from translate.storage.tmx import tmxfile

        store: Any = tmxfile(sourcelanguage=src.lang, targetlanguage=tgt.lang)
    else:
        from translate.storage.xliff import xlifffile

        store = xlifffile(sourcelanguage=src.lang, targetlanguage=tgt.lang)
        store.setfilename(store.getfilenode("NoName"), Path(src.path).name or "document")
    for k, (a, b) in enumerate(beads):
        if not a or not b:
            continue
        if fmt == "tmx":
            unit = store.addsourceunit(_joined(src, a), src.lang)
        else:
            unit = store.UnitClass(_joined(src, a))
            store.addunit(unit)
        unit.settarget(_joined(tgt, b), tgt.lang)
        if fmt == "tmx":
            unit.xmlelement.set("tuid", str(k))
        else:
            unit.setid(str(k))
        unit.addnote(f"alignment {k}: source sentences {a}, target sentences {b}")
    if fmt == "tmx":
        header = next(store.document.getroot().iterchildren(store.namespaced("header")))
        header.set("creationtool", "provenance")
        header.set("creationtoolversion", __version__)
    return bytes(store).decode("utf-8")
