"""`check --format csv`: one row per flag, for a spreadsheet.

UTF-8 with a byte-order mark (so Excel reads Cyrillic and umlauts right), CRLF rows
(RFC 4180), and every cell that a spreadsheet would take for a formula (starting with
= + - @, or a tab or carriage return) prefixed with an apostrophe, so a document's text
can never run as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping

from provenance.model import Flag, Report

COLUMNS = (
    "alignment",
    "hop",
    "source_lang",
    "target_lang",
    "type",
    "severity",
    "check",
    "message",
    "source_text",
    "target_text",
    "source_locator",
    "target_locator",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """A cell as text a spreadsheet shows as text, never evaluates."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _side(report: Report, flag: Flag, d: int) -> tuple[str, str]:
    """The text of document `d`'s sentences in the flag's row, and where they are in the
    original file (for formats other than plain text)."""
    doc = report.documents[d]
    row = next((a for a in report.alignments if a.id == flag.alignment), None)
    ids = row.sentences[d] if row is not None and d < len(row.sentences) else []
    text = " ".join(doc.sentences[i] for i in ids)
    places = dict.fromkeys(loc for i in ids if (loc := doc.locator(i)))
    return text, "; ".join(places)


def flag_rows(
    report: Report, extra: Callable[[Flag], Mapping[str, object]] | None = None
) -> list[dict[str, object]]:
    """One dict per flag, keyed by COLUMNS (plus whatever `extra` adds, e.g. a desk's
    marks), values not yet neutralised."""
    rows = []
    for flag in report.flags:
        a, b = flag.hop
        src_text, src_loc = _side(report, flag, a)
        tgt_text, tgt_loc = _side(report, flag, b)
        row: dict[str, object] = {
            "alignment": flag.alignment,
            "hop": f"{a}-{b}",
            "source_lang": report.documents[a].lang,
            "target_lang": report.documents[b].lang,
            "type": flag.type,
            "severity": flag.severity,
            "check": flag.check,
            "message": flag.message,
            "source_text": src_text,
            "target_text": tgt_text,
            "source_locator": src_loc,
            "target_locator": tgt_loc,
        }
        if extra is not None:
            row.update(extra(flag))
        rows.append(row)
    return rows


def render_csv(
    report: Report,
    extra: Callable[[Flag], Mapping[str, object]] | None = None,
    extra_columns: tuple[str, ...] = (),
) -> str:
    """The flags as CSV text starting with a BOM (write it as UTF-8 bytes, as is)."""
    out = io.StringIO()
    out.write("\ufeff")
    columns = COLUMNS + tuple(c for c in extra_columns if c not in COLUMNS)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for row in flag_rows(report, extra):
        writer.writerow({k: neutralise(row.get(k, "")) for k in columns})
    return out.getvalue()
