"""Where the benchmarks find their corpora: under the working directory, or where
`--corpus` says — never beside the installed package (after `pip install .` that is
site-packages, which holds no corpora).

- the project's own corpora: `corpora/` in the working directory (the repository root);
- the shared real corpora (Text+Berg): `../shared/corpora/` beside the working directory.
"""

from __future__ import annotations

from pathlib import Path

from provenance.errors import UsageError

PROJECT = Path("corpora")  # relative: resolved against the working directory when read
_HINT = "run from the repository root, where corpora/ is, or pass --corpus DIR"


def project_root(corpus: Path | None = None) -> Path:
    """The project's corpora directory: `corpus`, else ./corpora; exit 2 if it is missing."""
    root = PROJECT if corpus is None else Path(corpus)
    if not root.is_dir():
        raise UsageError("corpus directory not found", source=str(root), hint=_HINT)
    return root


def require(path: Path, what: str) -> Path:
    """`path` itself, or a one-line error naming it when it does not exist."""
    if not path.exists():
        raise UsageError(f"{what} not found", source=str(path), hint=_HINT)
    return path


def shared(name: str) -> Path:
    """../shared/corpora/NAME beside the working directory (it may not exist)."""
    return (Path.cwd().parent / "shared" / "corpora" / name).resolve()
