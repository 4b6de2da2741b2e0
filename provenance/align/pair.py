"""The two-step pair aligner: anchors, then a banded DP over merged-sentence similarity.

Encode once: every sentence is embedded once. A merged block ("s1 s2") is first scored
with the normalised, √length-weighted sum of its sentences' embeddings (free). Then the
blocks inside the suspect beads of the result — merged beads, and with `refine_radius`
> 0 also the sentences around them and around skips and weak 1–1s — are sent to the
encoder for real and the DP runs again, for up to `refine_passes` rounds. So the encoder
sees the (n + m) sentences plus a small fraction, not (n + m) · max_block texts.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from math import erf, sqrt

import numpy as np
from threadpoolctl import ThreadpoolController

from provenance.align.anchors import anchor_path, band_from_anchors, top_k
from provenance.align.dp import Band, bead_types
from provenance.embed import Encoder

Bead = tuple[list[int], list[int]]


@dataclass(frozen=True)
class AlignConfig:
    """Knobs of the aligner; the defaults are the ones that won on Text+Berg (BENCHMARKS.md)."""

    # bead types: a–b with a, b ≤ max_block and a + b ≤ max_total (Bertalign's set at 4/5:
    # 1–1 … 1–4, 2–2, 2–3, 3–2, 4–1); max_total None means max_block + 1
    max_block: int = 4
    max_total: int | None = 5
    top_k: int = 3  # anchor candidates per sentence (also the margin's k)
    window: int = 1000  # anchor search window (target sentences either side of the path)
    band: int = 8  # DP band half-width around the anchor path
    # "none"; "neighbour": cos − mean cos to the sentences just outside the bead;
    # "diff": cos − mean kNN cos; "ratio": cos / mean kNN cos
    margin: str = "neighbour"
    margin_weight: float = 0.3
    base: float = 0.0  # similarity a bead must exceed to pay for itself
    size_exp: float = 0.0  # bead score × ((a + b) / 2) ** size_exp
    multi_penalty: float = 0.0  # per sentence beyond 1–1
    skip: float = -0.15  # score of a 1–0 or 0–1 bead
    skip_chars: float = 0.0  # sentences shorter than this skip cheaper, pro rata (0: off)
    # OCR fragments ("V", "■ iv V V .", ".-^ !"): fewer than this many words of ≥ 2 letters
    # skip at `fragment_skip` instead, so they are not glued into a neighbour's bead (0: off)
    fragment_words: int = 0
    fragment_skip: float = -0.02
    length_weight: float = 0.0  # weight of the Gale–Church −log P(length ratio)
    length_factor: bool = True  # multiply by log2(1 + min/max) of ratio-corrected lengths
    length_exp: float = 1.0  # the length factor to this power (> 1: sharper on mismatches)
    length_var: float = 6.8  # Gale–Church s² (variance per character)
    # cosine normalisation per document pair against the cosines of all 1–1 cells of the
    # band (mostly non-translations): "none", or "z": norm_centre + norm_scale · z-score
    cos_norm: str = "none"
    norm_centre: float = 0.13
    norm_scale: float = 0.15
    length_unit: str = "chars"  # "chars" or "tokens" (whitespace-separated) for lengths
    lexical_weight: float = 0.0  # weight of the shared-token (names, numbers) cosine
    lexical_dim: int = 512  # hashed token features
    # numbers shared by both sides (USE is weak on digits): + w · (cos − ½) of the hashed
    # number tokens when both blocks contain numbers, 0 otherwise
    digit_weight: float = 0.0
    merges: str = "selective"  # "selective", "all" (encode every block) or "approx" (never)
    approx_length_exp: float = 0.5  # approximate blocks weight sentences by length ** this
    refine_max_block: int = 4  # largest merged block ever encoded for real
    refine_passes: int = 3  # encode-and-rerun rounds
    refine_radius: int = 0  # sentences around a suspect bead whose merges get encoded
    refine_skip_radius: int = 0  # the same around 1–0/0–1 beads only (their merge options)
    refine_below: float = 0.3  # 1–1 beads under this cosine count as suspect
    # bead-type prior: + prior_weight · log(P(a–b) / P(1–1)), so a 1–1 costs nothing and
    # rare shapes (0–1, 1–4, 4–1) pay for their rarity. "gale-church": the published bead
    # frequencies (extended to the larger shapes, see `TYPE_PRIOR`); "self": re-estimated
    # after each pass from the pair's own alignment so far (add-`prior_strength` smoothing
    # towards the published frequencies); "none": off.
    type_prior: str = "none"
    prior_weight: float = 0.0
    prior_strength: float = 20.0


# Bead-type frequencies: Gale & Church (1993) for 1–1, 1–2/2–1, 2–2 and 1–0/0–1 (per
# direction half of their 0.0099); the larger shapes they never counted are set an order of
# magnitude apart, each step rarer.
TYPE_PRIOR: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 2): 0.0445,
    (2, 1): 0.0445,
    (1, 0): 0.005,
    (0, 1): 0.005,
    (2, 2): 0.011,
    (1, 3): 0.004,
    (3, 1): 0.004,
    (2, 3): 0.001,
    (3, 2): 0.001,
    (1, 4): 0.0005,
    (4, 1): 0.0005,
}
_PRIOR_FLOOR = 1e-4  # any shape not listed


def type_log_prior(types: Sequence[tuple[int, int]], freq: dict[tuple[int, int], float]):
    """log(P(t) / P(1–1)) per bead type in `types` plus (0, 1), from relative frequencies."""
    one = freq.get((1, 1), 1.0)
    return {t: float(np.log(freq.get(t, _PRIOR_FLOOR) / one)) for t in [*types, (0, 1)]}


def self_prior(
    steps: Sequence[tuple[int, int]], types: Sequence[tuple[int, int]], strength: float
) -> dict[tuple[int, int], float]:
    """Bead-type frequencies of a first-pass alignment, smoothed towards `TYPE_PRIOR`."""
    counts: dict[tuple[int, int], float] = {}
    for st in steps:
        counts[st] = counts.get(st, 0.0) + 1.0
    total = len(steps) + strength
    return {
        t: (counts.get(t, 0.0) + strength * TYPE_PRIOR.get(t, _PRIOR_FLOOR)) / total
        for t in [*types, (0, 1)]
    }


@dataclass
class _Side:
    """One document's sentences, embeddings and block embeddings by block size."""

    texts: Sequence[str]
    vecs: np.ndarray
    chars: np.ndarray  # prefix sums of sentence lengths (`length_unit`: chars or tokens)
    knn: np.ndarray  # prefix sums of mean kNN similarity (margin)
    blocks: dict[int, np.ndarray] = field(default_factory=dict)
    lex: dict[int, np.ndarray] = field(default_factory=dict)  # hashed-token block vectors
    digits: dict[int, np.ndarray] = field(default_factory=dict)  # hashed number tokens
    skip: np.ndarray = field(default_factory=lambda: np.zeros(0))  # score of leaving each out
    exact: dict[int, np.ndarray] = field(default_factory=dict)  # bool: block embedding is real
    padded: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # zero row each end

    def block_len(self, size: int, start: np.ndarray | int) -> np.ndarray:
        return self.chars[np.asarray(start) + size] - self.chars[start]

    def has_digits(self, size: int, start: np.ndarray) -> np.ndarray:
        return self.digits[size][start].any(axis=1)

    def block_knn(self, size: int, start: np.ndarray | int) -> np.ndarray:
        return (self.knn[np.asarray(start) + size] - self.knn[start]) / size


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def _prefix_sums(vecs: np.ndarray) -> np.ndarray:
    """Running sums of the rows of `vecs` after a zero row (shared by every block size)."""
    return np.concatenate([np.zeros((1, vecs.shape[1]), np.float64), np.cumsum(vecs, axis=0)])


