"""Parts of a text pooled in context (`provenance.embed.spans.InContext`) and the coverage
check's counterpart test built on them: a clause with no counterpart among the other
side's clauses is major even when its words' test leaves it minor."""

from __future__ import annotations

import pickle

import numpy as np
from conftest import one_line_pair

from provenance.checks import coverage
from provenance.embed import CachedEncoder
from provenance.embed.spans import InContext
from provenance.lang.cues import clauses
from provenance.model import Segment
from provenance.pairs import reference_stats

BASE = "Der Minister sagte am Montag, dass die Steuern im nächsten Jahr sinken werden."
SRC = "Die Stadt baut eine neue Brücke über den Fluss, die im Herbst fertig sein soll."
FAITHFUL = (
    "The city is building a new bridge across the river, and it is due to be completed "
    "in the autumn."
)
ADDED = (
    "The city is building a new bridge over the river, which should be finished in the "
    "autumn, while the orchestra rehearsed a symphony by Brahms."
)


def test_a_part_in_context_is_pooled_from_its_base(encoder) -> None:
    cut = BASE.index("dass")
    whole, clause, edited = encoder.encode_edits(
        [
            (BASE, InContext(BASE, 0, len(BASE))),
            (BASE, InContext(BASE, cut, len(BASE))),
            (BASE, BASE[:cut].rstrip(", ") + "."),
        ]
    )
    alone = encoder.encode([BASE, BASE[cut:], BASE[:cut].rstrip(", ") + "."])
    assert float(whole @ alone[0]) > 0.9999  # the whole text pooled is its embedding
    assert 0.9 < float(clause @ alone[1]) < 0.9999  # a clause: the clause in context
    np.testing.assert_allclose(edited, alone[2], atol=2e-6)  # other edits unchanged


def test_a_part_in_context_has_a_cache_key_of_its_own(encoder) -> None:
    part = InContext(BASE, 0, 28)
    assert part == InContext(BASE, 0, 28) and str(part) == BASE[:28]
    assert part != BASE[:28] and part != InContext(BASE + " Ja.", 0, 28)
    again = pickle.loads(pickle.dumps(part))
    assert again == part and (again.base, again.start, again.end) == (BASE, 0, 28)
    cached = CachedEncoder(encoder)
    pooled, plain = cached.encode([part, BASE[:28]])
    assert cached.encoded == 2 and float(pooled @ plain) < 0.9999
    np.testing.assert_array_equal(cached.encode([part])[0], pooled)


def test_an_added_clause_has_no_counterpart_a_translated_one_has(encoder) -> None:
    embed = CachedEncoder(encoder).encode
    shorter = Segment(0, "de", [0], [SRC])
    best = {}
    for text in (ADDED, FAITHFUL):
        longer = Segment(1, "en", [0], [text])
        best[text] = [coverage.counterpart(c, longer, shorter, embed) for c in clauses(text, "en")]
    assert best[ADDED][-1] < 0.2 and min(best[ADDED][:-1]) > 0.6, best  # Brahms: none
    assert min(best[FAITHFUL]) > 0.6, best  # every clause has its counterpart


def _check(tgt: str, encoder) -> list:
    embed = CachedEncoder(encoder).encode
    vs, vt = embed([SRC, tgt])
    pair = one_line_pair(
        SRC, "de", tgt, "en", float(vs @ vt), stats=reference_stats("de", "en"), embed=embed
    )
    check = coverage.CoverageCheck()
    check.prepare([pair])
    return check(pair)


def test_a_clause_without_counterpart_is_major_when_its_words_say_minor(
    encoder, monkeypatch
) -> None:
    # The words' test would leave the part minor (every word has a counterpart) ...
    monkeypatch.setattr(coverage, "uncovered_words", lambda *a, **k: 0)
    monkeypatch.setattr(coverage, "COUNTERPART", 0.2)
    found = _check(ADDED, encoder)
    assert [f.severity for f in found] == ["major"], found
    assert found[0].detail["counterpart_similarity"] <= 0.2
    assert "Brahms" in found[0].message
    # ... and a row whose clauses all have one is not made major.
    monkeypatch.setattr(coverage, "COUNTERPART", 0.5)
    assert not [f for f in _check(FAITHFUL, encoder) if f.severity != "minor"]


def test_a_part_whose_tokens_cannot_be_placed_is_embedded_on_its_own(encoder, monkeypatch):
    from provenance.embed import edits

    monkeypatch.setattr(edits.EditEncoder, "_pieces", lambda self, text, n: None)
    cut = BASE.index("dass")
    (got,) = encoder.encode_edits([(BASE, InContext(BASE, cut, len(BASE)))])
    np.testing.assert_allclose(got, encoder.encode([BASE[cut:]])[0], atol=2e-6)
