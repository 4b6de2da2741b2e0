"""Who speaks: the verb of saying and the speaker of a piece of speech, and whether two
speakers, named in two languages, are one person.

The speaker is found next to the verb (`attribute_speech`). A speaker is a person or an
organisation: a name the names extractor (`provenance.extract.names`) finds with evidence
of a name, never a function word ("The"), a title or a capitalised common word ("Police",
"Regierung"); a name that only qualifies a role ("Rally 2 boss Jane Miller", "Acme
spokesman Tom Baker") points on to the name the role introduces. Speakers are
matched with the extractor's keys, the same matcher the names check uses, so
"Nasarbajew" = "Назарбаева" = "Nazarbayev" here as there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from provenance import lang as lang_data
from provenance.extract.names import NamePart, extract_names, keys_match, name_key, respelled
from provenance.util.lexicon import zipf

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class SpeechAttribution:
    verb: str | None = None
    speaker: str | None = None  # a person or organisation as written ("Muchtar Ablyasow")
    pronoun: bool = False  # attributed to "he"/"er"/"он": the last named speaker
    # Someone capitalised speaks at the verb, a name or not ("The ministry said", "Die
    # Polizei teilte mit"): with a speaker, a pronoun or "that", what makes a sentence
    # with a verb of saying reported speech.
    subject: bool = False
    # The names extractor has strong evidence the speaker is a name (in its sentence):
    # not an acronym (often translated: РФБ = RBF) nor a word of the vocabulary.
    strong: bool = False
    # The attribution trails the statement ("..., - сказал министр", "..., he said"):
    # without a complementiser, that may be a direct quote whose marks are lost.
    trailing: bool = False


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
# Words this frequent (wordfreq's Zipf scale) are function words ("and", "of", "und",
# "и"): two names with one between them are two names, not a role's qualifier and its
# holder ("Rally 2 boss Jane Miller": "boss" is far rarer).
FUNCTION_WORD_ZIPF = 6.0
# At most this many words between a name that qualifies a role and the role's holder.
ROLE_WORDS = 3
_ONLY_WORDS = re.compile(r"[\w\s-]*")
# The break between a statement and a trailing attribution: a comma, colon or dash.
_STATEMENT_END = re.compile(r"[,:;]\s*[-–—]?\s*|\s[-–—]\s*")
# At most this many words between that break and the verb of saying ("he", "the
# ministry's spokesman").
TRAILING_WORDS = 4


def _trailing(context: str, toks: list[tuple[str, int, int]], anchor: int) -> bool:
    """The verb of saying follows a statement of at least three words and a break, with
    at most `TRAILING_WORDS` words (the speaker) between the break and the verb."""
    before = context[: toks[anchor][1]]
    breaks = list(_STATEMENT_END.finditer(before))
    if not breaks:
        return False
    at = breaks[-1]
    between = sum(1 for t in toks[:anchor] if t[1] >= at.end())
    statement = sum(1 for t in toks[:anchor] if t[2] <= at.start())
    return between <= TRAILING_WORDS and statement >= 3


@dataclass(frozen=True)
class Run:
    """Tokens [start, end) near which a speaker stands, and [name_start, name_end): the
    speaker's name."""

    start: int
    end: int
    name_start: int
    name_end: int
    strong: bool = False  # the extractor has strong evidence the name is one


def _speakers(context: str, toks: list[tuple[str, int, int]], lang: str) -> list[Run]:
    """The names in `context` that may speak, as token ranges: the extractor's mentions
    with evidence of a name. A name followed by a role ("Rally 2 boss", "Acme
    spokesman") and then another name is that role's qualifier: the run reaches from it
    (for the distance to the verb) but names the role's holder."""
    starts = [t[1] for t in toks]
    spans = []
    for m in extract_names(context, lang):
        # Only the words with evidence of a name: "der Oppositionspolitiker Muchtar
        # Ablyasow" is spoken by "Muchtar Ablyasow".
        named = [p for p in m.parts if p.namelike]
        if not named:
            continue
        a, j = bisect_left(starts, named[0].start), bisect_left(starts, named[-1].end)
        if a < j:
            spans.append((a, j, any(p.strong for p in named)))
    runs = [Run(a, j, a, j, strong) for a, j, strong in spans]
    for k in range(len(spans) - 1):
        (a, j, _), (a2, j2, strong) = spans[k], spans[k + 1]
        if 0 < a2 - j <= ROLE_WORDS and _role_words(context, toks, j, a2, lang):
            runs[k] = Run(a, j2, a2, j2, strong)
    return runs


def _role_words(context: str, toks: list[tuple[str, int, int]], j: int, a2: int, lang: str) -> bool:
    """Tokens j..a2 join a qualifier to a role's holder: words and numbers only (no
    punctuation), none of them a function word."""
    if not _ONLY_WORDS.fullmatch(context[toks[j - 1][2] : toks[a2][1]]):
        return False
    words = [w for w, _, _ in toks[j:a2] if not w.isdigit()]
    return bool(words) and all(zipf(w.lower(), lang) < FUNCTION_WORD_ZIPF for w in words)


