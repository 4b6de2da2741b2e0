"""`provenance bench batch` on a tiny archive: every configuration runs, and the figures it
derives (speed-ups, overheads, the archive size where overhead falls within 10 %) agree
with the runs they come from."""

from __future__ import annotations

import pytest

from provenance.bench import batch as bench_batch


@pytest.mark.slow
def test_bench_batch_runs_each_configuration_and_derives_its_figures(tmp_path) -> None:
    result = bench_batch.main(items=6, json_out=tmp_path / "batch.json", spawn=False)
    assert (tmp_path / "batch.json").exists()
    assert result["bytecode_compiled"] is True  # a checkout is writable
    for name in ("one_worker", "one_worker_threads_per_core", "two_workers"):
        run = result[name]
        assert run["items"] == 6 and run["errors"] == 0
        assert run["check_mean_s"] > 0 and run["startup_s"] > 0
        # The overhead is the workers' time not spent checking; at least the start-up.
        assert run["overhead_ratio"] >= run["overhead_ratio_without_startup"]
        # Each worker waited for its first item (the fork server's load at least) and the
        # once-a-run part of the overhead fits in the run.
        assert all(run["preload_s"] <= w < run["wall_s"] for w in run["wait_for_first_check_s"])
        assert all(0 <= w < run["wall_s"] for w in run["idle_after_last_check_s"])
        assert 0 < run["fixed_overhead_s"] <= run["wall_s"] * run["workers"] + 0.01
        n_star = run["items_for_10pct_overhead"]
        assert n_star is None or n_star >= 1
    one, fast_one, two = (
        result[k] for k in ("one_worker", "one_worker_threads_per_core", "two_workers")
    )
    assert result["speedup_2_vs_1"] == pytest.approx(
        two["items_per_s"] / one["items_per_s"], rel=1e-2
    )
    fastest = max(one["items_per_s"], fast_one["items_per_s"])
    assert result["speedup_2_vs_fastest_1"] == pytest.approx(two["items_per_s"] / fastest, rel=1e-2)
    assert result["speedup_2_vs_fastest_1"] <= result["speedup_2_vs_1"] + 1e-9
    assert set(result["targets"]) == {
        "speedup_2_vs_1_ge_1.6",
        "overhead_le_10pct_one_worker",
        "overhead_le_10pct_two_workers",
        "peak_rss_le_1gb",
    }


def test_items_within_a_share_of_the_check_time() -> None:
    # 0.8 s of start-up, 1 ms a item besides, 40 ms a check: 10 % is 4 ms an item, 3 ms of it
    # for the start-up, so 0.8 / 0.003 = 266.7 -> 267 items.
    assert bench_batch.items_within(0.10, 0.8, 0.001, 0.040) == 267
    assert bench_batch.items_within(0.10, 0.0, 0.001, 0.040) == 1
    assert bench_batch.items_within(0.10, 0.8, 0.0041, 0.040) is None  # the rest alone is > 10 %
    assert bench_batch.items_within(0.10, 0.8, 0.005, 0.040) is None
