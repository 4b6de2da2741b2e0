"""Reading an archive: which items it holds, and the bytes and content hash of each.

Two layouts (see the `batch` section of ../shared/CONTRACTS.md):

- a directory whose every immediate subdirectory is one item, the chain being its files
  `<anything>.<lang>.txt` in file-name order (also `.html`, `.htm`, `.docx`, `.pdf`; and
  `<anything>.<src>-<tgt>.tmx|.xlf|.xliff|.po`, a bilingual file standing for two
  documents: see docs/formats.md);
- a `.jsonl` manifest, one `{"id", "documents", "langs"}` object a line, paths relative to
  the manifest.

Items are yielded one at a time (`iter_items`) and their files read only when the item is
about to be checked (`read_item`), so the archive is never held in memory. What is wrong
with one item is kept on the item (`ItemSpec.problem`, `ItemTask.problem`) and reported as
that item's error; only a manifest that cannot be parsed at all is a usage error.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from provenance.errors import InputError

TEXT_SUFFIX = ".txt"
# Document files an item folder may hold (provenance.text.formats reads them); the
# bilingual ones name two languages, `<anything>.de-en.tmx`, and count as two documents.
DOCUMENT_SUFFIXES = (TEXT_SUFFIX, ".html", ".htm", ".docx", ".pdf")
BILINGUAL_SUFFIXES = (".tmx", ".xlf", ".xliff", ".po")


def _suffix(name: str) -> str | None:
    low = name.lower()
    return next((s for s in DOCUMENT_SUFFIXES + BILINGUAL_SUFFIXES if low.endswith(s)), None)


@dataclass(frozen=True)
class ItemSpec:
    """One item as the archive names it; nothing read yet."""

    id: str
    paths: tuple[Path, ...]  # absolute, in chain order
    names: tuple[str, ...]  # as shown in reports: relative to the archive or manifest
    langs: tuple[str, ...] | None  # None: detect
    problem: str | None = None  # what is wrong with the item as listed


@dataclass
class ItemTask:
    """One item ready for a worker: its documents' bytes travel with it, so workers (local
    or on a Dask cluster) need no access to the archive."""

    id: str
    names: list[str]
    contents: list[bytes]
    langs: list[str] | None
    input_hash: str
    problem: str | None = None
    attempts: int = field(default=0, compare=False)


def archive_kind(archive: Path) -> str:
    """'dir' or 'manifest'; an InputError (exit 2) for anything else."""
    if not archive.exists():
        raise InputError(
            "no such archive", source=str(archive), hint="give a directory or a .jsonl manifest"
        )
    if archive.is_dir():
        return "dir"
    if archive.suffix == ".jsonl":
        return "manifest"
    raise InputError(
        "is neither a directory nor a .jsonl manifest",
        source=str(archive),
        hint="give a directory of items or a .jsonl manifest",
    )


def iter_items(archive: Path, *, exclude: Path | None = None) -> Iterator[ItemSpec]:
    """The items of an archive, in a stable order; `exclude`: a folder that is not an item
    (the output directory, when it lies inside the archive)."""
    archive = archive.resolve()
    if archive_kind(archive) == "dir":
        skip = exclude.resolve() if exclude is not None else None
        yield from _dir_items(archive, skip)
    else:
        yield from _manifest_items(archive)


def _dir_items(archive: Path, skip: Path | None) -> Iterator[ItemSpec]:
    # Names only are sorted in memory (not contents): a stable order costs one string per item.
    names = sorted(
        e.name
        for e in os.scandir(archive)
        if e.is_dir() and not e.name.startswith(".") and archive / e.name != skip
    )
    for name in names:
        yield _dir_item(archive, name)


def _dir_item(archive: Path, name: str) -> ItemSpec:
    folder = archive / name
    files = sorted(
        e.name for e in os.scandir(folder) if _suffix(e.name) and not e.name.startswith(".")
    )
    paths = tuple(folder / f for f in files)
    shown = tuple(f"{name}/{f}" for f in files)
    langs = []
    documents = 0
    for f in files:
        suffix = _suffix(f) or TEXT_SUFFIX
        stem = f[: -len(suffix)]
        head, dot, code = stem.rpartition(".")
        bilingual = suffix in BILINGUAL_SUFFIXES
        if not dot or not head or not code or (bilingual and code.count("-") != 1):
            form = f"<anything>.<src>-<tgt>{suffix}" if bilingual else f"<anything>.<lang>{suffix}"
            example = f"1.de-en{suffix}" if bilingual else f"1.de{suffix}"
            return ItemSpec(
                name,
                paths,
                shown,
                None,
                problem=f"{name}/{f}: file name is not {form} (name the language, e.g. {example})",
            )
        langs.append(code)
        documents += 2 if bilingual else 1
    problem = None
    if not files:
        problem = "no <anything>.<lang>.txt files in the item's folder"
    elif documents == 1:
        problem = f"only one document ({shown[0]}); a chain needs at least two"
    return ItemSpec(name, paths, shown, tuple(langs), problem)


def _manifest_items(manifest: Path) -> Iterator[ItemSpec]:
    base = manifest.parent
    with manifest.open("r", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            yield _manifest_item(manifest, base, lineno, line)


def _manifest_item(manifest: Path, base: Path, lineno: int, line: str) -> ItemSpec:
    where = f"{manifest.name}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(
            f"not a JSON object ({err.msg})", source=where, hint="one JSON object per line"
        ) from err
    if not isinstance(obj, dict) or not isinstance(obj.get("id"), str | int) or obj.get("id") == "":
        raise InputError(
            'needs an "id" (a string)', source=where, hint='e.g. {"id": "a1", "documents": [...]}'
        )
    item_id = str(obj["id"])
    docs = obj.get("documents")
    langs = obj.get("langs")
    if not isinstance(docs, list) or not all(isinstance(d, str) and d for d in docs):
        return ItemSpec(item_id, (), (), None, problem='"documents" must be a list of file paths')
    paths = tuple((base / d).resolve() for d in docs)
    names = tuple(docs)
    problem = None
    if langs is not None and (
        not isinstance(langs, list) or not all(isinstance(c, str) for c in langs)
    ):
        problem, langs = '"langs" must be a list of language codes', None
    elif langs is not None and len(langs) != len(docs):
        problem = f'"langs" names {len(langs)} language(s) for {len(docs)} document(s)'
    elif sum(2 if _suffix(d) in BILINGUAL_SUFFIXES else 1 for d in docs) < 2:
        problem = f"{len(docs)} document(s) listed; a chain needs at least two"
    return ItemSpec(item_id, paths, names, tuple(langs) if langs else None, problem)


def read_item(spec: ItemSpec) -> ItemTask:
    """Read an item's files and hash them. A file that cannot be read becomes the item's
    problem (reported as its error), never an exception."""
    contents: list[bytes] = []
    problem = spec.problem
    if problem is None:
        for path, name in zip(spec.paths, spec.names, strict=True):
            try:
                contents.append(path.read_bytes())
            except FileNotFoundError:
                problem = f"{name}: no such file (check the path)"
            except IsADirectoryError:
                problem = f"{name}: is a directory, not a text file"
            except OSError as err:
                problem = f"{name}: cannot read ({err.strerror})"
            if problem:
                contents = []
                break
    task = ItemTask(
        id=spec.id,
        names=list(spec.names),
        contents=contents,
        langs=list(spec.langs) if spec.langs else None,
        input_hash="",
        problem=problem,
    )
    task.input_hash = input_hash(task)
    return task


def input_hash(task: ItemTask) -> str:
    """Content hash of everything the item's result depends on besides the tool itself."""
    h = hashlib.sha256()
    h.update(json.dumps([task.names, task.langs, task.problem], ensure_ascii=False).encode())
    for raw in task.contents:
        h.update(len(raw).to_bytes(8, "little"))
        h.update(raw)
    return h.hexdigest()


# What a stored result depends on in the tool: the version, the model, and the code and
# data that compute results. The batch runner, benchmarks, renderers and CLI are left out
# (changing them does not change a result). Hashing the sources keeps "skip what is done"
# honest in an editable install, where the version string does not move with the code.
_NOT_RESULT_CODE = ("batch", "bench", "report", "cli.py", "__pycache__")


@cache
def code_fingerprint() -> str:
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or rel.parts[0] in _NOT_RESULT_CODE or path.suffix == ".pyc":
            continue
        h.update(str(rel).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def tool_version(model: str | None) -> str:
    """Version + code fingerprint + model. PROVENANCE_BATCH_TOOL_VERSION pins it instead
    (to keep results across a code change known not to affect them, and in tests, which
    run while the code around them is being edited)."""
    from provenance import __version__
    from provenance.embed import DEFAULT_MODEL

    pinned = os.environ.get("PROVENANCE_BATCH_TOOL_VERSION")
    if pinned:
        return f"{pinned}/{model or DEFAULT_MODEL}"
    return f"{__version__}+{code_fingerprint()}/{model or DEFAULT_MODEL}"
