"""What the word diff shows about one same-language row: evidence the checks lack.

Two versions in one language differ exactly where the diff says. A translation check
must guess whether "not" on one side has a counterpart somewhere in another language's
words; here a changed fact or polarity is an edit, and a paraphrase is an edit with other
words around the cue. Per row (`row_evidence`):

- **names replaced**: a replaced span whose two sides each hold a name word (the names
  extractor's candidates) with no counterpart anywhere on the other side of the row: not
  the same key, not a spelling variant (unidecode + rapidfuzz ratio, a shared stem:
  "Armenia" / "Armenian", Russian lemmas), not the same word. Strong when both words are
  strong names and the one replaced is the last word of its name (a surname, a place);
  a changed given name or a name-like word (an acronym, a capitalised common word) on
  either side is weaker.
- **polarity flips**: an edit that adds or removes a sentence-negation cue, with nothing
  else changed around it ("is" -> "is not", "kein" -> "ein", "не " deleted): the edit's
  other words, lemmatised, without auxiliaries and with the cue undone ("doesn't" ->
  "does"), are the same on both sides. An edit where the cue comes with other words
  ("overlooks" / "doesn't see", "not going well" / "having difficulties") is a paraphrase,
  unless the other words are one verb of saying for another ("added" / "did not explain":
  `speech_edits`), or the negation stands against the same word or auxiliary unnegated
  on the other side (`anchored_flips`, `host_flips`, ...).
- **modality swaps**: likewise for the certainty cues (hedges, assertions).
- **values changed**: a replaced span with digits on both sides whose values differ and
  are not found elsewhere on the other side ("20 Uhr" -> "50 Uhr", "1725" -> "4725").
- **dropped and added words**: the tokens that a pure deletion (or insertion) removes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz
from unidecode import unidecode

from provenance import lang as lang_data
from provenance.comparison.clitics import back, expanded
from provenance.comparison.diff import Edit, aligned_edits, same_word, tokens, word_diff
from provenance.extract._text import facts
from provenance.extract.dates import day_before, extract_dates
from provenance.extract.names import (
    NameMention,
    NamePart,
    extract_names,
    parts_match,
    respelled,
)
from provenance.extract.numbers import extract_numbers
from provenance.lang.cues import compiled, prepared
from provenance.lang.name_variants import hypocorisms, same_name
from provenance.util.lexicon import in_dictionary, zipf
from provenance.util.memo import memoised

# Two name words are spellings of one name from this rapidfuzz ratio on (after unidecode):
# "Kelley" / "Kelly", "Gortsaranain" / "Gortsaranian", "Nääs" / "Naas".
VARIANT_RATIO = 75
# ... or when they share a stem this long ("Armenia" / "Armenian", "Kazakh" / "Kazakhstan").
SHARED_STEM = 5
# A word this frequent (wordfreq Zipf) is a common word when not a strong name: "Region".
COMMON_WORD = 4.0
# An edit of at most this many words on each side that replaces a name word by another is
# a swap even when neither is a strong name ("Schlagzeuger Bryan" / "Schlagzeuger Frank").
SMALL_EDIT = 2
# Two name-like words both rarer than this may be two names even when neither is strong;
# next to the same word ("von Adam Masina" / "von Adam Hayden"), words a little more frequent.
RARE_WORD = 3.5
ANCHORED_RARE = 4.0
# A name-like word inside a name whose other words the other side keeps is a name word
# below this frequency ("Lightning", "Arabia"), a category word above it ("Region").
KEPT_NAME_WORD = 4.5
# A name word whose lower-case form is at least this frequent (Zipf) is a common word
# capitalised in a name ("Spa Manager", "Primera Division"), unless a place or given name.
COMMON_NAME_WORD = 4.5
# Two words spelled by other conventions differ in length by at most this ("Жуан" / "Жоау").
RESPELLED_LENGTH = 1
# Where nouns are capitalised, a long word that is no strong name is a compound noun.
COMPOUND = 10
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class NameSwap:
    """A name word replaced by another: row offsets on each side, and how sure."""

    a: tuple[int, int]
    b: tuple[int, int]
    a_text: str
    b_text: str
    strong: bool
    # One or two words replaced by one or two, a name word each side: evidence enough on
    # its own, without the names check's agreement.
    small: bool = False
    # Where nouns are capitalised (the names check sees few strong names there): the only
    # name word on each side of one replaced span, each a strong name, one the data knows
    # or a rare word -- evidence enough on its own for a major flag.
    unchecked: bool = False


@dataclass(frozen=True)
class CueEdit:
    """An edit that adds or removes a cue and changes nothing else: `direction` is
    "added" (B has the cue, A not) or "lost"."""

    edit: Edit
    direction: str
    cue: str


@dataclass(frozen=True)
class AnchoredFlip:
    """A negated statement whose negated word the other side states unnegated, in a
    clause that shares another word with it ("was not arrested for posting" / "was
    arrested for publishing"): `side` holds the negation; offsets are row offsets."""

    side: int
    cue: tuple[int, int]
    head: tuple[int, int]
    anchor: tuple[int, int]
    cue_text: str
    # what stands unnegated on the other side: the negated "word", the "auxiliary" the
    # negation hangs on (`host_flips`), the single negation of a "double" one, or the
    # "idiom" without its cue (`idiom_flips`), the "speech" verb the other side reports
    # with (`speech_edits`), the implicit "negative" this side negates
    # (`negated_negatives`)
    by: str = "word"

    @property
    def direction(self) -> str:
        return "added" if self.side == 1 else "lost"


@dataclass
class RowEvidence:
    names: list[NameSwap] = field(default_factory=list)
    negation: list[CueEdit] = field(default_factory=list)
    # Whether some negated words on each side (the content words after a cue) are found
    # on the other side: "was not quickly extinguished" / "could quickly be put out".
    negation_anchored: tuple[bool, bool] = (False, False)
    # Negations whose negated word the other side states positively (see `anchored_flips`).
    flips: list[AnchoredFlip] = field(default_factory=list)
    # Directions ("added", "lost") of negations the other side states with an antonym
    # ("not allowed" / "forbidden"; see `antonym_restatements`).
    restated: frozenset[str] = frozenset()
    # Directions in which every negated clause of the negating side faces, in the same
    # place on the other side, a negation of its own words (see `negated_counterparts`).
    negated_there: frozenset[str] = frozenset()
    modality: list[CueEdit] = field(default_factory=list)
    values: list[Edit] = field(default_factory=list)
    # Weekdays naming one night two ways: (side, start, end) (see `night_shifts`).
    nights: list[tuple[int, int, int]] = field(default_factory=list)
    # Scores written with a colon on one side, another separator on the other: (side,
    # start, end) (see `score_spans`).
    scores: list[tuple[int, int, int]] = field(default_factory=list)
    # Numbers and dates whose values the other side states too (see `restated_facts`).
    restated_facts: list[tuple[int, int, int]] = field(default_factory=list)
    # Offsets of each side's characters removed (A) or added (B) by a pure delete/insert.
    dropped: list[tuple[int, int]] = field(default_factory=list)
    added: list[tuple[int, int]] = field(default_factory=list)


def row_evidence(a: str, b: str, edits: Sequence[Edit], lang: str) -> RowEvidence:
    ev = RowEvidence()
    if not a or not b:
        return ev
    ev.names = name_swaps(a, b, edits, lang)
    seen = {(x.a, x.b) for x in ev.names}
    ev.names += [x for x in given_name_swaps(a, b, lang) if (x.a, x.b) not in seen]
    # words aligned by lemma and spelling inside replaced spans: a cue inserted next to a
    # reworded word is an edit of its own (cues and auxiliaries align only with themselves:
    # "haven't had" / "have been without" is no cue dropped)
    cue, aux = compiled(lang).negation, _aux(lang)
    words = aligned_edits(
        a,
        b,
        edits,
        lambda w: _lemma(w, lang),
        lambda w: w.lower() in aux or bool(cue.fullmatch(w.lower())),
    )
    flips = [c for c in cue_edits(a, b, words, lang, "negation") if not _listed(c, a, b, lang)]
    ev.negation = _uncompensated(flips, a, b, lang, edits)
    speech = _uncompensated(speech_edits(a, b, words, lang), a, b, lang, edits)
    ev.negation_anchored = (_anchored(a, b, lang), _anchored(b, a, lang))
    ev.flips = anchored_flips(a, b, lang, edits) + host_flips(a, b, edits, lang)
    ev.flips += double_negations(a, b, edits, lang) + idiom_flips(a, b, edits, lang)
    ev.flips += negated_negatives(a, b, edits, lang)
    ev.flips += [_speech_flip(c, a, b, lang) for c in speech]
    ev.restated = antonym_restatements(a, b, lang, edits)
    ev.negated_there = negated_counterparts(a, b, edits, lang)
    ev.modality = cue_edits(a, b, edits, lang, "modality")
    ev.values = value_changes(a, b, edits, lang)
    ev.nights = night_shifts(a, b, lang)
    ev.scores = score_spans(a, b, lang)
    ev.restated_facts = restated_facts(a, b, lang)
    ev.dropped = [(e.a_start, e.a_end) for e in edits if e.op == "delete"]
    ev.added = [(e.b_start, e.b_end) for e in edits if e.op == "insert"]
    return ev


# ---------------------------------------------------------------- names


@memoised(100_000)
def _plain(word: str) -> str:
    return unidecode(_POSSESSIVE.sub("", word)).lower()


# Romanisations of one Cyrillic (or German) spelling differ in these letter groups:
# "Aleksey" / "Alexei", "Yury" / "Yuri", "Fyodor" / "Fedor", "Volodymyr" / "Vladimir",
# "Iwan" / "Ivan". Each side is folded to one spelling before they are compared.
_ROMANISATIONS = (
    ("x", "ks"), ("kh", "h"), ("yu", "iu"), ("ya", "ia"), ("ye", "e"), ("yo", "e"),
    ("ts", "c"), ("tz", "c"), ("w", "v"), ("y", "i"), ("j", "i"), ("ii", "i"), ("ei", "i"),
    ("ie", "i"),
)  # fmt: skip


@memoised(100_000)
def _romanised(plain: str) -> str:
    for x, y in _ROMANISATIONS:
        plain = plain.replace(x, y)
    return plain


def _spelled_alike(x: str, y: str, lang: str | None = None) -> bool:
    p, q = _plain(x), _plain(y)
    if p == q or fuzz.ratio(p, q) >= VARIANT_RATIO:
        return True
    if min(len(p), len(q)) >= 4 and fuzz.ratio(_romanised(p), _romanised(q)) >= VARIANT_RATIO:
        return True  # one name romanised two ways: "Aleksey" / "Alexei"
    if min(len(p), len(q)) >= 4 and (p in q or q in p):
        return True  # "Plasma" / "Rekonvaleszenzplasma", "Allgäu" / "Unterallgäu"
    # an abbreviation, not a common word of the language ("Sea" / "Sevastopol", since
    # diff@16; `lang` given)
    abbreviated = _abbreviation(p, q) or _abbreviation(q, p)
    if abbreviated and (lang is None or not _lexical(x if len(p) < len(q) else y, lang)):
        return True
    n = min(len(p), len(q))
    if n >= SHARED_STEM and p[:SHARED_STEM] == q[:SHARED_STEM]:
        return True
    common = next((i for i, (x, y) in enumerate(zip(p, q, strict=False)) if x != y), n)
    return common >= 3 and common >= 0.75 * n  # "Navy" / "Naval"


def _keys_alike(p: NamePart, q: NamePart) -> bool:
    """The phonetic keys nearly agree (transcriptions: "Сэвидж" / "Саваж")."""
    return any(
        min(len(x), len(y)) >= 5 and x[0] == y[0] and fuzz.ratio(x, y) >= VARIANT_RATIO
        for x in p.keys
        for y in q.keys
    )


def _abbreviation(short: str, long: str) -> bool:
    """`short` abbreviates `long`: its letters in order, from the first ("St" / "Street",
    "Utd" / "United")."""
    if len(short) > 4 or len(short) >= len(long) or short[:1] != long[:1]:
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])


def _one_name(p: NamePart, q: NamePart, lang: str) -> bool:
    """Two name words that name one thing: the same key, a spelling or transcription
    variant, a given name and its hypocorism, two names of one place."""
    if same_name(p.text, q.text, lang):
        return True
    if _other_places(p.text, q.text, lang):
        return False  # alike, two places the data tells apart: "Ираке" / "Иране"
    return parts_match(p, q) or _spelled_alike(p.text, q.text, lang) or _keys_alike(p, q)


