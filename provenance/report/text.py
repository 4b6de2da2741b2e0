"""Plain/coloured terminal report (rich), fitting 100 columns: summary first, then rows."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from provenance import lang as lang_data
from provenance.model import Report

_STYLE = {"critical": "bold red", "major": "yellow", "minor": "cyan"}


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=color, no_color=not color, highlight=False)
    docs = report.documents
    chain = " → ".join(f"{d.path} ({lang_data.name(d.lang)})" for d in docs)
    con.print(Text(f"provenance: {chain}", style="bold"))
    counts = report.severity_counts()
    summary = Text(f"{len(report.alignments)} aligned rows, {len(report.flags)} flags: ")
    for i, sev in enumerate(("critical", "major", "minor")):
        if i:
            summary.append(", ")
        summary.append(f"{counts[sev]} {sev}", style=_STYLE[sev] if counts[sev] else "")
    con.print(summary)
    if not report.flags:
        con.print("No drift found.")
        return buf.getvalue()
    by_row: dict[int, list] = {}
    for f in report.flags:
        by_row.setdefault(f.alignment, []).append(f)
    for rid, flags in by_row.items():
        row = report.alignments[rid]
        con.print()
        con.print(Text(f"Row {rid}", style="bold"))
        table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
        table.add_column("doc", no_wrap=True, style="dim")
        table.add_column("text", ratio=1)
        for d, ids in enumerate(row.sentences):
            text = " ".join(docs[d].sentences[i] for i in ids) or "—"
            table.add_row(docs[d].lang, text)
        con.print(table)
        for f in flags:
            hop = f"{docs[f.hop[0]].lang}→{docs[f.hop[1]].lang}"
            line = Text("  ")
            line.append(f"{f.severity:<8}", style=_STYLE[f.severity])
            line.append(f" {f.type:<12} {hop:<6} {f.message}")
            con.print(line)
    return buf.getvalue()
