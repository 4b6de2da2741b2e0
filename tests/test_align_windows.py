"""The DP scores the band a window of source rows at a time for every bead type
(`Band.scores`), so each merged-block tile is made once per pass: the scores, and so the
alignments, must be bit for bit those of one scoring call per bead type."""

from __future__ import annotations

import hashlib
import itertools

import numpy as np
import pytest

from provenance.align import dp
from provenance.align.dp import Band, bead_types, score_windows
from provenance.align.pair import (
    TILE,
    AlignConfig,
    BeadScorer,
    Costs,
    RunningSums,
    _anchor_band,
    _side,
    align_pair,
    pair_dots,
)


def _per_type_scores(band: Band, score, earlier=None) -> np.ndarray:
    """The scores as `Band.scores` made them before: one call per bead type, every cell
    scored again on every pass (`earlier` ignored)."""
    out = np.zeros(len(band.pred))
    for t, (a, b) in enumerate(band.types):
        where, ps, qs = band.cells[t]
        if len(where):
            out[where] = score(a, b, ps.astype(np.int64), qs.astype(np.int64))
    return out


def _word_vector(word: str, dim: int) -> np.ndarray:
    seed = int.from_bytes(hashlib.md5(word.encode()).digest()[:8], "little")
    return np.random.default_rng(seed).standard_normal(dim)


class BagOfWords:
    """A deterministic stand-in encoder: the normalised sum of per-word random vectors, so
    a merged block resembles the sentences it joins (as a real encoder's would)."""

    name, dim = "bag-of-words", 48

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for k, text in enumerate(texts):
            v = sum((_word_vector(w, self.dim) for w in text.split()), np.zeros(self.dim))
            out[k] = v / max(np.linalg.norm(v), 1e-12)
        return out


def _random_pair(n: int, seed: int) -> tuple[list[str], list[str]]:
    """A source of n sentences and a 'translation' that merges, splits, drops and adds."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{k}" for k in range(3000)]
    src = [" ".join(rng.choice(vocab, int(rng.integers(3, 25)))) for _ in range(n)]
    tgt: list[str] = []
    i = 0
    while i < n:
        roll = rng.random()
        if roll < 0.05 and i + 1 < n:
            tgt.append(src[i] + " " + src[i + 1])  # 2-1
            i += 2
            continue
        if roll < 0.08:
            words = src[i].split()
            tgt += [" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])]
        elif roll < 0.10:
            pass  # dropped
        else:
            words = src[i].split()
            keep = [w for w in words if rng.random() > 0.2] or words[:1]
            tgt.append(" ".join(keep))
        if rng.random() < 0.02:
            tgt.append(" ".join(rng.choice(vocab, 8)))  # added
        i += 1
    return src, tgt


@pytest.mark.parametrize("seed", [0, 1])
def test_band_scores_by_window_are_one_call_per_type_bit_for_bit(seed: int) -> None:
    src, tgt = _random_pair(4 * TILE + 37, seed)
    enc = BagOfWords()
    cfg, costs = AlignConfig(), Costs()
    es, et = enc.encode(src), enc.encode(tgt)
    (lo, hi), knn_s, knn_t = _anchor_band(es, et, cfg)
    band = Band(lo, hi, bead_types(cfg.max_block, cfg.max_total))
    assert len(band.windows()) > 4 * len(band.types)  # several windows per type

    def scorer() -> BeadScorer:  # fresh sides: no tile or table made yet
        return BeadScorer(
            _side(src, es, knn_s, cfg, costs), _side(tgt, et, knn_t, cfg, costs), band
        )

    windowed = band.scores(scorer())
    assert windowed.tobytes() == _per_type_scores(band, scorer()).tobytes()


@pytest.mark.parametrize("seed", [2, 3])
def test_alignment_is_the_one_of_per_type_scoring_on_a_random_pair(seed, monkeypatch) -> None:
    src, tgt = _random_pair(3 * TILE + 11, seed)
    enc = BagOfWords()
    now = align_pair(src, tgt, enc)
    monkeypatch.setattr(dp.Band, "scores", _per_type_scores)
    assert now == align_pair(src, tgt, enc)
    assert sum(len(s) != 1 or len(t) != 1 for s, t in now) > 5  # not all 1-1


@pytest.mark.parametrize("seed", [2, 4])
def test_refinement_passes_score_again_only_stale_windows_bit_for_bit(seed, monkeypatch) -> None:
    """A refinement pass keeps the earlier pass's scores where no block a window reads was
    encoded in between: the same scores, bit for bit, as scoring every window again."""
    src, tgt = _random_pair(3 * TILE + 11, seed)
    kept, scored = [], []
    original = dp.Band.scores

    def checked(band, score, earlier=None):
        if earlier is None:
            return original(band, score)

        def stale(*args):
            fresh = earlier.stale(*args)
            (scored if fresh else kept).append(args[:2])
            return fresh

        got = original(band, score, dp.Earlier(earlier.scores, stale))
        assert got.tobytes() == original(band, score).tobytes()
        return got

    monkeypatch.setattr(dp.Band, "scores", checked)
    align_pair(src, tgt, BagOfWords())
    assert kept and scored  # some windows kept, some scored again
    assert all(a > 1 or b > 1 for a, b in scored)  # 1–1 and 1–0 beads read no merged block


def test_score_windows_keep_pair_dots_products_whole() -> None:
    """Cells with rows missing at chunk boundaries (a band with gaps): every window's
    products are the whole call's, bit for bit."""
    rng = np.random.default_rng(7)
    a = rng.standard_normal((1200, 512)).astype(np.float32)
    b = rng.standard_normal((1300, 512)).astype(np.float32)
    rows = np.sort(rng.choice(np.arange(3, 1150), 700, replace=False))
    ps = np.repeat(rows, 3)
    qs = np.clip(ps + rng.integers(-5, 6, len(ps)), 0, len(b) - 1)
    whole = pair_dots(a, b, ps, qs)
    windows = score_windows(ps)
    assert len(windows) > 3 and windows[0][1] == 0 and windows[-1][2] == len(ps)
    for (_first, _lo, hi), (_next, lo2, _hi2) in itertools.pairwise(windows):
        assert hi == lo2
    chunks = _chunks(ps, 0)
    for _first, lo, hi in windows:
        assert pair_dots(a, b, ps[lo:hi], qs[lo:hi]).tobytes() == whole[lo:hi].tobytes()
        # the same products: BLAS may round a dot differently in another shape
        assert _chunks(ps[lo:hi], lo) == [c for c in chunks if lo <= c[0] < hi]


def _chunks(ps: np.ndarray, offset: int) -> list[tuple[int, int]]:
    """The cell ranges `pair_dots` multiplies at once (its chunks), offset by `offset`."""
    step = dp.DOT_CHUNK
    bounds = np.searchsorted(ps, np.arange(int(ps[0]), int(ps[-1]) + step + 1, step))
    return [(offset + int(x), offset + int(y)) for x, y in itertools.pairwise(bounds) if x < y]


def test_running_sum_stretches_are_the_same_however_far_they_were_made() -> None:
    rng = np.random.default_rng(3)
    vecs = rng.standard_normal((3 * TILE + 5, 16)).astype(np.float32)
    weights = rng.random(len(vecs)) + 0.5
    kept, fresh = RunningSums(vecs, weights), RunningSums(vecs, weights)
    for start, stop in [(TILE, 2 * TILE + 2), (TILE, 2 * TILE + 4), (0, 3), (2 * TILE, len(vecs))]:
        fresh._kept.clear()
        assert kept.stretch(start, stop).tobytes() == fresh.stretch(start, stop).tobytes()
