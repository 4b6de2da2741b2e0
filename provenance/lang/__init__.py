"""Languages, one folder each (`provenance/lang/de/`, `.../ru/`, ...): data and the small
functions that only make sense for that language.

A language folder is found, not registered: every package on this package's search path
(`provenance.lang.__path__`, extended by `add_path` or `$PROVENANCE_LANG_PATH`) whose name
is an ISO 639-1 code and whose `__init__.py` declares

    NAME = "German"      # the English name, for messages
    SCRIPT = "latin"     # a key of `provenance.lang.scripts.LETTERS`

is a supported language. Its modules, by topic, each expose `DATA`, an instance of the
dataclass its topic defines in `provenance/lang/<topic>.py`:

- `facts.py`   : numbers, scale words, currencies, months, weekdays, relative dates,
                 transliteration conventions (numbers, dates and names checks)
- `cues.py`    : negation, hedge and assertion cues, tense and polarity words (meaning checks)
- `speech.py`  : quotation marks, verbs of saying, speaker words (provenance.speech)
- `writing.py` : abbreviations that do or do not end a sentence (segmentation)
- `tense.py`   : optional; the language's tense reader (`provenance.lang.tense.TenseReader`)
- `antonyms.py`: optional; spelling folds, lemmas, inflections and compounds for the
                 antonym lexicon (`provenance.lang.antonyms.AntonymHelpers`)
- `clitics.py` : optional; clitics written out for the word diff of `compare`
                 (`provenance.lang.clitics.CliticData`)

A check asks the language (`data`, `optional`, `script`), never branches on a code, so
adding a language is a new folder (see docs/languages.md and tests/test_languages.py).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from provenance.errors import UsageError

_CODE = re.compile(r"[a-z]{2}")


@dataclass(frozen=True)
class Language:
    """What a language folder declares in its `__init__.py`."""

    code: str
    name: str  # English name, for messages ("German")
    script: str  # a key of `provenance.lang.scripts.LETTERS` ("latin", "cyrillic")


# code -> Language and code -> English name, for every language folder found. Kept as the
# same dict objects across `refresh()` (modules import them by name).
REGISTRY: dict[str, Language] = {}
LANGUAGES: dict[str, str] = {}


def _folders() -> list[tuple[str, Path]]:
    """(code, folder) of every language package on the search path, sorted by code; a
    code found twice is taken from the first path entry."""
    found: dict[str, Path] = {}
    for entry in __path__:
        root = Path(entry)
        if not root.is_dir():
            continue
        for folder in root.iterdir():
            if _CODE.fullmatch(folder.name) and (folder / "__init__.py").is_file():
                found.setdefault(folder.name, folder)
    return sorted(found.items())


def refresh() -> None:
    """Find the language folders again (after the search path changed) and forget what
    was loaded for languages that are gone."""
    REGISTRY.clear()
    for code, _ in _folders():
        module = importlib.import_module(f"{__name__}.{code}")
        REGISTRY[code] = Language(code, module.NAME, module.SCRIPT)
    LANGUAGES.clear()
    LANGUAGES.update((code, language.name) for code, language in REGISTRY.items())
    for name in [m for m in sys.modules if m.startswith(f"{__name__}.")]:
        code = name.split(".")[2]
        if _CODE.fullmatch(code) and code not in REGISTRY:
            del sys.modules[name]
    data.cache_clear()
    optional.cache_clear()


def add_path(folder: str | os.PathLike[str]) -> None:
    """Look for language folders in `folder` too (a language kept outside the package)."""
    path = str(folder)
    if path not in __path__:
        __path__.append(path)
    refresh()


def remove_path(folder: str | os.PathLike[str]) -> None:
    """Undo `add_path`."""
    path = str(folder)
    if path in __path__:
        __path__.remove(path)
    refresh()


def validate(code: str, *, source: str | None = None) -> str:
    """Return the normalised code, or raise a one-line error naming the supported ones."""
    norm = code.strip().lower()
    if norm not in LANGUAGES and len(norm) in (2, 3) and norm.isalpha():
        from provenance.text.langid import language_name

        named = language_name(norm)
        if named != norm:  # a real language we have no data for
            raise UsageError(
                f"{named} ({norm}) is not supported; provenance supports {', '.join(LANGUAGES)}",
                source=source,
            )
    if norm not in LANGUAGES:
        raise UsageError(
            f"unknown language code '{code}'",
            source=source,
            hint=f"use one of {', '.join(LANGUAGES)} (ISO 639-1)",
        )
    return norm


@cache
def data(code: str, topic: str) -> Any:
    """`DATA` of `provenance.lang.<code>.<topic>`."""
    return importlib.import_module(f"{__name__}.{code}.{topic}").DATA


@cache
def optional(code: str, topic: str) -> Any | None:
    """`DATA` of `provenance.lang.<code>.<topic>`, or None if the language has no such
    module (a language without a tense reader, say)."""
    if code not in REGISTRY or importlib.util.find_spec(f"{__name__}.{code}.{topic}") is None:
        return None
    return data(code, topic)


def name(code: str) -> str:
    return LANGUAGES.get(code, code)


def script(code: str) -> str:
    """The script a language is written in ("latin", "cyrillic")."""
    return REGISTRY[code].script


def in_script(script_name: str) -> tuple[str, ...]:
    """The codes of the languages written in `script_name`, sorted."""
    return tuple(c for c, language in REGISTRY.items() if language.script == script_name)


for _extra in filter(None, os.environ.get("PROVENANCE_LANG_PATH", "").split(os.pathsep)):
    __path__.append(_extra)
refresh()
