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


# A toy encoder that knows a few German words' English (as the real one sees a translation).
_LITERAL = {"fünf": "five", "jahren": "years", "stellungnahme": "statement", "medien": "media"}


def _literal(texts: Sequence[str]) -> np.ndarray:
    out = [" ".join(_LITERAL.get(w, w) for w in t.lower().split()) for t in texts]
    return stem_embed(out)


def test_a_reversal_read_by_context_keeps_its_complement():
    # "nach fünf Jahren" turned "before five years": the complement is the same
    src = "Der Club, der in der Saison drei Trainer schasste, steigt nach fünf Jahren ab."
    tgt = "The club which fired three coaches during the season goes down before five years."
    (f,) = AntonymCheck()(one_line_pair(src, "de", tgt, "en", embed=_literal))
    assert f.severity == "major" and f.key == "antonym:order:-"
    assert f.detail["complement_gain"] > 0
    # no encoder, no confirmation: nothing said
    assert AntonymCheck()(one_line_pair(src, "de", tgt, "en")) == []


def test_a_faithful_reorder_swaps_the_complements(monkeypatch):
    # "X comes shortly after Y" = "Kurz vor X ... Y": the translation's complement
    # ("der Stellungnahme") is the source's head ("The statement comes shortly"), so the
    # reversal is not reported ...
    src = "The statement comes shortly after several media outlets accused the bank."
    tgt = "Kurz vor der Stellungnahme beschuldigten mehrere Medien die Bank."
    pair = one_line_pair(src, "en", tgt, "de", embed=_literal)
    assert [r.concept for r in AntonymCheck._reversals(pair)] == ["order"]
    assert AntonymCheck()(pair) == []
    # ... which it would be without the confirmation
    monkeypatch.setattr(antonyms, "complement_gain", lambda pair, r: 1.0)
    assert AntonymCheck()(one_line_pair(src, "en", tgt, "de", embed=_literal, row=1))


def test_the_complement_and_the_head_are_a_few_words():
    text = "one two three four five AFTER six seven eight nine ten"
    (m,) = mentions(text.replace("AFTER", "after"), "en")
    assert antonyms._words(text, m, True) == "six seven eight"
    assert antonyms._words(text, m, False) == "three four five"


def test_prepare_embeds_the_complements_of_context_reversals():
    calls: list[list[str]] = []

    def counting(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        return _literal(texts)

    src = "Der Club steigt nach fünf Jahren ab."
    tgt = "The club goes down before five years."
    AntonymCheck().prepare([one_line_pair(src, "de", tgt, "en", embed=counting)])
    assert calls == [["five years.", "fünf Jahren ab.", "Der Club steigt"]]


@pytest.mark.parametrize(
    ("code", "text", "sense"),
    [
        ("en", "The spike in cases worried them.", ("increase", 1)),
        ("de", "Die Pandemie erschwere die Arbeit.", ("ease", -1)),
        ("de", "Das erleichtert die Arbeit.", ("ease", 1)),
        ("de", "Er hatte das Zeitfahren für sich entschieden.", ("win", 1)),
        ("de", "Er entschied das Rennen souverän für sich.", ("win", 1)),
        ("de", "Nach einem Sturz stand er auf.", ("increase", -1)),
        ("ru", "Тихомиров потерял позицию.", ("win", -1)),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Команда сплачивается перед большими матчами.", ["перед"]),
        ("Перед началом парада Путин обошёл корабли.", ["Перед"]),
        ("Он извинился перед ними.", []),  # a pronoun: "to them"
        ("Это было перед тем, как он ушёл.", []),  # the listed phrase "перед тем как"
        ("Они стоят перед лицом угрозы.", []),  # "in the face of"
    ],
)
def test_russian_before_by_context(text, expected):
    found = [m for m in mentions(text, "ru") if m.context]
    assert [text[m.start : m.end] for m in found] == expected
    assert all(m.concept == "order" and m.pole == -1 for m in found)
