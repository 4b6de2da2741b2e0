"""A word-level diff of two sentences: the spans inserted, deleted and replaced.

Tokens are words and punctuation marks (`\\w+` runs and single other characters), compared
exactly; offsets are character offsets into each text, as flags' spans are.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

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
