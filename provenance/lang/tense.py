"""Tense readers: the shared schema and helpers of the per-language readers.

Each language that has one keeps its reader in `provenance/lang/<code>/tense.py`, exposing
`DATA = TenseReader(read=...)`: `read(text, cues)` returns the `TimeProfile` of a text
(its finite verb groups by the time they state), from the language's `TenseCues` word
data (`provenance/lang/<code>/cues.py`). `provenance.checks.tense` compares two profiles;
a language without a reader gets an empty profile (no tense flags).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from provenance import lang as lang_data
from provenance.lang.cues import TenseCues, alternation
from provenance.util.memo import per_word

Time = Literal["future", "past", "open"]
Span = tuple[int, int]
# How many words back an auxiliary makes an -ed form a participle ("was not yet passed").
AUX_REACH = 3

WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass
class TimeProfile:
    """Finite verb groups of one side by the time they state (spans into the text)."""

    future: list[Span] = field(default_factory=list)
    # Futures stated by a conditional modal ("would", "könnte", "pourrait"): a possible
    # or reported future, weaker evidence than "will" / "wird" / "будет".
    prospective: list[Span] = field(default_factory=list)
    past: list[Span] = field(default_factory=list)
    open: list[Span] = field(default_factory=list)
    # Past forms a faithful translation may put in the present: perfects whose result
    # holds now (German "hat ... gelesen", a Russian perfective "перестали", French
    # "a signé"), verbs of saying (German news "erklärt", English "said"), and English
    # tenses back-shifted after a past verb of saying ("said he wanted" = "er wolle").
    soft_past: list[Span] = field(default_factory=list)
    # The pasts of reported speech that state no past event: verbs of saying ("said",
    # "заявил") and, where tenses shift back, a state or progressive after one ("said it
    # was closed"). Set by `provenance.checks.tense.profile`.
    reported: list[Span] = field(default_factory=list)

    def add(self, time: Time, span: Span, soft: bool = False) -> None:
        """Record a verb group; `soft` marks a past that may be a present in disguise,
        or a future stated only by a conditional modal."""
        getattr(self, time).append(span)
        if soft and time == "past":
            self.soft_past.append(span)
        if soft and time == "future":
            self.prospective.append(span)

    @property
    def strong_future(self) -> int:
        return len(self.future) - len(self.prospective)


@dataclass(frozen=True)
class TenseReader:
    """What a language's `tense.py` provides."""

    # The time profile of one text, from the language's tense cues.
    read: Callable[[str, TenseCues], TimeProfile]
    # Whether tenses shift back after a past verb of saying ("said he wanted" = "sagte,
    # er wolle"): every past after a "said" may then stand for a present.
    backshift_after_saying: bool = False
    # Back-shifted pasts that state a state or a progressive ("said it was closed", "said
    # he was leaving"): in reported speech a present, or a future seen from the past.
    backshifted_states: frozenset[str] = frozenset()
    # For a language that narrates the past in the future (the French futur historique,
    # "Il deviendra ministre en 1995"): whether a row (its text and profile) narrates the
    # past in the tenses of narration, after which a future may be one, which other
    # languages render as a past. None: the language does not narrate so.
    narration: Callable[[str, TimeProfile], bool] | None = None


@cache
def cues(code: str) -> TenseCues:
    return lang_data.data(code, "cues").tense


@cache
def phrases(code: str) -> re.Pattern[str] | None:
    pats = cues(code).future_phrases
    return re.compile(alternation(pats)) if pats else None


@per_word
def lemma(word: str, code: str) -> str:
    """`provenance.util.lexicon.lower_lemma`, imported on first use (it imports wordfreq)."""
    from provenance.util.lexicon import lower_lemma

    return lower_lemma(word, code)


def tokens(text: str, a: int = 0, b: int | None = None) -> list[tuple[str, int, int]]:
    return [
        (m.group(0).lower().replace("’", "'"), m.start(), m.end())
        for m in WORD.finditer(text, a, len(text) if b is None else b)
    ]


def mark_future_phrases(prof: TimeProfile, low: str, code: str) -> list[Span]:
    """Add the language's multi-word futures ("going to", "va partir") to `prof`; their
    spans, which the word-by-word pass must skip."""
    taken: list[Span] = []
    pattern = phrases(code)
    if pattern is not None:
        for m in pattern.finditer(low):
            prof.add("future", (m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return taken


def auxiliary(
    prof: TimeProfile,
    t: TenseCues,
    w: str,
    span: tuple[int, int],
    participle: bool,
    with_be: bool,
) -> None:
    """A past, pluperfect or perfect auxiliary (German and French alike): a past
    auxiliary is past; the others need a participle in reach, and then a pluperfect is
    past, and a perfect is past with a verb of change that takes "be" ("ist gestiegen",
    "est tombé") and open otherwise ("ist geschlossen", "a signé": a present result)."""
    if w in t.past_aux:
        prof.add("past", span)
    elif not participle:
        return
    elif w in t.past_perfect_aux or with_be:
        prof.add("past", span, soft=True)
    else:
        prof.add("open", span)
