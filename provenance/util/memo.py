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


def clear() -> None:
    """Forget every memoised analysis."""
    for fn in _MEMOS:
        fn.cache_clear()
