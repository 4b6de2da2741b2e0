"""French cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData

_SAY = r"(?:a\s+dit|a\s+déclaré|a\s+annoncé|a\s+affirmé|a\s+promis|a\s+confirmé|dit|déclare)"

# A time an event is moved to or by: "au 9 juin", "à l'automne", "de deux semaines".
_WHEN = (
    r"(?:à|au|aux|en|jusqu['’]?(?:au|à)|d['’]|de|du|pour)\s+(?:la\s+|le\s+|l['’]|une\s+|un\s+"
    r"|deux\s+|trois\s+|quelques\s+|plusieurs\s+)?(?:\d|janvier|février|mars|avril|mai\b|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|printemps|été\b|automne|hiver|semaine|mois\b|année|an\b|ans\b|jours?\b"
    r"|date|plus\s+tard|plus\s+tôt|lendemain|prochain|début|fin\b|mi-)"
)

DATA = CueData(
    # "ne"/"n'" marks negation on its own; the second part (pas, jamais, rien...) is
    # listed too for colloquial French that drops "ne". One clause counts once.
    negation=(
        r"\bne\b", r"\bn['’]", r"\bpas\b", r"\bjamais\b", r"\brien\b", r"\baucun(?:e|s|es)?\b",
        r"\bnullement\b", r"\bguère\b", r"\bni\b", r"\bnon\b", r"\bnul(?:le)?\b",
    ),
    soft_negation=(
        r"\bsans\b", r"\brefus\w*", r"\bnie\w*", r"\béchou\w*", r"\bincapable\w*",
        r"\bà\s+peine\b", r"\bau\s+lieu\s+de\b", r"\bcontre\b",
    ),
    negative_prefixes=("in", "im", "il", "ir", "dé", "dés", "non-"),
    affixal_exceptions=frozenset({"information", "important", "importante", "intérieur",
                                  "international", "internationale", "depuis", "des", "dès"}),
    affirmative_idioms=(
        r"\bne\s+\w+\s+(?:\w+\s+)?que\b", r"\bn['’]\w+\s+(?:\w+\s+)?que\b",
        r"\bnon\s+seulement\b", r"\bpas\s+mal\b", r"\bsans\s+doute\b",
        r"\bavant\s+qu['’]\w+\s+ne\b", r"\bà\s+moins\s+qu['’]\w+\s+ne\b",
    ),
    hedges=(
        r"\bpourrai(?:t|ent|s)\b", r"\bpeut[- ]être\b", r"\bprobablement\b",
        r"\bvraisemblablement\b", r"\bsans\s+doute\b", r"\bpossible(?:ment)?\b",
        r"\bsemble(?:nt)?\b", r"\bapparemment\b", r"\bprésumé(?:ment)?\b",
        r"\bsupposé(?:ment)?\b", r"\bdevrai(?:t|ent)\b", r"\bprobable\b",
    ),
    weak_hedges=(r"\bpeu(?:t|vent|x)\b", r"\bcroi(?:t|ent|s)\b", r"\bpense(?:nt)?\b"),
    assertions=(
        r"\bcertainement\b", r"\bsûrement\b", r"\bcertain(?:e|s|es)?\b",
        r"\bassurément\b", r"\bsans\s+aucun\s+doute\b", r"\b\w+(?:era|eront|ira|iront)\b",
        r"\bsera(?:nt)?\b", r"\baura(?:nt)?\b", r"\bfera(?:nt)?\b", r"\bva\s+\w+er\b",
    ),
    reported_assertions=(_SAY + r"\b[^.;:]{0,80}?\b\w+(?:rait|raient)\b",),
    clause_openers=(
        "et", "mais", "ou", "car", "parce", "puisque", "bien que", "quoique", "que", "qui",
        "dont", "où", "si", "lorsque", "quand", "pendant que", "tandis que",
    ),
    shift_earlier=(
        # "avancer" is also "make progress": only with a time it was brought forward to.
        r"\bavanc(?:er|é|ée|és|ées|e|es|ent|ait|aient|èrent)\b(?=(?:\s+[\w'’-]+){0,3}?\s+"
        + _WHEN + ")",
        r"\b(?:élections?|scrutins?|législatives|présidentielles?|votes?)\s+anticipé(?:e|s|es)?\b",
        r"\bde\s+manière\s+anticipée\b", r"\bplus\s+tôt\s+que\s+prévu\b",
        r"\bà\s+une\s+date\s+antérieure\b",
    ),
    shift_later=(
        r"(?<!\bun )(?<!\ble )(?<!\bce )\brepor(?:ter|té|tée|tés|tées|te|tent|tait|taient|ta"
        r"|tèrent)\b",
        r"\breport\s+(?:de|du|des)\b(?!\s+voix)", r"\bajourn\w*", r"\bdifféré(?:e|s|es)?\b",
        r"\brepouss(?:er|é|ée|és|ées|e|ent)\b(?=(?:\s+[\w'’-]+){0,3}?\s+" + _WHEN + ")",
        r"\bretard(?:er|é|ée|és|ées|e|ent)\b", r"\bremis(?:e|es)?\s+à\s+plus\s+tard\b",
        r"\bplus\s+tard\s+que\s+prévu\b", r"\bà\s+une\s+date\s+ultérieure\b", r"\bsine\s+die\b",
    ),
    shift_neutral=(
        r"\breprogramm\w*",
        r"\b(?:déplac|décal)(?:er|é|ée|és|ées|e|ent)\b(?=(?:\s+[\w'’-]+){0,3}?\s+" + _WHEN + ")",
    ),
)  # fmt: skip
