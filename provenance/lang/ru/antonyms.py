"""Russian for the antonym check (see provenance.lang.antonyms): pymorphy3 lemmas and
comparatives, "ё" read as "е"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from provenance.checks.base import per_word
from provenance.extract._text import ru_parse
from provenance.lang.antonyms import AntonymHelpers


def fold(word: str) -> str:
    return word.replace("ё", "е")


@per_word
def _parse(word: str) -> tuple[str, str | None]:
    """(normal form, part of speech) of a Russian word's likeliest parse."""
    p = ru_parse(word)  # the parse the extractors and other checks share
    return fold(p.normal_form), p.tag.POS


def lemma(word: str) -> str:
    # pymorphy3's normal form (not simplemma's), from the one parse `comparative` reads too
    return _parse(word)[0]


def comparative(word: str, lemma: str, listed: Mapping[str, Any]) -> bool:
    """A synthetic comparative ("свободнее") by pymorphy3's part of speech."""
    return _parse(word)[1] == "COMP"


DATA = AntonymHelpers(fold=fold, lemma=lemma, comparative=comparative)
