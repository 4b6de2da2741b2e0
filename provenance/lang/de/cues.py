"""German cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData

_SAY = (
    r"(?:sagte|sagten|sagt|erklärte|erklärt|kündigte|betonte|versprach|bestätigte|warnte"
    r"|meinte|teilte)"
)

# A time an event is moved to or by: "auf den 9. Juni", "in den Herbst", "um zwei Wochen".
_WHEN = (
    r"(?:auf|in|um|für)\s+(?:den\s+|die\s+|das\s+|dem\s+|einen\s+|eine\s+|nächst\w*\s+"
    r"|kommend\w*\s+)?(?:\d|januar|jänner|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|frühjahr|frühling|sommer|herbst|winter|anfang|mitte|ende|woche|monat|jahr|tag\b"
    r"|termin|zeitpunkt|datum|ein\w*\s+(?:tag|woche|monat|jahr)|zwei|drei|vier|fünf|sechs"
    r"|einige|mehrere|wenige)"
)

DATA = CueData(
    negation=(
        r"\bnicht\b", r"\bkein(?:e|en|em|er|es)?\b", r"\bnie(?:mals)?\b",
        r"\bniemand(?:en|em)?\b", r"\bnichts\b", r"\bweder\b", r"\bnirgend(?:s|wo)\b",
        r"\bkeineswegs\b", r"\bkeinesfalls\b",
    ),
    soft_negation=(
        r"\bohne\b", r"\bkaum\b", r"\bverweiger\w*", r"\bbestreit\w*", r"\bbestritt\w*",
        r"\bscheiter\w*", r"\bgescheitert\b", r"\bunfähig\b", r"\bstatt\b", r"\banstatt\b",
        r"\bmangel\w*", r"\bfehl(?:t|en|te|ten)\b", r"\bgegen\b", r"\baufgehört\b",
    ),
    negative_prefixes=("un", "nicht-", "nicht", "miss"),
    affixal_exceptions=frozenset({"und", "uns", "unser", "unsere", "unseren", "unserem",
                                  "unserer", "unter", "unten", "unternehmen", "unterstützt",
                                  "unterstützen", "nichts", "nichtsdestotrotz"}),
    affirmative_idioms=(
        r"\bnichts\s+(?:anderes\s*)?,?\s*als\b", r"\bnicht\s+nur\b", r"\bkein(?:en)?\s+zweifel\b",
        r"\bnicht\s+zuletzt\b", r"\bkein\s+wunder\b", r"\bnicht\s+umsonst\b",
        r"\bnicht\s+weniger\s+als\b", r"\bund\s+sonst\s+nichts\b",
    ),
    hedges=(
        r"\bkönnte(?:n|st)?\b", r"\bdürfte(?:n)?\b", r"\bmöglicherweise\b", r"\bvielleicht\b",
        r"\bwohl\b", r"\bwahrscheinlich\b", r"\bvermutlich\b", r"\beventuell\b",
        r"\bwomöglich\b", r"\bangeblich\b", r"\bmutmaßlich\b", r"\bscheinbar\b",
        r"\bscheint\b", r"\bscheinen\b", r"\bvermut\w+", r"\bmöglich\b",
        r"\bunwahrscheinlich\b", r"\bvoraussichtlich\b",
    ),
    weak_hedges=(
        r"\bkann\b", r"\bkannst\b", r"\bkönnen\b", r"\bmag\b", r"\bsoll(?:en|te|ten)?\b",
        r"\bwürde(?:n)?\b", r"\bglaubt?\b", r"\bglauben\b",
    ),
    assertions=(
        r"\bwird\b", r"\bwerden\b", r"\bwerde\b", r"\bsicher(?:lich)?\b", r"\bbestimmt\b",
        r"\bgewiss\b", r"\bzweifellos\b", r"\bdefinitiv\b", r"\bgarantiert\b",
        r"\bauf\s+jeden\s+fall\b", r"\bzweifelsohne\b", r"\bkein(?:en)?\s+zweifel\b",
        r"\bunweigerlich\b",
    ),
    reported_assertions=(_SAY + r"\b[^.;:]{0,80}?\bwürde(?:n)?\b",),
    clause_openers=(
        "und", "aber", "doch", "sondern", "oder", "weil", "da", "dass", "daß", "obwohl",
        "obgleich", "wenn", "falls", "als", "bis", "bevor", "nachdem", "während", "damit",
        "denn", "welche", "welcher", "welches", "wo", "ob",
    ),
    shift_earlier=(
        r"(?<!\bes )\bvorgezogen(?:e[nmrs]?)?\b", r"\bvorzieh(?:en|t|ung)\b",
        r"\b(?:zieht|ziehen|zog|zogen)\s+(?!es\b)[^;:!?]{1,60}?\bvor(?=\s*[.,;:!?]|\s*$)",
        r"\bvorverleg\w*", r"\bvorzuverlegen\b",
        r"\bverleg(?:t|te|ten)\s+[^;:!?]{1,60}?\bvor(?=\s*[.,;:!?]|\s*$)",
        r"\bvorzeitig\w*", r"\bfrüher\s+als\s+(?:geplant|vorgesehen|erwartet|ursprünglich)\b",
        r"\bfrüher\s+an(?:ge|zu)?setz\w*", r"\bauf\s+einen\s+früheren\s+(?:termin|zeitpunkt)\b",
        r"\bnach\s+vorne\s+(?:verlegt|verschoben|gezogen)\b",
    ),
    shift_later=(
        r"\bverschieb\w*", r"\bverschob\w*", r"\baufschieb\w*", r"\baufgeschoben\w*",
        r"\baufzuschieben\b", r"\baufschub\b", r"\bhinaus(?:ge|zu)?schieb\w*",
        r"\bhinausgeschoben\w*", r"\bhinaus(?:ge|zu)?zöger\w*", r"\bvertag\w*",
        r"\bverzöger\w*", r"\bspäter\s+als\s+(?:geplant|vorgesehen|erwartet|ursprünglich)\b",
        r"\bauf\s+einen\s+späteren\s+(?:termin|zeitpunkt)\b", r"\bauf\s+später\b",
        r"\bnach\s+hinten\s+(?:verlegt|verschoben)\b",
    ),
    # "verlegen" also means to relocate, publish or mislay: only with a time it moved to.
    shift_neutral=(
        r"\b" + _WHEN + r"[^;:!?]{0,40}?\bverleg(?:t|te|ten|en)\b",
        r"\bverleg(?:t|te|ten|en|ung)\b(?=[^;:!?]{0,40}?\b" + _WHEN + ")",
        r"\bneu\s+(?:an)?(?:ge)?(?:setzt|terminiert)\b", r"\bumterminier\w*",
        r"\bterminverlegung\w*",
    ),
)  # fmt: skip