def _other_places(x: str, y: str, lang: str) -> bool:
    """Since diff@16: `x` and `y` are each a place CLDR/GeoNames know, and no place of
    one is a place of the other ("Iraq" / "Iran", "Austria" / "Australia"): two names
    a letter or two apart are two countries, not one spelled two ways ("Kiev" / "Kyiv"
    share their GeoNames place)."""
    from provenance.extract.name_data import place_ids

    ix, iy = place_ids(_POSSESSIVE.sub("", x), lang), place_ids(_POSSESSIVE.sub("", y), lang)
    return bool(ix) and bool(iy) and not set(ix) & set(iy)


def _counterpart(
    p: NamePart, parts: Sequence[NamePart], words: set[str], lang: str, text: str = ""
) -> bool:
    """`p` names something the other side names too (or says as an ordinary word, or
    as the first part of a compound: "Corona" / "coronavirus", "Merkel" / "Merkel-
    Regierung"; not where `p` is itself part of a hyphenated word of `text`)."""
    plain = _plain(p.text)
    if plain in words or _lemma(p.text, lang) in words:
        return True
    if (
        len(plain) >= SHARED_STEM
        and text[p.end : p.end + 1] != "-"
        and any(_compound_of(plain, w) for w in words)
    ):
        return True
    return any(q.namelike and _one_name(p, q, lang) for q in parts)


# The rest of a compound that opens with a name is a word of at least this many letters.
COMPOUND_REST = 3


def _compound_of(head: str, word: str) -> bool:
    """`word` (plain) is a compound of the name `head` and another word: "coronavirus",
    "corona-krise"."""
    if not word.startswith(head):
        return False
    rest = word[len(head) :].lstrip("-")
    return len(rest) >= COMPOUND_REST and rest.isalpha()


def _surplus(p: NamePart, own: Counter[str], other: Counter[str], lang: str) -> bool:
    """`p`'s word stands more often on its side than on the other: one of its mentions
    may be another name there ("Donald Trump ... Donald Trump" / "Donald Trump ...
    Fernando Trump")."""
    key = _lemma(p.text, lang)
    return 0 < other[key] < own[key]


def _said_more(
    surplus: Sequence[NamePart], own: Sequence[str], other: Sequence[str], lang: str
) -> list[NamePart]:
    """Of the `surplus` words, the known names (`_known`) that stand more often on their
    side than the words spelled alike on the other ("Navy ... Navy" / "Naval ... Navy" is
    none); one mention each, the last (a dateline comes first)."""
    out: dict[str, NamePart] = {}
    for p in surplus:
        if not _known(p, lang):
            continue
        mine = sum(_plain(t) == _plain(p.text) for t in own)
        theirs = sum(_spelled_alike(p.text, t) for t in other if t[:1].isalpha())
        if theirs < mine:
            out[_lemma(p.text, lang)] = p
    return list(out.values())


def _lone_parts(a: str, b: str, lang: str):
    """Each side's name mentions, and the name words with no counterpart on the other."""
    mentions = [extract_names(a, lang), extract_names(b, lang)]
    parts = [[p for m in ms for p in m.parts] for ms in mentions]
    toks = [[t.group() for t in tokens(s)] for s in (a, b)]
    words = [{_plain(t) for t in ts} | {_lemma(t, lang) for t in ts} for ts in toks]
    lone = [
        [p for p in parts[0] if not _counterpart(p, parts[1], words[1], lang, a)],
        [q for q in parts[1] if not _counterpart(q, parts[0], words[0], lang, b)],
    ]
    return mentions, parts, toks, lone


@dataclass
class _NameWords:
    """Both sides' name words, as `name_swaps` pairs them (index 0: side a, 1: side b)."""

    a: str
    b: str
    lang: str
    toks: list[list[str]]  # each side's words
    lone: list[list[NamePart]]  # name words with no counterpart on the other side
    surplus: list[list[NamePart]]  # name words said less often on the other side
    owner: list[dict[int, NameMention]]  # id(name word) -> the name it belongs to
    names: list[list[NamePart]]  # the lone words that are names
    near: list[list[NamePart]]  # names, or words of a name the other side keeps
    used: set[int] = field(default_factory=set)  # id() of the words paired so far


