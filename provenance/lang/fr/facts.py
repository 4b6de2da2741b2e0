"""French fact data: numbers, scales, currencies, dates, name spelling.

See provenance.lang.facts for what each field means.
"""

from provenance.lang.facts import FactsData

# fmt: off
DATA = FactsData(
    locatives=frozenset({"à", "en", "près"}),
    lang="fr",
    decimal_sep=",",
    space_groups=True,
    number_words={
        "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
        "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    },
    hundred_words={"cent": 100, "cents": 100},
    scale_words={
        "mille": 1e3, "millier": 1e3, "milliers": 1e3, "décennie": 10, "décennies": 10,
        "million": 1e6, "millions": 1e6,
        "mio": 1e6, "mio.": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
        "milliard": 1e9, "milliards": 1e9, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
        "billion": 1e12, "billions": 1e12,
    },
    weak_number_words=frozenset({"un", "une"}),
    number_connectors=frozenset({"et"}),
    ordinal_words={
        "premier": 1, "première": 1, "premiers": 1, "premières": 1,
        "deuxième": 2, "second": 2, "seconde": 2,
        "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
        "huitième": 8, "neuvième": 9, "dixième": 10, "vingtième": 20,
    },
    ordinal_suffix=r"(?:er|re|e|ème|è)",
    fraction_words={
        "demi": 0.5, "demie": 0.5, "moitié": 0.5, "tiers": 1 / 3, "quart": 0.25, "quarts": 0.25,
    },
    fractions_after_article=frozenset({"quart", "demi", "demie"}),
    hour_words=frozenset({"h", "heure", "heures"}),
    # approximate counts ("une dizaine de mètres" = "rund zehn Meter"): they match the
    # number, but are never reported missing or added on their own
    half_after=r"(?:\s+[^\W\d_]+)?\s+et\s+demie?\b",
    # not "après" ("l'après midi", the afternoon)
    day_point_before=r"à|vers|avant|dès|depuis|jusqu'à|sur\s+le\s+coup\s+de",
    day_point_half=r"\s+et\s+demie?\b",
    names_take_numbers=True,  # "Ligue 1", "Formule 1", "France 2"
    soft_number_words={
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    },
    determiner_numbers=frozenset({"les deux"}),  # "les deux pays" = "beide Länder"
    ordinal_idiom_heads=frozenset({"tour"}),  # "au second tour" = "in the runoff"
    currency_words={
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
        "rouble": "RUB", "roubles": "RUB", "franc": "CHF", "francs": "CHF",
        "livre": "GBP", "livres": "GBP", "tenge": "KZT", "yen": "JPY", "yens": "JPY",
    },
    percent_words=frozenset({"pour cent", "pourcent", "%"}),
    approx_words=(
        "environ", "près de", "presque", "quelque", "quelques", "autour de", "à peu près",
        "plus de", "moins de", "jusqu'à", "au moins", "quasiment", "approximativement",
    ),
    range_words=frozenset({"à", "et", "ou", "-", "–", "—"}),
    between_words={"entre": "et"},
    decade_words=frozenset({"années"}),
    unit_links=frozenset({"de", "d'"}),  # "milliards d'euros", "millions de dollars"
    # no "sept" for September: as a word it is the number seven ("sept ans")
    months={
        "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3,
        "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
        "septembre": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
        "décembre": 12, "déc": 12,
    },
    weekdays={
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
        "dimanche": 7,
    },
    year_words=frozenset({"an", "année"}),
    year_prepositions=frozenset({"en", "depuis", "dès"}),
    night_before=r"\bnuit\s+d[eu]\s+\w+\s+(?:à|au)",  # "nuit de jeudi à vendredi"
    capitalises_months=False,
    relative_dates={
        r"\bl'année prochaine\b|\bl'an prochain\b|\bl'année suivante\b": "year+1",
        r"\bl'année dernière\b|\bl'an dernier\b|\bl'année passée\b": "year-1",
        r"\bcette année\b": "year+0",
        r"\ble mois prochain\b": "month+1", r"\ble mois dernier\b": "month-1",
        r"\bla semaine prochaine\b": "week+1", r"\bla semaine dernière\b": "week-1",
        r"\bavant-hier\b": "day-2", r"\bhier\b": "day-1", r"\baujourd'hui\b": "day+0",
        r"\baprès-demain\b": "day+2", r"\bdemain\b": "day+1",
    },
    translit=(
        ("tch", "ch"), ("ch", "sh"), ("dj", "zh"), ("j", "zh"), ("ou", "u"), ("ï", "i"),
        ("é", "e"), ("è", "e"), ("ê", "e"), ("x", "ks"),
    ),
    exonyms={
        "allemagne": "germany", "russie": "russia", "suisse": "switzerland",
        "autriche": "austria", "moscou": "moscow", "chine": "china", "japon": "japan",
        "angleterre": "england", "espagne": "spain", "italie": "italy", "pologne": "poland",
        "biélorussie": "belarus", "osce": "osce", "onu": "un", "ue": "eu", "otan": "nato",
        "kiev": "kyiv", "pékin": "beijing", "vienne": "vienna", "genève": "geneva",
        "varsovie": "warsaw", "europe": "europe", "turquie": "turkey",
        "géorgie": "georgia", "pays-bas": "netherlands", "grèce": "greece",
        "hongrie": "hungary", "suède": "sweden", "danemark": "denmark", "norvège": "norway",
        "tchéquie": "czechia", "lituanie": "lithuania", "lettonie": "latvia",
        "estonie": "estonia", "inde": "india", "mongolie": "mongolia", "syrie": "syria",
        "égypte": "egypt", "belgique": "belgium", "ukraine": "ukraine",
        "roumanie": "romania", "bulgarie": "bulgaria", "kazakhstan": "kazakhstan",
        "sibérie": "siberia", "bavière": "bavaria", "crimée": "crimea",
        "urss": "soviet union", "algérie": "algeria", "alger": "algiers",
        # cities and islands whose English name is not a spelling of the French one
        "cologne": "cologne", "nuremberg": "nuremberg", "hanovre": "hanover",
        "naples": "naples", "venise": "venice", "milan": "milan", "florence": "florence",
        "lisbonne": "lisbon", "athènes": "athens", "copenhague": "copenhagen",
        "bruxelles": "brussels", "anvers": "antwerp", "belgrade": "belgrade",
        "bucarest": "bucharest", "cracovie": "krakow", "dantzig": "gdansk",
        "strasbourg": "strasbourg", "lucerne": "lucerne", "caire": "cairo",
        "damas": "damascus", "téhéran": "tehran", "tbilissi": "tbilisi", "rhodes": "rhodes",
        "crète": "crete", "chypre": "cyprus", "sicile": "sicily", "sardaigne": "sardinia",
        "corse": "corsica",
        # mountains, rivers and seas with a name of their own in each language
        "alpes": "alps", "carpates": "carpathians", "pyrénées": "pyrenees", "oural": "urals",
        "danube": "danube", "rhin": "rhine", "méditerranée": "mediterranean",
    },
    demonyms={
        "français": "france", "française": "france", "allemand": "germany", "suisse":
        "switzerland", "russe": "russia", "anglais": "england", "britannique": "britain",
        "américain": "usa", "italien": "italy", "espagnol": "spain", "néerlandais":
        "netherlands", "autrichien": "austria", "polonais": "poland", "chinois": "china",
        "japonais": "japan", "ukrainien": "ukraine", "turc": "turkey", "turque": "turkey",
        "grec": "greece", "grecque": "greece", "belge": "belgium", "soviétique":
        "soviet union", "européen": "europe",
    },
    place_adjective_suffixes=(
        "iennes", "ienne", "iens", "ien", "aises", "aise", "ais", "oises", "oise", "ois",
        "aines", "aine", "ains", "ain",
    ),
    name_heads=frozenset({
        "mer", "océan", "fleuve", "lac", "golfe", "île", "îles", "forêt", "place", "rue",
        "pont", "maison", "palais", "banque", "fonds", "parti", "front", "union", "cour",
        "conseil", "assemblée", "parlement", "ministère", "comité", "commission", "agence",
        "république", "région",
    }),
    # plurals ("Sauveteurs", "Pitons"); capitals often drop the accent ("Etirements")
    inflection_endings=("s", "x", ""),
    unaccented_capitals={"e": ("é", "è", "ê")},
    name_stopwords=frozenset({
        "je", "il", "elle", "nous", "vous", "ils", "elles", "le", "la", "les", "un", "une",
        "m", "mme", "monsieur", "madame", "président", "ministre",
    }),
    indefinite_articles=frozenset({"un", "une"}),
    name_titles=frozenset({
        "président", "présidente", "chancelier", "chancelière", "ministre", "monsieur",
        "madame", "m.", "mme", "maire", "porte-parole", "professeur", "directeur",
    }),
    location_prepositions=frozenset({"à", "en", "dans", "au", "aux"}),
)
# fmt: on
