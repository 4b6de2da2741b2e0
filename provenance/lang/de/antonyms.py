"""German for the antonym check (see provenance.lang.antonyms): nouns end compounds,
"ss" is read as "ß", synthetic comparatives of unlisted words state "more"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from provenance.lang.antonyms import AntonymHelpers


def fold(word: str) -> str:
    return word.replace("ß", "ss")


_ARTICLES = frozenset(
    {
        "ein",
        "der",
        "kein",
        "mein",
        "sein",
        "ihr",
        "unser",
        "dieser",
        "jeder",
        "welcher",
        "mancher",
        "solcher",
        "aller",
    }
)
# German words whose inflected forms end in "-er" like a comparative ("einer", "keiner").
_DETERMINERS = frozenset(
    {
        "ein",
        "kein",
        "mein",
        "dein",
        "sein",
        "ihr",
        "unser",
        "euer",
        "jed",
        "dies",
        "jen",
        "welch",
        "manch",
        "solch",
        "all",
        "ander",
    }
)


def comparative(word: str, lemma: str, listed: Mapping[str, Any]) -> bool:
    """ "freier" = "more freely": a comparative of a word the lexicon does not know. (A
    known word's comparative keeps its own concept: "niedriger" is height-, not more.)"""
    if lemma == word or lemma in _DETERMINERS or listed.get(lemma):
        return False
    return word in (lemma + "er", lemma + "r")


def inflected_adjective(text: str, toks: Sequence[re.Match[str]], k: int) -> bool:
    """ "ein freier Mann", "wegen reichlicher Mengen" are inflections before a noun;
    "sprechen freier", "wird dünner" are comparatives."""
    before_noun = k + 1 < len(toks) and text[toks[k + 1].start()].isupper()
    return before_noun or (k > 0 and toks[k - 1].group(0) in _ARTICLES)


DATA = AntonymHelpers(
    fold=fold,
    noun_compounds=True,
    comparative=comparative,
    inflected_adjective=inflected_adjective,
    # "nicht" ends the clause or stands before the final verb, far from what it negates
    negation_reach=None,
    nominal_reach=2,
)
