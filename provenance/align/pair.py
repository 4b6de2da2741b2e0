"""The two-step pair aligner: anchors, then a banded DP over merged-sentence similarity.

Encode once: every sentence is embedded once. A merged block ("s1 s2") is first scored
with the normalised, √length-weighted sum of its sentences' embeddings (free). Then the
blocks inside the suspect beads of the result — merged beads, skips and weak 1–1s — are
sent to the encoder for real and the DP runs again, for up to `refine_passes` rounds. So
the encoder sees the (n + m) sentences plus a small fraction, not (n + m) · max_block texts.

The bead score and the refinement are read through `Costs` (the DP's extension point);
the bench's cost variants plug in there (`provenance.bench.align_variants`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from provenance.align.anchors import anchor_path, band_from_anchors, cross_product, top_k
from provenance.align.dp import DOT_CHUNK, Band, Earlier, bead_types
from provenance.embed import Encoder
from provenance.util import running_sums

Bead = tuple[list[int], list[int]]


@dataclass(frozen=True)
class AlignConfig:
    """The aligner's knobs a user may set; the defaults are the ones that won on Text+Berg.

    How beads are scored is fixed (cosine − 0.3 · neighbour margin, × length factor; see
    docs/alignment.md); the cost variants that lost are kept in the bench
    (`provenance.bench.align_variants`), which plugs them in through `Costs`.
    """

    # bead types: a–b with a, b ≤ max_block and a + b ≤ max_total (Bertalign's set at 4/5:
    # 1–1 … 1–4, 2–2, 2–3, 3–2, 4–1); max_total None means max_block + 1
    max_block: int = 4
    max_total: int | None = 5
    top_k: int = 3  # anchor candidates per sentence
    window: int = 1000  # anchor search window (target sentences either side of the path)
    band: int = 8  # DP band half-width around the anchor path
    skip: float = -0.15  # score of a 1–0 or 0–1 bead (higher: sentences left out sooner)
    refine_passes: int = 3  # encode-the-suspect-blocks-and-rerun rounds (0: sums only)


NEIGHBOUR_MARGIN = 0.3  # weight of the mean cosine to the sentences just outside a bead
APPROX_LENGTH_EXP = 0.5  # approximate merged blocks weight their sentences by length ** this
REFINE_MAX_BLOCK = 4  # largest merged block ever encoded for real
REFINE_BELOW = 0.3  # 1–1 beads under this cosine count as suspect


@dataclass
class Side:
    """One document's sentences, embeddings and block embeddings by block size."""

    texts: Sequence[str]
    vecs: np.ndarray
    chars: np.ndarray  # prefix sums of sentence lengths (`Costs.lengths`: characters)
    blocks: dict[int, np.ndarray | MergedBlocks] = field(default_factory=dict)  # read by slices
    skip: np.ndarray = field(default_factory=lambda: np.zeros(0))  # score of leaving each out
    exact: dict[int, np.ndarray] = field(default_factory=dict)  # bool: block embedding is real
    padded: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # zero row each end
    extra: dict[str, Any] = field(default_factory=dict)  # a cost variant's own features

    def block_len(self, size: int, start: np.ndarray | int) -> np.ndarray:
        return self.chars[np.asarray(start) + size] - self.chars[start]


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def prefix_sums(vecs: np.ndarray) -> np.ndarray:
    """Running sums of the rows of `vecs` after a zero row (shared by every block size)."""
    return np.concatenate([np.zeros((1, vecs.shape[1]), np.float64), np.cumsum(vecs, axis=0)])


def approx_blocks(csum: np.ndarray, size: int) -> np.ndarray:
    """Normalised sum of `size` consecutive rows, for every start (`csum`: `prefix_sums`)."""
    if len(csum) - 1 < size:
        return np.zeros((0, csum.shape[1]), dtype=np.float32)
    return _normalise(csum[size:] - csum[:-size]).astype(np.float32)


