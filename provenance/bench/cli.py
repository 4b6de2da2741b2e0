"""`provenance bench segment|encoders|align|checks|batch`: thin wrappers over the benchmark
modules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    # `bench real` (issue 15) lives in its own module.
    from provenance.bench.real_cli import register as register_real

    register_real(bench_app)
    # `bench compare` (issue 18) too.
    from provenance.bench.compare_cli import register as register_compare

    register_compare(bench_app)

    @bench_app.command("segment")
    def bench_segment(
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus", help="Gold dir with de/ru/en/fr.txt. Default: corpora/segmentation."
            ),
        ] = None,
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
        timing: Annotated[
            bool, typer.Option("--timing/--no-timing", help="Also time the splitters.")
        ] = True,
    ) -> None:
        """Sentence splitters (sentencex, simplemma, regex) F1 and speed; language detection."""
        from provenance.bench.segmentation import main

        main(corpus=corpus, json_out=json_out, timing=timing)

    @bench_app.command("memory")
    def bench_memory(
        sizes: Annotated[
            str,
            typer.Option("--sizes", help="Pair sizes in MB, comma-separated (both documents)."),
        ] = "0.25,0.5,1",
        corpus: Annotated[
            Path | None,
            typer.Option("--corpus", help="The demo chain to build from. Default: corpora/demo."),
        ] = None,
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
    ) -> None:
        """Peak memory and time of `check` on German-English pairs of growing size."""
        from provenance.bench.memory import main
        from provenance.errors import UsageError

        try:
            values = [float(v) for v in sizes.split(",") if v.strip()]
        except ValueError as err:
            raise UsageError(
                f"--sizes '{sizes}' is not a list of numbers", hint="e.g. 1,2,10"
            ) from err
        main(values, corpus=corpus, json_out=json_out)

    @bench_app.command("encoders")
    def bench_encoders(
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus", help="Gold dir with de/ru/en/fr.txt. Default: corpora/segmentation."
            ),
        ] = None,
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
    ) -> None:
        """Default encoder: C++ vs pure-Python tokenizer (identity, speed-up, encode speed)."""
        from provenance.bench.encoders import main

        main(corpus=corpus, json_out=json_out)

    @bench_app.command("align")
    def bench_align(
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus",
                help="Gold corpus dir (de/, fr/, gold/). Default: ../shared/corpora/textberg.",
            ),
        ] = None,
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
        scale: Annotated[
            bool,
            typer.Option("--scale/--no-scale", help="Also run the 10,000-sentence scaling test."),
        ] = True,
        compare: Annotated[
            bool,
            typer.Option("--compare", help="Also score the cost variants (BENCHMARKS.md)."),
        ] = False,
    ) -> None:
        """Text+Berg precision/recall/F1, speed against encode-once, scaling and memory."""
        from provenance.bench.align import main

        main(corpus=corpus, json_out=json_out, scale=scale, compare=compare)

    @bench_app.command("checks")
    def bench_checks(
        suite: Annotated[
            str,
            typer.Option(
                "--suite", help="facts, meaning, meaning-heldout, meaning-heldout2 or all."
            ),
        ] = "all",
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
        timing: Annotated[
            bool,
            typer.Option(
                "--timing/--no-timing", help="Also time the checks on a 1,000-sentence chain."
            ),
        ] = True,
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus", help="The project's corpora dir (facts/, meaning/). Default: ./corpora."
            ),
        ] = None,
    ) -> None:
        """Precision/recall per flag type on the project's constructed suites."""
        from provenance.bench.corpora import project_root
        from provenance.errors import UsageError

        suites = ("facts", "meaning", "meaning-heldout", "meaning-heldout2", "all")
        if suite not in suites:
            raise UsageError(f"unknown --suite '{suite}'", hint=f"use {', '.join(suites)}")
        root = project_root(corpus)
        results = {}
        if suite in ("facts", "all"):
            from provenance.bench.facts import main as facts_main

            results["facts"] = facts_main(timing=timing, corpora=root)
        meaning_files = {
            "meaning": "suite.txt",
            "meaning-heldout": "heldout.txt",
            "meaning-heldout2": "heldout2.txt",
        }
        name = "meaning" if suite == "all" else suite
        if name in meaning_files:
            from provenance.bench.meaning import main as meaning_main

            # the held-out suites are scored without timing
            results[name] = meaning_main(
                timing=timing and name == "meaning", suite=root / "meaning" / meaning_files[name]
            )
        if json_out is not None:
            import json

            json_out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")

    @bench_app.command("batch")
    def bench_batch(
        items: Annotated[
            int, typer.Option("--items", help="Items in the generated archive.")
        ] = 200,
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
        spawn: Annotated[
            bool,
            typer.Option(
                "--spawn/--no-spawn",
                help="Also run 1 and 2 workers started with spawn (the reference).",
            ),
        ] = True,
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus", help="The chain items are drawn from. Default: ./corpora/demo."
            ),
        ] = None,
    ) -> None:
        """Throughput of 1 vs 2 workers, per-item overhead and peak memory per worker."""
        from provenance.bench.batch import main

        main(items=items, json_out=json_out, spawn=spawn, demo=corpus)
