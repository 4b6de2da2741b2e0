"""French tense reader (see provenance.lang.tense), with simplemma lemmas.

futur simple, aller + infinitive → future; conditionnel → weak future (open with a
participle: "aurait signé"); imparfait, passé simple, avoir + participe passé → past;
être + participe → past for verbs of motion ("est tombé"), else open; futur antérieur
("aura fallu", "sera arrivé") → open.

French also narrates the past in the futur simple (futur historique: "Arrêté en 2010, il
sera condamné deux ans plus tard") and in the futur proche of a présent historique ("En
1995, il va fonder sa société"), which German, English and Russian translators render
as a past. A future of either kind in a sentence that places itself in the past (a past verb, a
past conditional, a year, "plus tard", "par la suite", "ensuite") is therefore read as a
weak future, like a conditional: against a past, a minor shift, not a major one.
"""

from __future__ import annotations

import re

from provenance.lang.cues import TenseCues
from provenance.lang.fr.cues import aller_infinitive
from provenance.lang.tense import (
    AUX_REACH,
    Span,
    TenseReader,
    TimeProfile,
    auxiliary,
    mark_future_phrases,
    tokens,
)
from provenance.lang.tense import lemma as _lemma

_IMPERFECT = ("ais", "ait", "ions", "iez", "aient")
_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "u", "ue", "us", "ues",
                  "ert", "erte", "erts", "ertes", "int")  # fmt: skip


def _verb(w: str) -> str | None:
    lemma = _lemma(w, "fr")
    return lemma if lemma != w and lemma.endswith(("er", "ir", "re", "oir")) else None


_FUTURE_END = ("ai", "as", "a", "ons", "ez", "ont")
# Not "-it" for -ir verbs: "finit", "agit" are present as often as past.
_SIMPLE_PAST = {"er": ("a", "èrent", "âmes", "âtes"), "ir": ("irent", "îmes")}


def _simple_past(w: str) -> bool:
    """Regular passé simple: "dépassa", "montèrent", "partit" (infinitive stem + ending)."""
    lemma = _verb(w)
    if not lemma or lemma[-2:] not in _SIMPLE_PAST:
        return False
    return any(w == lemma[:-2] + e for e in _SIMPLE_PAST[lemma[-2:]])


_COND_END = ("ais", "ait", "ions", "iez", "aient")


def _imperfect(w: str) -> bool:
    """An imparfait ("faisait", "connaissait"), not a present spelt with its ending: the
    singular of a verb in -aire / -aître is its stem plus -s / -t ("connais",
    "extrais", "soustrait" ← connaître, extraire, soustraire), and the "nous" / "vous"
    present of a verb in -ier ends in -ions / -iez ("remercions", "étudiez"; the
    imparfait is "remerciions")."""
    lemma = _verb(w)
    if lemma is None:
        return False
    if lemma.endswith(("aire", "aître", "aitre")):
        stem = lemma[:-3] if lemma.endswith("tre") else lemma[:-2]
        stems = (stem, stem.replace("î", "i"))
        if any(w in (s + "s", s + "t") for s in stems):
            return False
    return not (lemma.endswith("ier") and w in (lemma[:-2] + "ons", lemma[:-2] + "ez"))


# "que nous regardions", "pour que vous veniez": the present subjunctive of "nous" and
# "vous" is spelt like the imparfait (-ions, -iez) for every verb but "être" and "avoir",
# and "que" opens both a subjunctive clause and a relative one ("les films que nous
# regardions"): the form is as likely a present as a past, so it is open, not past.
_SUBJUNCTIVE_OR_IMPERFECT = re.compile(
    r"\bque\s+(?:nous|vous)\s+(?:(?:ne|n['’]|se|s['’]|y|en|le|la|les|l['’]|lui|leur|nous"
    r"|vous)\s*)*(\w+(?:ions|iez))\b"
)


def _subjunctive_spans(low: str) -> set[int]:
    """Start offsets of the -ions / -iez forms after "que nous / que vous"."""
    return {m.start(1) for m in _SUBJUNCTIVE_OR_IMPERFECT.finditer(low)}


