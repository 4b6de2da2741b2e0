"""What the checks embed at check time, and what they skip (docs/pipeline.md, round 10):
the cheaper routes must find what the dearer ones found."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks import coverage, negation
from provenance.checks.base import clear_memos
from provenance.embed import CachedEncoder, EditedText
from provenance.model import PairStats, Segment

_LONGER = (
    "Der Bürgermeister eröffnete gestern die neue Brücke über den Fluss, die zehn Jahre "
    "lang gebaut worden war, und dankte den Arbeitern für ihre Geduld."
)
_SHORTER = "The mayor opened the new bridge yesterday."


class RecordingEncoder:
    """Passes calls through and records which texts went to `encode` and which to
    `encode_edits`."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.plain: list[str] = []
        self.edited: list[str] = []

    def encode(self, texts):
        self.plain += list(texts)
        return self.inner.encode(texts)

    def encode_edits(self, edits):
        self.edited += [t for _, t in edits]
        return self.inner.encode_edits(edits)


def _row(embed) -> object:
    # The translation is shorter than the pair's norm (z = -1.2) and less similar: a row
    # examined for an unaligned clause only (no leave-one-part-out variants).
    ratio = len(_SHORTER) / len(_LONGER) * math.exp(1.2)
    stats = PairStats(length_ratio=ratio, length_ratio_spread=1.0, similarity_median=0.8)
    return one_line_pair(_LONGER, "de", _SHORTER, "en", sim=0.5, stats=stats, embed=embed)


def test_clauses_are_embedded_as_plain_texts_not_as_edits(encoder) -> None:
    recording = RecordingEncoder(encoder)
    cached = CachedEncoder(recording)
    pair = _row(cached.encode)
    z = coverage._clause_examine(pair)
    assert z is not None  # the row is examined for an unaligned clause
    longer = coverage._sides(pair, z)[1]
    parts = coverage._long_clauses(longer)
    texts = coverage._clause_texts(longer, parts)
    assert len(texts) >= 2 and not any(isinstance(t, EditedText) for t in texts)
    coverage.CoverageCheck().prepare([pair])
    assert set(texts) <= set(recording.plain)  # embedded in `prepare`, plainly ...
    assert not set(texts) & set(recording.edited)  # ... not as edits of their side
    assert coverage._examine(pair) is None and not recording.edited


def test_a_clause_embedded_plainly_equals_its_edit_up_to_rounding(encoder) -> None:
    longer = Segment(document=0, lang="de", sentence_ids=[0], sentences=[_LONGER])
    parts = coverage._long_clauses(longer)
    plain = encoder.encode(coverage._clause_texts(longer, parts))
    edited = encoder.encode_edits([(_LONGER, _LONGER[c.start : c.end].strip()) for c in parts])
    assert np.allclose(plain, edited, atol=2e-6)


# --- negation: the excuse of a flip --------------------------------------------------------


class _Recorded:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, texts):
        self.seen += list(texts)
        return stem_embed(texts)


_SAID = "Cruz said that unemployment benefits were paid."
_TAKEN = (
    "Круз не заявил, что пособия по безработице выплачивались."  # "безработице" = "unemployment"
)
_ALONE = "Круз не заявил, что пособия выплачивались."  # nothing for "unemployment" to match


def test_an_excuse_that_may_be_taken_is_still_probed_and_read() -> None:
    recorded = _Recorded()
    pair = one_line_pair(_SAID, "en", _TAKEN, "ru", embed=recorded)
    flip = negation.find_flip(pair)
    assert flip is not None and flip.excused and not flip.idiom
    assert negation._may_be_taken(pair, flip)
    negation.NegationCheck().prepare([pair])
    # the restatement, the words and units, and (a unit near a word) the other side's words
    assert negation._probe(pair, flip)[1] in recorded.seen
    assert {"benefits", "paid"} <= set(recorded.seen)
    assert negation.excuse_taken(pair, flip)


def test_a_flip_minor_at_most_is_not_probed_for_its_excuse() -> None:
    pair = one_line_pair(_SAID, "en", _TAKEN, "ru", embed=stem_embed)
    flip = negation.find_flip(pair)
    assert flip is not None
    # facing an idiom's cue the flip is minor at most, whatever the encoder says
    assert not negation._may_be_taken(pair, replace(flip, idiom=True))
    assert negation._may_be_taken(pair, flip)


def test_the_other_side_s_words_wait_for_a_unit_near_a_word() -> None:
    recorded = _Recorded()
    pair = one_line_pair(_SAID, "en", _ALONE, "ru", embed=recorded)
    flip = negation.find_flip(pair)
    assert flip is not None and flip.excused
    negation.NegationCheck()._prepare_excuses([(pair, flip)])
    mine, theirs, units, _ = negation._taken_probe(pair, flip)
    assert set(mine) <= set(recorded.seen)  # the negated side's words and the units ...
    assert {theirs[u] for u in units} <= set(recorded.seen)
    others = {t for k, t in enumerate(theirs) if k not in units} - set(mine)
    assert others and not others & set(recorded.seen)  # ... but not the rest: no unit is near
    assert not negation.excuse_taken(pair, flip)


