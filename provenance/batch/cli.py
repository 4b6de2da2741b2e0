"""`provenance batch` (`provenance report` is in `report_cli.py`, `bench batch` in the bench's).

Kept light at import time (the CLI imports it on every start): the batch machinery is
imported inside the commands.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    @app.command()
    def batch(
        archive: Annotated[
            Path,
            typer.Argument(
                help="A directory of items (one subdirectory each) or a .jsonl manifest."
            ),
        ],
        out: Annotated[
            Path | None,
            typer.Option(
                "--out",
                help="Where results.jsonl and provenance.sqlite go. Default: ARCHIVE.provenance/",
            ),
        ] = None,
        workers: Annotated[
            int | None,
            typer.Option("--workers", help="Local worker processes (default: one per core)."),
        ] = None,
        scheduler: Annotated[
            str | None,
            typer.Option(
                "--scheduler", help="Run on this Dask scheduler (tcp://HOST:PORT) instead."
            ),
        ] = None,
        resume: Annotated[
            bool,
            typer.Option(
                "--resume/--no-resume", help="Skip items already done (default) or start afresh."
            ),
        ] = True,
        threads: Annotated[
            int | None,
            typer.Option("--threads", help="BLAS threads per local worker (default: 1)."),
        ] = None,
        model: Annotated[
            str | None,
            typer.Option(
                "--model", help="Hugging Face encoder (name or path). Default: embedded USE."
            ),
        ] = None,
    ) -> None:
        """Check every item of an archive, resumably. Exit 0 all ok, 1 some failed, 2 bad usage."""
        from provenance.batch import BatchOptions, run_batch

        if out is None:  # beside the archive: items/ -> items.provenance/
            out = archive.resolve().with_name(archive.resolve().stem + ".provenance")
        opts = BatchOptions(
            archive=archive,
            out=out,
            workers=workers,
            scheduler=scheduler,
            resume=resume,
            blas_threads=threads,
            model=model,
        )
        try:
            stats = run_batch(opts)
        except KeyboardInterrupt:
            sys.stderr.write(
                "provenance: interrupted; every item reported so far is kept "
                "(run the same command again to finish)\n"
            )
            raise typer.Exit(130) from None
        if stats.errors:
            raise typer.Exit(1)
