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
        dump_out: Annotated[
            Path | None,
            typer.Option(
                "--dump",
                help="Write every flagged faithful row and every planted item (JSON lines).",
            ),
        ] = None,
        limit: Annotated[
            int | None, typer.Option("--limit", min=1, help="Only the first N lines of each file.")
        ] = None,
        per_kind: Annotated[
            int, typer.Option("--per-kind", min=1, help="Planted changes per kind and pair.")
        ] = 40,
        seed: Annotated[int, typer.Option("--seed", help="Seed of the planted changes.")] = 0,
        half: Annotated[
            str | None,
            typer.Option(
                "--half",
                help="Only the first (development) or second (held-out) half of each file.",
            ),
        ] = None,
        parts: Annotated[
            str,
            typer.Option("--parts", help="Comma-separated: lines, aligned, planted."),
        ] = "lines,aligned,planted",
    ) -> None:
        """`compare` on independent references (false alarms) and planted changes (recall)."""
        from provenance.bench.compare import HALVES, PARTS, main
        from provenance.errors import UsageError

        chosen = [p.strip() for p in parts.split(",") if p.strip()]
        if half is not None and half not in HALVES:
            raise UsageError(f"--half {half}: unknown half", hint="use --half first or second")
        if not chosen or any(p not in PARTS for p in chosen):
            raise UsageError(f"--parts {parts}: unknown part", hint="use " + ",".join(PARTS))
        main(
            corpus=corpus,
            json_out=json_out,
            dump_out=dump_out,
            limit=limit,
            half=half,
            per_kind=per_kind,
            seed=seed,
            parts=chosen,
        )
