"""A seeded drift suite planted into real sentence pairs (the WMT21 references).

Each item takes one real (source, reference) pair and changes the reference in one
known way: a number, a date, a name swapped or dropped, a negation, a hedge, a clause
dropped or added, an antonym, words left in the source language. A candidate is skipped
whenever the change cannot be made unambiguously (a name that cannot be located as a name
on both sides, a verb form pymorphy3 cannot inflect, ...), so every item really carries
the drift its kind names. The same seed gives the same items.

    items = generate(corpus, ["de-en", "ru-en"], seed=0)
    items[0].kind, items[0].original, items[0].perturbed, items[0].span

`run_drift` checks every item (and its unperturbed original) as `provenance pairs` would
and reports recall per kind. The rules live in `realdrift_rules` and are the
generator's own, independent of the checks' cue lists.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from provenance.bench import realdrift_rules as R

DRIFT_DIRECTIONS = ("de-en", "ru-en", "en-de", "en-ru")
# kind -> flag types that count as catching it.
KINDS: dict[str, tuple[str, ...]] = {
    "number": ("number",),
    "date": ("date",),
    "name_swapped": ("entity",),
    "name_dropped": ("entity", "omission"),
    "negation": ("negation",),
    "modality": ("modality",),
    "clause_dropped": ("omission",),
    "clause_added": ("addition",),
    "antonym": ("meaning", "negation"),
    "untranslated": ("untranslated",),
}
PER_KIND = 64  # items per kind, spread round-robin over the directions
SERIOUS = ("critical", "major")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_QUOTES = "\"“”„«»‘’‚'"


@dataclass
class Edit:
    """Replace original[start:end] by `new`; `note` says what changed ("45 -> 75")."""

    start: int
    end: int
    new: str
    note: str


@dataclass
class DriftItem:
    id: str
    kind: str
    direction: str
    ref: str
    line: int  # 1-based line in the corpus files
    src_lang: str
    tgt_lang: str
    source: str
    original: str
    perturbed: str
    span: tuple[int, int]  # the changed text in `perturbed` (empty at the cut for a drop)
    original_span: tuple[int, int]  # the replaced text in `original`
    note: str
    expected: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Row:
    ref: str
    line: int
    source: str
    translation: str


@dataclass
class Ctx:
    """One direction: its rows and what the planters share (name pools, clause donors)."""

    name: str
    src_lang: str
    tgt_lang: str
    rows: list[Row]
    lower_vocab: set[str] = field(default_factory=set)
    names: dict[tuple[str, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    name_pool: dict[str, list[str]] = field(default_factory=dict)
    donors: list[tuple[int, str]] = field(default_factory=list)


# ---------------------------------------------------------------- small helpers


@cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _ru_parse(word: str):
    return _morph().parse(word)[0]


def words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _sentence_start(text: str, pos: int) -> bool:
    """True when pos begins the text or follows sentence-closing punctuation or a quote."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;" + _QUOTES + "—–-("


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _translit(word: str) -> str:
    from unidecode import unidecode

    return unidecode(word).lower()


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 70


# ---------------------------------------------------------------- names


def _is_name_ru(word: str) -> str | None:
    """pymorphy3's proper-name class of a capitalised Russian word (Name/Surn/Geox)."""
    if not word[:1].isupper() or len(word) < 3:
        return None
    tag = _ru_parse(word).tag
    for cls in ("Surn", "Name", "Geox"):
        if cls in tag:
            return cls
    return None


def _latin_candidates(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in words(text)
        if m.group()[:1].isupper()
        and len(m.group()) >= 3
        and m.group().replace("-", "").isalpha()
        and not _sentence_start(text, m.start())
        and not m.group().isupper()
    ]


def locate_names(ctx: Ctx, source: str, translation: str) -> list[tuple[int, int, str]]:
    calendar = {a for a, _, _, _ in _calendar_words(translation, ctx.tgt_lang)}
    return [n for n in _locate_names(ctx, source, translation) if n[0] not in calendar]


