"""Tense: the time a translation refers to is not the source's.

"Parliament will pass the reform" → "Parliament passed the reform" changes no number,
no name and no polarity, and sentence embeddings barely notice; but a plan became a
fact. Each side of a row gets a time profile: how many finite verb groups are marked
future, past, or *open* (a perfect or a conditional, which translations render either
way), with the rest present, the unmarked default. Per language, from word data in
`provenance/lang/<code>/cues.py` (`TenseCues`), simplemma lemmas for German and French,
and pymorphy3 for Russian (no dictionary for English):

- en: will / shall / 'll / going to → future; would / might + infinitive → a weak
  (prospective) future; was, were, did, had, simple-past forms (-ed and the irregular
  list) that are not participles → past; has/have/having + participle → open ("has
  risen" is rendered "stieg" or "ist gestiegen", "has been in power for" as "ist seit
  ... an der Macht"); could / should → open ("could" is as often a past of "can");
- de: werden + infinitive → future; könnte / dürfte / würde + infinitive → weak future;
  war, hatte, wurde, modal and strong/weak Präteritum, hat/haben + Partizip II → past;
  ist/sind + Partizip II → past for verbs of motion or change ("ist gestiegen"), else
  open ("ist geschlossen" is a state); hätte, wäre, a perfect infinitive → open;
- ru: the tense pymorphy3 gives a finite verb (a perfective present form is future:
  "примет"); a past form with "бы"/"чтобы" → open; a short passive participle without
  был/будет ("перенесены") → open;
- fr: futur simple, aller + infinitive → future; conditionnel → weak future (open with a
  participle: "aurait signé"); imparfait, passé simple, avoir + participe passé → past;
  être + participe → past for verbs of motion ("est tombé"), else open.

Some pasts may stand for a present ("soft" pasts): a perfect whose result holds (German
"hat ... gelesen", a Russian perfective "перестали", French "a signé"), a verb of saying
(German news writes "erklärt" where English writes "said"), and English tenses
back-shifted after a past verb of saying ("said he wanted" = "sagte, er wolle").

Present against future is *not* a drift: "Die Wahl findet morgen statt" = "The
election will be held tomorrow". What is:

- future ↔ past (the future count falls and the past count rises, or the reverse):
  **major** when a "will" / "wird" / "будет" future is involved, **minor** when only a
  weak future ("könnten beginnen" → "began"). Counting rather than comparing sets keeps
  reported speech apart: "said the vote would be held" (past + future) is not "said the
  vote was held" (past + past);
- present ↔ past, the future unchanged, with nothing open and no soft past on either
  side → **minor**: "is rising" → "rose".

`Finding.key` is "tense:<the translation's time>", so a change carried along a chain is
reported once, on the hop where it appears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from provenance import lang as lang_data
from provenance.checks.base import per_text, per_word, quote_spans
from provenance.extract._text import ru_parse
from provenance.lang.cues import TenseCues, alternation, clauses
from provenance.model import Finding, PairView

Time = Literal["future", "past", "open"]
Span = tuple[int, int]
# How many words back an auxiliary makes an -ed form a participle ("was not yet passed").
AUX_REACH = 3

_WORD = re.compile(r"\w+(?:['’]\w+)*")


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


@cache
def _cues(code: str) -> TenseCues:
    return lang_data.data(code, "cues").tense


@cache
def _phrases(code: str) -> re.Pattern[str] | None:
    pats = _cues(code).future_phrases
    return re.compile(alternation(pats)) if pats else None


@per_word
def _lemma(word: str, code: str) -> str:
    from provenance.util.lexicon import lemma

    return lemma(word, code).lower()


@per_word
def _ru_tag(word: str) -> tuple[str | None, str | None, str, bool]:
    """(part of speech, tense, normal form, perfective) of a word's likeliest parse."""
    p = ru_parse(word)  # the parse the extractors and other checks share
    pos, tense = p.tag.POS, p.tag.tense
    # As plain strings: pymorphy3's grammeme values compare through a Python-level __eq__
    # (which checks that the other side is a valid grammeme), and `_ru` compares per word.
    return (
        None if pos is None else str(pos),
        None if tense is None else str(tense),
        p.normal_form,
        p.tag.aspect == "perf",
    )


