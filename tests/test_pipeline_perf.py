"""What makes `check` cheap must not change what it finds: shared similarity tables,
per-text memos, and the coverage check's one encoder call per document pair."""

from __future__ import annotations

import numpy as np

from provenance.checks.base import clear_memos
from provenance.checks.coverage import CoverageCheck
from provenance.checks.negation import polarity
from provenance.embed import CachedEncoder
from provenance.model import Document
from provenance.pipeline import (
    check_documents,
    pair_similarities,
    row_segments,
    similarity_of,
    views_for,
)

DE = [
    "Die Regierung hat am Montag einen neuen Haushalt vorgestellt.",
    "Der Minister sagte, die Steuern würden nicht steigen.",
    "Viele Bürger sind mit der Politik unzufrieden.",
    "Die Opposition kritisierte den Plan scharf.",
    "Im Sommer sollen neue Schulen gebaut werden.",
    "Der Bürgermeister eröffnete gestern die neue Brücke über den Fluss, die zehn Jahre "
    "lang gebaut worden war, und dankte den Arbeitern für ihre Geduld.",
]
EN = [
    "The government presented a new budget on Monday.",
    "The minister said taxes would not rise.",
    "Many citizens are unhappy with the policy.",
    "The opposition sharply criticised the plan.",
    "New schools are to be built in the summer.",
    "The mayor opened the new bridge yesterday.",  # the rest of the sentence dropped
]
DOCS = [Document("a.de.txt", "de", DE), Document("b.en.txt", "en", EN)]
ROWS = [[[i], [i]] for i in range(len(DE))]


