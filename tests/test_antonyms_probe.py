"""The antonym check's counterfactual probe: a one-sided mention facing a weak cue of
the opposite pole is restated with its opposite and embedded."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks.antonyms import (
    PROBE_GAIN,
    AntonymCheck,
    mentions,
    probes,
    restated,
    weak_senses,
)

# A toy encoder that knows two literal translations of German "nach": "after" before a
# return, "to" before a city (as the real encoder sees a translation).
_LITERAL = {"nach ihr": "after her", "nach berlin": "to berlin", "vor dem": "before the"}


def _literal_embed(texts: Sequence[str]) -> np.ndarray:
    out = []
    for t in texts:
        low = t.lower()
        for de, en in _LITERAL.items():
            low = low.replace(de, en)
        out.append(low)
    return stem_embed(out)


# "nach ihr" (after her): a "nach" no context makes an order of events ("nach seiner
# Rückkehr" is one, tests/test_antonyms_context.py), so a weak cue only
_SRC = "Damit wird auch Shapps nach ihr in Quarantäne müssen."


def _run(src: str, tgt: str, src_lang: str = "de", tgt_lang: str = "en", embed=_literal_embed):
    pair = one_line_pair(src, src_lang, tgt, tgt_lang, embed=embed)
    return AntonymCheck()(pair)


def test_a_reversal_the_probe_brings_back_is_major():
    # "nach" is no lexicon word (it is also "to" and "according to"): the concept is
    # stated on the translation only, and restating "before" as "after" restores it.
    tgt = "Thus Shapps also has to be quarantined before her."
    (f,) = _run(_SRC, tgt)
    assert f.severity == "major" and f.key == "antonym:order:-"
    assert f.detail["probe_gain"] >= PROBE_GAIN
    assert "'before'" in f.message and "'after'" in f.message
    assert f.tgt_spans == [(tgt.index("before"), tgt.index("before") + 6)]


def test_a_faithful_sentence_moves_away_when_restated():
    # "nach Berlin" is "to Berlin": the probe runs ("before" faces a weak "after") but
    # restating "before" as "after" brings the translation no closer to the source.
    src = "Sie fuhren am Morgen nach Berlin, um den Zug zu erreichen."
    tgt = "They drove to Berlin in the morning, before the train left."
    pair = one_line_pair(src, "de", tgt, "en", embed=_literal_embed)
    assert [p.mention.concept for p in probes(pair)] == ["order"]
    assert AntonymCheck()(pair) == []


def test_the_same_pole_both_poles_and_no_encoder_are_not_probed():
    assert _run(_SRC, "Thus Shapps also has to be quarantined after her.") == []
    # cues of both poles ("vor und nach") say nothing of which one the translation lost
    both = "Vor und nach dem Spiel: " + _SRC
    assert probes(one_line_pair(both, "de", "Before his return, he ...", "en")) == []
    tgt = "Thus Shapps also has to be quarantined before her."
    assert _run(_SRC, tgt, embed=None) == []


def test_prepare_embeds_the_probes_of_every_row_in_one_call():
    calls: list[list[str]] = []

    def counting(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        return _literal_embed(texts)

    tgt = "Thus Shapps also has to be quarantined before her."
    pairs = [one_line_pair(_SRC, "de", tgt, "en", embed=counting, row=k) for k in range(3)]
    AntonymCheck().prepare(pairs)
    assert len(calls) == 1 and calls[0] == [tgt.replace("before", "after")] * 3


@pytest.mark.parametrize(
    ("code", "text", "word", "expected"),
    [
        ("en", "Shapps is quarantined after her.", "after", "before"),
        ("en", "Prices were rising.", "rising", "falling"),
        ("en", "The talks stopped.", "stopped", "started"),
        ("de", "das schlechte Benehmen", "schlechte", "gute"),
        ("de", "die kleinsten Firmen", "kleinsten", "größten"),
        ("de", "Die Steuererhöhung kommt.", "Steuererhöhung", "Steuerrückgang"),
        ("ru", "Они одержали победу.", "победу", "поражение"),
        ("ru", "Пакистан начали эту авантюру.", "начали", "прекратили"),
        ("ru", "в большинстве городов", "большинстве", "меньшинстве"),
    ],
)
def test_restated_with_the_opposite_pole_inflected_like_the_word(code, text, word, expected):
    m = next(m for m in mentions(text, code) if text[m.start : m.end] == word)
    new = restated(text, code, m)
    assert new is not None and expected in new and word not in new


def test_weak_cues():
    assert ("order", 1) in weak_senses("Nach seiner Rückkehr", "de")
    assert ("order", -1) in weak_senses("до выборов", "ru")
    assert ("order", -1) not in weak_senses("до 30 процентов", "ru")  # up to
    assert ("order", -1) not in weak_senses("извинился перед Ким", "ru")  # apologised to
    assert ("size", 1) in weak_senses("a large-scale trial", "en")
    assert ("majority", 1) in weak_senses("Mehrheitsbeteiligungen", "de")
    # a place is no compound: "Großbritannien" states no size
    assert ("size", 1) in weak_senses("ein Großprojekt", "de")
    assert ("size", 1) not in weak_senses("in Großbritannien", "de")


def _majority_embed(texts: Sequence[str]) -> np.ndarray:
    """`stem_embed`, with "Mehrheit" the literal translation of "majority"."""
    return stem_embed([t.lower().replace("mehrheit", "majority") for t in texts])


def test_a_reversal_a_negation_seems_to_cancel_is_probed():
    # opposite poles, negated differently: "keine Minderheit" might be "a majority"
    # ("the failure" = "не удалось"); restating "Minderheit" as "Mehrheit" tells
    src = "The party won a clear majority."
    tgt = "Die Partei hat keine Minderheit gewonnen."
    pair = one_line_pair(src, "en", tgt, "de", embed=_majority_embed)
    (p,) = probes(pair)
    assert p.mention.concept == "majority" and "keine Mehrheit" in p.text
    (f,) = AntonymCheck()(pair)
    assert f.severity == "major" and f.key == "antonym:majority:-"
    # a translation that says it in other words is not brought closer
    assert AntonymCheck()(one_line_pair(src, "en", tgt, "de", embed=stem_embed)) == []


@pytest.mark.parametrize("code", ["de", "en", "ru"])
def test_no_opposite_entry_gives_no_restatement(code):
    # the helpers' contract: None when the pole lists no single word
    from provenance.lang import optional

    helpers = optional(code, "antonyms")
    assert helpers.opposite("Anstieg" if code == "de" else "rise", ("rise",), ()) is None


def test_a_translation_without_mentions_reads_no_weak_cues(monkeypatch):
    # most rows state no pole in the translation: their source's weak cues cost nothing
    from types import SimpleNamespace

    from provenance.checks import antonyms

    def unread(text, code):
        raise AssertionError("weak cues read for a translation with nothing to restate")

    monkeypatch.setattr(antonyms, "weak_senses", unread)
    side = SimpleNamespace
    pair = side(src=side(text="Nach seiner Rückkehr.", lang="de"),
                tgt=side(text="The minister spoke.", lang="en"))  # fmt: skip
    assert antonyms.probes(pair) == []


def test_prepare_and_the_row_call_share_one_analysis():
    # `prepare` and `__call__` both ask for a row's reversals and probes: worked out once
    from types import SimpleNamespace

    from provenance.checks import antonyms

    side = SimpleNamespace
    pair = side(src=side(text="Die Preise stiegen stark.", lang="de"),
                tgt=side(text="Prices fell sharply.", lang="en"))  # fmt: skip
    first = antonyms.AntonymCheck._reversals(pair)
    assert first and antonyms.AntonymCheck._reversals(pair) is first
    assert antonyms.probes(pair) is antonyms.probes(pair)


def test_at_most_max_probes_mentions_of_a_row_are_restated(monkeypatch):
    # each probe is one encoded text: a row stating many one-sided poles costs a bounded few
    from provenance.checks import antonyms

    src = "Nach ihr, nach ihm und nach uns sprach er."
    tgt = "Before her, before him and before us he spoke."
    cap = antonyms.MAX_PROBES
    capped = antonyms._row_probes.__wrapped__(src, "de", tgt, "en")
    monkeypatch.setattr(antonyms, "MAX_PROBES", 5)
    uncapped = antonyms._row_probes.__wrapped__(src, "de", tgt, "en")
    assert len(uncapped) == 3 and len(capped) == cap == 2


def test_weak_cues_of_phrases_and_hyphenated_words():
    # "most of" (blanked as no amount) says "the majority of", loosely
    assert ("majority", 1) in weak_senses("Predictably, most of the questions were about it", "en")
    assert ("majority", 1) in weak_senses("Most of them left.", "en")
    # every part of an English hyphenated word ("77-years-old" states age as "alt" does);
    # the last part of a German one is its head, a mention, not a weak cue
    assert ("age", -1) in weak_senses("Mick Jagger, who is now 77-years-old.", "en")
    assert ("increase", 1) not in weak_senses("Die Preis-Erhöhung", "de")
    # "vor"/"nach" as a verb's particle ending the clause states no order
    assert ("order", -1) not in weak_senses("Die Fraktion legte ein Konzept vor.", "de")
    assert ("order", 1) not in weak_senses("Sie ging dem Hinweis nach, sagte er.", "de")
    assert ("order", -1) in weak_senses("vor dem Spiel", "de")
