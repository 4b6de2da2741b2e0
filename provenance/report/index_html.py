"""The HTML index of a batch (`provenance report DIR` → DIR/index.html).

One self-contained page: a summary, the flags by type and severity, and a table of items
sortable by any column (a few lines of inline script, allowed by the page's Content
Security Policy through its hash; nothing is fetched). Everything that comes from the
archive — ids, file names, languages, error messages — is escaped; links are built from
file names we chose, URL-quoted, then escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from provenance.model import SEVERITIES, SEVERITY_RANK

_SCRIPT = """
document.querySelectorAll("th[data-key]").forEach(function (th) {
  th.addEventListener("click", function () {
    var table = th.closest("table"), body = table.tBodies[0];
    var col = th.cellIndex, desc = th.getAttribute("aria-sort") !== "descending";
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", desc ? "descending" : "ascending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return desc ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
"""

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
th[data-key] { cursor: pointer; user-select: none; }
th[aria-sort=descending]::after { content: " \\25BC"; }
th[aria-sort=ascending]::after { content: " \\25B2"; }
.critical { color: #b00020; font-weight: 600; } .major { color: #b35c00; } .minor { color: #555; }
.error { color: #b00020; } .muted { color: #777; }
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _worst(row: Mapping[str, Any]) -> str:
    return next((s for s in SEVERITIES if row.get(s)), "")


def _sort_key(row: Mapping[str, Any]) -> tuple:
    return (
        -(row.get("critical") or 0),
        -(row.get("major") or 0),
        -(row.get("minor") or 0),
        row["id"],
    )


def render_index(
    rows: Iterable[Mapping[str, Any]],
    *,
    title: str,
    counts: Mapping[str, int],
    flag_table: Mapping[str, Mapping[str, int]],
    note: str = "",
) -> str:
    """rows: dicts with id, status, error, critical, major, minor, flags, langs, alignments,
    and `href` (the item's report page, relative to the index) or None."""
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">',
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p>{counts.get('items', 0)} items: {counts.get('ok', 0)} checked, "
        f'<span class="{"error" if counts.get("errors") else "muted"}">'
        f"{counts.get('errors', 0)} failed</span>.</p>",
    ]
    if note:
        out.append(f'<p class="muted">{_e(note)}</p>')
    if flag_table:
        out.append("<table><thead><tr><th>flag type</th>")
        out.extend(f'<th class="n {s}">{s}</th>' for s in SEVERITIES)
        out.append('<th class="n">total</th></tr></thead><tbody>')
        for typ in sorted(flag_table, key=lambda t: -sum(flag_table[t].values())):
            cells = [flag_table[typ].get(s, 0) for s in SEVERITIES]
            out.append(f"<tr><td>{_e(typ)}</td>")
            out.extend(f'<td class="n">{n}</td>' for n in cells)
            out.append(f'<td class="n">{sum(cells)}</td></tr>')
        out.append("</tbody></table>")
    out.append('<table id="items"><thead><tr>')
    heads = [("item", "id", ""), ("status", "status", "")]
    heads += [(s, s, "n") for s in SEVERITIES]
    heads += [
        ("flags", "flags", "n"),
        ("worst", "worst", ""),
        ("languages", "langs", ""),
        ("alignments", "alignments", "n"),
        ("error", "error", ""),
    ]
    out.extend(f'<th data-key="{k}" class="{c}">{_e(label)}</th>' for label, k, c in heads)
    out.append("</tr></thead><tbody>")
    for row in sorted(rows, key=_sort_key):
        out.append(_row(row))
    out.append("</tbody></table>")
    out.append(f"<script>{_SCRIPT}</script></body></html>\n")
    return "\n".join(out)


def _row(row: Mapping[str, Any]) -> str:
    item_id = str(row["id"])
    href = row.get("href")
    label = f'<a href="{_e(quote(href))}">{_e(item_id)}</a>' if href else _e(item_id)
    worst = _worst(row)
    status = _e(row["status"])
    aligns = int(row.get("alignments") or 0)
    cells = [
        f'<td data-v="{_e(item_id)}">{label}</td>',
        f'<td data-v="{status}" class="{"error" if status == "error" else ""}">{status}</td>',
    ]
    for sev in SEVERITIES:
        n = int(row.get(sev) or 0)
        cells.append(f'<td class="n {sev if n else "muted"}" data-v="{n}">{n}</td>')
    cells.append(
        f'<td class="n" data-v="{int(row.get("flags") or 0)}">{int(row.get("flags") or 0)}</td>'
    )
    cells.append(f'<td class="{worst}" data-v="{SEVERITY_RANK.get(worst, 0)}">{worst or "-"}</td>')
    cells.append(f'<td data-v="{_e(row.get("langs") or "")}">{_e(row.get("langs") or "")}</td>')
    cells.append(f'<td class="n" data-v="{aligns}">{aligns}</td>')
    err = row.get("error") or ""
    cells.append(f'<td class="error" data-v="{_e(err)}">{_e(err)}</td>')
    return "<tr>" + "".join(cells) + "</tr>"