class CountingEncoder:
    """An encoder that counts the calls that reach it."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        return self.inner.encode(texts)


def test_pair_similarities_are_those_of_similarity_of(encoder) -> None:
    docs = [Document("a", "de", DE[:3]), Document("b", "en", EN[:3])]
    rows = [[[0], [0]], [[1, 2], [1]], [[], [2]]]
    cached = CachedEncoder(encoder)
    segments = row_segments(docs, rows)
    sims = pair_similarities(segments, 0, 1, cached)
    assert sims == [similarity_of(cached, s[0], s[1]) for s in segments]  # bit-identical
    assert sims[2] is None and all(isinstance(s, float) for s in sims[:2])


def test_coverage_embeds_a_document_pair_in_one_call(encoder) -> None:
    counting = CountingEncoder(encoder)
    cached = CachedEncoder(counting)
    cached.encode(DE + EN)
    views = views_for(DOCS, ROWS, 0, 1, cached)
    check = CoverageCheck()
    before = counting.calls
    check.prepare(views)
    # The examined rows' candidate texts at once, then their single words at once (apart:
    # a batch is padded to its longest text).
    assert counting.calls == before + 2
    found = [f for v in views for f in check(v)]
    assert counting.calls == before + 2  # the rows found them cached
    assert [f.type for f in found] == ["omission"]
    # The same findings as without `prepare`, on a fresh cache.
    fresh = CachedEncoder(encoder)
    unprepared = [f for v in views_for(DOCS, ROWS, 0, 1, fresh) for f in check(v)]
    assert [(f.key, f.severity, f.src_spans) for f in unprepared] == [
        (f.key, f.severity, f.src_spans) for f in found
    ]


def test_per_text_analyses_are_memoised_and_clearable() -> None:
    clear_memos()
    first = polarity("Er kam nicht, weil es regnete.", "de")
    assert polarity("Er kam nicht, weil es regnete.", "de") is first
    clear_memos()
    again = polarity("Er kam nicht, weil es regnete.", "de")
    assert again is not first and again == first


def test_one_clear_forgets_extractions_and_cue_preparation_too() -> None:
    from provenance.extract import numbers
    from provenance.lang import cues

    text = "Der Umsatz stieg um 40 Prozent."
    clear_memos()
    quantities, clauses = numbers._extract(text, "de"), cues.clauses(text, "de")
    assert numbers._extract(text, "de") is quantities and cues.clauses(text, "de") is clauses
    clear_memos()
    assert numbers._extract(text, "de") is not quantities
    assert cues.clauses(text, "de") is not clauses


def test_report_times_each_stage_in_cpu_seconds(encoder) -> None:
    report = check_documents(DOCS, [CoverageCheck()], encoder)
    stages = {"embed", "align", "similarity", "views", "checks", "attribution", "drift"}
    assert stages <= set(report.cpu_timings) and stages <= set(report.timings)
    assert all(v >= 0 for v in report.cpu_timings.values())


def test_a_run_collects_less_often_and_restores_the_callers_threshold(encoder) -> None:
    import gc

    from provenance import pipeline

    seen: list[tuple[int, int, int]] = []

    class Probe:
        name, types = "probe", ("meaning",)

        def __call__(self, pair):
            seen.append(gc.get_threshold())
            return []

    before = gc.get_threshold()
    gc.set_threshold(500, 7, 9)
    try:
        check_documents(DOCS, [Probe()], encoder)
        assert gc.get_threshold() == (500, 7, 9)
    finally:
        gc.set_threshold(*before)
    assert seen and all(t == (pipeline.RUN_GC_THRESHOLD, 7, 9) for t in seen)


class _Garbage:
    """A check that leaves `n` young objects alive until the run ends (as memos do)."""

    name, types = "garbage", ("meaning",)

    def __init__(self, n: int = 20_000) -> None:
        self.n, self.kept = n, []

    def __call__(self, pair):
        if not self.kept:
            self.kept = [[k] for k in range(self.n)]
        return []


def test_a_run_promotes_its_objects_without_examining_them(encoder) -> None:
    """The run's own objects leave the young generation unexamined (`promote_young`):
    no collection runs over them, in the run or at the caller's next allocation."""
    import gc

    from provenance import pipeline

    collections: list[int] = []

    def heard(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(heard)
    try:
        check_documents(DOCS, [_Garbage()], encoder)
        young_after = gc.get_count()[0]
    finally:
        gc.callbacks.remove(heard)
    assert young_after < 700 and not collections  # ~20,000 young objects without it
    assert pipeline._runs == 0


def test_promotion_leaves_frozen_objects_frozen_and_is_bounded(encoder, monkeypatch) -> None:
    import gc

    from provenance import pipeline

    gc.freeze()  # as the batch fork server does: `unfreeze` would thaw these
    try:
        frozen = gc.get_freeze_count()
        check_documents(DOCS, [_Garbage()], encoder)
        assert 0 < gc.get_freeze_count() <= frozen  # (frozen objects may die in the run)
    finally:
        gc.unfreeze()
    full: list[int] = []

    def heard(phase, info):
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    monkeypatch.setattr(pipeline, "PROMOTE_BOUND", 1_000)  # past it: a full collection
    gc.callbacks.append(heard)
    try:
        check_documents(DOCS, [_Garbage()], encoder)
    finally:
        gc.callbacks.remove(heard)
    assert full


def test_pairs_collects_as_check_but_not_between_lines(encoder, tmp_path, monkeypatch) -> None:
    import gc

    from provenance import pairs, pipeline

    inside: list[tuple[int, int, int]] = []

    class Probe:
        name, types = "probe", ("meaning",)

        def __call__(self, pair):
            inside.append(gc.get_threshold())
            return []

    monkeypatch.setattr(pairs.checks_mod, "select", lambda skip, only: [Probe()])
    path = tmp_path / "p.tsv"
    path.write_text("".join(f"{s}\t{t}\n" for s, t in zip(DE, EN, strict=False)))
    before = gc.get_threshold()
    gc.set_threshold(500, 7, 9)
    try:
        seen = [gc.get_threshold() for _ in pairs.check_pairs(str(path), "de,en", encoder=encoder)]
    finally:
        gc.set_threshold(*before)
    assert len(seen) == len(DE) and set(seen) == {(500, 7, 9)}
    assert inside and set(inside) == {(pipeline.RUN_GC_THRESHOLD, 7, 9)}


def test_checks_run_check_by_check_in_batches_with_the_same_findings(encoder, monkeypatch) -> None:
    """`run_checks` takes each check over a batch of rows; the findings of every row, and
    their order, must not depend on where the batches are cut."""
    from provenance import checks as checks_mod
    from provenance import pipeline

    check_list = checks_mod.select([])
    cached = CachedEncoder(encoder)
    views = views_for(DOCS, ROWS, 0, 1, cached)

    def findings(rows_per_batch: int) -> dict:
        monkeypatch.setattr(pipeline, "ROWS_PER_BATCH", rows_per_batch)
        clear_memos()
        return pipeline.run_checks(check_list, views)

    whole = findings(1000)
    assert any(whole.values())  # the dropped clause at least
    for size in (1, 2, 4):
        assert findings(size) == whole


def test_a_segment_is_empty_exactly_when_it_has_no_sentence(encoder) -> None:
    # `Segment.empty` is set once, at construction (the checks read it on every row).
    segments = row_segments(DOCS, [[[0], []], [[], [1]], [[2, 3], [2]]])
    assert [[s.empty for s in row] for row in segments] == [
        [False, True],
        [True, False],
        [False, False],
    ]
    views = views_for(DOCS, [[[0], []], [[1], [1]]], 0, 1, CachedEncoder(encoder))
    assert [v.both_sides for v in views] == [False, True]


def test_clipped_similarity_is_numpys_clip() -> None:
    """`_clipped` answers `float(np.clip(dot, -1, 1))` for in-range, out-of-range and NaN dots."""
    import math

    import numpy as np

    from provenance.pipeline import _clipped

    for dot in (0.25, -1.0, 1.0, 1.0000001, -1.5, 0.0):
        for v in (np.float32(dot), np.float64(dot)):
            assert _clipped(v) == float(np.clip(v, -1.0, 1.0))
    assert math.isnan(_clipped(np.float32("nan")))


def test_cached_vectors_come_back_as_stacked_float32_rows(encoder) -> None:
    import numpy as np

    cached = CachedEncoder(encoder)
    texts = [DE[0], EN[1], DE[0]]
    out = cached.encode(texts)
    assert out.dtype == np.float32 and out.shape == (3, cached.dim)
    assert np.array_equal(out, np.stack([cached._cache[t] for t in texts]))
    assert cached.encode([]).shape == (0, cached.dim)


def test_clause_breaks_are_the_lookahead_patterns() -> None:
    """`_PUNCT_BREAK` opens with its character class (searched for, not tried at every
    position) and finds what the pattern with the digit test in front found."""
    import random
    import re

    from provenance.lang import cues

    before = re.compile(r"(?!(?<=\d)[,:]\d)[\s,;:()\u2013\u2014](?:(?<!\s)|(?<=\s)-\s)")
    rng = random.Random(0)
    alphabet = " ,;:()\u2013\u20141a-.\n9"
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in cues._PUNCT_BREAK.finditer(s)] == [
            m.span() for m in before.finditer(s)
        ], s
    # a comma or colon between digits is no break; a comma and a spaced dash are
    assert [m.end() for m in cues._PUNCT_BREAK.finditer("150,000 und 10:30, dann - so")] == [18, 26]


