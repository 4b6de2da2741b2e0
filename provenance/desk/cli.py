"""The desk's commands: `provenance quote`, `provenance serve`, `provenance bench quotes`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from provenance.errors import UsageError


def parse_size(value: str) -> int:
    """'20MB', '512k', '1048576' → bytes."""
    text = value.strip().upper().removesuffix("B")
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    try:
        if text and text[-1] in scale:
            return int(float(text[:-1]) * scale[text[-1]])
        return int(text)
    except ValueError as err:
        raise UsageError(
            f"--max-upload '{value}' is not a size", hint="e.g. --max-upload 20MB"
        ) from err


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    @app.command()
    def quote(
        text: Annotated[str, typer.Argument(help="The quote as printed (any of de, ru, en, fr).")],
        sources: Annotated[
            list[str], typer.Argument(help="Source documents, in chain order (original first).")
        ],
        speaker: Annotated[
            str | None, typer.Option("--speaker", help="Who the quote is attributed to.")
        ] = None,
        langs: Annotated[
            str | None,
            typer.Option("--langs", help="The quote's language, then each source's: en,de,ru."),
        ] = None,
        presplit: Annotated[
            bool, typer.Option("--presplit", help="Sources have one sentence per line.")
        ] = False,
        fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
        output: Annotated[
            Path | None, typer.Option("-o", "--output", help="Write here, not to stdout.")
        ] = None,
        model: Annotated[
            str | None, typer.Option("--model", help="Hugging Face encoder (extra 'hf').")
        ] = None,
    ) -> None:
        """Find where a quote comes from in the sources, who said it there, and what drifted."""
        import json

        from provenance.cli import _choice, _emit
        from provenance.desk.quote import verify_quote
        from provenance.desk.render import quote_text

        _choice(fmt, ("text", "json"), "--format")
        res = verify_quote(
            text, sources, speaker=speaker, langs=langs, presplit=presplit, model=model
        )
        if fmt == "json":
            _emit(json.dumps(res.to_dict(), ensure_ascii=False, indent=2) + "\n", output)
        else:
            _emit(quote_text(res), output)

    @app.command()
    def serve(
        host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
        max_upload: Annotated[
            str, typer.Option("--max-upload", help="Largest upload accepted, e.g. 20MB.")
        ] = "20MB",
    ) -> None:
        """The editor's desk: a local web page to check a chain and verify its quotes."""
        from provenance.desk.app import run

        if host not in ("127.0.0.1", "localhost", "::1"):
            sys.stderr.write(
                f"provenance: warning: serving on {host}: anyone who can reach this address can "
                "read and upload documents (the desk has no login); use 127.0.0.1 unless you "
                "mean it\n"
            )
        run(host=host, port=port, max_upload=parse_size(max_upload))

    @bench_app.command("quotes")
    def bench_quotes(
        corpus: Annotated[
            Path | None,
            typer.Option("--corpus", help="WMT21 dir. Default: ../shared/corpora/wmt21 (cwd)."),
        ] = None,
        demo: Annotated[
            Path | None, typer.Option("--demo", help="Demo chain dir. Default: corpora/demo.")
        ] = None,
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Also write the figures as JSON.")
        ] = None,
        count: Annotated[
            int,
            typer.Option("--count", help="WMT21 quotes, spread over the five pairs.", min=5),
        ] = 50,
        seed: Annotated[int, typer.Option("--seed", help="Seed of the WMT21 draw.")] = 17,
        per_pair: Annotated[
            int | None,
            typer.Option("--per-pair", help="Quotes per language pair (instead of --count)."),
        ] = None,
    ) -> None:
        """Quote verification: top-1 source found (demo chain, WMT21) and time per quote."""
        from provenance.desk.bench import main

        main(corpus=corpus, demo=demo, json_out=json_out, count=count, seed=seed, per_pair=per_pair)
