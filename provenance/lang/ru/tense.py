"""Russian tense reader (see provenance.lang.tense), from pymorphy3's parse.

The tense pymorphy3 gives a finite verb (a perfective present form is future:
"примет"); a past form with "бы"/"чтобы" → open; a short passive participle without
был/будет ("перенесены") → open. A perfective past may stand for a present result
("перестали бояться").

A perfective present is read as future only when it is nothing else: not a verb that
is also imperfective ("эвакуируют", "организуют": a present as likely), not a "let us"
form ("напомним", "отметим": an exhortation), not a first-person verb of saying
("скажу честно": a speech act, no event ahead). A capitalised word inside a sentence is
a name, not a verb ("Флайерз").
"""

from __future__ import annotations

from functools import cache

from provenance import lang as lang_data
from provenance.extract._text import ru_parse, ru_parses
from provenance.lang.cues import TenseCues, clauses
from provenance.lang.tense import TenseReader, TimeProfile, tokens
from provenance.util.memo import per_word


@per_word
def _tag(word: str) -> tuple[str | None, str | None, str, bool]:
    """(part of speech, tense, normal form, perfective) of a word's likeliest parse."""
    p = ru_parse(word)  # the parse the extractors and other checks share
    pos, tense = p.tag.POS, p.tag.tense
    # As plain strings: pymorphy3's grammeme values compare through a Python-level __eq__
    # (which checks that the other side is a valid grammeme), and `read` compares per word.
    return (
        None if pos is None else str(pos),
        None if tense is None else str(tense),
        p.normal_form,
        p.tag.aspect == "perf",
    )


# A reading this likely makes a perfective-present form ambiguous (pymorphy3's scores).
OTHER_READING = 0.25


@cache
def _saying_lemmas() -> frozenset[str]:
    return frozenset(ru_parse(w).normal_form for w in lang_data.data("ru", "speech").verbs)


@per_word
def _plain_future(word: str) -> bool:
    """A perfective present form that states a future event (see the module doc)."""
    parses = ru_parses(word)
    first = parses[0]
    if "1per" in first.tag and first.normal_form in _saying_lemmas():
        return False
    for p in parses[1:]:
        if p.score >= OTHER_READING and ("pres" in p.tag or "impr" in p.tag):
            return False
    return True


def _name_like(text: str, a: int) -> bool:
    """A capitalised word that does not open a sentence or a quotation."""
    if not text[a].isupper():
        return False
    before = text[:a].rstrip(" \t\"«„“'(-–—")
    return bool(before) and before[-1] not in ".!?…:"


def read(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    for c in clauses(text, "ru"):
        toks = tokens(text, c.start, c.end)
        tags = {w: _tag(w) for w, _, _ in toks}
        irrealis = not t.irrealis.isdisjoint(tags)
        aux_time = any(tag[2] == "быть" and tag[0] == "VERB" for tag in tags.values())
        for w, a, b in toks:
            pos, tense, _, perfective = tags[w]
            if pos == "VERB" and tense is not None and not _name_like(text, a):
                if tense == "past" and irrealis:
                    prof.add("open", (a, b))
                elif tense == "futr":
                    if not perfective or _plain_future(w):
                        prof.add("future", (a, b))
                elif tense == "past":
                    prof.add("past", (a, b), soft=perfective)
            elif pos == "PRTS" and not aux_time:
                prof.add("open", (a, b))  # "перенесены": done, or in force now
    return prof


DATA = TenseReader(read=read)