def _row_loop_before(cand: np.ndarray, s: np.ndarray, first: bool):
    """The DP's row step as it was written before round 16 (`align/dp.py: Band.solve`)."""
    w = cand.shape[1]
    arg = cand.argmax(axis=0).astype(np.int8)
    best = cand[arg, np.arange(w)]
    arg[best == -np.inf] = -2
    if first:
        best[0], arg[0] = 0.0, -2
    shifted = best - s
    run = np.maximum.accumulate(shifted)
    idx = np.arange(w)
    src = np.maximum.accumulate(np.where(shifted >= run, idx, -1))
    via_skip = (src < idx) & (run > -np.inf)
    return np.where(via_skip, run + s, best), np.where(via_skip, np.int8(-1), arg)


def test_the_dp_row_step_is_the_earlier_one_bit_for_bit() -> None:
    """Round 16 takes a row's best by `max` and tells a skip-reached cell by `shifted <
    run`: the same values and moves as before on rows with ties, unreachable cells and
    NaN scores."""
    from provenance.align.dp import row_step

    rng = np.random.default_rng(0)
    for trial in range(500):
        w, t = int(rng.integers(1, 12)), int(rng.integers(1, 8))
        cand = rng.choice([-np.inf, 0.0, 0.5, 1.0, rng.random()], size=(t, w))
        if trial % 7 == 0:
            cand[rng.integers(t), rng.integers(w)] = np.nan
        skips = np.concatenate([[0.0], np.cumsum(rng.choice([0.0, 0.1, 0.3], size=w - 1))])
        skips += rng.random()
        want = _row_loop_before(cand.copy(), skips, trial % 2 == 0)
        got = row_step(cand.copy(), skips, trial % 2 == 0)
        np.testing.assert_array_equal(got[0], want[0])
        np.testing.assert_array_equal(got[1], want[1])
