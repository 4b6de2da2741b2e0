"""Renderings of a pair alignment: contract JSON, TSV and TMX 1.4."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from provenance.errors import UsageError
from provenance.model import SCHEMA_ALIGN, Document

ALIGN_FORMATS = ("json", "tsv", "tmx")
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
    if fmt == "tmx":
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<tmx version="1.4">',
            f'  <header creationtool="provenance" creationtoolversion="1" datatype="plaintext" '
            f'segtype="sentence" adminlang="en" srclang={quoteattr(src.lang)} o-tmf="none"/>',
            "  <body>",
        ]
        for a, b in beads:
            if not a or not b:
                continue  # a TMX unit needs both sides
            s = " ".join(src.sentences[i] for i in a)
            t = " ".join(tgt.sentences[j] for j in b)
            out.append("    <tu>")
            out.append(f'      <tuv xml:lang="{src.lang}"><seg>{escape(s)}</seg></tuv>')
            out.append(f'      <tuv xml:lang="{tgt.lang}"><seg>{escape(t)}</seg></tuv>')
            out.append("    </tu>")
        out += ["  </body>", "</tmx>"]
        return "\n".join(out) + "\n"
    raise UsageError(f"unknown --format '{fmt}'", hint=f"use one of {', '.join(ALIGN_FORMATS)}")
