"""English cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData

_SAY = (
    r"(?:said|says|say|told|announced|stated|claimed|insisted|promised|confirmed|warned"
    r"|declared|added)"
)

DATA = CueData(
    negation=(
        r"\bnot\b", r"\w+n['’]t\b", r"\bcannot\b", r"\bno\b", r"\bnever\b", r"\bnobody\b",
        r"\bno[- ]one\b", r"\bnothing\b", r"\bneither\b", r"\bnor\b", r"\bnone\b",
        r"\bnowhere\b",
    ),
    soft_negation=(
        r"\bwithout\b", r"\bfail(?:s|ed|ing)?\b", r"\brefus(?:e|es|ed|ing)\b",
        r"\bden(?:y|ies|ied|ying)\b", r"\black(?:s|ed|ing)?\b", r"\bunable\b",
        r"\bhardly\b", r"\bbarely\b", r"\brarely\b", r"\byet to\b", r"\binstead of\b",
        r"\bagainst\b", r"\bstopped\b", r"\babsence\b", r"\bfree of\b",
    ),
    negative_prefixes=("un", "in", "im", "il", "ir", "dis", "non-", "non"),
    affixal_exceptions=frozenset({"under", "until", "union", "united", "unit", "universe",
                                  "university", "interest", "important", "input", "inside",
                                  "impact", "discuss", "discussed", "display", "district"}),
    affirmative_idioms=(
        r"\bnothing,?\s+(?:but|except|else\s+than|less\s+than|short\s+of)\b",
        r"\b(?:and|or)\s+nothing\s+else\b",
        r"\bnot\s+only\b", r"\bno\s+doubt\b", r"\bno\s+less\s+than\b",
        r"\bnot\s+least\b", r"\bno\s+wonder\b", r"\bcan(?:not|['’]t)\s+help\s+but\b",
        r"\bnone\s+the\s+less\b", r"\bnot\s+to\s+mention\b",
    ),
    hedges=(
        r"\bmay\b", r"\bmight\b", r"\bcould\b", r"\bpossibl[ey]\b", r"\bperhaps\b",
        r"\bmaybe\b", r"\bprobabl[ey]\b", r"\b(?:un)?likely\b", r"\bpresumably\b",
        r"\bapparently\b", r"\ballegedly\b", r"\breportedly\b", r"\bseemingly\b",
        r"\bsupposedly\b", r"\bexpected\s+to\b", r"\b(?:appears?|seems?)\s+to\b",
        r"\bsuspect(?:s|ed)?\b", r"\bperhaps\b", r"\bpotentially\b",
    ),
    weak_hedges=(r"\bcan\b", r"\bwould\b", r"\bshould\b", r"\bbelieves?\b", r"\bthinks?\b"),
    assertions=(
        r"\bwill\b", r"\bwon['’]t\b", r"\w+['’]ll\b", r"\bshall\b", r"\bcertain(?:ly)?\b",
        r"\bdefinitely\b", r"\bsurely\b", r"\bundoubtedly\b", r"\binevitabl[ey]\b",
        r"\b(?:is|are|am)\s+(?:not\s+)?going\s+to\b", r"\bbound\s+to\b", r"\bno\s+doubt\b",
        r"\bwithout\s+(?:a\s+)?doubt\b", r"\bsure\b",
    ),
    reported_assertions=(_SAY + r"\b[^.;:]{0,80}?\bwould\b",),
    clause_openers=(
        "and", "but", "or", "although", "though", "because", "while", "whereas", "since",
        "that", "which", "who", "whom", "whose", "where", "when", "if", "unless", "until",
        "after", "before", "so", "yet",
    ),
)  # fmt: skip