def _anchor(context: str, toks: list[tuple[str, int, int]], sd) -> tuple[int, str] | None:
    """(token index, words) of the first verb of saying, else of an "according to" phrase."""
    for k, (w, _, _) in enumerate(toks):
        if w.lower() in sd.verbs:
            return k, w
    low_ctx = context.lower()
    for phrase in sd.according_to:
        m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low_ctx)
        if m:
            k = next((k for k, t in enumerate(toks) if t[1] >= m.start()), len(toks) - 1)
            return k, context[m.start() : m.end()]
    return None


def attribute_speech(context: str, lang: str) -> SpeechAttribution:
    """Verb of saying and speaker in `context` (a sentence with its quotes blanked out).

    The speaker is looked for in the verb's own clause, within three words of it: a pronoun
    right at the verb wins ("betonte er"), else the nearest name.
    """
    sd = lang_data.data(lang, "speech")
    toks = _tokens(context)
    found = _anchor(context, toks, sd) if toks else None
    if found is None:
        return SpeechAttribution()
    anchor, verb = found
    # Only the verb's clause: no sentence punctuation between the verb and the speaker.
    clause = {
        k
        for k, t in enumerate(toks)
        if not _CLAUSE_END.search(context[min(t[1], toks[anchor][1]) : max(t[2], toks[anchor][2])])
    }

    def dist(k: int) -> int:
        return abs(k - anchor)

    trailing = _trailing(context, toks, anchor)
    if any(toks[k][0].lower() in sd.pronouns and dist(k) <= 2 for k in clause):
        return SpeechAttribution(verb, None, True, trailing=trailing)

    def near(runs: list[Run]) -> list[Run]:
        return [
            r
            for r in runs
            if r.start in clause
            and (r.end - 1) in clause
            and min(dist(r.start), dist(r.end - 1)) <= 3
            and r.start != anchor
        ]

    capitalised = [Run(a, j, a, j) for a, j in _name_runs(toks, sd.articles | sd.prepositions)]
    subject = bool(near(capitalised))
    names = near(_speakers(context, toks, lang))
    if names:
        r = min(names, key=lambda r: min(dist(r.start), dist(r.end - 1)))
        name = context[toks[r.name_start][1] : toks[r.name_end - 1][2]]
        return SpeechAttribution(
            verb, name, False, subject=True, strong=r.strong, trailing=trailing
        )
    return SpeechAttribution(verb, None, False, subject=subject, trailing=trailing)


# --- speaker identity across scripts ------------------------------------------------------


def _parts(name: str, lang: str) -> list[NamePart]:
    """The words of a speaker's name as the names extractor keys them (inflection folded,
    every spelling convention of the language); the last word alone if it finds none."""
    parts = [p for m in extract_names(name, lang) for p in m.parts]
    if parts:
        return parts
    words = name.replace("-", " ").split()
    key = name_key(words[-1], lang) if words else ""
    return [NamePart(words[-1], 0, 0, frozenset({key}), key, False, False)] if key else []


def speaker_keys(name: str, lang: str) -> frozenset[str]:
    """The name keys of a speaker's surname (the last word of the name)."""
    parts = _parts(name, lang)
    return parts[-1].keys if parts else frozenset()


def same_speaker(a: str, lang_a: str, b: str, lang_b: str) -> bool:
    """Whether speaker `a` (named in `lang_a`) and `b` (in `lang_b`) are one person: the
    surnames match, or are respelled (the extractor's looser test for a name transcribed
    past what the keys capture: "Landreth" = "Лэндрэт"), or two other words match."""
    pa, pb = _parts(a, lang_a), _parts(b, lang_b)
    if not pa or not pb:
        return False
    if keys_match(pa[-1].keys, pb[-1].keys) or respelled(pa[-1], pb[-1]):
        return True
    return sum(any(keys_match(x.keys, y.keys) for y in pb[:-1]) for x in pa[:-1]) >= 2


def named_in(speaker: str, lang: str, text: str, text_lang: str) -> bool:
    """Whether `text` (in `text_lang`) names `speaker` (named in `lang`) anywhere."""
    keys = speaker_keys(speaker, lang)
    return any(
        keys_match(keys, part.keys) for m in extract_names(text, text_lang) for part in m.parts
    )


def misattributed(a: str, lang_a: str, text_a: str, b: str, lang_b: str, text_b: str) -> bool:
    """Speaker `a` of `text_a` became speaker `b` of `text_b`: two different people, and
    neither text names the other's speaker at all. (Callers compare only speakers that
    are names on strong evidence: an acronym or a word shared with the vocabulary is
    often translated or misread: РФБ = RBF.) Where the other text names the person too,
    the finder told the speakers apart, not the translator: a party in brackets beside a
    mayor's name ("mayor Anna Keller (SPD) said"), a role before an apposition."""
    return (
        not same_speaker(a, lang_a, b, lang_b)
        and not named_in(a, lang_a, text_b, lang_b)
        and not named_in(b, lang_b, text_a, lang_a)
    )
