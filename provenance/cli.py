"""The `provenance` command line: a thin shell over the Python API.

Each command parses options, calls the API, renders, and maps `ProvenanceError` to one
line on stderr and exit status 2 (see ../shared/CONTRACTS.md).
"""

from __future__ import annotations

import errno
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer

try:  # typer >= 0.20 vendors click; older releases use the click package
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover
    from click import exceptions as click_exceptions

from provenance.errors import ProvenanceError, UsageError
from provenance.model import SEVERITY_RANK
from provenance.text.load import DEFAULT_MAX_CHARS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Align a translation chain sentence by sentence and flag where meaning drifted.",
)
bench_app = typer.Typer(no_args_is_help=True, help="Benchmarks (figures quoted in BENCHMARKS.md).")
app.add_typer(bench_app, name="bench")

Langs = Annotated[
    str | None,
    typer.Option(
        "--langs", help="ISO 639-1 codes in document order, e.g. de,ru,en (else detected)."
    ),
]
Output = Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not to stdout.")]
Model = Annotated[
    str | None,
    typer.Option(
        "--model", help="Hugging Face encoder (name or path; extra 'hf'). Default: embedded USE."
    ),
]
FailOn = Annotated[
    str | None,
    typer.Option(
        "--fail-on", help="Exit 1 if a flag at least this severe: critical, major, minor."
    ),
]
MaxChars = Annotated[
    int,
    typer.Option(
        "--max-chars",
        min=1,
        help="Refuse a document longer than this many characters (checked before any work).",
    ),
]
Progress = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="Progress bar on stderr (default: when stderr is a terminal and a run is long).",
    ),
]
Skip = Annotated[
    str | None,
    typer.Option("--skip", help="Checks to switch off, comma-separated (see 'provenance checks')."),
]

# --- documents in: --format-in (see docs/formats.md) ---
FormatIn = Annotated[
    str | None,
    typer.Option(
        "--format-in",
        help="Read inputs as text, html, docx, pdf, tmx, xliff or po (else told by content "
        "and extension).",
    ),
]

# --- back-translation (`--back-translate MODEL`, extra 'hf'; see docs/compare.md) ---
BackTranslate = Annotated[
    str | None,
    typer.Option(
        "--back-translate",
        help="Local seq2seq model (e.g. a MarianMT directory) translating the final text back "
        "into the source language; its chrF joins the evidence. Extra 'hf'; never downloads.",
    ),
]


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


def _emit(text: str, output: Path | None) -> None:
    _emit_with(lambda out: out.write(text), output)


