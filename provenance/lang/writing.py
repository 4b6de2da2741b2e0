"""Schema of the writing conventions each language provides (`provenance/lang/<code>/writing.py`).

`provenance.text.segment` reads this data to repair the sentence ends its splitter gets wrong
around abbreviations. Entries are written without their final period and matched
case-insensitively against the word before a period.
"""

from __future__ import annotations

from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text, lower-cased."""
    return frozenset(w.lower() for w in text.split())


@dataclass(frozen=True)
class WritingData:
    """Abbreviations of one language, by what may follow them."""

    lang: str
    # Abbreviations that lead into what they qualify ("напр. Казань", "ок. 500",
    # "Hrsg. Schmidt", "art. 5"): a period after one of them never ends a sentence,
    # even before a capital or a digit.
    leading: frozenset[str] = frozenset()
    # Abbreviations that are also ordinary words ("art", "no"): they lead on only when a
    # number follows ("Art. 5", "No. 3"); "He loves art. Then ..." still ends.
    numbering: frozenset[str] = frozenset()
    # Abbreviations that close a phrase and often end a sentence ("etc.", "usw."):
    # followed by a capitalised word, the period ends the sentence.
    closing: frozenset[str] = frozenset()
    # Units and scale words that close an amount ("1998 г.", "12 млн руб."): they end
    # the sentence before a capitalised word when a number (or another amount word)
    # comes right before them; elsewhere ("г. Москва") they lead on.
    closing_amount: frozenset[str] = frozenset()
    # Characters this language writes for what English writes in one (median over
    # professional news translations; with `provenance.pairs.TRANSLATION_GROWTH` it
    # predicts a translation's length when a line is judged without its document).
    length_factor: float = 1.0
