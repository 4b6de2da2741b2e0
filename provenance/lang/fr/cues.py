"""French cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData

_SAY = r"(?:a\s+dit|a\s+déclaré|a\s+annoncé|a\s+affirmé|a\s+promis|a\s+confirmé|dit|déclare)"

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
)  # fmt: skip
