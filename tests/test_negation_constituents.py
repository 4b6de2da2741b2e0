"""The negation check's round-10 rules: a scale negated on one side only ("nicht nur"
facing "only", "не более" facing "more than") and a denied adjective or adverb with a plain
counterpart on the other side (constituent negation). Sentences written for the test; the
real-text case reads the WMT21 drift suite's planted row through `need(...)`."""

from __future__ import annotations

import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import NegationCheck, find_flip, scalar_flip
from provenance.lang import data


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl", "direction", "scale"),
    [
        ("It is only a first step.", "en", "Das ist nicht nur ein erster Schritt.", "de",
         "added", "only"),
        ("Это только первый шаг.", "ru", "It is not only a first step.", "en", "added", "only"),
        ("The battle claimed more than 500 lives.", "en",
         "Der Kampf hat nicht mehr als 500 Menschen das Leben gekostet.", "de", "added", "more"),
        ("Il y avait plus de 500 personnes.", "fr",
         "Es waren nicht mehr als 500 Menschen da.", "de", "added", "more"),
        ("В зале было не более 500 человек.", "ru",
         "There were more than 500 people in the hall.", "en", "lost", "more"),
        ("Es kamen weniger als 20 Gäste.", "de", "Not less than 20 guests came.", "en",
         "added", "less"),
    ],
)  # fmt: skip
def test_a_scale_negated_on_one_side_only_is_a_major_flag(
    src: str, sl: str, tgt: str, tl: str, direction: str, scale: str
) -> None:
    pair = one_line_pair(src, sl, tgt, tl)
    flip = scalar_flip(pair)
    assert flip is not None and (flip.direction, flip.scale) == (direction, scale)
    (found,) = NegationCheck()(pair)
    assert found.severity == "major" and found.detail["evidence"] == "scalar"
    negating = found.src_spans if direction == "lost" else found.tgt_spans
    text = src if direction == "lost" else tgt
    assert any(text[a:b].lower().startswith(("nicht", "not", "не")) for a, b in negating)


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # the same scale negated on both sides, or on neither
        ("It is not only a first step.", "en", "Das ist nicht nur ein erster Schritt.", "de"),
        ("Это не только первый шаг.", "ru", "It is not just a first step.", "en"),
        ("No more than 500 came.", "en", "Es kamen nicht mehr als 500.", "de"),
        ("It is only a first step.", "en", "Это лишь первый шаг.", "ru"),
        # "not only ... but also" said without the scale: nothing to compare
        ("It is not only cheap but also fast.", "en", "Es ist sowohl billig als auch schnell.",
         "de"),
        # words that are no scale: "как только" (= as soon as), "the only", "просто"
        # (= simply), "больше не" (= no longer)
        ("Как только он пришёл, всё стало ясно.", "ru",
         "Not only did he come, everything became clear.", "en"),
        ("It is not only a step, it is the only one.", "en", "Это шаг, и это просто шаг.", "ru"),
        ("Он больше не играет.", "ru", "He plays for no more than a year.", "en"),
        # the other side's "only" is a different one: it also negates a scale of its own
        ("Not only he came; only later did she.", "en",
         "Nicht nur er kam; sie kam nur später.", "de"),
    ],
)  # fmt: skip
def test_a_scale_said_alike_on_both_sides_is_no_flag(src: str, sl: str, tgt: str, tl: str) -> None:
    pair = one_line_pair(src, sl, tgt, tl)
    assert scalar_flip(pair) is None
    assert not [f for f in NegationCheck()(pair) if f.detail.get("evidence") == "scalar"]


@pytest.mark.parametrize(
    ("word", "lang", "constituent"),
    [
        ("ursprünglich", "de", True),  # adverb
        ("körperliche", "de", True),  # adjective
        ("nominiert", "de", False),  # a verb: lemma "nominieren"
        ("tun", "de", False),
        ("der", "de", False),  # a function word by its frequency
        ("Masken", "de", False),  # a noun ("keine Masken"): capitalised
        ("Вполне", "ru", True),  # at the start of a sentence
        ("вполне", "ru", True),
        ("готов", "ru", True),
        ("сообщил", "ru", False),
        ("очень", "ru", False),
    ],
)
def test_constituent_words_are_adjectives_and_adverbs(
    word: str, lang: str, constituent: bool
) -> None:
    test = data(lang, "cues").constituent_word
    assert test is not None and test(word) is constituent


def test_english_and_french_read_no_constituents() -> None:
    assert data("en", "cues").constituent_word is None
    assert data("fr", "cues").constituent_word is None


def _literal_embed(texts):
    """`stem_embed`, with "initially" the literal translation of "ursprünglich"."""
    return stem_embed([t.replace("initially", "ursprünglich") for t in texts])


_SRC = "Ennahdha had initially nominated an independent for prime minister in June."
_TGT = "Ennahdha hatte {}ursprünglich einen Unabhängigen als Premierminister im Juni nominiert."


