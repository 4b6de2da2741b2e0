"""The antonym check's mentions read by context (German "vor"/"nach" before an event or a
time), confirmed by a window-level probe; and the round-11 lexicon entries."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks import antonyms
from provenance.checks.antonyms import AntonymCheck, mentions
from provenance.lang.de.antonyms import order_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Club steigt nach fünf Erstliga-Jahren ab.", ["nach"]),
        ("zwei Spieltage vor dem Saisonende der Serie A", ["vor"]),
        ("Einen Tag nach Klein legte die FDP ein Konzept vor.", ["nach"]),
        ("noch kurz vor Ferienbeginn", ["vor"]),
        ("Vor den bereits offiziell angepeilten Rennen in Bahrain", ["Vor"]),
        ("Sie verließen ihn vor Beginn der Sperrstunde.", ["vor"]),
        ("Direkt vor dem Flug nach A Coruña", ["vor"]),  # a place: "to"
        ("Er sprach von der Angst vor dem Virus.", []),  # "fear of"
        ("Die Suche nach dem Täter läuft.", []),  # "search for"
        ("Das war vor drei Jahren.", []),  # "ago"
        ("nach Angaben der Polizei", []),  # "according to"
        ("Sie fuhren nach Kalifornien.", []),  # a place
        ("vor allem die Jugend", []),
        ("nach wie vor Probleme", []),
        ("Meiner Meinung nach ist die Lage ernst.", []),  # a postposition
        ("Fans standen vor dem Rathaus.", []),  # "in front of"
    ],
)
def test_order_by_context(text, expected):
    assert [text[a:b] for a, b, _, _ in order_mentions(text)] == expected
    found = [m for m in mentions(text, "de") if m.context]
    assert [text[m.start : m.end] for m in found] == expected
    assert all(m.concept == "order" for m in found)


# A toy encoder that reads German "nach"/"vor" literally (as the real one sees a translation).
def _literal(texts: Sequence[str]) -> np.ndarray:
    out = [t.lower().replace("nach ", "after ").replace("vor ", "before ") for t in texts]
    return stem_embed(out)


def test_a_reversal_read_by_context_is_confirmed_by_the_window():
    src = "Der Club, der in der Saison drei Trainer schasste, steigt nach fünf Jahren ab."
    tgt = "The club which fired three coaches during the season goes down before five years."
    (f,) = AntonymCheck()(one_line_pair(src, "de", tgt, "en", embed=_literal))
    assert f.severity == "major" and f.key == "antonym:order:-"
    assert f.detail["window_gain"] >= antonyms.WINDOW_GAIN
    # no encoder, no confirmation: nothing said
    assert AntonymCheck()(one_line_pair(src, "de", tgt, "en")) == []


def test_a_faithful_reorder_is_not_confirmed(monkeypatch):
    # "X comes shortly after Y" = "kurz vor X ... Y": restating "vor" as "nach" brings the
    # translation no closer to the source, so the reversal is not reported ...
    src = "The statement comes shortly after several media outlets accused the bank."
    tgt = "Kurz vor der Stellungnahme beschuldigten mehrere Medien die Bank."
    pair = one_line_pair(src, "en", tgt, "de", embed=stem_embed)
    assert [r.concept for r in AntonymCheck._reversals(pair)] == ["order"]
    assert AntonymCheck()(pair) == []
    # ... which it would be without the window's confirmation
    monkeypatch.setattr(antonyms, "WINDOW_GAIN", -1.0)
    assert AntonymCheck()(one_line_pair(src, "en", tgt, "de", embed=stem_embed, row=1))


def test_the_window_is_a_few_words_around_the_mention():
    text = "one two three four five six seven EIGHT nine ten eleven twelve thirteen fourteen"
    a = text.index("EIGHT")
    s, e = antonyms._window(text, a, a + 5)
    assert text[s:e].split() == text.split()[7 - antonyms.WINDOW : 8 + antonyms.WINDOW]


def test_prepare_embeds_the_windows_of_context_reversals():
    calls: list[list[str]] = []

    def counting(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        return _literal(texts)

    src = "Der Club steigt nach fünf Jahren ab."
    tgt = "The club goes down before five years."
    AntonymCheck().prepare([one_line_pair(src, "de", tgt, "en", embed=counting)])
    assert calls == [[tgt, tgt.replace("before", "after")]]


@pytest.mark.parametrize(
    ("code", "text", "sense"),
    [
        ("en", "The spike in cases worried them.", ("increase", 1)),
        ("en", "His team had shown it previously.", ("early", 1)),
        ("de", "Die Pandemie erschwere die Arbeit.", ("ease", -1)),
        ("de", "Das erleichtert die Arbeit.", ("ease", 1)),
        ("de", "Er hatte das Zeitfahren für sich entschieden.", ("win", 1)),
        ("de", "Er entschied das Rennen souverän für sich.", ("win", 1)),
        ("de", "Nach einem Sturz stand er auf.", ("increase", -1)),
        ("de", "Seine Personalien wurden im Nachhinein ermittelt.", ("early", -1)),
        ("ru", "Тихомиров потерял позицию.", ("win", -1)),
        ("en", "The 37-year-old Correia mistook the warning.", ("age", -1)),
        ("en", "with their three-month-old pug in tow", ("age", -1)),
        ("en", "The company wants double what I paid.", ("amount", 1)),
        ("en", "He would misbehave with women.", ("good", -1)),
    ],
)
def test_lexicon_entries_of_round_11(code, text, sense):
    assert sense in {(m.concept, m.pole) for m in mentions(text, code)}


def test_an_implicit_negative_negates_what_follows_it_only():
    # "вместо" (instead of) governs the guarantee, not the cheap funding before it
    text = "Они надеются получить очень дешевое финансирование вместо гарантии."
    assert {(m.concept, m.pole, m.negated) for m in mentions(text, "ru")} == {("price", -1, False)}
    text = "They balanced the budget without raising taxes."
    assert ("increase", 1, True) in {(m.concept, m.pole, m.negated) for m in mentions(text, "en")}
