"""Who speaks: the verb of saying and the speaker of a piece of speech, and whether two
speakers, named in two languages, are one person.

The speaker is found next to the verb (`attribute_speech`); speakers are matched with the
names extractor's keys (`provenance.extract.names`), the same matcher the names check
uses, so "Nasarbajew" = "Назарбаева" = "Nazarbayev" here as there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance import lang as lang_data
from provenance.extract.names import extract_names, keys_match, name_key

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class SpeechAttribution:
    verb: str | None = None
    speaker: str | None = None  # a name as written ("Muchtar Ablyasow")
    pronoun: bool = False  # attributed to "he"/"er"/"он": the last named speaker


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def _name_runs(
    tokens: list[tuple[str, int, int]], skip_after: frozenset[str]
) -> list[tuple[int, int]]:
    """Runs [i, j) of capitalised tokens that read as a name. A leading word right after an
    article or a preposition is a common noun or a place, and is dropped ("betonte der
    Oppositionspolitiker Muchtar Ablyasow" → "Muchtar Ablyasow")."""
    runs = []
    i = 0
    while i < len(tokens):
        if tokens[i][0][:1].isupper() and tokens[i][0][:1].isalpha():
            j = i
            while j < len(tokens) and tokens[j][0][:1].isupper():
                j += 1
            a = i
            if a > 0 and tokens[a - 1][0].lower() in skip_after:
                a += 1
            if a < j:
                runs.append((a, j))
            i = j
        else:
            i += 1
    return runs


_CLAUSE_END = re.compile(r"[.!?;]\s")


def attribute_speech(context: str, lang: str) -> SpeechAttribution:
    """Verb of saying and speaker in `context` (a sentence with its quotes blanked out).

    The speaker is looked for in the verb's own clause, within three words of it: a pronoun
    right at the verb wins ("betonte er"), else the nearest name.
    """
    sd = lang_data.data(lang, "speech")
    toks = _tokens(context)
    if not toks:
        return SpeechAttribution()
    lower = [t[0].lower() for t in toks]
    anchor: int | None = None
    verb = None
    for k, w in enumerate(lower):
        if w in sd.verbs:
            anchor, verb = k, toks[k][0]
            break
    if anchor is None:
        low_ctx = context.lower()
        for phrase in sd.according_to:
            m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low_ctx)
            if m:
                anchor = next((k for k, t in enumerate(toks) if t[1] >= m.start()), len(toks) - 1)
                verb = context[m.start() : m.end()]
                break
    if anchor is None:
        return SpeechAttribution()
    # Only the verb's clause: no sentence punctuation between the verb and the speaker.
    clause = {
        k
        for k, t in enumerate(toks)
        if not _CLAUSE_END.search(context[min(t[1], toks[anchor][1]) : max(t[2], toks[anchor][2])])
    }

    def dist(k: int) -> int:
        return abs(k - anchor)

    pronoun = any(lower[k] in sd.pronouns and dist(k) <= 2 for k in clause)
    if pronoun:
        return SpeechAttribution(verb, None, True)
    runs = _name_runs(toks, sd.articles | sd.prepositions)
    near = [
        (a, j)
        for a, j in runs
        if a in clause and (j - 1) in clause and min(dist(a), dist(j - 1)) <= 3 and a != anchor
    ]
    if near:
        a, j = min(near, key=lambda r: min(dist(r[0]), dist(r[1] - 1)))
        return SpeechAttribution(verb, context[toks[a][1] : toks[j - 1][2]], False)
    return SpeechAttribution(verb, None, False)


# --- speaker identity across scripts ------------------------------------------------------


def speaker_keys(name: str, lang: str) -> frozenset[str]:
    """The name keys of a speaker's surname (the last word of the name, as the names
    extractor keys it: inflection folded, every spelling convention of the language)."""
    mentions = extract_names(name, lang)
    if mentions:
        return mentions[-1].parts[-1].keys
    words = name.replace("-", " ").split()
    key = name_key(words[-1], lang) if words else ""
    return frozenset({key} - {""})


def same_speaker(a: str, lang_a: str, b: str, lang_b: str) -> bool:
    """Whether speaker `a` (named in `lang_a`) and `b` (in `lang_b`) are one person."""
    return keys_match(speaker_keys(a, lang_a), speaker_keys(b, lang_b))