def name_swaps(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[NameSwap]:
    w = _name_words(a, b, lang)
    if w is None:
        return []
    # the replaced spans split between the words both sides share ("графства принцессы
    # Анны" / "Принцессы Дианы": "Анны" / "Дианы" one word for one)
    subs = [e for e in aligned_edits(a, b, edits, lambda t: _lemma(t, lang)) if e.op == "replace"]
    out = [s for e in edits if e.op == "replace" and (s := _swap_in_edit(w, e, subs)) is not None]
    out += _swaps_in_place(w)
    if (last := _last_swap(w)) is not None:
        out.append(last)
    return out


def _name_words(a: str, b: str, lang: str) -> _NameWords | None:
    """Each side's unmatched name words; None when a side has none (no swap possible)."""
    mentions, parts, toks, lone = _lone_parts(a, b, lang)
    counts = [Counter(_lemma(t, lang) for t in ts) for ts in toks]
    # In an edit of one or two words a side, a word repeated less often on the other side
    # counts as unmatched too.
    surplus = [
        [p for p in parts[0] if p not in lone[0] and _surplus(p, counts[0], counts[1], lang)],
        [q for q in parts[1] if q not in lone[1] and _surplus(q, counts[1], counts[0], lang)],
    ]
    if not (lone[0] or surplus[0]) or not (lone[1] or surplus[1]):
        return None
    owner = [{id(p): m for m in ms for p in m.parts} for ms in mentions]
    names = [[p for p in lone[0] if _name(p, lang)], [q for q in lone[1] if _name(q, lang)]]
    near = [
        [
            p
            for p in lone[k] + surplus[k]
            if _name(p, lang) or _in_kept_name(p, owner[k], lone[k], lang)
        ]
        for k in (0, 1)
    ]
    return _NameWords(a, b, lang, toks, lone, surplus, owner, names, near)


def _swap_in_edit(w: _NameWords, e: Edit, subs: Sequence[Edit] = ()) -> NameSwap | None:
    """The name swapped inside one replaced span (the last pair that qualifies), else an
    acronym replaced by a name. `subs`: the replaced spans split between shared words
    (`aligned_edits`): a pair inside one of at most two words a side is a small edit too."""
    a, b, lang, owner, lone = w.a, w.b, w.lang, w.owner, w.lone
    small = _small(e)
    pool = w.near if small else w.names
    pa = [p for p in pool[0] if e.a_start <= p.start and p.end <= e.a_end]
    pb = [q for q in pool[1] if e.b_start <= q.start and q.end <= e.b_end]
    pairs = [
        (p, q)
        for p in pa
        for q in pb
        if (small or _pair(p, q, lang))
        and _swappable(p, q, lang)
        and not _one_name(p, q, lang)
        and not _respelled_in_kept_names(p, q, owner, lone)
    ]
    if not pairs:
        unmatched = [lone[k] + w.surplus[k] for k in (0, 1)]
        if (swap := _acronym_swap(e, a, b, unmatched)) is None:
            return None
        w.used |= {id(x) for x in swap[0]}
        return swap[1]
    p, q = pairs[-1]
    w.used |= {id(p), id(q)}
    strong = _whole_name(p, q, owner, lone)
    # a strong name, or one word changed inside a name whose other words both
    # sides keep ("Virginia Beach" / "Virginia Alexandre")
    kept = _in_kept_name(p, owner[0], lone[0], lang) and _in_kept_name(q, owner[1], lone[1], lang)
    sub = small or any(_holds(x, p, q) and _small(x) for x in subs)
    # one name word for one, each a name (`_name`) that may be another name (`_pair`: a
    # strong name, a given name or place the data knows, or two rare words): "от Техаса"
    # / "от Фостера", where the extractor marks neither strong (case forms)
    single = sub and any(_holds(x, p, q) and _single(x) for x in (e, *subs))
    single = single and p in w.names[0] and q in w.names[1] and _pair(p, q, lang)
    alone = sub and (p.strong or q.strong or kept or single) and not _sentence_start(a, p, b, q)
    unchecked = len(pa) == len(pb) == 1 and _unchecked(p, q, a, b, lang)
    return NameSwap((p.start, p.end), (q.start, q.end), p.text, q.text, strong, alone, unchecked)


def _holds(e: Edit, p: NamePart, q: NamePart) -> bool:
    return e.a_start <= p.start and p.end <= e.a_end and e.b_start <= q.start and q.end <= e.b_end


def _small(e: Edit) -> bool:
    return max(_word_count(e.a_text), _word_count(e.b_text)) <= SMALL_EDIT


def _single(e: Edit) -> bool:
    return _word_count(e.a_text) == _word_count(e.b_text) == 1


def given_name_swaps(a: str, b: str, lang: str) -> list[NameSwap]:
    """One side names two people by one surname in the row ("Donald Trump zu besiegen
    ... Deferred Trump zu besiegen"), the other gives that surname with one of the two
    given names only and says the other given name nowhere in the row: the second given
    name replaced the first in one mention (a given name changed: major, not strong),
    unless the other side also says the surname without a given name (a given name
    dropped, "Bill Clinton" / "Clinton").
    Two of a family named in one row ("Venus and Serena Williams") are named so by both
    versions."""
    mentions = [extract_names(a, lang), extract_names(b, lang)]
    lemmas = [[_lemma(t.group(), lang) for t in tokens(x)] for x in (a, b)]
    said = [set(x) for x in lemmas]
    given: list[dict[str, list[NamePart]]] = [{}, {}]
    for side in (0, 1):
        for m in mentions[side]:
            if len(m.parts) >= 2:
                surname = _lemma(m.parts[-1].text, lang)
                given[side].setdefault(surname, []).append(m.parts[-2])
    out = []
    for side in (0, 1):
        for surname, mine in given[side].items():
            theirs = given[1 - side].get(surname, [])
            keys = {_lemma(p.text, lang) for p in mine}
            their_keys = {_lemma(q.text, lang) for q in theirs}
            if len(keys) < 2 or len(their_keys) != 1 or not their_keys <= keys:
                continue
            # the other side saying the surname without a given name too ("Bill Clinton" /
            # "Clinton") dropped the given name; none replaced it
            if lemmas[1 - side].count(surname) > len(theirs):
                continue
            extra = [
                p
                for p in mine
                if _lemma(p.text, lang) not in their_keys | said[1 - side]
                and not any(_one_name(p, q, lang) for q in theirs)
            ]
            if not extra:
                continue
            p, q = (extra[0], theirs[0]) if side == 0 else (theirs[0], extra[0])
            out.append(NameSwap((p.start, p.end), (q.start, q.end), p.text, q.text, False, True))
    return out


def _swaps_in_place(w: _NameWords) -> list[NameSwap]:
    """Reordered sentences put the two names in different edits: a pair still counts when
    the two stand in the same place, next to the same word ("von Adam Masina" / "von
    Adam Hayden", "Old Trafford" / "Old Jagger")."""
    out = []
    for p in w.names[0]:
        for q in w.names[1]:
            if id(p) in w.used or id(q) in w.used:
                continue
            kept = _kept_neighbour(p, q, w.owner, w.lang)
            if not (kept or _pair(p, q, w.lang, ANCHORED_RARE)):
                continue
            if _respelled_in_kept_names(p, q, w.owner, w.lone):
                continue
            if _swappable(p, q, w.lang) and (kept or _same_neighbour(w.a, p, w.b, q)):
                w.used |= {id(p), id(q)}
                strong = _whole_name(p, q, w.owner, w.lone)
                out.append(NameSwap((p.start, p.end), (q.start, q.end), p.text, q.text, strong))
    return out


def _last_swap(w: _NameWords) -> NameSwap | None:
    """Still unpaired: one strong name on each side and nothing else is a name replaced
    somewhere in a rewritten sentence (weaker evidence). Where a side has no such name,
    a name said more often on it counts ("SEATTLE - ... von Seattle" / "SEATTLE - ... in
    Kargil"); a name the data knows is strong where the capitals of nouns tell little."""
    rest = [[p for p in w.names[k] if id(p) not in w.used] for k in (0, 1)]
    rest = [rest[k] or _said_more(w.surplus[k], w.toks[k], w.toks[1 - k], w.lang) for k in (0, 1)]
    if not (len(rest[0]) == len(rest[1]) == 1 and all(_known(ps[0], w.lang) for ps in rest)):
        return None
    p, q = rest[0][0], rest[1][0]
    if _swappable(p, q, w.lang) and not _respelled_in_kept_names(p, q, w.owner, w.lone):
        return NameSwap((p.start, p.end), (q.start, q.end), p.text, q.text, False)
    return None


def _unchecked(p: NamePart, q: NamePart, a: str, b: str, lang: str) -> bool:
    """Where every noun is capitalised, two name words that are each a strong name, a
    given name or place the data knows, or a rare word ("Landray" / "Darren", "Pozzo" /
    "Lambert"; not "Senator", "Norm"), neither opening its sentence. Since diff@16 also
    a word the dictionary does not know as written, one of the two a name the data
    knows: the dictionary spells the language's nouns as written, so a frequent word it
    lacks is a brand or foreign name ("das chinesische Huawei" / "dem chinesischen
    Nancy"; not "Arsenal", a German noun too), where the word before the two is one word
    (by lemma: the name replaced in place, not "der Konzern aus Shenzhen" / "das
    Unternehmen Huawei", one company described and named)."""
    if not facts(lang).capitalises_nouns or _sentence_start(a, p, b, q):
        return False
    if all(
        x.strong or _travels(x.text, lang) or zipf(x.text.lower(), lang) < RARE_WORD for x in (p, q)
    ):
        return True
    if not any(x.strong or _travels(x.text, lang) for x in (p, q)):
        return False
    if not all(
        x.strong or _travels(x.text, lang) or not in_dictionary(x.text, lang) for x in (p, q)
    ):
        return False
    before = [_NEIGHBOUR.findall(t[: x.start])[-1:] for t, x in ((a, p), (b, q))]
    return all(before) and _lemma(before[0][0], lang) == _lemma(before[1][0], lang)


def _acronym_swap(e: Edit, a: str, b: str, unmatched: list[list[NamePart]]):
    """One word replaced by one word: an acronym by a strong name that does not start
    with its letter ("in the AfD" / "in the Kulzer"): another organisation or a person.
    An acronym spelled out takes more than one word ("AfD" / "Alternative for Germany")."""
    if _word_count(e.a_text) != 1 or _word_count(e.b_text) != 1:
        return None
    pa = [p for p in unmatched[0] if e.a_start <= p.start and p.end <= e.a_end]
    pb = [q for q in unmatched[1] if e.b_start <= q.start and q.end <= e.b_end]
    for p in pa:
        for q in pb:
            if _acronym(p) == _acronym(q) or _sentence_start(a, p, b, q):
                continue
            short, word = (p, q) if _acronym(p) else (q, p)
            if not word.strong or _plain(word.text)[:1] == _plain(short.text)[:1]:
                continue
            if not _same_script(p.text, q.text):
                continue
            swap = NameSwap((p.start, p.end), (q.start, q.end), p.text, q.text, True, True)
            return (p, q), swap
    return None


def _acronym(p: NamePart) -> bool:
    return _acronym_text(p.text)


def _acronym_text(text: str) -> bool:
    """An acronym: two capitals or more, at least half its letters ("AfD", "HSBC",
    "GmbH"); a name with an inner capital is none ("McEnany", "DeSantis", "LeBron")."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and 2 * upper >= len(letters)


def _respelled_in_kept_names(p: NamePart, q: NamePart, owner, lone) -> bool:
    """Two words spelled by other conventions (the extractor's `respelled`: "Жуан" /
    "Жоау") in two names whose other words match: one name transcribed twice."""
    m, n = owner[0][id(p)], owner[1][id(q)]
    if not respelled(p, q) or len(m.parts) < 2 or len(n.parts) < 2:
        return False
    if abs(len(p.text) - len(q.text)) > RESPELLED_LENGTH:
        return False  # a transcription keeps the word's length: "Peter" / "Pereyra" is none
    if _plain(p.text)[:1] != _plain(q.text)[:1]:
        return False  # ... and its first sound: "Hichem" / "Chris" is another name
    return all(x not in lone[0] for x in m.parts if x is not p) or all(
        y not in lone[1] for y in n.parts if y is not q
    )


def _in_kept_name(
    p: NamePart, owner: dict[int, NameMention], lone: list[NamePart], lang: str
) -> bool:
    """A name-like word (no strong name on its own: "Lightning", "Arabia") inside a name
    whose other words the other side keeps ("Tampa Bay Lightning" / "Tampa Bay Bykov")."""
    m = owner[id(p)]
    if not p.namelike or len(m.parts) < 2 or zipf(p.text.lower(), lang) >= KEPT_NAME_WORD:
        return False  # a category word ("Krai" / "Region", "Division" / "Liga")
    return any(x not in lone for x in m.parts if x is not p)


def _sentence_start(a: str, p: NamePart, b: str, q: NamePart) -> bool:
    """Either word opens its sentence, where any word is capitalised."""
    return any(
        not t[: x.start].strip() or t[: x.start].rstrip()[-1:] in '.!?:"«„“'
        for t, x in ((a, p), (b, q))
    )


def _word_count(text: str) -> int:
    return len(_NEIGHBOUR.findall(text))


def _swappable(p: NamePart, q: NamePart, lang: str) -> bool:
    """Two name words that may be two different names: in one script, and neither a
    common word of the language ("Manager", "Senator", "Division": a title or category
    word capitalised in a name: frequent, and in the dictionary in lower case only)
    unless the data knows it as a place or a given name."""
    if not _same_script(p.text, q.text) or _common_word(p, lang) or _common_word(q, lang):
        return False
    # two words the dictionary knows in lower case only: a name translated two ways
    # ("Fatherland" / "Homeland", "Wharfs" / "Shipyards"); or one such word against a word
    # the language does not know at all: a name translated in one version and kept or
    # transliterated in the other ("Knights" / "Vityazi", "Spa" / "Kurstadt")
    lex = (_lexical(p.text, lang), _lexical(q.text, lang))
    if lex[0] and lex[1]:
        return False
    # an acronym against such a word: a title or body said in letters in one version and
    # spelled out in the other ("Tennet CEO" / "Tennet Managing Director")
    if (lex[0] and _acronym_text(q.text)) or (lex[1] and _acronym_text(p.text)):
        return False
    # or such a word inflected, in a plural or a case form, where a morphological
    # dictionary tags proper names (so a common-noun reading alone is one): a common noun
    # naming a team, place or person by a description in one version ("Манчестер" /
    # "Красные Дьяволы", "Эмирейтс" / "в Эмиратах"). Elsewhere a plural is often a name
    # ("Kickers", "Banks").
    return not (
        (lex[0] and (_foreign(q.text, lang) or _described(p.text, lang)))
        or (lex[1] and (_foreign(p.text, lang) or _described(q.text, lang)))
    )


def _described(text: str, lang: str) -> bool:
    return bool(_CYRILLIC.search(text)) and _inflected(text, lang)


def _foreign(text: str, lang: str) -> bool:
    """A word neither the frequency list nor the dictionary of the language knows."""
    return zipf(text.lower(), lang) == 0 and not in_dictionary(text, lang)


def _inflected(text: str, lang: str) -> bool:
    """The word is not its own lemma ("Devils" / "devil", "Дьяволы" / "дьявол")."""
    return _lemma(text.lower(), lang) != _plain(text)


_PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


@memoised(100_000)
def _proper_reading(text: str) -> bool:
    if not _CYRILLIC.search(text):
        return False  # pymorphy3 reads Russian only
    from provenance.extract._text import ru_parses

    return any(t in p.tag for p in ru_parses(text.lower()) for t in _PROPER_TAGS)


_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@memoised(100_000)
def _lexical(text: str, lang: str) -> bool:
    """A common word of the language capitalised: the dictionary has it in lower case and
    not as written; no place or given name (where nouns are capitalised, nothing tells)."""
    if text.isupper() or facts(lang).capitalises_nouns:
        return False
    if not in_dictionary(text.lower(), lang) or in_dictionary(text, lang):
        return False
    from provenance.extract.name_data import place_ids

    # nor a word a morphological dictionary also reads as a proper name (Russian
    # surnames are often noun forms: "Волков", "Быков" = genitive plurals)
    return not hypocorisms(text) and not place_ids(text, lang) and not _proper_reading(text)


@memoised(100_000)
def _common_word(p: NamePart, lang: str) -> bool:
    text = p.text
    if text.isupper() or zipf(text.lower(), lang) < COMMON_NAME_WORD:
        return False
    # the lemmatiser's dictionary spells names with a capital ("Trump", "Korea") and
    # common words as the language writes them ("manager")
    if not in_dictionary(text.lower(), lang) or in_dictionary(text, lang):
        return False
    from provenance.extract.name_data import place_ids

    return not hypocorisms(text) and not place_ids(text, lang)


def co_named(x: str, y: str, names: frozenset[frozenset[str]]) -> bool:
    """Name keys `x` and `y` each stand beside one same other word (by spelling) in two
    names of `names` (`full_names` of one document): "Thaddeus Bellingshausen" and
    "Fabian Bellingschausen"."""
    with_x = [n - {x} for n in names if x in n]
    with_y = [n - {y} for n in names if y in n]
    return any(_spelled_alike(p, q) for m in with_x for n in with_y for p in m for q in n)


def name_lemma(word: str, lang: str) -> str:
    """A name word by lemma, without accents and a possessive (see `_lemma`); not the
    phonetic key of `provenance.extract.names.name_key`."""
    return _lemma(word, lang)


def one_person(x: str, y: str, names: frozenset[frozenset[str]], lang: str) -> bool:
    """`x` and `y` are words of one name that a document gives in full somewhere ("Мишо"
    and "Саваж" of "Мишо Саваж", "Kanye" and "West"): a given name and a surname of one
    person, not two people. `names`: see `full_names`."""
    kx, ky = _lemma(x, lang), _lemma(y, lang)
    return any(_inflected_in(kx, n) and _inflected_in(ky, n) for n in names)


# A name the lemmatiser does not know keeps its case ending ("Уэста", genitive of "Уэст"):
# a word is a form of a name word when it adds at most this many letters to it.
CASE_ENDING = 2


def _inflected_in(word: str, name: frozenset[str]) -> bool:
    """`word` is a word of `name`, or one of its words with a case ending added."""
    if word in name:
        return True
    return any(
        len(w) >= 3 and word.startswith(w) and len(word) - len(w) <= CASE_ENDING for w in name
    )


def full_names(texts: Sequence[str], lang: str) -> frozenset[frozenset[str]]:
    """The lemmas of every name of two words or more in `texts` (a document's rows),
    without the words that only qualify it (see `_qualifier`)."""
    out = set()
    for t in texts:
        for m in extract_names(t, lang):
            words = [p.text for p in m.parts[:-1] if not _qualifier(p.text, lang)]
            if m.parts and words:
                out.add(frozenset(_lemma(w, lang) for w in [*words, m.parts[-1].text]))
    return frozenset(out)


@memoised(100_000)
def _qualifier(word: str, lang: str) -> bool:
    """A word before the last of a name that names its owner, not the person: a
    possessive ("Syria's Tartus") or a country ("Russia Vladimir Putin", "Ирана
    Кианзад"), as CLDR names it."""
    from provenance.extract.name_data import place_ids

    if _POSSESSIVE.search(word):
        return True
    return any(i.startswith("cldr:") for i in place_ids(word, lang))


def _same_script(x: str, y: str) -> bool:
    return x[:1].isascii() == y[:1].isascii()


_NEIGHBOUR = re.compile(r"\w+")


def _same_neighbour(a: str, p: NamePart, b: str, q: NamePart) -> bool:
    """The word before or after the two names is the same word."""
    before = [
        m[-1].lower() if (m := _NEIGHBOUR.findall(t[: x.start])) else ""
        for t, x in ((a, p), (b, q))
    ]
    after = [
        m[0].lower() if (m := _NEIGHBOUR.findall(t[x.end :])) else "" for t, x in ((a, p), (b, q))
    ]
    return (before[0] != "" and before[0] == before[1]) or (after[0] != "" and after[0] == after[1])


def _kept_neighbour(p: NamePart, q: NamePart, owner, lang: str) -> bool:
    """The two words follow (or precede) one name word both names keep: "Chris Martin" /
    "Chris Royal" -- one name's other word replaced, however frequent the two words.
    The kept word is one name in any case or spelling ("Александра Ляказетта" /
    "Марком Ляказеттом", "Matt Meuniers" / "Whittaker Meunier's")."""
    m, n = owner[0][id(p)].parts, owner[1][id(q)].parts
    i, j = m.index(p), n.index(q)
    before = i > 0 and j > 0 and _one_name(m[i - 1], n[j - 1], lang)
    after = i + 1 < len(m) and j + 1 < len(n) and _one_name(m[i + 1], n[j + 1], lang)
    return before or after


def _whole_name(p: NamePart, q: NamePart, owner, lone) -> bool:
    """Strong evidence: a whole name replaced, or the last word (surname, place) of a name
    that keeps its others; a changed given name is weaker."""
    m, n = owner[0][id(p)], owner[1][id(q)]
    if any(x not in lone[0] for x in m.parts) and any(x not in lone[1] for x in n.parts):
        return p is m.parts[-1] and q is n.parts[-1]
    return True


def _pair(p: NamePart, q: NamePart, lang: str, rare: float | None = None) -> bool:
    """Two name words that may be two different names: one a strong name or a given name
    or place the data knows, or both rare words (a language that capitalises nouns marks
    few names strong)."""
    limit = RARE_WORD if rare is None else rare
    if p.strong or q.strong or _travels(p.text, lang) or _travels(q.text, lang):
        return True
    return max(zipf(x.text.lower(), lang) for x in (p, q)) < limit


def _known(p: NamePart, lang: str) -> bool:
    """A strong name, or where nouns are capitalised a name the data knows."""
    return p.strong or (facts(lang).capitalises_nouns and _travels(p.text, lang))


@memoised(100_000)
def _travels(text: str, lang: str) -> bool:
    """A word the data knows as a given name (the `nicknames` table) or a place (CLDR,
    GeoNames): a name in any language, where the capitals of nouns tell nothing."""
    from provenance.extract.name_data import place_ids

    word = _POSSESSIVE.sub("", text)
    return bool(hypocorisms(word)) or bool(place_ids(word, lang))


def _name(p: NamePart, lang: str) -> bool:
    """Evidence enough that a name word is a name: the extractor's strong names, and
    name-like words that are no frequent word of the language; not an acronym (spelled
    out on the other side as often as not)."""
    if _acronym_text(p.text) or not p.namelike:
        return False
    # where every noun is capitalised, name-like already means "not a known common noun"
    if p.strong:
        return True
    if facts(lang).capitalises_nouns:
        # a long word may be a compound noun, unless the data knows it as a given name or
        # place ("Washington", since diff@16)
        return len(p.text) < COMPOUND or _travels(p.text, lang)
    if zipf(p.text.lower(), lang) < COMMON_WORD:
        return True
    # a frequent word that names a place and is no common word ("Colorado", not "Bath")
    from provenance.extract.name_data import place_ids

    return not _lexical(p.text, lang) and bool(place_ids(p.text, lang))


# Not `lower_lemma`: transliterated as `_plain` (names across scripts); a number as written.
@memoised(100_000)
def _lemma(word: str, lang: str) -> str:
    from provenance.util.lexicon import lemma

    return _plain(lemma(word, lang)) if word[:1].isalpha() else word


# ---------------------------------------------------------------- cues


@cache
def _aux(lang: str) -> frozenset[str]:
    """Auxiliary verbs, which come and go with a negation ("sees" / "does not see")."""
    t = lang_data.data(lang, "cues").tense
    return frozenset(t.present_aux | t.past_aux | t.perfect_aux | t.past_perfect_aux | t.future_aux)


@cache
def _removals(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = lang_data.data(lang, "cues").negation_removals
    return tuple((re.compile(p), r) for p, r in pairs)


def _cue_matches(text: str, lang: str, kind: str) -> list[re.Match[str]]:
    c = compiled(lang)
    low = prepared(text, lang)
    if kind == "negation":
        # a cue joined by a hyphen is part of a compound noun, no sentence negation
        # ("Alles-oder-nichts-Begegnung", "Nicht-Regierungsorganisation")
        return [m for m in c.negation.finditer(low) if not _hyphenated(low, m)]
    found = []
    for pat in (c.hedges, c.weak_hedges, c.assertions):
        if pat is not None:
            found.extend(pat.finditer(low))
    return found


def _hyphenated(text: str, m: re.Match[str]) -> bool:
    return text[m.start() - 1 : m.start()] == "-" or text[m.end() : m.end() + 1] == "-"


def _residue(
    text: str, start: int, end: int, cues: list[re.Match[str]], lang: str, kind: str
) -> tuple[Counter[str], list[str]]:
    """The lemmas of the words in [start, end) that are no cue (a negated word's positive
    form stays: "doesn't" -> "does"), without auxiliaries; and the cues found there."""
    inside = [m for m in cues if start <= m.start() and m.end() <= end]
    spans = [(m.start(), m.end()) for m in inside]
    aux = _aux(lang)
    out: Counter[str] = Counter()
    for t in tokens(text[start:end]):
        s, e = start + t.start(), start + t.end()
        word = t.group().lower().replace("’", "'")
        if not word[0].isalnum():
            continue
        if any(a <= s and e <= b for a, b in spans):
            word = _undo(word, lang) if kind == "negation" else ""
        elif any(a < e and s < b for a, b in spans):
            continue  # a word a multi-word cue covers
        if word and word not in aux:
            out[_lemma(word, lang)] += 1
    return out, [text[m.start() : m.end()] for m in inside]


def _undo(word: str, lang: str) -> str:
    for pattern, repl in _removals(lang):
        if pattern.search(word):
            return pattern.sub(repl, word)
    return ""


def cue_edits(a: str, b: str, edits: Sequence[Edit], lang: str, kind: str) -> list[CueEdit]:
    """Edits that add or remove a cue (negation or modality) and nothing else."""
    cues = [_cue_matches(a, lang, kind), _cue_matches(b, lang, kind)]
    if not cues[0] and not cues[1]:
        return []
    out = []
    for e in edits:
        ra, ca = _residue(a, e.a_start, e.a_end, cues[0], lang, kind)
        rb, cb = _residue(b, e.b_start, e.b_end, cues[1], lang, kind)
        if not ca and not cb:
            continue
        if kind == "negation" and bool(ca) == bool(cb):
            continue  # negated on both sides: "not" / "never"
        if kind == "modality" and sorted(map(str.lower, ca)) == sorted(map(str.lower, cb)):
            continue
        if sum(((ra - rb) + (rb - ra)).values()) > (OTHER_WORDS if kind == "negation" else 0):
            continue  # other words changed too: a paraphrase
        direction = "added" if len(cb) > len(ca) else "lost"
        out.append(CueEdit(e, direction, ", ".join(cb or ca)))
    return out


def _listed(c: CueEdit, a: str, b: str, lang: str) -> bool:
    """A correlative ("nor", "ни") added or dropped where both sides hold a negation cue
    before it: one list negated with more or fewer correlatives ("neither their lungs,
    their intestines nor" / "neither lungs, nor intestines, nor"), no flip."""
    if c.cue.lower() not in lang_data.data(lang, "cues").negation_correlatives:
        return False
    before = (a[: c.edit.a_start], b[: c.edit.b_start])
    return all(_cue_matches(t, lang, "negation") for t in before)


def speech_edits(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[CueEdit]:
    """Edits that add or remove a negation cue and replace one verb of saying by another
    (the language's speech data): "Он добавил, что" / "Он не объяснил, что", "He added"
    / "He did not explain". One side reports the statement, the other denies it was made; a
    verb of saying names no concept its negation could restate, as "overlooked" / "did
    not see" does, so the two verbs are one report however they differ."""
    verbs = lang_data.data(lang, "speech").verbs
    cues = [_cue_matches(a, lang, "negation"), _cue_matches(b, lang, "negation")]
    if not verbs or not (cues[0] or cues[1]):
        return []
    out = []
    for e in edits:
        if e.op != "replace":
            continue
        said = []
        sides = ((a, (e.a_start, e.a_end), cues[0]), (b, (e.b_start, e.b_end), cues[1]))
        for text, (s, t), found in sides:
            inside = [m for m in found if s <= m.start() and m.end() <= t]
            rest = [
                w.group().lower()
                for w in tokens(text[s:t])
                if w.group()[0].isalpha()
                and not any(m.start() <= s + w.start() < m.end() for m in inside)
                and w.group().lower() not in _aux(lang)
            ]
            said.append((inside, rest))
        (ca, ra), (cb, rb) = said
        if bool(ca) == bool(cb) or len(ra) != 1 or len(rb) != 1 or ra == rb:
            continue
        if ra[0] in verbs and rb[0] in verbs:
            found = cb or ca
            direction = "added" if cb else "lost"
            out.append(CueEdit(e, direction, ", ".join(m.group() for m in found)))
    return out


def _speech_flip(c: CueEdit, a: str, b: str, lang: str) -> AnchoredFlip:
    """The speech edit `c` as a flip: the cue and the denied verb on the negating side,
    the other side's verb of saying as its anchor."""
    e = c.edit
    side = 1 if c.direction == "added" else 0
    texts = (a, b)
    ranges = ((e.a_start, e.a_end), (e.b_start, e.b_end))
    own, other = ranges[side], ranges[1 - side]
    found = _cue_matches(texts[side], lang, "negation")
    cue = next(m for m in found if own[0] <= m.start() < own[1])
    verbs = lang_data.data(lang, "speech").verbs

    def verb(text: str, s: int, t: int) -> tuple[int, int]:
        w = next(w for w in tokens(text[s:t]) if w.group().lower() in verbs)
        return s + w.start(), s + w.end()

    return AnchoredFlip(
        side,
        cue.span(),
        verb(texts[side], *own),
        verb(texts[1 - side], *other),
        cue.group(),
        "speech",
    )


# Words besides the cue an edit may change and still count as a cue added or removed
# alone (one more word: "is" -> "is not really", "keine" -> "eine neue").
OTHER_WORDS = 1
# Content words after a negation cue that count as what it negates.
NEGATED_WORDS = 2


def _anchored(text: str, other: str, lang: str) -> bool:
    """Some word a negation cue of `text` negates has a counterpart in `other` (the same
    lemma or the same first five letters): the two sides say the same thing about it."""
    cues = _cue_matches(text, lang, "negation")
    if not cues:
        return False
    seen = {_lemma(t.group(), lang) for t in tokens(other)}
    seen |= {_plain(t.group())[:SHARED_STEM] for t in tokens(other)}
    aux = _aux(lang)
    words = [t for t in tokens(text) if t.group()[0].isalpha()]
    for m in cues:
        after = [t for t in words if t.start() >= m.end() and t.group().lower() not in aux]
        after = [t for t in after if len(t.group()) > 2][:NEGATED_WORDS]
        if any(
            _lemma(t.group(), lang) in seen or _plain(t.group())[:SHARED_STEM] in seen
            for t in after
        ):
            return True
    return False


# A word at least this frequent (wordfreq Zipf) is a function word ("the", "eine", "и"):
# no negated word, no anchor.
FUNCTION_WORD = 6.3


def _content(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """The content words of text[start:end]: offsets and lemma; not auxiliaries (nor
    their other forms: "been", "gewesen"), not function words, not negation cues."""
    aux, aux_lemmas = _aux(lang), _aux_lemmas(lang)
    out = []
    for t in tokens(text[start:end]):
        w = t.group()
        low = w.lower()
        if not w[0].isalpha() or len(w) < 3 or low in aux:
            continue
        if zipf(low, lang) >= FUNCTION_WORD or compiled(lang).negation.fullmatch(low):
            continue
        lemma = _lemma(w, lang)
        if lemma not in aux_lemmas:
            out.append((start + t.start(), start + t.end(), lemma))
    return out


@cache
def _aux_lemmas(lang: str) -> frozenset[str]:
    """The lemmas of the auxiliaries with several forms in the data ("be", "have", "do",
    "sein", "werden"): their other forms ("been", "having", "gewesen") are auxiliaries
    too. (A lemma of one form is left out: "used" to is no verb "use".)"""
    lemmas = Counter(_lemma(x, lang) for x in _aux(lang))
    return frozenset(x for x, n in lemmas.items() if n > 1)


def _same_word(x: str, y: str) -> bool:
    """Two lemmas of one word, or of one stem ("arrested" / "arrest", "Offenbarung")."""
    return x == y or (min(len(x), len(y)) >= 6 and x[:SHARED_STEM] == y[:SHARED_STEM])


def anchored_flips(
    a: str, b: str, lang: str, edits: Sequence[Edit] | None = None
) -> list[AnchoredFlip]:
    """Negations on one side whose negated word -- the first content word after the cue
    in its clause -- stands on the other side in a clause with no negation
    (hard or soft, in it or in the clause before) that shares another content word with
    the negated clause: the same statement, negated on one side only. A statement
    negated in other words ("did not see" / "overlooked", "nicht öffentlich" / "privat")
    has no such anchor. With the row's `edits`, the negated word also anchors where it
    stands in the negated clause's place on the other side (`_anchor_in_place`: "were
    not defeated 0-2 (17:21, 17:21)" / "suffered a defeat against the"), where the
    clauses around it may share no other word."""
    from provenance.checks.negation import polarity

    texts = (a, b)
    pol = (polarity(a, lang), polarity(b, lang))
    out: list[AnchoredFlip] = []
    for side in (0, 1):
        text, other = texts[side], texts[1 - side]
        for k, c in enumerate(pol[side]):
            words = _content(text, c.start, c.end, lang)
            flip = _clause_flip(side, c.cues, words, text, other, pol[1 - side], lang)
            if flip is None and edits is not None and c.cues:
                flip = _anchor_in_place(side, k, words, texts, pol, edits, lang)
            if flip is not None:
                out.append(flip)
    return out


def _anchor_in_place(side, k, words, texts, pol, edits, lang) -> AnchoredFlip | None:
    """The negated word of clause `k` of `side` (the first content word after its first
    cue) in the clause's place on the other side by the diff (about a clause long), in a
    clause no negation touches. A negation in the clause before that place counts only
    where the negating side does not negate the clause before its own (with a cue or an
    implicit negative): the negation moved
    over a comma ("neither their lungs, ... nor" / "their lungs ... are not"), else the
    two sides negate that clause alike ("Complaining is not fixing and denouncing is not
    diplomacy" / "Complaints aren't rectifications, judgments are diplomacy")."""
    c = pol[side][k]
    other = texts[1 - side]
    cue = c.cues[0]
    head = _negated_head(words, cue, texts[side], lang)
    if head is None or _determiner(texts[side][cue[0] : cue[1]], lang):
        return None
    start, end = _mapped(edits, side, c.start, c.end, len(other))
    if end <= start or end - start > COUNTERPART_LENGTH * (c.end - c.start):
        return None
    # the negated word's own place: the edit it stands in, or the same word
    start, end = _mapped(edits, side, head[0], head[1], len(other))
    own_before = pol[side][k - 1] if k else None
    # (an implicit negative there negates it too: "was unable to make it, as his car was
    # damaged" / "failed to make it after his car was not damaged")
    moved_over = own_before is None or not (own_before.negated or own_before.lexical)
    idioms: list[tuple[int, int]] | None = None  # found for the first clause that needs them
    theirs = pol[1 - side]
    for j, o in enumerate(theirs):
        if o.end <= start or end <= o.start or _negates(o):
            continue
        if idioms is None:
            idioms = _idiom_spans(other, lang)
        # a word inside an affirmative idiom is negated there in the idiom's own way
        # ("des Eindrucks nicht erwehren")
        hits = [
            w
            for w in _content(other, max(o.start, start), min(o.end, end), lang)
            if _same_word(w[2], head[2])
            and not _within_any(w, idioms)
            and not _cue_before(other, w[0], lang)
        ]
        if not hits:
            continue
        # a clause a conjunction opens may sit in the scope of a negation two clauses
        # back ("not to take shelter under trees (especially ...) or swim"); a clause
        # after a comma alone is a statement of its own
        joined = _opens_with_conjunction(other, o.start, lang)
        reach = theirs[max(j - 2, 0) : j] if joined else theirs[max(j - 1, 0) : j]
        if any(x.negated or x.soft for x in reach) and (moved_over or joined):
            continue
        text = texts[side]
        return AnchoredFlip(side, cue, head[:2], hits[0][:2], text[cue[0] : cue[1]])
    return None


def _negated_head(words, cue: tuple[int, int], text: str, lang: str):
    """What the cue at `cue` negates among its clause's content `words`: the first one
    after it; where the cue ends its clause, the verb before it -- German puts "nicht"
    after the verb and its objects ("schien die Warnung verwechselt zu haben nicht", "sie
    sah den Radfahrer nicht"): the last word before it in lower case whose lemma is
    another word (an inflected form; "Radfahrer", "gestern" are no verb). Not after a
    conjunction: "or not", "oder nicht" negate an alternative, not the clause."""
    after = [w for w in words if w[0] >= cue[1]]
    if after:
        return after[0]
    last = _last_word(text[: cue[0]])
    if last is None or _opens_with_conjunction(text, last.start(1), lang):
        return None
    verbs = [
        w
        for w in words
        if w[1] <= cue[0] and text[w[0]].islower() and w[2] != _plain(text[w[0] : w[1]])
    ]
    return verbs[-1] if verbs else None


def _cue_before(text: str, start: int, lang: str) -> bool:
    """The word before offset `start` of `text` is a negation cue: the word there is
    negated as a constituent ("not much of a festival"), whatever the clause says."""
    m = _last_word(text[:start])
    return m is not None and bool(compiled(lang).negation.fullmatch(m.group(1).lower()))


def _negates(c) -> bool:
    """Clause `c`, where the other side states the negated word, is negated there: by a
    cue or a soft negative other than an affixal one. An affixal negative is a word of
    its own ("indoor", "unemployment", "unrest") that negates no other word of its clause
    ("the opening of indoor movie theaters is planned" states "planned"). (In the clause
    before, where a negation may reach over a comma, any negative still counts.)"""
    return c.negated or any(kind in ("lexical", "cue") for _, _, kind in c.soft_spans)


def _clause_flip(side, cues, words, text, other, clauses, lang) -> AnchoredFlip | None:
    for cue in cues:
        # the first content word after the cue: the negated predicate; when the other side
        # rewords it ("doesn't see" / "overlooks"), the words after it prove nothing
        for head in filter(None, [_negated_head(words, cue, text, lang)]):
            rest = {w[2] for w in words if w is not head}
            anchor = _positive_anchor(head[2], rest, other, clauses, lang)
            if anchor is not None:
                return AnchoredFlip(side, cue, head[:2], anchor, text[cue[0] : cue[1]])
    return None


def _positive_anchor(head: str, rest: set[str], other: str, clauses, lang: str):
    """Offsets of `head` in a clause of `other` that no negation touches and that holds
    another word of `rest`; None if `head` is missing there or negated anywhere."""
    found = None
    for k, c in enumerate(clauses):
        words = _content(other, c.start, c.end, lang)
        hits = [w for w in words if _same_word(w[2], head)]
        if not hits:
            continue
        # negated (or softly) where the other side says it, or in the clause before,
        # which a negation may reach over a comma ("neither their lungs, nor ..."), or by
        # a cue right before it that the check reads as no sentence negation ("not much")
        before = clauses[k - 1] if k else None
        if _negates(c) or (before is not None and (before.negated or before.soft)):
            return None
        if any(_cue_before(other, w[0], lang) for w in hits):
            return None
        if found is None and any(_same_word(w[2], r) for w in words for r in rest):
            found = hits[0][:2]
    return found


def antonym_restatements(
    a: str, b: str, lang: str, edits: Sequence[Edit] | None = None
) -> frozenset[str]:
    """The directions in which one side negates a concept of the antonym lexicon that the
    other side states, unnegated, by its opposite pole: "not allowed" / "forbidden",
    "nicht gut" / "schlecht" -- one statement, negated in other words. "lost": A holds
    the negation; "added": B. With the row's `edits`, the opposite pole must stand in the
    negation's place on the other side (its clause mapped through the diff, and the
    clause either side): "не остановились ... Некоторые разбили" / "остановились ...
    Некоторые начали" says "not stopped" in no other words."""
    from provenance.checks.antonyms import mentions

    texts = (a, b)
    found = (mentions(a, lang), mentions(b, lang))
    plain = [Counter((m.concept, m.pole) for m in ms if not m.negated) for ms in found]
    out = set()
    for side in (0, 1):
        # the opposite pole said on the other side more often than on the negated side
        # itself ("Earlier ... not charged ... later" / "Earlier ... accused ... later" is
        # no "not early" said as "later")
        extra = plain[1 - side] - plain[side]
        for m in found[side]:
            if not m.negated or not extra[(m.concept, -m.pole)]:
                continue
            if edits is None or _pole_in_place(m, side, texts, found[1 - side], edits, lang):
                out.add("added" if side == 1 else "lost")
    return frozenset(out)


def _pole_in_place(m, side: int, texts, theirs, edits: Sequence[Edit], lang: str) -> bool:
    """An unnegated mention of `m`'s opposite pole among `theirs` (the other side's) stands
    in the place of `m`'s clause on the other side, or a clause either side of it."""
    own = [(c.start, c.end) for c in _polarity(texts[side], lang)]
    spans = [(c.start, c.end) for c in _polarity(texts[1 - side], lang)]
    clause = _around(own, m.start, m.end)
    if not clause:
        return False
    start, end = _mapped(edits, side, clause[0][0], clause[-1][1], len(texts[1 - side]))
    place = _around(spans, start, end, NEIGHBOUR_CLAUSES)
    return any(
        o.concept == m.concept and o.pole == -m.pole and not o.negated and _within(o, place)
        for o in theirs
    )


def _within(m, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


def _uncompensated(
    flips: list[CueEdit], a: str, b: str, lang: str, edits: Sequence[Edit]
) -> list[CueEdit]:
    """The flips that change the polarity where they stand: not a second cue in a clause
    already negated (negative concord: "ничего существенного" / "нет ничего
    серьезного", "не было никакой" / "не было"), nor a cue whose place the other side
    negates with another cue ("don't have any" / "have no", "neither ... nor" / "not")."""
    if not flips:
        return []
    cues = (_cue_matches(a, lang, "negation"), _cue_matches(b, lang, "negation"))
    pol = (_polarity(a, lang), _polarity(b, lang))
    spans = tuple([(c.start, c.end) for c in p] for p in pol)
    implicit = (_implicit(pol[0], a, lang), _implicit(pol[1], b, lang))
    sites = (_sites(pol[0], cues[0], lang), _sites(pol[1], cues[1], lang))
    out = []
    for f in flips:
        side = 1 if f.direction == "added" else 0
        e = f.edit
        own = (e.a_start, e.a_end) if side == 0 else (e.b_start, e.b_end)
        other = (e.b_start, e.b_end) if side == 0 else (e.a_start, e.a_end)
        own_clauses = _around(spans[side], *own)
        if _concord(f, own, own_clauses, cues[side], lang):
            continue
        place = _around(spans[1 - side], *other)
        there = _around(spans[1 - side], *other, NEIGHBOUR_CLAUSES)
        here_clauses = _around(spans[side], *own, NEIGHBOUR_CLAUSES)
        # the negating side's own implicit negatives around the edit
        here = _words_in(
            [x for x in implicit[side] if x[1] <= own[0] or own[1] <= x[0]], here_clauses
        )
        # the other side's cues in the flip's place, beyond those the negating side has in
        # the flip's clause besides it ("Nobody is allowed" / "Nobody is not allowed": one
        # "nobody" each, no compensation)
        theirs = sum(_inside(m, place) for m in cues[1 - side])
        mine = sum(_inside(m, own_clauses) and not _inside(m, [own]) for m in cues[side])
        if theirs > mine or _negative(there, (), implicit[1 - side], here):
            continue
        # a cue a clause away: the negation moved ("neither their lungs, ... nor" / "their
        # lungs ... are not"), unless the negating side has a negation of its own there
        # ("Если ему не удастся, парламент будет" / "В случае неудачи, парламент не будет")
        near = [x for x in there if x not in place]
        if _outweighed(sites[1 - side], near, sites[side], here_clauses, own):
            continue
        out.append(f)
    return out


def _concord(
    f: CueEdit,
    own: tuple[int, int],
    clauses: Sequence[tuple[int, int]],
    cues: Sequence[re.Match[str]],
    lang: str,
) -> bool:
    """Another cue of the flip's own clauses makes one negation with the flipped cue:
    negative concord, where the language has it and one of the two is a concord word
    ("не было никакой" / "не было", "нет ничего" / "ничего"). Where it has none (English,
    German), two cues in a clause cancel out, so a cue added to a negated clause flips it
    ("Nobody may leave" / "No one is not allowed to leave")."""
    concord = lang_data.data(lang, "cues").negation_concord
    if not concord:
        return False
    pattern = re.compile(concord)
    others = [
        m for m in cues if _inside(m, clauses) and not (own[0] <= m.start() and m.end() <= own[1])
    ]
    if not others:
        return False
    flipped = [w.strip().lower() for w in f.cue.split(",")]
    return any(pattern.fullmatch(w) for w in flipped) or any(
        pattern.fullmatch(m.group().lower()) for m in others
    )


_Site = tuple[int, int, str]  # offsets and kind ("cue", "lexical", "affixal") of a negative


def _sites(clauses, cues: Sequence[re.Match[str]], lang: str) -> list[_Site]:
    """Where a side says a negation: its cues (not the correlatives that complete
    another: "nor"), and its soft negatives that no cue covers ("неудачи")."""
    correlatives = lang_data.data(lang, "cues").negation_correlatives
    out = [(m.start(), m.end(), "cue") for m in cues if m.group().lower() not in correlatives]
    for c in clauses:
        for x, y, kind in c.soft_spans:
            if kind != "concord" and not any(s < y and x < e for s, e, _ in out):
                out.append((x, y, kind))
    return out


def _outweighed(
    theirs: Sequence[_Site],
    there: Sequence[tuple[int, int]],
    mine: Sequence[_Site],
    here: Sequence[tuple[int, int]],
    skip: tuple[int, int],
) -> bool:
    """The other side holds more cues `there` than the negating side holds negatives of
    any kind (an affixal one too) `here`, besides the flip at `skip`: one of the other
    side's cues says the flip's negation in another clause."""

    def within(x: int, y: int, clauses) -> bool:
        return any(s <= x and y <= e for s, e in clauses)

    other = sum(within(x, y, there) for x, y, kind in theirs if kind == "cue")
    own = sum(within(x, y, here) and (y <= skip[0] or skip[1] <= x) for x, y, _ in mine)
    return other > own


def _polarity(text: str, lang: str):
    from provenance.checks.negation import polarity

    return polarity(text, lang)


_Implicit = tuple[int, int, str]  # offsets and lemmas of an implicit negative


def _implicit(clauses, text: str, lang: str) -> list[_Implicit]:
    """The implicit negatives of a side's clauses ("denied", "without", "неспособность"):
    another way to say a negation. (Affixal ones -- "unrest", "unemployment" -- are too
    often mere words.)"""
    return [
        (x, y, _span_lemma(text, x, y, lang))
        for c in clauses
        for x, y, kind in c.soft_spans
        if kind == "lexical"
    ]


def _words_in(implicit: Sequence[_Implicit], clauses: Sequence[tuple[int, int]]) -> set[str]:
    return {w for x, y, w in implicit if any(s <= x and y <= e for s, e in clauses)}


def _negative(
    clauses: Sequence[tuple[int, int]],
    cues: Sequence[re.Match[str]],
    implicit: Sequence[_Implicit],
    own: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """`clauses` hold a negation cue, or an implicit negative other than the `own` ones
    the negating side has in its place ("will cease" / "will not cease" is the same verb
    negated, no negation said otherwise)."""
    return any(_inside(m, clauses) for m in cues) or bool(_words_in(implicit, clauses) - own)


def _around(
    spans: Sequence[tuple[int, int]], start: int, end: int, reach: int = 0
) -> list[tuple[int, int]]:
    """The clauses overlapping [start, end) (the one holding `start` when it is empty),
    and `reach` clauses on either side of them."""
    hit = [k for k, (s, e) in enumerate(spans) if s < max(end, start + 1) and start < e]
    if not hit:
        return []
    return list(spans[max(hit[0] - reach, 0) : hit[-1] + reach + 1])


def _upto(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The clauses overlapping [start, end) and the `NEIGHBOUR_CLAUSES` before them."""
    hit = [k for k, (s, e) in enumerate(spans) if s < max(end, start + 1) and start < e]
    if not hit:
        return []
    return list(spans[max(hit[0] - NEIGHBOUR_CLAUSES, 0) : hit[-1] + 1])


# A negation's place on the other side reaches this many clauses either way: where one
# version negates a list ("neither their lungs, their intestines nor ..."), the other may
# negate its verb a comma later ("their lungs, intestines and muscles are not ...").
NEIGHBOUR_CLAUSES = 1


def _inside(m: re.Match[str], spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= m.start() and m.end() <= e for s, e in spans)


def host_flips(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[AnchoredFlip]:
    """`_host_flips`, and where the language writes clitics (`comparison.clitics`: "It's"),
    those found with them written out ("It's definitely possible" / "It is not completely
    possible": "is" shared); offsets are the original texts'."""
    out = _host_flips(a, b, edits, lang)
    (xa, ra), (xb, rb) = expanded(a, lang), expanded(b, lang)
    if not ra and not rb:
        return out
    regions = (ra, rb)
    seen = {(f.side, f.cue) for f in out}
    for f in _host_flips(xa, xb, word_diff(xa, xb), lang):
        own, other = regions[f.side], regions[1 - f.side]
        flip = AnchoredFlip(
            f.side,
            (back(f.cue[0], own), back(f.cue[1], own, True)),
            (back(f.head[0], own), back(f.head[1], own, True)),
            (back(f.anchor[0], other), back(f.anchor[1], other, True)),
            f.cue_text,
            f.by,
        )
        if (flip.side, flip.cue) not in seen:
            out.append(flip)
    return out


def _host_flips(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[AnchoredFlip]:
    """Negation cues that open an edit right after an auxiliary both sides share, where
    the other side goes on without a cue in that clause: "a Russian was [not charged]" /
    "a Russian was [accused]", "This will [not make it possible]" / "This step will
    [let]". The auxiliary carries the statement's polarity; the words after it may be
    reworded, the polarity is changed."""
    texts = (a, b)
    cues = (_cue_matches(a, lang, "negation"), _cue_matches(b, lang, "negation"))
    pol = (_polarity(a, lang), _polarity(b, lang))
    spans = tuple([(c.start, c.end) for c in p] for p in pol)
    # an implicit negative there says it too ("widersprach der Behauptung, sie habe ..."
    # / "sie habe nicht ...")
    implicit = (_implicit(pol[0], a, lang), _implicit(pol[1], b, lang))
    out: list[AnchoredFlip] = []
    for e in edits:
        for side in (0, 1):
            own = (e.a_start, e.a_end) if side == 0 else (e.b_start, e.b_end)
            other = (e.b_start, e.b_end) if side == 0 else (e.a_start, e.a_end)
            text, other_text = texts[side], texts[1 - side]
            first = next((m for m in cues[side] if m.start() == own[0] < own[1]), None)
            if first is None:
                continue
            host = _host(text, own[0], lang)
            if host is None:
                continue
            twin = _host(other_text, other[0], lang)
            if twin is None or twin[1] != host[1]:
                continue
            there = _around(spans[1 - side], *other, NEIGHBOUR_CLAUSES)
            around = _around(spans[side], *own, NEIGHBOUR_CLAUSES)
            here = _words_in(implicit[side], around)
            # the other side's cues nearby, beyond those the negating side has there
            # besides this one: a cue of its own says the negation elsewhere ("HSBC hegt
            # keine Feindseligkeit und hat Huawei nichts angehängt" / "ist nicht feindlich
            # und hat Huawei falsch beschuldigt": one cue each for the first statement)
            theirs = sum(_inside(m, there) for m in cues[1 - side])
            if theirs > sum(_inside(m, around) and m is not first for m in cues[side]):
                continue
            # an implicit negative counts in the place and the clause before it, whose
            # scope reaches over the comma ("widersprach der Behauptung, sie habe"); one
            # in a later clause negates that clause ("will let them focus on missions and
            # prevent provocations" / "will not make it possible to avoid ...")
            if _words_in(implicit[1 - side], _upto(spans[1 - side], *other)) - here:
                continue
            anchor = twin[0]
            cue = (first.start(), first.end())
            out.append(AnchoredFlip(side, cue, cue, anchor, text[cue[0] : cue[1]], "auxiliary"))
    return out


# Words that may stand between the auxiliary and the cue: German negates after the
# objects ("hat Huawei nichts angehängt").
HOST_GAP = 2


def _host(text: str, end: int, lang: str) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The auxiliary a cue at `end` hangs on: the word right before it, or one up to
    `HOST_GAP` capitalised words before it in the same clause -- the object both sides
    name alike, after which German puts the negation ("hat Huawei nichts angehängt"); no
    function word ("ist es nicht", "is it not" ask) nor adverb ("will soon no longer").
    Its offsets and the words from it to `end`, lower case; None if there is none."""
    aux = _aux(lang)
    last = _last_word(text[:end])
    if last is None:
        return None
    if last.group(1).lower() in aux:
        return last.span(1), (last.group(1).lower(),)
    words = list(_NEIGHBOUR.finditer(text[: last.end(1)]))[-HOST_GAP - 1 :]
    for k in range(len(words) - 1, -1, -1):
        w, low = words[k], words[k].group().lower()
        if k < len(words) - 1 and re.search(r"[^\w\s]", text[w.end() : words[k + 1].start()]):
            return None  # punctuation: another clause
        if low in aux and k < len(words) - 1:
            return w.span(), tuple(x.group().lower() for x in words[k:])
        if not w.group()[0].isupper() or zipf(low, lang) >= FUNCTION_WORD:
            return None  # a noun or name, not an adverb ("will soon no longer be")
    return None


# A clause's counterpart found through the diff is a clause's worth of words only when it
# is at most this many times as long (a long rewritten span holds anything).
COUNTERPART_LENGTH = 2.0


@cache
def _embedding_words(lang: str) -> re.Pattern[str] | None:
    """Words that open another clause, a question or a condition, or mark negative
    polarity ("whether", "ob", "ever"): the language data's clause, conditional openers
    and negative-polarity patterns."""
    d = lang_data.data(lang, "cues")
    words = [rf"\b{w}\b" for w in (*d.clause_openers, *d.conditional_openers)]
    patterns = [*words, *d.negative_polarity]
    return re.compile("|".join(patterns), re.IGNORECASE) if patterns else None


def _embedded(between: str, lang: str) -> bool:
    """The words between two cues open another clause or a question: the second cue
    negates that ("can't get around the debate as to whether it shouldn't be")."""
    pattern = _embedding_words(lang)
    return pattern is not None and pattern.search(between) is not None


def double_negations(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[AnchoredFlip]:
    """Clauses negated twice where the language has no negative concord (English, German:
    two cues cancel out, "No one is not allowed to leave" = everyone may), whose place on
    the other side -- mapped through the diff, about a clause long -- negates once
    ("Nobody may leave"): the two say opposite things. The flip's `side` holds the single
    negation; its `anchor` spans the double one. Correlatives ("nor") complete another
    cue and count for none."""
    data = lang_data.data(lang, "cues")
    if data.negative_concord:
        return []
    texts = (a, b)
    pol = (_polarity(a, lang), _polarity(b, lang))

    def plain(text: str, c) -> list[tuple[int, int]]:
        return [(x, y) for x, y in c.cues if text[x:y].lower() not in data.negation_correlatives]

    out: list[AnchoredFlip] = []
    for side in (0, 1):
        text, other = texts[side], texts[1 - side]
        for c in pol[side]:
            twice = plain(text, c)
            twice = sorted(twice + _idiom_cues(text, c.start, c.end, twice, lang))
            if len(twice) < 2 or _embedded(text[twice[0][1] : twice[-1][0]], lang):
                continue
            start, end = _mapped(edits, side, c.start, c.end, len(other))
            if end <= start or end - start > COUNTERPART_LENGTH * (c.end - c.start):
                continue
            place = [o for o in pol[1 - side] if o.start < end and start < o.end]
            once = [cue for o in place for cue in plain(other, o)]
            if len(once) != 1 or any(o.soft for o in place):
                continue
            cue = once[0]
            anchor = (twice[0][0], twice[-1][1])
            out.append(AnchoredFlip(1 - side, cue, cue, anchor, other[cue[0] : cue[1]], "double"))
    return out


# Words and spaces only: a comma or a dash ends the phrase the cue negates.
_PLAIN_GAP = re.compile(r"[\w\s'’]*")


def _idiom_cues(
    text: str, start: int, end: int, cues: Sequence[tuple[int, int]], lang: str
) -> list[tuple[int, int]]:
    """The cues opening affirmative idioms that start in text[start:end] right after one
    of `cues`, only auxiliaries between ("should not be no more than", "is not not
    only"): the negation check blanks the idiom, but the cue before negates it, so the
    clause is negated twice ("should be more than"). Offsets of the idioms' own cues."""
    c = compiled(lang)
    if c.idioms is None or not cues:
        return []
    low = text.lower()
    if len(low) != len(text):
        return []
    aux, aux_lemmas = _aux(lang), _aux_lemmas(lang)
    out = []
    # the idiom may reach past the clause: "nicht mehr als" ends in a clause opener
    for m in c.idioms.finditer(low, start):
        cue = c.negation.match(low, m.start())
        if m.start() >= end:
            break
        if cue is None or cue.end() >= m.end():
            continue
        for _, y in cues:
            gap = text[y : m.start()]
            between = [t.group() for t in tokens(gap)]
            if (
                y <= m.start()
                and _PLAIN_GAP.fullmatch(gap)
                and all(w.lower() in aux or _lemma(w, lang) in aux_lemmas for w in between)
            ):
                out.append((cue.start(), cue.end()))
                break
    return out


def negated_negatives(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[AnchoredFlip]:
    """A negative word (an implicit negative of the data: "banned", "verboten") negated
    by one cue where the language has no negative concord ("is not set to be banned":
    allowed), whose clause's place on the other side -- mapped through the diff, about a
    clause long, sharing another content word -- states a negative word unnegated ("is
    forbidden"): the two say opposite things, where the check reads the other side's
    negative as the negation said in other words. The flip's `side` holds the cue, its
    `head` the negated negative, its `anchor` the other side's."""
    data = lang_data.data(lang, "cues")
    if data.negative_concord:
        return []
    texts = (a, b)
    pol = (_polarity(a, lang), _polarity(b, lang))

    def negatives(c) -> list[tuple[int, int]]:
        return [(x, y) for x, y, kind in c.soft_spans if kind == "lexical"]

    out: list[AnchoredFlip] = []
    for side in (0, 1):
        text, other = texts[side], texts[1 - side]
        for c in pol[side]:
            cues = [
                (x, y) for x, y in c.cues if text[x:y].lower() not in data.negation_correlatives
            ]
            if len(cues) != 1 or len(c.soft_spans) != 1:
                continue
            cue, said = cues[0], negatives(c)
            if not said or said[0][0] < cue[1]:
                continue  # the negative word stands after the cue that negates it
            first = _NEIGHBOUR.search(text, c.start)
            if first is not None and first.group().lower() in data.conditional_openers:
                continue  # "wenn ihm Foster nicht die Chance verweigert hätte": counterfactual
            start, end = _mapped(edits, side, c.start, c.end, len(other))
            if end <= start or end - start > COUNTERPART_LENGTH * (c.end - c.start):
                continue
            place = [o for o in pol[1 - side] if o.start < end and start < o.end]
            theirs = [n for o in place for n in negatives(o)]
            if len(theirs) != 1 or any(o.cues or len(o.soft_spans) > 1 for o in place):
                continue  # negated there once, by that negative alone
            own = {w[2] for w in _content(text, c.start, c.end, lang)}
            shared = {w[2] for o in place for w in _content(other, o.start, o.end, lang)}
            if not own & shared:
                continue
            mentioned = {w[2] for w in _content(other, *theirs[0], lang)} & {
                w[2] for w in _content(text, 0, len(text), lang)
            }
            if mentioned and not _predicate(text, cue, said[0], mentioned, lang):
                # the other side's negative is a word this side says too ("has not lifted
                # the ban" / "the ban remains", "did not deny that the ban …" / "confirmed
                # that the ban …"): the object both mention, not the answer
                continue
            out.append(
                AnchoredFlip(side, cue, said[0], theirs[0], text[cue[0] : cue[1]], "negative")
            )
    return out


def _predicate(text: str, cue, said, mentioned: set[str], lang: str) -> bool:
    """The negated negative at `said` is the word both sides say (`mentioned`) and the
    cue's own predicate: only uninflected lower-case words (adverbs: "ist nicht
    tatsächlich relativ selten" / "ist eher selten") stand between them; a verb there
    ("has not lifted the ban") is what the cue negates, the negative its object."""
    if {_lemma(w, lang) for w in text[said[0] : said[1]].split()} != mentioned:
        return False
    between = [t.group() for t in tokens(text[cue[1] : said[0]]) if t.group()[0].isalnum()]
    return all(w.islower() and _lemma(w, lang) == _plain(w) for w in between)


def idiom_flips(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[AnchoredFlip]:
    """An affirmative idiom that opens with a negation cue on one side ("not just", "nicht
    nur", "не только", "nicht selten", "no more than") where the other side, in its place
    by the diff, says the idiom without the cue ("only", "nur", "selten", "more than"):
    the negation check rightly reads no sentence negation in the idiom, but the two
    state opposites ("müssen nur selten" / "sind nicht nur selten": rarely / not only
    rarely; "is only part of" / "is not just the tip of"). The other side's word counts
    where the cue before it would make the same idiom ("not" + "only" matches "not
    just"'s pattern), outside an idiom of its own and in clauses no cue negates. The
    flip's `side` holds the idiom."""
    c = compiled(lang)
    if c.idioms is None:
        return []
    texts = (a, b)
    lows = (a.lower(), b.lower())
    if len(lows[0]) != len(a) or len(lows[1]) != len(b):
        return []
    found = [list(c.idioms.finditer(low)) for low in lows]
    pol = (_polarity(a, lang), _polarity(b, lang))
    out: list[AnchoredFlip] = []
    for side in (0, 1):
        other_low = lows[1 - side]
        for m in found[side]:
            cue = c.negation.match(lows[side], m.start())
            if cue is None or cue.end() >= m.end() or _determiner(cue.group(), lang):
                continue  # "kein Problem" / "Probleme": a noun, named in other words
            start, end = _mapped(edits, side, m.start(), m.end(), len(other_low))
            if end <= start or end - start > COUNTERPART_LENGTH * (m.end() - m.start()) + 20:
                continue
            # the idiom's own pattern (its alternatives are its synonyms: "not just" /
            # "only"), not another idiom's ("nicht der einzige" / "nur")
            own = next((p for p in _idiom_patterns(lang) if p.match(lows[side], m.start())), None)
            if own is None:
                continue
            twin = _idiom_twin(own, cue.group(), other_low, start, end, found[1 - side])
            if twin is None or any(o.negated for o in pol[1 - side] if _touches(o, *twin)):
                continue
            span = (cue.start(), cue.end())
            text = texts[side]
            out.append(AnchoredFlip(side, span, span, twin, text[span[0] : span[1]], "idiom"))
    return out


def _determiner(cue: str, lang: str) -> bool:
    """A negative determiner ("kein", "no"): undone, an article ("ein", "a"). It negates
    a noun, which the other side may name in a statement of its own ("keine Masken
    tragen wollten" / "sich weigerten, die Maske aufzusetzen")."""
    undone = _undo(cue.lower(), lang)
    return bool(undone) and zipf(undone, lang) >= FUNCTION_WORD


def _opens_with_conjunction(text: str, start: int, lang: str) -> bool:
    """The clause at `start` opens with one of the language's clause openers."""
    first = _NEIGHBOUR.search(text, start)
    openers = compiled(lang).openers  # patterns: "bis" before "zu" opens nothing
    if first is None or openers is None:
        return False
    return openers.match(text[first.start() :].lower()) is not None


def _idiom_spans(text: str, lang: str) -> list[tuple[int, int]]:
    pattern = compiled(lang).idioms
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text.lower())]


def _within_any(w: tuple[int, int, str], spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= w[0] and w[1] <= e for s, e in spans)


@cache
def _idiom_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lang_data.data(lang, "cues").affirmative_idioms)


def _idiom_twin(idioms, cue: str, low: str, start: int, end: int, theirs):
    """Offsets of the words in low[start:end] that, after `cue`, make an idiom match
    (outside the idioms `theirs` of that side already); None when there are none."""
    for t in tokens(low[start:end]):
        at = start + t.start()
        if not t.group()[0].isalpha() or any(x.start() <= at < x.end() for x in theirs):
            continue
        phrase = f"{cue} {low[at:]}"
        m = idioms.match(phrase)
        if m is not None and m.end() > len(cue) + 1:
            return at, at + m.end() - len(cue) - 1
    return None


def _touches(c, start: int, end: int) -> bool:
    return c.start < end and start < c.end


def negated_counterparts(a: str, b: str, edits: Sequence[Edit], lang: str) -> frozenset[str]:
    """The directions ("added": B negates; "lost": A) in which each negated clause of
    the negating side has a counterpart on the other side -- the words in its place by
    the diff, no longer than about a clause -- that is itself negative: a negation cue,
    or a soft negative ("can't be conveyed" / "indescribable" is the other's words for
    the same negation; "не удалось" / "неспособность")."""
    texts = (a, b)
    pol = (_polarity(a, lang), _polarity(b, lang))
    out = set()
    for side in (0, 1):
        negated = [c for c in pol[side] if c.negated]
        if negated and all(_negative_there(c, side, texts, pol, edits, lang) for c in negated):
            out.add("added" if side == 1 else "lost")
    return frozenset(out)


def _negative_there(c, side: int, texts, pol, edits: Sequence[Edit], lang: str) -> bool:
    start, end = _mapped(edits, side, c.start, c.end, len(texts[1 - side]))
    if end <= start or end - start > COUNTERPART_LENGTH * (c.end - c.start):
        return False
    # the clauses' own cues (a lone "ни" of negative concord negates nothing); soft
    # negatives only beyond those of the negated clause itself ("will cease" / "will not
    # cease" is the same verb negated)
    if any(start <= x and y <= end for o in pol[1 - side] for x, y in o.cues):
        return True
    own = {_span_lemma(texts[side], x, y, lang) for x, y, k in c.soft_spans if k != "concord"}
    # nor a soft negative that is a word of the negated clause itself, however written:
    # "was cancelled" / "was not canceled" negates the very verb ("canceled" is no soft
    # negative of the data, "cancelled" is); "введенные с целью предотвратить" /
    # "не были введены для предотвращения" (one stem)
    words = [m.group() for m in tokens(texts[side][c.start : c.end]) if m.group()[:1].isalpha()]
    return any(
        (said := _span_lemma(texts[1 - side], x, y, lang)) not in own
        and not any(_negated_word(said, texts[1 - side][x:y], w, lang) for w in words)
        for o in pol[1 - side]
        for x, y, kind in o.soft_spans
        if kind != "concord" and start <= x and y <= end
    )


def _negated_word(said: str, text: str, word: str, lang: str) -> bool:
    """The soft negative `text` (lemma `said`) and `word` of a negated clause are one
    word: by lemma or stem (`_same_word`), or spelled alike (`diff.same_word`)."""
    if " " in text.strip():
        return False
    return _same_word(said, _lemma(word, lang)) or same_word(text, word, lambda w: _lemma(w, lang))


def _span_lemma(text: str, x: int, y: int, lang: str) -> str:
    return " ".join(_lemma(w, lang) for w in text[x:y].split())


def _mapped(edits: Sequence[Edit], side: int, start: int, end: int, size: int):
    """The range of the other side in the place of [start, end) of `side`, by the diff:
    equal text maps offset for offset, an edit to the whole of its other side."""

    def pos(x: int, at_end: bool) -> int:
        shift = 0
        for e in edits:
            s0, s1 = (e.a_start, e.a_end) if side == 0 else (e.b_start, e.b_end)
            o0, o1 = (e.b_start, e.b_end) if side == 0 else (e.a_start, e.a_end)
            if x < s0 or (x == s0 and s0 < s1):
                break
            if x <= s1 and s0 < s1:
                return o1 if at_end else o0
            shift = o1 - s1
        return min(max(x + shift, 0), size)

    return pos(start, False), pos(end, True)


_LAST_WORD = re.compile(r"(\w+(?:['’]\w+)*)\s*$")


def _last_word(text: str) -> re.Match[str] | None:
    """The last word of `text` when only spaces follow it (group 1)."""
    return _LAST_WORD.search(text)


# ---------------------------------------------------------------- values


_Fact = tuple[int, int, frozenset[tuple[str, float]], str]  # offsets, values, unit
# Decimal places a number's value is compared to.
VALUE_DIGITS = 6


def _facts(text: str, lang: str) -> list[_Fact]:
    """Each number and date of `text`: its offsets, the values it states, its unit."""
    out = []
    for q in extract_numbers(text, lang):
        # rounded: a value computed two ways ("5:47 PM", "17:47": 17 + 47/60 hours) is
        # one value, whatever the floats' last bits
        vals = {("n", round(v, VALUE_DIGITS)) for v in (q.value, q.high) if v is not None}
        out.append((q.start, q.end, frozenset(vals), q.unit or ""))
    for d in extract_dates(text, lang):
        parts = (("y", d.year), ("m", d.month), ("d", d.day), ("w", d.weekday))
        vals = {(k, float(v)) for k, v in parts if v is not None}
        if d.relative:
            vals.add(("r:" + d.relative, 0.0))
        out.append((d.start, d.end, frozenset(vals), ""))
    return out


def _decade_of(vals: frozenset[tuple[str, float]]) -> float | None:
    """The decade a fact states with its century ("1960s", "1960er", "1960-х": the years
    1960-1969): its two digits (60)."""
    if len(vals) != 2 or {k for k, _ in vals} != {"n"}:
        return None
    low, high = sorted(v for _, v in vals)
    if high - low != 9 or low % 10 or not _YEARS[0] <= low < _YEARS[1]:
        return None
    return low % 100


def _decades_matched(
    fa: list[_Fact], fb: list[_Fact], a_text: str, b_text: str
) -> tuple[list[_Fact], list[_Fact]]:
    """The facts of two sides with a decade stated with its century on one side and
    without it on the other, as translators write it ("the 1960s" / "the '60s",
    "1960er" / "sechziger Jahre", "1960-х" / "60-е"), made one value of a kind of its own.
    Only where the other side has no decade with its century: "in the 1990s, 99 houses" /
    "in den 1990er Jahren, 90 Häuser" compares 99 with 90, and a bare "60" elsewhere in
    the row is no decade (`_numbers` leaves the kind out)."""
    da = {d for *_, vals, _u in fa if (d := _decade_of(vals)) is not None}
    db = {d for *_, vals, _u in fb if (d := _decade_of(vals)) is not None}
    return (
        _with_decades(fa, a_text, da, set() if da else db),
        _with_decades(fb, b_text, db, set() if db else da),
    )


# a decade without its century written as one number: "60-е", "60-х" (the extractor reads
# "'60s", "60er" as the range 60-69, "sechziger Jahre" as years)
_SHORT_DECADE_END = re.compile(r"\d0-(?:е|х|ые|ых)$")


def _with_decades(
    facts: list[_Fact], text: str, own: set[float], others: set[float]
) -> list[_Fact]:
    """`facts` with each decade of `own` also stated as its decade, and each short decade
    of `others` (a decade the other side states with its century) as that decade only:
    a range of ten years, or one number written as a decade ("60-е", "sechziger Jahre");
    a bare count is no decade ("in the '60s, 60 houses" / "in the 1960s, 70 houses")."""
    if not own and not others:
        return facts
    out = []
    for s, t, vals, u in facts:
        full = _decade_of(vals)
        numbers = {v for k, v in vals if k == "n"}
        low = min(numbers) if numbers else None
        if full is not None:
            vals = vals | {(DECADE, full)}
        elif low in others and (
            numbers == {low, low + 9}
            or (
                numbers == {low}
                and (u.startswith("duration-year") or _SHORT_DECADE_END.search(text[s:t]))
            )
        ):
            vals = frozenset({(DECADE, low)})
        out.append((s, t, vals, u))
    return out


DECADE = "decade"
_YEARS = (1000, 2100)  # the years a decade is read in


def _new_values(
    facts: list[_Fact], start: int, end: int, other: set, other_numbers: set
) -> list[tuple[tuple[str, float], str]]:
    """(value, unit) of the facts overlapping [start, end) that the other side states
    neither as that value nor as a bare number."""
    return [
        (v, u)
        for s, t, vals, u in facts
        if s < end and start < t
        for v in vals - other
        if v[1] not in other_numbers
    ]


@cache
def _night_of_day(lang: str) -> re.Pattern[str] | None:
    """The language's night word in or after a weekday (`FactsData.night_of_day`)."""
    data = lang_data.optional(lang, "facts")
    return re.compile(data.night_of_day) if data is not None and data.night_of_day else None


def _night_days(text: str, lang: str) -> tuple[list[tuple[int, int, int]], ...]:
    """The weekdays of `text` that name a night: (start, end, weekday) of those that name
    it by the day it ends, and of those that name it by its evening (a night word in the
    weekday or right after it: "Sonntagnacht", "Saturday night")."""
    mornings: list[tuple[int, int, int]] = []
    evenings: list[tuple[int, int, int]] = []
    evening = _night_of_day(lang)
    if evening is None:
        return mornings, evenings
    for d in extract_dates(text, lang):
        if d.weekday is None or d.year or d.month or d.day:
            continue
        if d.eve:  # the language's `night_before` right before the weekday
            mornings.append((d.start, d.end, d.weekday))
        elif evening.search(text[d.start : d.end]) or evening.search(text[d.end : d.end + 20]):
            evenings.append((d.start, d.end, d.weekday))
    return mornings, evenings


def night_shifts(a: str, b: str, lang: str) -> list[tuple[int, int, int]]:
    """One night named by the day it ends on one side and by its evening on the other:
    (side, start, end) of the two weekdays, where each side names that night with one
    weekday only and the morning's is the evening's next day ("in the night to Sunday" /
    "Saturday night", "in der Nacht zum Sonntag" / "Samstagnacht"). Two evenings a day
    apart ("Sunday night" / "Saturday night") are two nights: no shift."""
    days = (_night_days(a, lang), _night_days(b, lang))
    for side in (0, 1):
        (mornings, m_even), (o_morn, evenings) = days[side], days[1 - side]
        if len(mornings) == 1 and not m_even and len(evenings) == 1 and not o_morn:
            (s, e, w), (x, y, v) = mornings[0], evenings[0]
            if day_before(w) == v:
                return sorted([(side, s, e), (1 - side, x, y)])
    return []


def value_changes(a: str, b: str, edits: Sequence[Edit], lang: str) -> list[Edit]:
    """Replaced spans with a number or date on each side that states a value the other
    side of the row does not state anywhere ("20 Uhr" -> "50 Uhr", "1725" -> "4725"),
    unless the two are one measure in two units ("fünf Meilen" / "acht Kilometer"), or
    one night named by two days (`night_shifts`)."""
    fa, fb = _decades_matched(_facts(a, lang), _facts(b, lang), a, b)
    nights = night_shifts(a, b, lang)
    if nights:
        fa = [f for f in fa if not _night_fact(f, 0, nights)]
        fb = [f for f in fb if not _night_fact(f, 1, nights)]
    if not fa or not fb:
        return []
    scored = _scored(a, b)
    fa, fb = _as_scores(fa, a, scored[0]), _as_scores(fb, b, scored[1])
    all_a = {v for *_, vals, _u in fa for v in vals}
    all_b = {v for *_, vals, _u in fb for v in vals}
    numbers_a, numbers_b = _numbers(all_a), _numbers(all_b)
    out = []
    for e in edits:
        if e.op != "replace":
            continue
        # a value kept under another reading ("2021-22" as a year, then a number) is none
        new_a = _new_values(fa, e.a_start, e.a_end, all_b, numbers_b)
        new_b = _new_values(fb, e.b_start, e.b_end, all_a, numbers_a)
        if new_a and new_b and not _converted({u for _, u in new_a}, {u for _, u in new_b}):
            out.append(e)
    return out


def _numbers(values: set[tuple[str, float]]) -> set[float]:
    """Every value stated, of whatever kind, as a bare number; not a decade's two digits."""
    return {x for kind, x in values if kind != DECADE}


def _converted(units_a: set[str], units_b: set[str]) -> bool:
    """One measure in other units: the same dimensions ("length-mile", "length-kilometer"),
    different units."""
    dims_a = {u.split("-")[0] for u in units_a}
    dims_b = {u.split("-")[0] for u in units_b}
    return "" not in units_a | units_b and dims_a == dims_b and not units_a & units_b


def _night_fact(f: _Fact, side: int, nights: Sequence[tuple[int, int, int]]) -> bool:
    """`f` is a weekday of `nights` on `side` and states nothing else."""
    s, t, vals, _u = f
    return {k for k, _ in vals} <= {"w"} and any(
        d == side and x < t and s < y for d, x, y in nights
    )


# "17:21", "0 : 2": two numbers a colon joins, which the numbers extractor reads as a time;
# "17-21", "0–2": two a dash joins, read as a range.
_SCORE = re.compile(r"(\d{1,3})\s?:\s?(\d{1,3})")
_DASHED = re.compile(r"(\d{1,3})\s?[-–—]\s?(\d{1,3})")


def _pairs(text: str) -> tuple[list[tuple[str, str]], bool]:
    """The number pairs of `text` joined by a colon or a dash, in order; and whether a
    colon joins one."""
    found = [(m.start(), m.groups(), True) for m in _SCORE_IN.finditer(text)]
    found += [(m.start(), m.groups(), False) for m in _DASHED_IN.finditer(text)]
    return [g for _, g, _c in sorted(found)], any(c for *_, c in found)


# ... standing alone: not inside a longer number, time or range ("10.30", "1-2-3").
_SCORE_IN = re.compile(r"(?<![\d.,:])" + _SCORE.pattern + r"(?!\d|[.,:]\d)")
_DASHED_IN = re.compile(r"(?<![\d.,:\-–—])" + _DASHED.pattern + r"(?!\d|[.,:\-–—]\d)")


def _scored(a: str, b: str) -> tuple[bool, bool]:
    """Whether each side writes its scores with a colon where the other writes the same
    pairs (as a multiset: the order is not compared) with a dash ("0:2 (17:21, 17:21)" /
    "0-2 (17-21, 17-21)": a result, not a time). A side's other times are not looked at:
    only its colon pairs that the other side writes as scores are read as numbers."""
    (pa, ca), (pb, cb) = _pairs(a), _pairs(b)
    if ca == cb or Counter(pa) != Counter(pb):
        return False, False
    return ca, cb


def _as_scores(facts: list[_Fact], text: str, scored: bool) -> list[_Fact]:
    """`facts` with each colon pair stating its two numbers, where `scored`."""
    if not scored:
        return facts
    out = []
    for f in facts:
        m = _SCORE.fullmatch(text[f[0] : f[1]]) if f[3] == "h" else None
        pair = frozenset(("n", float(x)) for x in m.groups()) if m else None
        out.append(f if pair is None else (f[0], f[1], pair, ""))
    return out


def score_spans(a: str, b: str, lang: str) -> list[tuple[int, int, int]]:
    """(side, start, end) of the scores written with a colon on one side that the other
    side writes with a dash (`_scored`)."""
    fa, fb = _facts(a, lang), _facts(b, lang)
    scored = _scored(a, b)
    return [
        (side, s, t)
        for side, (own, text) in enumerate(((fa, a), (fb, b)))
        if scored[side]
        for s, t, _v, unit in own
        if unit == "h" and _SCORE.fullmatch(text[s:t])
    ]


def restated_facts(a: str, b: str, lang: str) -> list[tuple[int, int, int]]:
    """(side, start, end) of the numbers and dates each of whose values the other side
    states too, one of them as a day where this side has a bare number or the other way
    round: the extractor reads a range once as a date and once as a number ("5th to 9th
    August" / "August 5th to 9th": "9th August" is a date on one side, "9th" a number on
    the other). (A number the other side states as a number elsewhere is no evidence:
    "2–0 … третьей" / "3-0" states the 3 as a place.)"""
    facts = _decades_matched(_facts(a, lang), _facts(b, lang), a, b)
    values = [{v for *_, vals, _u in fs for v in vals} for fs in facts]
    out = []
    for side in (0, 1):
        other = values[1 - side]
        for s, t, vals, _u in facts[side]:
            crossed = [v for v in vals if v not in other and _day_number(v) in other]
            if crossed and all(v in other or v in crossed for v in vals):
                out.append((side, s, t))
    return out


def _day_number(v: tuple[str, float]) -> tuple[str, float] | None:
    """A day of the month as a bare number, a bare number as a day."""
    return {"d": ("n", v[1]), "n": ("d", v[1])}.get(v[0])


def checked_swap(
    a: str, b: str, ra: tuple[int, int], rb: tuple[int, int], lang: str
) -> NameSwap | None:
    """The names check's "X became Y" on one word each side (`ra`, `rb`: row offsets):
    two name words neither of which the other side names (`_name_words`), that may be
    two different names (`_swappable`, not one name), each of them a strong name."""
    w = _name_words(a, b, lang)
    if w is None:
        return None
    if _word_count(a[ra[0] : ra[1]]) != 1 or _word_count(b[rb[0] : rb[1]]) != 1:
        return None
    ps = [p for p in w.names[0] if ra[0] <= p.start and p.end <= ra[1]]
    qs = [q for q in w.names[1] if rb[0] <= q.start and q.end <= rb[1]]
    if not ps or not qs:
        return _checked_acronym(w, ra, rb, ps or qs)
    if len(ps) != 1 or len(qs) != 1:
        return None
    p, q = ps[0], qs[0]
    if not (p.strong and q.strong and _swappable(p, q, lang)) or _one_name(p, q, lang):
        return None
    if _respelled_in_kept_names(p, q, w.owner, w.lone):
        return None
    return NameSwap((p.start, p.end), (q.start, q.end), p.text, q.text, False)


def _checked_acronym(
    w: _NameWords, ra: tuple[int, int], rb: tuple[int, int], named: Sequence[NamePart]
) -> NameSwap | None:
    """Since diff@16: the check's "X became Y" of an acronym and a strong name, one word
    each, neither said by the other side, the name not starting with the acronym's
    letter ("in the midst of the AfD" / "in the Blume"), beside one same word, as
    `_acronym_swap` reads one word replaced by one. Not a place the data knows: an
    organisation is named by its seat ("the EU" / "Brussels")."""
    ps = [p for p in w.lone[0] if ra[0] <= p.start and p.end <= ra[1]]
    qs = [q for q in w.lone[1] if rb[0] <= q.start and q.end <= rb[1]]
    if len(ps) != 1 or len(qs) != 1 or len(named) != 1:
        return None
    p, q = ps[0], qs[0]
    if _acronym(p) == _acronym(q) or not _same_script(p.text, q.text):
        return None
    short, word = (p, q) if _acronym(p) else (q, p)
    if word is not named[0] or not word.strong or _travels(word.text, w.lang):
        return None
    if _plain(word.text)[:1] == _plain(short.text)[:1] or _lexical(word.text, w.lang):
        return None
    # in one place, beside one same word ("of the AfD" / "in the Blume"): not the
    # organisation's head named for it in a rewritten sentence ("the AfD leader said" /
    # "Meuthen said")
    if not _same_neighbour(w.a, p, w.b, q):
        return None
    return NameSwap((p.start, p.end), (q.start, q.end), p.text, q.text, False)
