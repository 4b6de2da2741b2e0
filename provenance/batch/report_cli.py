"""`provenance report`: the index page of a batch run's items.

Kept light at import time (the CLI imports it on every start)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    @app.command()
    def report(
        out: Annotated[Path, typer.Argument(help="The --out DIR of a batch run.")],
    ) -> None:
        """Write DIR/index.html: the items of a batch, sortable, linking to each item's report."""
        from provenance.batch.pages import write_report

        index, pages, note = write_report(out)
        sys.stderr.write(f"wrote {index} ({pages} item report(s)){'; ' + note if note else ''}\n")
