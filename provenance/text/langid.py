"""Language detection for documents given without `--langs`.

Script first (Cyrillic text is Russian among the languages we support), then
`py3langid` restricted to the supported languages for Latin-script text. A detection
that is not confident is an error asking for `--langs`, never a silent guess.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.errors import InputError
from provenance.lang import LANGUAGES

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


@cache
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=[c for c in LANGUAGES if c != "ru"])


def script_counts(text: str) -> tuple[int, int]:
    return len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))


def detect(text: str, source: str = "<text>") -> str:
    """ISO 639-1 code of `text`'s language, or an InputError asking for --langs."""
    sample = text[:20000]
    cyr, lat = script_counts(sample)
    if cyr + lat < 3:
        raise InputError(
            "too little text to detect its language", source=source, hint="pass --langs"
        )
    if cyr > lat:
        return "ru"
    lang, prob = _identifier().classify(sample)
    if prob < 0.6:
        raise InputError(
            f"cannot tell its language with confidence (best guess '{lang}')",
            source=source,
            hint="pass --langs",
        )
    return str(lang)
