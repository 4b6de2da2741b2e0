"""German cue data for the meaning checks (see provenance.lang.cues)."""

import re

from provenance.lang.cues import CueData, TenseCues

_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß]{4,}\b")
_FIRST_CAPITAL = re.compile(r"[^\w]*[A-ZÄÖÜ]")


def is_passive(clause: str) -> bool:
    """A clause holding "werden" is a passive when it holds a past participle: a word that
    is not its own lemma, with a verb lemma ("verschoben" ← "verschieben", "geöffnet" ←
    "öffnen"); an infinitive ("wird verschieben") is its own lemma, a future. A clause's
    first word is read lower-cased: "Gebaut werde weiter ..." is a passive too."""
    from provenance.util.lexicon import lemma  # imports wordfreq: only when needed

    if first := _FIRST_CAPITAL.match(clause):
        at = first.end() - 1
        clause = clause[:at] + clause[at].lower() + clause[at + 1 :]
    for m in _LOWER_WORD.finditer(clause):
        w = m.group(0)
        if w.endswith(("t", "en")) and w not in _AUXILIARY_FORMS:
            # as simplemma spells it (not `lower_lemma`): a noun keeps its capital here
            lem = lemma(w, "de")
            # same stem start ("verschoben"/"verschieben") or the participle's "ge-"
            verb = lem != w and lem.endswith(("en", "ern", "eln"))
            if verb and (lem[:2] == w[:2] or w.startswith("ge")):
                return True
    return False


def constituent_word(word: str) -> bool:
    """A "nicht" right before `word` negates it as a constituent: an adjective or adverb
    ("nicht ursprünglich nominiert" = not initially), not a verb (simplemma's lemma ends
    in "-n": "nominiert" ← "nominieren", "tun"; an adjective in "-en" such as "offen" is
    missed) nor a function word (Zipf ≥ 6 in wordfreq: "in", "der", "so", "mehr")."""
    from provenance.util.lexicon import lemma, zipf

    if not word.isalpha() or not word.islower() or zipf(word, "de") >= FUNCTION_ZIPF:
        return False
    return not lemma(word, "de").endswith("n")


# Words this frequent are function words (articles, prepositions, particles), whatever
# their class: no constituent a negation denies on its own.
FUNCTION_ZIPF = 6.0


_AUXILIARY_FORMS = frozenset(
    {
        "werden", "wurden", "worden", "wird", "wurde", "hatten", "haben", "sollten", "sollen",
        "könnten", "können", "müssen", "dürfen", "wollen", "mögen", "seien", "waren", "sind",
        "hat", "ist",
    }
)  # fmt: skip

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

# fmt: off
# --- tense (provenance.checks.tense) ---------------------------------------------------
_TENSE = TenseCues(
    future_aux=frozenset({"wird", "werden", "werde", "wirst", "werdet"}),
    future_clause_openers=frozenset({"wenn", "falls", "sobald", "bis", "bevor", "ehe", "nachdem"}),
    past_aux=frozenset(
        {
            "war", "waren", "warst", "wart", "hatte", "hatten", "hattest", "hattet", "wurde",
            "wurden", "wurdest", "wurdet", "worden", "konnte", "konnten", "konntest", "musste",
            "mussten", "musstest", "durfte", "durften", "wollte", "wollten", "mochte",
            "mochten",
        }
    ),
    past_perfect_aux=frozenset({"hat", "haben", "habe", "hast", "habt"}),
    perfect_aux=frozenset({"ist", "sind", "bin", "bist", "seid", "sei", "seien"}),
    past_with_be=frozenset(
        {
            "sein", "werden", "bleiben", "kommen", "gehen", "fahren", "fliegen", "laufen",
            "reisen", "steigen", "sinken", "fallen", "wachsen", "sterben", "geschehen",
            "passieren", "gelingen", "misslingen", "scheitern", "entstehen", "verschwinden",
            "erscheinen", "folgen", "begegnen", "ankommen", "abfahren", "zurückkehren",
            "zurückgehen", "zurücktreten", "ansteigen", "anwachsen", "einbrechen",
            "explodieren", "zusammenbrechen", "schrumpfen", "fliehen", "flüchten", "springen",
            "stürzen", "abstürzen", "landen", "beitreten", "eintreten", "austreten",
            "auftreten", "einreisen", "ausreisen", "abreisen", "umziehen", "aufstehen",
            "einschlafen", "aufwachen", "verlaufen", "gelangen", "geraten", "ausbrechen",
            "ertrinken", "erfrieren", "verhungern", "ausfallen",
        }
    ),
    present_aux=frozenset(
        {
            "kann", "kannst", "können", "könnt", "muss", "musst", "müssen", "müsst", "soll",
            "sollst", "sollen", "sollt", "darf", "darfst", "dürfen", "dürft", "will", "willst",
            "wollen", "wollt", "mag", "magst", "mögen",
        }
    ),
    # "sollte" stays open: it is as often a past ("was to") as a conditional.
    irrealis=frozenset(
        {"wäre", "wären", "hätte", "hätten", "sollte", "sollten", "möchte", "möchten"}
    ),
    prospective=frozenset(
        {
            "würde", "würden", "würdest", "könnte", "könnten", "dürfte", "dürften", "müsste",
            "müssten",
        }
    ),
    # Strong and mixed Präteritum stems (plural and 2nd person endings are added by the
    # check, prefixes stripped: "verlor", "annahm", "gewann" are listed whole where the
    # stem alone is another word).
    past_forms=frozenset(
        {
            "ging", "kam", "nahm", "gab", "sah", "stand", "fand", "hielt", "ließ", "lief",
            "rief", "fiel", "stieg", "schrieb", "blieb", "trieb", "schien", "wies", "litt",
            "stritt", "griff", "schnitt", "riss", "schloss", "floss", "zog", "bot", "flog",
            "floh", "hob", "schob", "sank", "trank", "sprang", "band", "sang", "schwamm",
            "sprach", "brach", "stach", "traf", "warf", "starb", "half", "galt", "stahl", "las",
            "aß", "saß", "lag", "bat", "trat", "tat", "fuhr", "trug", "schlug", "lud", "wuchs",
            "wusch", "grub", "schuf", "hing", "fing", "stieß", "hieß", "schwieg", "zwang",
            "wich", "glich", "biss", "befahl", "empfahl", "gewann", "begann", "verlor",
            "vergaß", "genoss", "gelang", "misslang", "erschrak", "wusste", "dachte", "brachte",
            "kannte", "nannte", "brannte", "rannte", "sandte", "wandte", "entschied", "schied",
            "verschwand", "schwand", "gebar", "maß", "vermied", "mied", "gestand", "gefiel",
            "geschah", "geriet", "genas", "gebot", "gewährte",
        }
    ),
    modifiers=frozenset(
        {
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "eines", "kein", "keine", "keinen", "keinem", "keiner", "sein", "seine", "seinen",
            "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere",
            "dieser", "diese", "dieses", "diesen", "diesem", "jene", "jener", "mit", "von",
            "bei", "nach", "aus", "für", "in", "im", "am", "zum", "zur", "vom", "beim", "durch",
            "ohne", "um", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen", "sehr",
            "so", "zu",
        }
    ),
    non_verbs=frozenset(
        {
            "morgen", "übermorgen", "gestern", "vorgestern", "oben", "unten", "innen", "außen",
            "neben", "gegen", "eben", "offen", "selten", "trocken", "vorhanden", "zufrieden",
            "verschieden", "besonders", "hinten", "vorne", "wegen", "zwischen", "entgegen",
            "zusammen", "zugunsten", "eigen", "ebenso", "seitdem", "trotzdem", "daneben",
            "außerdem", "indessen", "unterdessen", "stattdessen", "dagegen", "entlang",
        }
    ),
    prefixes=(
        "be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "hinter", "voll", "über",
        "unter", "um", "durch", "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei",
        "her", "hin", "los", "mit", "nach", "statt", "teil", "vor", "weg", "zu", "zurück",
        "zusammen", "wieder", "hervor", "heraus", "herab", "herunter", "hinaus", "voran",
        "vorbei", "dar", "weiter",
    ),
)

