"""Translation files that already pair segments: TMX, XLIFF and PO (translate-toolkit).

XML is first checked with defusedxml, which refuses entity declarations (the "billion
laughs" bomb) and external references before translate-toolkit (whose own lxml parser
neither resolves entities nor reads the network) builds the store. Units with a source
and a translation become `pairs`; the header and untranslated units are left out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from provenance.errors import InputError
from provenance.text.formats.model import Extracted, assemble, clean_block

_ROOTS = {"tmx": "tmx", "xliff": "xliff"}
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def _safe_xml(data: bytes, fmt: str, source: str) -> Any:
    """Refuse XML that is not well formed, declares entities or references outside
    files, or whose root is not what the format needs."""
    import defusedxml
    import defusedxml.ElementTree as SafeET

    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as err:
        raise InputError(
            f"declares XML entities or external references ({type(err).__name__}), "
            "refused for safety",
            source=source,
            hint=f"export the {fmt.upper()} again without a DTD internal subset",
        ) from err
    except SafeET.ParseError as err:
        raise InputError(
            f"is not well-formed XML ({err})",
            source=source,
            hint=f"export the {fmt.upper()} file again",
        ) from err
    tag = root.tag.rsplit("}", 1)[-1].lower()
    if tag != _ROOTS[fmt]:
        raise InputError(
            f"is not a {fmt.upper()} file (its root element is <{tag}>)",
            source=source,
            hint="check the file, or pass the right --format-in",
        )
    return root


def _store(data: bytes, fmt: str, source: str) -> Any:
    root = _safe_xml(data, fmt, source) if fmt in _ROOTS else None
    try:
        if fmt == "tmx":
            from translate.storage.tmx import tmxfile

            return tmxfile(io.BytesIO(data))
        if fmt == "xliff" and str(root.get("version", "")).startswith("2"):
            from translate.storage.xliff2 import Xliff2File

            return Xliff2File(io.BytesIO(data))
        if fmt == "xliff":
            from translate.storage.xliff import xlifffile

            return xlifffile(io.BytesIO(data))
        from translate.storage.pypo import pofile

        return pofile(io.BytesIO(data))
    except InputError:
        raise
    except Exception as err:  # translate-toolkit raises assorted types for bad input
        raise InputError(
            f"is not a readable {fmt.upper()} file ({type(err).__name__}: {err})"[:300],
            source=source,
            hint=f"export the {fmt.upper()} file again",
        ) from err


def _segment(text: Any) -> str:
    """One segment as plain text: pairs are sentences, so inner line breaks are spaces."""
    return _LINE_BREAKS.sub(" ", clean_block(str(text or "")))


def _langs(store: Any, fmt: str) -> tuple[str | None, str | None]:
    if fmt == "po":
        target = store.gettargetlanguage() if hasattr(store, "gettargetlanguage") else None
        return None, target or None
    src = store.getsourcelanguage() or None
    tgt = store.gettargetlanguage() or None
    if fmt == "tmx" and (tgt is None or src in (None, "*all*")):
        src, tgt = _tmx_langs(store, src)
    return src, tgt


def _tmx_langs(store: Any, src: str | None) -> tuple[str | None, str | None]:
    """TMX names languages per <tuv>: the header's srclang (or the first tuv's) and the
    first other language."""
    for unit in store.units:
        langs = [n.get("{http://www.w3.org/XML/1998/namespace}lang") or n.get("lang")
                 for n in unit.getlanguageNodes()]  # fmt: skip
        langs = [code for code in langs if code]
        if len(langs) >= 2:
            first = src if src not in (None, "*all*") else langs[0]
            other = next((c for c in langs if c.lower() != first.lower()), None)
            return first, other
    return (src if src != "*all*" else None), None


def _locator(unit: Any, number: int, fmt: str) -> str:
    name = {"tmx": "tu", "xliff": "trans-unit", "po": "entry"}[fmt]
    uid = None
    if fmt in ("tmx", "xliff"):
        uid = unit.xmlelement.get("tuid" if fmt == "tmx" else "id")
    if fmt == "xliff" and not uid:  # XLIFF 2: the id is on the <segment>'s parent <unit>
        uid = str(unit.getid() or "").rsplit("\x04", 1)[-1]
    return f"{name} {number}" + (f" (id={uid})" if uid else "")


def read_bilingual(data: bytes, source: str, fmt: str) -> Extracted:
    store = _store(data, fmt, source)
    pairs: list[tuple[str, str]] = []
    locators: list[str] = []
    number = 0
    for unit in store.units:
        if unit.isheader():
            continue
        number += 1
        src, tgt = _segment(unit.source), _segment(unit.target)
        if src and tgt:
            pairs.append((src, tgt))
            locators.append(_locator(unit, number, fmt))
    if not pairs:
        raise InputError(
            f"has no translated units (source and target) in it ({number} unit(s) read)",
            source=source,
            hint="give a file whose units have both a source and a translation",
        )
    ext = assemble(list(zip([p[0] for p in pairs], locators, strict=True)), fmt, source)
    ext.pairs = pairs
    ext.pair_locators = locators
    ext.langs = _langs(store, fmt)
    return ext


def reader(fmt: str) -> Callable[[bytes, str], Extracted]:
    return lambda data, source: read_bilingual(data, source, fmt)
