"""Memoised pure analyses, in one registry.

Checks and extractors remember what they worked out for a text or a word (a chain shows
each row side on two document pairs, and the same words recur). Every such cache is made
with `memoised`, so `clear()` forgets them all: a timing run must not reuse an earlier
run's work. Loads of language data and models are not memoised here; they are kept for
the life of the process.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def memoised(maxsize: int) -> Callable[[_F], _F]:
    """`functools.lru_cache(maxsize)`, registered so that `clear()` resets it."""

    def wrap(fn: _F) -> _F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _MEMOS.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


# Distinct texts an analysis remembers. A run checks every row on each hop and end to end,
# so in a chain each row side is seen on two document pairs (about 3 x rows texts per
# 1,000-row chain); bounded so that a long-lived batch worker does not grow without limit.
PER_TEXT_CACHE = 1 << 14
PER_WORD_CACHE = 1 << 16


def per_text(fn: _F) -> _F:
    """Memoise a pure per-text analysis (`polarity(text, lang)`, ...), so each row side is
    analysed once however many document pairs it is seen on. Callers must treat the
    result as read-only: it is shared."""
    return memoised(PER_TEXT_CACHE)(fn)


def per_word(fn: _F) -> _F:
    """Memoise a pure per-word judgement (a lexicon look-up and what follows from it)."""
    return memoised(PER_WORD_CACHE)(fn)


def clear() -> None:
    """Forget every memoised analysis."""
    for fn in _MEMOS:
        fn.cache_clear()