# --- polarity (provenance.checks.antonyms) ---------------------------------------------
# Month names, for the start or end of a month ("Ende Mai", "the end of May").
_AGE = (
    r"(?:\d+|ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
    r"(?:jahre?|monate?|wochen?|tage?)\s+"
)
_MONTH_NAMES = (
    "januar|jänner|februar|märz|april|mai|"
    "juni|juli|august|september|oktober|november|dezember"
)

_POLARITY = {
    "increase": (
        (
            "steigen", "ansteigen", "zunehmen", "wachsen", "anwachsen", "erhöhen", "anheben",
            "steigern", "ausweiten", "ausbauen", "klettern", "Anstieg", "Zunahme", "Wachstum",
            "Erhöhung", "Anhebung", "Steigerung", "Ausweitung", "Zuwachs", "Aufschwung",
        ),
        (
            "sinken", "fallen", "abnehmen", "zurückgehen", "schrumpfen", "senken", "absenken",
            "kürzen", "reduzieren", "verringern", "einbrechen", "abbauen", "Rückgang",
            "Abnahme", "Senkung", "Kürzung", "Verringerung", "Reduzierung", "Reduktion",
            "Abbau", "Abschwung", "gefallen", "Sturz",
        ),
    ),
    # How much against how big (see the English lexicon).
    "amount": (
        # "stärker" is also "more" ("stärker gestiegen als" = "rose more than").
        ("mehr", "meist", "viel", "zahlreich", "stärker"),
        ("weniger", "wenig", "gering", "minder", "seltener"),
    ),
    "size": (("groß", "größer", "riesig", "gewaltig"), ("klein", "kleiner", "winzig")),
    "strength": (
        (
            "stark", "stärker", "stärken", "Stärke", "verstärken", "verstärkt", "Stärkung",
            "kräftig",
            "festigen", "Festigung", "verschärfen", "Verschärfung",
        ),
        (
            "schwach", "schwächen", "Schwäche", "Schwächung", "abschwächen", "lockern",
            "Lockerung", "untergraben", "fragil", "zerbrechlich",
        ),
    ),
    "support": (
        (
            "unterstützen", "Unterstützung", "befürworten", "Befürworter", "Unterstützer",
            "fördern", "Förderung", "Anhänger",
        ),
        ("ablehnen", "Ablehnung", "bekämpfen", "widersetzen", "Gegner", "Widerstand"),
    ),
    "win": (
        ("gewinnen", "siegen", "Sieg", "Sieger", "Gewinner", "besiegen", "erkämpfen", "erkämpft",
         # "das Rennen für sich entschieden" = won the race; "jeder muss für sich
         # entscheiden" = decide for oneself: only after an object or as a participle
         r"(?:den|das|die)\s+\w+\s+für\s+sich\s+(?:zu\s+)?entsch(?:ied|eid)\w*",
         r"für\s+sich\s+entschieden\b(?!\s*,?\s*(?:dass|ob|wie|was|wer)\b)",
         r"entsch(?:ied|eid)\w*\s+(?:den|das|die)\s+(?:\S+\s+){1,4}?für\s+sich",
         # "setzte sich (gegen X) durch", "hat sich durchgesetzt" = prevailed, won; a
         # negation between is no win the probe may turn ("setzte sich nicht durch")
         r"setz\w*\s+sich\s+(?:(?!(?:nicht|nie|niemals|kaum|kein\w*)\b)\S+\s+){0,8}?durch\b",
         r"sich\s+(?:(?!(?:nicht|nie|niemals|kaum|kein\w*)\b)\S+\s+){0,6}?durch(?:ge|zu)?setz\w*"),
        ("verlieren", "verloren", "Niederlage", "Verlierer", "unterliegen"),
    ),
    "profit": (
        ("Gewinn", "Profit", "Überschuss", "gewinnen", "profitabel"),
        ("Verlust", "verlieren", "verloren", "Defizit", "Fehlbetrag"),
    ),
    "accept": (
        (
            "annehmen", "entgegennehmen", "akzeptieren", "zustimmen", "billigen", "genehmigen",
            "verabschieden", "Zustimmung", "Annahme", "Genehmigung", "bewilligen",
            "einwilligen", "stattgeben", "Billigung",
        ),
        (
            "ablehnen", "Ablehnung", "zurückweisen", "Zurückweisung", "abweisen", "verwerfen",
            "verweigern", "Veto", "ablehnend",
        ),
    ),
    "allow": (
        ("erlauben", "gestatten", "zulassen", "Erlaubnis", "Zulassung", "legalisieren", "aufheben"),
        (
            "verbieten", "untersagen", "Verbot", "verboten", "einschränken", "Einschränkung",
            "beschränken", "Beschränkung",
        ),
    ),
    "success": (
        ("Erfolg", "erfolgreich", "gelingen", "Durchbruch"),
        (
            "Misserfolg", "Scheitern", "scheitern", "erfolglos", "misslingen", "Fehlschlag",
            "zusammenbrechen", "Zusammenbruch",
        ),
    ),
    "good": (
        ("gut", "besser", "best", "verbessern", "Verbesserung", "positiv"),
        (
            "schlecht", "schlechter", "verschlechtern", "Verschlechterung", "negativ", "ungünstig",
            "schlimm", "schlimmer",
        ),
    ),
    "height": (
        # "die oberste Behörde" = the highest authority
        ("hoch", "höher", "höchst", "oberste", "obersten", "oberster", "oberstes"),
        ("niedrig", "niedriger", "tief"),
    ),
    "heat": (
        ("heiß", "Hitze", "warm", "wärmer", "Wärme"),
        ("kalt", "kälter", "Kälte", "kühl", "Frost"),
    ),
    "safety": (
        ("sicher", "ungefährlich", "gefahrlos"),
        ("gefährlich", "Gefahr", "unsicher", "riskant"),
    ),
    "open": (
        ("öffnen", "offen", "Öffnung", "eröffnen", "Eröffnung", "aufmachen", "wiedereröffnen"),
        (
            "schließen", "geschlossen", "Schließung", "zumachen", "dichtmachen", "Sperrung",
            # a road or a border "gesperrt" = closed
            "sperren", "gesperrt",
        ),
    ),
    "protect": (
        ("schützen", "Schutz", "verteidigen", "Verteidigung", "bewahren"),
        ("bedrohen", "Bedrohung", "gefährden", "Gefährdung", "Drohung", "drohen"),
    ),
    "wealth": (
        ("reich", "Reichtum", "bereichern", "wohlhabend"),
        ("arm", "Armut", "verarmen", "verarmt"),
    ),
    "trade": (("Export", "Ausfuhr", "exportieren"), ("Import", "Einfuhr", "importieren")),
    "buy": (
        ("kaufen", "Kauf", "erwerben", "Erwerb", "Käufer", "ankaufen", "aufkaufen"),
        ("verkaufen", "Verkauf", "Verkäufer", "veräußern"),
    ),
    "price": (
        # Also the value of a currency or an asset: gaining value = getting dearer.
        (
            "teuer", "kostspielig", "verteuern", "aufwerten", "Aufwertung",
            r"an\s+wert\s+(?:\w+\s+)?(?:gewinn\w*|gewonnen|zugelegt|zulegen)",
        ),
        (
            "billig", "günstig", "preiswert", "verbilligen", "abwerten", "Abwertung",
            r"an\s+wert\s+(?:\w+\s+)?(?:verl\w*|eingebüßt|einbüßen)", "Wertverlust",
        ),
    ),
    # "der Großteil", "der überwiegende Anteil" = the majority ("most of" is an English cue)
    "majority": (("Mehrheit", "Großteil", "überwiegend"), ("Minderheit",)),
    "maximum": (("Maximum", "maximal"), ("Minimum", "minimal")),
    "guilt": (
        ("schuldig", "verurteilen", "Verurteilung"),
        ("unschuldig", "freisprechen", "Freispruch"),
    ),
    "custody": (
        ("festnehmen", "verhaften", "Festnahme", "Verhaftung", "inhaftieren", "einsperren"),
        ("freilassen", "Freilassung"),
    ),
    "start": (
        ("beginnen", "Beginn", "starten", "wiederaufnehmen", "einleiten"),
        ("beenden", "enden", "stoppen", "aussetzen", "abbrechen", "Abbruch", "Stopp"),
    ),
    "ally": (
        ("Verbündeter", "Verbündete", "Freund", "Partner", "Bündnispartner"),
        ("Feind", "Gegner", "Widersacher", "feindlich", "Rivale"),
    ),
    "legal": (
        ("legal", "rechtmäßig", "legitim", "gesetzlich"),
        ("illegal", "rechtswidrig", "unrechtmäßig", "illegitim", "gesetzwidrig"),
    ),
    "truth": (("wahr", "richtig", "korrekt", "zutreffend"), ("falsch", "unwahr", "unrichtig")),
    "ease": (("einfach", "leicht", "erleichtern"), ("schwierig", "schwer", "erschweren")),
    # also the start or end of a month or year: "Ende Mai" = "late May"
    "early": (
        ("früh", "früher", "vorzeitig", "verfrüht",
         r"anfang\s+(?:" + _MONTH_NAMES + r"|des\s+(?:jahres|monats)|\d{4})"),
        ("spät", "später", "verspätet", "verspäten",
         r"ende\s+(?:" + _MONTH_NAMES + r"|des\s+(?:jahres|monats)|\d{4})"),
    ),
    "peace": (
        ("Frieden", "friedlich", "Waffenstillstand", "Waffenruhe", "gewaltfrei"),
        ("Krieg", "gewaltsam", "gewalttätig", "blutig"),
    ),
    "find": (("finden", "entdecken", "aufspüren", "gefunden"), ("verlieren", "verloren")),
    "capture": (
        ("erobern", "Eroberung", "einnehmen"),
        ("aufgeben", "verlieren", "verloren", "kapitulieren"),
    ),
    "unite": (
        (
            "vereinigen", "fusionieren", "Fusion", "zusammenschließen", "Vereinigung",
            "Zusammenschluss", "vereinen",
        ),
        ("spalten", "Spaltung", "trennen", "Trennung", "zerfallen", "aufspalten"),
    ),
    "admit": (
        ("zugeben", "einräumen", "bestätigen", "Bestätigung", "gestehen", "eingestehen"),
        ("bestreiten", "leugnen", "dementieren", "Dementi", "abstreiten"),
    ),
    "impose": (
        # Extending a measure keeps it in force: the opposite of lifting it.
        ("verhängen", "einführen", "Verhängung", "Einführung", "verlängern", "Verlängerung"),
        ("aufheben", "abschaffen", "Aufhebung", "Abschaffung"),
    ),
    "length": (
        ("lang", "lange", "länger", "langwierig", "verlängern"),
        ("kurz", "kürzer", "verkürzen"),
    ),
    "age": (("jung", "jünger"), ("alt", "älter", "betagt")),
    # an age stated as a number: "37 Jahre alt" states no old age, "37 Jahre jung" does
    # reverse it
    "aged": (
        (_AGE + r"jung\w*",),
        (_AGE + r"alt\w*",),
    ),
    "speed": (
        ("schnell", "rasch", "beschleunigen", "Beschleunigung"),
        ("langsam", "verlangsamen", "Verlangsamung", "bremsen"),
    ),
    # the order of two events, by the conjunctions only ("nach", "vor" are as often "to",
    # "according to", "ago", "in front of"; "danach", "zuvor" reorder "X before Y")
    "order": (("nachdem",), ("bevor",)),
    # a time relative to another event, as an adverb (concept "sequel" of English)
    "sequel": (
        ("danach", "nachher", "hinterher", "anschließend", "später", r"im\s+nachhinein",
         r"im\s+anschluss"),
        ("zuvor", "vorher"),
    ),
    "joy": (
        ("froh", "glücklich", "erfreut", "freuen", "Freude", "fröhlich", "zufrieden"),
        ("traurig", "unglücklich", "Trauer", "betrübt", "unzufrieden"),
    ),
    # a test result, not good or bad news: "positiv auf Covid-19 getestet"
    "test": (
        (r"positiv\w*\s+(?:\S+\s+){0,4}?getestet", r"positiv\w*\s+test\w*",
         r"test\w*\s+(?:\S+\s+){0,2}?positiv\w*"),
        (r"negativ\w*\s+(?:\S+\s+){0,4}?getestet", r"negativ\w*\s+test\w*",
         r"test\w*\s+(?:\S+\s+){0,2}?negativ\w*"),
    ),
}

