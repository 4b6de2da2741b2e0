"""Tokens with offsets and (for Russian) lemmas, cached: the shared front end of the extractors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from provenance import lang as lang_data
from provenance.lang.facts import FactsData

# Words (letters, inner hyphens/apostrophes) or digit runs.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lower: str
    lemma: str  # == lower unless the language lemmatises

    @property
    def is_word(self) -> bool:
        return not self.text[0].isdigit()


def facts(code: str) -> FactsData:
    return lang_data.data(code, "facts")


@lru_cache(maxsize=1)
def morph():
    """The Russian morphological analyser, one per process (`provenance.lexicon.morph`)."""
    from provenance.lexicon import morph as shared

    return shared()


@lru_cache(maxsize=200_000)
def ru_parse(word: str):
    return morph().parse(word)[0]


def lemma(word: str, code: str) -> str:
    low = word.lower()
    if code == "ru" and re.search("[а-яё]", low):
        return ru_parse(low).normal_form.replace("ё", "е")
    return low


@lru_cache(maxsize=4096)
def tokens(text: str, code: str) -> tuple[Token, ...]:
    lemmatize = facts(code).lemmatize
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        low = w.lower()
        out.append(
            Token(
                w,
                m.start(),
                m.end(),
                low,
                lemma(w, code) if lemmatize and not w[0].isdigit() else low,
            )
        )
    return tuple(out)


def phrase_regex(phrases) -> str:
    """One alternation of literal phrases, longest first, spaces matching any whitespace."""
    parts = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