def _emit_with(write: Callable[[TextIO], object], output: Path | None) -> None:
    """`write(stream)` to stdout or to `output`, with errors a user can act on."""
    if output is None:
        try:
            write(sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            _silence_stdout()
            raise ProvenanceError(
                f"cannot write to standard output ({err.strerror})",
                hint="free some space, or write to a file with -o",
            ) from err
        return
    try:
        with output.open("w", encoding="utf-8") as out:
            write(out)
    except OSError as err:
        raise UsageError(
            f"cannot write output ({err.strerror})", source=str(output), hint="choose another -o"
        ) from err


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's own flush at exit does not print a
    second error after ours (as the Python docs advise for SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)  # follows symlinks; hard links share the inode
    except OSError:
        return False


def check_output(output: Path | None, inputs: Sequence[str | Path] = ()) -> None:
    """Refuse, before any work, an output that would overwrite an input (the same path, a
    symlink to it or a hard link) or that cannot be written."""
    if output is None:
        return
    for item in inputs:
        if str(item) != "-" and os.path.exists(item) and _same_file(output, Path(item)):
            raise UsageError(
                f"is also an input ({item}); the report would overwrite it",
                source=str(output),
                hint="choose another -o",
            )
    if output.is_dir():
        raise UsageError("is a directory", source=str(output), hint="give a file name for -o")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(
            f"its folder {parent} does not exist", source=str(output), hint="create it first"
        )
    writable = os.access(output, os.W_OK) if output.exists() else os.access(parent, os.W_OK)
    if not writable:
        raise UsageError("is not writable", source=str(output), hint="choose another -o")


@contextmanager
def _progress(flag: bool | None) -> Iterator[object]:
    """The progress callback for a run: a bar on stderr when asked, or by default when
    stderr is a terminal (it appears only once the run has taken a few seconds)."""
    from provenance.util.progress import TerminalProgress, no_progress

    show = sys.stderr.isatty() if flag is None else flag
    if not show:
        yield no_progress
        return
    bar = TerminalProgress(delay=0.0 if flag else 2.0, force=bool(flag))
    try:
        yield bar
    finally:
        bar.close()


def _choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    if value not in allowed:
        raise UsageError(f"unknown {option} '{value}'", hint=f"use one of {', '.join(allowed)}")
    return value


@app.command()
def check(
    documents: Annotated[
        list[str], typer.Argument(help="The chain: original first, final last ('-' = stdin).")
    ],
    langs: Langs = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json, html or csv.")] = "text",
    output: Output = None,
    fail_on: FailOn = None,
    model: Model = None,
    skip: Skip = None,
    presplit: Annotated[
        bool, typer.Option("--presplit", help="One sentence per line; no splitting.")
    ] = False,
    format_in: FormatIn = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    progress: Progress = None,
    parallel: Annotated[
        bool,
        typer.Option(
            "--parallel",
            help="Every document after the first translates the first (siblings, not a chain).",
        ),
    ] = False,
    back_translate: BackTranslate = None,
) -> None:
    """Check a translation chain and report every drift with its hop."""
    from provenance.pipeline import check as run_check
    from provenance.report import CHECK_FORMATS, write_check

    _choice(fmt, CHECK_FORMATS, "--format")
    if fail_on is not None:
        _choice(fail_on, tuple(SEVERITY_RANK), "--fail-on")
    check_output(output, documents)
    with _progress(progress) as report_progress:
        report = run_check(
            documents,
            langs,
            model=model,
            presplit=presplit,
            skip=_split(skip),
            format_in=format_in,
            max_chars=max_chars,
            progress=report_progress,
            parallel=parallel,
            back_translate=back_translate,
        )
    color = fmt == "text" and output is None and sys.stdout.isatty()
    _emit_with(lambda out: write_check(report, fmt, out, color=color), output)
    if fail_on is not None and report.meets(fail_on):
        raise typer.Exit(1)


@app.command()
def align(
    src: Annotated[str, typer.Argument(help="Source document ('-' = stdin).")],
    tgt: Annotated[
        str | None, typer.Argument(help="Translation (left out: SRC is a TMX/XLIFF/PO file).")
    ] = None,
    langs: Langs = None,
    presplit: Annotated[
        bool, typer.Option("--presplit", help="One sentence per line; no splitting.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="json, tsv, tmx or xliff.")] = "json",
    output: Output = None,
    model: Model = None,
    format_in: FormatIn = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
) -> None:
    """Align two documents sentence by sentence."""
    from provenance.pipeline import align_documents
    from provenance.report.align_formats import ALIGN_FORMATS, render_align

    _choice(fmt, ALIGN_FORMATS, "--format")
    check_output(output, [src] if tgt is None else [src, tgt])
    docs, beads = align_documents(
        src,
        tgt,
        langs,
        presplit=presplit,
        model=model,
        format_in=format_in,
        max_chars=max_chars,
    )
    _emit(render_align(docs, beads, fmt), output)


@app.command()
def pairs(
    file: Annotated[
        str, typer.Argument(help="TSV: source<TAB>translation per line ('-' = stdin).")
    ],
    langs: Langs = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or text.")] = "jsonl",
    output: Output = None,
    model: Model = None,
    skip: Skip = None,
    fail_on: FailOn = None,
    format_in: FormatIn = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    back_translate: BackTranslate = None,
) -> None:
    """Check pre-aligned pairs (TSV lines, or the units of a TMX/XLIFF/PO file)."""
    from provenance.pairs import check_pairs

    _choice(fmt, ("jsonl", "text"), "--format")
    if fail_on is not None:
        _choice(fail_on, tuple(SEVERITY_RANK), "--fail-on")
    check_output(output, [file])
    lines, met = [], False
    signature = ""
    for res in check_pairs(
        file,
        langs,
        model=model,
        skip=_split(skip),
        format_in=format_in,
        max_chars=max_chars,
        back_translate=back_translate,
    ):
        signature = res.signature
        if fail_on and any(
            SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[fail_on] for f in res.flags
        ):
            met = True
        if fmt == "jsonl":
            lines.append(json.dumps(res.to_dict(), ensure_ascii=False))
        else:
            lines.append(f"line {res.line}: drift {res.drift:.2f}")
            lines.extend(f"  {f['severity']:<8} {f['type']:<12} {f['message']}" for f in res.flags)
            if res.back_translation is not None:
                bt = res.back_translation
                lines.append(f"  back-translation (chrF {bt['chrf']:.1f}): {bt['text']}")
    if fmt == "text" and signature:
        lines.append(f"\nsignature: {signature}")
    _emit("\n".join(lines) + "\n", output)
    if met:
        raise typer.Exit(1)


# --- compare: two documents in one language (see docs/compare.md) ---
@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="Version A ('-' = stdin).")],
    b: Annotated[str, typer.Argument(help="Version B, in the same language.")],
    lang: Annotated[
        str | None, typer.Option("--lang", help="ISO 639-1 code of both (else detected).")
    ] = None,
    presplit: Annotated[
        bool, typer.Option("--presplit", help="One sentence per line; no splitting.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="text, json or html.")] = "text",
    output: Output = None,
    fail_on: FailOn = None,
    model: Model = None,
    skip: Skip = None,
    format_in: FormatIn = None,
) -> None:
    """Compare two versions in one language: chrF/TER, word diff, fact and meaning changes."""
    from provenance.comparison.run import compare as run_compare
    from provenance.report.compare import COMPARE_FORMATS, render_compare

    _choice(fmt, COMPARE_FORMATS, "--format")
    if fail_on is not None:
        _choice(fail_on, tuple(SEVERITY_RANK), "--fail-on")
    result = run_compare(
        a, b, lang, model=model, presplit=presplit, skip=_split(skip), format_in=format_in
    )
    color = fmt == "text" and output is None and sys.stdout.isatty()
    _emit(render_compare(result, fmt, color=color), output)
    if fail_on is not None and result.meets(fail_on):
        raise typer.Exit(1)


@app.command("checks")
def list_checks() -> None:
    """List the checks and the flag types each emits."""
    from provenance import checks as checks_mod

    for name in checks_mod.available():
        chk = checks_mod.load(name)
        sys.stdout.write(f"{name:<14} {', '.join(chk.types)}\n")


def _register_optional() -> None:
    """Commands whose modules arrive with later stages (batch, report, benchmarks)."""
    import importlib

    for module in (
        "provenance.batch.cli",
        "provenance.batch.report_cli",
        "provenance.bench.cli",
        "provenance.desk.cli",
    ):
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        mod.register(app, bench_app)


_register_optional()


# A disk that is full, over quota or failing: the output cannot be written, whoever writes it.
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _warn_in_one_line(message, category, filename, lineno, file=None, line=None) -> None:
    if issubclass(category, UserWarning) and category.__module__.startswith("provenance"):
        sys.stderr.write(f"provenance: warning: {message}\n")
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turning bad input and usage into one line and exit 2."""
    with warnings.catch_warnings():
        warnings.showwarning = _warn_in_one_line
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    try:
        # Not standalone, click *returns* the code of a `raise typer.Exit(n)` instead of raising.
        code = app(args=argv, prog_name="provenance", standalone_mode=False)
        sys.stdout.flush()  # a full disk shows here, not in the interpreter's exit
    except ProvenanceError as err:
        sys.stderr.write(f"provenance: error: {err}\n")
        return 2
    except click_exceptions.NoArgsIsHelpError:
        return 2  # the help text was shown; nothing else to say
    except click_exceptions.UsageError as err:
        where = err.ctx.command_path if err.ctx is not None else "provenance"
        sys.stderr.write(f"provenance: error: {err.format_message()} (see '{where} --help')\n")
        return 2
    except click_exceptions.ClickException as err:
        sys.stderr.write(f"provenance: error: {err.format_message()}\n")
        return 2
    except (typer.Exit, typer.Abort) as ex:
        return getattr(ex, "exit_code", 130)
    except KeyboardInterrupt:
        sys.stderr.write("provenance: interrupted\n")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as err:
        if err.errno not in _NO_ROOM:
            raise
        _silence_stdout()
        sys.stderr.write(f"provenance: error: cannot write the output ({err.strerror})\n")
        return 2
    return code if isinstance(code, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