_POLARITY_STEADY = {
    "increase": ("unverändert", "stabil", "gleichbleibend", "konstant", "stagnieren", "Stagnation"),
}

_POLARITY_IDIOMS = (
    r"\bkurz\s+(?:vor|nach|darauf|zuvor|gesagt|um|vorher)\b", r"\b(?:vor|seit)\s+kurzem\b",
    r"\bso\s+lange?\b", r"\büber\s+kurz\s+oder\s+lang\b", r"\blängst\b",
    r"\bfrüher\s+oder\s+später\b",  # both poles in one idiom: eventually
    r"\bbis\s+vor\s+kurzem\b", r"\bkurzfristig\w*\b", r"\blangfristig\w*\b",
    r"\bein\s+(?:klein\w*\s+)?(?:bisschen|wenig)\b", r"\bnicht\s+mehr\b",
    r"\bkein\w*\s+(?:\w+\s+){0,3}?mehr\b", r"\bmehr\s+oder\s+weniger\b",
    r"\bnicht\s+weniger\s+als\b", r"\bzumindest\b", r"\bam\s+wenigsten\b",
    r"\bfäll\w*\s+(?:\w+\s+){0,3}?(?:schwer|leicht)\b", r"\bim\s+großen\s+und\s+ganzen\b",
    # "schwer" and "leicht" say how much before a participle ("schwer verletzt" =
    # seriously injured, "leicht gestiegen" = slightly risen) and, inflected before a
    # noun, how heavy or serious ("schwere Verletzungen", "leichter Regen"); hard or
    # easy they are as a predicate ("es ist schwer", "wird nicht leicht")
    r"\b(?:schwer|leicht)\b(?=\s+(?:und\s+\w+\s+)?(?:ge\w+(?:t|en)|(?:ver|be|zer|er|ent|über"
    r"|unter)\w+t|\w+iert|\w+(?:ge|zu)\w+(?:t|en))\b)",
    r"\b(?:schwer|leicht)(?:e|en|em|es)\b",
    r"\bvor\s+allem\b", r"\bhöchst\w*\s+wahrscheinlich\b",
    r"\bganz\s+sicher\b",
    # discourse markers: "mehr noch" = what is more, "umso mehr" = all the more
    r"\bmehr\s+noch\b", r"\bum\s*so\s+mehr\b",
    # uninflected "zunehmend" before another word is a degree adverb, as "increasingly"
    # ("zunehmend stärker gespannt", "zunehmend unter Druck"): it says how the next
    # word's property grows, not that something increases
    r"\bzunehmend\b(?=\s+\w)",
)
_SEPARABLE = frozenset(
    {
        "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei", "her", "hin", "hoch",
        "los", "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "wieder", "herab",
        "herunter", "heraus", "hinaus", "dicht",
    }
)
# fmt: on

