"""Hop attribution: each drift once, on the hop where it first appears."""

from __future__ import annotations

from provenance.model import Document, Finding
from provenance.trace.attribution import CORRECTED_PREFIX, attribute

DOCS = [
    Document("a.de.txt", "de", ["Sie besuchte 40 Städte am Dienstag."]),
    Document("b.ru.txt", "ru", ["Она посетила 14 городов в четверг."]),
    Document("c.en.txt", "en", ["She visited 14 cities on Tuesday."]),
]
ROWS = [[[0], [0], [0]]]


def num(key: str = "number:40", src: tuple[int, int] = (13, 15), tgt: tuple[int, int] = (13, 15)):
    return Finding("number", "critical", "40 became 14", key, [src], [tgt])


def test_carried_drift_is_one_flag_on_the_first_hop_with_spans_in_every_language():
    findings = {(0, 1): {0: [num()]}, (1, 2): {0: []}, (0, 2): {0: [num(tgt=(12, 14))]}}
    flags = attribute(DOCS, ROWS, findings)
    assert len(flags) == 1
    f = flags[0]
    assert (f.type, f.severity, f.hop) == ("number", "critical", (0, 1))
    assert [s.document for s in f.spans] == [0, 1, 2]
    assert f.spans[2].text == "14"


def test_drift_on_the_last_hop_is_reported_there():
    findings = {(0, 1): {}, (1, 2): {0: [num()]}, (0, 2): {0: [num()]}}
    (f,) = attribute(DOCS, ROWS, findings)
    assert f.hop == (1, 2)
    # The original's span is shown too: the drift is visible in all three documents.
    assert [s.document for s in f.spans] == [0, 1, 2]


def test_drift_undone_later_is_one_minor_corrected_flag():
    wrong = Finding(
        "date", "critical", "Dienstag became четверг", "date:tue", [(27, 35)], [(28, 35)]
    )
    undo = Finding("date", "critical", "четверг became Tuesday", "date:thu", [(28, 35)], [(27, 34)])
    findings = {(0, 1): {0: [wrong]}, (1, 2): {0: [undo]}, (0, 2): {0: []}}
    flags = attribute(DOCS, ROWS, findings)
    assert len(flags) == 1
    f = flags[0]
    assert (f.type, f.severity, f.hop) == ("date", "minor", (0, 1))
    assert f.message.startswith(CORRECTED_PREFIX)
    assert f.detail["corrected_later"] is True and f.detail["severity"] == "critical"


def test_corrected_without_a_visible_undo_is_still_corrected():
    findings = {(0, 1): {0: [num()]}, (1, 2): {0: []}, (0, 2): {0: []}}
    (f,) = attribute(DOCS, ROWS, findings)
    assert f.severity == "minor" and f.hop == (0, 1) and f.detail["corrected_later"]


def test_end_to_end_only_drift_goes_to_the_weakest_hop():
    findings = {(0, 1): {}, (1, 2): {}, (0, 2): {0: [num()]}}
    (f,) = attribute(DOCS, ROWS, findings, similarity=[[0.9, 0.6]])
    assert f.hop == (1, 2) and f.detail["end_to_end"] is True
    (g,) = attribute(DOCS, ROWS, findings, similarity=[[0.5, 0.8]])
    assert g.hop == (0, 1)


def test_hop_dependent_keys_are_matched_by_overlapping_spans():
    # The same drift normalised from two source languages got two keys.
    hop = Finding("entity", "minor", "Токаев became Tokayev", "entity:tokai", [(0, 5)], [(13, 20)])
    end = Finding(
        "entity", "minor", "Tokajew became Tokayev", "entity:tokaev", [(0, 5)], [(13, 20)]
    )
    other = Finding("entity", "major", "Clan is missing", "entity:clan", [(30, 34)], [])
    findings = {(0, 1): {0: [other]}, (1, 2): {0: [hop]}, (0, 2): {0: [end]}}
    flags = attribute(DOCS, ROWS, findings)
    by_key = {f.message: f for f in flags}
    assert len(flags) == 2
    assert by_key["Токаев became Tokayev"].hop == (1, 2)
    assert by_key["Токаев became Tokayev"].severity == "minor"
    # The unrelated (0, 1) finding was not swallowed; it is gone end to end: corrected.
    assert by_key[CORRECTED_PREFIX + "Clan is missing"].severity == "minor"


def test_pure_pair_reports_every_finding_once():
    docs = DOCS[:2]
    rows = [[[0], [0]]]
    a = num()
    b = Finding("date", "major", "Dienstag became четверг", "date:tue", [(27, 35)], [(28, 35)])
    findings = {(0, 1): {0: [a, b, num()]}}
    flags = attribute(docs, rows, findings)
    assert sorted(f.type for f in flags) == ["date", "number"]
    assert all(f.hop == (0, 1) for f in flags)
    assert flags[0].severity == "critical"  # worst first


def test_findings_on_different_rows_stay_apart():
    docs = [Document(d.path, d.lang, d.sentences * 2) for d in DOCS]
    rows = [[[0], [0], [0]], [[1], [1], [1]]]
    findings = {
        (0, 1): {0: [num()], 1: [num()]},
        (1, 2): {},
        (0, 2): {0: [num()], 1: [num()]},
    }
    flags = attribute(docs, rows, findings)
    assert [(f.alignment, f.hop) for f in flags] == [(0, (0, 1)), (1, (0, 1))]
