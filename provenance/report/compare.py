"""Reports of `provenance compare`: text, JSON (`provenance.compare/1`) and HTML.

The HTML page is the check page's machinery (escaping, filters, flag list, CSP, footer)
with each row's word diff drawn in: deleted and replaced words of A struck through
(`<del>`), inserted and replacing words of B underlined (`<ins>`), flagged spans marked.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from itertools import pairwise

from rich.console import Console
from rich.table import Table
from rich.text import Text

from provenance.comparison.run import CompareReport, CompareRow
from provenance.errors import UsageError
from provenance.model import SEVERITIES, SEVERITY_RANK, Flag
from provenance.report import html as page
from provenance.report.text import SEVERITY_STYLE, signature_footer

COMPARE_FORMATS = ("text", "json", "html")


def render_compare(cr: CompareReport, fmt: str, *, color: bool = False, width: int = 100) -> str:
    if fmt == "json":
        return json.dumps(cr.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        return render_compare_text(cr, color=color, width=width)
    if fmt == "html":
        return render_compare_html(cr)
    raise UsageError(f"unknown --format '{fmt}'", hint=f"use one of {', '.join(COMPARE_FORMATS)}")


def _row_texts(cr: CompareReport, row: CompareRow) -> tuple[str, str]:
    docs = cr.documents
    return tuple(  # type: ignore[return-value]
        " ".join(docs[d].sentences[i] for i in row.sentences[d]) for d in (0, 1)
    )


def _flag_ranges(cr: CompareReport, row: CompareRow, d: int, fids: Sequence[int]):
    """(start, end, flag index) of each flag span on side `d`, as offsets into the row text."""
    docs = cr.documents
    starts, pos = {}, 0
    for sid in row.sentences[d]:
        starts[sid] = pos
        pos += len(docs[d].sentences[sid]) + 1
    out = []
    for i in fids:
        for sp in cr.flags[i].spans:
            if sp.document == d and sp.sentence in starts:
                out.append((starts[sp.sentence] + sp.start, starts[sp.sentence] + sp.end, i))
    return out


# ---------------------------------------------------------------- text


def _styled(text: str, changed: Sequence[tuple[int, int]], style: str) -> Text:
    out = Text(text or "—", style="" if text else "dim")
    for a, b in changed:
        if b > a:
            out.stylize(style, a, b)
    return out


def render_compare_text(cr: CompareReport, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=color, no_color=not color, highlight=False)
    d = cr.to_dict()["summary"]
    a, b = cr.documents
    con.print(
        Text(f"provenance compare: {a.path} ↔ {b.path} ({a.lang})", style="bold"), markup=False
    )
    counts = cr.severity_counts()
    con.print(
        f"{d['alignments']} aligned rows, {d['changed']} changed; chrF {d['chrf']}, "
        f"TER {d['ter']}; {len(cr.flags)} flags: "
        + ", ".join(f"{counts[s]} {s}" for s in SEVERITIES),
        markup=False,
    )
    by_row: dict[int, list[Flag]] = {}
    for f in cr.flags:
        by_row.setdefault(f.alignment, []).append(f)
    for row in cr.rows:
        flags = by_row.get(row.id, [])
        if not row.diff and not flags:
            continue
        ta, tb = _row_texts(cr, row)
        score = "" if row.chrf is None else f"  chrF {row.chrf:.1f}  TER {row.ter:.1f}"
        con.rule(Text(f"row {row.id}{score}", style="bold"), align="left", style="dim")
        table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
        table.add_column("side", no_wrap=True, style="dim")
        table.add_column("text", ratio=1)
        table.add_row("A", _styled(ta, [(e.a_start, e.a_end) for e in row.diff], "strike red"))
        table.add_row("B", _styled(tb, [(e.b_start, e.b_end) for e in row.diff], "underline green"))
        edits = "; ".join(_edit_line(e) for e in row.diff[:8]) + (" …" if len(row.diff) > 8 else "")
        if edits:
            table.add_row("Δ", Text(edits, style="dim"))
        con.print(table)
        for f in flags:
            con.print(
                Text.assemble(
                    (f"  {f.severity:<8} ", SEVERITY_STYLE[f.severity]), f"{f.type:<10} {f.message}"
                )
            )
    if not cr.flags:
        con.print("\nNo fact or meaning change found.", markup=False)
    out = "\n".join(line.rstrip() for line in buf.getvalue().split("\n"))
    return out + signature_footer(cr.signature)


def _edit_line(e) -> str:
    if e.op == "insert":
        return f"+'{e.b_text}'"
    if e.op == "delete":
        return f"-'{e.a_text}'"
    return f"'{e.a_text}'→'{e.b_text}'"


# ---------------------------------------------------------------- HTML


def _painted(
    text: str, changes: Sequence[tuple[int, int]], tag: str, marks, flags: Sequence[Flag]
) -> str:
    """`text` escaped, changed ranges in <tag>, flagged ranges in <mark> (worst severity)."""
    cuts = {0, len(text)}
    for a, b in changes:
        cuts.update((a, b))
    for a, b, _ in marks:
        cuts.update((max(0, min(a, len(text))), max(0, min(b, len(text)))))
    out = []
    for a, b in pairwise(sorted(cuts)):
        piece = page._e(text[a:b])
        covering = sorted({i for s, e, i in marks if s <= a and b <= e})
        if covering:
            worst = max((flags[i] for i in covering), key=lambda f: SEVERITY_RANK[f.severity])
            title = " | ".join(flags[i].message for i in covering)
            piece = (
                f'<mark class="sev-{worst.severity}" data-flags="{" ".join(map(str, covering))}"'
                f' title="{page._e(title)}">{piece}</mark>'
            )
        if any(s <= a and b <= e and e > s for s, e in changes):
            piece = f"<{tag}>{piece}</{tag}>"
        out.append(piece)
    return "".join(out)


def _html_rows(cr: CompareReport) -> str:
    flags = cr.flags
    by_row: dict[int, list[int]] = {}
    for i, f in enumerate(flags):
        by_row.setdefault(f.alignment, []).append(i)
    body = []
    for row in cr.rows:
        fids = by_row.get(row.id, [])
        ta, tb = _row_texts(cr, row)
        cells = []
        for d, (text, tag) in enumerate(((ta, "del"), (tb, "ins"))):
            changes = [(e.a_start, e.a_end) if d == 0 else (e.b_start, e.b_end) for e in row.diff]
            inner = _painted(text, changes, tag, _flag_ranges(cr, row, d, fids), flags)
            cells.append(f"<td>{inner or '<span class=empty>—</span>'}</td>")
        score = "—" if row.chrf is None else f"chrF {row.chrf:.1f}<br>TER {row.ter:.1f}"
        links = "".join(
            f'<a href="#flag-{i}" class="badge sev-{flags[i].severity}" data-flag="{i}" '
            f'title="{page._e(flags[i].message)}">{page._e(flags[i].type)}</a> '
            for i in fids
        )
        body.append(
            f'<tr id="row-{row.id}" class="{"row flagged" if fids else "row"}" '
            f'data-row="{row.id}" data-flags="{" ".join(map(str, fids))}">'
            f"<th>{row.id}</th>{''.join(cells)}<td class=score>{score}</td>"
            f"<td class=row-flags>{links}</td></tr>"
        )
    a, b = cr.documents
    return (
        f"<section id=alignment><h2>Aligned rows ({len(cr.rows)})</h2><table id=rows>"
        f"<thead><tr><th>#</th><th>A<br><small>{page._e(a.path)}</small></th>"
        f"<th>B<br><small>{page._e(b.path)}</small></th><th>scores</th><th>flags</th></tr>"
        f"</thead><tbody>{''.join(body)}</tbody></table></section>"
    )


def render_compare_html(cr: CompareReport) -> str:
    """One self-contained page (inline CSS and script, every text escaped)."""
    report = cr.report
    a, b = cr.documents
    s = cr.to_dict()["summary"]
    counts = cr.severity_counts()
    sev = ", ".join(f'<span class="sev-{k}">{counts[k]} {k}</span>' for k in SEVERITIES)
    header = (
        f"<header><h1>Comparison</h1><p class=chain><span class=doc>{page._e(a.path)}</span> ↔ "
        f"<span class=doc>{page._e(b.path)}</span> <span class=lang>({page._e(a.lang)})</span></p>"
        f"<p id=summary>{s['alignments']} aligned rows, {s['changed']} changed; chrF "
        f"{s['chrf']}, TER {s['ter']}; <span id=flag-count>{len(cr.flags)}</span> flags: {sev}"
        "</p></header>"
    )
    title = f"provenance compare: {a.path} ↔ {b.path}"
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width,initial-scale=1">'
        "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; "
        f"style-src 'unsafe-inline'; script-src '{page._SCRIPT_HASH}'; img-src data:\">"
        f"<title>{page._e(title)}</title><style>{page._CSS}</style></head><body>"
        f"{header}{page._filters(report)}{page._flag_list(report)}{_html_rows(cr)}"
        f"{page.footer(cr.signature)}<script>{page._JS}</script></body></html>\n"
    )