DATA = CueData(
    negation=(
        # "keinerlei" (= no ... of any kind), "keins" (= keines)
        r"\bnicht\b", r"\bkein(?:e|en|em|er|es|s|erlei)?\b", r"\bkeinster\b",
        r"\bnie(?:mals)?\b", r"\bniemand(?:en|em)?\b", r"\bnichts\b", r"\bweder\b",
        r"\bnirgend(?:s|wo)\b",
        r"\bkeineswegs\b", r"\bkeinesfalls\b",
        # the answer "nein" (round 10), as English "no", French "non", Russian "нет" are
        # cues: "Nein, das kannst du nicht" = "No, you can't", "sagte nein" = "a dit non"
        r"\bnein\b",
    ),
    soft_negation=(
        r"\bohne\b", r"\bkaum\b", r"\bselten\b", r"\bverweiger\w*", r"\bbestreit\w*",
        r"\bbestritt\w*",
        r"\bscheiter\w*", r"\bgescheitert\b", r"\bunfähig\b",
        # "statt" = instead of, not the particle of "stattfinden" that ends its clause
        # ("fanden keine Pressetermine statt" = there were none)
        r"\b(?:an)?statt\b(?!\s*(?:[,.;:!?\"“”„»«)(–—-]|$))",
        r"\bmangel\w*", r"\bfehl(?:t|en|te|ten)\b", r"\baufgehört\b",
        # "gegen" as a stance (= nicht unterstützen), not a protest or a match, nor a time
        # ("waren gegen 1:00 Uhr beendet" = around, "gegen Ende")
        r"\b(?:bin|bist|ist|sind|seid|war|waren|sei|seien|wäre|wären|stimm\w*|sprach\w*"
        r"|spricht|sprechen)\s+(?:\w+\s+){0,3}?gegen\b(?!\s+(?:\d|mittag|mitternacht"
        r"|morgen|abend|nachmittag|vormittag|ende|mitte|anfang)\b)",
        # negative polarity: "ob er den Posten überhaupt bekommen hätte" = "he would never
        # have been handed the post"
        r"\büberhaupt\b", r"\bjemals\b",
        # cancelled: "Flüge gestrichen"; contradicted, denied
        r"\bgestrichen\b", r"\bwidersp?r(?:ach|echen|icht|ochen)\w*", r"\bdementier\w*",
        # "erst später" = not until later
        r"\berst\b(?=\s+(?:später|nach|ab|wenn|als|seit|morgen|dann|danach|jetzt|kürzlich"
        r"|im\s+\w+|am\s+\w+|in\s+\d|\d))",
        # prohibitions: "verboten" = "not allowed"
        # cancelled ("storniert", as "abgesagt")
        r"\babsag\w*", r"\bverfehl\w*", r"\babgesagt\w*", r"\bausgeschlossen\b", r"\bstorn\w*",
        r"\bverbot\w*", r"\bverbiet\w*", r"\buntersag\w*", r"\bverhinder\w*",
        # in vain, failed to come about, warned against doing
        r"\bvergeblich\w*", r"\bausgeblieben\b", r"\bausbleib\w*",
        r"\bblieb(?:en)?\b(?=[^,.;:!?]{0,60}?\baus\b)", r"\bdavor\s+(?:ge)?warn\w*",
        r"\bwarn\w*\s+(?:\w+\s+){0,3}?davor\b",
        # gone ("im Nu sei dann das Nummernschild weg" = "it has no registration plate");
        # spare someone a thing (= so that they need not)
        r"\b(?:ist|sind|war|waren|sei|seien|wäre|wären)\s+(?:\w+\s+){0,4}?weg\b(?!\s*\w)",
        r"\berspar(?:e|en|t|te|ten|st)?\b", r"\berspart\b",
        # overlooked (= nicht gesehen; not "vermeiden": see the English "avoid")
        r"\büber(?:sehen|sieht|sah|sahen|siehst)\b",
    ),
    negation_removals=(
        (r"^keinster$", "jeder"), (r"^keinerlei$", "jegliche"), (r"^kein", "ein"),
        (r"^nichts$", "etwas"),
        (r"^nie(?:mals)?$", "immer"),
        (r"^niemand", "jemand"), (r"^nirgend", "irgend"),
    ),
    # "nicht mehr" = no longer (not a bound of a quantity, "nicht mehr als 5", nor a
    # comparison, "nicht mehr Tote als im Vorjahr": no "als" later in the clause)
    continuation_negations=(
        (r"\bnicht\s+mehr\b(?!\s+(?:nur|und|oder)\b)(?![^,;:.!?]*\bals\b)", "noch"),
    ),
    success_statements=(
        r"\bgel(?:ang|angen|ingt|ingen|ungen)\b", r"\bgeschafft\b", r"\bschafft\w*",
        r"\bkonnten?\b", r"\bvermochte\w*", r"\bin\s+der\s+lage\b", r"\bimstande\b",
    ),
    soft_negation_removals=(
        (r"^ohne$", "mit"), (r"^(?:verbot|verbiet|untersag)\w*$", "erlaubt"),
        (r"^ausgeschlossen$", "möglich"), (r"^vergeblich\w*$", "erfolgreich"),
        (r"^gescheitert$|^scheiter\w*$", "gelungen"), (r"^fehl\w*$", "gibt"),
    ),
    negative_polarity=(r"\bob\b", r"\büberhaupt\b", r"\bjemals\b"),
    # "nicht öffentlich sind": a negated predicative adjective, often an antonym's
    # translation ("private")
    antonym_negation=r"\bnicht\s+[a-zäöüß]\w*\s+(?:ist|sind|war|waren|sei|seien|wäre|wären"
    r"|bleibt|bleiben|blieb|blieben|wird|werden|wurde|wurden)\b",
    partial_negation=frozenset({"immer", "ganz", "sehr", "so", "unbedingt",
                                "ausreichend", "genug", "viel", "viele", "alle", "jeder",
                                "völlig", "gerade", "besonders", "allzu", "genau",
                                "zwangsläufig", "vollständig", "gänzlich"}),
    negative_prefixes=("un", "nicht-", "nicht", "miss"),
    potential_adjective=r"\w{2,}(?:bar|lich)(?:e[nmrs]?)?",
    # "ob", not "als ob" (= as if: "als ob sie nicht reisen könnte" denies)
    question_openers=(r"(?<!\bals\s)ob",),
    nonfinite_negation=r"nicht\s+(?:mehr\s+)?zu\s+\w+(?:en|n)\b",
    affixal_exceptions=frozenset({"und", "uns", "unser", "unsere", "unseren", "unserem",
                                  "unserer", "unter", "unten", "unternehmen", "unterstützt",
                                  "unterstützen", "nichts", "nichtsdestotrotz",
                                  # "-bar" from a noun (Mittel), not a verb: immediate
                                  "unmittelbar", "unmittelbare", "unmittelbaren",
                                  "unmittelbarem", "unmittelbarer", "unmittelbares",
                                  # an accident is no "not a case"
                                  "unfall", "unfalls", "unfälle", "unfällen"}),
    # scales a "nicht" right before them reverses ("nicht nur", "nicht mehr als"); not
    # "einfach", as often "easy" as "just"
    scalar_words={"only": r"nur|bloß|lediglich", "more": r"mehr\s+als",
                  "less": r"weniger\s+als",
                  # "der einzige" = "the only one" (a scale of its own: "nicht der einzige")
                  "sole": r"(?:der|die|das|den|dem|des)\s+einzig(?:e[nmrs]?)?"},
    scalar_negation=r"\bnicht\s+(?:mehr\s+)?",  # "nicht mehr nur" = no longer only
    constituent_word=constituent_word,
    affirmative_idioms=(
        r"\bnichts\s+(?:anderes\s*)?,?\s*als\b",
        r"\bnicht\s+(?:mehr\s+)?(?:nur|bloß|allein|einfach\s+nur|lediglich)\b",
        # a negative comparison states a superlative: "wie kein anderer", "wie nie zuvor"
        r"\bwie\s+(?:kein(?:e|en|em|er|es)?\s+ander\w*|nie(?:mals)?\s+zuvor|noch\s+nie)\b",
        r"\bwie\s+kein(?:e|en|em|er|es)?\s+(?:\w+\s+){1,2}?(?:zuvor|vorher|sonst)\b",
        # a bound of a quantity, as "no more than": "nicht höher als 5 %"
        r"\bnicht\s+(?:höher|niedriger|länger|älter|größer)\s+als\b(?=\s*\d)",
        r"\bnicht\s+mehr\s+als\b",
        r"\bnicht\s+(?:selten|wenige\w*|ohne)\b",
        r"\bnichts\s+(?:mehr\s+)?im\s+wege\b",
        r"\bkein(?:en)?\s+zweifel\b",
        r"\bkein(?:e|en)?\s+problem(?:e)?\b",  # = fine
        r"\bnicht\s+zuletzt\b", r"\bkein\s+wunder\b", r"\bnicht\s+umsonst\b",
        # "not the only one" asserts others, as "nicht nur" does; "nicht von der Hand zu
        # weisen" = indisputable; "sich (des Eindrucks) nicht erwehren" = cannot help
        r"\bnicht\s+(?:der|die|das|den|dem|des)\s+einzige\w*",
        r"\bnicht\s+von\s+der\s+hand\s+zu\s+weisen\b", r"\bnicht\s+(?:zu\s+)?erwehren\b",
        # "überhaupt" after an ordinal or superlative and its noun is "ever", no negative
        # polarity ("die erste Kür überhaupt" = the very first, "das beste Spiel überhaupt")
        r"\b(?:der|die|das|den|dem|des|ein\w*|sein\w*|ihr\w*|unser\w*)\s+\w+[sß]t(?:e|er|es|en|em)"
        r"\s+\w+\s+überhaupt\b",
        # an expletive "nicht" after "bevor"/"ehe" negates nothing ("bevor die Frage nicht
        # entschieden ist" = before the question is decided)
        r"\b(?:bevor|ehe)\b[^,.;:!?]{0,80}?\bnicht\b",
        r"\bnicht\s+weniger\s+als\b", r"\bund\s+sonst\s+nichts\b",
        # "kein Geringerer als" = none other than; "keine zwei Wochen" = less than two weeks
        r"\bkein(?:e|er|en)?\s+(?:geringere\w*|andere\w*)\s+als\b",
        r"\bkein(?:e|en)?\s+(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
        r"|zwanzig|dreißig|hundert|\d+)\s+(?:sekunden|minuten|stunden|tage|wochen|monate"
        r"|jahre|meter|kilometer)\b",
    ),
    hedges=(
        r"\bkönnte(?:n|st)?\b", r"\bdürfte(?:n)?\b", r"\bmöglicherweise\b", r"\bvielleicht\b",
        # "wohl" = probably; not "ist ihnen nicht wohl", "sehr wohl", "sich wohl fühlen"
        r"(?<!\bnicht\s)(?<!\bsehr\s)(?<!\bsich\s)\bwohl\b(?!\s+(?:fühl|gefühlt|bei\b))",
        r"\bwahrscheinlich\b", r"\bvermutlich\b", r"\beventuell\b",
        r"\bwomöglich\b", r"\bangeblich\w*", r"\bmutmaßlich\w*", r"\bscheinbar\b",
        r"\bscheint\b", r"\bscheinen\b", r"\bvermut\w+", r"\bmöglich(?:e[nmrs]?)?\b",
        r"\bunwahrscheinlich\b", r"\bvoraussichtlich\b",
        # "not necessarily"
        r"\bnicht\s+(?:unbedingt|zwingend|notwendigerweise)\b",
        # "muss" with a perfect infinitive is a conclusion: "muss es gewusst haben" = must
        # have known
        r"\bmuss(?:te|ten)?\b(?=[^.;:!?]{0,80}?\b\w+(?:t|en)\s+(?:haben|sein)\b)",
        r"\b(?:wird|werden|wurde|wurden)\s+(?:\w+\s+)?erwartet\b",
        r"\bpotenziell\w*", r"\boffenbar\b", r"\banscheinend\b",
        r"\bdem\s+vernehmen\s+nach\b",
        # "if need be", "possibly": a condition the writer does not claim is met
        r"\bgegebenenfalls\b", r"\bggf\b", r"\bunter\s+umständen\b",
    ),
    # (with "könne", the Konjunktiv I of reported speech: "geprüft werden könne" = could
    # be examined, so he said; the mood reports, the modal is the same "kann")
    possibility_modals=(r"\bkann\b", r"\bkannst\b", r"\bkönnen\b", r"\bkönne\b", r"\bmag\b"),
    past_possibility_modals=(r"\bkonnte(?:n|st|t)?\b",),
    likelihood_hedges=(
        r"\bwahrscheinlich\b", r"\bvoraussichtlich\b", r"\bvermutlich\b", r"\bwohl\b",
        r"\bmutmaßlich\b",
    ),
    certainty_adverbs=(
        r"\bsicher(?:lich)?\b", r"\bbestimmt\b", r"\bgewiss\b", r"\bzweifellos\b", r"\bdefinitiv\b",
        r"\bgarantiert\b", r"\bzweifelsohne\b", r"\bauf\s+jeden\s+fall\b",
    ),
    epistemic_hedges=(
        r"\bvielleicht\b", r"\bmöglicherweise\b", r"\bwahrscheinlich\b", r"\bvermutlich\b",
        # (not "voraussichtlich", as "expected to" a word of schedules as much as of doubt)
        r"\bwomöglich\b", r"\beventuell\b", r"\bdürfte(?:n)?\b",
    ),
    reportative=(
        r"\bangeblich\w*", r"\boffenbar\b", r"\banscheinend\b", r"\bmutmaßlich\w*",
        r"\b(?:hieß|heißt)\s+es\b", r"\bdem\s+vernehmen\s+nach\b",
        r"\bdemnach\b", r"\bzufolge\b",
    ),
    # Konjunktiv I, the mood of reported speech ("er werde kommen" = he would come, so
    # he said); not the first person indicative it is spelt like ("ich werde").
    reported_speech=(
        r"(?<!\bich\s)\b(?:werde|habe|könne|müsse|solle|wolle|dürfe|möge|gebe|wisse)\b",
        r"\bsei(?:en)?\b",
        # the commonest other Konjunktiv I forms (3rd person: "es gehe um", "er komme")
        r"(?<!\bich\s)\b(?:gehe|komme|liege|stehe|gelte|bleibe|handle|handele|fehle|brauche"
        r"|stamme|laufe|sehe|halte|lasse|mache|arbeite|plane|wolle|trage|erwarte)\b",
        # hearsay "sollen" with a perfect infinitive: "soll ... getötet haben" = reportedly
        r"\bsoll(?:en)?\b[^.;:!?]{0,80}?\b\w+(?:t|en)\s+(?:haben|sein)\b",
    ),
    ability_modals=(
        r"\bin\s+der\s+lage\b", r"\bimstande\b", r"\bdarf\b", r"\bdürfen\b", r"\bdürfe\b",
        # the modal infinitive: "ist zu sehen" = can be seen, "wird zu sehen sein" = can
        # be watched, "war zu hören" = could be heard
        r"\b(?:ist|sind|war|waren|wäre|wären|sei|seien)\s+(?:\w+\s+){0,3}?zu\s+\w+(?:en|ern|eln)\b",
        r"\bzu\s+\w+(?:en|ern|eln)\s+(?:sein|ist|sind|war|waren|wäre|wären|sei|seien)\b",
        # what impends, which a translator says with a modal: "ihm drohen fünf Jahre Haft"
        # = he could face five years (not "droht mit" = threatens with)
        r"\bdroh(?:t|en)\b(?![^.;:!?]{0,60}?\bmit\b)",
    ),
    weak_hedges=(
        r"\bkann\b", r"\bkannst\b", r"\bkönnen\b", r"\bkönne\b", r"\bmag\b",
        r"\bsoll(?:en|te|ten)?\b",
        # the plural of "mag" with an infinitive ending its clause: "einige mögen die
        # Vorstellung im Stillen genießen" = some may enjoy (not "sie mögen Schokolade")
        r"\bmögen\b(?=(?:\s+[^\s.,;:!?]+){0,20}?\s+\w+(?:en|ern|eln)\s*(?:[.,;:!?]|$))",
        r"\bwürde(?:n)?\b", r"\bglaubt?\b", r"\bglauben\b",
        # a noun of likelihood, also the figure of a forecast ("Regenwahrscheinlichkeit")
        r"wahrscheinlichkeit\w*",
        # "droht ... zu fehlen" = is at risk of missing (not "drohte mit" = threatened)
        r"\bdroh(?:t|en|te|ten)\b(?=[^.;:!?]{0,80}?\bzu\s+\w+en\b)",
    ),
    assertions=(
        # "werden" before a modal is the verb "become": "gefährlich werden können"
        r"\bwird\b", r"\bwerden\b(?!\s+(?:können|müssen|dürfen|sollen|wollen|mögen)\b)",
        r"\bwerde\b",
        # "sicher" is as often "safe(ly)" ("sicher arbeiten"): certainty only as "sicherlich"
        # or after a future auxiliary ("wird sicher kommen")
        r"\bsicherlich\b", r"(?<=\bwird\s)sicher\b", r"(?<=\bwerden\s)sicher\b",
        r"\bbestimmt\b",
        r"\bgewiss\b", r"\bzweifellos\b", r"\bdefinitiv\b", r"\bgarantiert\b",
        r"\bauf\s+jeden\s+fall\b", r"\bzweifelsohne\b", r"\bkein(?:en)?\s+zweifel\b",
        r"\bunweigerlich\b",
    ),
    reported_assertions=(_SAY + r"\b[^.;:]{0,80}?\bwürde(?:n)?\b",),
    clause_openers=(
        "und", "aber", "doch", "sondern", "oder", "weil", "da", "dass", "daß", "obwohl",
        "obgleich", "wenn", "falls", "als", "bevor", "nachdem", "während", "damit",
        "denn", "welche", "welcher", "welches", "wo", "ob",
        # "bis" before "zu"/"zum"/"zur" or a number is a preposition of a quantity, a time or
        # a place ("bis zu sechs Monate", "bis zum Ende", "5. bis 9. August", "von 2016 bis
        # 2018": 26 of the 42 in the German dev text), which opens no clause; "until" does
        # ("bis sich die Band auflöste", "bis er kam")
        r"bis(?!\s+(?:zu[mr]?\b|\d))",
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
    polarity=_POLARITY,
    polarity_idioms=_POLARITY_IDIOMS,
    polarity_steady=_POLARITY_STEADY,
    separable_particles=_SEPARABLE,
    # "nicht" before an inflected adjective and its noun is the prefix "non-" ("von
    # nicht infizierten Mitarbeitern", "nicht notwendige Reisen"): matched on the text as
    # written, since German nouns are capitalised; determiners are no adjectives. So is
    # "nicht mehr" there (= no longer: "einem nicht mehr verfügbaren Beitrag").
    # Nor are prepositions, adverbs and pronouns spelt like an inflected adjective
    # ("sollen nicht unter Quarantäne gestellt werden", "nicht immer Zeit", "nicht gegen
    # Regeln"): there "nicht" negates the statement (round 10).
    attributive_negation=(
        r"\b[Nn]icht\s+(?:mehr\s+)?(?!(?:all|viel|jed|dies|jen|solch|einig|mehrer|beid|ander"
        r"|wenig|manch|sein|ihr|unser|mein|dein|eur|kein|ein|d|welch|irgend)\w*\s)"
        r"(?!(?:unter|über|hinter|wider|neben|zwischen|gegen|wegen|entgegen|außer|ohne|binnen"
        r"|gegenüber|zufolge|inmitten|zugunsten|seitens|immer|wieder|weiter|früher|später|eher"
        r"|lange|länger|gerne|heute|morgen|oben|unten|hinten|vorne|innen|außen|eben|alleine"
        r"|daher|vorher|nachher|bisher|seither|trotzdem|außerdem|zudem|seitdem|aber|oder"
        r"|sondern|ihnen|denen|dessen|deren|wem|sie|jemandem|jemanden|niemandem|öfter|minder"
        r"|weniger|erst|gerade)\s)"
        r"[a-zäöüß]\w*(?:e|en|er|es|em)\s+[A-ZÄÖÜ]"
    ),
    passive_auxiliaries=(r"\bwird\b", r"\bwerden\b", r"\bwerde\b"),
    is_passive=is_passive,
    conditional_openers=("wenn", "falls", "sofern", "ob"),
    tense=_TENSE,
)  # fmt: skip