def _tokens(text: str, a: int = 0, b: int | None = None) -> list[tuple[str, int, int]]:
    return [
        (m.group(0).lower().replace("’", "'"), m.start(), m.end())
        for m in _WORD.finditer(text, a, len(text) if b is None else b)
    ]


# --- English ------------------------------------------------------------------------


@per_word
def _en_regular_past(w: str) -> bool:
    t = _cues("en")
    # No dictionary: English -ed words that are no verb forms are few and listed.
    return len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w not in t.non_verbs


def _en_participle(w: str, t: TenseCues) -> bool:
    return w in t.participles or _en_regular_past(w)


def _mark_future_phrases(prof: TimeProfile, low: str, code: str) -> list[Span]:
    """Add the language's multi-word futures ("going to", "va partir") to `prof`; their
    spans, which the word-by-word pass must skip."""
    taken: list[Span] = []
    phrases = _phrases(code)
    if phrases is not None:
        for m in phrases.finditer(low):
            prof.add("future", (m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return taken


# The auxiliary left of a contracted negation ("won't", "can't", "shan't").
_EN_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


@cache
def _en_auxiliaries() -> frozenset[str]:
    """Words that make a following -ed form a participle ("was passed", "has risen")."""
    t = _cues("en")
    aux = t.future_aux | t.irrealis | t.prospective | t.past_aux | t.perfect_aux | t.present_aux
    return aux | {"be", "been", "being", "get", "gets", "got", "getting", "having"}


def _en(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    low = text.lower()
    taken = _mark_future_phrases(prof, low, "en")
    toks = _tokens(text)
    aux = _en_auxiliaries()
    for i, (w, a, b) in enumerate(toks):
        if taken and any(x <= a < y for x, y in taken):
            continue  # inside "going to ...": already counted, still context for others
        base = w[:-3] if w.endswith("n't") else w
        base = _EN_CONTRACTED.get(base, base)
        prev = toks[i - 1][0] if i else ""
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if w.endswith("'ll"):
            prof.add("future", (a, b))
        elif base in t.future_aux:
            # "will" the noun: "the political will", "the will of the people".
            if prev not in t.modifiers and nxt not in ("", "of"):
                prof.add("future", (a, b))
        elif base in t.irrealis:
            prof.add("open", (a, b))
        elif base in t.prospective:
            perfect = "have" in {x[0] for x in toks[i + 1 : i + 3]}
            prof.add("open" if perfect else "future", (a, b), soft=True)
        elif base in t.past_aux:
            prof.add("past", (a, b))
        elif base in t.perfect_aux or base == "having":
            if any(_en_participle(x[0], t) for x in toks[i + 1 : i + 1 + AUX_REACH]):
                prof.add("open", (a, b))
        elif w in t.past_forms or _en_regular_past(w):
            before = {x[0] for x in toks[max(0, i - AUX_REACH) : i]}
            if before & aux or prev in t.modifiers or nxt == "by":
                continue  # a participle: passive, perfect, adjective or reduced relative
            prof.add("past", (a, b))
    return prof


# --- German -------------------------------------------------------------------------


@per_word
def _de_infinitive(w: str) -> bool:
    t = _cues("de")
    return (
        (w.endswith(("en", "ern", "eln")) or w in ("sein", "tun"))
        and w not in t.non_verbs
        and _lemma(w, "de") == w
    )


@per_word
def _de_participle(w: str) -> bool:
    t = _cues("de")
    if w in t.non_verbs or not w.endswith(("t", "en")):
        return False
    lemma = _lemma(w, "de")
    if lemma == w or not lemma.endswith("n"):
        return False
    return w.startswith("ge") or w.endswith("iert") or w.startswith(t.prefixes)


_DE_ENDINGS = ("", "en", "n", "st", "t", "est")
_DE_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über",
                   "unter", "wider")  # fmt: skip
_DE_WEAK = ("te", "ten", "test", "tet", "ete", "eten", "etest", "etet")


@per_word
def _de_strong_past(w: str) -> bool:
    t = _cues("de")
    for e in _DE_ENDINGS:
        stem = w[: len(w) - len(e)] if e else w
        if e and not w.endswith(e):
            continue
        if stem in t.past_forms:
            return True
        # Not "ge": "geschlossen" is the participle, "gewann" and "gelang" are listed.
        if any(
            stem.startswith(p) and stem[len(p) :] in t.past_forms for p in t.prefixes if p != "ge"
        ):
            return True
    return False


@per_word
def _de_weak_past(w: str) -> bool:
    t = _cues("de")
    if w in t.non_verbs or not w.endswith(_DE_WEAK):
        return False
    lemma = _lemma(w, "de")
    if lemma == w or not lemma.endswith("n"):
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return any(w == stem + e for e in _DE_WEAK)


def _de_attributive(toks: list[tuple[str, int, int, bool]], i: int, t: TenseCues) -> bool:
    """A -te form before an inflected adjective and a noun ("eröffnete klassische
    Route"), or before a noun with no subject before it ("die 1938 eröffnete Route"),
    is an attributive participle, not a finite past ("Der Plan interessierte Jean")."""
    nxt = toks[i + 1 : i + 3]
    if not nxt:
        return False
    if nxt[0][3] and len(nxt) == 2 and not nxt[1][3]:
        # "erhöhte die Steuern": an article after it makes it finite.
        return nxt[0][0] not in t.modifiers and nxt[0][0].endswith(("e", "en", "er", "es", "em"))
    if nxt[0][3] or i == 0:
        return False
    prev, prev_lower = toks[i - 1][0], toks[i - 1][3]
    return prev_lower and prev not in _DE_PRONOUNS


_DE_PRONOUNS = frozenset(
    {
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "wer",
        "das",
        "dies",
        "alle",
        "beide",
        "beiden",
        "viele",
        "einige",
    }
)


def _auxiliary(
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


@cache
def _de_auxiliaries() -> frozenset[str]:
    """Every German auxiliary and modal that may stand with a participle."""
    t = _cues("de")
    aux = t.future_aux | t.past_aux | t.past_perfect_aux | t.perfect_aux | t.irrealis
    return aux | t.prospective | t.present_aux


def _de(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    for c in clauses(text, "de"):
        raw = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text, c.start, c.end)]
        # Capitalised words are nouns (or a sentence's first word): no finite verbs.
        toks = [(w.lower(), a, b, w[:1].islower()) for w, a, b in raw]
        words = [x[0] for x in toks]
        participles = [w for w, _, _, lower in toks if lower and _de_participle(w)]
        # "hat ... hinterlassen / erhalten / verlassen": a participle spelt like its
        # infinitive (inseparable prefix, no vowel change) ends the clause.
        if toks and toks[-1][3] and any(w in t.past_perfect_aux for w in words):
            last = words[-1]
            if _de_infinitive(last) and last.startswith(_DE_INSEPARABLE):
                participles.append(last)
        has_participle = bool(participles)
        # "ist gestiegen" (a change: past) against "ist geschlossen" (a state: open).
        past_with_be = any(_lemma(w, "de") in t.past_with_be for w in participles)
        # With an auxiliary in the clause, "verschoben" / "gestiegen" is the participle,
        # not the Präteritum plural it is spelt like.
        has_aux = not _de_auxiliaries().isdisjoint(words)
        # "könnte ... verschoben worden sein", "hätte ... gesagt haben": a perfect infinitive.
        perfect_inf = has_participle and bool({"haben", "sein"} & set(words[-2:]))
        for i, (w, a, b, lower) in enumerate(toks):
            if not lower:
                continue
            prev = words[i - 1] if i else ""
            if prev == "zu":
                # "überwacht zu haben": a perfect infinitive, past or present result.
                if w in ("haben", "sein") and has_participle:
                    prof.add("open", (a, b))
                continue
            if perfect_inf and i >= len(words) - 2 and w in ("haben", "sein"):
                continue  # the infinitive of "könnte ... gesagt haben"
            if w in t.future_aux:
                # werden + infinitive, the infinitive at the clause's end ("wird ...
                # erhöhen", "wird ... verschoben werden", "dass er kommen wird").
                last = len(words) - 1
                inf_at = last - 1 if i == last else last
                lower_inf = inf_at >= 0 and inf_at != i and toks[inf_at][3]
                if lower_inf and _de_infinitive(words[inf_at]):
                    prof.add("future", (a, b))
            elif w in t.irrealis:
                prof.add("open", (a, b))
            elif w in t.prospective:
                prof.add("open" if perfect_inf else "future", (a, b), soft=True)
            elif w in t.past_aux or w in t.past_perfect_aux or w in t.perfect_aux:
                _auxiliary(prof, t, w, (a, b), has_participle, past_with_be)
            elif prev not in t.modifiers and (_de_strong_past(w) or _de_weak_past(w)):
                if has_aux and _de_participle(w):
                    continue
                if _de_weak_past(w) and _de_attributive(toks, i, t):
                    continue  # "die 1938 eröffnete klassische Route"
                prof.add("past", (a, b))
    return prof


# --- Russian ------------------------------------------------------------------------


def _ru(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    for c in clauses(text, "ru"):
        toks = _tokens(text, c.start, c.end)
        tags = {w: _ru_tag(w) for w, _, _ in toks}
        irrealis = not t.irrealis.isdisjoint(tags)
        aux_time = any(tag[2] == "быть" and tag[0] == "VERB" for tag in tags.values())
        for w, a, b in toks:
            pos, tense, _, perfective = tags[w]
            if pos == "VERB" and tense is not None:
                if tense == "past" and irrealis:
                    prof.add("open", (a, b))
                elif tense == "futr":
                    prof.add("future", (a, b))
                elif tense == "past":
                    prof.add("past", (a, b), soft=perfective)
            elif pos == "PRTS" and not aux_time:
                prof.add("open", (a, b))  # "перенесены": done, or in force now
    return prof


# --- French -------------------------------------------------------------------------

_FR_IMPERFECT = ("ais", "ait", "ions", "iez", "aient")
_FR_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "u", "ue", "us", "ues",
                  "ert", "erte", "erts", "ertes", "int")  # fmt: skip


def _fr_verb(w: str) -> str | None:
    lemma = _lemma(w, "fr")
    return lemma if lemma != w and lemma.endswith(("er", "ir", "re", "oir")) else None


_FR_FUTURE_END = ("ai", "as", "a", "ons", "ez", "ont")
# Not "-it" for -ir verbs: "finit", "agit" are present as often as past.
_FR_SIMPLE_PAST = {"er": ("a", "èrent", "âmes", "âtes"), "ir": ("irent", "îmes")}


def _fr_simple_past(w: str) -> bool:
    """Regular passé simple: "dépassa", "montèrent", "partit" (infinitive stem + ending)."""
    lemma = _fr_verb(w)
    if not lemma or lemma[-2:] not in _FR_SIMPLE_PAST:
        return False
    return any(w == lemma[:-2] + e for e in _FR_SIMPLE_PAST[lemma[-2:]])


_FR_COND_END = ("ais", "ait", "ions", "iez", "aient")


def _fr_future_stem(w: str, endings: tuple[str, ...], t: TenseCues) -> bool:
    """Futur simple / conditionnel: the infinitive (or an irregular stem) plus the
    ending ("adopter-a", "prendr-ait", "pourr-ont"), so "figurait" and "montra" are not."""
    lemma = _fr_verb(w)
    for e in endings:
        if not w.endswith(e) or len(w) <= len(e) + 1:
            continue
        stem = w[: -len(e)]
        if stem in t.future_stems:
            return True
        if lemma and (stem == lemma or (lemma.endswith("re") and stem == lemma[:-1])):
            return True
    return False


def _fr(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    low = text.lower()
    taken = _mark_future_phrases(prof, low, "fr")
    toks = [tk for tk in _tokens(low.replace("'", " ").replace("’", " "))
            if not any(a <= tk[1] < b for a, b in taken)]  # fmt: skip
    for i, (w, a, b) in enumerate(toks):
        following = [x[0] for x in toks[i + 1 : i + 1 + AUX_REACH]]
        verbs = [_fr_verb(x) for x in following if x.endswith(_FR_PARTICIPLE)]
        participle = any(verbs)
        if w in t.irrealis:
            prof.add("open", (a, b))
        elif w in t.prospective or _fr_future_stem(w, _FR_COND_END, t):
            # "pourrait partir" points ahead; "aurait signé" is a past conditional.
            prof.add("open" if participle else "future", (a, b), soft=True)
        elif w in t.past_aux or w in t.past_perfect_aux or w in t.perfect_aux:
            with_be = any(v in t.past_with_be for v in verbs)
            _auxiliary(prof, t, w, (a, b), participle, with_be)
        elif w in t.non_verbs:
            continue
        elif _fr_future_stem(w, _FR_FUTURE_END, t):
            prof.add("future", (a, b))
        elif w in t.past_forms or _fr_simple_past(w):
            prof.add("past", (a, b))
        elif w.endswith(_FR_IMPERFECT) and len(w) >= 6 and _fr_verb(w):
            prof.add("past", (a, b))  # "faisait", not "fait"
    return prof


_BY_LANG = {"en": _en, "de": _de, "ru": _ru, "fr": _fr}


@cache
def _saying(code: str) -> frozenset[str]:
    return lang_data.data(code, "speech").verbs


@per_text
def profile(text: str, code: str) -> TimeProfile:
    """The time profile of `text` (empty for a language without tense data). Cached:
    a document's rows are read on two pairs (a hop and end to end); do not mutate."""
    reader = _BY_LANG.get(code)
    if reader is None:
        return TimeProfile()
    prof = reader(text, _cues(code))
    saying = _saying(code)
    said_at = [a for a, b in prof.past if text[a:b].lower() in saying]
    for a, b in prof.past:
        backshift = code == "en" and any(s < a for s in said_at)
        if (a in said_at or backshift) and (a, b) not in prof.soft_past:
            prof.soft_past.append((a, b))
    return prof


@dataclass(frozen=True)
class Shift:
    src: Time | Literal["present"]
    tgt: Time | Literal["present"]
    severity: Literal["major", "minor"]
    why: str


def compare(s: TimeProfile, t: TimeProfile) -> Shift | None:
    """The time shift from source profile `s` to translation profile `t`, if any."""
    fs, ft, ps, pt = len(s.future), len(t.future), len(s.past), len(t.past)
    # A future stated with "will" / "wird" / "будет" traded for a past is major; one
    # stated only by a conditional modal ("könnten beginnen" → "began") is minor.
    strong = s.strong_future != t.strong_future
    if fs > ft and pt > ps:
        sev = "major" if strong else "minor"
        return Shift("future", "past", sev, "what the source announces is reported as done")
    if ft > fs and ps > pt:
        sev = "major" if strong else "minor"
        return Shift("past", "future", sev, "what the source reports as done is announced")
    # Present against past only where neither side's past may be a present in
    # disguise: "hat ... gelesen" and "перестали бояться" are rendered as past or as a
    # present result alike, "erklärt" and "said" are both the news convention.
    if s.open or t.open or s.soft_past or t.soft_past or fs != ft:
        return None
    if ps == 0 and pt > 0:
        return Shift("present", "past", "minor", "a present state is reported as past")
    if pt == 0 and ps > 0:
        return Shift("past", "present", "minor", "a past event is reported as present")
    return None


def _shown(p: TimeProfile, time: str) -> list[Span]:
    if time == "present":
        return []
    return sorted(getattr(p, time))


class TenseCheck:
    name = "tense"
    types = ("meaning",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        s = profile(pair.src.text, pair.src.lang)
        t = profile(pair.tgt.text, pair.tgt.lang)
        shift = compare(s, t)
        if shift is None:
            return []
        src_spans, tgt_spans = _shown(s, shift.src), _shown(t, shift.tgt)
        src_words = quote_spans(pair.src.text, src_spans, 2) or "present"
        tgt_words = quote_spans(pair.tgt.text, tgt_spans, 2) or "present"
        return [
            Finding(
                type="meaning",
                severity=shift.severity,
                message=f"tense: {src_words} ({shift.src}) became {tgt_words} ({shift.tgt}): "
                f"{shift.why}",
                key=f"tense:{shift.tgt}",
                src_spans=src_spans,
                tgt_spans=tgt_spans,
                detail={"check": "tense", "source_time": shift.src, "translation_time": shift.tgt},
            )
        ]
