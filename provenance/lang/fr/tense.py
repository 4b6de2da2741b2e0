"""French tense reader (see provenance.lang.tense), with simplemma lemmas.

futur simple, aller + infinitive → future; conditionnel → weak future (open with a
participle: "aurait signé"); imparfait, passé simple, avoir + participe passé → past;
être + participe → past for verbs of motion ("est tombé"), else open; futur antérieur
("aura fallu", "sera arrivé") → open.

French also narrates the past in the futur simple (futur historique: "Arrêté en 2010, il
sera condamné deux ans plus tard") and in the futur proche of a présent historique ("En
1995, il va fonder sa société"), which German, English and Russian translators render
as a past. A future of either kind in a sentence that places itself in the past (a past
verb, a past conditional, a year, "plus tard", "par la suite", "ensuite", "le lendemain",
"deux ans après", "jusqu'à sa mort", a match's "85e minute") is therefore read as a weak
future, like a conditional: against a past, a minor shift, not a major one; so is one whose
row before narrates the past in the imparfait, the passé simple or the plus-que-parfait
(`narration`, read by the tense check), not in the passé composé of news.

The conditional is the future seen from the past in reported speech ("il a dit qu'il
lèverait les sanctions" = "er werde ... aufheben"), its stem the future's, with the
spelling changes of "-e_er", "-eler/-eter", "-yer" verbs ("lèver-", "appeller-", "paier-");
the imparfait after "comme si", or after "si" beside a conditional, is a hypothesis
("s'il pleuvait, nous resterions"), open, not past. The passé simple, the tense of
written narration, is a soft past: German narrates as often in the historic present.
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
    cues,
    mark_future_phrases,
    tokens,
)
from provenance.lang.tense import lemma as _lemma
from provenance.util.memo import per_word

_IMPERFECT = ("ais", "ait", "ions", "iez", "aient")
# (and "-û": "dû", "crû", so "aurait dû partir" = should have left is a past conditional)
_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "u", "ue", "us", "ues",
                  "ert", "erte", "erts", "ertes", "int", "û")  # fmt: skip


# The participle of "mourir", which the lemmatiser reads as the noun or adjective: "il est
# mort" (died), "il serait mort" (is said to have died, the conditional of hearsay).
_MORT = {"mort": "mourir", "morte": "mourir", "morts": "mourir", "mortes": "mourir"}
_DETERMINERS = frozenset(
    {"le", "la", "les", "l", "un", "une", "du", "de", "des", "sa", "son", "ses", "leur", "cette"}
)


def _verb(w: str) -> str | None:
    lemma = _lemma(w, "fr")
    return lemma if lemma != w and lemma.endswith(("er", "ir", "re", "oir")) else None


# A participle's ending and the infinitive endings its stem takes ("exig-é" → exiger,
# "dispar-u" → disparaître, "comm-is" → commettre, "ouv-ert" → ouvrir), each followed by
# "", "e", "s" or "es" (agreement).
# (Only endings whose stem rarely makes a noun's infinitive look-alike: not "-i" + "re",
# "hui" → "hure", nor "-it" + "ire", "nuit" → "nuire", nor "-u" + "re", "flou" → "flore".)
_PARTICIPLE_STEMS = (
    ("é", ("er",)), ("i", ("ir",)), ("du", ("dre",)), ("u", ("aître",)),
    ("is", ("ettre", "érir")), ("ert", ("rir",)),
)  # fmt: skip
_AGREEMENT = ("", "e", "s", "es")


@per_word
def _participle_verb(w: str) -> str | None:
    """The infinitive of participle `w`: the lemmatiser's, or where it reads the form as
    an adjective or a noun of its own ("exigé", "disparu", "ouvert", "écrit", "commis"
    are their own lemmas in its dictionary), the infinitive its stem makes that the
    dictionary lists as a lemma. Without it "a exigé", "ont disparu" read as no verb, and
    a passé composé as a present. A stem of two letters at least ("du", "nu" are no
    participles) and an infinitive that is its own lemma ("pere" is "père")."""
    if not w.endswith(_PARTICIPLE):
        return None
    from provenance.util.lexicon import in_dictionary  # (imports wordfreq: on first use)

    verb = _verb(w)
    if verb is not None:
        return verb
    for ending, infinitives in _PARTICIPLE_STEMS:
        for agreement in _AGREEMENT:
            suffix = ending + agreement
            stem = w[: -len(suffix)]
            if not w.endswith(suffix) or len(stem) < 2:
                continue
            for inf in infinitives:
                if in_dictionary(stem + inf, "fr") and _lemma(stem + inf, "fr") == stem + inf:
                    return stem + inf
    return None


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
        if stem in t.future_stems or (lemma and stem in _stems(lemma)):
            return True
    return False


# A mute "e" (or "é") before the last consonant of an -er verb is "è" in the future
# stem ("acheter" → "achèter-a", "lever" → "lèver-ait"), or "appeler" / "jeter" double
# the consonant ("appeller-a", "jetter-ait").
_MUTE_E = re.compile(r"^(.*)[eé]([^aeiouyéè]{1,2})er$")


def _stems(lemma: str) -> frozenset[str]:
    """The future (and conditional) stems of a verb: its infinitive, less the final "e"
    of an -re verb ("prendr-"), and the regular changes of spelling: the mute "e" of an
    -e_er verb ("achèter-"), the doubled consonant of -eler / -eter ("appeller-"), the
    "i" of -yer ("paier-", "emploier-"), and the stems of the families of "tenir" /
    "venir" ("soutiendr-"), "-cevoir" ("percevr-"), "courir" ("parcourr-"), "faire"
    ("refer-") and "envoyer" ("renverr-"). Without them "il lèverait les sanctions"
    reads as an imparfait, a past, where it is the future of reported speech."""
    out = {lemma}
    if lemma.endswith("re"):
        out.add(lemma[:-1])
    m = _MUTE_E.match(lemma)
    if m:
        out.add(f"{m[1]}è{m[2]}er")
        if m[2] in ("l", "t"):
            out.add(f"{m[1]}e{m[2] * 2}er")
    for ending, stem in _IRREGULAR_STEMS:
        if lemma.endswith(ending):
            out.add(lemma[: -len(ending)] + stem)
    return frozenset(out)


_IRREGULAR_STEMS = (
    ("yer", "ier"), ("voyer", "verr"), ("enir", "iendr"), ("cevoir", "cevr"), ("ourir", "ourr"),
    ("faire", "fer"), ("quérir", "querr"),
)  # fmt: skip


# What places a sentence in a narrated past beside its futur simple: a year, or an adverb
# of sequence ("plus tard", "par la suite", "ensuite", "puis", "finalement").
_NARRATIVE = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})\b|\bplus\s+tard\b|\bpar\s+la\s+suite\b|\bensuite\b"
    r"|\bpuis\b|\bfinalement\b|\baprès\s+quoi\b|\bdès\s+lors\b"
    # the day after, the day before, the year that followed, shortly after, two years
    # after, until (or at) his death: a biography's sequence
    r"|\blendemain\b|\bla\s+veille\b|\b(?:jour|semaine|mois|an|année)s?\s+suivant(?:e|s|es)?\b|\bpeu\s+après\b"
    r"|\b(?:ans|années|mois|semaines|jours)\s+après\b|\bà\s+sa\s+mort\b"
    # a match report's minute ("à la 85e minute"). Not "il faudra attendre X pour": it
    # narrates ("it was not until X that") as seldom as it forecasts, and a forecast
    # reported as done must stay major (the round-15 review)
    r"|\b(?:à|dès)\s+la\s+\d+\s*(?:e|è|ème|eme)\s+minute\b"
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


# A clause of condition ("si", "s'il") or comparison ("comme si") up to the next mark of
# punctuation: its imparfait or plus-que-parfait states a hypothesis, no past ("s'il
# pleuvait, nous resterions" = wenn es regnete; "comme si rien ne s'était passé" = als
# sei nichts geschehen), which German says with a Konjunktiv.
_IF_CLAUSE = re.compile(r"\b(comme\s+)?s(?:i\b|['’]ils?\b)[^,;:.!?()«»\"]*")


def _hypotheses(prof: TimeProfile, low: str, conditionals: list[int]) -> None:
    """Turn the pasts of `comme si` clauses, and of `si` clauses in a sentence with a
    conditional ("s'il pleuvait, nous resterions"), into open forms: without one, "si"
    asks ("il demandait si elle était là") or states a past habit. `conditionals`: where
    the text's conditional forms start (a conditional of another sentence is no answer)."""

    def same_sentence(m: re.Match[str]) -> bool:
        start = max(low.rfind(c, 0, m.start()) for c in ".!?") + 1
        ends = [e for e in (low.find(c, m.end()) for c in ".!?") if e >= 0]
        end = min(ends) if ends else len(low)
        return any(start <= c < end for c in conditionals)

    spans = [(m.start(), m.end()) for m in _IF_CLAUSE.finditer(low) if m[1] or same_sentence(m)]
    if not spans:
        return
    # (the imparfait only: a passé composé after "si" is a real condition or a question,
    # "je voudrais savoir si vous avez reçu ma lettre")
    hypothetical = [
        p
        for p in prof.past
        if any(a <= p[0] < b for a, b in spans) and low[p[0] : p[1]].endswith(_IMPERFECT)
    ]
    for p in hypothetical:
        prof.past.remove(p)
        if p in prof.soft_past:
            prof.soft_past.remove(p)
        prof.open.append(p)


