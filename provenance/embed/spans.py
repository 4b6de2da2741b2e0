"""A part of a text (a clause) embedded in its context, from the text's own token features.

`InContext("der seinen Urlaub begann", base=text, start=a, end=b)` is the part
`text[a:b]` of `text`. To every encoder it is the part's text, embedded on its own. The
default encoder (through `CachedEncoder` and `provenance.embed.edits`) instead runs its
head on the sum of the base's features over the part's tokens (and the base's BOS and
EOS): the base's features are computed anyway when the base has other edits in the same
call ("the row without clause k"), so the part costs a sum and the head. Its tokens at
the part's edges see a few tokens of the neighbours, so the vector is the clause *in
context*: cosine 0.93-0.98 to the clause embedded alone; the whole text so pooled is
exactly its embedding. It is cached as a key of its own (text, base and place), never
as its plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from provenance.embed import EditedText

_SPACE = "\u2581"  # SentencePiece's word-start mark


class InContext(EditedText):
    """The part [start, end) of `base` (its text is `base[start:end]`)."""

    start: int
    end: int

    def __new__(cls, base: str, start: int, end: int) -> InContext:
        obj = super().__new__(cls, base[start:end], base)
        obj.start, obj.end = start, end
        return obj

    def __reduce__(self):  # pickle (batch workers) with the base and the span
        return (InContext, (self.base, self.start, self.end))

    # A cache key of its own: the pooled vector is not the text's own embedding, so a
    # plain request for the same text must not find it (nor it a plain text's).
    def __hash__(self) -> int:
        return hash((str(self), self.base, self.start))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InContext):
            return False
        return (str(self), self.base, self.start) == (str(other), other.base, other.start)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)


def _char_ends(pieces: Sequence[str], text: str) -> np.ndarray:
    """For each piece, how many non-space characters of `text` end at or before its end
    (pieces are the normalised text, so they are counted in non-space characters; a
    normalisation that changes the count, "…" into "...", is spread proportionally)."""
    counts = np.array([len(p.replace(_SPACE, "").replace(" ", "")) for p in pieces], float)
    ends = np.cumsum(counts)
    total = sum(not c.isspace() for c in text)
    if len(ends) and ends[-1] and ends[-1] != total:
        ends *= total / ends[-1]
    return ends


def token_ranges(
    pieces: Sequence[str], text: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Each character span of `text` as a token range [a, b) of its ids with BOS first
    (so pieces[i] is token i + 1): the tokens whose characters lie mostly inside it, at
    least one token."""
    ends = _char_ends(pieces, text)
    mids = (np.concatenate([[0.0], ends[:-1]]) + ends) / 2
    nonspace = np.cumsum([0] + [not c.isspace() for c in text])
    ranges = []
    for a, b in spans:
        inside = np.flatnonzero((mids >= nonspace[a]) & (mids < nonspace[b])) + 1
        lo = int(inside[0]) if len(inside) else 1
        hi = int(inside[-1]) + 1 if len(inside) else lo + 1
        ranges.append((lo, max(hi, lo + 1)))
    return ranges