def test_a_denied_adverb_with_a_plain_counterpart_is_a_constituent_flip() -> None:
    pair = one_line_pair(_SRC, "en", _TGT.format("nicht "), "de", embed=_literal_embed)
    flip = find_flip(pair)
    assert flip is not None and flip.presence and flip.direction == "added"
    assert neg.constituent_flip(pair, flip) == ("ursprünglich", "initially")


def test_no_constituent_flip_without_a_plain_counterpart_or_for_a_verb() -> None:
    # the adverb is not translated: nothing says the other side states it plainly
    src = "Ennahdha had nominated an independent for prime minister in June."
    pair = one_line_pair(src, "en", _TGT.format("nicht "), "de", embed=_literal_embed)
    flip = find_flip(pair)
    assert flip is not None and neg.constituent_flip(pair, flip) is None
    # the negation denies the verb ("nicht nominiert"): the word test's business
    tgt = "Ennahdha hatte einen Unabhängigen als Premierminister im Juni nicht nominiert."
    pair = one_line_pair(_SRC, "en", tgt, "de", embed=_literal_embed)
    flip = find_flip(pair)
    assert flip is not None and neg.constituent_flip(pair, flip) is None


def _compound_embed(texts):
    """`stem_embed`, with "lebensbedrohlichen" the literal translation of "life
    threatening" (a compound one language writes in two words)."""
    return stem_embed([t.replace("lebensbedrohlichen", "life threatening") for t in texts])


_TRIPS = "He was taken to hospital with {} injuries on Monday, the police said."
_REISEN = "Er wurde am Montag mit {} Verletzungen ins Krankenhaus gebracht, sagte die Polizei."


def test_an_affixal_constituent_facing_its_plain_base_is_major() -> None:
    pair = one_line_pair(
        _TRIPS.format("non-life threatening"), "en", _REISEN.format("lebensbedrohlichen"),
        "de", embed=_compound_embed,
    )  # fmt: skip
    flip = find_flip(pair)
    assert flip is not None and flip.soft and flip.direction == "lost"
    assert neg.soft_constituent(pair, flip) == ("life threatening", "lebensbedrohlichen")
    check = NegationCheck()
    check.prepare([pair])
    (found,) = check(pair)
    assert found.severity == "major" and found.detail["evidence"] == "constituent"


def test_an_attributive_nicht_facing_another_word_stays_minor() -> None:
    # "nicht lebensbedrohlichen" for "minor": no plain counterpart of the denied attribute
    pair = one_line_pair(
        _TRIPS.format("minor"), "en", _REISEN.format("nicht lebensbedrohlichen"), "de",
        embed=_compound_embed,
    )  # fmt: skip
    flip = find_flip(pair)
    assert flip is not None and flip.soft and flip.direction == "added"
    assert neg.soft_constituent(pair, flip) is None
    assert all(f.severity == "minor" for f in NegationCheck()(pair))


def test_a_degree_is_no_denied_constituent() -> None:
    # "not-so-subtle": the cue denies a degree, which a translation may say positively
    pair = one_line_pair(
        "A not-so-subtle hint was given.", "en", "Ein subtiler Hinweis wurde gegeben.", "de",
        embed=stem_embed,
    )  # fmt: skip
    flip = find_flip(pair)
    assert flip is not None and flip.soft
    assert neg._denied_bases(pair, flip) == []


def test_a_one_word_base_is_no_constituent_evidence() -> None:
    # "non-violence" and the like are rendered by one word the encoder puts next to the
    # base: only a compound written in two words is read
    pair = one_line_pair(
        "Avoid non-essential trips.", "en", "Vermeiden Sie notwendige Reisen.", "de",
        embed=stem_embed,
    )  # fmt: skip
    flip = find_flip(pair)
    assert flip is not None and flip.soft
    assert neg._denied_bases(pair, flip) == ["essential trips"]
    assert neg.soft_constituent(pair, flip) is None


def test_a_verb_of_saying_denied_facing_one_stated_is_major() -> None:
    src = "Professor Schladow said it is an important indicator of how healthy the lake is."
    tgt = "Профессор Шладов не сообщил, что это важный показатель того, насколько озеро здорово."
    pair = one_line_pair(src, "en", tgt, "ru", embed=stem_embed)
    flip = find_flip(pair)
    assert flip is not None and flip.presence and flip.direction == "added"
    assert neg.speech_flip(pair, flip) == ("сообщил", "said")
    # without a verb of saying on the other side, nothing says the statement was made
    other = "Professor Schladow: it is an important indicator of how healthy the lake is."
    pair = one_line_pair(other, "en", tgt, "ru", embed=stem_embed)
    flip = find_flip(pair)
    assert flip is not None and neg.speech_flip(pair, flip) is None
