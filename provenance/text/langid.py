"""Language detection for documents given without `--langs`.

Script first (Cyrillic text is the Cyrillic-script language among those supported), then
`py3langid` restricted to the supported languages for Latin-script text. A detection
that is not confident is an error asking for `--langs`, never a silent guess.
"""

from __future__ import annotations

from functools import cache

from provenance import lang as lang_data
from provenance.errors import InputError
from provenance.lang import LANGUAGES
from provenance.lang.scripts import CYRILLIC, LATIN


@cache
def _identifier():
    """py3langid over all its 97 languages, loaded once: it names a language we do not
    support, and its probabilities renormalised over ours are what a model restricted to
    them gives (both are a softmax of the same scores)."""
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def _restricted(ranked: dict[str, float]) -> tuple[str, float]:
    """The likeliest Latin-script language we support, with its probability among them."""
    ours = {c: ranked.get(c, 0.0) for c in lang_data.in_script("latin")}
    total = sum(ours.values())
    best = max(ours, key=ours.__getitem__)
    return best, (ours[best] / total if total > 0 else 0.0)


def unsupported(code: str, source: str | None = None) -> InputError:
    """'Chinese (zh) is not supported; provenance supports de, ru, en, fr'."""
    return InputError(
        f"{language_name(code)} ({code}) is not supported; "
        f"provenance supports {', '.join(LANGUAGES)}",
        source=source,
    )


def language_name(code: str) -> str:
    """The English name of an ISO 639 code (CLDR, through babel), or the code itself."""
    try:
        from babel import Locale

        return str(Locale("en").languages.get(code, code))
    except Exception:  # babel missing or an odd code: the code is still a name
        return code


def script_counts(text: str) -> tuple[int, int]:
    return len(CYRILLIC.findall(text)), len(LATIN.findall(text))


def _clearly_unsupported(ranked: dict[str, float]) -> str | None:
    """The code of a Latin-script language we do not support (Spanish, Polish, ...) when
    the model is sure of it and gives our languages next to nothing; else None."""
    top = max(ranked, key=ranked.__getitem__)
    ours = max(ranked.get(c, 0.0) for c in LANGUAGES)
    if top not in LANGUAGES and ranked[top] >= 0.9 and ours < 0.05:
        return str(top)
    return None


def detect(text: str, source: str = "<text>") -> str:
    """ISO 639-1 code of `text`'s language, or an InputError asking for --langs."""
    sample = text[:20000]
    cyr, lat = script_counts(sample)
    letters = sum(1 for c in sample if c.isalpha())
    if letters >= 3 and cyr + lat < letters / 2:
        # Mostly another script (Han, Arabic, Greek, ...): name the language, not "--langs".
        other, _ = _identifier().classify(sample)
        raise unsupported(str(other), source)
    if cyr + lat < 3:
        raise InputError(
            "too little text to detect its language", source=source, hint="pass --langs"
        )
    if cyr > lat:
        return lang_data.in_script("cyrillic")[0]
    ranked = dict(_identifier().rank(sample))
    other = _clearly_unsupported(ranked)
    if other is not None:
        raise unsupported(other, source)
    lang, prob = _restricted(ranked)
    if prob < 0.6:
        raise InputError(
            f"cannot tell its language with confidence (best guess '{lang}')",
            source=source,
            hint="pass --langs",
        )
    return str(lang)
