"""The one-scan shortcuts of the cue code find what the word-by-word reading finds."""

from __future__ import annotations

import random

import pytest

from provenance.lang import LANGUAGES
from provenance.lang.cues import compiled, words

# Words joined and split by hyphens and apostrophes in every way, and prefixes that end in
# a hyphen ("non-", "nicht-") standing before a space: where a word starts is the question.
_PIECES = ["non-", "nicht-", "не", "un", "in", "dés", "dé", "miss", "ab", "x", "9", "_",
           "-", "--", "'", "’", "'-", " ", " ", ".", ","]  # fmt: skip


def _prefixed(low: str, code: str) -> list[tuple[tuple[int, int], str]]:
    prefixes = compiled(code).prefixes
    return [(m.span(), m.group(0)) for m in words(low) if m.group(0).startswith(prefixes)]


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_prefixed_word_scan_finds_the_prefixed_words(code: str) -> None:
    rng = random.Random(code)
    texts = ["non -x", "a-non-sense", "x'un", "'un", "un-", "не-не", "ab-'in", "semi-independent"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    scan = compiled(code).prefixed_words
    assert scan is not None
    prefixes = compiled(code).prefixes
    for low in texts:
        found = [(m.span(), m.group(0)) for m in scan.finditer(low)]
        assert [f for f in found if f[1].startswith(prefixes)] == _prefixed(low, code), low
