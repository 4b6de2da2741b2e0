"""German tense reader (see provenance.lang.tense), with simplemma lemmas.

werden + infinitive → future; könnte / dürfte / würde + infinitive → weak future; war,
hatte, wurde, modal and strong/weak Präteritum, hat/haben + Partizip II → past; ist/sind +
Partizip II → past for verbs of motion or change ("ist gestiegen"), else open ("ist
geschlossen" is a state); hätte, wäre, a perfect infinitive, Futur II → open.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.lang.cues import TenseCues, clauses
from provenance.lang.tense import WORD, TenseReader, TimeProfile, auxiliary, cues
from provenance.lang.tense import lemma as _lemma
from provenance.util.memo import per_word


@per_word
def _infinitive(w: str) -> bool:
    t = cues("de")
    return (
        (w.endswith(("en", "ern", "eln")) or w in ("sein", "tun"))
        and w not in t.non_verbs
        and _lemma(w, "de") == w
    )


@per_word
def _participle(w: str) -> bool:
    t = cues("de")
    if w in t.non_verbs or not w.endswith(("t", "en")):
        return False
    lemma = _lemma(w, "de")
    if lemma == w or not _infinitive_shape(lemma):
        return False
    return w.startswith("ge") or w.endswith("iert") or w.startswith(t.prefixes)


def _infinitive_shape(lemma: str) -> bool:
    """A lemma shaped like a verb's infinitive ("steigen", "ändern", "tun"): the lemma of
    a participle is one, that of "einen" (ein) is not."""
    return lemma.endswith(("en", "rn", "ln")) or lemma in ("sein", "tun")


_ENDINGS = ("", "en", "n", "st", "t", "est")
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über",
                   "unter", "wider")  # fmt: skip
_WEAK = ("te", "ten", "test", "tet", "ete", "eten", "etest", "etet")
# Strong verbs whose participle keeps the infinitive's vowel ("geben" - "gegeben"): with
# an inseparable prefix the participle drops "ge-" and is spelt like the infinitive
# ("vergeben", "erhalten", "berufen", "übertragen"), so "wird ... übertragen" is as
# likely the present passive (is broadcast) as the future (will broadcast).
_SAME_VOWEL = ("geben", "lassen", "halten", "fahren", "raten", "treten", "fallen", "fangen",
               "kommen", "gessen", "messen", "lesen", "sehen", "schehen", "graben", "laden",
               "schlafen", "waschen", "wachsen", "blasen", "braten", "laufen", "rufen",
               "stoßen", "schlagen", "tragen", "heißen", "hauen", "backen", "schaffen")  # fmt: skip


@per_word
def _participle_like_infinitive(w: str) -> bool:
    """An infinitive spelt like its participle: an inseparable prefix (after any
    separable particle: "ein-be-rufen") on a strong verb that keeps its vowel."""
    for base in _SAME_VOWEL:
        if w.endswith(base) and len(w) > len(base):
            head = w[: -len(base)]
            if head.endswith(_INSEPARABLE) and head != "ge":
                return True
    return False


@per_word
def _strong_past(w: str) -> bool:
    t = cues("de")
    for e in _ENDINGS:
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
def _weak_past(w: str) -> bool:
    t = cues("de")
    if w in t.non_verbs or not w.endswith(_WEAK):
        return False
    lemma = _lemma(w, "de")
    if lemma == w or not lemma.endswith("n"):
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return any(w == stem + e for e in _WEAK)


def _attributive(toks: list[tuple[str, int, int, bool]], i: int, t: TenseCues) -> bool:
    """A -te form before an inflected adjective and a noun ("eröffnete klassische
    Route"), or before a noun with no subject before it ("die 1938 eröffnete Route"),
    is an attributive participle, not a finite past ("Der Plan interessierte Jean")."""
    nxt = toks[i + 1 : i + 3]
    if not nxt:
        return False
    if nxt[0][3] and len(nxt) == 2 and not nxt[1][3]:
        # "erhöhte die Steuern": an article after it makes it finite.
        return nxt[0][0] not in t.modifiers and nxt[0][0].endswith(("e", "en", "er", "es", "em"))
    if nxt[0][3]:
        return False
    if _inside_noun_phrase(toks, i):
        return True  # "in der von der Menge bestimmten Richtung"
    if i == 0:
        return False
    prev, prev_lower = toks[i - 1][0], toks[i - 1][3]
    return prev_lower and prev not in _PRONOUNS


# Words that open a noun phrase whose noun is still to come: articles, possessives,
# demonstratives and the prepositions fused with an article ("im", "zur").
_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
     "eines", "kein", "keine", "keinen", "keinem", "keiner", "seine", "seinen", "seinem",
     "seiner", "ihre", "ihren", "ihrem", "ihrer", "unsere", "unseren", "unserem", "unserer",
     "dieser", "diese", "dieses", "diesen", "diesem", "jene", "jener", "jenen", "jenem",
     "im", "am", "zum", "zur", "vom", "beim", "ins", "ans"}
)  # fmt: skip


def _inside_noun_phrase(toks: list[tuple[str, int, int, bool]], i: int) -> bool:
    """The -te form at `i`, before a noun, stands inside a noun phrase an article opened
    before it and no noun has closed yet: German puts a whole attribute between the
    article and its noun ("in der [von der Menge bestimmten] Richtung", "die [im Mai
    gegründeten] Partei"), and a finite verb never stands there. Each article waits for
    a noun (a capitalised word inside the sentence); "Die Eltern kauften Brot" has its
    noun before the verb."""
    waiting = 0
    for k, (w, _, _, lower) in enumerate(toks[:i]):
        if w in _DETERMINERS:
            waiting += 1
        elif not lower and k > 0 and waiting:
            waiting -= 1
    return waiting > 0


_BEFORE_COMMA = re.compile(r"(\w+)\s*,\s*$")
# quantifiers inflected like adjectives ("vielen, die ..." = many, who): no attribute
_QUANTIFIERS = frozenset({"viel", "wenig", "ander", "anderer", "einig", "mehrer", "beide", "alle"})


def _adjective_series(text: str, start: int) -> bool:
    """The text before `start` ends with an inflected adjective and a comma ("über einen
    felsigen, ...", "erschreckende, ..."): the adjective waits for its noun, so the
    clause cut at the comma continues a noun phrase, and a -te form before a noun in it
    is another attribute ("... bezeichneten Vorsprung"), not a finite past. A verb before
    the comma ("..., die wir kauften, ...") has a lemma in -n; a determiner or pronoun
    ("denen", "ihnen") is no adjective."""
    m = _BEFORE_COMMA.search(text, max(0, start - 40), start)
    if m is None or not m.group(1).islower():
        return False
    w = m.group(1)
    if w in _DETERMINERS or w in _PRONOUNS:
        return False
    lemma = _lemma(w, "de")
    if lemma.endswith("n") or lemma in _QUANTIFIERS:
        return False
    return any(w == lemma + e for e in ("e", "en", "er", "es", "em"))


_PRONOUNS = frozenset(
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


@cache
def _auxiliaries() -> frozenset[str]:
    """Every German auxiliary and modal that may stand with a participle."""
    t = cues("de")
    aux = t.future_aux | t.past_aux | t.past_perfect_aux | t.perfect_aux | t.irrealis
    return aux | t.prospective | t.present_aux


def _clause_verb_at(toks: list[tuple[str, int, int, bool]], i: int) -> int:
    """Where the clause's non-finite verb stands for the finite verb at `i`: the clause's
    last word, or the one before it when the finite verb itself ends the clause."""
    last = len(toks) - 1
    return last - 1 if i == last else last


def _with_werden(toks: list[tuple[str, int, int, bool]], i: int, verb_final: bool) -> str | None:
    """werden + infinitive, the infinitive at the clause's end ("wird ... erhöhen", "wird
    ... verschoben werden", "dass er kommen wird"): a future, or "open" where the
    infinitive is spelt like a participle ("dass ... einberufen wird" is as likely a
    present passive, "is convened"); None without an infinitive. A `verb_final` werden
    (a comma right after it) ends its subordinate clause, so its infinitive is the word
    before it ("die ... seltener werden, wieder erwecken" is the copula)."""
    at = i - 1 if verb_final else _clause_verb_at(toks, i)
    if at < 0 or at == i or not toks[at][3] or not _infinitive(toks[at][0]):
        return None
    return "open" if _participle_like_infinitive(toks[at][0]) else "future"


def _with_wuerde(toks: list[tuple[str, int, int, bool]], i: int) -> str:
    """ "würde ... einsetzen" points ahead (a soft future); "würde ... eingesetzt" is the
    passive subjunctive of reported speech ("were used"), no future."""
    at = _clause_verb_at(toks, i)
    word = toks[at][0]
    passive = at != i and toks[at][3] and _participle(word)
    return "open" if passive and not _infinitive(word) else "future"


def _futur_two(words: list[str]) -> bool:
    """The clause ends in a perfect infinitive ("vergessen haben", "angekommen sein",
    "gebaut worden sein"): with "werden", the Futur II."""
    if len(words) < 2 or words[-1] not in ("haben", "sein"):
        return False
    verb = words[-2]
    return (
        verb == "worden"
        or _participle(verb)
        or _participle_like_infinitive(verb)
        or (_infinitive(verb) and verb.startswith(_INSEPARABLE))
    )


# A comma (or semicolon, colon, dash) right after a word: the German comma closes a
# subordinate clause, whose finite verb stands last.
_COMMA_NEXT = re.compile(r"\s*[,;:–]")


_SUBORDINATORS = frozenset(
    {
        "dass", "daß", "weil", "wenn", "ob", "als", "da", "obwohl", "obgleich", "während",
        "bevor", "ehe", "nachdem", "sobald", "falls", "damit", "sodass", "bis", "seit",
        "seitdem", "indem", "wo", "wie", "was", "wer", "weshalb", "warum",
    }
)  # fmt: skip
_RELATIVES = frozenset(
    {"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher",
     "welches", "welchem"}
)  # fmt: skip
_STRETCH_START = re.compile(r"[,;:(–]\s*(?!.*[,;:(–])", re.S)


def _subordinate(text: str, at: int) -> bool:
    """The stretch of `text` before offset `at` (from the last comma) opens with a
    subordinating conjunction, or after a comma with a relative pronoun, also after a
    preposition ("die ...", "in der ...", "dass ..."): a clause whose finite verb stands
    last, unlike a main clause's "wird, so heißt es, ..."."""
    head = text[:at]
    m = _STRETCH_START.search(head)
    words = [w.lower() for w in WORD.findall(head[m.end() if m else 0 :])[:2]]
    if not words:
        return False
    if words[0] in _SUBORDINATORS:
        return True
    second = words[1] if len(words) > 1 else ""
    return m is not None and (words[0] in _RELATIVES or second in _RELATIVES)


def read(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    for c in clauses(text, "de"):
        raw = [(m.group(0), m.start(), m.end()) for m in WORD.finditer(text, c.start, c.end)]
        # Capitalised words are nouns (or a sentence's first word): no finite verbs.
        toks = [(w.lower(), a, b, w[:1].islower()) for w, a, b in raw]
        words = [x[0] for x in toks]
        participles = [w for w, _, _, lower in toks if lower and _participle(w)]
        # "hat ... hinterlassen / erhalten / verlassen": a participle spelt like its
        # infinitive (inseparable prefix, no vowel change) ends the clause.
        if toks and toks[-1][3] and any(w in t.past_perfect_aux for w in words):
            last = words[-1]
            if _infinitive(last) and last.startswith(_INSEPARABLE):
                participles.append(last)
        has_participle = bool(participles)
        # "ist gestiegen" (a change: past) against "ist geschlossen" (a state: open).
        past_with_be = any(_lemma(w, "de") in t.past_with_be for w in participles)
        # With an auxiliary in the clause, "verschoben" / "gestiegen" is the participle,
        # not the Präteritum plural it is spelt like.
        has_aux = not _auxiliaries().isdisjoint(words)
        # "könnte ... verschoben worden sein", "hätte ... gesagt haben": a perfect infinitive.
        perfect_inf = has_participle and bool({"haben", "sein"} & set(words[-2:]))
        # an adjective and a comma before the clause: a series of attributes whose noun
        # is still to come ("einer steilen, mit Griffen bestückten Passage")
        series = _adjective_series(text, c.start)
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
            if w in t.future_aux and _participle(prev):
                continue  # "eingehalten werden können": a passive infinitive, no future
            if w in t.future_aux:
                # Futur II ("wird ... vergessen haben"): a perfect, as often a guess
                # about the past (= has probably forgotten) as a future: open
                verb_final = _COMMA_NEXT.match(text, b) is not None and _subordinate(text, a)
                kind = "open" if _futur_two(words) else _with_werden(toks, i, verb_final)
                if kind:
                    prof.add(kind, (a, b))
            elif w in t.irrealis:
                prof.add("open", (a, b))
            elif w in t.prospective:
                kind = "open" if perfect_inf else _with_wuerde(toks, i)
                prof.add(kind, (a, b), soft=True)
            elif w in t.past_aux or w in t.past_perfect_aux or w in t.perfect_aux:
                auxiliary(prof, t, w, (a, b), has_participle, past_with_be)
            elif w == "hieß" and "es" in (prev, words[i + 1] if i + 1 < len(words) else ""):
                # "hieß es" = it was said: hearsay, a verb of saying as "sagte"
                prof.add("past", (a, b), soft=True)
                prof.reported.append((a, b))
            elif prev not in t.modifiers and (_strong_past(w) or _weak_past(w)):
                # beside an auxiliary a form spelt like a participle is one, also when
                # the lemmatiser reads it as an adjective ("entschieden hätten")
                if has_aux and (_participle(w) or (w.endswith("en") and _strong_past(w))):
                    continue
                before_noun = i + 1 < len(toks) and not toks[i + 1][3]
                if _weak_past(w) and (_attributive(toks, i, t) or (series and before_noun)):
                    continue  # "die 1938 eröffnete klassische Route"
                prof.add("past", (a, b))
    return prof


DATA = TenseReader(read=read)
