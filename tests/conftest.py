"""Shared fixtures.

Tests that need `../shared` (the shared corpora) or a system component (Chromium) skip
with a reason when it is absent; CI sets PROVENANCE_REQUIRE_ALL=1 so that such a skip
becomes a failure there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest

from provenance.model import PairStats, PairView, Segment

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
REQUIRE_ALL = os.environ.get("PROVENANCE_REQUIRE_ALL") == "1"


def need(condition: bool, reason: str) -> None:
    """Skip (locally) or fail (in CI) when a resource is missing."""
    if condition:
        return
    if REQUIRE_ALL:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def one_line_pair(
    src: str,
    src_lang: str,
    tgt: str,
    tgt_lang: str,
    sim: float | None = 0.8,
    *,
    row: int = 0,
    stats: PairStats | None = None,
    embed: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> PairView:
    """One aligned row of one sentence a side (source document 0, translation document 1),
    as a check sees it: `sim` is the row's similarity (None: not measured), `row` its
    alignment id and both sentences' ids. An empty text makes that side empty (a sentence
    left out or added)."""
    return PairView(
        row,
        Segment(0, src_lang, [row] if src else [], [src] if src else []),
        Segment(1, tgt_lang, [row] if tgt else [], [tgt] if tgt else []),
        sim,
        stats if stats is not None else PairStats(),
        embed,
    )


def fact_flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    """(severity, message) of the numbers and dates checks on one sentence pair."""
    from provenance.checks.dates import DatesCheck
    from provenance.checks.numbers import NumbersCheck

    v = one_line_pair(src, sl, tgt, tl, sim=None)
    return [(f.severity, f.message) for f in NumbersCheck()(v) + DatesCheck()(v)]


def loud_fact_flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    """The critical and major ones of `fact_flags`."""
    return [f for f in fact_flags(src, sl, tgt, tl) if f[0] in ("critical", "major")]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    need(SHARED.is_dir(), f"{SHARED} not found (the shared corpora live beside the repo)")
    return SHARED


@pytest.fixture(scope="session")
def textberg(shared_dir: Path) -> Path:
    path = shared_dir / "corpora" / "textberg"
    need(path.is_dir(), f"{path} not found")
    return path


def stem_embed(texts: Sequence[str]) -> np.ndarray:
    """A toy encoder: words and texts by their first four letters, with "unemployment" and
    "безработица" one concept (a literal translation, as the encoder sees it)."""
    out = np.zeros((len(texts), 256), dtype=np.float32)
    for k, t in enumerate(texts):
        for w in re.findall(r"\w+", t.lower()):
            stem = "unem" if w.startswith("безраб") else w[:4]
            out[k, sum(map(ord, stem)) % 256] += 1
        out[k] /= max(float(np.linalg.norm(out[k])), 1e-9)
    return out


def literal_embed(**words: str) -> Callable[[Sequence[str]], np.ndarray]:
    """`stem_embed`, with each key word the literal translation of its value."""

    def embed(texts: Sequence[str]) -> np.ndarray:
        out = []
        for t in texts:
            for a, b in words.items():
                t = t.replace(a, b)
            out.append(t)
        return stem_embed(out)

    return embed


@pytest.fixture(scope="session")
def encoder():
    """The embedded default encoder, loaded once for the whole session."""
    from provenance.embed import get_encoder

    return get_encoder()


@pytest.fixture(scope="session", autouse=True)
def _at_repository_root():
    """The benchmarks read corpora/ from the working directory, as a user runs them from
    the repository root; so do the tests, wherever pytest was started."""
    started = Path.cwd()
    os.chdir(ROOT)
    yield
    os.chdir(started)


class CliResult(NamedTuple):
    """What one CLI run gave: its exit code and what it wrote to stdout and stderr."""

    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys):
    """Run the CLI in-process: `run_cli("check", ...)` returns a `CliResult`."""
    from provenance.cli import main

    def _run(*args: str) -> CliResult:
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return _run
