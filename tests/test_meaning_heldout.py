"""The held-out antonym/tense set: its shape, and that it is new text, not the suite's."""

from __future__ import annotations

from provenance.bench.meaning import HELDOUT, SUITE, load_suite


def test_heldout_shape_and_independence():
    items = load_suite(HELDOUT)
    assert all({"de", "ru", "en"} <= set(it.base) for it in items)
    kinds = [k for it in items for _, k, _ in it.perturbed]
    assert kinds.count("antonym") + kinds.count("tense") >= 30
    assert set(kinds) <= {"antonym", "tense"}
    assert sum(len(it.controls) for it in items) >= 20
    suite_text = SUITE.read_text(encoding="utf-8")
    sentences = [t for it in items for t in it.base.values()]
    sentences += [t for it in items for _, t in it.controls]
    sentences += [t for it in items for _, _, t in it.perturbed]
    assert not [t for t in sentences if t in suite_text]
