"""The scripts languages are written in: the letters of each, one definition for the
language detector and the untranslated check. A language folder names its script
(`SCRIPT = "latin"` in its `__init__.py`)."""

from __future__ import annotations

import re

LETTERS: dict[str, re.Pattern[str]] = {
    "latin": re.compile(r"[A-Za-z\u00C0-\u024F]"),
    "cyrillic": re.compile(r"[\u0400-\u04FF]"),
}
CYRILLIC = LETTERS["cyrillic"]
LATIN = LETTERS["latin"]


def is_cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None