def read(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    synthetic: list[Span] = []
    past_conditional = False
    conditionals: list[int] = []
    low = text.lower()
    periphrastic = mark_future_phrases(prof, low, "fr")
    taken = periphrastic + _future_in_past(prof, low)
    subjunctive = _subjunctive_spans(low)
    toks = [tk for tk in tokens(low.replace("'", " ").replace("’", " "))
            if not any(a <= tk[1] < b for a, b in taken)]  # fmt: skip
    for i, (w, a, b) in enumerate(toks):
        following = [x[0] for x in toks[i + 1 : i + 1 + AUX_REACH]]
        # "mort" is the participle of "mourir" unless a determiner makes it the noun
        # ("il est mort", not "c'est la mort du village")
        # (a participle the lemmatiser does not know is read from its stem only where
        # no determiner makes it a noun: "à la montée", "l'entrée")
        verbs = [(_MORT.get(x) or _participle_verb(x)) if not _DETERMINERS & set(following[:j])
                 else (_verb(x) if x.endswith(_PARTICIPLE) else None)
                 for j, x in enumerate(following)]  # fmt: skip
        participle = any(verbs)
        if w in t.irrealis:
            prof.add("open", (a, b))
        elif w in t.prospective or _future_stem(w, _COND_END, t):
            # "pourrait partir" points ahead; "aurait signé" is a past conditional.
            prof.add("open" if participle else "future", (a, b), soft=True)
            conditionals.append(a)
            if participle:
                past_conditional = True
        elif w in _PERSONAL_IMPERFECT and _after_pronoun(toks, i, _PERSONAL_IMPERFECT[w]):
            # "nous avions prévu", "nous n'étions": the imparfait of "avoir" and "être",
            # spelt like the noun "avions" the lemmatiser reads, after its pronoun
            prof.add("past", (a, b))
        elif w in t.past_aux or w in t.past_perfect_aux or w in t.perfect_aux:
            # a pronominal verb makes its passé composé with "être" whatever it means:
            # "s'est produit", "se sont rendus", "ne s'est pas passé" = happened, went
            # (a past, as "a signé"), not the state "est fermé" is
            # (its participle is as often one the lemmatiser reads as a noun: "produit",
            # "passé", "déroulé")
            reflexive = (
                w in t.perfect_aux
                and i > 0
                and toks[i - 1][0] in _REFLEXIVE
                and any(x.endswith(_PARTICIPLE) for x in following[:2])
            )
            with_be = reflexive or any(v in t.past_with_be for v in verbs)
            auxiliary(prof, t, w, (a, b), participle or reflexive, with_be)
            if w in _SIMPLE_PAST_AUX:
                prof.soft_past.append((a, b))  # "fut", "eut": a passé simple (below)
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
            if w.endswith(_PARTICIPLE) and _after_auxiliary(toks, i, t):
                continue  # "a dit", "a mis", "est parti": the participle, not a passé simple
            # The passé simple is the tense of written narration, where German narrates
            # as often in the historic present ("rät man mir" = "on me conseilla"): a
            # present on the other side is the same narrated past, so it is a soft past
            # (a future against it still counts).
            prof.add("past", (a, b), soft=True)
        elif w.endswith(_IMPERFECT) and len(w) >= 5 and w not in _IMPERFECT and _imperfect(w):
            # (five letters: "tuait", "osait"; not "qu'ils aient", the subjunctive that is
            # all ending)
            # "faisait", not "fait"; "que nous regardions" is a subjunctive as often
            prof.add("open" if a in subjunctive else "past", (a, b))
    # the futur proche narrates the past as the futur simple does ("En 1995, il va
    # fonder sa propre société": présent historique, rendered as a past)
    _narrative_futures(prof, synthetic + periphrastic, low, past_conditional)
    _hypotheses(prof, low, conditionals)
    return prof


# The imparfait of "avoir" and "être" in the first and second person plural, with the
# pronoun that makes it one (not the noun "des avions").
_PERSONAL_IMPERFECT = {"avions": "nous", "étions": "nous", "aviez": "vous", "étiez": "vous"}

_CLITICS = frozenset(
    {"ne", "n", "y", "en", "l", "le", "la", "les", "lui", "leur", "me", "m", "te", "t", "se", "s",
     "nous", "vous"}
)  # fmt: skip


def _after_pronoun(toks: list[tuple[str, int, int]], i: int, pronoun: str) -> bool:
    """The word at `i` follows subject `pronoun` with only clitics between ("nous
    n'avions", "nous nous étions"; not "nous prenons les avions")."""
    for w, _a, _b in reversed(toks[max(0, i - 4) : i]):
        if w == pronoun:
            return True
        if w not in _CLITICS:
            return False
    return False


# The passé simple of "être" and "avoir" among the past auxiliaries.
_SIMPLE_PAST_AUX = frozenset({"fut", "furent", "fûmes", "eut", "eurent", "eûmes"})

# The reflexive pronouns before a form of "être" ("s'est", "se sont", "me suis"); not
# "nous" / "vous", as often the subject ("nous sommes").
_REFLEXIVE = frozenset({"se", "s", "me", "m", "te"})


def _after_auxiliary(toks: list[tuple[str, int, int]], i: int, t: TenseCues) -> bool:
    """A form of "avoir" or "être" stands a few words before the word at `i` ("a dit",
    "n'a pas dit", "aurait mis"): the word is its participle."""
    aux = t.past_aux | t.past_perfect_aux | t.perfect_aux | t.prospective
    return any(x[0] in aux for x in toks[max(0, i - AUX_REACH) : i])


def narration(text: str, prof: TimeProfile) -> bool:
    """Whether `text` narrates the past in the tenses of narration: a past beyond reported
    speech that is no passé composé (its auxiliary a present of "avoir" or "être"). News
    tells what happened in the passé composé ("Le suspect a été arrêté samedi", "Les
    pompiers sont intervenus") and announces what follows in the future ("Il comparaîtra
    lundi"); a story or a biography narrates in the imparfait and the passé simple ("Il
    étudiait le droit", "Il entra au parti"), and the plus-que-parfait looks back from
    them."""
    t = cues("fr")
    compound = t.past_perfect_aux | t.perfect_aux  # "a", "ont", "est", "sont"
    return any(
        span not in prof.reported and text[span[0] : span[1]].lower() not in compound
        for span in prof.past
    )


DATA = TenseReader(read=read, narration=narration)