def _locate_names(ctx: Ctx, source: str, translation: str) -> list[tuple[int, int, str]]:
    """Names in the translation that are names on both sides: (start, end, class).

    Latin → Latin: the same capitalised word in the source, never seen lower-case in
    either corpus. Across scripts: a capitalised word whose transliteration matches one
    tagged as a proper name by pymorphy3 on the Russian side."""
    out = []
    if ctx.tgt_lang == "ru":
        src_caps = {_translit(m.group()) for m in _latin_candidates(source)}
        for m in words(translation):
            cls = _is_name_ru(m.group())
            if not cls or _sentence_start(translation, m.start()):
                continue
            forms = {_translit(m.group()), _translit(_ru_parse(m.group()).normal_form)}
            if any(_similar(f, s) for f in forms for s in src_caps):
                out.append((m.start(), m.end(), cls))
        return out
    if ctx.src_lang == "ru":
        src_names = [
            _translit(_ru_parse(m.group()).normal_form)
            for m in words(source)
            if _is_name_ru(m.group()) and not _sentence_start(source, m.start())
        ]
        for m in _latin_candidates(translation):
            if m.group().lower() in ctx.lower_vocab:
                continue
            if any(_similar(m.group().lower(), s) for s in src_names):
                out.append((m.start(), m.end(), "other"))
        return out
    src_words = {m.group() for m in _latin_candidates(source)}
    for m in _latin_candidates(translation):
        if m.group() in src_words and m.group().lower() not in ctx.lower_vocab:
            out.append((m.start(), m.end(), "other"))
    return out


def _name_class(ctx: Ctx, text: str, start: int, cls: str) -> str:
    if ctx.tgt_lang == "ru":
        return cls
    before = words(text[:start])
    prep = before[-1].group().lower() if before else ""
    return "place" if prep in R.PLACE_PREPOSITIONS[ctx.tgt_lang] else "other"


def _prepare_names(ctx: Ctx) -> None:
    pool: dict[str, set[str]] = defaultdict(set)
    for row in ctx.rows:
        found = locate_names(ctx, row.source, row.translation)
        ctx.names[(row.ref, row.line)] = found
        for a, b, cls in found:
            word = row.translation[a:b]
            if ctx.tgt_lang == "ru":
                pool[cls].add(_ru_parse(word).normal_form)
            else:
                pool[_name_class(ctx, row.translation, a, cls)].add(word)
    ctx.name_pool = {k: sorted(v) for k, v in pool.items()}


def _ru_inflect_like(lemma: str, like: str) -> str | None:
    """`lemma` in the case and number (and gender, for surnames) of the word `like`."""
    orig = _ru_parse(like)
    grams = {g for g in (orig.tag.case, orig.tag.number) if g}
    for p in _morph().parse(lemma):
        if orig.tag.POS != p.tag.POS:
            continue
        if orig.tag.gender and p.tag.gender and orig.tag.gender != p.tag.gender:
            continue
        form = p.inflect(grams)
        if form is not None:
            return _cap(form.word, like)
    return None


