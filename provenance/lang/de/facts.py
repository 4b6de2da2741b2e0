"""German fact data: numbers, scales, currencies, dates, name spelling.

See provenance.lang.facts for what each field means.
"""

from provenance.lang.facts import FactsData

# fmt: off
_UNITS = {
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "zweier": 2, "dreier": 3,
    "dreissig": 30,  # Swiss spelling (no ß)
    "zweien": 2, "dreien": 3, "vieren": 4,  # "einer von uns vieren"
    "anderthalb": 1.5, "eineinhalb": 1.5,
}
# fmt: on

# fmt: off
DATA = FactsData(
    locatives=frozenset({"in", "nach", "bei", "nahe"}),
    lang="de",
    decimal_sep=",",
    space_groups=True,
    number_words=_UNITS,
    hundred_words={"hundert": 100},
    scale_words={
        "tausend": 1e3, "tsd": 1e3, "tausende": 1e3, "tausenden": 1e3,
        # a decade is ten years: "drei Jahrzehnte" = "30 Jahre"
        "jahrzehnt": 10, "jahrzehnte": 10, "jahrzehnten": 10, "jahrzehnts": 10,
        "dekade": 10, "dekaden": 10,
        # Indian numbering, kept by translators of Indian news ("14 Lakh")
        "lakh": 1e5, "crore": 1e7,
        "million": 1e6, "millionen": 1e6, "mio": 1e6,
        "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "md": 1e9,
        # German "Billion" is 10^12 (the long scale), not the English billion.
        "billion": 1e12, "billionen": 1e12, "bio": 1e12,
    },
    weak_number_words=frozenset({"ein", "eine", "einer", "einem", "einen", "eines"}),
    number_connectors=frozenset({"und"}),
    ordinal_words={
        "erste": 1, "ersten": 1, "erster": 1, "erstes": 1, "erstmals": 1,
        "zweite": 2, "zweiten": 2, "zweiter": 2, "dritte": 3, "dritten": 3, "dritter": 3,
        "vierte": 4, "vierten": 4, "fünfte": 5, "fünften": 5, "sechste": 6, "sechsten": 6,
        "siebte": 7, "siebten": 7, "achte": 8, "achten": 8, "neunte": 9, "neunten": 9,
        "zehnte": 10, "zehnten": 10, "zwanzigste": 20, "zwanzigsten": 20,
    },
    # "seinen 80. Geburtstag": the dot of an ordinal, before a word
    ordinal_suffix=r"\.(?=[ \u00a0]+[^\W\d_])",
    fraction_words={
        "halb": 0.5, "halbe": 0.5, "halben": 0.5, "halber": 0.5, "halbes": 0.5, "halbem": 0.5,
        "hälfte": 0.5,
        "drittel": 1 / 3, "viertel": 0.25, "fünftel": 0.2, "zehntel": 0.1,
    },
    hour_words=frozenset({"uhr"}),
    unit_stems={
        "sekündig": "duration-second", "minütig": "duration-minute",
        "stündig": "duration-hour", "tägig": "duration-day", "wöchig": "duration-week",
        "monatig": "duration-month", "jährig": "duration-year",
    },
    clock_phrases={
        r"\bhalb\s+(?P<h>\w+)": -0.5,
        r"\bviertel\s+nach\s+(?P<h>\w+)": 0.25,
        r"\bviertel\s+vor\s+(?P<h>\w+)": -0.25,
        r"\bdrei\s*viertel\s+(?P<h>\w+)": -0.25,
    },
    day_points={"mittag": 12.0},  # CLDR has only "Mitternacht"; "mittags" is a habit
    # not "zu" ("zu Mittag essen", lunch) nor "über" ("über Mittag", over lunchtime)
    day_point_before=r"um|am|gegen|bis|nach|vor|ab|seit",
    pm_words=frozenset({"abends", "nachmittags"}),
    night_of_day=r"(?i)(?:nacht|abend)$|^\s*(?:nacht|abend)\b",
    soft_number_words={
        "beide": 2, "beiden": 2, "beider": 2, "beides": 2, "dutzend": 12, "dutzende": 12,
        "dutzenden": 12, "doppelt": 2, "doppelte": 2, "doppelten": 2,
        # decades as adjectives: "in den dreißiger Jahren" = "dans les années trente"
        # (soft: "the 1930s" is another notation, not another number)
        "zwanziger": 20, "dreißiger": 30, "dreissiger": 30, "vierziger": 40,
        "fünfziger": 50, "sechziger": 60, "siebziger": 70, "achtziger": 80, "neunziger": 90,
    },
    ordinal_idiom_heads=frozenset({"wahlgang", "runde"}),  # "im zweiten Wahlgang"
    compound_morphemes={
        "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
        "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
        "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
        "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
        "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
        "dreissig": 30, "hundert": 100, "tausend": 1000, "und": 0,
        "einhalb": 0.5,  # "zweieinhalb" = 2.5
    },
    currency_words={
        "dollar": "USD", "us-dollar": "USD", "euro": "EUR", "rubel": "RUB",
        "franken": "CHF", "pfund": "GBP", "tenge": "KZT", "yen": "JPY",
    },
    percent_words=frozenset({"prozent", "%"}),
    unit_words={"stundenkilometer": "speed-kilometer-per-hour"},
    approx_words=(
        "rund", "etwa", "ungefähr", "circa", "ca.", "zirka", "knapp", "fast", "beinahe",
        "annähernd", "gut", "mehr als", "über", "weniger als", "unter", "bis zu",
    ),
    range_words=frozenset({"bis", "oder", "-", "–", "—"}),  # "sieben oder acht" = "sept à huit"
    between_words={"zwischen": "und"},
    decade_suffix=r"-?er(?:n|jahren?|jahre)?\b",  # "50er", "1950er Jahre", "den 50ern"
    months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "febr": 2,
        "märz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6,
        "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    },
    # weekdays, also with a time of day ("Sonntagmorgen", "Samstagabend")
    weekdays={
        day + part: n
        for day, n in (
            ("montag", 1), ("dienstag", 2), ("mittwoch", 3), ("donnerstag", 4),
            ("freitag", 5), ("samstag", 6), ("sonnabend", 6), ("sonntag", 7),
        )
        for part in ("", "s", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
    },
    year_words=frozenset({"jahr", "jahre", "jahres", "jahrs"}),
    year_prepositions=frozenset({"im", "seit", "bis", "von", "ab", "anno"}),
    night_before=r"\bnacht\s+(?:zum|zu|auf|auf\s+den)",
    relative_dates={
        r"\b(?:im )?(?:kommenden|nächsten|folgenden) jahr\b|\bnächstes jahr\b": "year+1",
        r"\b(?:im )?(?:vergangenen|letzten|vorigen) jahr\b"
        r"|\bletztes jahr\b|\bvoriges jahr\b": "year-1",
        r"\b(?:in )?diesem jahr\b|\bdieses jahr\b|\bheuer\b": "year+0",
        r"\b(?:im )?(?:kommenden|nächsten) monat\b|\bnächsten monat\b": "month+1",
        r"\b(?:im )?(?:vergangenen|letzten|vorigen) monat\b|\bletzten monat\b": "month-1",
        r"\b(?:in der )?(?:kommenden|nächsten|folgenden) woche\b|\bnächste woche\b": "week+1",
        r"\b(?:in der )?(?:vergangenen|letzten|vorigen) woche\b|\bletzte woche\b": "week-1",
        r"\bvorgestern\b": "day-2", r"\bgestern\b": "day-1", r"\bheute\b": "day+0",
        # "morgen" = tomorrow, but "am (nächsten) Morgen", "heute Morgen" = a morning
        # (the words before are looked behind from its end: only where "morgen" stands)
        r"\bübermorgen\b": "day+2",
        r"\bmorgen\b(?<![A-ZÄÖÜ]morgen)(?<!\bam morgen)(?<!\bden morgen)(?<!\bdem morgen)"
        r"(?<!sten morgen)(?<!jeden morgen)(?<!einem morgen)(?<!heute morgen)"
        r"(?<!gestern morgen)(?! früh)": "day+1",
    },
    translit=(
        ("^st", "sht"), ("^sp", "shp"), ("ei", "ai"), ("eu", "oi"), ("äu", "oi"),
        ("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("ck", "k"), ("ß", "ss"),
        ("w", "v"), ("j", "y"), ("z", "ts"), ("ä", "e"), ("ö", "o"), ("ü", "u"),
    ),
    exonyms={
        "deutschland": "germany", "frankreich": "france", "russland": "russia",
        "schweiz": "switzerland", "österreich": "austria", "moskau": "moscow",
        "china": "china", "japan": "japan", "großbritannien": "britain", "england": "england",
        "usa": "usa", "vereinigten": "united", "spanien": "spain", "italien": "italy",
        "polen": "poland", "weißrussland": "belarus", "belarus": "belarus",
        "osze": "osce", "uno": "un", "eu": "eu", "nato": "nato", "kiew": "kyiv",
        "peking": "beijing", "wien": "vienna", "genf": "geneva", "rom": "rome",
        "warschau": "warsaw", "prag": "prague", "europa": "europe", "türkei": "turkey",
        "georgien": "georgia", "niederlande": "netherlands", "griechenland": "greece",
        "ungarn": "hungary", "schweden": "sweden", "dänemark": "denmark", "norwegen": "norway",
        "tschechien": "czechia", "litauen": "lithuania", "lettland": "latvia",
        "estland": "estonia", "kirgistan": "kyrgyzstan", "indien": "india",
        "mongolei": "mongolia", "syrien": "syria", "ägypten": "egypt", "belgien": "belgium",
        "ukraine": "ukraine", "rumänien": "romania", "bulgarien": "bulgaria",
        "kasachstan": "kazakhstan", "usbekistan": "uzbekistan", "tadschikistan": "tajikistan",
        "turkmenistan": "turkmenistan", "aserbaidschan": "azerbaijan", "armenien": "armenia",
        "moldau": "moldova", "moldawien": "moldova", "serbien": "serbia",
        "kroatien": "croatia", "slowakei": "slovakia", "slowenien": "slovenia",
        "finnland": "finland", "irland": "ireland", "portugal": "portugal",
        "schottland": "scotland", "kanada": "canada", "mexiko": "mexico",
        "brasilien": "brazil", "argentinien": "argentina", "iran": "iran", "irak": "iraq",
        "israel": "israel", "afghanistan": "afghanistan", "pakistan": "pakistan",
        "korea": "korea", "taiwan": "taiwan", "vietnam": "vietnam",
        "indonesien": "indonesia", "australien": "australia", "afrika": "africa",
        "asien": "asia", "amerika": "america", "sibirien": "siberia", "bayern": "bavaria",
        "sachsen": "saxony", "krim": "crimea", "kaukasus": "caucasus",
        "tschetschenien": "chechnya", "tibet": "tibet", "algerien": "algeria",
        "algier": "algiers", "holland": "netherlands", "sowjetunion": "soviet union",
        # cities and islands whose English name is not a spelling of the local one
        "münchen": "munich", "köln": "cologne", "nürnberg": "nuremberg",
        "hannover": "hanover", "neapel": "naples", "venedig": "venice", "mailand": "milan",
        "florenz": "florence", "lissabon": "lisbon", "athen": "athens",
        "kopenhagen": "copenhagen", "brüssel": "brussels", "antwerpen": "antwerp",
        "belgrad": "belgrade", "bukarest": "bucharest", "krakau": "krakow",
        "danzig": "gdansk", "breslau": "wroclaw", "straßburg": "strasbourg",
        "luzern": "lucerne", "kairo": "cairo", "damaskus": "damascus", "teheran": "tehran",
        "tiflis": "tbilisi", "rhodos": "rhodes", "kreta": "crete", "zypern": "cyprus",
        "sizilien": "sicily", "sardinien": "sardinia", "korsika": "corsica",
        # mountains, rivers and seas with a name of their own in each language
        "alpen": "alps", "karpaten": "carpathians", "pyrenäen": "pyrenees", "ural": "urals",
        "donau": "danube", "rhein": "rhine", "mittelmeer": "mediterranean",
        "nordsee": "north sea", "ostsee": "baltic",
    },
    place_adjective_suffixes=(
        # "kasachischen", "chinesische", "bayerischen"; "Moskauer", "Minsker" (invariable)
        "ischen", "ischer", "isches", "ischem", "ische", "isch", "er",
        # the feminine of a demonym in -er ("die Österreicherin", "Berlinerinnen")
        "erinnen", "erin",
    ),
    demonyms={
        "französisch": "france", "niederländisch": "netherlands", "holländisch":
        "netherlands", "deutsch": "germany", "britisch": "britain", "englisch": "england",
        "schweizerisch": "switzerland", "schweizer": "switzerland", "griechisch": "greece",
        "tschechisch": "czechia", "dänisch": "denmark", "schwedisch": "sweden", "finnisch":
        "finland", "norwegisch": "norway", "belgisch": "belgium", "amerikanisch": "usa",
        "weißrussisch": "belarus", "türkisch": "turkey", "ungarisch": "hungary",
        "österreichisch": "austria", "spanisch": "spain", "polnisch": "poland", "sowjetisch":
        "soviet union", "irisch": "ireland", "schottisch": "scotland", "walisisch": "wales",
        "bayerisch": "bavaria", "sächsisch": "saxony", "preußisch": "prussia",
        "russisch": "russia", "lettisch": "latvia",
    },
    name_stopwords=frozenset({
        "ich", "sie", "er", "es", "wir", "ihr", "der", "die", "das", "den", "dem", "des",
        "ein", "eine", "herr", "frau", "dr", "prof", "euro", "dollar", "rubel", "prozent",
        "milliarden", "millionen", "milliarde", "million", "mio", "mrd", "tausend",
        # function words that start sentences (capitalised there, and frequent in English
        # too, so the frequency test alone would take them for names)
        "am", "im", "in", "an", "auf", "bei", "mit", "nach", "von", "vom", "zum", "zur",
        "für", "aus", "um", "seit", "laut", "auch", "doch", "aber", "und", "oder", "wie",
        "wenn", "als", "so", "da", "dann", "nun", "hier", "dort", "man", "was", "wer",
        "dies", "diese", "dieser", "dieses", "mehr", "rund", "etwa", "ab", "bis", "nur",
    }),
    indefinite_articles=frozenset({"ein", "eine", "einer", "einem", "einen", "eines"}),
    name_titles=frozenset({
        "präsident", "präsidenten", "präsidentin", "kanzler", "kanzlerin", "minister",
        "ministerin", "herr", "herrn", "frau", "bürgermeister", "bürgermeisterin",
        "premierminister", "regierungschef", "chef", "chefin", "sprecher", "sprecherin",
        "staatschef", "autor", "autorin", "journalist", "journalistin", "politologe",
        "experte", "expertin", "direktor", "direktorin", "professor", "professorin",
        "dr.", "prof.", "bundeskanzler", "bundeskanzlerin", "politologin",
        "oppositionelle", "oppositionellen", "sänger", "sängerin", "schriftsteller",
        "schriftstellerin", "trainer", "unternehmer", "oligarch", "botschafter",
    }),
    common_noun_suffixes=(
        "ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "tät", "ismus",
        "ment", "nis", "nisse", "chen", "lein", "turm", "werk", "wesen", "sten", "stag",
        # plurals of the above, and "-erei" (Kletterei, Feilscherei)
        "schaften", "heiten", "keiten", "täten", "nissen", "erei", "ereien",
    ),
    articles=frozenset({
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines",
        "einen", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "kein", "keine",
        "dieser", "diese", "dieses", "jeder", "jede", "jedes", "sein", "seine", "ihr", "ihre",
        "unser", "unsere",
    }),
    inflection_endings=("ern", "ens", "en", "er", "es", "em", "e", "n", "s", ""),
    stem_restores=("", "e", "en", "n"),
    umlaut_plurals=True,
    compound_links=("", "s", "es", "n", "en", "e", "er"),
    capitalises_nouns=True,
    place_prepositions=frozenset({"in", "nach", "aus", "bei", "von", "nahe", "über", "zwischen"}),
    place_kinds=frozenset({
        "stadt", "hauptstadt", "großstadt", "kleinstadt", "gemeinde", "dorf", "ort",
        "ortschaft", "ortsteil", "stadtteil", "bezirk", "stadtbezirk", "kreis", "landkreis",
        "region", "provinz", "bundesstaat", "bundesland", "kanton", "insel", "metropole",
    }),
    location_prepositions=frozenset({"in", "im"}),
)
# fmt: on
