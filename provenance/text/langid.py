"""Language detection for documents given without `--langs`.

Script first (Cyrillic text is the Cyrillic-script language among those supported), then
`py3langid` restricted to the supported languages for Latin-script text. A detection
that is not confident is an error asking for `--langs`, never a silent guess.
"""

from __future__ import annotations

from functools import cache

from provenance import lang as lang_data
from provenance.errors import InputError
from provenance.lang.scripts import CYRILLIC, LATIN


@cache
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=list(lang_data.in_script("latin")))


def script_counts(text: str) -> tuple[int, int]:
    return len(CYRILLIC.findall(text)), len(LATIN.findall(text))


def detect(text: str, source: str = "<text>") -> str:
    """ISO 639-1 code of `text`'s language, or an InputError asking for --langs."""
    sample = text[:20000]
    cyr, lat = script_counts(sample)
    if cyr + lat < 3:
        raise InputError(
            "too little text to detect its language", source=source, hint="pass --langs"
        )
    if cyr > lat:
        return lang_data.in_script("cyrillic")[0]
    lang, prob = _identifier().classify(sample)
    if prob < 0.6:
        raise InputError(
            f"cannot tell its language with confidence (best guess '{lang}')",
            source=source,
            hint="pass --langs",
        )
    return str(lang)
