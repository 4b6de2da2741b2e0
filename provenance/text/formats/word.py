"""Word .docx documents (python-docx): the body's paragraphs and table cells in reading
order; headers, footers and comments are left out. The map names the body paragraph
("paragraph 4") or table cell ("table 1, row 2, cell 3")."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from provenance.errors import InputError
from provenance.text.formats.model import Extracted, assemble

# A Word package unpacks to a few times its size; far more is a zip bomb, not a document.
MAX_UNPACKED = 512 * 1024 * 1024


def _unpacked_size(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return sum(info.file_size for info in zf.infolist())


def _open(data: bytes, source: str) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        if _unpacked_size(data) > MAX_UNPACKED:
            raise InputError(
                f"unpacks to more than {MAX_UNPACKED // 2**20} MB (a zip bomb?)",
                source=source,
                hint="save the text as a smaller .docx or as plain text",
            )
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as err:
        raise InputError(
            "is not a readable .docx (the zip container is damaged or truncated)",
            source=source,
            hint="open and save it again in Word or LibreOffice",
        ) from err
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as err:
        raise InputError(
            f"is not a readable Word document ({type(err).__name__})",
            source=source,
            hint="open and save it again as .docx, or save it as plain text",
        ) from err


def _table_blocks(table: Any, t: int) -> list[tuple[str, str]]:
    blocks = []
    for r, row in enumerate(table.rows, start=1):
        seen: set[int] = set()
        for c, cell in enumerate(row.cells, start=1):
            if id(cell._tc) in seen:  # a merged cell repeats across the columns it spans
                continue
            seen.add(id(cell._tc))
            text = "\n".join(p.text for p in cell.paragraphs if p.text.strip())
            blocks.append((text, f"table {t}, row {r}, cell {c}"))
    return blocks


def extract_docx(data: bytes, source: str) -> Extracted:
    from docx.table import Table

    document = _open(data, source)
    blocks: list[tuple[str, str]] = []
    paragraph = table = 0
    try:
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                table += 1
                blocks.extend(_table_blocks(item, table))
            else:
                paragraph += 1
                blocks.append((item.text, f"paragraph {paragraph}"))
    except (KeyError, ValueError, AttributeError) as err:
        raise InputError(
            f"has a Word body that cannot be read ({type(err).__name__})",
            source=source,
            hint="open and save it again as .docx",
        ) from err
    return assemble(blocks, "docx", source)
