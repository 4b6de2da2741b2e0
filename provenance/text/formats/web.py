"""HTML pages: the article body as trafilatura extracts it (navigation, menus, footers,
comments and other boilerplate dropped), one paragraph per block, each mapped back to
the XPath of the element of the original page it came from."""

from __future__ import annotations

import re
from typing import Any

from provenance.errors import InputError
from provenance.text.formats.model import Extracted, assemble

_WS = re.compile(r"\s+")
# Trafilatura's output elements that are paragraphs of their own.
_BLOCKS = ("head", "p", "item", "quote", "code", "row")
# Elements of the original page a paragraph can come from.
_ORIGINAL_BLOCKS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "td", "th",
    "dd", "dt", "figcaption", "caption", "div", "section", "article", "span",
)  # fmt: skip


def _flat(text: str) -> str:
    """Text as a matching key: without any whitespace, since a page's <br>, cells and
    inline tags put spaces where trafilatura's text has line breaks or none at all."""
    return _WS.sub("", text)


def _block_text(el: Any) -> str:
    """Text of one output block; <lb/> is a line break, table cells are lines of a row."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.tag == "lb" or (node.tag == "cell" and parts):
            parts.append("\n")
        if node.text and node.tag != "lb":
            parts.append(node.text)
        for child in node:
            if child.tag not in _BLOCKS or child is el:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def _body_blocks(body: Any) -> list[str]:
    """The paragraphs of trafilatura's main-content tree, in document order (a block
    nested in another, as <p> in <quote>, is its own paragraph)."""
    out = []
    for el in body.iter(*_BLOCKS):
        if el.tag in ("quote", "item") and any(True for _ in el.iter("p")):
            continue  # its <p> children are the paragraphs
        text = _block_text(el)
        if text.strip():
            out.append(text)
    return out


class _Locator:
    """Finds, for each extracted paragraph in turn, the element of the original page it
    came from: the first block element after the previous match whose text equals it, or
    failing that contains it."""

    def __init__(self, tree: Any) -> None:
        root = tree.getroottree()
        self.elements = [
            (_flat(el.text_content()), root.getpath(el))
            for el in tree.iter(*_ORIGINAL_BLOCKS)
            if isinstance(el.tag, str)
        ]
        self.by_text: dict[str, list[int]] = {}
        for k, (text, _) in enumerate(self.elements):
            self.by_text.setdefault(text, []).append(k)
        self.pos = 0

    def find(self, paragraph: str, index: int) -> str:
        flat = _flat(paragraph)
        hit = next((k for k in self.by_text.get(flat, []) if k >= self.pos), None)
        if hit is None:
            probe = flat[:80]
            hit = next(
                (
                    k
                    for k in range(self.pos, len(self.elements))
                    if probe
                    and probe in self.elements[k][0]
                    and len(self.elements[k][0]) < 4 * len(flat) + 200
                ),
                None,
            )
        if hit is None:
            return f"block {index + 1}"
        # <div><p>text</p></div>: name the innermost element holding just that text.
        key, path = self.elements[hit]
        while hit + 1 < len(self.elements) and self.elements[hit + 1][0] == key:
            if not self.elements[hit + 1][1].startswith(path + "/"):
                break
            hit += 1
            path = self.elements[hit][1]
        self.pos = hit
        return path


def extract_html(data: bytes, source: str) -> Extracted:
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        raise InputError(
            "is not an HTML page that can be parsed", source=source, hint="save the page again"
        )
    doc = trafilatura.bare_extraction(
        data,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
        deduplicate=False,
        favor_recall=True,
    )
    body = getattr(doc, "body", None)
    paragraphs = _body_blocks(body) if body is not None else []
    if not paragraphs:
        raise InputError(
            "has no article text that could be extracted from the page",
            source=source,
            hint="save the article as plain text, or pass --format-in text to read the raw file",
        )
    locate = _Locator(tree)
    blocks = [(p, locate.find(p, k)) for k, p in enumerate(paragraphs)]
    return assemble(blocks, "html", source)
