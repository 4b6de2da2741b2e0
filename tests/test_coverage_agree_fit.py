"""The fit of the coverage check's rule for a minor added part
(`provenance.bench.coverage_agree_fit`): its feature extraction on two constructed rows
with the real encoder, not the corpus."""

from __future__ import annotations

import pytest

from provenance.bench import coverage_agree_fit as fit
from provenance.checks import coverage

SRC = "Клуб продлил контракт со своим тренером до лета 2025 года."
TGT = "The club has extended its coach's contract until the summer of 2025"
ADDED = "and we all know what that means."


@pytest.mark.slow
def test_part_flags_read_what_the_rule_reads(encoder) -> None:
    """An added clause of common words gets the part test's minor flag with the rule
    off; the fit reads it as a clause of seven words that keeps next to nothing of the
    source, on the planted span, promoted at the shipped setting. A faithful row has no
    flag. The rule is on again afterwards."""
    added = f"{TGT}, {ADDED}"
    start = added.index(ADDED)
    rows = [
        fit.Row("faithful", "faithful", "ru", "en", SRC, f"{TGT}."),
        fit.Row("added", "added", "ru", "en", SRC, added, (start, len(added))),
    ]
    words = coverage.AGREE_WORDS
    flags = fit.part_flags(rows, encoder)
    assert words == coverage.AGREE_WORDS  # the rule is on again
    assert [(f.group, f.text) for f in flags] == [("added", ADDED)]
    (flag,) = flags
    assert flag.clause and flag.planted and flag.words == 7
    assert flag.other <= coverage.ADDED_OTHER
    assert flag.own - flag.other >= coverage.ADDED_DROP
    assert flag.uncovered >= coverage.AGREE_UNCOVERED
    shipped = (coverage.AGREE_WORDS, coverage.ADDED_OTHER, coverage.ADDED_DROP)
    assert flag.promoted(*shipped, coverage.AGREE_UNCOVERED, any_part=False)
    assert not flag.promoted(8, *shipped[1:], coverage.AGREE_UNCOVERED, any_part=False)
    table = fit.grid(flags, coverage.AGREE_UNCOVERED)
    assert table[0][:2] == (0, 1)
    assert len(table) == len(fit.GRID_WORDS) * len(fit.GRID_OTHER) * len(fit.GRID_DROP)