def test_clauses_are_embedded_only_where_a_clause_test_reads_them() -> None:
    # both sides negated, the source twice: a count that differs, minor by the gain
    src = "He did not come, and she did not call."
    recorded = _Recorded()
    one = one_line_pair(src, "en", "Er kam nicht.", "de", embed=recorded)
    flip = negation.find_flip(one)
    assert flip is not None and not flip.presence
    gain = negation.flip_gain(one, flip)
    assert negation._reads_clauses(flip, gain)
    # one clause on the other side: `positive_translation` has nothing to match
    assert not negation._reads_clause_vectors(one, flip, gain)
    negation.NegationCheck().prepare([one])
    assert "He did not come," not in recorded.seen
    assert negation.positive_translation(one, flip) is None
    # two clauses there: still embedded
    recorded = _Recorded()
    two = one_line_pair(src, "en", "Er kam nicht, und sie rief an.", "de", embed=recorded)
    flip = negation.find_flip(two)
    assert flip is not None and not flip.presence
    assert negation._reads_clause_vectors(two, flip, negation.flip_gain(two, flip))
    negation.NegationCheck().prepare([two])
    assert {"He did not come,", "Er kam nicht,"} <= set(recorded.seen)


def test_a_text_without_a_foreign_word_skips_the_word_analysis(monkeypatch) -> None:
    """`foreign_runs` tells a text without a foreign word by the words' evidence alone;
    a text with some still gets its runs."""
    from provenance.checks import untranslated
    from provenance.checks.base import clear_memos

    clear_memos()
    words = untranslated._words
    monkeypatch.setattr(untranslated, "_words", lambda *a: pytest.fail("words analysed"))
    assert untranslated.foreign_runs("Der Minister sagte, die Steuern steigen.", "de") == []
    monkeypatch.setattr(untranslated, "_words", words)
    runs = untranslated.foreign_runs(
        "Der Minister sagte, das sei ein fait accompli und c'est la vie, nicht wahr.", "de"
    )
    assert [(r.lang, r.words) for r in runs] == [("fr", 5)]


def test_clock_phrases_are_read_only_where_their_union_matches(monkeypatch) -> None:
    from provenance.checks.base import clear_memos
    from provenance.extract import numbers

    clear_memos()
    found = numbers.extract_numbers("Wir treffen uns um halb neun.", "de")
    assert [(q.value, q.unit) for q in found] == [(8.5, "h")]
    monkeypatch.setattr(numbers, "_clock_res", lambda code: pytest.fail("phrases scanned"))
    clear_memos()
    assert numbers._clock_phrases("Es waren 25 Leute da.", "de", (), []) == []


# --- names and negation: the same output for less CPU (docs/pipeline.md, round 11) ---

_NAME_TEXTS = [
    ("Bundeskanzlerin Angela Merkel traf am 3. Mai in Berlin den US-Präsidenten.", "de"),
    ("Die Oberbayern und Niederösterreich melden 40 Prozent mehr Gäste.", "de"),
    ("l’Allemagne et l'Espagne ont signé l’accord à Paris le 12 juin.", "fr"),
    ("Владимир Путин прилетел в Уотфорд 5 марта вместе с Сергеем Лавровым.", "ru"),
    ("the minister said it was 2020 when O'Brien left Texas for 300 US dollars.", "en"),
    ("nothing here is capitalised, and nobody is named.", "en"),
]


def test_a_lower_case_word_skipped_before_the_candidate_test_is_no_candidate() -> None:
    # `_extract` asks `_candidate` only of words with a capital or an apostrophe: for
    # every other word `_candidate` itself says (False, None).
    from provenance.extract import names
    from provenance.extract._text import tokens

    skipped = 0
    for text, lang in _NAME_TEXTS:
        toks = tokens(text, lang)
        for i, tok in enumerate(toks):
            if not (tok.text[0].isupper() or "'" in tok.text or "’" in tok.text):
                skipped += 1
                assert names._candidate(toks, i, lang, lambda: []) == (False, None)
    assert skipped > 30


def test_dates_and_numbers_are_read_only_when_a_word_may_be_a_name(monkeypatch) -> None:
    from provenance.extract import names

    def refuse(text: str, code: str) -> list:
        raise AssertionError("read the dates of a text without a name candidate")

    clear_memos()
    monkeypatch.setattr(names, "extract_dates", refuse)
    monkeypatch.setattr(names, "extract_numbers", refuse)
    assert names.extract_names("nothing here is capitalised, and nobody is named.", "en") == []
    clear_memos()


