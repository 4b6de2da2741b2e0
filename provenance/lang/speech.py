"""Schema of the speech data each language provides (`provenance/lang/<code>/speech.py`).

`provenance.speech` reads only this data to find quoted and reported speech, so adding a
language is one new data file. Word entries are lower case and matched as whole words
(multi-word entries such as "according to" as a phrase).
"""

from __future__ import annotations

from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text (data files stay readable)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class SpeechData:
    """Quotation marks, verbs of saying and attribution words of one language."""

    lang: str
    # (opening, closing) quotation marks, the language's own first. Marks that are both
    # opening and closing (straight quotes) or that open in one pair and close in another
    # (German »…« vs Swiss «…») are told apart by the characters around them.
    quote_pairs: tuple[tuple[str, str], ...]
    # Verbs of saying in every form a news text uses them in ("sagte", "sagt",
    # "gesagt" ...); they mark a sentence as speech and point at its speaker.
    verbs: frozenset[str]
    # Phrases attributing a statement without a verb ("according to", "laut",
    # "по словам"); the speaker follows (or, for "zufolge", precedes) them.
    according_to: tuple[str, ...]
    # Subject pronouns that stand for the last named speaker ("er", "он", "he").
    pronouns: frozenset[str]
    # Words right before a capitalised word that make it a common noun, not a name
    # (German capitalises every noun: "sagte der Geschäftsmann").
    articles: frozenset[str] = frozenset()
    # Prepositions: a capitalised word right after one is a place, not a speaker
    # ("erklärt der in Frankreich lebende Unternehmer").
    prepositions: frozenset[str] = frozenset()
    # Words that introduce reported speech after a verb of saying ("dass", "что", "that").
    complementizers: frozenset[str] = frozenset()
