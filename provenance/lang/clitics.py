"""What a language tells the comparison about its clitics (`provenance.comparison.clitics`):
words written joined to the word before them ("It's", "we'll"). A language lists them in
`provenance/lang/<code>/clitics.py` as `DATA = CliticData(...)`; a language without the
module has none written out.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CliticData:
    """A language's clitics written out."""

    # The clitic (lower case, after the apostrophe) -> the word it stands for ("ll" ->
    # "will"). An ambiguous one is written as the auxiliary both readings share a use
    # with ("'d": "would"/"had", both auxiliaries; "'s" below).
    words: dict[str, str]
    # Clitics that stand for a word only after these hosts (lower case): "'s" is "is"
    # or "has" after a pronoun ("It's", "there's"), a possessive after a noun ("Trump's").
    hosts: dict[str, frozenset[str]]