def _future_stem(w: str, endings: tuple[str, ...], t: TenseCues) -> bool:
    """Futur simple / conditionnel: the infinitive (or an irregular stem) plus the
    ending ("adopter-a", "prendr-ait", "pourr-ont"), so "figurait" and "montra" are not."""
    lemma = _verb(w)
    for e in endings:
        if not w.endswith(e) or len(w) <= len(e) + 1:
            continue
        stem = w[: -len(e)]
        if stem in t.future_stems:
            return True
        if lemma and (stem == lemma or (lemma.endswith("re") and stem == lemma[:-1])):
            return True
    return False


# What places a sentence in a narrated past beside its futur simple: a year, or an adverb
# of sequence ("plus tard", "par la suite", "ensuite", "puis", "finalement").
_NARRATIVE = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})\b|\bplus\s+tard\b|\bpar\s+la\s+suite\b|\bensuite\b"
    r"|\bpuis\b|\bfinalement\b|\baprès\s+quoi\b|\bdès\s+lors\b"
)


def _narrative_futures(
    prof: TimeProfile, synthetic: list[Span], low: str, past_conditional: bool
) -> None:
    """Mark the futurs simples of a sentence that narrates the past (see the module
    docstring) as weak futures: one with a past verb, a past conditional ("je ne serais
    pas allé"), a year or an adverb of sequence."""
    if synthetic and (prof.past or past_conditional or _NARRATIVE.search(low)):
        prof.prospective += [s for s in synthetic if s not in prof.prospective]


# The futur proche seen from the past ("il allait devenir président" = he was to become,
# "ils allaient voter" = they would vote): aller in the imparfait with an infinitive
# states a future in the past, as the conditional does, not a past event.
_FUTURE_IN_PAST = re.compile(
    aller_infinitive("allais|allait|allions|alliez|allaient", "bientôt|probablement|bien")
)


def _future_in_past(prof: TimeProfile, low: str) -> list[Span]:
    """Add the futures in the past ("allait devenir") as weak futures; their spans."""
    spans = [(m.start(), m.end()) for m in _FUTURE_IN_PAST.finditer(low)]
    for span in spans:
        prof.add("future", span, soft=True)
    return spans


def read(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    synthetic: list[Span] = []
    past_conditional = False
    low = text.lower()
    periphrastic = mark_future_phrases(prof, low, "fr")
    taken = periphrastic + _future_in_past(prof, low)
    subjunctive = _subjunctive_spans(low)
    toks = [tk for tk in tokens(low.replace("'", " ").replace("’", " "))
            if not any(a <= tk[1] < b for a, b in taken)]  # fmt: skip
    for i, (w, a, b) in enumerate(toks):
        following = [x[0] for x in toks[i + 1 : i + 1 + AUX_REACH]]
        verbs = [_verb(x) for x in following if x.endswith(_PARTICIPLE)]
        participle = any(verbs)
        if w in t.irrealis:
            prof.add("open", (a, b))
        elif w in t.prospective or _future_stem(w, _COND_END, t):
            # "pourrait partir" points ahead; "aurait signé" is a past conditional.
            prof.add("open" if participle else "future", (a, b), soft=True)
            if participle:
                past_conditional = True
        elif w in t.past_aux or w in t.past_perfect_aux or w in t.perfect_aux:
            with_be = any(v in t.past_with_be for v in verbs)
            auxiliary(prof, t, w, (a, b), participle, with_be)
        elif w in t.non_verbs:
            continue
        elif _future_stem(w, _FUTURE_END, t):
            if participle and (w.startswith("aur") or any(v in t.past_with_be for v in verbs)):
                # futur antérieur ("aura fallu", "sera arrivé"): a perfect, in news as
                # often looking back ("il aura fallu dix ans" = it took ten years)
                prof.add("open", (a, b))
                continue
            prof.add("future", (a, b))
            synthetic.append((a, b))
        elif w in t.past_forms or _simple_past(w):
            prof.add("past", (a, b))
        elif w.endswith(_IMPERFECT) and len(w) >= 6 and _imperfect(w):
            # "faisait", not "fait"; "que nous regardions" is a subjunctive as often
            prof.add("open" if a in subjunctive else "past", (a, b))
    # the futur proche narrates the past as the futur simple does ("En 1995, il va
    # fonder sa propre société": présent historique, rendered as a past)
    _narrative_futures(prof, synthetic + periphrastic, low, past_conditional)
    return prof


DATA = TenseReader(read=read)
