"""English cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData, TenseCues

_SAY = (
    r"(?:said|says|say|told|announced|stated|claimed|insisted|promised|confirmed|warned"
    r"|declared|added|acknowledged|admitted|noted|explained|wrote|reported)"
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


# fmt: off
def _verb_forms(*verbs: str) -> frozenset[str]:
    """Every form of these regular verbs ("disclose": "discloses", "disclosed",
    "disclosing")."""
    out = set()
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        out |= {v, v + ("s" if not v.endswith(("s", "sh", "ch", "x")) else "es"),
                stem + "ed", stem + "ing"}
    return frozenset(out)


# Verbs with a Latin prefix "in-", "im-", "dis-" that deny nothing of their stem: "disclose"
# is no "not close", "inform" no "not form", "intend" no "not tend". The word data call
# them affixal negatives (the stem is the commoner word), and then "were not disclosed" read
# as a litotes (= disclosed: the negation cancelled), "don't intend" too, and a plain
# "disclosed" or "informs" excused a lost negation next to it (round 11 met "intend",
# "informs"; round 15 "disclosed", "inform"). Verbs of rejection stay soft ("dismiss",
# "disagree", "disallow": they can carry a negation).
_NOT_NEGATIVE_VERBS = _verb_forms(
    "disclose", "discover", "display", "dispatch", "dispose", "distribute", "discount",
    "inform", "intend", "import", "impress", "improve", "incorporate", "inhabit", "insure",
    "impose", "impart", "implant", "imprint", "infuse", "invoice", "incite",
)


# --- tense (provenance.checks.tense) ---------------------------------------------------
_TENSE = TenseCues(
    future_aux=frozenset({"will", "shall"}),
    future_clause_openers=frozenset({"if", "unless", "when", "once", "until", "before", "after"}),
    adverbial_openers=frozenset(
        (opener, word)
        for opener in ("after", "before", "until")
        for word in ("that", "this", "then", "all", "which")
    ),
    future_phrases=(
        r"\b(?:am|is|are|was|were|i'm|we're|they're|you're|it's|he's|she's)\s+(?:not\s+)?"
        r"going\s+to\s+(?!the\b|a\b|an\b)\w+",
    ),
    past_aux=frozenset({"was", "were", "did", "had", "used"}),
    perfect_aux=frozenset({"has", "have", "'ve"}),
    # "could" stays open: it is as often the past of "can" ("could not find").
    irrealis=frozenset({"could", "should", "ought"}),
    prospective=frozenset({"would", "might"}),
    present_aux=frozenset({"am", "is", "are", "do", "does", "can", "must", "may"}),
    past_forms=frozenset(
        {
            "went", "came", "took", "gave", "made", "said", "told", "got", "found", "thought",
            "knew", "saw", "left", "felt", "became", "began", "kept", "held", "brought",
            "bought", "built", "sent", "spent", "paid", "met", "lost", "won", "led", "ran",
            "rose", "fell", "grew", "drew", "threw", "wrote", "spoke", "broke", "chose",
            "drove", "ate", "fought", "caught", "taught", "sought", "stood", "understood",
            "sat", "hung", "struck", "meant", "heard", "sold", "shot", "fled", "forgot",
            "forbade", "overthrew", "undertook", "withdrew", "stole", "froze", "hid", "rode",
            "shook", "sang", "swore", "tore", "wore", "woke", "arose", "bore", "dealt", "sank",
            "shrank", "sprang", "swam", "stuck", "spun", "slid", "bent", "lent", "fed", "bled",
            "bound", "dug", "swung", "wept", "slept", "swept", "laid", "overtook", "upheld",
            "withheld", "mistook", "forgave", "foresaw", "oversaw", "outgrew", "rebuilt",
            "reran", "retook", "shone", "flew", "blew", "beat", "declared", "strove", "wound",
        }
    ),
    participles=frozenset(
        {
            "been", "done", "gone", "taken", "given", "seen", "known", "written", "spoken",
            "broken", "chosen", "driven", "eaten", "fallen", "risen", "grown", "drawn",
            "thrown", "begun", "become", "come", "run", "won", "lost", "made", "said", "told",
            "held", "kept", "left", "brought", "bought", "built", "sent", "spent", "paid",
            "met", "led", "found", "thought", "got", "gotten", "stolen", "frozen", "hidden",
            "shaken", "sworn", "torn", "worn", "forgotten", "forbidden", "withdrawn",
            "undertaken", "arisen", "borne", "sunk", "shrunk", "struck", "hit", "put", "set",
            "cut", "shut", "let", "quit", "hurt", "cost", "spread", "beaten", "bitten", "flown",
            "shown", "sold", "heard", "understood", "stood", "fought", "caught", "taught",
            "sought", "meant", "dealt", "felt", "overthrown", "overtaken", "upheld", "withheld",
            "mistaken", "foreseen", "overseen", "blown", "ridden", "proven", "sewn", "woken",
            "read", "fed", "bred", "sped", "fled", "shed", "spun", "swung",
        }
    ),
    modifiers=frozenset(
        {
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
            "our", "my", "your", "of", "newly", "well", "so-called", "political", "own", "free",
            "good", "ill", "popular", "public", "people's", "no", "any", "every", "each",
            # Copulas: "remains closed", "seems determined" are states, not past events.
            "remain", "remains", "remained", "stay", "stays", "stayed", "seem", "seems",
            "become", "becomes", "appear", "appears", "look", "looks", "feel", "feels",
        }
    ),
    non_verbs=frozenset(
        {
            "indeed", "hundred", "need", "proceed", "succeed", "exceed", "speed", "seed",
            "feed", "breed", "greed", "bleed", "naked", "wicked", "sacred", "rugged", "beloved",
            "shed", "bed", "red", "wed", "embed", "creed", "hatred", "kindred", "sled", "shred",
            "steed", "crooked", "dogged", "ragged", "jagged", "wretched", "learned", "aged",
        }
    ),
)

# --- polarity (provenance.checks.antonyms) ---------------------------------------------
# Month names, for the start or end of a month ("Ende Mai", "the end of May").
_AGE = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[-\s](?:year|month|week|day)s?"
)
_MONTH_NAMES = (
    "january|february|march|april|may|june|"
    "july|august|september|october|november|december"
)

_POLARITY = {
    "increase": (
        (
            "rise", "rose", "risen", "increase", "grow", "grew", "grown", "growth", "climb",
            "soar", "surge", "jump", "raise", "boost", "hike", "expand", "expansion", "upturn",
            "go up", r"(?:goes|went|gone|going)\s+up", "step up", r"(?:stepped|stepping)\s+up",
            "rising", "spike",
        ),
        (
            "fall", "fell", "fallen", "decrease", "decline", "drop", "shrink", "shrank", "shrunk",
            "sink", "sunk",
            "sank", "plunge", "slump", "tumble", "reduce", "reduction", "lower", "cut", "slash",
            "diminish", "contraction", "downturn", "go down",
            r"(?:goes|went|gone|going)\s+down", "scale back", r"(?:scaled|scaling)\s+back",
            "cut back", "falling", "pare back", "pare down",
        ),
    ),
    # How much of something against how big a thing is: languages say "more" and
    # "large" with different words, and a sentence often has both ("more than 46
    # warships ... the large warship"), so one concept would hide a reversal of either.
    "amount": (
        ("more", "most", "greater", "many", "double"),
        ("less", "least", "fewer", "fewest", "few"),
    ),
    "size": (
        ("larger", "bigger", "big", "large", "huge", "major", "vast", "enormous"),
        ("smaller", "small", "tiny", "minor"),
    ),
    "strength": (
        ("strong", "stronger", "strength", "reinforce", "bolster", "tighten"),
        ("weak", "weaker", "weakness", "weaken", "undermine", "loosen", "relax", "ease",
         "fragile", "frail"),
    ),
    "support": (
        (
            "support", "supporter", "endorse", "favour", "favor", "advocate", "champion",
            "in favour of", "in favor of",
        ),
        (
            "oppose", "opponent", "resist",
            # "against" of a stance, as the other languages list it ("выступать против",
            # "ablehnen"), not the preposition of a match, a vaccine or a backdrop
            # ("the game against Bayern", "vaccination against COVID-19")
            r"(?:am|is|are|was|were|be|been|being|'re|'m|vot\w*|spoke|speak\w*|came|come"
            r"|coming|campaign\w*|protest\w*|rall(?:y|ied|ies|ying)|argu\w*|lobb\w*"
            r"|turn\w*|sid(?:e|ed|es|ing)|stand\w*|stood|mobili[sz]\w*|demonstrat\w*"
            r"|fight\w*|fought|struggl\w*|rebel\w*|testif\w*|warn\w*|decid\w*|rul\w*)"
            r"\s+(?:\w+ly\s+|out\s+|up\s+|all\s+)?against",
        ),
    ),
    "win": (
        # "to defeat X" is to win ("a defeat" is a loss)
        ("win", "won", "winner", "victory", "triumph", "beat", "beaten", "prevail",
         # "edged out X" = narrowly beat X ("с небольшим преимуществом победил")
         "edge out", r"edg(?:e|es|ed|ing)\s+(?!(?:his|her|their|its|my|our|your)\s+way\b)"
         r"(?:\w+\s+){1,3}?out\b",
         r"(?:to|will|would|could|can|must)\s+defeat",
         # "Zenit defeated Khimki" (active, with an object) won; "was defeated", "the
         # defeated team", "defeated by" lost
         r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
         r"(?<!\bthe\s)(?<!\bget\s)(?<!\bgot\s)defeated(?=\s+(?!by\b)\w)"),
        ("lose", "lost", "loser", "defeat"),
    ),
    "profit": (
        ("profit", "gain", "surplus", "profitable"),
        ("loss", "lose", "lost", "deficit", "unprofitable"),
    ),
    "accept": (
        (
            "accept", "approve", "approval", "agree", "adopt", "endorse", "acceptance",
            "uphold", "upheld", "grant",
        ),
        (
            "reject", "rejection", "refuse", "refusal", "veto", "dismiss", "turn down",
            r"turn(?:s|ed|ing)?\s+(?:\w+\s+)?down", "overturn", "deny",
        ),
    ),
    "allow": (
        ("allow", "permit", "permission", "authorize", "authorise", "legalize", "legalise", "lift"),
        (
            "ban", "prohibit", "prohibition", "forbid", "forbade", "forbidden", "outlaw",
            "restrict", "restriction",
        ),
    ),
    "success": (
        ("success", "succeed", "successful", "successfully", "achieve", "breakthrough"),
        ("failure", "fail", "unsuccessful", "unsuccessfully", "collapse", "flop"),
    ),
    "good": (
        (
            "good", "better", "best", "improve", "improvement", "positive", "favourable",
            "favorable", "excel", "excellent",
        ),
        (
            "bad", "worse", "worst", "worsen", "deteriorate", "deterioration", "negative",
            "misbehave", "misbehaviour", "misbehavior",
            "unfavourable", "unfavorable", "poor",
        ),
    ),
    "height": (
        ("high", "higher", "highest", "tall", "taller", "tallest"),
        ("low", "lower", "lowest"),
    ),
    "heat": (("hot", "heat", "heatwave", "warm", "warmth"), ("cold", "chill", "cool", "frost")),
    "safety": (
        ("safe", "safer", "safety", "secure", "safely"),
        (
            "dangerous", "danger", "unsafe", "risky", "hazardous", "insecure", "perilous",
            "dangerously",
        ),
    ),
    "open": (
        ("open", "opening", "reopen", "reopening"),
        ("close", "closed", "closure", "shut", "closing"),
    ),
    "protect": (
        ("protect", "protection", "defend", "defence", "defense", "safeguard"),
        ("threaten", "threat", "endanger", "jeopardize", "jeopardise"),
    ),
    "wealth": (
        ("rich", "richer", "wealthy", "wealth", "enrich", "prosperous", "affluent"),
        ("poor", "poorer", "poverty", "impoverish", "impoverished", "destitute"),
    ),
    "trade": (
        ("export", "exporter"),
        ("import", "importer"),
    ),
    "buy": (
        ("buy", "bought", "purchase", "buyer", "acquire"),
        ("sell", "sold", "sale", "seller"),
    ),
    "price": (
        # Also the value of a currency or an asset: gaining value = getting dearer.
        (
            "expensive", "costly", "pricey", "appreciate", "appreciation",
            r"(?:gain|gains|gained|gaining)\s+(?:in\s+)?value",
        ),
        (
            "cheap", "cheaper", "inexpensive", "depreciate", "depreciation", "devalue",
            "devaluation", r"(?:lose|loses|lost|losing)\s+(?:\w+\s+)?value",
        ),
    ),
    "majority": (("majority",), ("minority",)),
    "maximum": (("maximum", "maximal"), ("minimum", "minimal")),
    "guilt": (
        ("guilty", "convict", "conviction", "condemn"),
        ("innocent", "acquit", "acquittal", "exonerate"),
    ),
    "custody": (
        ("arrest", "detain", "detention", "imprison", "jail"),
        ("release", "freed"),
    ),
    "start": (
        ("start", "begin", "began", "begun", "launch", "resume", "commence"),
        ("stop", "halt", "cease", "suspend", "suspension", "end", "terminate"),
    ),
    "ally": (
        ("ally", "friend", "friendly", "partner"),
        ("enemy", "foe", "adversary", "hostile", "rival", "opponent"),
    ),
    "legal": (("legal", "lawful", "legitimate"), ("illegal", "unlawful", "illegitimate")),
    "truth": (("true", "correct", "accurate"), ("false", "wrong", "incorrect", "untrue")),
    "ease": (("easy", "easier", "simple"), ("difficult", "hard", "harder", "tough")),
    # also the start or end of a month or year: "the end of May" = "late May" = "Ende Mai"
    "early": (
        # not "previously": a time relative to another event, no early/late scale
        # ("im Nachhinein ... zuvor" = "afterwards ... previously")
        ("early", "earlier", "premature", "prematurely",
         r"(?:the\s+)?(?:beginning|start)\s+of\s+(?:" + _MONTH_NAMES + r"|the\s+(?:year|month))"),
        ("late", "later", "belated", "belatedly",
         r"(?:the\s+)?end\s+of\s+(?:" + _MONTH_NAMES + r"|the\s+(?:year|month))"),
    ),
    "peace": (
        ("peace", "peaceful", "peacefully", "ceasefire", "truce", "nonviolent", "non-violent"),
        ("war", "violence", "violent", "violently", "bloody"),
    ),
    "find": (("find", "found", "discover", "uncover", "locate"), ("lose", "lost", "misplace")),
    "capture": (
        ("capture", "seize", "conquer", "take over", r"t(?:ook|aken)\s+over",
         r"t(?:ake|akes|ook|aken|aking)\s+control"),
        ("surrender", "cede", "lose", "lost", "give up", r"(?:gave|given|gives)\s+up"),
    ),
    "unite": (
        ("unite", "merge", "merger", "unify", "unification", "reunite", "join forces"),
        ("split", "divide", "separate", "break up", r"br(?:oke|oken|eaks?)\s+up", "splinter"),
    ),
    "admit": (
        ("admit", "acknowledge", "confirm", "confirmation", "concede", "confess"),
        ("deny", "denial", "refute", "disavow"),
    ),
    "impose": (
        # Extending a measure keeps it in force: the opposite of lifting it.
        ("impose", "introduce", "enact", "reimpose", "extend", "prolong", "extension"),
        ("lift", "abolish", "repeal", "scrap", "revoke", "abolition"),
    ),
    "length": (
        ("long", "longer", "longest", "lengthy", "lengthen"),
        ("short", "shorter", "shortest", "brief", "shorten"),
    ),
    "age": (
        ("young", "younger", "youngest"),
        # no hyphenated age ("the 23-year-old"): an age states no pole ("der junge Mann
        # (23)" is faithfully "the 23-year-old man")
        ("old", "older", "oldest", "elderly"),
    ),
    # an age stated as a number: "old" there states no old age, only the unit ("the
    # 23-year-old" = "der junge Mann (23)"), but "young" in its place is a reversal
    # ("10 Monate jungen Zwillinge" for "10-month-old twins")
    "aged": (
        (_AGE + r"[-\s]young",),
        # not after "young" ("the young 23-year-old" = "der 23 Jahre junge Spieler")
        (r"(?<!young\s)(?<!younger\s)" + _AGE + r"[-\s]old",),
    ),
    "speed": (
        ("fast", "faster", "quick", "quickly", "rapid", "rapidly", "accelerate", "speed up",
         "sped up"),
        ("slow", "slower", "slowly", "slowdown", "slow down", "decelerate"),
    ),
    # the order of two events, by prepositions and conjunctions ("afterwards", "then"
    # are how a translator reorders "X before Y")
    "order": (("after",), ("before", "prior to")),
    # a time relative to another event, as an adverb: reversed only against its own
    # opposite ("previously" is no early time of a scale, "afterwards ... previously" =
    # "im Nachhinein ... zuvor" states both)
    "sequel": (
        ("afterwards", "subsequently", "thereafter", "later"),
        # "before" with nothing after it is an adverb, "previously" ("has not discussed
        # it before." = "не обсуждала раньше"), no order of two named events
        ("previously", "beforehand", "earlier", r"before(?=\s*(?:[.,;:!?\"”’)]|$))"),
    ),
    "joy": (
        ("happy", "glad", "pleased", "delighted", "joy", "joyful", "satisfied"),
        ("sad", "unhappy", "sadness", "saddened", "grief", "dissatisfied", "unsatisfied"),
    ),
    # a test result, not good or bad news: "tested positive for Covid-19"
    "test": (
        (r"test(?:s|ed|ing)?\s+(?:\w+\s+)?positive", r"positive\s+(?:\w+\s+)?tests?"),
        (r"test(?:s|ed|ing)?\s+(?:\w+\s+)?negative", r"negative\s+(?:\w+\s+)?tests?"),
    ),
}

_POLARITY_STEADY = {
    "increase": (
        "unchanged", "stable", "steady", "flat", "unaltered", "stagnate", "stagnant",
        "stagnation", "hold steady", "held steady",
        r"(?:kept|keep|keeps|left|leave)"
        r"\s+(?:\w+\s+){0,4}?(?:unchanged|on\s+hold|where\s+it\s+was)",
    ),
}

# Phrases where a polarity word does not state its concept.
_POLARITY_IDIOMS = (
    r"\b(?:as|so)\s+long\s+as\b", r"\bbefore\s+long\b", r"\bin\s+short\b",
    r"\bshort\s+(?:of|on|for|term)\b", r"\blong\s+(?:term|since|ago)\b", r"\bold\s+age\b",
    r"\ba\s+(?:little|bit|few)\b", r"\bno\s+longer\b", r"\bno\s+more\b", r"\bany\s*more\b",
    r"\bmore\s+or\s+less\b", r"\bat\s+(?:least|most|best|worst|large|first)\b",
    r"\bclose\s+to\b",
    r"\bclose(?:ly|r|st)?\s+(?:ally|allies|friends?|relations?|ties|cooperation|contacts?"
    r"|associates?|aides?|advisers?|advisors?|attention|look|eye|range)\b",
    # (not "the end of May", a late time of the month: concept "early")
    r"\b(?:at\s+)?the\s+end(?!\s+of\s+(?:" + _MONTH_NAMES + r"|the\s+(?:year|month))\b)"
    r"(?:\s+of)?\b",
    r"\bin\s+the\s+end\b",
    r"\bopen\s+(?:question|secret)\b",
    r"\blate\s+(?:president|founder|leader|husband|wife|father|mother)\b",
    r"\bhigh\s+(?:court|commission\w*|school|command)\b", r"\bfree\s+(?:of|from)\b",
    r"\bfor\s+free\b", r"\bnot\s+least\b", r"\beven\s+more\b", r"\bmost\s+of\b",
    r"\bhard\s+(?:line|liners?|currency)\b", r"\bbeat(?:en|ing)?\s+(?:up|down)\b",
    r"\blift(?:s|ed|ing)?\s+(?:off|up)\b", r"\bin\s+the\s+long\s+run\b",
    # discourse markers: "what's more" = moreover, "all the more"
    r"\bwhat['’]s\s+more\b", r"\bwhat\s+is\s+more\b", r"\ball\s+the\s+more\b",
    # both poles in one idiom: "sooner or later" = eventually
    r"\bsooner\s+or\s+later\b",
    # "after all" as a set phrase (= nevertheless, in the end) orders no two events; set off
    # by punctuation or ending the sentence, or "after all is said and done" (not "after
    # all the votes were counted")
    r"\bafter\s+all\b(?=\s*(?:[,.;:!?)\"”’—–]|\s-\s|$))", r"\bafter\s+all\s+is\s+said\b",
)
# fmt: on

# A leading "\b" on a pattern that opens with "\w+" ("\b\w+n't\b") changes no match (a match
# inside a word would have matched from the word's start already) but spares the regex
# engine a try at every letter of every word.
DATA = CueData(
    negation=(
        r"\bnot\b", r"\b\w+n['’]t\b", r"\bcannot\b",
        # "No. 1", "no.1": the abbreviation of "number"
        r"\bno\b(?!\.\s?\d)", r"\bnever\b", r"\bnobody\b",
        r"\bno[- ]one\b", r"\bnothing\b", r"\bneither\b", r"\bnor\b", r"\bnone\b",
        r"\bnowhere\b",
    ),
    soft_negation=(
        r"\bwithout\b", r"\bfail(?:s|ed|ing)?\b", r"\brefus(?:e|es|ed|ing)\b",
        r"\bden(?:y|ies|ied|ying)\b", r"\black(?:s|ed|ing)?\b", r"\bunable\b",
        r"\bhardly\b", r"\bbarely\b", r"\bscarcely\b", r"\brarely\b", r"\byet to\b",
        r"\binstead of\b",
        # "stopped by/off", "stopped over in" (= visited) is no cessation, unless passive
        # ("was stopped by the police"); "the fighting stopped in March" is one
        r"\bstopped\b(?!\s+(?:by|off)\b)(?!\s+over\s+(?:in|at)\b)"
        r"(?!\s+in\s+(?!(?:" + _MONTH_NAMES + r"|\d|early|late|mid)))|(?<=\bwas\s)stopped\b"
        r"|(?<=\bwere\s)stopped\b|(?<=\bbeen\s)stopped\b|(?<=\bgot\s)stopped\b",
        r"\b(?:hard|difficult)\s+to\b",
        # a refusal: "declined to comment" = "did not comment"; not a fall in value
        # ("unemployment declined to 4.5 percent", "declined to the lowest level")
        r"\bdeclin(?:e|es|ed|ing)\s+to\b(?=\s+(?!(?:the|a|an|its|their|about|around|just)\b)[a-z])",
        # "against" as a stance (= do not support), not a protest or a match against
        r"\b(?:is|are|was|were|be|been|being|am|stands?|stood|vot(?:e|es|ed|ing)|spoke|speaks?"
        r"|c(?:o|a)me\s+out)\s+(?:\w+\s+)?against\b",
        # negative polarity: "whether he had any chance at all" = "ob er überhaupt"
        r"\bat\s+all\b",
        # "only after" = not before
        r"\bonly\b(?=\s+(?:after|when|then|now|later|since|recently|once)\b)",
        r"\bceas(?:e|es|ed|ing)\b",
        r"\bmiss(?:es|ed|ing)?\b", r"\babsence\b", r"\bfree of\b",
        # prohibitions: "has barred farmers from taking" = "dürfen kein ... entnehmen"
        r"\bbarred\b", r"\bbarring\b",
        # cancelled, absent, ignored: an event or thing that is not
        r"\bcancel\w*", r"\bcall(?:s|ed|ing)?\s+off\b", r"\babsent\b", r"\bignor(?:e|es|ed|ing)\b",
        r"\bfailure\b", r"\brefrain\w*", r"\bout\s+of\s+(?:the\s+)?question\b",
        r"\bban(?:s|ned|ning)?\b",
        r"\bforb(?:id|ids|ade|idden|idding)\b", r"\bprohibit\w*", r"\bprevent(?:s|ed|ing)?\b",
        # in vain; fell short of (= did not reach); warned against doing
        r"\bin\s+vain\b", r"\bf(?:all|alls|ell|allen|alling)\s+(?:\w+\s+)?short\b",
        r"\bwarn(?:s|ed|ing)?\s+against\b",
        # an end to, gone: a thing or an act that is no more ("called for an end to the
        # demonization" = "призвал не демонизировать"; "the plate is gone" = "no plate");
        # "have still to" = "have yet to"
        r"\ban\s+end\s+to\b", r"\b(?:is|are|was|were|been|be)\s+(?:\w+\s+)?gone\b",
        r"\b(?:has|have|had|is|are|was|were)\s+still\s+to\b",
        # overlooked (= did not see; not "a house overlooking the sea"). Not "avoid": as
        # a soft negative on both sides it hid the flip of "avoid non-essential travel"
        r"\boverlook(?:s|ed)?\b",
    ),
    negation_correlatives=frozenset({"nor"}),
    question_openers=("whether",),
    nonfinite_negation=r"(?<=\bto\s)not\b|not\s+(?:to\b|\w+ing\b)",
    negation_removals=(
        (r"^can(?:not|['’]t)$", "can"), (r"^won['’]t$", "will"), (r"^(\w+)n['’]t$", r"\1"),
        (r"^no[- ]one$|^nobody$", "somebody"), (r"^nothing$", "something"),
        (r"^never$", "ever"), (r"^nowhere$", "somewhere"), (r"^none$", "some"),
        (r"^no$", "a"),
    ),
    modal_negations=((r"can(?:not|['’]t)", "can"), (r"could(?:not|n['’]t)", "could")),
    # "no longer" = still not (not a bound: "no longer than an hour")
    continuation_negations=(
        (r"(?:\bno\s+longer\b|\bnot\s+any\s*longer\b)(?![^,;:.!?]*\bthan\b)", "still"),
    ),
    success_statements=(
        r"\bmanag(?:e|es|ed|ing)\s+to\b", r"\bsucceed(?:s|ed|ing)?\b", r"\bable\s+to\b",
    ),
    soft_negation_removals=(
        (r"^without$", "with"), (r"^unable$", "able"), (r"^fail(?:s|ed|ing)?$", "managed"),
        (r"^failure$", "success"), (r"^refus\w*$", "agreed"),
        (r"^den(?:y|ies|ied|ying)$", "confirmed"), (r"^lack\w*$", "have"),
        (r"^absent$", "present"), (r"^absence$", "presence"), (r"^rarely$", "often"),
        (r"^(?:ban|forb|prohibit)\w*$", "allowed"), (r"^cancel\w*$", "held"),
        (r"^(?:stopped|ceas\w*)$", "continued"), (r"^yet to$", "already"),
    ),
    negative_polarity=(r"\bwhether\b", r"\bat\s+all\b", r"\bever\b"),
    partial_negation=frozenset({"always", "all", "quite", "very", "so", "too", "necessarily",
                                "entirely", "fully", "completely", "much", "many", "every",
                                "exactly", "enough", "particularly", "especially"}),
    negative_prefixes=("un", "in", "im", "il", "ir", "dis", "non-", "non"),
    potential_adjective=r"\w{2,}[ai]ble",
    affixal_exceptions=frozenset({"under", "until", "union", "united", "unit", "universe",
                                  "university", "interest", "important", "input", "inside",
                                  "impact", "discuss", "discussed", "display", "district",
                                  # nouns of the same kind: "income" is no "not come"
                                  "income", "incomes", "insight", "insights", "indoor",
                                  "indoors", "inland", "intake", "impulse", "disclosure",
                                  "disclosures", "invaluable"}) | _NOT_NEGATIVE_VERBS,
    # not "just", "simply" (also "fair", "just now", "in a simple way"), nor the
    # adjective "the only" (= "der einzige"), "if only"; but a denied "just" is the
    # denied scale ("is not just the tip" = "not only"; the affirmative idioms blank it)
    scalar_words={"only": r"(?<!\bthe\s)(?<!\bif\s)(?:only|merely|solely)"
                  r"|(?<=\bnot\s)just|(?<=n['’]t\s)just",
                  "more": r"more\s+than", "less": r"(?:less|fewer)\s+than",
                  # "not the only one" asserts others (an idiom blanks the negation), "the
                  # only one" denies them: a scale of its own, "единственный", "einzige"
                  "sole": r"the\s+only"},
    scalar_negation=r"(?:\bnot|\bno|n['’]t)\s+(?:to\s+)?",
    affirmative_idioms=(
        r"\bnothing,?\s+(?:but|except|else\s+than|less\s+than|short\s+of)\b",
        r"\b(?:and|or)\s+nothing\s+else\b",
        r"\bnot\s+(?:to\s+)?(?:only|just|merely|simply|solely)\b", r"\bno\s+doubt\b",
        # "no problem" = fine, as "no doubt" = surely: the denied noun states a positive
        r"\b(?:no|not\s+an?)\s+problems?\b",
        # "none other than" = the very; "can't wait" = eager; "no small feat" = a great one
        r"\bnone\s+other\s+than\b", r"\bcan(?:not|['’]t)\s+wait\b",
        r"\bno\s+(?:small|little|mean)\b",
        # a negative comparison states a superlative: "like no other", "as never before"
        r"\b(?:like|as|than)\s+(?:no|never)\s+(?:other\b|one\s+else\b|before\b)",
        r"\bno\s+(?:later|sooner|more)\s+than\b", r"\bno\s+matter\b", r"\bnot\s+long\s+ago\b",
        # a bound of a quantity, as "höchstens" / "не выше": "no higher than 24 degrees"
        # (not of a time: "no earlier than 2027" = "nicht vor 2027")
        r"\b(?:no|not)\s+(?:higher|lower|longer|older|greater|fewer|less)\s+than\b"
        r"(?=\s*[+\-−–$€£]?\d)",
        r"\bno[- ]brainer\b",
        r"\bbe\s+that\s+as\s+it\s+may\b",
        r"\bnot\s+(?:a\s+)?(?:few|little|rarely|seldom|without)\b",
        r"\bwouldn['’]t\s+you\s+know\b",
        r"\bno\s+less\s+than\b",
        r"\bnot\s+(?:the|a|an)\s+only\b",
        r"\bnot\s+least\b", r"\bno\s+wonder\b", r"\bcan(?:not|['’]t)\s+help\s+but\b",
        r"\bnone\s+the\s+less\b", r"\bnot\s+to\s+mention\b",
    ),
    hedges=(
        r"\bmay\b", r"\bmight\b", r"\bcould\b", r"\bpossibl[ey]\b", r"\bperhaps\b",
        r"\bmaybe\b", r"\bprobabl[ey]\b", r"\b(?:un)?likely\b", r"\bpresumably\b",
        r"\bapparently\b", r"\ballegedly\b", r"\breportedly\b", r"\bseemingly\b",
        r"\bsupposedly\b", r"\bexpected\s+to\b",
        r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?expected\b", r"\b(?:appear|seem)(?:s|ed)?\s+to\b",
        # "(4.6 % was previously expected)", "with no rain expected", "as expected"
        r"\bexpected\b(?=\s*[.,;:)]|\s*$)",
        r"\baccording\s+to\s+(?:the\s+)?(?:predictions?|forecasts?|projections?)\b",
        # "suspected (of)", and the verb "suspect(s)" ("police suspect that", "we suspect
        # him"); not the noun ("the suspect was arrested", "two suspects")
        r"\bsuspected\b", r"\bperhaps\b", r"\bpotentially\b",
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bone\s)(?<!\btwo\s)(?<!\bmain\s)(?<!\bthird\s)"
        r"\bsuspects?\b(?=\s+(?:that|it|he|she|they|him|her|them|this|foul|the)\b)",
        # "not necessarily"
        r"\bnot\s+necessarily\b",
        # an adjectival modal of possibility: "subject to change" = may change
        r"\bsubject\s+to\s+change\b",
        # what is assumed or believed, not stated: "it is assumed that" = "предполагается"
        r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:assumed|presumed|believed|thought)\s+(?:that|to)\b",
        # a condition the writer does not claim is met: "if necessary" = "gegebenenfalls"
        r"\bif\s+(?:necessary|need\s+be|needed|required|appropriate)\b",
        r"\bwhere\s+(?:necessary|appropriate|needed)\b",
        # "must" with a perfect is a conclusion, never an order: "must have known" =
        # "dürften gewusst haben"
        r"\bmust\s+(?:not\s+|never\s+)?have\b",
    ),
    possibility_modals=(r"\bcan(?:not|['’]t)?\b",),
    future_clitics=("'ll", "’ll"),
    subject_bound_futures=(("shall", r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?$"),),
    likelihood_hedges=(
        r"\bprobabl[ey]\b", r"\b(?:most\s+|very\s+)?likely\b", r"\bpresumably\b",
        r"\bin\s+all\s+likelihood\b",
    ),
    certainty_adverbs=(
        r"\bcertainly\b", r"\bsurely\b", r"\bdefinitely\b", r"\bundoubtedly\b",
        r"\bwithout\s+(?:a|any)\s+doubt\b", r"\bfor\s+sure\b",
    ),
    epistemic_hedges=(
        r"\bmay\b", r"\bmight\b", r"\bperhaps\b", r"\bmaybe\b", r"\bprobabl[ey]\b",
        r"\b(?:un)?likely\b", r"\bpossibly\b", r"\bpresumably\b",
    ),
    reportative=(
        r"\bapparently\b", r"\breportedly\b", r"\ballegedly\b", r"\bsupposedly\b",
        r"\bseemingly\b", r"\baccording\s+to\b", r"\b(?:is|are|was|were)\s+said\s+to\b",
    ),
    ability_modals=(
        r"\b(?:un)?able\s+to\b", r"\bcapable\s+of\b", r"\b(?:allowed|permitted)\s+to\b",
    ),
    weak_hedges=(
        r"\bcan(?:not|['’]t)?\b", r"\bwould\b", r"\bshould\b", r"\bbelieves?\b", r"\bthinks?\b",
        # "ought to" is "should" ("sollen ... zeigen" = "ought to display")
        r"\bought\s+to\b",
        # a noun of likelihood, also the figure of a forecast ("a 70 % probability")
        r"\b(?:likelihood|probability)\b",
    ),
    assertions=(
        r"\bwill\b", r"\bwon['’]t\b", r"\b\w+['’]ll\b", r"\bshall\b", r"\bcertainly\b",
        # "certain", "sure" state certainty after a copula ("is certain to", "we're sure"),
        # not as "a certain person", "certain areas", "make sure"
        r"\b(?:is|are|was|were|am|be|been|i'm|we're|they're|it's|he's|she's|feel|felt)"
        r"\s+(?:\w+\s+)?(?:certain|sure)\b",
        r"\bdefinitely\b", r"\bsurely\b", r"\bundoubtedly\b", r"\binevitabl[ey]\b",
        r"\b(?:is|are|am)\s+(?:not\s+)?going\s+to\b", r"\bbound\s+to\b", r"\bno\s+doubt\b",
        r"\bwithout\s+(?:a\s+)?doubt\b",
    ),
    reported_assertions=(_SAY + r"\b[^.;:]{0,80}?\bwould\b",),
    clause_openers=(
        "and", "but", "or", "although", "though", "because", "while", "whereas", "since",
        "that", "which", "who", "whom", "whose", "where", "when", "if", "unless", "until",
        "after", "before", "so", "yet", "whether",
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
    polarity=_POLARITY,
    polarity_idioms=_POLARITY_IDIOMS,
    polarity_steady=_POLARITY_STEADY,
    conditional_openers=("if", "unless", "whether"),
    tense=_TENSE,
)  # fmt: skip
