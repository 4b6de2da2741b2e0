"""What a person watching a batch sees on stderr: a progress bar while it runs (items/s and
ETA), and a summary of the whole batch at the end."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from provenance.batch.store import Store
from provenance.model import SEVERITIES


class SpeedColumn(ProgressColumn):
    """Items per second, over rich's recent-speed window."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("  -  items/s" if speed is None else f"{speed:5.2f} items/s", style="cyan")


def make_progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        SpeedColumn(),
        TextColumn("elapsed"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[errors]} failed", style="red"),
        console=console,
        disable=not console.is_terminal,  # logs get the summary, not a redrawn bar
        speed_estimate_period=60.0,
    )


def print_summary(
    console: Console,
    store: Store,
    *,
    archive_items: int,
    checked: int,
    skipped: int,
    dropped: int,
    seconds: float,
    executor: str,
) -> None:
    counts = store.counts()
    rate = checked / seconds if seconds > 0 else 0.0
    console.print(
        f"[bold]batch[/bold]: {archive_items} items in the archive; {checked} checked in this run "
        f"({rate:.2f} items/s on {executor}), {skipped} already done"
        + (f", {dropped} earlier results dropped (inputs or tool changed)" if dropped else "")
    )
    style = "red" if counts["errors"] else "green"
    console.print(
        f"[{style}]{counts['ok']} ok, {counts['errors']} failed[/{style}] "
        f"of {counts['items']} recorded"
    )
    table = store.flag_table()
    if table:
        grid = Table(title="flags by type and severity", title_justify="left", show_edge=False)
        grid.add_column("type")
        for sev in SEVERITIES:
            grid.add_column(sev, justify="right")
        grid.add_column("total", justify="right")
        for typ in sorted(table, key=lambda t: -sum(table[t].values())):
            row = [table[typ].get(s, 0) for s in SEVERITIES]
            grid.add_row(typ, *map(str, row), str(sum(row)))
        console.print(grid)
    else:
        console.print("no flags")
    top = store.most_flagged()
    if top:
        grid = Table(title="most-flagged items", title_justify="left", show_edge=False)
        grid.add_column("item")
        for sev in SEVERITIES:
            grid.add_column(sev, justify="right")
        for item_id, crit, major, minor, _ in top:
            grid.add_row(Text(item_id), str(crit), str(major), str(minor))
        console.print(grid)
    errors = store.errors()
    if errors:
        console.print(f"[red]failed items[/red] (first {len(errors)}; all in results.jsonl):")
        for item_id, err in errors:
            console.print(Text(f"  {item_id}: {err}"))
