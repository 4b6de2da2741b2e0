"""Clitics: words a language writes joined to the word before them ("It's", "we'll").

A diff compares tokens, so "It's definitely possible" / "It is not completely possible"
is one replaced span, and the auxiliary both versions share ("is") stands beside no cue.
`expanded` writes a text's clitics out as words ("It is definitely possible") and maps
offsets of the written-out text back to the original, so a rule that reads the words
around an edit (`evidence.host_flips`) sees the auxiliary both sides share. The table is
language data: `provenance/lang/<code>/clitics.py` (optional), a `CliticData`
(`provenance/lang/clitics.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from provenance import lang as lang_data
from provenance.lang.clitics import CliticData


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data: CliticData | None = lang_data.optional(lang, "clitics")
    if data is None:
        return None
    alternatives = "|".join(sorted(data.words, key=len, reverse=True))
    return re.compile(rf"\b(\w+)['’]({alternatives})\b", re.IGNORECASE)


# (start, end) in the written-out text, (start, end) in the original, of each clitic
_Region = tuple[int, int, int, int]


def expanded(text: str, lang: str) -> tuple[str, list[_Region]]:
    """`text` with its clitics written out, and the regions written out (see `back`)."""
    pattern = _pattern(lang)
    if pattern is None:
        return text, []
    data: CliticData = lang_data.data(lang, "clitics")
    out, regions, last, shift = [], [], 0, 0
    for m in pattern.finditer(text):
        host, clitic = m.group(1), m.group(2).lower()
        if clitic in data.hosts and host.lower() not in data.hosts[clitic]:
            continue
        word = data.words[clitic]
        new = f"{host} {word.upper() if m.group(2).isupper() else word}"
        out.append(text[last : m.start()] + new)
        start = m.start() + shift
        regions.append((start, start + len(new), m.start(), m.end()))
        shift += len(new) - (m.end() - m.start())
        last = m.end()
    out.append(text[last:])
    return "".join(out), regions


def back(x: int, regions: Sequence[_Region], at_end: bool = False) -> int:
    """The original offset of offset `x` of the written-out text: inside a written-out
    clitic, the start (or, `at_end`, the end) of the original word."""
    shift = 0
    for n0, n1, o0, o1 in regions:
        if x < n0 or (at_end and x == n0):
            break
        if x < n1 or (at_end and x == n1):
            return o1 if at_end else o0
        shift = o1 - n1
    return x + shift
