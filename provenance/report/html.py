"""The HTML report: one self-contained page an editor can open offline, file or print.

- a column per document, one table row per alignment row, the spans a flag marks
  highlighted in every language that has them;
- the quotes of the final text with their verdicts and sources;
- the flag list, each flag linking to its row; filters by type and severity;
- print-friendly CSS (filters hidden, rows never split across pages).

Every piece of document text is escaped (`html.escape`): archived pages carry markup and
scripts, and the page must show them as text. The page loads nothing from the network; its
small script only filters and scrolls, and it holds no document text.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Sequence
from html import escape
from itertools import pairwise

from provenance import lang as lang_data
from provenance.model import SEVERITIES, SEVERITY_RANK, Flag, Report
from provenance.report.text import back_translations


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _hop(report: Report, hop: Sequence[int]) -> str:
    docs = report.documents
    return f"{docs[hop[0]].lang}→{docs[hop[1]].lang}"


def _marked(sentence: str, marks: list[tuple[int, int, int]], flags: Sequence[Flag]) -> str:
    """The sentence escaped, with every flagged span in a <mark> (overlaps split into pieces,
    each marked with all the flags covering it and coloured by the worst)."""
    cuts = {0, len(sentence)}
    for a, b, _ in marks:
        cuts.update((max(0, min(a, len(sentence))), max(0, min(b, len(sentence)))))
    points = sorted(cuts)
    out = []
    for a, b in pairwise(points):
        piece = _e(sentence[a:b])
        covering = sorted({i for s, e, i in marks if s <= a and b <= e})
        if not covering:
            out.append(piece)
            continue
        worst = max((flags[i] for i in covering), key=lambda f: SEVERITY_RANK[f.severity])
        title = " | ".join(flags[i].message for i in covering)
        out.append(
            f'<mark class="sev-{worst.severity}" data-flags="{" ".join(map(str, covering))}"'
            f' title="{_e(title)}">{piece}</mark>'
        )
    return "".join(out)


def _header(report: Report) -> str:
    docs = report.documents
    chain = " → ".join(
        f"<span class=doc>{_e(d.path)}</span> "
        f"<span class=lang>({_e(lang_data.name(d.lang))})</span>"
        for d in docs
    )
    counts = report.severity_counts()
    sev = ", ".join(f'<span class="sev-{s}">{counts[s]} {s}</span>' for s in SEVERITIES)
    quotes = ""
    if report.quotes:
        verdicts = Counter(q["verdict"] for q in report.quotes)
        quotes = "; quotes: " + ", ".join(
            f'<span class="verdict-{_e(v)}">{c} {_e(v)}</span>' for v, c in verdicts.most_common()
        )
    return (
        f"<header><h1>Translation provenance</h1><p class=chain>{chain}</p>"
        f"<p id=summary>{len(report.alignments)} aligned rows, "
        f"<span id=flag-count>{len(report.flags)}</span> flags: {sev}{quotes}</p></header>"
    )


def _filters(report: Report) -> str:
    sev = Counter(f.severity for f in report.flags)
    typ = Counter(f.type for f in report.flags)
    boxes_sev = "".join(
        f'<label class="sev-{s}"><input type=checkbox data-filter=severity value="{s}" checked>'
        f" {s} ({sev[s]})</label>"
        for s in SEVERITIES
    )
    boxes_typ = "".join(
        f'<label><input type=checkbox data-filter=type value="{_e(t)}" checked>'
        f" {_e(t)} ({c})</label>"
        for t, c in sorted(typ.items())
    )
    return (
        "<nav id=filters class=no-print>"
        f"<fieldset><legend>Severity</legend>{boxes_sev}</fieldset>"
        f"<fieldset><legend>Type</legend>{boxes_typ or '<i>no flags</i>'}</fieldset>"
        "<fieldset><legend>Rows</legend><label><input type=checkbox id=only-flagged>"
        " only flagged rows</label></fieldset></nav>"
    )


def _quotes(report: Report) -> str:
    if not report.quotes:
        return ""
    docs = report.documents
    items = []
    for q in report.quotes:
        rows = " ".join(f'<a href="#row-{r}" class=row-link>row {r}</a>' for r in q["alignments"])
        hop = _hop(report, q["hop"]) if q["hop"] else "—"
        sources = "".join(
            f"<li><span class=lang>{_e(docs[s['document']].lang)}</span> "
            f'<span class="speech speech-{_e(s["speech"])}">{_e(s["speech"])}</span>'
            f"{' · ' + _e(s['speaker']) if s.get('speaker') else ''}: {_e(s['text']) or '—'}</li>"
            for s in q["sources"]
        )
        items.append(
            f'<tr class="quote verdict-{_e(q["verdict"])}" id="quote-{q["id"]}">'
            f'<td><span class="badge verdict-{_e(q["verdict"])}">{_e(q["verdict"])}</span></td>'
            f"<td>{_e(hop)}</td><td>{_e(q['speaker'] or '?')}</td>"
            f"<td><q>{_e(q['text'])}</q><details><summary>sources</summary>"
            f"<ul>{sources}</ul></details></td><td>{rows}</td></tr>"
        )
    return (
        f"<section id=quotes><h2>Quotes in {_e(docs[-1].path)} ({len(report.quotes)})</h2>"
        "<table class=quotes><thead><tr><th>verdict</th><th>hop</th><th>speaker</th>"
        f"<th>quote</th><th>rows</th></tr></thead><tbody>{''.join(items)}</tbody></table></section>"
    )


def _flag_list(report: Report) -> str:
    items = []
    for i, f in enumerate(report.flags):
        corrected = " corrected" if f.detail.get("corrected_later") else ""
        items.append(
            f'<li class="flag sev-{f.severity}{corrected}" id="flag-{i}" data-flag="{i}" '
            f'data-type="{_e(f.type)}" data-severity="{f.severity}" data-row="{f.alignment}">'
            f'<a class=flag-link href="#row-{f.alignment}" data-row="{f.alignment}">'
            f'<span class="badge sev-{f.severity}">{f.severity}</span> '
            f"<span class=type>{_e(f.type)}</span> "
            f"<span class=hop>{_e(_hop(report, f.hop))}</span> "
            f"<span class=where>row {f.alignment}</span> "
            f"<span class=msg>{_e(f.message)}</span></a></li>"
        )
    body = "".join(items) if items else "<li class=none>No drift found.</li>"
    return (
        f"<section id=flags><h2>Flags ({len(report.flags)})</h2>"
        f"<ol class=flags>{body}</ol></section>"
    )


def _rows(report: Report) -> str:
    docs = report.documents
    by_row: dict[int, list[int]] = {}
    for i, f in enumerate(report.flags):
        by_row.setdefault(f.alignment, []).append(i)
    head = "".join(
        f'<th lang="{_e(d.lang)}">{_e(lang_data.name(d.lang))}<br><small>{_e(d.path)}</small></th>'
        for d in docs
    )
    body = []
    for a in report.alignments:
        fids = by_row.get(a.id, [])
        marks: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        for i in fids:
            for sp in report.flags[i].spans:
                marks.setdefault((sp.document, sp.sentence), []).append((sp.start, sp.end, i))
        cells = []
        for d, ids in enumerate(a.sentences):
            sents = " ".join(
                f'<span class=s id="s-{d}-{sid}">'
                f"{_marked(docs[d].sentences[sid], marks.get((d, sid), []), report.flags)}</span>"
                for sid in ids
            )
            back = "".join(
                f'<div class=bt lang="{_e(docs[0].lang)}" title="back-translation">↺ '
                f"{_e(bt['text'])} <span class=score>chrF {bt['chrf']:.1f}</span></div>"
                for bt in back_translations(report, a.id, d)
            )
            cells.append(
                f'<td lang="{_e(docs[d].lang)}">{sents or "<span class=empty>—</span>"}{back}</td>'
            )
        sims = ", ".join("—" if s is None else f"{s:.2f}" for s in a.similarity)
        flag_links = "".join(
            f'<a href="#flag-{i}" class="badge sev-{report.flags[i].severity}" data-flag="{i}" '
            f'title="{_e(report.flags[i].message)}">{_e(report.flags[i].type)} '
            f"{_e(_hop(report, report.flags[i].hop))}</a> "
            for i in fids
        )
        cls = "row flagged" if fids else "row"
        body.append(
            f'<tr id="row-{a.id}" class="{cls}" data-row="{a.id}" '
            f'data-flags="{" ".join(map(str, fids))}">'
            f'<th title="similarity per hop: {sims}">{a.id}</th>{"".join(cells)}'
            f"<td class=row-flags>{flag_links}</td></tr>"
        )
    return (
        f"<section id=alignment><h2>Aligned rows ({len(report.alignments)})</h2>"
        f"<table id=rows><thead><tr><th>#</th>{head}<th>flags</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></section>"
    )


_CSS = """
:root{--crit:#c62828;--major:#e08e00;--minor:#1e88e5;--ok:#2e7d32;--line:#ddd}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;
 max-width:1500px;padding:0 1.2rem 3rem;color:#222}
h1{font-size:1.4rem;margin:1rem 0 .2rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.chain .doc{font-family:ui-monospace,monospace}.lang{color:#666}
.sev-critical{--c:var(--crit)}.sev-major{--c:var(--major)}.sev-minor{--c:var(--minor)}
#summary span[class^=sev-]{color:var(--c);font-weight:600}
.badge{display:inline-block;border-radius:3px;padding:0 .35em;font-size:.8em;color:#fff;
 background:var(--c,#777);text-decoration:none;margin:1px 0}
.verdict-faithful{--c:var(--ok)}.verdict-drifted{--c:var(--major)}
.verdict-paraphrased,.verdict-misattributed,.verdict-unsourced{--c:var(--crit)}
#summary span[class^=verdict-]{color:var(--c);font-weight:600}
nav#filters{position:sticky;top:0;background:#fafafa;border-bottom:1px solid var(--line);
 padding:.3rem 0;z-index:2;display:flex;flex-wrap:wrap;gap:.5rem}
fieldset{border:1px solid var(--line);padding:.1rem .6rem;margin:0}
fieldset label{margin-right:.7rem;white-space:nowrap}
table{border-collapse:collapse;width:100%}
th,td{border-top:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
#rows thead th{position:sticky;top:var(--nav,0);background:#fff;z-index:1}
#rows{table-layout:fixed}#rows td{overflow-wrap:anywhere}
#rows thead th:first-child{width:2.5rem}#rows thead th:last-child{width:9rem}
#rows tbody th{color:#888;font-weight:normal}
mark{background:none;border-bottom:3px solid var(--c);color:inherit;padding:0 1px}
mark.sev-critical{background:#fde0e0}mark.sev-major{background:#fff1cc}
mark.sev-minor{background:#e3f0fd}
mark.off{background:none;border-bottom-color:transparent}
tr.row.target,tr.row:target{outline:3px solid #333;outline-offset:-3px;background:#fffde7}
ol.flags{padding-left:1.6rem}ol.flags li{margin:.15rem 0}
ol.flags a{color:inherit;text-decoration:none}ol.flags a:hover .msg{text-decoration:underline}
li.corrected .msg{color:#666}.hop,.where,.type{font-family:ui-monospace,monospace;font-size:.85em}
.hidden{display:none!important}
q{quotes:"“" "”"}details{font-size:.9em;color:#444}details ul{margin:.2rem 0;padding-left:1.2rem}
.speech{font-family:ui-monospace,monospace;font-size:.85em}
footer{margin-top:2rem;color:#666;font-size:.8em;overflow-wrap:anywhere}
del{background:#fde0e0;text-decoration:line-through}ins{background:#dff3df;text-decoration:none}
.bt{color:#555;font-size:.9em;margin-top:.2rem;border-left:3px solid #bbb;padding-left:.4rem}
.score{font-family:ui-monospace,monospace;font-size:.85em;color:#555}
.speech-reported,.speech-none,.speech-missing{color:var(--crit)}
@media print{
 nav#filters,.no-print,details summary{display:none}
 details{display:block}details>*{display:block}
 body{max-width:none;font-size:10pt;padding:0}
 #rows thead th{position:static}
 tr{break-inside:avoid}
 a{color:inherit;text-decoration:none}
 .badge{border:1px solid var(--c);color:var(--c);background:none}
 mark{background:none!important;text-decoration:underline;text-decoration-color:var(--c)}
}
"""

# Filters and scrolling only; it reads data-* attributes and never touches document text.
_JS = """
(function(){
 var boxes=document.querySelectorAll('#filters input[data-filter]');
 var only=document.getElementById('only-flagged');
 var nav=document.getElementById('filters');
 function apply(){
  document.documentElement.style.setProperty('--nav',nav.offsetHeight+'px');
  var on={severity:{},type:{}};
  boxes.forEach(function(b){on[b.dataset.filter][b.value]=b.checked;});
  var visible={};
  document.querySelectorAll('li.flag').forEach(function(li){
   var show=on.severity[li.dataset.severity]&&on.type[li.dataset.type];
   li.classList.toggle('hidden',!show);if(show)visible[li.dataset.flag]=true;});
  document.querySelectorAll('.row-flags a[data-flag]').forEach(function(a){
   a.classList.toggle('hidden',!visible[a.dataset.flag]);});
  document.querySelectorAll('mark[data-flags]').forEach(function(m){
   var any=m.dataset.flags.split(' ').some(function(i){return visible[i];});
   m.classList.toggle('off',!any);});
  document.querySelectorAll('tr.row').forEach(function(tr){
   var ids=tr.dataset.flags?tr.dataset.flags.split(' '):[];
   var any=ids.some(function(i){return visible[i];});
   tr.classList.toggle('hidden',only.checked&&!any);});
 }
 boxes.forEach(function(b){b.addEventListener('change',apply);});
 only.addEventListener('change',apply);
 window.addEventListener('resize',apply);
 document.addEventListener('click',function(ev){
  var a=ev.target.closest('a.flag-link,a.row-link');if(!a)return;
  var row=document.getElementById('row-'+(a.dataset.row||a.getAttribute('href').slice(5)));
  if(!row)return;ev.preventDefault();row.classList.remove('hidden');
  document.querySelectorAll('tr.row.target').forEach(function(t){t.classList.remove('target');});
  row.classList.add('target');row.scrollIntoView({block:'center'});
  history.replaceState(null,'','#'+row.id);});
 apply();
})();
"""

_SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(_JS.encode()).digest()).decode()


def render_html(report: Report) -> str:
    """The whole report as one HTML page (inline CSS and script, no external assets)."""
    docs = report.documents
    title = "provenance: " + " → ".join(d.path for d in docs)
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width,initial-scale=1">'
        # Defence in depth behind the escaping: only this page's own script may run.
        "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; "
        f"style-src 'unsafe-inline'; script-src '{_SCRIPT_HASH}'; img-src data:\">"
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f"{_header(report)}{_filters(report)}{_quotes(report)}{_flag_list(report)}{_rows(report)}"
        f"{footer(report.signature)}<script>{_JS}</script></body></html>\n"
    )


def footer(signature: str) -> str:
    """The reproducibility signature (`provenance.signature`), at the foot of the page."""
    if not signature:
        return ""
    return f"<footer><p class=signature>signature: <code>{_e(signature)}</code></p></footer>"