def pair_dots(a: np.ndarray, b: np.ndarray, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
    """`a[ps[k]] · b[qs[k]]` for every k, with `ps` ascending (band cells, row by row).

    Rows of `ps` are taken in chunks; each chunk is one dense product against the range of
    `b` rows its cells touch (a band is narrow, so little of the product is wasted) — BLAS
    instead of gathering a vector per cell.
    """
    out = np.empty(len(ps), dtype=np.float64)
    if len(ps) == 0:
        return out
    step = DOT_CHUNK  # `Band.score_windows` relies on these chunks
    bounds = np.searchsorted(ps, np.arange(int(ps[0]), int(ps[-1]) + step + 1, step))
    for lo_k, hi_k in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if lo_k == hi_k:
            continue
        p_c, q_c = ps[lo_k:hi_k], qs[lo_k:hi_k]
        p0, q0, q1 = int(p_c[0]), int(q_c.min()), int(q_c.max())
        dense = a[p0 : int(p_c[-1]) + 1] @ b[q0 : q1 + 1].T
        out[lo_k:hi_k] = dense[p_c - p0, q_c - q0]
    return out


# Merged-block embeddings made on demand, so a long document never holds them all.
#
# The aligner scores beads of up to four sentences a side; a block of `size` consecutive
# sentences is first embedded as the normalised, √length-weighted sum of its sentences
# (`approx_blocks` over `prefix_sums`), and the blocks inside suspect beads are later
# encoded for real. Held as arrays, the approximate blocks of sizes 2–4 cost 6 KB a
# sentence a side (float32 × 512 × 3), most of the aligner's memory on long documents.
#
# Here each side keeps only its weighted sentences and the float64 running sums at every
# `TILE`-th sentence. A block size's rows are made a tile at a time when the DP's products
# slice them (a few recent tiles are kept), by the same additions in the same order as the
# whole-document prefix sums, so every value is bit for bit what `approx_blocks` gives;
# the blocks encoded for real are kept aside and replace theirs.

TILE = 256  # block rows made at once, and the spacing of the running-sum checkpoints
KEPT_TILES = 6  # tiles kept per block size (the DP's products scan rows in order)
STRETCH_EXTRA = 8  # rows past a tile a running-sum stretch holds (blocks up to 9 sentences)
KEPT_STRETCHES = 2  # running-sum stretches kept per side


class RunningSums:
    """Prefix sums of `vecs * weights[:, None]` (float64, a zero row first), kept at every
    `TILE`-th index; any stretch of them is rebuilt from the checkpoint before it."""

    def __init__(self, vecs: np.ndarray, weights: np.ndarray) -> None:
        self.vecs, self.weights = vecs, np.asarray(weights, dtype=np.float64)
        n, dim = vecs.shape
        self._kept: OrderedDict[int, np.ndarray] = OrderedDict()  # start -> `stretch`
        self.checkpoints = np.zeros((n // TILE + 1, dim), dtype=np.float64)
        for k in range(1, len(self.checkpoints)):
            self.checkpoints[k] = self.stretch((k - 1) * TILE, k * TILE)[-1]

    def stretch(self, start: int, stop: int) -> np.ndarray:
        """Prefix sums `start .. stop` inclusive (`start` a multiple of `TILE`), read-only.

        The tiles of every block size starting at `start` read the same stretch (each a
        few rows further): it is made once, `TILE + STRETCH_EXTRA` rows long, and the last
        few are kept (a cumulative sum's first rows do not depend on where it stops)."""
        kept = self._kept.get(start)
        if kept is None or len(kept) < stop - start + 1:
            end = min(max(stop, start + TILE + STRETCH_EXTRA), len(self.vecs))
            rows = self.vecs[start:end] * self.weights[start:end, None]
            # running sums from the checkpoint on: the same additions, in the same order,
            # as one cumsum over the whole document
            kept = running_sums(rows, self.checkpoints[start // TILE])
            self._kept[start] = kept
            if len(self._kept) > KEPT_STRETCHES:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(start)
        return kept[: stop - start + 1]


class MergedBlocks:
    """The embeddings of every block of `size` consecutive sentences (row p: sentences
    p .. p + size − 1): float32 rows read by slicing (`blocks[p0:p1]`), approximate
    unless set (`blocks[starts] = vectors`, the blocks encoded for real)."""

    def __init__(self, sums: RunningSums, size: int) -> None:
        self.sums, self.size = sums, size
        self.dim = sums.vecs.shape[1]
        self._real: dict[int, np.ndarray] = {}
        self._tiles: OrderedDict[int, np.ndarray] = OrderedDict()

    def __len__(self) -> int:
        return max(len(self.sums.vecs) - self.size + 1, 0)

    def __setitem__(self, starts: np.ndarray, vectors: np.ndarray) -> None:
        for k, p in enumerate(np.asarray(starts).tolist()):
            self._real[p] = np.asarray(vectors[k], dtype=np.float32)
        self._tiles.clear()

    def __getitem__(self, rows: slice) -> np.ndarray:
        if not isinstance(rows, slice) or rows.step not in (None, 1):
            raise TypeError("merged blocks are read by contiguous slices")
        start, stop, _ = rows.indices(len(self))
        if stop <= start:
            return np.zeros((0, self.dim), dtype=np.float32)
        first, last = start // TILE, (stop - 1) // TILE
        if first == last:
            return self._tile(first)[start - first * TILE : stop - first * TILE]
        # only the rows asked for from each tile (not whole tiles joined, then sliced)
        parts = [self._tile(t) for t in range(first, last + 1)]
        parts[0] = parts[0][start - first * TILE :]
        parts[-1] = parts[-1][: stop - last * TILE]
        return np.concatenate(parts)

    def _tile(self, t: int) -> np.ndarray:
        tile = self._tiles.get(t)
        if tile is not None:
            self._tiles.move_to_end(t)
            return tile
        p0, p1 = t * TILE, min(len(self), (t + 1) * TILE)
        sums = self.sums.stretch(p0, p1 - 1 + self.size)  # prefix sums p0 .. p1 - 1 + size
        tile = _normalise(sums[self.size :] - sums[: -self.size]).astype(np.float32)
        for p in range(p0, p1) if self._real else ():
            real = self._real.get(p)
            if real is not None:
                tile[p - p0] = real
        self._tiles[t] = tile
        if len(self._tiles) > KEPT_TILES:
            self._tiles.popitem(last=False)
        return tile


class _BandDots:
    """`a[p] · b[q]` for every row p of `a` and every column q in [lo[p], hi[p]], made with
    one dense product per chunk of `DOT_CHUNK` rows (`lo` ascending) when a lookup first
    reads that chunk (the DP scores the band in source-row order, so the merged blocks a
    chunk reads are made once, see `Band.scores`).

    The neighbour margin reads each block's dot with the sentences just outside every bead
    it can close: the same dots for every bead type. One table per block size replaces a
    `pair_dots` call per bead type and side; lookups outside the table (none for the
    band's cells) fall back to `pair_dots`.
    """

    def __init__(self, a: np.ndarray, b: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> None:
        self.a, self.b = a, b
        n, m = len(a), len(b)
        self.lo = np.clip(np.asarray(lo, dtype=np.int64)[:n], 0, m)
        self.hi = np.clip(np.asarray(hi, dtype=np.int64)[:n], self.lo - 1, m - 1)
        self.width = self.hi - self.lo + 1
        self.off = np.concatenate([[0], np.cumsum(self.width)])  # row p = [off[p], off[p+1])
        self.table = np.empty(int(self.off[-1]), dtype=np.float64)
        self.made = np.zeros((n + DOT_CHUNK - 1) // DOT_CHUNK, dtype=bool)  # chunks filled

    def _make(self, chunk: int) -> None:
        n = len(self.a)
        p0 = chunk * DOT_CHUNK
        p1 = min(n, p0 + DOT_CHUNK)
        f0, f1 = int(self.off[p0]), int(self.off[p1])
        self.made[chunk] = True
        if f0 == f1:
            return
        q0, q1 = int(self.lo[p0]), int(self.hi[p0:p1].max()) + 1
        dense = self.a[p0:p1] @ self.b[q0:q1].T
        rows = np.repeat(np.arange(p1 - p0), self.width[p0:p1])
        cols = np.arange(f0, f1) - self.off[p0:p1][rows] + self.lo[p0:p1][rows] - q0
        self.table[f0:f1] = dense[rows, cols]

    def __call__(self, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        if len(ps) and not ((qs >= self.lo[ps]) & (qs <= self.hi[ps])).all():
            return pair_dots(self.a, self.b, ps, qs)
        if len(ps):
            first, last = int(ps.min()) // DOT_CHUNK, int(ps.max()) // DOT_CHUNK
            for chunk in np.flatnonzero(~self.made[first : last + 1]).tolist():
                self._make(first + chunk)
        return self.table[self.off[ps] + qs - self.lo[ps]]


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


class BeadScorer:
    """The product's bead score: cosine − NEIGHBOUR_MARGIN · neighbour margin, times the
    length factor log2(1 + min/max) of the ratio-corrected block lengths."""

    # A cell's score reads its two blocks and fixed data only, so a later pass of the DP
    # need score again just the windows that read a block encoded in between. A scorer
    # whose scores may read the path (a bench variant's prior) sets this False.
    cell_local = True

    def __init__(self, src: Side, tgt: Side, band: Band | None = None) -> None:
        self.src, self.tgt = src, tgt
        self.band = band  # the cells to be scored: lets the neighbour margin use tables
        self._src_dots: dict[int, _BandDots] = {}  # src block size -> dots with tgt.padded
        self._tgt_dots: dict[int, _BandDots] = {}  # tgt block size -> dots with src.padded
        total_s, total_t = float(src.chars[-1]), float(tgt.chars[-1])
        self.ratio = (total_t / total_s) if total_s > 0 and total_t > 0 else 1.0

    def insert_scores(self) -> np.ndarray:
        """Score of the 0–1 bead that leaves out each target sentence."""
        return self.tgt.skip

    def __call__(self, a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        src, tgt = self.src, self.tgt
        if b == 0:
            return src.skip[ps].astype(np.float64)
        sim = pair_dots(src.blocks[a], tgt.blocks[b], ps, qs)
        sim = sim - NEIGHBOUR_MARGIN * self._neighbours(a, b, ps, qs)
        return sim * self.length_factor(a, b, ps, qs)

    def length_factor(self, a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        """log2(1 + min/max) of the blocks' lengths, the source's scaled by the pair's ratio:
        1 for equal lengths, towards 0 as one block outgrows the other."""
        ls = self.src.block_len(a, ps) * self.ratio
        lt = self.tgt.block_len(b, qs).astype(np.float64)
        return np.log2(1.0 + np.minimum(ls, lt) / np.maximum(np.maximum(ls, lt), 1.0))

    def _neighbours(self, a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        """Mean cosine of each side's block to the other side's sentences just outside it.

        The padded copies (a zero row at each end) make a missing neighbour contribute 0,
        and the mean divides by the neighbours that exist.
        """
        src, tgt = self.src, self.tgt
        n, m = len(src.vecs), len(tgt.vecs)
        if self.band is None:
            t_dots = partial(pair_dots, src.blocks[a], tgt.padded)
            s_dots = partial(pair_dots, src.padded, tgt.blocks[b])
        else:
            t_dots, s_dots = self._src_table(a), self._tgt_table(b)
        # padded row k + 1 is sentence k: left neighbour q − 1 → q, right q + b → q + b + 1
        t_sum = t_dots(ps, qs) + t_dots(ps, qs + b + 1)
        t_cnt = (qs > 0).astype(np.float64) + (qs + b < m)
        s_sum = s_dots(ps, qs) + s_dots(ps + a + 1, qs)
        s_cnt = (ps > 0).astype(np.float64) + (ps + a < n)
        return (t_sum / np.maximum(t_cnt, 1.0) + s_sum / np.maximum(s_cnt, 1.0)) / 2.0

    def _src_table(self, a: int) -> _BandDots:
        """Source blocks of `a` sentences · padded target sentences, over the band.

        A bead a–b ending at band row i = p + a, column j = q + b reads padded target rows
        q = j − b and q + b + 1 = j + 1: within [lo[i] − max b, hi[i] + 1]."""
        if a not in self._src_dots:
            lo, hi, most = self.band.lo, self.band.hi, self._most()[1]
            rows = np.arange(len(self.src.blocks[a])) + a
            self._src_dots[a] = _BandDots(
                self.src.blocks[a], self.tgt.padded, lo[rows] - most, hi[rows] + 1
            )
        return self._src_dots[a]

    def _tgt_table(self, b: int) -> _BandDots:
        """Target blocks of `b` sentences · padded source sentences, indexed by the padded
        source row r (= p, or p + a + 1), each row holding the target blocks q it can meet.

        r = p: the bead ends at band row p + a, 1 ≤ a ≤ max a, so q ∈ [lo[r + 1] − max b,
        hi[r + max a]]; r = p + a + 1: it ends at row r − 1, q ∈ [lo[r − 1] − max b, hi[r − 1]].
        Stored transposed (rows = padded source rows) so both lookups are (r, q)."""
        if b not in self._tgt_dots:
            lo, hi = self.band.lo, self.band.hi
            most_a, most_b = self._most()
            n = len(lo) - 1
            r = np.arange(len(self.src.padded))
            first = lo[np.clip(r - 1, 0, n)] - most_b
            last = hi[np.clip(r + most_a, 0, n)]
            self._tgt_dots[b] = _BandDots(self.src.padded, self.tgt.blocks[b], first, last)
        return self._tgt_dots[b]

    def _most(self) -> tuple[int, int]:
        """The largest source and target block of the band's bead types."""
        types = self.band.types
        return max(a for a, _ in types), max(b for _, b in types)


class Costs:
    """How the aligner scores beads and which merged blocks it encodes for real: the
    extension point of the DP. The product uses this class as it is; the bench's cost
    variants (`provenance.bench.align_variants`) subclass it to reproduce their figures.
    """

    encode_all = False  # encode every merged block before the first pass

    def lengths(self, texts: Sequence[str], chars: np.ndarray) -> np.ndarray:
        """Each sentence's length for the length factor: its characters."""
        return chars

    def skip_scores(self, texts: Sequence[str], chars: np.ndarray, cfg: AlignConfig) -> np.ndarray:
        """Score of leaving each sentence out (a 1–0 or 0–1 bead)."""
        return np.full(len(texts), cfg.skip)

    def prepare(self, side: Side, knn: np.ndarray) -> None:
        """Add a variant's own features to a side (`knn`: each sentence's mean top-k cosine)."""

    def scorer(self, src: Side, tgt: Side, band: Band, steps: Sequence[tuple[int, int]]):
        """The bead scores of one DP pass (`steps`: the previous pass's path, if any)."""
        return BeadScorer(src, tgt, band)

    def passes(self, cfg: AlignConfig) -> int:
        """Encode-and-rerun rounds after the first pass."""
        return cfg.refine_passes

    def radius(self, src_ids: Sequence[int], tgt_ids: Sequence[int]) -> int:
        """Sentences around a suspect bead whose merged blocks are encoded too."""
        return 0

    def finish(self, steps: list[tuple[int, int]], solve) -> list[tuple[int, int]]:
        """The final path, given the last pass's and a way to run one more pass."""
        return steps


def _side(
    texts: Sequence[str], vecs: np.ndarray, knn: np.ndarray, cfg: AlignConfig, costs: Costs
) -> Side:
    lens = np.array([len(t) for t in texts], dtype=np.float64)
    # The sentences live once, inside `padded` (a zero row each end); `vecs` and the
    # 1-sentence blocks are views of it, so the caller's array can go.
    padded = np.zeros((len(vecs) + 2, vecs.shape[1]), dtype=vecs.dtype)
    padded[1:-1] = vecs
    vecs = padded[1:-1]
    side = Side(
        texts=texts, vecs=vecs, chars=np.concatenate([[0.0], np.cumsum(costs.lengths(texts, lens))])
    )
    # Merged blocks are made on demand from running sums (`MergedBlocks`): the
    # same values as `approx_blocks(prefix_sums(...))`, without holding them all.
    sums = RunningSums(vecs, lens**APPROX_LENGTH_EXP)
    sizes = range(2, cfg.max_block + 1)
    side.blocks = {1: vecs, **{size: MergedBlocks(sums, size) for size in sizes}}
    side.exact = {size: np.zeros(len(side.blocks[size]), dtype=bool) for size in sizes}
    side.exact[1] = np.ones(len(vecs), dtype=bool)
    side.skip = costs.skip_scores(texts, lens, cfg)
    side.padded = padded
    costs.prepare(side, knn)
    return side


def _steps_to_beads(steps: Sequence[tuple[int, int]]) -> list[Bead]:
    beads: list[Bead] = []
    i = j = 0
    for a, b in steps:
        beads.append((list(range(i, i + a)), list(range(j, j + b))))
        i, j = i + a, j + b
    return beads


def _suspect_windows(beads: Sequence[Bead], costs: Costs, src: Side, tgt: Side):
    """Sentence windows (start, stop) on each side around beads that are not confident 1–1s."""
    s_win: list[tuple[int, int]] = []
    t_win: list[tuple[int, int]] = []
    i = j = 0
    for s, t in beads:
        one_one = len(s) == 1 and len(t) == 1
        r = costs.radius(s, t)
        if not (one_one and float(src.vecs[s[0]] @ tgt.vecs[t[0]]) >= REFINE_BELOW):
            s_win.append((i - r, i + len(s) + r))
            t_win.append((j - r, j + len(t) + r))
        i, j = i + len(s), j + len(t)
    return s_win, t_win


def _refine_blocks(
    jobs: Sequence[tuple[Side, Sequence[tuple[int, int]]]], max_block: int, encoder: Encoder
) -> int:
    """Encode for real every merged block inside one of the windows, for each (side, windows).

    One encoder call for all sides and block sizes (fewer, fuller batches); blocks already
    encoded are skipped. Returns the number of blocks encoded.
    """
    todo: list[tuple[Side, int, np.ndarray]] = []
    texts: list[str] = []
    for side, windows in jobs:
        n = len(side.texts)
        for size in range(2, max_block + 1):
            starts: set[int] = set()
            for lo, hi in windows:
                starts.update(range(max(lo, 0), min(hi, n) - size + 1))
            picked = np.array(sorted(starts), dtype=np.int64)
            picked = picked[~side.exact[size][picked]]
            if len(picked):
                todo.append((side, size, picked))
                texts += [" ".join(side.texts[k : k + size]) for k in picked.tolist()]
    if not texts:
        return 0
    vecs = encoder.encode(texts)
    row = 0
    for side, size, picked in todo:
        side.blocks[size][picked] = vecs[row : row + len(picked)]
        side.exact[size][picked] = True
        row += len(picked)
    return len(texts)


def align_pair(
    src: Sequence[str],
    tgt: Sequence[str],
    encoder: Encoder,
    config: AlignConfig | None = None,
    costs: Costs | None = None,
) -> list[Bead]:
    """Align two sentence lists; every sentence appears in exactly one bead, in order.

    `costs` replaces the product's bead scores and refinement (the bench's variants)."""
    # One BLAS thread for the aligner's own products: the band's are small (64 × ~100),
    # where a multi-threaded BLAS spends longer waking its threads than multiplying (far
    # longer on a busy machine), and the anchors' few large ones gain no wall time from a
    # second thread, whose spinning between calls cost ~0.4 s of CPU on a 1,000-sentence
    # chain. The encoder sets its own threads for its calls.
    with _blas().limit(limits=1, user_api="blas"):
        return _align_pair(src, tgt, encoder, config or AlignConfig(), costs or Costs())


def _align_pair(
    src: Sequence[str], tgt: Sequence[str], encoder: Encoder, cfg: AlignConfig, costs: Costs
) -> list[Bead]:
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [([i], []) for i in range(n)] + [([], [j]) for j in range(m)]
    es = np.asarray(encoder.encode(list(src)), dtype=np.float32)
    et = np.asarray(encoder.encode(list(tgt)), dtype=np.float32)
    (lo, hi), knn_s, knn_t = _anchor_band(es, et, cfg)
    src_side = _side(src, es, knn_s, cfg, costs)
    del es  # the side holds its own copy of the sentences (`Side.padded`)
    tgt_side = _side(tgt, et, knn_t, cfg, costs)
    del et
    band = Band(lo, hi, bead_types(cfg.max_block, cfg.max_total))  # shared by every pass
    return _steps_to_beads(_solve(src_side, tgt_side, band, encoder, cfg, costs))


def _anchor_band(es: np.ndarray, et: np.ndarray, cfg: AlignConfig):
    """Step (a): the band around a chain of 1–1 anchors, and each side's mean top-k cosine.

    Anchors are top-k candidates both ways (the reverse pass gives the target-side margin)
    that stand out from both neighbourhoods."""
    n, m = len(es), len(et)
    both = cross_product(es, et)
    fwd = top_k(es, et, cfg.top_k, cfg.window, both)
    bwd = top_k(et, es, cfg.top_k, cfg.window, None if both is None else both.T)
    del both
    knn_s, knn_t = fwd.knn_mean(), bwd.knn_mean()
    ci = np.repeat(np.arange(n), cfg.top_k)
    cj = fwd.idx.ravel()
    valid = cj >= 0
    ci, cj, cs = ci[valid], cj[valid], fwd.sim.ravel()[valid].astype(np.float64)
    margin = cs / np.maximum((knn_s[ci] + knn_t[cj]) / 2.0, 1e-3)
    anchors = anchor_path(ci, cj, margin - 1.0)
    return band_from_anchors(anchors, n, m, cfg.band), knn_s, knn_t


def _encoded_since(src: Side, tgt: Side) -> Callable[[int, int, np.ndarray, np.ndarray], bool]:
    """`Earlier.stale` for `BeadScorer`'s scores made now: whether an a–b cell (ps, qs)
    reads a source block of a sentences or a target block of b encoded for real after this
    call. The rest of a score (the sentences, their lengths, the skip scores) never
    changes, and a block product's value depends only on its two rows (the products keep
    their shapes from pass to pass: `_BandDots` chunks, `score_windows`)."""
    before = (
        {k: e.copy() for k, e in src.exact.items()},
        {k: e.copy() for k, e in tgt.exact.items()},
    )
    new: dict[tuple[int, int], np.ndarray] = {}

    def encoded(s: int, size: int) -> np.ndarray:  # read after the refinement, once per size
        if (s, size) not in new:
            now = (src, tgt)[s].exact[size]
            new[(s, size)] = now & ~before[s][size]
        return new[(s, size)]

    def stale(a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> bool:
        return bool(encoded(0, a)[ps].any()) or (b > 0 and bool(encoded(1, b)[qs].any()))

    return stale


def _solve(
    src_side: Side, tgt_side: Side, band: Band, encoder: Encoder, cfg: AlignConfig, costs: Costs
) -> list[tuple[int, int]]:
    """Step (b): the banded DP, first over approximate merged blocks, then again after each
    round of encoding the blocks around suspect beads for real (until nothing is new)."""

    earlier: Earlier | None = None

    def solve(steps: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        nonlocal earlier
        scorer = costs.scorer(src_side, tgt_side, band, steps)
        if not scorer.cell_local:
            return band.solve(scorer, scorer.insert_scores())
        scores = band.scores(scorer, earlier)
        earlier = Earlier(scores, _encoded_since(src_side, tgt_side))
        return band.solve(scorer, scorer.insert_scores(), scores)

    if costs.encode_all:
        every = [(side, [(0, len(side.texts))]) for side in (src_side, tgt_side)]
        _refine_blocks(every, cfg.max_block, encoder)
    steps = solve()
    limit = min(cfg.max_block, REFINE_MAX_BLOCK)
    for _ in range(costs.passes(cfg)):
        s_win, t_win = _suspect_windows(_steps_to_beads(steps), costs, src_side, tgt_side)
        if not _refine_blocks([(src_side, s_win), (tgt_side, t_win)], limit, encoder):
            break  # nothing new was encoded: the DP would return the same path
        steps = solve(steps)
    return costs.finish(steps, solve)
