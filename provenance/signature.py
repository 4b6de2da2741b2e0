"""The reproducibility signature every report carries, in the spirit of sacrebleu's.

    provenance:0.1.0|encoder:use-multilingual-v3@3f2a9c1e04b7|checks:numbers@1,...|langs:de,en

Two runs with the same signature give the same report: the version, the encoder and a
digest of its weights, each check and its `version`, the languages, and the sacrebleu
signature of the chrF/TER figures where a report has them (and the back-translation
model where one was used). The weights digest is cheap and stable: per file, its name,
size and first and last megabyte (never the whole of hundreds of MB per run), kept per
process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HEAD_TAIL = 1 << 20  # bytes of each end of a weights file that enter its digest
_DIGESTS: dict[tuple[str, int, int], str] = {}


def file_digest(path: Path) -> str:
    """sha256 of (size, first MB, last MB) of one file, remembered per (path, size, mtime)."""
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _DIGESTS:
        h = hashlib.sha256(str(st.st_size).encode())
        with path.open("rb") as fh:
            h.update(fh.read(HEAD_TAIL))
            if st.st_size > 2 * HEAD_TAIL:
                fh.seek(-HEAD_TAIL, 2)
                h.update(fh.read(HEAD_TAIL))
        _DIGESTS[key] = h.hexdigest()
    return _DIGESTS[key]


def tree_digest(root: Path) -> str:
    """12 hex digits over every regular file under `root` (or `root` itself), by name."""
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    h = hashlib.sha256()
    for p in files:
        if "__pycache__" in p.parts:
            continue
        h.update(str(p.relative_to(root) if p != root else p.name).encode())
        h.update(file_digest(p).encode())
    return h.hexdigest()[:12]


def weights_location(encoder: Any) -> Path | None:
    """Where the encoder's weights live: the embedded model's resources, a Hugging Face
    model's directory, or what the encoder names itself (`weights_path`)."""
    own = getattr(encoder, "weights_path", None)
    if own:
        return Path(own)
    # A CachedEncoder (`inner`) or compare's MixedEncoder (`encoder`) wraps the real one.
    inner = getattr(encoder, "inner", None) or getattr(encoder, "encoder", None) or encoder
    if inner is not encoder:
        return weights_location(inner)
    sp_model = getattr(encoder, "sp_model", None)
    if sp_model:  # the embedded USE: its resources folder holds sp.model and the weights
        return Path(sp_model).parent
    model = getattr(encoder, "model", None)
    where = getattr(getattr(model, "config", None), "_name_or_path", None) or getattr(
        model, "name_or_path", None
    )
    if where and Path(where).exists():
        return Path(where)
    return None


def encoder_id(encoder: Any) -> str:
    """ "name@digest" (digest "none" when the weights cannot be located, e.g. a test fake)."""
    name = getattr(encoder, "name", type(encoder).__name__)
    where = weights_location(encoder)
    try:
        digest = tree_digest(where) if where is not None and where.exists() else "none"
    except OSError:
        digest = "unreadable"
    return f"{name}@{digest}"


@dataclass
class Signature:
    encoder: str
    checks: list[str]
    langs: list[str]
    sacrebleu: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        from provenance import __version__

        parts = [
            f"provenance:{__version__}",
            f"encoder:{self.encoder}",
            f"checks:{','.join(self.checks)}",
            f"langs:{','.join(self.langs)}",
        ]
        parts += [f"{k}:{v}" for k, v in sorted(self.extra.items())]
        parts += self.sacrebleu
        return "|".join(parts)


def check_ids(checks: Iterable[Any]) -> list[str]:
    """ "name@version" for each check (a check without `version` is version "1")."""
    return [f"{c.name}@{getattr(c, 'version', '1')}" for c in checks]


def signature(
    encoder: Any,
    checks: Iterable[Any],
    langs: Sequence[str],
    sacrebleu: Sequence[str] = (),
    **extra: str,
) -> str:
    """The signature string of one run (see the module docstring)."""
    return str(
        Signature(encoder_id(encoder), check_ids(checks), list(langs), list(sacrebleu), extra)
    )
