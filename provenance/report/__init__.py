"""Stage 6 — report: render a `Report` (or an alignment) for people and programs."""

from __future__ import annotations

import json
from typing import TextIO

from provenance.errors import UsageError
from provenance.model import Report

CHECK_FORMATS = ("text", "json", "html", "csv")


def render_check(report: Report, fmt: str, *, color: bool = False, width: int = 100) -> str:
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        from provenance.report.text import render_text

        return render_text(report, color=color, width=width)
    if fmt == "csv":
        from provenance.report.csv_flags import render_csv

        return render_csv(report)
    if fmt == "html":
        try:
            from provenance.report.html import render_html
        except ImportError as err:
            raise UsageError(
                "--format html is not available yet", hint="use --format text or json"
            ) from err
        return render_html(report)
    raise UsageError(f"unknown --format '{fmt}'", hint=f"use one of {', '.join(CHECK_FORMATS)}")


def write_check(report: Report, fmt: str, out: TextIO, *, color: bool = False) -> None:
    """`render_check` written to `out`, the same characters. JSON is streamed: the whole
    string of a long document's report (and the encoder's list of its pieces, several
    times the string) is never held at once."""
    if fmt == "json":
        json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(render_check(report, fmt, color=color))
