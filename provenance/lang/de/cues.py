"""German cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData

_SAY = (
    r"(?:sagte|sagten|sagt|erklärte|erklärt|kündigte|betonte|versprach|bestätigte|warnte"
    r"|meinte|teilte)"
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
)  # fmt: skip
