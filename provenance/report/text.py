"""The terminal report (rich): what an editor reads first, fitting 100 columns.

Order: the chain and the counts by severity, then the quotes of the final text with their
verdicts, then every flagged row with all its documents side by side (drifting spans
highlighted) and, under it, its flags with the hop where each drift appeared.
Without colour (a pipe, a file) the same text is printed plain.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from provenance import lang as lang_data
from provenance.model import SEVERITIES, Document, Flag, Report

SEVERITY_STYLE = {"critical": "bold red", "major": "yellow", "minor": "cyan"}
VERDICT_STYLE = {
    "faithful": "green",
    "drifted": "yellow",
    "paraphrased": "bold red",
    "misattributed": "bold red",
    "unsourced": "bold red",
}


def hop_label(docs: Sequence[Document], hop: Sequence[int]) -> str:
    """ "de→ru" for hop [0, 1]."""
    return f"{docs[hop[0]].lang}→{docs[hop[1]].lang}"


def _row_text(report: Report, rid: int, d: int, flags: Sequence[Flag]) -> Text:
    """One document's side of a row, with the spans flags mark on it highlighted."""
    doc = report.documents[d]
    ids = report.alignments[rid].sentences[d]
    if not ids:
        return Text("—", style="dim")
    text = Text()
    starts: dict[int, int] = {}
    for k, sid in enumerate(ids):
        if k:
            text.append(" ")
        starts[sid] = len(text)
        text.append(doc.sentences[sid])
    # Worst severity last, so it wins where spans overlap.
    for f in sorted(flags, key=lambda f: SEVERITIES.index(f.severity), reverse=True):
        for sp in f.spans:
            if sp.document == d and sp.sentence in starts and sp.end > sp.start:
                base = starts[sp.sentence]
                text.stylize(
                    f"underline {SEVERITY_STYLE[f.severity]}", base + sp.start, base + sp.end
                )
    return text


def _summary(con: Console, report: Report) -> None:
    docs = report.documents
    chain = " → ".join(f"{d.path} ({lang_data.name(d.lang)})" for d in docs)
    con.print(Text(f"provenance: {chain}", style="bold"))
    counts = report.severity_counts()
    line = Text(f"{len(report.alignments)} aligned rows, {len(report.flags)} flags: ")
    for i, sev in enumerate(SEVERITIES):
        if i:
            line.append(", ")
        line.append(f"{counts[sev]} {sev}", style=SEVERITY_STYLE[sev] if counts[sev] else "")
    con.print(line)
    if report.flags:
        by_type = Counter(f.type for f in report.flags)
        hops = Counter(hop_label(docs, f.hop) for f in report.flags)
        con.print(
            Text(
                "by type: "
                + ", ".join(f"{t} {c}" for t, c in by_type.most_common())
                + " · by hop: "
                + ", ".join(f"{h} {c}" for h, c in sorted(hops.items())),
                style="dim",
            )
        )


def _quotes(con: Console, report: Report) -> None:
    if not report.quotes:
        return
    docs = report.documents
    final = docs[-1]
    verdicts = Counter(q["verdict"] for q in report.quotes)
    con.print()
    con.print(
        Text(
            f"Quotes in {final.path}: {len(report.quotes)} "
            f"({', '.join(f'{c} {v}' for v, c in verdicts.most_common())})",
            style="bold",
        )
    )
    table = Table(box=None, padding=(0, 1), expand=True, show_header=True, header_style="dim")
    table.add_column("#", no_wrap=True, justify="right")
    table.add_column("verdict", no_wrap=True)
    table.add_column("hop", no_wrap=True)
    table.add_column("row", no_wrap=True, justify="right")
    table.add_column("speaker", no_wrap=True, max_width=16)
    table.add_column("quote", ratio=1)
    for q in report.quotes:
        hop = hop_label(docs, q["hop"]) if q["hop"] else "—"
        rows = ",".join(str(r) for r in q["alignments"]) or "—"
        words = q["text"] if len(q["text"]) <= 110 else q["text"][:109] + "…"
        table.add_row(
            str(q["id"] + 1),
            Text(q["verdict"], style=VERDICT_STYLE.get(q["verdict"], "")),
            hop,
            rows,
            q["speaker"] or "?",
            f"“{words}”",
        )
    con.print(table)


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    con = Console(
        file=buf,
        width=width,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
    )
    _summary(con, report)
    _quotes(con, report)
    if not report.flags:
        con.print()
        con.print("No drift found.")
        return _strip(buf.getvalue() + signature_footer(report.signature))
    docs = report.documents
    by_row: dict[int, list[Flag]] = {}
    for f in report.flags:
        by_row.setdefault(f.alignment, []).append(f)
    con.print()
    con.print(Text(f"Flagged rows: {len(by_row)}", style="bold"))
    for rid, flags in by_row.items():
        con.rule(Text(f"row {rid}", style="bold"), align="left", style="dim")
        table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
        table.add_column("doc", no_wrap=True, style="dim")
        table.add_column("text", ratio=1)
        for d in range(len(docs)):
            table.add_row(docs[d].lang, _row_text(report, rid, d, flags))
            for bt in back_translations(report, rid, d):
                table.add_row(
                    f"↺{docs[0].lang}", Text(f"{bt['text']}  (chrF {bt['chrf']:.1f})", style="dim")
                )
        con.print(table)
        flag_table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
        flag_table.add_column("severity", no_wrap=True, width=8)
        flag_table.add_column("type", no_wrap=True, width=12)
        flag_table.add_column("hop", no_wrap=True, width=6)
        flag_table.add_column("message", ratio=1)
        for f in flags:
            flag_table.add_row(
                Text(f.severity, style=SEVERITY_STYLE[f.severity]),
                f.type,
                hop_label(docs, f.hop),
                f.message,
            )
        con.print(flag_table)
    return _strip(buf.getvalue() + signature_footer(report.signature))


def back_translations(report: Report, rid: int, d: int) -> list[dict]:
    """Row `rid`'s back-translations of document `d` (`--back-translate`)."""
    if not report.back_translation:
        return []
    return [
        r for r in report.back_translation["rows"] if r["alignment"] == rid and r["document"] == d
    ]


def signature_footer(signature: str, width: int = 100) -> str:
    """The reproducibility signature's footer (empty when the run has none), wrapped at
    its '|' and ',' separators to fit `width` columns (the lines, stripped and joined,
    give the signature back)."""
    if not signature:
        return ""
    lines, line = [], "signature: "
    for piece in re.findall(r"[|,]?[^|,]+", signature):
        if len(line) + len(piece) > width and line.strip():
            lines.append(line)
            line = "  "
        line += piece
    lines.append(line)
    return "\n" + "\n".join(lines) + "\n"


def _strip(out: str) -> str:
    """Drop the padding rich adds after the last column."""
    return "\n".join(line.rstrip() for line in out.split("\n"))
