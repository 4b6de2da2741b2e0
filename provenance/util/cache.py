"""The per-user cache of derived data: built once per machine, read by every process.

What lives here is derived from installed packages, never downloaded: the memory-mapped
word-frequency and lemma indexes (`provenance.util.lexicon`) and a snapshot of the embedded
model's built arrays, its embedding table memory-mapped (`provenance.embed.use`). Each
entry's name carries a key of what it was built from, so an upgraded package gets a fresh
entry; entries are written under a temporary name and renamed into place, so processes
building the same entry at once each install a complete one and a reader never sees a
partial one.

Location: `$PROVENANCE_CACHE_DIR`, else `$XDG_CACHE_HOME/provenance`, else
`~/.cache/provenance`. Deleting it is always safe.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def root() -> Path:
    base = os.environ.get("PROVENANCE_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg or Path.home() / ".cache") / "provenance"


def install_file(write: Callable[[str], None], path: Path) -> None:
    """Call `write(tmp)` to create a file, then rename it to `path` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())  # the bytes are on disk before the name points at them
        os.chmod(tmp, 0o644)  # mkstemp makes it private; it is a cache anyone may read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def install_directory(write: Callable[[Path], None], path: Path) -> None:
    """Call `write(tmp_dir)` to fill a directory, then rename it to `path`. If another
    process installed `path` first, its copy is kept and ours discarded."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent))
    try:
        write(tmp)
        os.chmod(tmp, 0o755)
        try:
            os.rename(tmp, path)  # atomic; fails if `path` already exists
        except OSError:
            if not path.is_dir():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