def _approx_blocks(csum: np.ndarray, size: int) -> np.ndarray:
    """Normalised sum of `size` consecutive rows, for every start (`csum`: `_prefix_sums`)."""
    if len(csum) - 1 < size:
        return np.zeros((0, csum.shape[1]), dtype=np.float32)
    return _normalise(csum[size:] - csum[:-size]).astype(np.float32)


def _gc_cost(ls: np.ndarray, lt: np.ndarray, ratio: float, var: float) -> np.ndarray:
    """Gale–Church: −log P(|δ|), δ = (lt − c·ls) / sqrt(var · mean length)."""
    mean = np.maximum((ls + lt / ratio) / 2.0, 1.0)
    delta = np.abs(lt - ratio * ls) / np.sqrt(var * mean)
    # two-tailed normal tail, via erf (vectorised through np.frompyfunc would be slow)
    p = 1.0 - _erf(delta / sqrt(2.0))
    return -np.log(np.maximum(p, 1e-12))


_erf = np.vectorize(erf, otypes=[np.float64])


def _pair_dots(a: np.ndarray, b: np.ndarray, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
    """`a[ps[k]] · b[qs[k]]` for every k, with `ps` ascending (band cells, row by row).

    Rows of `ps` are taken in chunks; each chunk is one dense product against the range of
    `b` rows its cells touch (a band is narrow, so little of the product is wasted) — BLAS
    instead of gathering a vector per cell.
    """
    out = np.empty(len(ps), dtype=np.float64)
    if len(ps) == 0:
        return out
    step = _DOT_CHUNK
    bounds = np.searchsorted(ps, np.arange(int(ps[0]), int(ps[-1]) + step + 1, step))
    for lo_k, hi_k in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if lo_k == hi_k:
            continue
        p_c, q_c = ps[lo_k:hi_k], qs[lo_k:hi_k]
        p0, q0, q1 = int(p_c[0]), int(q_c.min()), int(q_c.max())
        dense = a[p0 : int(p_c[-1]) + 1] @ b[q0 : q1 + 1].T
        out[lo_k:hi_k] = dense[p_c - p0, q_c - q0]
    return out


_DOT_CHUNK = 64  # source rows per dense product in `_pair_dots`


class _BandDots:
    """`a[p] · b[q]` for every row p of `a` and every column q in [lo[p], hi[p]], computed
    up front with one dense product per chunk of rows (`lo` ascending).

    The neighbour margin reads each block's dot with the sentences just outside every bead
    it can close: the same dots for every bead type. One table per block size replaces a
    `_pair_dots` call per bead type and side; lookups outside the table (none for the
    band's cells) fall back to `_pair_dots`.
    """

    def __init__(self, a: np.ndarray, b: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> None:
        self.a, self.b = a, b
        n, m = len(a), len(b)
        self.lo = np.clip(np.asarray(lo, dtype=np.int64)[:n], 0, m)
        self.hi = np.clip(np.asarray(hi, dtype=np.int64)[:n], self.lo - 1, m - 1)
        width = self.hi - self.lo + 1
        self.off = np.concatenate([[0], np.cumsum(width)])  # row p = flat [off[p], off[p+1])
        self.table = np.empty(int(self.off[-1]), dtype=np.float64)
        for p0 in range(0, n, _DOT_CHUNK):
            p1 = min(n, p0 + _DOT_CHUNK)
            f0, f1 = int(self.off[p0]), int(self.off[p1])
            if f0 == f1:
                continue
            q0, q1 = int(self.lo[p0]), int(self.hi[p0:p1].max()) + 1
            dense = a[p0:p1] @ b[q0:q1].T
            rows = np.repeat(np.arange(p1 - p0), width[p0:p1])
            cols = np.arange(f0, f1) - self.off[p0:p1][rows] + self.lo[p0:p1][rows] - q0
            self.table[f0:f1] = dense[rows, cols]

    def __call__(self, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        if len(ps) and not ((qs >= self.lo[ps]) & (qs <= self.hi[ps])).all():
            return _pair_dots(self.a, self.b, ps, qs)
        return self.table[self.off[ps] + qs - self.lo[ps]]


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


class _Scorer:
    def __init__(
        self,
        src: _Side,
        tgt: _Side,
        cfg: AlignConfig,
        prior: dict | None = None,
        band: Band | None = None,
    ) -> None:
        self.src, self.tgt, self.cfg = src, tgt, cfg
        self.prior = prior or {}  # bead type -> additive log-prior (already weighted)
        self.band = band  # the cells to be scored: lets the neighbour margin use tables
        self._src_dots: dict[int, _BandDots] = {}  # src block size -> dots with tgt.padded
        self._tgt_dots: dict[int, _BandDots] = {}  # tgt block size -> dots with src.padded
        self.cos_mean, self.cos_std = 0.0, 1.0  # set by `fit_norm`
        total_s, total_t = float(src.chars[-1]), float(tgt.chars[-1])
        self.ratio = (total_t / total_s) if total_s > 0 and total_t > 0 else 1.0

    def fit_norm(self, band: Band) -> None:
        """Mean and spread of the band's 1–1 cosines (the pair's background similarity)."""
        _, ps, qs = band.cells[band.types.index((1, 1))]
        sims = _pair_dots(self.src.blocks[1], self.tgt.blocks[1], ps, qs)
        if len(sims):
            self.cos_mean, self.cos_std = float(sims.mean()), float(max(sims.std(), 1e-3))

    def __call__(self, a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        cfg, src, tgt = self.cfg, self.src, self.tgt
        if b == 0:
            return src.skip[ps].astype(np.float64) + self.prior.get((a, b), 0.0)
        sim = _pair_dots(src.blocks[a], tgt.blocks[b], ps, qs)
        if cfg.cos_norm == "z":
            sim = cfg.norm_centre + cfg.norm_scale * (sim - self.cos_mean) / self.cos_std
        if cfg.margin == "neighbour":
            sim = sim - cfg.margin_weight * self._neighbours(a, b, ps, qs)
        elif cfg.margin != "none":
            knn = (tgt.block_knn(b, qs) + src.block_knn(a, ps)) / 2.0
            if cfg.margin == "diff":
                sim = sim - cfg.margin_weight * knn
            else:
                sim = sim / np.maximum(knn, 1e-3)
        if cfg.lexical_weight:
            sim = sim + cfg.lexical_weight * _pair_dots(src.lex[a], tgt.lex[b], ps, qs)
        if cfg.digit_weight:
            agree = _pair_dots(src.digits[a], tgt.digits[b], ps, qs)
            both = src.has_digits(a, ps) & tgt.has_digits(b, qs)
            sim = sim + cfg.digit_weight * np.where(both, agree - 0.5, 0.0)
        if cfg.length_factor:
            ls = src.block_len(a, ps) * self.ratio
            lt = tgt.block_len(b, qs).astype(np.float64)
            factor = np.log2(1.0 + np.minimum(ls, lt) / np.maximum(np.maximum(ls, lt), 1.0))
            sim = sim * factor**cfg.length_exp
        val = (sim - cfg.base) * ((a + b) / 2.0) ** cfg.size_exp
        val -= cfg.multi_penalty * (a + b - 2)
        if cfg.length_weight:
            ls = src.block_len(a, ps).astype(np.float64)
            lt = tgt.block_len(b, qs).astype(np.float64)
            val -= cfg.length_weight * _gc_cost(ls, lt, self.ratio, cfg.length_var)
        return val + self.prior.get((a, b), 0.0)

    def _neighbours(self, a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        """Mean cosine of each side's block to the other side's sentences just outside it.

        The padded copies (a zero row at each end) make a missing neighbour contribute 0,
        and the mean divides by the neighbours that exist.
        """
        src, tgt = self.src, self.tgt
        n, m = len(src.vecs), len(tgt.vecs)
        if self.band is None:
            t_dots = partial(_pair_dots, src.blocks[a], tgt.padded)
            s_dots = partial(_pair_dots, src.padded, tgt.blocks[b])
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


def lexical_vectors(texts: Sequence[str], dim: int) -> np.ndarray:
    """Hashed bag of the tokens that survive translation: names, numbers, long words.

    A token counts when it has a digit or at least 4 letters; it is transliterated,
    lower-cased and cut to 5 characters so "Rheinwaldhorn" matches across languages
    while inflected endings do not matter. Rows are L2-normalised (zero when empty).
    """
    from unidecode import unidecode

    out = np.zeros((len(texts), dim), dtype=np.float32)
    for r, text in enumerate(texts):
        for tok in unidecode(text).lower().split():
            if len(tok) >= 4 or any(ch.isdigit() for ch in tok):
                out[r, zlib.crc32(tok[:5].encode()) % dim] += 1.0
    return out


_NUMBER = re.compile(r"\d+(?:[.,'’]\d{3})*(?:[.,]\d+)?")


def number_vectors(texts: Sequence[str], dim: int) -> np.ndarray:
    """Hashed bag of the numbers in each text, separators dropped ("1'200" = "1.200")."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for r, text in enumerate(texts):
        for tok in _NUMBER.findall(text):
            digits = "".join(ch for ch in tok if ch.isdigit())
            out[r, zlib.crc32(digits.encode()) % dim] += 1.0
    return out


_WORD = re.compile(r"[^\W\d_]{2,}")


def skip_scores(lens: np.ndarray, cfg: AlignConfig, texts: Sequence[str] = ()) -> np.ndarray:
    """Score of a 1–0/0–1 bead per sentence: fragments ("V", "141") are cheap to leave out,
    so they are not glued onto a neighbour's bead just to avoid the skip penalty."""
    if cfg.skip_chars <= 0:
        out = np.full(len(lens), cfg.skip)
    else:
        out = cfg.skip * np.minimum(1.0, lens / cfg.skip_chars)
    if cfg.fragment_words > 0 and len(texts):
        words = np.array([len(_WORD.findall(t)) for t in texts])
        out = np.where(words < cfg.fragment_words, np.maximum(out, cfg.fragment_skip), out)
    return out


def _side(texts: Sequence[str], vecs: np.ndarray, knn: np.ndarray, cfg: AlignConfig) -> _Side:
    max_block = cfg.max_block
    lens = np.array([len(t) for t in texts], dtype=np.float64)
    units = lens if cfg.length_unit == "chars" else np.array([len(t.split()) for t in texts], float)
    side = _Side(
        texts=texts,
        vecs=vecs,
        chars=np.concatenate([[0.0], np.cumsum(units)]),
        knn=np.concatenate([[0.0], np.cumsum(knn, dtype=np.float64)]),
    )
    weights = lens[:, None] ** cfg.approx_length_exp if cfg.approx_length_exp else 1.0
    csum = _prefix_sums(vecs * weights) if max_block > 1 else None
    for size in range(1, max_block + 1):
        if size == 1:
            side.blocks[1] = vecs
            side.exact[1] = np.ones(len(vecs), dtype=bool)
        else:
            side.blocks[size] = _approx_blocks(csum, size)
            side.exact[size] = np.zeros(len(side.blocks[size]), dtype=bool)
    side.skip = skip_scores(lens, cfg, texts)
    zero = np.zeros((1, vecs.shape[1]), dtype=vecs.dtype)
    side.padded = np.concatenate([zero, vecs, zero])
    if cfg.lexical_weight:
        counts = _prefix_sums(lexical_vectors(texts, cfg.lexical_dim))
        for size in range(1, max_block + 1):
            side.lex[size] = _approx_blocks(counts, size)  # a sum of counts is exact
    if cfg.digit_weight:
        counts = _prefix_sums(number_vectors(texts, 256))
        for size in range(1, max_block + 1):
            side.digits[size] = _approx_blocks(counts, size)
    return side


def _steps_to_beads(steps: Sequence[tuple[int, int]]) -> list[Bead]:
    beads: list[Bead] = []
    i = j = 0
    for a, b in steps:
        beads.append((list(range(i, i + a)), list(range(j, j + b))))
        i, j = i + a, j + b
    return beads


def _suspect_windows(beads: Sequence[Bead], cfg: AlignConfig, src: _Side, tgt: _Side):
    """Sentence windows (start, stop) on each side around beads that are not confident 1–1s."""
    s_win: list[tuple[int, int]] = []
    t_win: list[tuple[int, int]] = []
    i = j = 0
    for s, t in beads:
        one_one = len(s) == 1 and len(t) == 1
        r = max(cfg.refine_radius, cfg.refine_skip_radius if not (s and t) else 0)
        if not (one_one and float(src.vecs[s[0]] @ tgt.vecs[t[0]]) >= cfg.refine_below):
            s_win.append((i - r, i + len(s) + r))
            t_win.append((j - r, j + len(t) + r))
        i, j = i + len(s), j + len(t)
    return s_win, t_win


def _refine_blocks(
    jobs: Sequence[tuple[_Side, Sequence[tuple[int, int]]]], max_block: int, encoder: Encoder
) -> int:
    """Encode for real every merged block inside one of the windows, for each (side, windows).

    One encoder call for all sides and block sizes (fewer, fuller batches); blocks already
    encoded are skipped. Returns the number of blocks encoded.
    """
    todo: list[tuple[_Side, int, np.ndarray]] = []
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
) -> list[Bead]:
    """Align two sentence lists; every sentence appears in exactly one bead, in order."""
    # One BLAS thread for the aligner's own products: the band's are small (64 × ~100),
    # where a multi-threaded BLAS spends longer waking its threads than multiplying (far
    # longer on a busy machine), and the anchors' few large ones gain no wall time from a
    # second thread, whose spinning between calls cost ~0.4 s of CPU on a 1,000-sentence
    # chain. The encoder sets its own threads for its calls.
    with _blas().limit(limits=1, user_api="blas"):
        return _align_pair(src, tgt, encoder, config or AlignConfig())


def _align_pair(
    src: Sequence[str], tgt: Sequence[str], encoder: Encoder, cfg: AlignConfig
) -> list[Bead]:
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [([i], []) for i in range(n)] + [([], [j]) for j in range(m)]
    es = np.asarray(encoder.encode(list(src)), dtype=np.float32)
    et = np.asarray(encoder.encode(list(tgt)), dtype=np.float32)

    # (a) anchors: top-k both ways (the reverse pass also gives the target-side margin)
    fwd = top_k(es, et, cfg.top_k, cfg.window)
    bwd = top_k(et, es, cfg.top_k, cfg.window)
    knn_s, knn_t = fwd.knn_mean(), bwd.knn_mean()
    ci = np.repeat(np.arange(n), cfg.top_k)
    cj = fwd.idx.ravel()
    valid = cj >= 0
    ci, cj, cs = ci[valid], cj[valid], fwd.sim.ravel()[valid].astype(np.float64)
    margin = cs / np.maximum((knn_s[ci] + knn_t[cj]) / 2.0, 1e-3)
    # a candidate is worth chaining when it stands out from both neighbourhoods
    anchors = anchor_path(ci, cj, margin - 1.0)
    lo, hi = band_from_anchors(anchors, n, m, cfg.band)

    # (b) banded DP, first with approximate merged blocks, then with the suspects encoded
    src_side = _side(src, es, knn_s, cfg)
    tgt_side = _side(tgt, et, knn_t, cfg)
    types = bead_types(cfg.max_block, cfg.max_total)
    insert = tgt_side.skip
    if cfg.merges == "all":
        every = [(side, [(0, len(side.texts))]) for side in (src_side, tgt_side)]
        _refine_blocks(every, cfg.max_block, encoder)
    band = Band(lo, hi, types)  # cell layout shared by every pass

    def solve(steps: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        prior: dict[tuple[int, int], float] = {}
        if cfg.type_prior != "none" and cfg.prior_weight:
            freq = TYPE_PRIOR
            if cfg.type_prior == "self" and steps:
                freq = self_prior(steps, types, cfg.prior_strength)
            prior = {t: cfg.prior_weight * v for t, v in type_log_prior(types, freq).items()}
        scorer = _Scorer(src_side, tgt_side, cfg, prior, band)
        if cfg.cos_norm != "none":
            scorer.fit_norm(band)
        return band.solve(scorer, insert + prior.get((0, 1), 0.0))

    steps = solve()
    for _ in range(cfg.refine_passes if cfg.merges == "selective" else 0):
        beads = _steps_to_beads(steps)
        s_win, t_win = _suspect_windows(beads, cfg, src_side, tgt_side)
        limit = min(cfg.max_block, cfg.refine_max_block)
        if not _refine_blocks([(src_side, s_win), (tgt_side, t_win)], limit, encoder):
            break  # nothing new was encoded: the DP would return the same path
        steps = solve(steps)
    if cfg.type_prior == "self" and cfg.prior_weight and steps:
        steps = solve(steps)  # one re-estimation on the final blocks
    return _steps_to_beads(steps)
