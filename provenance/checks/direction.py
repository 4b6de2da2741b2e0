"""Direction of change: an event moved earlier, later, or only "moved", and the
translation says otherwise.

"auf den 9. Juni vorgezogen" (brought forward) → "перенесены на 9 июня" (moved) →
"postponed to June 9" (later): no number or date differs and sentence embeddings barely
tell "moved to" from "postponed to", so this needs the words themselves. The cue data
(`shift_earlier`, `shift_later`, `shift_neutral` in `provenance/lang/<code>/cues.py`)
lists each language's change-of-time verbs and phrases by the direction they state.

Each side of a row states a set of directions (its directional cues; "neutral" when it
has only neutral ones). A row is judged only when *both* sides have a cue, because a
side without one is more likely rephrased with words the lexicon lacks than silent:

- earlier ↔ later → **critical**: the translation reverses the change;
- neutral → a direction → **minor** on its own: translators often make a direction
  explicit that context implies ("перенесены на осень" → "postponed until autumn"); in a
  chain, attribution raises it to what the original says end to end (a reversal there is
  critical);
- a direction → neutral → **minor**, and only when the translation does not say where
  the event went either: "vorgezogen auf den 9. Juni" → "перенесены на 9 июня" keeps the
  new date (the dates check guards it), so the reader can still work the direction out.

`Finding.key` is "direction:<what the target now states>", so a drift carried along a
chain ("перенесены" → "postponed" on ru→en, "vorgezogen" → "postponed" de→en) is one key
and is reported once, on the hop where the target first says it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from provenance import lang as lang_data
from provenance.checks.base import per_text
from provenance.extract.dates import extract_dates
from provenance.lang.cues import CueData, alternation, prepared, scan_each
from provenance.model import Finding, PairView, Severity

Direction = Literal["earlier", "later", "neutral"]
GLOSS: dict[Direction, str] = {"earlier": "earlier", "later": "later", "neutral": "moved"}
# How far after a neutral cue a date still counts as where the event was moved to.
DESTINATION_CHARS = 40


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    direction: Direction


@cache
def _patterns(code: str) -> tuple[tuple[Direction, re.Pattern[str]], ...]:
    d: CueData = lang_data.data(code, "cues")
    groups: tuple[tuple[Direction, tuple[str, ...]], ...] = (
        ("earlier", d.shift_earlier),
        ("later", d.shift_later),
        ("neutral", d.shift_neutral),
    )
    return tuple((direction, re.compile(alternation(pats))) for direction, pats in groups if pats)


@cache
def _any_cue(code: str) -> re.Pattern[str] | None:
    """Every cue of the language in one alternation: `scan_each` scans a text with it
    once and tries each direction's cues only where it matched (most texts hold none)."""
    d: CueData = lang_data.data(code, "cues")
    pats = (*d.shift_earlier, *d.shift_later, *d.shift_neutral)
    return re.compile(alternation(pats)) if pats else None


@per_text
def cues(text: str, code: str) -> list[Cue]:
    """The change-of-time cues of `text`, in text order. Overlapping matches keep the
    longest ("nach vorne verschoben" is earlier, not "verschoben" later; "moved up" is
    earlier, not "moved"). Shared, read-only (see `per_text`)."""
    low = prepared(text, code)
    screen = _any_cue(code)
    if screen is None:
        return []
    patterns = _patterns(code)
    found = [
        Cue(m.start(), m.end(), direction)
        for (direction, _), matches in zip(
            patterns, scan_each(low, [p for _, p in patterns], screen), strict=True
        )
        for m in matches
        if m.end() > m.start()
    ]
    kept: list[Cue] = []
    for c in sorted(found, key=lambda c: c.start - c.end):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def stated(found: list[Cue]) -> frozenset[Direction]:
    """The directions a side states: its directional cues, else "neutral" if it has cues."""
    directional = frozenset(c.direction for c in found if c.direction != "neutral")
    if directional:
        return directional
    return frozenset({"neutral"}) if found else frozenset()


def _has_destination(text: str, code: str, neutral: list[Cue]) -> bool:
    """A date mention starts inside or shortly after one of the neutral cues."""
    dates = extract_dates(text, code)
    return any(c.start <= d.start <= c.end + DESTINATION_CHARS for c in neutral for d in dates)


def _label(dirs: frozenset[Direction]) -> str:
    return "/".join(sorted(GLOSS[d] for d in dirs))


class DirectionCheck:
    name = "direction"
    types = ("meaning",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        src_cues = cues(pair.src.text, pair.src.lang)
        tgt_cues = cues(pair.tgt.text, pair.tgt.lang)
        src_dirs, tgt_dirs = stated(src_cues), stated(tgt_cues)
        if not src_dirs or not tgt_dirs or src_dirs == tgt_dirs:
            return []
        severity: Severity
        if "neutral" in src_dirs:
            severity, why = "minor", "a direction the source does not state"
        elif "neutral" in tgt_dirs:
            if _has_destination(pair.tgt.text, pair.tgt.lang, tgt_cues):
                return []
            severity, why = "minor", "the direction of the change is lost"
        elif src_dirs.isdisjoint(tgt_dirs):
            severity, why = "critical", "the translation reverses the direction of the change"
        else:
            return []  # several changes on one side, partly matched: too ambiguous to say
        src_shown = [c for c in src_cues if c.direction in src_dirs]
        tgt_shown = [c for c in tgt_cues if c.direction in tgt_dirs]
        s0, t0 = src_shown[0], tgt_shown[0]
        src_word = pair.src.text[s0.start : s0.end]
        tgt_word = pair.tgt.text[t0.start : t0.end]
        return [
            Finding(
                type="meaning",
                severity=severity,
                message=f"'{src_word}' ({_label(src_dirs)}) became '{tgt_word}' "
                f"({_label(tgt_dirs)}): {why}",
                key="direction:" + "/".join(sorted(tgt_dirs)),
                src_spans=[(c.start, c.end) for c in src_shown],
                tgt_spans=[(c.start, c.end) for c in tgt_shown],
                detail={
                    "check": "direction",
                    "source_direction": sorted(src_dirs),
                    "translation_direction": sorted(tgt_dirs),
                },
            )
        ]
