"""The desk's report with the editor's marks, as HTML (the project's report page), JSON or CSV."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from provenance.desk.jobs import DeskResult
from provenance.desk.marks import flag_key
from provenance.desk.render import _quote_panel
from provenance.model import Flag

FORMATS = ("html", "json", "csv")


def render(res: DeskResult, marks: dict[str, dict[str, str]], fmt: str) -> tuple[str, str]:
    """(body, media type) of the export in `fmt`."""
    if fmt == "json":
        return json.dumps(to_dict(res, marks), ensure_ascii=False, indent=2), "application/json"
    if fmt == "csv":
        return to_csv(res, marks), "text/csv; charset=utf-8"
    return to_html(res, marks), "text/html; charset=utf-8"


def to_dict(res: DeskResult, marks: dict[str, dict[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = res.report.to_dict() if res.report else {"flags": []}
    for flag, key in zip(out["flags"], res.flag_keys, strict=True):
        flag["key"] = key
        if key in marks:
            flag["mark"] = marks[key]
    out["documents_key"] = res.key
    out["quote_checks"] = [q.to_dict() for q in res.quotes]
    return out


MARK_COLUMNS = ("mark", "note", "key")


def to_csv(res: DeskResult, marks: dict[str, dict[str, str]]) -> str:
    """The report's CSV of flags (`provenance.report.csv_flags`) with the marks' columns."""
    from provenance.report.csv_flags import render_csv

    if res.report is None:
        return "\ufeff" + ",".join(MARK_COLUMNS) + "\r\n"

    def mark_of(flag: Flag) -> dict[str, str]:
        key = flag_key(flag)
        mark = marks.get(key, {})
        return {"mark": mark.get("status", ""), "note": mark.get("note", ""), "key": key}

    return render_csv(res.report, mark_of, MARK_COLUMNS)


def to_html(res: DeskResult, marks: dict[str, dict[str, str]]) -> str:
    from provenance.report.html import render_html

    items = []
    flags = res.report.flags if res.report else []
    for i, (f, key) in enumerate(zip(flags, res.flag_keys, strict=True)):
        if key in marks:
            m = marks[key]
            label = "checked, fine" if m["status"] == "fine" else "needs fixing"
            items.append(
                f'<li class="mark mark-{escape(m["status"])}"><a href="#flag-{i}">flag {i}</a> '
                f"({escape(f.type)}, row {f.alignment}): <b>{label}</b>"
                f"{' — ' + escape(m['note']) if m.get('note') else ''}</li>"
            )
    section = (
        f"<section id=marks><h2>Editor's marks ({len(items)})</h2>"
        f"<ul>{''.join(items) or '<li>none</li>'}</ul></section>{_quote_panel(res)}"
    )
    if res.report is None:
        return f"<!DOCTYPE html><html lang=en><meta charset=utf-8><body>{section}</body></html>\n"
    page = render_html(res.report)
    return page.replace("<section id=flags>", section + "<section id=flags>", 1)
