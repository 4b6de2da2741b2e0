"""Tokens with offsets and (for Russian) lemmas, cached: the shared front end of the extractors."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from provenance import lang as lang_data
from provenance.lang.facts import FactsData
from provenance.util.memo import memoised

# Words (letters, inner hyphens/apostrophes) or digit runs.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")


class Token(NamedTuple):
    """A word or digit run. (A named tuple: tens of thousands are made per document.)"""

    text: str
    start: int
    end: int
    lower: str
    lemma: str  # == lower unless the language lemmatises
    is_word: bool  # a word, not a digit run


def facts(code: str) -> FactsData:
    return lang_data.data(code, "facts")


@lru_cache(maxsize=1)
def morph():
    """The Russian morphological analyser, one per process (`provenance.util.lexicon.morph`)."""
    from provenance.util.lexicon import morph as shared

    return shared()


@memoised(200_000)
def ru_parses(word: str) -> tuple:
    """Every reading of a Russian word, likeliest first (one analysis per word, shared
    by the extractors and the checks)."""
    try:
        return tuple(morph().parse(word))
    except ValueError:  # pymorphy3 names a word's first letter: one without a Unicode name
        return tuple(morph().parse(""))  # an unknown word (one UNKN reading)


def ru_parse(word: str):
    """The likeliest reading of a Russian word."""
    return ru_parses(word)[0]


_CYRILLIC = re.compile("[а-яё]")


# Not `util.lexicon.lemma`: the extractors lemmatise only Russian (pymorphy3, "ё" as "е").
@memoised(200_000)
def lemma(word: str, code: str) -> str:
    low = word.lower()
    if code == "ru" and _CYRILLIC.search(low):
        return ru_parse(low).normal_form.replace("ё", "е")
    return low


# `Token(...)` goes through the named tuple's Python-level __new__; the tuple constructor
# itself builds the same object at a fraction of the cost (tokens are the extractors' most
# numerous objects).
_new_token = tuple.__new__


@memoised(4096)
def tokens(text: str, code: str) -> tuple[Token, ...]:
    # The words by one `findall` (in C), their offsets by `str.find` from the last end:
    # letters and digits all belong to tokens, so a token's text first occurs after the
    # previous token where the token starts. A third cheaper than a match object each.
    words = _TOKEN.findall(text)
    if not words:
        return ()
    lemmatize = facts(code).lemmatize
    find = text.find
    out = []
    end = 0
    for w in words:
        start = find(w, end)
        end = start + len(w)
        low = w.lower()
        word = not w[0].isdigit()
        lem = lemma(w, code) if lemmatize and word else low
        out.append(_new_token(Token, (w, start, end, low, lem, word)))
    return tuple(out)


def phrase_regex(phrases) -> str:
    """One alternation of literal phrases, longest first, spaces matching any whitespace."""
    parts = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