def plant_name_swapped(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    found = ctx.names.get((row.ref, row.line), [])
    if not found:
        return None
    a, b, cls = rng.choice(found)
    word = row.translation[a:b]
    klass = _name_class(ctx, row.translation, a, cls)
    pool = [
        w
        for w in ctx.name_pool.get(klass, [])
        if w.lower() not in (row.translation + row.source).lower()
    ]
    if not pool:
        return None
    choice = rng.choice(pool)
    new = _ru_inflect_like(choice, word) if ctx.tgt_lang == "ru" else choice
    if not new or new.lower() == word.lower():
        return None
    return Edit(a, b, new, f"{word} -> {new}")


def plant_name_dropped(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    text = row.translation
    options = []
    for a, _b, _cls in ctx.names.get((row.ref, row.line), []):
        toks = words(text)
        k = next(i for i, m in enumerate(toks) if m.start() == a)
        # the whole run of capitalised words the name belongs to
        first, last = k, k
        while (
            first > 0
            and toks[first - 1].group()[:1].isupper()
            and _adjacent(text, toks[first - 1], toks[first])
        ):
            first -= 1
        while (
            last + 1 < len(toks)
            and toks[last + 1].group()[:1].isupper()
            and _adjacent(text, toks[last], toks[last + 1])
        ):
            last += 1
        if first == 0:
            continue
        lead = toks[first - 1].group().lower()
        if lead in R.NAME_PREPOSITIONS[ctx.tgt_lang] or (
            lead == R.NAME_AND[ctx.tgt_lang]
            and first >= 2
            and toks[first - 2].group()[:1].isupper()
        ):
            start = toks[first - 1].start()
            while start > 0 and text[start - 1] == " ":
                start -= 1
            end = toks[last].end()
            if len(toks) - (last - first + 2) >= 4:
                options.append(Edit(start, end, "", f"dropped '{text[start:end].strip()}'"))
    return rng.choice(options) if options else None


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return text[left.end() : right.start()] in (" ", "-")


# ---------------------------------------------------------------- numbers and dates

_NUM = re.compile(
    r"(?<![\w.,:/-])(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?![\w/:]|[.,]\d)"
)
_YEAR = re.compile(r"(?<![\w.,:/-])(?:19|20)\d\d(?![\w/:]|[.,]\d)")


def _digits(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()) for m in _NUM.finditer(text)}


@cache
def _calendar(lang: str) -> list[tuple[str, int, str]]:
    """(category, index, form) for month and weekday names in CLDR (babel)."""
    from babel.dates import get_day_names, get_month_names

    out = []
    for ctx in ("format", "stand-alone"):
        for k, name in get_month_names("wide", ctx, lang).items():
            out.append(("month", k, name))
        for k, name in get_day_names("wide", ctx, lang).items():
            out.append(("day", k, name))
    return sorted(set(out))


def _calendar_words(text: str, lang: str) -> list[tuple[int, int, str, int]]:
    """(start, end, category, index) of month and weekday names in `text`."""
    out = []
    if lang == "ru":
        lemmas = {name.lower(): (cat, k) for cat, k, name in _calendar(lang)}
        for m in words(text):
            hit = lemmas.get(_ru_parse(m.group().lower()).normal_form)
            if hit:
                out.append((m.start(), m.end(), *hit))
        return out
    forms = {name: (cat, k) for cat, k, name in _calendar(lang)}
    for m in words(text):
        hit = forms.get(m.group())
        if hit:
            out.append((m.start(), m.end(), *hit))
    return out


def _near_calendar(text: str, lang: str, a: int, b: int) -> bool:
    return any(abs(s - b) < 12 or abs(a - e) < 12 for s, e, *_ in _calendar_words(text, lang))


def plant_number(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    text = row.translation
    src_digits = _digits(row.source)
    options = []
    for m in _NUM.finditer(text):
        raw = m.group()
        if _YEAR.fullmatch(raw) or re.sub(r"\D", "", raw) not in src_digits:
            continue
        if text[m.end() : m.end() + 1] == "." and m.end() + 1 < len(text) and ctx.tgt_lang != "en":
            continue  # "5. Mai": an ordinal or a date
        if _near_calendar(text, ctx.tgt_lang, m.start(), m.end()):
            continue
        options.append(m)
    if not options:
        return None
    m = rng.choice(options)
    raw = m.group()
    lead = raw[0]
    choices = [d for d in "123456789" if d != lead]
    for _ in range(5):
        new = rng.choice(choices) + raw[1:]
        if re.sub(r"\D", "", new) not in src_digits:
            return Edit(m.start(), m.end(), new, f"{raw} -> {new}")
    return None


def plant_date(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    text = row.translation
    options: list[Edit] = []
    src_years = {m.group() for m in _YEAR.finditer(row.source)}
    for m in _YEAR.finditer(text):
        if m.group() in src_years:
            delta = rng.choice([-3, -2, -1, 1, 2, 3])
            new = str(int(m.group()) + delta)
            if new not in src_years:
                options.append(Edit(m.start(), m.end(), new, f"{m.group()} -> {new}"))
    src_cal = {(cat, k) for _, _, cat, k in _calendar_words(row.source, ctx.src_lang)}
    for a, b, cat, k in _calendar_words(text, ctx.tgt_lang):
        if (cat, k) not in src_cal:
            continue
        size = 12 if cat == "month" else 7
        other = (k - 1 + rng.randint(1, size - 1)) % size + (1 if cat == "month" else 0)
        if (cat, other) in src_cal:
            continue
        new = _calendar_form(ctx.tgt_lang, cat, other, text[a:b])
        if new and new != text[a:b]:
            options.append(Edit(a, b, new, f"{text[a:b]} -> {new}"))
    return rng.choice(options) if options else None


def _calendar_form(lang: str, cat: str, index: int, like: str) -> str | None:
    """The name of month/weekday `index` in the form of `like` (case, for Russian)."""
    forms = [n for c, k, n in _calendar(lang) if c == cat and k == index]
    if lang != "ru":
        return forms[0] if forms else None
    lemma = next((n for n in forms if _ru_parse(n).normal_form == n.lower()), None)
    return _ru_inflect_like(lemma, like.lower()) if lemma else None


# ---------------------------------------------------------------- negation and modality


def plant_negation(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    planter = {"en": _negation_en, "de": _negation_de, "ru": _negation_ru}.get(ctx.tgt_lang)
    options = planter(row.translation) if planter else []
    return rng.choice(options) if options else None


def _negation_en(text: str) -> list[Edit]:
    toks = words(text)
    removals, additions = [], []
    for i, m in enumerate(toks):
        w = m.group().lower().replace("’", "'")
        if w in R.EN_NEG_CONTRACTIONS:
            new = _cap(R.EN_NEG_CONTRACTIONS[w], m.group())
            removals.append(Edit(m.start(), m.end(), new, f"{m.group()} -> {new}"))
        elif (
            w == "not" and i > 0 and toks[i - 1].group().lower() in [*R.EN_AUX, "do", "does", "did"]
        ):
            if i + 1 < len(toks) and toks[i + 1].group().lower() in ("only", "just", "even"):
                continue  # "not only": no polarity to remove
            removals.append(Edit(toks[i - 1].end(), m.end(), "", "dropped 'not'"))
        elif w in R.EN_AUX and i + 1 < len(toks) and i > 0:
            nxt = toks[i + 1].group().lower()
            if nxt not in ("not", "never", "no", "n't") and text[m.end()] == " ":
                additions.append(Edit(m.end(), m.end(), " not", f"{m.group()} -> {m.group()} not"))
    return removals or additions[:1]


def _negation_de(text: str) -> list[Edit]:
    toks = words(text)
    removals, additions = [], []
    for i, m in enumerate(toks):
        w = m.group()
        nxt = toks[i + 1].group().lower() if i + 1 < len(toks) else ""
        if w == "nicht" and nxt not in R.DE_NICHT_FIXED and i > 0:
            removals.append(Edit(toks[i - 1].end(), m.end(), "", "dropped 'nicht'"))
        elif w.lower() in R.DE_KEIN and i > 0:
            new = w[1:] if w[0] == "k" else w[1].upper() + w[2:]
            removals.append(Edit(m.start(), m.end(), new, f"{w} -> {new}"))
        elif w in R.DE_AUX and i > 0 and nxt and nxt not in R.DE_BEFORE_NICHT:
            if nxt in ("nicht", "nie", "niemals", "kein") or nxt.startswith("kein"):
                continue
            if text[m.end()] == " " and toks[i + 1].group()[:1].islower():
                additions.append(Edit(m.end(), m.end(), " nicht", f"{w} -> {w} nicht"))
    if "nicht" in text.split() or "nie" in text.split():
        return removals
    return removals or additions[:1]


def _negation_ru(text: str) -> list[Edit]:
    toks = words(text)
    removals, additions = [], []
    for i, m in enumerate(toks):
        w = m.group()
        if w.lower() == "не" and i + 1 < len(toks):
            tag = _ru_parse(toks[i + 1].group().lower()).tag
            if tag.POS in ("VERB", "INFN", "PRTS", "GRND") and toks[i + 1].start() == m.end() + 1:
                removals.append(Edit(m.start(), toks[i + 1].start(), "", "dropped 'не'"))
        elif _ru_parse(w.lower()).tag.POS == "VERB" and "indc" in _ru_parse(w.lower()).tag:
            prev = toks[i - 1].group().lower() if i > 0 else ""
            if prev not in ("не", "ни") and w.islower():
                additions.append(Edit(m.start(), m.start(), "не ", f"{w} -> не {w}"))
    return removals or additions[:1]


def plant_modality(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    text = row.translation
    toks = words(text)
    options = []
    for i, m in enumerate(toks):
        w = m.group()
        new = _modal_swap(ctx.tgt_lang, toks, i, text)
        if new:
            options.append(Edit(m.start(), m.end(), _cap(new, w), f"{w} -> {_cap(new, w)}"))
    return rng.choice(options) if options else None


def _modal_swap(lang: str, toks: list[re.Match[str]], i: int, text: str) -> str | None:
    w = toks[i].group().lower()
    nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
    prev = toks[i - 1].group().lower() if i > 0 else ""
    if lang == "en":
        if w in ("may", "might", "could", "will") and not (
            nxt[:1].islower() and toks[i].group().islower()
        ):
            return None
        if w == "will" and prev in R.EN_NOT_BEFORE_WILL:
            return None
        return R.EN_HARDEN.get(w) or R.EN_SOFTEN.get(w)
    if lang == "de":
        if w in ("könnte", "könnten") and prev == "ich":
            return None
        if w == "wird" and not _de_future(toks, i, text):
            return None
        return R.DE_HARDEN.get(w) or R.DE_SOFTEN.get(w)
    if lang == "ru":
        if w in R.RU_HARDEN_WORDS or w in R.RU_SOFTEN_WORDS:
            return R.RU_HARDEN_WORDS.get(w) or R.RU_SOFTEN_WORDS.get(w)
        if w in R.RU_HARDEN_MODAL or w in R.RU_SOFTEN_MODAL:
            tag = _ru_parse(nxt.lower()).tag if nxt else None
            # "может быть" is a fixed hedge ("maybe"); "будет быть" is no Russian
            if tag is not None and tag.POS == "INFN" and "impf" in tag and nxt != "быть":
                return R.RU_HARDEN_MODAL.get(w) or R.RU_SOFTEN_MODAL.get(w)
    return None


def _de_future(toks: list[re.Match[str]], i: int, text: str) -> bool:
    """`wird` + infinitive: the clause ends in an infinitive, with no participle."""
    clause_end = len(text)
    for p in (",", ";", ".", ":", "?", "!"):
        k = text.find(p, toks[i].end())
        if k != -1:
            clause_end = min(clause_end, k)
    rest = [m.group() for m in toks[i + 1 :] if m.end() <= clause_end]
    if not rest or rest[-1][:1].isupper():
        return False
    last = rest[-1]
    if any(w.startswith("ge") and w.endswith(("t", "en")) for w in rest) or "worden" in rest:
        return False
    return last.endswith(("en", "ern", "eln")) and last not in ("werden", "wurden")


# ---------------------------------------------------------------- antonyms


def plant_antonym(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    text = row.translation
    options = []
    for m in words(text):
        w = m.group()
        new = _antonym(ctx.tgt_lang, w)
        if new:
            options.append(Edit(m.start(), m.end(), new, f"{w} -> {new}"))
    return rng.choice(options) if options else None


def _antonym(lang: str, word: str) -> str | None:
    if lang == "en":
        return R.EN_ANTONYMS.get(word) if word.islower() else None
    if lang == "de":
        # nouns are capitalised in German; everything else only in lower case
        hit = R.DE_ANTONYMS.get(word)
        return hit if hit and (word.islower() or hit[:1].isupper()) else None
    if lang == "ru" and word.islower():
        p = _ru_parse(word)
        other = R.RU_ANTONYM_LEMMAS.get(p.normal_form.replace("ё", "е"))
        if other and p.score >= 0.4:
            return _ru_inflect_full(other, p)
    return None


def _ru_inflect_full(lemma: str, orig) -> str | None:
    tag = orig.tag
    grams = {
        g
        for g in (tag.case, tag.number, tag.gender, tag.tense, tag.person, tag.mood, tag.voice)
        if g
    }
    if tag.POS in ("ADJS", "COMP"):
        grams.add(tag.POS if tag.POS == "ADJS" else "COMP")
    for p in _morph().parse(lemma):
        # the lemma's own parse is the dictionary form: an infinitive for verb forms,
        # the full adjective for short and comparative ones
        lemma_pos = {"ADJS": "ADJF", "COMP": "ADJF", "VERB": "INFN", "GRND": "INFN"}
        if p.tag.POS not in (tag.POS, lemma_pos.get(tag.POS)):
            continue
        form = p.inflect(grams - ({tag.gender} if tag.POS == "NOUN" else set()))
        if form is not None and form.tag.POS == tag.POS:
            return form.word
    return None


# ---------------------------------------------------------------- clauses


def _final_stop(text: str) -> int:
    """Where the sentence's closing punctuation (and closing quotes) begins."""
    k = len(text.rstrip())
    while k > 0 and text[k - 1] in _QUOTES + ".!?…)":
        k -= 1
    return k


def clauses(text: str, lang: str) -> list[tuple[int, int]]:
    """Comma-led clauses opened by a conjunction or relative word: (comma, end)."""
    out = []
    stop = _final_stop(text)
    for m in re.finditer(r",\s+", text):
        if m.start() >= stop:
            break
        first = _WORD.match(text, m.end())
        if not first or first.group().lower() not in R.CLAUSE_OPENERS[lang]:
            continue
        # up to the next comma or sentence end inside the line, whichever comes first
        ends = [stop] + [k.start() for k in re.finditer(r",|[.!?;:](?=\s)", text[m.end() : stop])]
        end = min(e if e == stop else m.end() + e for e in ends)
        part = text[m.end() : end]
        if any(q in part for q in _QUOTES) or not 4 <= len(words(part)) <= 18:
            continue
        out.append((m.start(), end))
    return out


def plant_clause_dropped(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    text = row.translation
    total = len(words(text))
    options = [
        (a, b)
        for a, b in clauses(text, ctx.tgt_lang)
        if total - len(words(text[a:b])) >= 5 and len(words(text[a:b])) <= 0.6 * total
    ]
    if not options:
        return None
    a, b = rng.choice(options)
    return Edit(a, b, "", f"dropped '{text[a:b].lstrip(', ')}'")


def plant_clause_added(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    text = row.translation
    if len(words(text)) < 5 or not ctx.donors:
        return None
    far = [c for line, c in ctx.donors if abs(line - row.line) >= 50 and c not in text]
    if not far:
        return None
    clause = rng.choice(far)
    at = _final_stop(text)
    if at == 0:
        return None
    return Edit(at, at, ", " + clause, f"added ', {clause}'")


def _prepare_donors(ctx: Ctx) -> None:
    seen = set()
    for row in ctx.rows:
        for a, b in clauses(row.translation, ctx.tgt_lang):
            clause = row.translation[a:b].lstrip(", ").strip()
            if clause not in seen and not re.search(r"\d", clause):
                seen.add(clause)
                ctx.donors.append((row.line, clause))


# ---------------------------------------------------------------- untranslated


def _segments(text: str) -> list[tuple[int, int]]:
    stop = _final_stop(text)
    cuts = [m for m in re.finditer(r",\s+", text) if m.start() < stop]
    bounds, start = [], 0
    for m in cuts:
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, stop))
    return bounds


def plant_untranslated(ctx: Ctx, row: Row, rng: random.Random) -> Edit | None:
    """A comma segment of the translation replaced by the matching segment of the
    source (same number of segments on both sides, so they correspond)."""
    src_segs, tgt_segs = _segments(row.source), _segments(row.translation)
    if len(src_segs) < 2 or len(src_segs) != len(tgt_segs):
        return None
    tgt_words = {w.group().lower() for w in words(row.translation)}
    options = []
    for (sa, sb), (ta, tb) in zip(src_segs, tgt_segs, strict=True):
        seg_src = row.source[sa:sb].strip()
        n_src, n_tgt = len(words(seg_src)), len(words(row.translation[ta:tb]))
        foreign = [w for w in words(seg_src) if w.group().lower() not in tgt_words]
        if 3 <= n_src <= 10 and 3 <= n_tgt <= 14 and len(foreign) >= 2:
            if any(q in seg_src for q in _QUOTES):
                continue
            options.append(Edit(ta, tb, seg_src, f"'{row.translation[ta:tb]}' left as '{seg_src}'"))
    return rng.choice(options) if options else None


PLANTERS: dict[str, Callable[[Ctx, Row, random.Random], Edit | None]] = {
    "number": plant_number,
    "date": plant_date,
    "name_swapped": plant_name_swapped,
    "name_dropped": plant_name_dropped,
    "negation": plant_negation,
    "modality": plant_modality,
    "clause_dropped": plant_clause_dropped,
    "clause_added": plant_clause_added,
    "antonym": plant_antonym,
    "untranslated": plant_untranslated,
}


# ---------------------------------------------------------------- generation


def load_direction(corpus: Path, name: str, limit: int | None = None) -> Ctx:
    from provenance.bench.real import DIRECTIONS, load_pairs, read_lines

    dirs = [d for d in DIRECTIONS if d.name == name]
    rows = []
    for d in dirs:
        for n, (s, t) in enumerate(load_pairs(corpus, d, limit), start=1):
            if s.strip() and t.strip():
                rows.append(Row(d.ref, n, s.strip(), t.strip()))
    ctx = Ctx(name, dirs[0].src_lang, dirs[0].tgt_lang, rows)
    vocab: set[str] = set()
    for d in dirs:
        for f in (d.src_file, d.ref_file):
            for line in read_lines(corpus / d.folder / f):
                vocab.update(m.group() for m in words(line) if m.group().islower())
    ctx.lower_vocab = vocab
    return ctx


def plant(ctx: Ctx, row: Row, kind: str, rng: random.Random) -> DriftItem | None:
    edit = PLANTERS[kind](ctx, row, rng)
    if edit is None:
        return None
    text = row.translation
    perturbed = text[: edit.start] + edit.new + text[edit.end :]
    if perturbed == text:
        return None
    return DriftItem(
        id=f"{ctx.name}/{row.ref}:{row.line}:{kind}",
        kind=kind,
        direction=ctx.name,
        ref=row.ref,
        line=row.line,
        src_lang=ctx.src_lang,
        tgt_lang=ctx.tgt_lang,
        source=row.source,
        original=text,
        perturbed=perturbed,
        span=(edit.start, edit.start + len(edit.new)),
        original_span=(edit.start, edit.end),
        note=edit.note,
        expected=KINDS[kind],
    )


def generate(
    corpus: Path,
    directions: Sequence[str] = DRIFT_DIRECTIONS,
    *,
    seed: int = 0,
    limit: int | None = None,
    per_kind: int = PER_KIND,
    kinds: Sequence[str] = tuple(KINDS),
) -> list[DriftItem]:
    """`per_kind` items of each kind, taken round-robin over `directions` (a direction
    short of candidates leaves its share to the others); one item per source line and
    kind. Deterministic for a seed."""
    ctxs = [load_direction(corpus, name, limit) for name in directions]
    for ctx in ctxs:
        _prepare_names(ctx)
        _prepare_donors(ctx)
    items: list[DriftItem] = []
    for kind in kinds:
        pools = [_candidates(ctx, kind, seed, per_kind) for ctx in ctxs]
        taken = 0
        while taken < per_kind and any(pools):
            for pool in pools:
                if pool and taken < per_kind:
                    items.append(pool.pop(0))
                    taken += 1
    return items


def _candidates(ctx: Ctx, kind: str, seed: int, want: int) -> list[DriftItem]:
    rng = random.Random(f"{seed}:{ctx.name}:{kind}")
    order = list(ctx.rows)
    rng.shuffle(order)
    out, lines = [], set()
    for row in order:
        if row.line in lines:
            continue
        item = plant(ctx, row, kind, rng)
        if item is not None:
            out.append(item)
            lines.add(row.line)
            if len(out) >= want:
                break
    return out


# ---------------------------------------------------------------- scoring


def run_drift(
    corpus: Path, directions: Sequence[str], encoder, *, seed: int = 0, limit: int | None = None
) -> dict[str, Any]:
    """Generate the suite, check every item and its original, and score recall per kind."""
    from provenance.bench.real import DIRECTIONS, run_pairs

    items = generate(corpus, directions, seed=seed, limit=limit)
    langs = {d.name: (d.src_lang, d.tgt_lang) for d in DIRECTIONS}
    results: dict[str, list[dict]] = {}
    originals: dict[tuple[str, str, int], list[dict]] = {}
    for name in directions:
        mine = sorted((it for it in items if it.direction == name), key=lambda it: it.line)
        if not mine:
            continue
        orig_keys = list(dict.fromkeys((it.direction, it.ref, it.line) for it in mine))
        first = {(it.direction, it.ref, it.line): it for it in reversed(mine)}
        rows = [(first[k].source, first[k].original) for k in orig_keys]
        rows += [(it.source, it.perturbed) for it in mine]
        flags = run_pairs(rows, *langs[name], encoder)
        originals.update(zip(orig_keys, flags[: len(orig_keys)], strict=True))
        results.update(zip((it.id for it in mine), flags[len(orig_keys) :], strict=True))
    return score(items, results, originals, seed)


def _hit(flags: list[dict], expected: Sequence[str], severities: Sequence[str]) -> bool:
    return any(f["type"] in expected and f["severity"] in severities for f in flags)


def score(items, results, originals, seed: int) -> dict[str, Any]:
    by_kind: dict[str, dict[str, Any]] = {}
    listing = []
    all_sev = ("critical", "major", "minor")
    for kind, expected in KINDS.items():
        mine = [it for it in items if it.kind == kind]
        n = len(mine)
        hits = [_hit(results[it.id], expected, SERIOUS) for it in mine]
        hits_any = [_hit(results[it.id], expected, all_sev) for it in mine]
        any_type = [any(f["severity"] in SERIOUS for f in results[it.id]) for it in mine]
        fa = [_hit(originals[(it.direction, it.ref, it.line)], expected, SERIOUS) for it in mine]
        per_dir: dict[str, list[bool]] = defaultdict(list)
        for it, h in zip(mine, hits, strict=True):
            per_dir[it.direction].append(h)
        by_kind[kind] = {
            "items": n,
            "expected_types": list(expected),
            "recall_critical_major": _share(hits),
            "recall_any_severity": _share(hits_any),
            "any_type_critical_major": _share(any_type),
            "false_alarm_on_original": _share(fa),
            "by_direction": {
                d: {"items": len(h), "recall_critical_major": _share(h)} for d, h in per_dir.items()
            },
        }
        for it, h, ha in zip(mine, hits, hits_any, strict=True):
            listing.append(
                {
                    **it.to_dict(),
                    "hit": h,
                    "hit_any_severity": ha,
                    "flags": [
                        {k: f.get(k) for k in ("check", "type", "severity", "message")}
                        for f in results[it.id]
                    ],
                }
            )
    orig_flags = list(originals.values())
    return {
        "seed": seed,
        "items": len(items),
        "per_direction": dict(Counter(it.direction for it in items)),
        "by_kind": by_kind,
        "originals": len(orig_flags),
        "false_alarm_critical_major": _share(
            [any(f["severity"] in SERIOUS for f in fl) for fl in orig_flags]
        ),
        "item_list": listing,
    }


def _share(values: Sequence[bool]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0
