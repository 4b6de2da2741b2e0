"""`provenance quote` as text for a terminal."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from provenance.desk.quote import QuoteCheck
from provenance.model import Report

if TYPE_CHECKING:  # pragma: no cover
    from provenance.desk.jobs import DeskResult


_SPEECH = {"direct": "quoted", "reported": "reported speech", "none": "narrative, no speech"}


def _hop(res: QuoteCheck, hop) -> str:
    docs = res.documents
    return f"{docs[hop[0]].lang}→{docs[hop[1]].lang}"


def quote_text(res: QuoteCheck, shown: int = 5) -> str:
    docs = res.documents
    lines = [f"Quote ({res.lang}): “{res.quote}”" + (f" — {res.speaker}" if res.speaker else "")]
    where = f" on hop {_hop(res, res.hop)}" if res.hop else ""
    lines.append(f"Verdict: {res.verdict}{where}")
    lines.append("")
    lines.append("Source passages, best first:")
    if not res.candidates:
        lines.append("  (none)")
    for k, c in enumerate(res.candidates[:shown], 1):
        doc = docs[c.document]
        ids = ", ".join(str(s + 1) for s in c.sentences)
        who = f", speaker {c.speaker}" if c.speaker else ""
        lines.append(
            f"  {k}. {doc.path} ({doc.lang}) sentence {ids}: score {c.score:.2f}, "
            f"{_SPEECH.get(c.speech, c.speech)}{who}"
        )
        lines.extend(f"     {s}" for s in c.text)
    lines.append("")
    lines.append(f"Drifts ({len(res.flags)}):" if res.flags else "Drifts: none found.")
    for f in res.flags:
        lines.append(f"  {f.severity:<8} {f.type:<12} {_hop(res, f.hop):<7} {f.message}")
    return "\n".join(lines) + "\n"


# --- the desk's result panel (HTML fragment; every text escaped) ------------------------------


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _row_of(report: Report | None) -> dict[tuple[int, int], int]:
    if report is None:
        return {}
    return {
        (d, s): a.id for a in report.alignments for d, ids in enumerate(a.sentences) for s in ids
    }


def _quote_panel(res: DeskResult) -> str:
    if not res.quotes:
        return ""
    rows = _row_of(res.report)
    items = []
    for k, q in enumerate(res.quotes):
        docs = q.documents
        hop = f"{docs[q.hop[0]].lang}→{docs[q.hop[1]].lang}" if q.hop else "—"
        sources = []
        for c in q.trace:
            if c is None:
                continue
            doc = docs[c.document]
            links = " ".join(
                f'<a href="#row-{rows[(c.document, s)]}" class=row-link '
                f'data-row="{rows[(c.document, s)]}">row {rows[(c.document, s)]}</a>'
                for s in c.sentences
                if (c.document, s) in rows
            )
            who = f" · {_e(c.speaker)}" if c.speaker else ""
            sources.append(
                f"<li><span class=lang>{_e(doc.lang)}</span> "
                f'<span class="speech speech-{_e(c.speech)}">{_e(c.speech)}</span>{who} '
                f"<span class=score>{c.score:.2f}</span> {_e(' '.join(c.text))} {links}</li>"
            )
        flags = "".join(
            f'<li class="sev-{f.severity}"><span class="badge sev-{f.severity}">{f.severity}</span>'
            f" <span class=type>{_e(f.type)}</span> "
            f"<span class=hop>{_e(docs[f.hop[0]].lang)}→{_e(docs[f.hop[1]].lang)}</span> "
            f"{_e(f.message)}</li>"
            for f in q.flags
        )
        items.append(
            f'<tr class="quote verdict-{_e(q.verdict)}" id="checked-quote-{k}">'
            f'<td><span class="badge verdict-{_e(q.verdict)}">{_e(q.verdict)}</span></td>'
            f"<td>{_e(hop)}</td><td>{_e(q.speaker or '?')}</td>"
            f"<td><q>{_e(q.quote)}</q>"
            f"<ul class=sources>{''.join(sources) or '<li>no source found</li>'}</ul>"
            f"{'<ul class=quote-flags>' + flags + '</ul>' if flags else ''}</td></tr>"
        )
    return (
        f"<section id=checked-quotes><h2>Quotes you gave ({len(res.quotes)})</h2>"
        "<table class=quotes><thead><tr><th>verdict</th><th>hop</th><th>speaker</th>"
        "<th>quote and its source</th></tr></thead>"
        f"<tbody>{''.join(items)}</tbody></table></section>"
    )


def _hop_filter(report: Report) -> str:
    from collections import Counter

    count = Counter(tuple(f.hop) for f in report.flags)
    docs = report.documents
    hops = sorted(count)
    boxes = "".join(
        f'<label><input type=checkbox data-filter=hop value="{a}-{b}" checked>'
        f" {_e(docs[a].lang)}→{_e(docs[b].lang)} ({count[(a, b)]})</label>"
        for a, b in hops
    )
    return f"<fieldset id=hop-filter><legend>Hop</legend>{boxes or '<i>no flags</i>'}</fieldset>"


def desk_fragment(res: DeskResult) -> str:
    """The result panel: summary, filters, quotes, flags and the aligned chain."""
    from provenance.report import html as report_html

    report = res.report
    if report is None:
        return f"<div id=desk-result>{_quote_panel(res)}</div>"
    filters = report_html._filters(report).replace("</nav>", _hop_filter(report) + "</nav>", 1)
    return (
        "<div id=desk-result>"
        f"{report_html._header(report)}{filters}{_quote_panel(res)}"
        f"{report_html._quotes(report)}{report_html._flag_list(report)}{report_html._rows(report)}"
        "</div>"
    )
