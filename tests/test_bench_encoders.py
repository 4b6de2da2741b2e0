"""`provenance bench encoders`: the model-load timings it reports."""

import pytest

from provenance.bench.encoders import load_times


@pytest.mark.slow  # compares timings
def test_load_times_cover_each_part_and_the_snapshot_beats_inflating():
    times = load_times(repeats=1)
    assert set(times) == {
        "tokenizer (C++ sentencepiece)",
        "arrays from the shipped weights.npz",
        "arrays from the snapshot (table mapped)",
        "whole encoder (UseEncoder())",
    }
    assert all(t > 0 for t in times.values())
    # Mapping the table and reading ~14 MB cannot cost what inflating 79 MB does.
    assert (
        times["arrays from the snapshot (table mapped)"]
        < times["arrays from the shipped weights.npz"]
    )
