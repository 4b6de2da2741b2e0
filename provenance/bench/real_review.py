"""Verdicts of reviewed critical flags, carried over to a new `bench real --critical-list`.

Every critical flag that `provenance bench real` raises on a faithful reference is
reviewed by hand: real (the reference is wrong) or false (and which rule makes it). The
verdicts live in Markdown tables (`docs/real-critical-review.md`, or an earlier
`--critical-list` file whose verdict column was filled in). A regenerated list takes the
verdict of every flag reviewed there and marks the others as unreviewed, so a review is
never redone and a new flag is never hidden among old ones.

A reviewed row is the same flag when its reference (or chain hop), line and check/type
are the flag's and it names the same spans: the same spans column where the table has
one, else the same message, else a message that holds every span the flag marks ("24
апреля became April 14" for the spans "24 апреля" and "April 14").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

UNREVIEWED = "unreviewed"
SPAN_SEP = " · "  # how `critical_markdown` joins a flag's spans in one cell

# The repository's review, beside the package (a source checkout); absent in a wheel.
DEFAULT_REVIEW = Path(__file__).resolve().parents[2] / "docs" / "real-critical-review.md"


@dataclass(frozen=True)
class Reviewed:
    """One reviewed row of a table: where, line, "check/type", message, spans (None when
    the table has no spans column) and the verdict."""

    where: str
    line: int
    check_type: str
    message: str
    spans: tuple[str, ...] | None
    verdict: str


_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _cells(row: str) -> list[str]:
    """The cells of a Markdown table row, "\\|" and "\\\\" unescaped (see `_cell` in
    `real_report`)."""
    inner = row.strip()[1:-1] if row.strip().endswith("|") else row.strip()[1:]
    return [c.strip().replace("\\|", "|").replace("\\\\", "\\") for c in _CELL_SPLIT.split(inner)]


def _norm(text: str) -> str:
    return " ".join(text.split())


def parse_review(text: str) -> list[Reviewed]:
    """Every row with a verdict of every table in `text` whose header names the columns
    reference, line, check/type and verdict (message and spans when present)."""
    out: list[Reviewed] = []
    header: list[str] | None = None
    for raw in text.splitlines():
        if not raw.lstrip().startswith("|"):
            header = None
            continue
        cells = _cells(raw)
        if header is None:
            names = [c.lower() for c in cells]
            header = names if {"reference", "line", "check/type", "verdict"} <= set(names) else []
            continue
        if not header or set(raw.strip()) <= set("|-: "):
            continue  # another table, or the header's rule
        row = dict(zip(header, cells, strict=False))
        verdict = row.get("verdict", "").strip()
        if not verdict or verdict.strip("*_ ").lower() == UNREVIEWED:
            continue
        try:
            line = int(row["line"])
        except ValueError:
            continue
        spans = row.get("spans")
        out.append(
            Reviewed(
                where=row["reference"],
                line=line,
                check_type=row["check/type"],
                message=_norm(row.get("message", "")),
                spans=tuple(_norm(s) for s in spans.split(SPAN_SEP)) if spans is not None else None,
                verdict=verdict,
            )
        )
    return out


def load_reviews(paths: Iterable[Path]) -> list[Reviewed]:
    """The reviewed rows of every file that exists, earlier files first."""
    out: list[Reviewed] = []
    for path in paths:
        if path.is_file():
            out += parse_review(path.read_text(encoding="utf-8"))
    return out


def _same_flag(r: Reviewed, item: dict[str, Any]) -> bool:
    if (r.where, r.line, r.check_type) != (
        item["where"],
        item["line"],
        f"{item['check']}/{item['type']}",
    ):
        return False
    spans = tuple(_norm(s) for s in item["spans"])
    if r.spans is not None:
        return r.spans == spans
    if r.message == _norm(item["message"]):
        return True
    return bool(spans) and all(s and s in r.message for s in spans)


def carry_verdicts(items: Sequence[dict[str, Any]], reviews: Sequence[Reviewed]) -> int:
    """Give each critical flag (an item of `critical_list`) the verdict of the reviewed row
    that is the same flag, else `UNREVIEWED`; each reviewed row serves one flag. Returns
    how many flags were reviewed."""
    free = list(reviews)
    done = 0
    for item in items:
        hit = next((r for r in free if _same_flag(r, item)), None)
        if hit is None:
            item["verdict"] = UNREVIEWED
            continue
        free.remove(hit)
        item["verdict"] = hit.verdict
        done += 1
    return done
