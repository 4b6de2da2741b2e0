"""Chains of three or more documents: align each hop, compose, repair with the direct pair.

Composition: every sentence of every document is a node; a bead links all its sentences.
The connected components are the rows. Because every hop's beads are monotone, each
component is one contiguous run of ids per document, and components never cross, so the
rows can be laid out in an order that keeps every document in order.

Disagreement: a hop that drops a sentence and a later hop that adds one leave two rows,
one with the original but no final sentence and one the other way round. Where such rows
are neighbours and the direct original↔final alignment links them, they become one row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Bead = tuple[list[int], list[int]]
Row = list[list[int]]
PairAligner = Callable[[Sequence[str], Sequence[str]], list[Bead]]


class _UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def compose(lengths: Sequence[int], hops: Sequence[Sequence[Bead]]) -> list[Row]:
    """Rows from the beads of each hop (`hops[k]` aligns document k with k + 1)."""
    return compose_links(lengths, [(k, k + 1, beads) for k, beads in enumerate(hops)])


def compose_links(
    lengths: Sequence[int], links: Sequence[tuple[int, int, Sequence[Bead]]]
) -> list[Row]:
    """Rows from pairwise alignments `(a, b, beads)` (the beads align document a with b):
    the connected components of the bead graph, laid out so every document reads in
    order. A chain links k with k + 1; sibling translations link 0 with each of them."""
    offsets = [0]
    for n in lengths:
        offsets.append(offsets[-1] + n)
    uf = _UnionFind(offsets[-1])
    for a, b, beads in links:
        for src, tgt in beads:
            if not src or not tgt:
                continue  # an omission or addition links nothing
            nodes = [offsets[a] + i for i in src] + [offsets[b] + j for j in tgt]
            for other in nodes[1:]:
                uf.union(nodes[0], other)
    _close_gaps(uf, offsets, lengths)
    groups: dict[int, Row] = {}
    row_of: list[list[int]] = []  # row_of[d][i] = root of sentence i of document d
    for d, n in enumerate(lengths):
        roots = [uf.find(offsets[d] + i) for i in range(n)]
        row_of.append(roots)
        for i, r in enumerate(roots):
            groups.setdefault(r, [[] for _ in lengths])[d].append(i)
    return _order(groups, row_of, lengths)


def _close_gaps(uf: _UnionFind, offsets: Sequence[int], lengths: Sequence[int]) -> None:
    """Make every row one contiguous run per document.

    Hop 1 may put an inserted sentence between two sentences that hop 0 binds into one
    row (`[1]→[1]`, `[]→[2]`, `[2]→[3]` with document-1 sentences 1 and 2 merged): the
    insertion then sits inside that row's span and joins it. Repeated until nothing
    changes, since joining in one document can widen a span in another.
    """
    changed = True
    while changed:
        changed = False
        for d, n in enumerate(lengths):
            base = offsets[d]
            last: dict[int, int] = {}
            for i in range(n):
                last[uf.find(base + i)] = i
            i = 0
            while i < n:
                end = last[uf.find(base + i)]
                for k in range(i + 1, end + 1):
                    if uf.find(base + k) != uf.find(base + i):
                        uf.union(base + i, base + k)
                        end = max(end, last.get(uf.find(base + k), end))
                        changed = True
                i = end + 1 if end > i else i + 1


def _order(groups: dict[int, Row], row_of: list[list[int]], lengths: Sequence[int]) -> list[Row]:
    """Lay rows out so each document reads in order (a merge of the per-document orders).

    A row is ready when, in every document where it has sentences, its first sentence is
    the next one to place. Among ready rows the one reached through the earliest
    document goes first, which keeps the layout deterministic.
    """
    nxt = [0] * len(lengths)
    out: list[Row] = []
    while True:
        chosen = None
        for d, n in enumerate(lengths):
            if nxt[d] >= n:
                continue
            root = row_of[d][nxt[d]]
            row = groups[root]
            if all(not ids or ids[0] == nxt[e] for e, ids in enumerate(row)):
                chosen = root
                break
        if chosen is None:
            if any(nxt[d] < n for d, n in enumerate(lengths)):  # pragma: no cover
                raise RuntimeError("hop alignments cross; cannot compose a chain")
            return out
        row = groups.pop(chosen)
        for d, ids in enumerate(row):
            if ids:
                nxt[d] = ids[-1] + 1
        out.append(row)


def repair_with_direct(rows: list[Row], direct: Sequence[Bead]) -> list[Row]:
    """Merge neighbouring rows that the chain split but the direct first↔last pair links.

    Only a row with first-document sentences and no last-document ones next to a row with
    the opposite shape is merged, so rows the hops agree on are never touched, and every
    document stays in order (the two rows are adjacent).
    """
    linked: dict[int, set[int]] = {}
    for src, tgt in direct:
        for i in src:
            linked.setdefault(i, set()).update(tgt)
    out: list[Row] = []
    for row in rows:
        if out and _links(out[-1], row, linked):
            out[-1] = [a + b for a, b in zip(out[-1], row, strict=True)]
        else:
            out.append(row)
    return out


def _links(a: Row, b: Row, linked: dict[int, set[int]]) -> bool:
    for first, last in ((a, b), (b, a)):
        if first[0] and not first[-1] and last[-1] and not last[0]:
            targets = set().union(*(linked.get(i, set()) for i in first[0]))
            if targets.intersection(last[-1]):
                return True
    return False


def align_chain_with(docs: Sequence[Sequence[str]], align: PairAligner) -> list[Row]:
    """Align each hop with `align`, compose, and repair with the direct first↔last pair."""
    if len(docs) < 2:
        raise ValueError("a chain needs at least two documents")
    hops = [align(docs[k], docs[k + 1]) for k in range(len(docs) - 1)]
    rows = compose([len(d) for d in docs], hops)
    if len(docs) > 2:
        rows = repair_with_direct(rows, align(docs[0], docs[-1]))
    return rows
