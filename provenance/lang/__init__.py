"""Language data, one package per language (`provenance/lang/de/`, `.../ru/`, ...).

Each language package holds plain data modules, by topic, shared by every check:

- `facts.py`  : numbers, scale words, currencies, months, weekdays, relative dates,
                transliteration conventions (numbers, dates and names checks)
- `cues.py`   : negation, hedge and assertion cues, affirmative idioms (meaning checks)
- `speech.py` : quotation marks and verbs of saying (quotes)
- `writing.py`: abbreviations that do or do not end a sentence (segmentation)

Each module exposes `DATA`, an instance of the dataclass its topic defines in
`provenance/lang/<topic>.py`. Adding a language is a new folder with those files and
an entry in `LANGUAGES`; no check changes.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from provenance.errors import UsageError

# ISO 639-1 code -> English name, for messages.
LANGUAGES: dict[str, str] = {
    "de": "German",
    "ru": "Russian",
    "en": "English",
    "fr": "French",
}


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
    return importlib.import_module(f"provenance.lang.{code}.{topic}").DATA


def name(code: str) -> str:
    return LANGUAGES.get(code, code)
