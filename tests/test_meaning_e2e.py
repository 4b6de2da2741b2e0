"""The meaning checks end to end: `provenance pairs` on a TSV and `provenance check` on a
German → Russian → English chain; plus the suite's shape (the benchmark's input)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.bench.meaning import EXPECTED, LANG_PAIRS, load_suite

PAIRS = [
    # faithful
    ("Die Regierung wird die Steuern im kommenden Jahr nicht erhöhen.",
     "The government will not raise taxes next year."),
    ("Die Schulen bleiben bis Montag geschlossen.", "Schools will stay closed until Monday."),
    ("Das Gericht hat die Klage der Journalisten abgewiesen.",
     "The court dismissed the journalists' lawsuit."),
    ("Die Zentralbank hat den Leitzins unverändert gelassen.",
     "The central bank left its key interest rate unchanged."),
    # negation flip, hedge hardened, code-mixed
    ("Russland hat den Vertrag nicht unterzeichnet.", "Russia has signed the treaty."),
    ("Die beiden Konzerne werden möglicherweise fusionieren.", "The two groups will merge."),
    ("Das Ergebnis der Abstimmung ist noch nicht bekannt.",
     "The result of the vote ist noch nicht bekannt."),
]  # fmt: skip


@pytest.fixture
def tsv(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.tsv"
    path.write_text("\n".join(f"{s}\t{t}" for s, t in PAIRS) + "\n", encoding="utf-8")
    return path


def test_pairs_flags_and_ranks_drift(run_cli, tsv: Path) -> None:
    res = run_cli("pairs", str(tsv), "--langs", "de,en", "--format", "jsonl")
    assert res.code == 0, res.err
    lines = [json.loads(x) for x in res.out.splitlines()]
    assert [x["line"] for x in lines] == list(range(1, len(PAIRS) + 1))
    types = [{f["type"] for f in x["flags"]} for x in lines]
    assert "negation" in types[4]
    assert "modality" in types[5]
    assert "untranslated" in types[6]
    for x in lines[:4]:
        assert not [f for f in x["flags"] if f["severity"] in ("critical", "major")], x
    drift = [x["drift"] for x in lines]
    assert all(0.0 <= d <= 1.0 for d in drift)
    assert min(drift[4:]) > max(drift[:4])
    # Spans point into the sentences they quote.
    for x in lines:
        for f in x["flags"]:
            for sp in f["spans"]:
                text = PAIRS[x["line"] - 1][sp["document"]]
                assert text[sp["start"] : sp["end"]] == sp["text"]


def test_check_chain_attributes_hop_and_scores_rows(run_cli, tmp_path: Path) -> None:
    de = (
        "Die Regierung wird die Steuern im kommenden Jahr nicht erhöhen. "
        "Die Wahl könnte auf den Herbst verschoben werden. "
        "Die Schulen bleiben bis Montag geschlossen."
    )
    ru = (
        "Правительство будет повышать налоги в следующем году. "
        "Выборы могут быть перенесены на осень. "
        "Школы останутся закрытыми до понедельника."
    )
    en = ("The government will raise taxes next year. "
          "The election will be postponed until autumn. "
          "Schools will stay closed until Monday.")  # fmt: skip
    paths = []
    for name, text in (("1.de.txt", de), ("2.ru.txt", ru), ("3.en.txt", en)):
        p = tmp_path / name
        p.write_text(text + "\n", encoding="utf-8")
        paths.append(str(p))
    res = run_cli("check", *paths, "--langs", "de,ru,en", "--format", "json")
    assert res.code == 0, res.err
    report = json.loads(res.out)
    neg = [f for f in report["flags"] if f["type"] == "negation"]
    mod = [f for f in report["flags"] if f["type"] == "modality"]
    # The negation was lost German → Russian and carried on: one flag, hop [0, 1].
    assert len(neg) == 1 and neg[0]["hop"] == [0, 1] and neg[0]["severity"] == "critical"
    # The hedge survived into Russian ("могут") and was hardened into English.
    assert len(mod) == 1 and mod[0]["hop"] == [1, 2]
    drift = {int(k): v for k, v in report["drift"].items()}
    assert set(drift) == {a["id"] for a in report["alignments"]}
    flagged = {f["alignment"] for f in report["flags"] if f["severity"] in ("critical", "major")}
    clean = [drift[a] for a in drift if a not in flagged]
    assert flagged and clean and min(drift[a] for a in flagged) > max(clean)


def test_suite_is_large_varied_and_well_formed() -> None:
    items = load_suite()
    assert len({it.id for it in items}) == len(items)
    for it in items:
        assert set(it.base) == {"de", "ru", "en"}, it.id
        for lg, _kind, text in it.perturbed:
            assert text != it.base[lg], it.id
    kinds = {k for it in items for _lg, k, _t in it.perturbed}
    assert kinds == set(EXPECTED)
    pair_cases = sum(
        1 for it in items for lg, _k, _t in it.perturbed for _a, b in LANG_PAIRS if b == lg
    )
    assert pair_cases >= 200
    assert sum(len(it.controls) for it in items) >= 60
