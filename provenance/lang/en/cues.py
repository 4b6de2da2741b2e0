"""English cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData

_SAY = (
    r"(?:said|says|say|told|announced|stated|claimed|insisted|promised|confirmed|warned"
    r"|declared|added)"
)

# A time an event is moved to or by: "to June 9", "until next year", "by two weeks".
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_TIME = (
    r"(?:" + _MONTHS + r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"|\d{4}\b"
    r"|(?:\d+|one|two|three|four|five|six|several|a\s+few|a|an)\s+(?:days?|weeks?|months?"
    r"|years?|hours?)\b|(?:next|this|the\s+following)\s+\w+|(?:the\s+)?(?:end|beginning|start"
    r"|middle)\s+of\b|(?:early|late|mid-?)\s*(?:\d{4}|" + _MONTHS + r")|(?:spring|summer"
    r"|autumn|fall|winter|tomorrow|today|later|earlier)\b|(?:a\s+)?(?:new|later|earlier"
    r"|different|another)\s+date\b)"
)
_WHEN = r"(?:to|until|till|for|by|from)\s+(?:the\s+)?" + _TIME

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
    shift_earlier=(
        r"\bbr(?:ing|ings|inging|ought)\s+forward\b(?!\s+(?:a|an|his|her|their|its|new"
        r"|proposals?|plans?|bills?|evidence|ideas?|claims?|charges?|candidates?)\b)",
        r"\bbr(?:ing|ings|inging|ought)\s+(?:the|its|their|his|her)\s+(?:\w+\s+){0,2}?"
        r"forward\b(?=\s+(?:to|by)\b|\s*[.,;]|\s*$)",
        # "advance" and "move up" are scheduling only with a time: not "advance the cause".
        r"\badvanc(?:e|es|ed|ing)\b(?=(?:\s+[\w-]+){0,3}?\s+" + _WHEN + ")",
        r"\bmov(?:e|es|ed|ing)\s+up\b(?=(?:\s+[\w-]+){0,3}?\s+" + _WHEN + ")",
        r"\bmov(?:e|es|ed|ing)\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?up\b",
        r"\bsnap\s+(?:elections?|polls?|votes?)\b", r"\bearly\s+(?:elections?|polls?)\b",
        r"\bearlier\s+than\s+(?:planned|scheduled|expected|originally)\b",
        r"\bahead\s+of\s+schedule\b", r"\bto\s+an\s+earlier\s+date\b",
    ),
    shift_later=(
        r"\bpostpon\w*", r"(?<!without )\bdelay(?:s|ed|ing)?\b",
        r"\bput(?:s|ting)?\s+(?:(?:the|it|them|its|their)\s+(?:\w+\s+){0,2}?)?off\b(?!\s+by\b)",
        r"\bpush(?:es|ed|ing)?\s+(?:(?:the|it|them|its|their)\s+(?:\w+\s+){0,2}?)?back\b"
        r"(?!\s+(?:against|on)\b)",
        # "defer to the experts" is deference, "deferred to next year" a delay.
        r"\bdefer(?:s|red|ring|ral|rals|ment)?\b(?!\s+to\s+(?!(?:the\s+|a\s+|an\s+|next\s+)?"
        + _TIME + "))",
        r"\badjourn\w*", r"\blater\s+than\s+(?:planned|scheduled|expected|originally)\b",
        r"\b(?:to|at)\s+a\s+later\s+date\b", r"\bbehind\s+schedule\b",
    ),
    shift_neutral=(
        r"\breschedul\w*",
        r"\bmov(?:e|es|ed|ing)\b(?=(?:\s+[\w-]+){0,3}?\s+" + _WHEN + ")",
        r"\bshift(?:s|ed|ing)?\b(?=(?:\s+[\w-]+){0,3}?\s+" + _WHEN + ")",
    ),
)  # fmt: skip
