"""What a language tells the antonym check (`provenance.checks.antonyms`) about its words.

The polarity lexicon itself is data in `provenance/lang/<code>/cues.py`; how a word is
looked up in it depends on the language: spelling variants, lemmas, inflections listed
instead of lemmatised, nouns that end compounds, synthetic comparatives. A language keeps
those functions in `provenance/lang/<code>/antonyms.py` as `DATA = AntonymHelpers(...)`;
a language without the module gets `AntonymHelpers()` (exact words, simplemma lemmas).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


def _same(word: str) -> str:
    return word


def _no_comparative(word: str, lemma: str, listed: Mapping[str, Any]) -> bool:
    return False


def _no_inflection(text: str, toks: Sequence[re.Match[str]], k: int) -> bool:
    return False


def _never(word: str) -> bool:
    return False


def _no_base(word: str) -> str | None:
    return None


def _not_compared(text: str, start: int, end: int) -> bool:
    return False


def compared_standard(word: str) -> re.Pattern[str]:
    """The standard of a comparison after a comparative, in its clause: up to three words
    (a comma before a Russian "чем"), then `word` ("lower in the west than", "höher als")."""
    return re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s*,?\s+(?i:{word})\b")


def _first_opposite(word: str, own: Sequence[str], opposites: Sequence[str]) -> str | None:
    return opposites[0] if opposites else None


# A spelling used less than this (wordfreq's Zipf scale: once in 100 million words) is
# taken for no word of the language.
KNOWN_ZIPF = 1.0


def likeliest(candidates: Sequence[str], code: str) -> str | None:
    """The candidate spelling a language uses most (wordfreq's Zipf scale), the first on a
    tie: "stopped" over "stoped", "größten" over "großsten"; None when none is a word."""
    from provenance.util.lexicon import zipf

    scored = [(zipf(c, code), -k, c) for k, c in enumerate(candidates)]
    best = max(scored, default=None)
    return best[2] if best and best[0] >= KNOWN_ZIPF else None


@dataclass(frozen=True)
class AntonymHelpers:
    # Spelling variants looked up as one (Russian "ё"/"е", Swiss German "ss" for "ß").
    fold: Callable[[str], str] = _same
    # A word's lemma as the lexicon lists it; None: simplemma (`provenance.util.lexicon`).
    lemma: Callable[[str], str] | None = None
    # Every lemma a word may have, likeliest first, for a language whose lemmatiser reads
    # a form several ways (Russian "старого": "старое" the noun, or "старый"): the word
    # states what the first one the lexicon lists states. None: `lemma` only.
    lemmas: Callable[[str], tuple[str, ...]] | None = None
    # A lexicon entry's regular inflections, for a language whose lexicon lists forms
    # rather than being read through a lemmatiser (English); also applied to the first
    # word of a phrase entry ("slow down" → "slowed down").
    inflections: Callable[[str], tuple[str, ...]] | None = None
    # Capitalised entries are nouns that also match as the head of a compound (German
    # "Anstieg" in "Preisanstieg"); a capitalised word of a text is looked up as a noun.
    noun_compounds: bool = False
    # The listed noun a derived one is read as, or None: German feminine person nouns
    # ("Gewinnerin", "Gegnerinnen" state what "Gewinner", "Gegner" state). Lower case in,
    # lower case out.
    noun_base: Callable[[str], str | None] = _no_base
    # Whether a capitalised word that is no listed noun may be an adjective's comparative
    # or superlative used as a noun (German "Schlimmeres", "das Beste"), then read as the
    # adjective. Lower case in.
    nominalised: Callable[[str], bool] = _never
    # Whether the capitalised token `toks[k]` of `text`, no listed noun, is an adjective
    # that a name capitalises before its noun (German "im Großen Saal", "die Kleine
    # Anfrage"), then read as the adjective.
    attributive: Callable[[str, Sequence[re.Match[str]], int], bool] = _no_inflection
    # Whether an unlisted word is a synthetic comparative ("freier", "свободнее"):
    # (word, its lemma, the lexicon's words) -> bool.
    comparative: Callable[[str, str, Mapping[str, Any]], bool] = _no_comparative
    # How many words a negation of the clause may stand from a polarity word and still
    # negate it ("did not win", "не смог победить"); None: anywhere in the clause, for a
    # language whose negation sits at the clause's end or before its final verb while the
    # word is far ahead ("unterstützen die meisten Bürger die Reform nicht", "hat kein
    # einziges Spiel in dieser Saison verloren").
    negation_reach: int | None = 4
    # With `negation_reach` None, the reach for a capitalised polarity word, a noun: the
    # clause's final "nicht" negates the verb, not a noun ahead of it ("Ende Mai hatte
    # Argentinien ... nicht beglichen", "Der Anstieg wurde nicht gebremst"); "kein",
    # or "nicht" negating the noun itself, stands next to it ("keinen deutlichen
    # Anstieg", "nicht die Erhöhung").
    nominal_reach: int | None = None
    # Whether the comparative-looking token `toks[k]` of `text` is an adjective's
    # inflection in context instead ("ein freier Mann").
    inflected_adjective: Callable[[str, Sequence[re.Match[str]], int], bool] = _no_inflection
    # The word that states the opposite pole in the written word's place, for the
    # counterfactual probe of the antonym check: (word as written, its own pole's and the
    # opposite pole's single-word entries, in lexicon order) -> the replacement, inflected
    # as well as the language cheaply allows (the encoder forgives a wrong ending), or
    # None. Default: the first opposite entry as listed.
    opposite: Callable[[str, Sequence[str], Sequence[str]], str | None] = _first_opposite
    # Words that may state a pole but are too polysemous for the lexicon (German "nach"
    # is "after", "to" and "according to"): a pattern matched in the text (at a word
    # start) -> (concept, pole). They never decide a flag; a one-sided mention facing one
    # of the opposite pole is probed by the encoder.
    weak: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    # Mentions a language finds by context rather than by word: (text) -> (start, end,
    # concept, pole) of each; German "vor"/"nach" before an event or a time ("vor dem
    # Rückspiel", "kurz nach Beginn") state the order of events, as the weak pattern
    # above they are when they may be "in front of", "to" or "according to".
    context: Callable[[str], Sequence[tuple[int, int, str, int]]] | None = None
    # Whether the polarity word at text[start:end] is a comparative with a standard of
    # comparison ("higher than", "höher als", "выше, чем", "выше прошлогоднего", "plus
    # élevé que"): "X higher than Y" may be rendered by its converse "Y lower than X", so
    # such a word is not counted where a source states both poles of its concept.
    compared: Callable[[str, int, int], bool] = _not_compared
