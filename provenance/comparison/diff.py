"""A word-level diff of two sentences: the spans inserted, deleted and replaced.

Tokens are words and punctuation marks (`\\w+` runs and single other characters), compared
exactly; offsets are character offsets into each text, as flags' spans are.

`aligned_edits`, a monolingual word alignment inside the replaced spans: difflib compares
tokens exactly, so one reworded word ("unbewusste" / "unterbewusste", "Monate" /
"Monaten") merges the words around it into one replaced span, and a negation cue inserted
next to it ("werden nicht unterbewusste Vorbehalte") sits among changed words like a
paraphrase. Two versions in one language share their words: inside each replaced span,
words that are one word by lemma (simplemma/pymorphy3, as `util.lexicon.lemma`) or by
spelling (rapidfuzz ratio) are aligned one to one, in order (a longest common
subsequence), and the span is split into the smaller edits between them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


@dataclass
class Edit:
    """One change from `a` to `b`: "insert" (a_start == a_end), "delete" (b empty) or
    "replace"; offsets into the two texts."""

    op: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "a": [self.a_start, self.a_end],
            "b": [self.b_start, self.b_end],
            "a_text": self.a_text,
            "b_text": self.b_text,
        }


def tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def word_diff(a: str, b: str) -> list[Edit]:
    """The edits that turn `a` into `b`, token by token (difflib, no junk heuristic)."""
    ta, tb = tokens(a), tokens(b)
    matcher = difflib.SequenceMatcher(
        None, [m.group() for m in ta], [m.group() for m in tb], autojunk=False
    )
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        a0 = ta[i1].start() if i1 < i2 else (ta[i1 - 1].end() if i1 else 0)
        a1 = ta[i2 - 1].end() if i1 < i2 else a0
        b0 = tb[j1].start() if j1 < j2 else (tb[j1 - 1].end() if j1 else 0)
        b1 = tb[j2 - 1].end() if j1 < j2 else b0
        out.append(Edit(op, a0, a1, b0, b1, a[a0:a1], b[b0:b1]))
    return out


# ---------------------------------------------------------------- word alignment
# Two words of at least this many letters are one word from this rapidfuzz ratio on
# ("unbewusste" / "unterbewusste" 88, "Monate" / "Monaten" 92; "Vorurteile" / "Vorbehalte" 60).
SAME_SPELLING = 85
MIN_LETTERS = 4
# Longer spans are left whole (the alignment is quadratic in the span's words).
MAX_TOKENS = 60


def _none(word: str) -> bool:
    return False


def same_word(
    x: str, y: str, lemma: Callable[[str], str], marked: Callable[[str], bool] = _none
) -> bool:
    """`x` and `y` are one word: the same in lower case, the same lemma, or spelled alike;
    a `marked` word (a negation cue: "keine" / "eine") only when the same."""
    p, q = x.lower(), y.lower()
    if p == q:
        return True
    if not (p[:1].isalpha() and q[:1].isalpha()) or marked(x) or marked(y):
        return False
    if lemma(x) == lemma(y):
        return True
    return min(len(p), len(q)) >= MIN_LETTERS and fuzz.ratio(p, q) >= SAME_SPELLING


def aligned_edits(
    a: str,
    b: str,
    edits: Sequence[Edit],
    lemma: Callable[[str], str],
    marked: Callable[[str], bool] = _none,
) -> list[Edit]:
    """`edits` with every replaced span split between the words it shares with the other
    side (see the module doc; `marked` words align only with themselves); inserts and
    deletes are kept as they are."""
    out: list[Edit] = []
    for e in edits:
        if e.op != "replace":
            out.append(e)
            continue
        out.extend(_split(a, b, e, lambda x, y: same_word(x, y, lemma, marked)))
    return out


def _split(a: str, b: str, e: Edit, same: Callable[[str, str], bool]) -> list[Edit]:
    ta = [(e.a_start + m.start(), e.a_start + m.end()) for m in tokens(e.a_text)]
    tb = [(e.b_start + m.start(), e.b_start + m.end()) for m in tokens(e.b_text)]
    if not ta or not tb or len(ta) + len(tb) > MAX_TOKENS:
        return [e]
    pairs = _common([a[s:t] for s, t in ta], [b[s:t] for s, t in tb], same)
    if not pairs:
        return [e]
    out = []
    i0 = j0 = 0
    for i, j in [*pairs, (len(ta), len(tb))]:
        if i > i0 or j > j0:
            out.append(_edit(a, b, ta, tb, (i0, i), (j0, j), e))
        i0, j0 = i + 1, j + 1
    return out


def _edit(a, b, ta, tb, ri: tuple[int, int], rj: tuple[int, int], e: Edit) -> Edit:
    """The edit of tokens ta[ri] -> tb[rj] (one range may be empty)."""
    (i0, i1), (j0, j1) = ri, rj
    a0 = ta[i0][0] if i1 > i0 else (ta[i0 - 1][1] if i0 else e.a_start)
    a1 = ta[i1 - 1][1] if i1 > i0 else a0
    b0 = tb[j0][0] if j1 > j0 else (tb[j0 - 1][1] if j0 else e.b_start)
    b1 = tb[j1 - 1][1] if j1 > j0 else b0
    op = "replace" if i1 > i0 and j1 > j0 else ("delete" if i1 > i0 else "insert")
    return Edit(op, a0, a1, b0, b1, a[a0:a1], b[b0:b1])


def _common(xs: list[str], ys: list[str], same: Callable[[str, str], bool]):
    """Index pairs of a longest common subsequence of `xs` and `ys` under `same`."""
    n, m = len(xs), len(ys)
    eq = [[same(x, y) for y in ys] for x in xs]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = best[i + 1][j + 1] + 1 if eq[i][j] else max(best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if eq[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs
