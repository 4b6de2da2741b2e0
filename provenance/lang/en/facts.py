"""English fact data: numbers, scales, currencies, dates, name spelling.

See provenance.lang.facts for what each field means.
"""

from provenance.lang.facts import FactsData

# fmt: off
DATA = FactsData(
    locatives=frozenset({"in", "at", "near", "outside"}),
    lang="en",
    decimal_sep=".",
    # SI style ("158 000") is used in English too; groups must be exactly three digits,
    # so "in 2019 100 people" stays two numbers
    space_groups=True,
    number_words={
        "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    },
    hundred_words={"hundred": 100},
    scale_words={
        "thousand": 1e3, "thousands": 1e3, "k": 1e3, "decade": 10, "decades": 10,
        "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
        "mln": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
        "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "tln": 1e12,
        # the Indian numbering system (Indian English news): "14 lakh" = 1.4 million
        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    },
    weak_number_words=frozenset({"one", "a", "an"}),
    number_connectors=frozenset({"and"}),
    ordinal_words={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20,
    },
    ordinal_suffix=r"(?:st|nd|rd|th)",
    fraction_words={"half": 0.5, "quarter": 0.25, "thirds": 1 / 3, "quarters": 0.25},
    fractions_after_article=frozenset({"half", "quarter", "quarters"}),
    hour_words=frozenset({"o'clock"}),
    night_of_day=r"(?i)^\s*(?:night|overnight)\b",
    clock_phrases={
        r"\bhalf\s+past\s+(?P<h>\w+)": 0.5,
        r"\b(?:a\s+)?quarter\s+past\s+(?P<h>\w+)": 0.25,
        r"\b(?:a\s+)?quarter\s+to\s+(?P<h>\w+)": -0.25,
    },
    day_point_before=r"at|by|until|till|after|before|around|about|past|from|since|towards?",
    am_pm=True,
    # "centenary" = "сто лет", "100-jähriges Bestehen": compared when the other side has
    # a number there, never reported alone
    soft_number_words={
        "both": 2, "dozen": 12, "dozens": 12, "twice": 2, "thrice": 3, "couple": 2,
        "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
    },
    stage_before=r"(?:\bround(?: of)?|\blast)\s+$",  # "round of 16", "round 16", "last 16"
    half_after=r"(?:\s+[^\W\d_]+)?\s+and\s+a\s+half\b",
    names_take_numbers=True,
    determiner_numbers=frozenset({"the two"}),  # "the two sides" = "both sides"
    ordinal_idiom_heads=frozenset({"round"}),  # "the second round" = "the runoff"
    currency_words={
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
        "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
        "franc": "CHF", "francs": "CHF", "pound": "GBP", "pounds": "GBP",
        "tenge": "KZT", "yen": "JPY",
    },
    percent_words=frozenset({"percent", "per cent", "pct", "%"}),
    approx_words=(
        "about", "around", "approximately", "roughly", "nearly", "almost", "some",
        "circa", "approx.", "close to", "more than", "over", "less than", "under",
        "up to", "at least",
    ),
    range_words=frozenset({"to", "and", "or", "-", "–", "—"}),  # "seven or eight"
    between_words={"between": "and"},
    decade_suffix=r"['’]?s\b",  # "the 1850s", "in his 20s", "the '90s"
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    weekdays={
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
        "saturday": 6, "sunday": 7,
    },
    year_words=frozenset({"year"}),
    year_prepositions=frozenset({"in", "since", "until", "till", "from", "by", "of"}),
    date_links=frozenset({"of"}),
    month_qualifiers=frozenset({"mid", "early", "late", "end", "beginning", "since", "until"}),
    night_before=r"\b(?:overnight|night)\s+(?:into|to)",
    relative_dates={
        r"\bnext year\b|\bthe coming year\b|\bthe following year\b": "year+1",
        r"\blast year\b|\bthe previous year\b|\bthe past year\b": "year-1",
        r"\bthis year\b": "year+0",
        r"\bnext month\b|\bthe coming month\b": "month+1",
        r"\blast month\b|\bthe previous month\b": "month-1",
        r"\bnext week\b|\bthe coming week\b": "week+1",
        r"\blast week\b|\bthe previous week\b": "week-1",
        r"\bthe day before yesterday\b": "day-2", r"\byesterday\b": "day-1",
        r"\btoday\b": "day+0", r"\bthe day after tomorrow\b": "day+2",
        r"\btomorrow\b": "day+1",
    },
    translit=(
        ("shch", "shch"), ("zh", "zh"), ("kh", "kh"), ("ch", "ch"), ("sh", "sh"), ("ts", "ts"),
        ("j", "dzh"), ("x", "ks"), ("ck", "k"), ("ee", "i"), ("oo", "u"),
    ),
    exonyms={
        "st": "sankt", "saint": "sankt", "kiev": "kyiv", "britain": "britain", "us": "usa",
        "america": "usa", "moldavia": "moldova", "byelorussia": "belarus",
        "kirghizia": "kyrgyzstan", "chechenia": "chechnya", "holland": "netherlands",
        "ussr": "soviet union",
    },
    place_adjective_suffixes=("ian", "ean", "ese", "ish", "an", "i"),
    demonyms={
        "french": "france", "dutch": "netherlands", "british": "britain", "swiss":
        "switzerland", "german": "germany", "english": "england", "welsh": "wales",
        "scottish": "scotland", "irish": "ireland", "greek": "greece", "czech": "czechia",
        "danish": "denmark", "swedish": "sweden", "finnish": "finland", "norwegian":
        "norway", "belgian": "belgium", "american": "usa", "turkish": "turkey",
        "hungarian": "hungary", "spanish": "spain", "polish": "poland", "uzbek":
        "uzbekistan", "kazakh": "kazakhstan", "kyrgyz": "kyrgyzstan", "tajik":
        "tajikistan", "turkmen": "turkmenistan", "afghan": "afghanistan", "thai":
        "thailand", "icelandic": "iceland", "austrian": "austria", "georgian": "georgia",
        "soviet": "soviet union",
    },
    name_heads=frozenset({
        "sea", "ocean", "river", "lake", "bay", "gulf", "strait", "island", "islands",
        "mountains", "forest", "desert", "square", "street", "avenue", "bridge", "house",
        "palace", "gate", "bank", "fund", "party", "front", "movement", "union", "court",
        "council", "assembly", "parliament", "ministry", "committee", "commission",
        "agency", "service", "guard", "army", "fleet", "church", "university", "academy",
        "republic", "region", "province", "district", "territory", "office", "department",
        "center", "centre", "day", "system", "association", "league", "club", "cup",
    }),
    inflection_endings=("s", ""),  # plurals: "Rescuers"
    name_stopwords=frozenset({
        "i", "the", "a", "an", "he", "she", "it", "we", "they", "mr", "mrs", "ms", "dr",
        "president", "prime", "minister", "chancellor", "mayor", "general", "professor",
        "russian", "german", "kazakh", "american", "european", "swiss", "french",
        "ukrainian", "chinese", "british", "soviet", "western", "eastern", "english",
        "kazakhstani", "russians", "germans", "americans", "europeans", "according",
        # title-case common words ("Foreign Minister", "Supreme Court")
        "foreign", "interior", "defence", "defense", "finance", "supreme", "federal",
        "national", "central", "state", "opposition", "political", "constitutional",
    }),
    indefinite_articles=frozenset({"a", "an", "another"}),
    name_titles=frozenset({
        "president", "chancellor", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
        "dr", "dr.", "mayor", "spokesman", "spokeswoman", "professor", "director",
        "journalist", "author", "expert", "analyst", "leader", "pm",
    }),
    location_prepositions=frozenset({"in", "at"}),
)
# fmt: on
