"""The readable tables of `provenance bench real` (rich), from the dict `real.run` returns."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

# Targets of issue 15 (the figures `bench real` is judged by).
TARGET_PAIRS = (0.03, 0.01)  # critical+major, critical
TARGET_CHAINS = 0.03
TARGET_RECALL = {
    "number": 0.95,
    "date": 0.95,
    "name_swapped": 0.95,
    "negation": 0.90,
    "untranslated": 0.90,
    "name_dropped": 0.80,
    "modality": 0.80,
    "antonym": 0.80,
    "clause_dropped": 0.70,
    "clause_added": 0.70,
}


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def _mark(ok: bool) -> str:
    return "[green]ok[/]" if ok else "[red]over[/]"


def print_report(result: dict[str, Any], console: Console | None = None) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:  # a file or a pipe: wide enough not to wrap the tables
            console = Console(width=160)
    if "pairs" in result:
        _pairs_table(console, result["pairs"])
    if "chains" in result:
        c = result["chains"]
        console.print(
            f"DE→RU→EN chains: {c['windows']} windows, {c['rows']} rows; critical/major "
            f"{_pct(c['critical_major'])} of rows, critical {_pct(c['critical'])} "
            f"(target ≤ {_pct(TARGET_CHAINS)}: {_mark(c['critical_major'] <= TARGET_CHAINS)})"
        )
        top = ", ".join(f"{k} {v['critical_major']}" for k, v in c["flags_by_check"].items())
        console.print(f"  flags by check/type: {top or 'none'}")
    if "drift" in result:
        _drift_table(console, result["drift"], result.get("drift_unseen"))
    if result.get("patterns"):
        _patterns_table(console, result["patterns"], result.get("pattern_examples", "all"))
    if result.get("critical_list"):
        _critical_review(console, result["critical_list"])
    console.print(
        f"{result.get('seconds', 0)} s, {result.get('sentences_encoded', 0)} texts encoded"
    )


def _pairs_table(console: Console, pairs: dict[str, Any]) -> None:
    table = Table(title="Faithful reference pairs (`pairs`): share flagged")
    for col in (
        "direction/ref",
        "pairs",
        "crit+major",
        "critical",
        "",
        "top check/type (crit+major)",
    ):
        table.add_column(
            col, justify="right" if col in ("pairs", "crit+major", "critical") else "left"
        )
    for key, fig in pairs.items():
        ok = fig["critical_major"] <= TARGET_PAIRS[0] and fig["critical"] <= TARGET_PAIRS[1]
        top = ", ".join(
            f"{k} {_pct(v['critical_major'])}" for k, v in list(fig["by_check"].items())[:4]
        )
        table.add_row(
            key,
            str(fig["pairs"]),
            _pct(fig["critical_major"]),
            _pct(fig["critical"]),
            _mark(ok),
            top,
        )
    console.print(table)


def _drift_table(
    console: Console, drift: dict[str, Any], unseen: dict[str, Any] | None = None
) -> None:
    table = Table(
        title=f"Planted drifts in real pairs: {drift['items']} items (seed {drift['seed']})"
    )
    dirs = list(drift.get("per_direction", {}))
    cols = ("kind", "items", "counts", "recall c+m", "target", "", "new", "any sev.", "FA orig.")
    for col in cols:
        table.add_column(col, justify="left" if col in ("kind", "counts") else "right")
    table.add_column("c+m by direction (" + " ".join(dirs) + ")")
    if unseen:
        seeds = ",".join(str(s) for s in unseen["seeds"])
        table.add_column(f"c+m, unseen seeds {seeds}: mean (each)", justify="right")
    for kind, k in drift["by_kind"].items():
        target = TARGET_RECALL.get(kind, 0.0)
        extra = []
        if unseen and kind in unseen["by_kind"]:
            u = unseen["by_kind"][kind]
            each = " ".join(f"{r:.2f}" for r in u["per_seed"])
            mark = "" if u["recall_critical_major"] >= target else " [red]under[/]"
            extra = [f"{u['recall_critical_major']:.2f}{mark} ({each})"]
        table.add_row(
            kind,
            str(k["items"]),
            "/".join(k["expected_types"]),
            f"{k['recall_critical_major']:.2f}",
            f"{target:.2f}",
            "[green]ok[/]" if k["recall_critical_major"] >= target else "[red]under[/]",
            f"{k.get('recall_critical_major_new', 0.0):.2f}",
            f"{k['recall_any_severity']:.2f}",
            _pct(k["false_alarm_on_original"]),
            " ".join(
                f"{k['by_direction'][d]['recall_critical_major']:.2f}"
                if d in k["by_direction"]
                else "-"
                for d in dirs
            ),
            *extra,
        )
    console.print(table)
    console.print(
        f"  unperturbed originals with a critical/major flag of any type: "
        f"{_pct(drift['false_alarm_critical_major'])} of {drift['originals']}"
        + (f"; unseen seeds {_pct(unseen['false_alarm_critical_major'])}" if unseen else "")
    )
    if unseen:
        console.print(
            f"  seed {drift['seed']} has been read while the checks were tuned; the unseen "
            "seeds' mean is the honest recall (docs/real-text.md)"
        )


def _pattern_example(ex: dict[str, Any]) -> str:
    if ex.get("held_out") and not ex["spans"] and not ex["message"]:
        return f"{ex['where']}:{ex['line']} (held out, no text)"
    spans = " | ".join(ex["spans"]) or "-"
    return f"{ex['where']}:{ex['line']} [{spans[:60]}]"


def _patterns_table(console: Console, patterns: list[dict[str, Any]], examples: str) -> None:
    source = (
        "examples from any reference"
        if examples == "all"
        else "examples from development references only; held-out: reference and line"
    )
    table = Table(
        title=f"Most frequent false-alarm patterns (critical/major on faithful text; {source})"
    )
    for col in ("n", "check/type", "sev.", "message shape", "example"):
        table.add_column(col, justify="right" if col == "n" else "left", overflow="fold")
    for p in patterns:
        table.add_row(
            str(p["count"]),
            f"{p['check']}/{p['type']}",
            p["severity"],
            escape(p["shape"][:80]),
            escape(_pattern_example(p["example"])),
        )
    console.print(table)


def verdict_class(verdict: str) -> str:
    """ "real", "false" or "unreviewed" for a verdict cell ("**real** — the reference ...")."""
    head = verdict.strip().lstrip("*_ ").lower()
    for word in ("real", "false"):
        if head.startswith(word):
            return word
    return UNREVIEWED


def _critical_review(console: Console, items: list[dict[str, Any]]) -> None:
    """Per reference, the critical flags by verdict, and each unreviewed one."""
    per: dict[str, dict[str, int]] = {}
    for it in items:
        where = it["where"].split(" hop")[0]
        counts = per.setdefault(where, {"real": 0, "false": 0, UNREVIEWED: 0})
        counts[verdict_class(it.get("verdict", ""))] += 1
    console.print(
        "Critical flags by verdict (docs/real-critical-review.md): "
        + "; ".join(
            f"{w} {sum(c.values())} (real {c['real']}, false {c['false']}, "
            f"{UNREVIEWED} {c[UNREVIEWED]})"
            for w, c in per.items()
        )
    )
    for it in items:
        if verdict_class(it.get("verdict", "")) == UNREVIEWED:
            console.print(
                escape(f"  {UNREVIEWED}: {it['where']}:{it['line']} {it['check']}/{it['type']} ")
                + escape(it["message"][:100])
            )


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")


def critical_markdown(items: list[dict[str, Any]]) -> str:
    """Every critical flag of a run (`critical_list` of the JSON) as a Markdown table to
    review, with a verdict column: real (the reference is wrong, the meaning changed) or
    false (and which rule causes it), carried over from an earlier review
    (`carry_verdicts`), else empty or unreviewed."""
    counts: dict[str, int] = {}
    for it in items:
        counts[it["where"]] = counts.get(it["where"], 0) + 1
    lines = [
        "# Critical flags on faithful reference translations",
        "",
        f"{len(items)} critical flags: "
        + (", ".join(f"{w} {n}" for w, n in counts.items()) or "none")
        + ".",
        "",
    ]
    if any("verdict" in it for it in items):
        fresh = sum(it.get("verdict") == UNREVIEWED for it in items)
        lines += [
            f"{len(items) - fresh} reviewed (verdict carried over from an earlier review), "
            f"{fresh} {UNREVIEWED}.",
            "",
        ]
    lines += [
        "| reference | line | check/type | message | spans | source | translation | verdict |",
        "|---|---:|---|---|---|---|---|---|",
    ]
    for it in items:
        cells = (
            it["where"],
            str(it["line"]),
            f"{it['check']}/{it['type']}",
            it["message"],
            " · ".join(it["spans"]),
            it["source"],
            it["translation"],
            f"**{UNREVIEWED}**" if it.get("verdict") == UNREVIEWED else it.get("verdict", ""),
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- reviewed verdicts
# Verdicts of reviewed critical flags, carried over to a new `bench real --critical-list`.
#
# Every critical flag that `provenance bench real` raises on a faithful reference is
# reviewed by hand: real (the reference is wrong) or false (and which rule makes it). The
# verdicts live in Markdown tables (`docs/real-critical-review.md`, or an earlier
# `--critical-list` file whose verdict column was filled in). A regenerated list takes the
# verdict of every flag reviewed there and marks the others as unreviewed, so a review is
# never redone and a new flag is never hidden among old ones.
#
# A reviewed row is the same flag when its reference (or chain hop), line and check/type
# are the flag's and it names the same spans: the same spans column where the table has
# one, else the same message, else a message that holds every span the flag marks ("24
# апреля became April 14" for the spans "24 апреля" and "April 14").

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
