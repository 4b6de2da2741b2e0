"""The aligner: gold cases written for it, the DP core, chains (hypothesis), Text+Berg."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.align import AlignConfig, align_chain, align_pair, anchors, compose
from provenance.align.anchors import anchor_path, band_from_anchors, cross_product, top_k
from provenance.align.dp import Band, banded_dp, bead_types
from provenance.align.score import score_alignments
from provenance.bench.align_variants import Variant, align_variant
from provenance.embed import CachedEncoder


class BagOfWords:
    """A fast deterministic stand-in encoder: the sum of fixed random vectors per word."""

    name = "bag-of-words"
    dim = 64

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for r, text in enumerate(texts):
            for word in text.lower().split():
                seed = int.from_bytes(hashlib.sha1(word.encode()).digest()[:4], "little")
                out[r] += np.random.default_rng(seed).standard_normal(self.dim)
            norm = np.linalg.norm(out[r])
            out[r] = out[r] / norm if norm else out[r]
        return out


def _covers(beads, n, m):
    src = [i for s, _ in beads for i in s]
    tgt = [j for _, t in beads for j in t]
    return src == list(range(n)) and tgt == list(range(m))


# --- gold cases on a parallel text written for these tests (German → English) ---------

DE = [
    "Die Hütte liegt auf zweitausend Metern über dem Meer.",
    "Am Morgen brachen wir bei klarem Wetter auf.",
    "Der Weg führte zuerst durch einen dichten Wald.",
    "Nach drei Stunden erreichten wir den Gletscher.",
    "Dort legten wir die Steigeisen an.",
    "Der Bergführer prüfte jedes Seil sorgfältig.",
    "Gegen Mittag zogen Wolken vom Westen auf.",
    "Wir beschlossen, sofort umzukehren.",
    "Der Abstieg dauerte länger als geplant.",
    "Erst am Abend waren wir wieder im Tal.",
]
EN = [
    "The hut lies two thousand metres above the sea.",
    "In the morning we set off in clear weather.",
    "The path first led through a dense forest.",
    "After three hours we reached the glacier.",
    "There we put on our crampons.",
    "The mountain guide checked every rope carefully.",
    "Around noon clouds came in from the west.",
    "We decided to turn back at once.",
    "The descent took longer than planned.",
    "Only in the evening were we back in the valley.",
]


@pytest.fixture(scope="module")
def cached(encoder):
    return CachedEncoder(encoder)


def test_one_to_one(cached):
    beads = align_pair(DE, EN, cached)
    assert beads == [([i], [i]) for i in range(len(DE))]


def test_split_and_merge(cached):
    # EN splits sentence 5 in two; EN merges DE 7 and 8 into one sentence
    en = [
        *EN[:5],
        "The mountain guide checked the ropes.",
        "He checked every one of them carefully.",
        EN[6],
        "We decided to turn back at once, and the descent took longer than planned.",
        EN[9],
    ]
    beads = align_pair(DE, en, cached)
    assert _covers(beads, len(DE), len(en))
    assert ([5], [5, 6]) in beads
    assert ([7, 8], [8]) in beads
    assert ([9], [9]) in beads and ([0], [0]) in beads


def test_deletion_and_insertion(cached):
    # EN drops DE 3 and adds a sentence of its own after EN 6
    en = [*EN[:3], *EN[4:7], "Nobody in the group had expected such a storm.", *EN[7:]]
    beads = align_pair(DE, en, cached)
    assert _covers(beads, len(DE), len(en))
    assert ([3], []) in beads
    assert ([], [6]) in beads
    assert ([4], [3]) in beads and ([9], [9]) in beads


def test_reordered_pair_stays_monotone(cached):
    # two sentences swapped: a monotone aligner must still cover everything, in order,
    # and keep the untouched sentences 1–1
    en = [*EN[:4], EN[5], EN[4], *EN[6:]]
    beads = align_pair(DE, en, cached)
    assert _covers(beads, len(DE), len(en))
    for i in (0, 1, 2, 3, 6, 7, 8, 9):
        assert ([i], [i]) in beads


def test_empty_sides(cached):
    assert align_pair([], EN[:2], cached) == [([], [0]), ([], [1])]
    assert align_pair(DE[:1], [], cached) == [([0], [])]


def test_deterministic(cached):
    en = [*EN[:3], *EN[4:]]
    assert align_pair(DE, en, cached) == align_pair(DE, en, cached)


def test_each_sentence_encoded_once_and_merges_bounded(encoder):
    counting = CachedEncoder(encoder)
    en = [*EN[:5], "The mountain guide checked the ropes.", "He checked each carefully.", *EN[6:]]
    align_pair(DE, en, counting)
    singles = len(set(DE)) + len(set(en))
    assert counting.encoded >= singles
    # merged blocks only around the one split, not every pair and triple of the documents
    assert counting.encoded - singles < 0.5 * singles


# --- the parts on their own ----------------------------------------------------------


def test_bead_types():
    assert set(bead_types(3)) == {(1, 0), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)}
    assert (1, 4) in bead_types(4) and (2, 3) in bead_types(4)


def test_top_k_window_equals_full_when_wide():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((300, 16)).astype(np.float32)
    b = rng.standard_normal((280, 16)).astype(np.float32)
    got = top_k(a, b, 3, window=10_000)
    full = np.argsort(-(a @ b.T), axis=1, kind="stable")[:, :3]
    assert (got.idx == full).all()


def test_top_k_reads_the_shared_product_bit_for_bit():
    """Both directions of a pair read one `cross_product`: the same neighbours and the
    same similarities, bit for bit, as multiplying chunk by chunk (narrow windows too)."""
    rng = np.random.default_rng(1)
    a = rng.standard_normal((700, 512)).astype(np.float32)
    b = rng.standard_normal((650, 512)).astype(np.float32)
    both = cross_product(a, b)
    assert both is not None
    for window in (40, 10_000):
        for x, y, shared in ((a, b, both), (b, a, both.T)):
            own, read = top_k(x, y, 3, window), top_k(x, y, 3, window, shared)
            assert np.array_equal(own.idx, read.idx) and np.array_equal(own.sim, read.sim)


def _partition_columns(block: np.ndarray, kk: int) -> np.ndarray:
    """The top-k columns as `top_k` picked them before `_top_columns` (a partition)."""
    return np.argpartition(-block, kk - 1, axis=1)[:, :kk]


@pytest.mark.parametrize("seed", range(6))
def test_top_columns_pick_the_partitions_set(seed):
    """The argmax passes pick the same column set per row as the partition did, with ties
    inside the top k, ties across its boundary (repeated columns: duplicate sentences),
    rounded values, narrow blocks and transposed (strided) blocks."""
    rng = np.random.default_rng(seed)
    block = rng.standard_normal((64, 40)).astype(np.float32)
    if seed % 2:
        block = np.round(block, 1)  # many equal values, some at the boundary
    block[:, 7] = block[:, 3]  # a repeated column
    block[5, :] = 0.5  # a row of equal values
    for view in (block, block.T, block[:, :2], block[:, :1]):
        for kk in range(1, min(4, view.shape[1]) + 1):
            got = np.sort(anchors._top_columns(view, kk), axis=1)
            want = np.sort(_partition_columns(view, kk), axis=1)
            assert np.array_equal(got, want), (seed, view.shape, kk)
    block[2, 4] = np.nan  # not finite: the partition itself
    got = anchors._top_columns(block, 3)
    assert np.array_equal(got, _partition_columns(block, 3))


def test_cross_product_is_bounded():
    wide = np.zeros((3000, 4), dtype=np.float32)
    assert cross_product(wide, wide) is None  # 9M cells: each direction multiplies its own


def test_anchor_path_is_heaviest_increasing_chain():
    i = np.array([0, 1, 1, 2, 3])
    j = np.array([0, 5, 1, 2, 3])
    w = np.array([1.0, 0.5, 1.0, 1.0, 1.0])
    assert anchor_path(i, j, w).tolist() == [[0, 0], [1, 1], [2, 2], [3, 3]]


def test_band_is_monotone_and_closed():
    lo, hi = band_from_anchors(np.array([[2, 3], [5, 5]]), 8, 9, 1)
    assert lo[0] == 0 and hi[-1] == 9
    assert (np.diff(lo) >= 0).all() and (np.diff(hi) >= 0).all() and (lo <= hi).all()


@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 60)), max_size=8),
    st.integers(1, 8),
)
def test_band_holds_every_anchor_and_never_inverts(points, width):
    # anchors with a long jump in one row (an anchor's end and the next anchor's start in
    # the same row, far apart): the row must span the jump, never lo > hi (a fuzz case
    # crashed the aligner with 3 short sentences against 23 cut pieces)
    n, m = 31, 61
    anchors = anchor_path(
        np.array([p[0] for p in points], dtype=np.int64),
        np.array([p[1] for p in points], dtype=np.int64),
        np.ones(len(points)),
    )
    lo, hi = band_from_anchors(anchors, n, m, width)
    assert (lo <= hi).all() and lo[0] == 0 and hi[-1] == m
    assert (np.diff(lo) >= 0).all() and (np.diff(hi) >= 0).all()
    for i, j in anchors.tolist():
        assert lo[i] <= j <= hi[i] and lo[i + 1] <= j + 1 <= hi[i + 1]


def test_band_spans_a_jump_along_one_row():
    lo, hi = band_from_anchors(np.array([[2, 1], [3, 2], [4, 22]]), 5, 23, 8)
    assert (lo <= hi).all() and lo[4] <= 3 and hi[4] >= 22


def test_banded_dp_matches_exhaustive_small_case():
    # scores favour a 2–1 at the start, then 1–1s; a full band must find it
    sim = {(0, 0): 0.2, (1, 0): 0.2, (2, 1): 0.9, (3, 2): 0.9}

    def score(a, b, ps, qs):
        if b == 0:
            return np.full(len(qs), -0.5)
        vals = []
        for p, q in zip(ps.tolist(), qs.tolist(), strict=True):
            if (a, b, p, q) == (2, 1, 0, 0):
                vals.append(1.0)
            else:
                vals.append(sim.get((p, q), 0.0) if (a, b) == (1, 1) else -1.0)
        return np.array(vals)

    lo, hi = np.zeros(5, dtype=np.int64), np.full(5, 3, dtype=np.int64)
    steps = banded_dp(4, 3, lo, hi, bead_types(3), score, np.full(3, -0.5))
    assert steps == [(2, 1), (1, 1), (1, 1)]


def _reference_dp(n, m, lo, hi, types, table, insert):
    """Cell-by-cell DP over the same band: the specification the vectorised DP must meet."""
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            options = [] if (i, j) != (0, 0) else [(0.0, None)]
            for a, b in types:
                if (i - a, j - b) in best:
                    options.append((best[(i - a, j - b)][0] + table[(a, b, i - a, j - b)], (a, b)))
            if (i, j - 1) in best:
                options.append((best[(i, j - 1)][0] + insert[j - 1], (0, 1)))
            if options:
                best[(i, j)] = max(options, key=lambda o: o[0])
    if (n, m) not in best:
        return None, None  # the band does not connect (0, 0) to (n, m)
    steps, i, j = [], n, m
    while (i, j) != (0, 0):
        a, b = best[(i, j)][1]
        steps.append((a, b))
        i, j = i - a, j - b
    return steps[::-1], best[(n, m)][0]


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 9), st.integers(2, 9), st.integers(1, 3), st.integers(0, 2**31 - 1))
def test_vectorised_dp_equals_cell_by_cell_dp(n, m, width, seed):
    rng = np.random.default_rng(seed)
    anchors = np.array([[i, round(i * m / n)] for i in range(0, n, 3) if round(i * m / n) < m])
    lo, hi = band_from_anchors(anchors.reshape(-1, 2), n, m, width)
    types = bead_types(3)
    table = {
        (a, b, p, q): float(rng.normal())
        for a, b in types
        for p in range(n + 1)
        for q in range(m + 1)
    }
    insert = rng.normal(size=m) - 0.5

    def score(a, b, ps, qs):
        cells = zip(ps.tolist(), qs.tolist(), strict=True)
        return np.array([table[(a, b, p, q)] for p, q in cells])

    ref_steps, ref_total = _reference_dp(n, m, lo, hi, types, table, insert)
    if ref_steps is None:  # a band with a gap is solved on the band made connected
        band = Band(lo, hi, types).connected()
        ref_steps, ref_total = _reference_dp(n, m, band.lo, band.hi, types, table, insert)
        assert ref_steps is not None
    steps = banded_dp(n, m, lo, hi, types, score, insert)
    total, i, j = 0.0, 0, 0
    for a, b in steps:
        total += insert[j] if (a, b) == (0, 1) else table[(a, b, i, j)]
        i, j = i + a, j + b
    assert (i, j) == (n, m)
    assert total == pytest.approx(ref_total)  # ties may pick another path of equal score


def test_band_dot_table_equals_direct_products_and_falls_back_outside_the_band():
    from provenance.align.pair import _BandDots, pair_dots

    rng = np.random.default_rng(3)
    a = rng.standard_normal((150, 16)).astype(np.float32)
    b = rng.standard_normal((170, 16)).astype(np.float32)
    lo = np.sort(rng.integers(-3, 160, size=150))
    hi = np.maximum.accumulate(lo + rng.integers(0, 40, size=150))
    table = _BandDots(a, b, lo, hi)
    ps = np.repeat(np.arange(150), 3)
    qs = np.clip(lo[ps] + rng.integers(0, 40, size=len(ps)), 0, None)
    qs = np.minimum(qs, np.minimum(hi[ps], 169))
    np.testing.assert_allclose(table(ps, qs), pair_dots(a, b, ps, qs), rtol=1e-5, atol=1e-5)
    outside = np.full(150, 169)  # beyond most rows' band: answered directly, still right
    np.testing.assert_allclose(table(np.arange(150), outside), a @ b[169], rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("seed", [0, 1])
def test_neighbour_margin_tables_score_like_direct_products(seed):
    """The scorer's band tables must give the scores of one `pair_dots` per lookup."""
    from provenance.align.dp import Band
    from provenance.align.pair import BeadScorer, Costs, _side

    rng = np.random.default_rng(seed)
    n, m, cfg = 90, 110, AlignConfig()

    def unit(k):
        v = rng.standard_normal((k, 32)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    src = _side([f"s {i}" * (i % 5 + 1) for i in range(n)], unit(n), np.zeros(n), cfg, Costs())
    tgt = _side([f"t {j}" * (j % 4 + 1) for j in range(m)], unit(m), np.zeros(m), cfg, Costs())
    anchors = np.array([[i, round(i * m / n)] for i in range(0, n, 7)])
    lo, hi = band_from_anchors(anchors, n, m, cfg.band)
    band = Band(lo, hi, bead_types(cfg.max_block, cfg.max_total))
    direct, tabled = BeadScorer(src, tgt), BeadScorer(src, tgt, band=band)
    for t, (a, b) in enumerate(band.types):
        _, ps, qs = band.cells[t]
        np.testing.assert_allclose(tabled(a, b, ps, qs), direct(a, b, ps, qs), atol=1e-6)


def test_number_vectors_and_fragment_skips():
    from provenance.bench.align_variants import Variant, number_vectors, skip_scores

    vecs = number_vectors(["Im Jahr 1899 waren es 1'200 m", "en 1899, 1.200 m", "aucun"], 64)
    assert vecs[0] @ vecs[1] == 2.0 and not vecs[2].any()
    cfg = Variant(fragment_words=3, fragment_skip=-0.05)
    texts = ["V", "■ iv V V .", "Ein ganz normaler Satz ."]
    lens = np.array([len(t) for t in texts], dtype=np.float64)
    assert skip_scores(lens, cfg, texts).tolist() == [-0.05, -0.05, cfg.skip]


def test_type_prior_is_relative_to_one_to_one_and_self_estimate_follows_the_pair():
    from provenance.bench.align_variants import TYPE_PRIOR, self_prior, type_log_prior

    types = bead_types(4, 5)
    log_prior = type_log_prior(types, TYPE_PRIOR)
    assert log_prior[(1, 1)] == 0.0
    assert log_prior[(1, 2)] > log_prior[(1, 3)] > log_prior[(1, 4)]
    assert log_prior[(0, 1)] < 0 and set(log_prior) == {*types, (0, 1)}
    # a pair that is all 2–1s makes 2–1 likelier than the published prior does
    freq = self_prior([(2, 1)] * 50 + [(1, 1)] * 50, types, strength=20.0)
    assert freq[(2, 1)] > TYPE_PRIOR[(2, 1)] and freq[(1, 4)] < freq[(2, 1)]
    assert sum(freq.values()) == pytest.approx(1.0, abs=0.01)


@pytest.mark.parametrize(
    "variant",
    [
        Variant(type_prior="gale-church", prior_weight=0.01),
        Variant(type_prior="self", prior_weight=0.01),
        Variant(length_unit="tokens", length_exp=2.0),
        Variant(cos_norm="z", norm_centre=0.13, norm_scale=0.15),
    ],
)
def test_cost_variants_still_solve_the_gold_cases(cached, variant):
    en = [*EN[:3], *EN[4:7], "Nobody in the group had expected such a storm.", *EN[7:]]
    beads = align_variant(DE, en, cached, variant)
    assert _covers(beads, len(DE), len(en))
    assert ([0], [0]) in beads and ([4], [3]) in beads and ([9], [9]) in beads
    assert align_variant(DE, EN, cached, variant) == [([i], [i]) for i in range(len(DE))]


def test_default_variant_aligns_as_the_product(cached):
    """The bench's variant machinery at its defaults must be the product aligner: the
    default row of `bench align --compare` is the product's figure."""
    en = [*EN[:3], *EN[4:7], "Nobody in the group had expected such a storm.", *EN[7:]]
    for tgt in (en, EN, EN[::-1]):
        assert align_variant(DE, tgt, cached, Variant()) == align_pair(DE, tgt, cached)


def test_score_definition():
    gold = [([0], [0]), ([1], [1, 2]), ([2], [])]
    hyp = [([0], [0]), ([1], [1]), ([], [2]), ([2], [])]
    s = score_alignments([gold], [hyp])
    # precision: 4 hypothesis beads, 2 exact; recall: gold 1-1 and 1-2 vs hyp non-null
    assert s.precision_strict == pytest.approx(2 / 4)
    assert s.recall_strict == pytest.approx(1 / 2)
    assert s.recall_lax == pytest.approx(1.0)


# --- chains --------------------------------------------------------------------------

WORDS = [
    "berg",
    "tal",
    "hütte",
    "seil",
    "gletscher",
    "wolke",
    "regen",
    "weg",
    "wald",
    "see",
    "fels",
    "grat",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
document = st.lists(sentence, min_size=0, max_size=12)


def _check_table(rows, docs):
    assert all(any(ids for ids in row) for row in rows)
    for d, doc in enumerate(docs):
        ids = [i for row in rows for i in row[d]]
        assert ids == list(range(len(doc)))  # every sentence exactly once, in order
    assert all(len(row) == len(docs) for row in rows)


@settings(max_examples=40, deadline=None)
@given(st.lists(document, min_size=2, max_size=4))
def test_chain_invariants(docs):
    rows = align_chain(docs, CachedEncoder(BagOfWords()))
    _check_table(rows, docs)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_compose_invariants_on_random_hops(data):
    lengths = data.draw(st.lists(st.integers(0, 10), min_size=2, max_size=5))
    hops = []
    for k in range(len(lengths) - 1):
        n, m = lengths[k], lengths[k + 1]
        beads, i, j = [], 0, 0
        while i < n or j < m:
            a = data.draw(st.integers(0 if j < m else 1, min(3, n - i)))
            b = data.draw(st.integers(0 if a else 1, min(3 if a else 1, m - j)))
            beads.append((list(range(i, i + a)), list(range(j, j + b))))
            i, j = i + a, j + b
        hops.append(beads)
    rows = compose(lengths, hops)
    _check_table(rows, [range(n) for n in lengths])


def test_chain_repairs_a_drop_and_readd_with_the_direct_pair():
    enc = CachedEncoder(BagOfWords())
    original = ["berg tal hütte", "seil gletscher wolke", "regen weg wald", "see fels grat"]
    pivot = ["berg tal hütte", "regen weg wald", "see fels grat"]  # drops sentence 1
    final = ["berg tal hütte", "seil gletscher wolke", "regen weg wald", "see fels grat"]
    rows = align_chain([original, pivot, final], enc)
    _check_table(rows, [original, pivot, final])
    assert [[1], [], [1]] in rows  # one row: the original and the re-added sentence


def test_chain_config_passes_through(encoder):
    rows = align_chain([DE[:3], EN[:3], DE[:3]], CachedEncoder(encoder), AlignConfig(band=4))
    assert rows == [[[i], [i], [i]] for i in range(3)]


# --- Text+Berg -----------------------------------------------------------------------


@pytest.mark.slow
def test_textberg_document(textberg, encoder):
    from provenance.bench.align import load_corpus

    doc = next(d for d in load_corpus(textberg) if d.name == "005")
    beads = align_pair(doc.src, doc.tgt, CachedEncoder(encoder))
    assert _covers(beads, len(doc.src), len(doc.tgt))
    s = score_alignments([doc.gold], [beads])
    assert s.f1_strict >= 0.85 and s.f1_lax >= 0.95


def test_cli_align_presplit_json(textberg, run_cli):
    import json

    res = run_cli(
        "align", str(textberg / "de" / "005"), str(textberg / "fr" / "005"),
        "--presplit", "--langs", "de,fr", "--format", "json",
    )  # fmt: skip
    assert res.code == 0
    data = json.loads(res.out)
    assert data["schema"] == "provenance.align/1"
    src = [i for a, _ in data["alignments"] for i in a]
    assert src == list(range(36))


def test_long_pair_with_narrow_window_follows_a_large_deletion():
    # 700 distinct sentences; the target lacks 150 of them in the middle. With a window
    # of 60 the anchor search must follow the shift, and the band must stay connected.
    rng = np.random.default_rng(1)
    vocab = [f"w{k}" for k in range(3000)]
    src = [" ".join(rng.choice(vocab, 6)) for _ in range(700)]
    tgt = src[:300] + src[450:]
    cfg = AlignConfig(window=60)
    beads = align_pair(src, tgt, CachedEncoder(BagOfWords()), cfg)
    assert _covers(beads, len(src), len(tgt))
    ones = {(s[0], t[0]) for s, t in beads if len(s) == 1 and len(t) == 1}
    assert sum((i, i) in ones for i in range(300)) >= 295
    assert sum((i, i - 150) in ones for i in range(450, 700)) >= 245


def test_bench_corpus_resolution_and_loading(textberg):
    from provenance.bench.align import default_corpus, load_corpus

    assert default_corpus().resolve() == textberg.resolve()
    docs = load_corpus(textberg)
    assert len(docs) == 7
    assert sum(len(d.src) for d in docs) == 991 and sum(len(d.tgt) for d in docs) == 1011
    for d in docs:  # gold ids are in range (gold beads need not be contiguous)
        assert all(0 <= i < len(d.src) for s, _ in d.gold for i in s)
        assert all(0 <= j < len(d.tgt) for _, t in d.gold for j in t)
