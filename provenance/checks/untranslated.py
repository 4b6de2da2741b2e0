"""Untranslated: text left in another language or script inside a translation.

- Script: Cyrillic words in a Latin-script translation (and Latin words in a Russian
  one that are words of a supported Latin-script language, not names or brands).
- Language within one script: a word is *foreign* when it is frequent in another
  supported language and rare in the translation's language (wordfreq Zipf scale,
  `FOREIGN_GAP` apart); a run of foreign words with no target-language word between
  them, holding at least two foreign words and one lower-case word (so that
  "Tages-Anzeiger" stays a name), is flagged.

Two or three words are minor, more are major; Cyrillic in a Latin-script text is
major from two words on, minor for one; a Latin-script run of mostly capitalised words
(a title or a name kept as written) in a language that does not capitalise nouns is minor.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import repeat
from typing import NamedTuple

from provenance import lang as lang_data
from provenance.checks.base import per_text, per_word
from provenance.lang import LANGUAGES
from provenance.lang.scripts import is_cyrillic
from provenance.model import Finding, PairView

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")

FOREIGN_MIN = 2.5  # Zipf frequency a foreign word must reach in its own language
FOREIGN_GAP = 1.8  # ... and by how much it must beat the translation's language
TARGET_COMMON = 4.5  # a word this frequent in the target language is never foreign


@cache
def zipf(word: str, code: str) -> float:
    from provenance.util.lexicon import zipf as zipf_frequency

    return zipf_frequency(word, code)


def _cyrillic(code: str) -> bool:
    """Whether the language is written in Cyrillic (it says so in its folder)."""
    return lang_data.script(code) == "cyrillic"


class _Foreign(NamedTuple):
    """A word of another language (label "F"); target-language words ("T") end a run,
    neutral ones ("N": names, numbers, unknown) neither end nor count in it."""

    start: int
    end: int
    lang: str | None
    lower: bool


@per_word
def _label(word: str, tgt: str, others: tuple[str, ...]) -> tuple[str, str | None]:
    w = word.lower()
    if w.isdigit() or len(w) < 2:
        return "N", None
    cyr = is_cyrillic(w)
    if cyr != _cyrillic(tgt):
        # Other script: Cyrillic in Latin text is foreign outright (the first Cyrillic-
        # script language's); Latin in Russian only if some Latin-script language knows
        # the word (else a name or brand).
        if cyr:
            return "F", lang_data.in_script("cyrillic")[0]
        best = max(others, key=lambda c: zipf(w, c), default=None)
        if best is not None and zipf(w, best) >= FOREIGN_MIN:
            return "F", best
        return "N", None
    zt = zipf(w, tgt)
    if zt >= TARGET_COMMON:
        return "T", None
    same_script = [c for c in others if _cyrillic(c) == cyr]
    if not same_script:
        return ("T" if zt >= 1.0 else "N"), None
    best = max(same_script, key=lambda c: zipf(w, c))
    zo = zipf(w, best)
    if zo >= FOREIGN_MIN and zo - zt >= FOREIGN_GAP:
        return "F", best
    return ("T" if zt >= 1.0 else "N"), None


@per_text
def foreign_runs(text: str, tgt: str) -> list[tuple[int, int, str, int]]:
    """(start, end, language, foreign word count) of each foreign run in `text` (shared,
    read-only: see `per_text`)."""
    others = tuple(c for c in LANGUAGES if c != tgt)
    runs: list[tuple[int, int, str, int]] = []

    def close(foreign: list[_Foreign]) -> None:
        if not foreign:
            return
        cyr = any(is_cyrillic(text[t.start : t.end]) for t in foreign)
        script_mixed = cyr != _cyrillic(tgt)
        enough = len(foreign) >= (1 if script_mixed and cyr else 2)
        if enough and any(t.lower for t in foreign):
            langs = [t.lang for t in foreign if t.lang]
            lang = max(set(langs), key=langs.count)
            runs.append((foreign[0].start, foreign[-1].end, lang, len(foreign)))

    # Labelled in one pass first: most texts have no foreign word at all.
    labels = set(map(_label, _TOKEN.findall(text), repeat(tgt), repeat(others)))
    if not any(label == "F" for label, _ in labels):
        return runs
    foreign: list[_Foreign] = []  # the foreign words of the current run
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        label, lang = _label(word, tgt, others)
        if label == "T":
            if foreign:  # most words are the target language's, between no foreign ones
                close(foreign)
                foreign = []
        elif label == "F":
            foreign.append(_Foreign(m.start(), m.end(), lang, word[:1].islower()))
    close(foreign)
    return runs


class UntranslatedCheck:
    name = "untranslated"
    types = ("untranslated",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if pair.tgt.empty or pair.src.lang == pair.tgt.lang:
            return []
        text = pair.tgt.text
        out = []
        for start, end, lang, n in foreign_runs(text, pair.tgt.lang):
            cyr = is_cyrillic(text[start:end]) != _cyrillic(pair.tgt.lang)
            span = text[start:end]
            # Mostly capitalised Latin words are a title or a name kept as written ("Face
            # the Nation", "Autorité des marchés"): minor; running text left untranslated
            # is major. (The first word may open a sentence; German capitalises nouns.)
            words = [t for t in _TOKEN.findall(span)[1:] if t[:1].isalpha()]
            prose = (
                lang_data.data(lang, "facts").capitalises_nouns
                or is_cyrillic(span)
                or sum(t[:1].islower() for t in words) * 2 > len(words)
            )
            severity = "major" if n >= (2 if cyr else 4) and prose else "minor"
            where = "source" if lang == pair.src.lang else LANGUAGES.get(lang, lang)
            out.append(
                Finding(
                    type="untranslated",
                    severity=severity,
                    message=f"'{span}' is left in {LANGUAGES.get(lang, lang)}"
                    + (" (the source language)" if where == "source" else ""),
                    key=f"untranslated:{span.lower()}",
                    tgt_spans=[(start, end)],
                    detail={"lang": lang, "words": n},
                )
            )
        return out
