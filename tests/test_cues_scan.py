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


def _pattern_lists(obj, prefix: str = ""):
    """Every tuple of regex strings in a language's cue data (nested data included)."""
    import dataclasses

    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            yield from _pattern_lists(value, f"{prefix}{f.name}.")
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            yield f"{prefix}{f.name}", value


def _corpus_lines() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "corpora"
    lines = []
    for path in sorted(root.rglob("*.txt")):
        lines += path.read_text(encoding="utf-8").lower().splitlines()
    return lines


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_factored_alternation_matches_what_the_plain_one_matches(code: str) -> None:
    """`alternation` shares one word boundary among consecutive alternatives; it must find
    the same matches, in the same places, as the alternatives joined as they are."""
    import re

    from provenance import lang as lang_data
    from provenance.lang.cues import alternation

    lines = _corpus_lines()
    for name, patterns in _pattern_lists(lang_data.data(code, "cues")):
        plain = re.compile("|".join(f"(?:{p})" for p in patterns))
        factored = re.compile(alternation(patterns))
        for low in lines:
            want = [m.span() for m in plain.finditer(low)]
            assert [m.span() for m in factored.finditer(low)] == want, (name, low)


def test_alternation_factors_only_leading_boundaries() -> None:
    import re

    from provenance.lang.cues import alternation

    patterns = [r"\ba", r"\bb|c", r"(?<!x)\bd", r"e\b", r"[|\b]f", r"\b(?:g|h)"]
    factored = alternation(patterns)
    assert factored == r"\b(?:a|b)|c|\b(?:(?<!x)d)|e\b|[|\b]f|\b(?:(?:g|h))"
    rng = random.Random(7)
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    for _ in range(3000):
        text = "".join(rng.choice("abcdefgh x|") for _ in range(rng.randint(0, 12)))
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in re.finditer(factored, text)] == want, text
