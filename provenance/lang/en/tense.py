"""English tense reader (see provenance.lang.tense): no dictionary, word data only.

will / shall / 'll / going to → future; would / might + infinitive → a weak (prospective)
future; was, were, did, had, simple-past forms (-ed and the irregular list) that are not
participles → past; has/have/having + participle → open ("has risen" is rendered "stieg"
or "ist gestiegen", "has been in power for" as "ist seit ... an der Macht"); could /
should → open ("could" is as often a past of "can"). English tenses shift back after a
past verb of saying ("said he wanted" = "sagte, er wolle").
"""

from __future__ import annotations

from functools import cache

from provenance.lang.cues import TenseCues
from provenance.lang.tense import (
    AUX_REACH,
    TenseReader,
    TimeProfile,
    cues,
    mark_future_phrases,
    tokens,
)
from provenance.util.memo import per_word


@per_word
def _regular_past(w: str) -> bool:
    t = cues("en")
    # No dictionary: English -ed words that are no verb forms are few and listed.
    return len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w not in t.non_verbs


def _participle(w: str, t: TenseCues) -> bool:
    return w in t.participles or _regular_past(w)


# Conjunctions that take a bare participle as a reduced clause ("as planned", "when
# asked", "than expected"): no finite verb, no time of its own.
_REDUCED = frozenset({"as", "if", "when", "once", "unless", "until", "than", "though"})

# "will" with an adverb of frequency states a habit or a tendency, not a future event
# ("people who had a house will often not want to move" = "wollen oft nicht"): the
# language the source is in says it with a present.
_HABITUAL = frozenset(
    {"often", "usually", "always", "sometimes", "generally", "typically", "normally",
     "frequently", "rarely", "seldom", "occasionally", "invariably", "commonly"}
)  # fmt: skip

# The auxiliary left of a contracted negation ("won't", "can't", "shan't").
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


@cache
def _auxiliaries() -> frozenset[str]:
    """Words that make a following -ed form a participle ("was passed", "has risen")."""
    t = cues("en")
    aux = t.future_aux | t.irrealis | t.prospective | t.past_aux | t.perfect_aux | t.present_aux
    return aux | {"be", "been", "being", "get", "gets", "got", "getting", "having"}


# A reduced relative clause opens with a participle and a preposition ("the meeting
# planned for May", "cacti, coated in dye, are ..."); the clause's own finite verb comes
# after it, before any word that opens another clause.
_PREPOSITIONS = frozenset(
    {"for", "in", "at", "on", "with", "from", "under", "into", "to", "as", "over", "after"}
)
_NEW_CLAUSE = frozenset(
    {"that", "which", "who", "whom", "whose", "and", "but", "or", "when", "while", "because",
     "if", "where", "after", "before", "since", "until", "so"}
)  # fmt: skip
_RELATIVE_REACH = 10


def _reduced_relative(text: str, toks: list[tuple[str, int, int]], i: int, t: TenseCues) -> bool:
    """The -ed form at `i` opens a reduced relative clause: it may be a participle, a
    preposition follows it, and a finite auxiliary of the sentence follows within a few
    words with no clause opener between ("The company reported in May that ..." is a
    finite past; a capitalised "May" is the month)."""
    w = toks[i][0]
    if not (w in t.participles or _regular_past(w)):
        return False
    if i + 1 >= len(toks) or toks[i + 1][0] not in _PREPOSITIONS:
        return False
    finite = t.future_aux | t.past_aux | t.present_aux | t.perfect_aux
    for x, a, _ in toks[i + 2 : i + 2 + _RELATIVE_REACH]:
        if x in _NEW_CLAUSE:
            return False
        if x in finite and text[a].islower():  # (not "May" the month)
            return True
    return False


# what follows a "to" that is a preposition, not the mark of an infinitive
# fmt: off
_NO_VERB = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "my",
    "our", "your", "him", "them", "us", "me",
})
# fmt: on


def _infinitive_at(text: str, toks: list[tuple[str, int, int]], j: int) -> bool:
    """Token `j` may be an infinitive: a lower-case word that is no determiner or pronoun."""
    if j >= len(toks):
        return False
    w, a, _b = toks[j]
    return w.isalpha() and text[a].islower() and w not in _NO_VERB


def read(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    low = text.lower()
    taken = mark_future_phrases(prof, low, "en")
    toks = tokens(text)
    aux = _auxiliaries()
    for i, (w, a, b) in enumerate(toks):
        if taken and any(x <= a < y for x, y in taken):
            continue  # inside "going to ...": already counted, still context for others
        base = w[:-3] if w.endswith("n't") else w
        base = _CONTRACTED.get(base, base)
        prev = toks[i - 1][0] if i else ""
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if w.endswith("'ll"):
            prof.add("future", (a, b))
        elif base in t.future_aux:
            # "will" the noun: "the political will", "the will of the people".
            habitual = not _HABITUAL.isdisjoint(x[0] for x in toks[i + 1 : i + 3])
            if prev not in t.modifiers and nxt not in ("", "of") and not habitual:
                prof.add("future", (a, b))
        elif base in t.irrealis:
            prof.add("open", (a, b))
        elif base in t.prospective:
            perfect = "have" in {x[0] for x in toks[i + 1 : i + 3]}
            prof.add("open" if perfect else "future", (a, b), soft=True)
        elif base in t.past_aux:
            prof.add("past", (a, b))
        elif base in t.perfect_aux or base == "having":
            if any(_participle(x[0], t) for x in toks[i + 1 : i + 1 + AUX_REACH]):
                prof.add("open", (a, b))
        elif w in t.past_forms or _regular_past(w):
            before = {x[0] for x in toks[max(0, i - AUX_REACH) : i]}
            if before & aux or prev in t.modifiers or nxt == "by":
                continue  # a participle: passive, perfect, adjective or reduced relative
            if prev in _REDUCED or text[a - 1 : a] == "-":
                continue  # "as planned", "if elected"; "Beijing-controlled": adjectives
            if _reduced_relative(text, toks, i, t):
                continue  # "the meeting planned for May will ...": no finite verb
            if (
                nxt == "to"
                and text[:a].rstrip().endswith(",")
                and _infinitive_at(text, toks, i + 2)
            ):
                # a participle set off by a comma, with its infinitive: "an inflow of
                # 50,000 m³/s, expected to reach ..." ("как ожидается, достигнет") states
                # no past; a verb of a list goes "to" a place ("stood up, walked to the
                # door"): a determiner, a pronoun, a number or a name after "to"
                continue
            prof.add("past", (a, b))
    return prof


DATA = TenseReader(
    read=read, backshift_after_saying=True, backshifted_states=frozenset({"was", "were"})
)
