"""`provenance bench real`: the command (a thin shell over `provenance.bench.real`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(bench_app: typer.Typer) -> None:
    @bench_app.command("real")
    def bench_real(
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
        only: Annotated[
            str,
            typer.Option(
                "--only",
                help="Comma-separated: directions (de-en, ru-en/B, ...) and/or parts "
                "(pairs, chains, drift). Default: everything.",
            ),
        ] = "",
        limit: Annotated[
            int | None,
            typer.Option("--limit", min=1, help="Only the first N lines of each file."),
        ] = None,
        seed: Annotated[int, typer.Option("--seed", help="Seed of the drift suite.")] = 0,
        unseen_seeds: Annotated[
            str,
            typer.Option(
                "--unseen-seeds",
                help="Comma-separated drift seeds never read while tuning, whose mean recall "
                "is printed beside --seed's ('' for none).",
            ),
        ] = "1,2,3,4",
        critical_list: Annotated[
            Path | None,
            typer.Option(
                "--critical-list",
                help="Also write every critical flag (pairs and chains) as a Markdown table "
                "to review.",
            ),
        ] = None,
        reviewed: Annotated[
            list[Path] | None,
            typer.Option(
                "--reviewed",
                help="A Markdown table of reviewed critical flags whose verdicts the "
                "critical list carries over (repeatable). Default: the earlier "
                "--critical-list file and docs/real-critical-review.md.",
            ),
        ] = None,
        examples: Annotated[
            str,
            typer.Option(
                "--examples",
                help="Where the false-alarm patterns take their examples from: "
                "'development' (the A references and the chains; a pattern seen only on "
                "held-out references shows its count and reference, no text) or 'all'.",
            ),
        ] = "development",
    ) -> None:
        """False alarms on real faithful translations (WMT21) and recall on drifts planted
        into them."""
        from provenance.bench.real import main
        from provenance.errors import UsageError

        try:
            seeds = [int(x) for x in unseen_seeds.split(",") if x.strip()]
        except ValueError:
            raise UsageError(
                f"--unseen-seeds {unseen_seeds}: not a list of whole numbers",
                hint="use e.g. --unseen-seeds 1,2,3,4, or '' for none",
            ) from None
        main(
            corpus=corpus,
            json_out=json_out,
            only=only.split(","),
            limit=limit,
            seed=seed,
            unseen_seeds=seeds,
            critical_out=critical_list,
            reviewed=reviewed or (),
            examples=examples,
        )