def test_a_capital_in_a_date_or_before_a_currency_is_still_no_name() -> None:
    # the lazily read dates and numbers still take their words out of the names
    from provenance.extract.names import extract_names

    clear_memos()
    found = {m.text for m in extract_names(_NAME_TEXTS[0][0], "de")}
    assert "Mai" not in found and "Angela Merkel" in " ".join(found)
    assert "US" not in {m.text for m in extract_names(_NAME_TEXTS[4][0], "en")}


def test_sounds_alike_is_memoised_on_the_key_sets_and_says_what_every_pair_says() -> None:
    from provenance.extract import names

    clear_memos()
    mentions = [
        m for text, lang in _NAME_TEXTS for m in names.extract_names(text, lang)
    ] + names.extract_names("Уотфорд, Вашингтон и Техас, Watford, Washington, Texas", "ru")
    parts = [p for m in mentions for p in m.parts]
    assert len(parts) > 15

    def every_pair(p, q) -> bool:  # the definition, unmemoised
        return any(
            min(len(x), len(y)) >= 5 and names._pair_score(x, y) >= names.SAME_NAME_SCORE
            for x in p.keys
            for y in q.keys
        )

    said = [(p, q, names.sounds_alike(p, q)) for p in parts for q in parts]
    assert any(alike for p, q, alike in said if p.text != q.text)  # Watford / Уотфорд
    assert all(alike == every_pair(p, q) for p, q, alike in said)
    hits = names.keys_alike.cache_info().hits
    names.sounds_alike(parts[0], parts[1])
    assert names.keys_alike.cache_info().hits == hits + 1


def test_exonyms_ending_a_compound_are_found_by_their_ending() -> None:
    # `_exonym_ends` looks up each ending length; a pass over every exonym finds the same
    from provenance.extract import names
    from provenance.extract._text import facts

    exonyms = facts("de").exonyms
    tried = 0
    for low in ("niederösterreich", "südostasien", "oberbayern", "nordrhein-westfalen",
                "ostdeutschland", "haus", "brandenburgerin"):  # fmt: skip
        every = {
            english
            for local, english in exonyms.items()
            if len(local) >= 4 and len(low) - len(local) >= 3 and low.endswith(local)
        }
        ends = {
            table[low[-n:]]
            for n, table in names._exonym_ends("de")
            if len(low) - n >= 3 and low[-n:] in table
        }
        assert ends == every
        tried += bool(every)
    assert tried >= 2


def test_find_flip_is_worked_out_once_per_pair_of_texts() -> None:
    # `prepare` and the per-row call both ask for a row's flip: the second is a memo hit,
    # keyed on both texts and both languages, with the result of the first.
    clear_memos()
    pair = one_line_pair("Der Minister kam nicht.", "de", "The minister came.", "en")
    flip = negation.find_flip(pair)
    assert flip is not None and flip.direction == "lost"
    hits = negation._texts_flip.cache_info().hits
    assert negation.find_flip(pair) is flip
    assert negation._texts_flip.cache_info().hits == hits + 1
    other = one_line_pair("Der Minister kam nicht.", "de", "The minister came.", "fr")
    negation.find_flip(other)  # another language is another key
    assert negation._texts_flip.cache_info().hits == hits + 1


def test_a_memoised_flip_matches_the_flip_of_the_row_itself(encoder) -> None:
    # the memo's stand-in sides carry text and language only: the flags of a whole check
    # are those worked out from cold memos, row by row
    rows = [
        ("Der Minister kam nicht.", "de", "The minister came.", "en"),
        ("Он никогда не лгал.", "ru", "He always lied.", "en"),
        ("Es gab keine Einwände.", "de", "There were objections.", "en"),
        ("The plan is not only cheap.", "en", "Der Plan ist nicht nur billig.", "de"),
    ]
    cached = CachedEncoder(encoder)
    pairs = [one_line_pair(*r, embed=cached.encode) for r in rows]
    clear_memos()
    direct = [negation._cue_flip(p) for p in pairs]  # the row itself, no stand-in
    assert sum(f is not None for f in direct) >= 2
    for p, c in zip(pairs, direct, strict=True):
        f = negation.find_flip(p)
        assert (f is None) == (c is None) and (f is None or replace(f, idiom=c.idiom) == c)
    check = negation.NegationCheck()
    check.prepare(pairs)
    flagged = [check(p) for p in pairs]
    clear_memos()
    check = negation.NegationCheck()
    cold = []
    for p in pairs:
        clear_memos()
        cold.append(check(p))
    assert [[f.message for f in fs] for fs in flagged] == [[f.message for f in fs] for fs in cold]
