"""`provenance bench compare`: the command (a thin shell over `provenance.bench.compare`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(bench_app: typer.Typer) -> None:
    @bench_app.command("compare")
    def bench_compare(
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus",
                help="WMT21 corpus dir. Default: ../shared/corpora/wmt21 (from the working dir).",
            ),
        ] = None,
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
        limit: Annotated[
            int | None, typer.Option("--limit", min=1, help="Only the first N lines of each file.")
        ] = None,
        per_kind: Annotated[
            int, typer.Option("--per-kind", min=1, help="Planted changes per kind and pair.")
        ] = 40,
        seed: Annotated[int, typer.Option("--seed", help="Seed of the planted changes.")] = 0,
    ) -> None:
        """`compare` on independent references (false alarms) and planted changes (recall)."""
        from provenance.bench.compare import main

        main(corpus=corpus, json_out=json_out, limit=limit, per_kind=per_kind, seed=seed)
