"""Schema of the fact data each language provides (`provenance/lang/<code>/facts.py`).

The numbers, dates and names extractors (`provenance.extract`) read only this data, so
adding a language is one new data file. All word keys are lower case. For languages with
`lemmatize=True` (Russian) word keys are *lemmas*: the extractor folds every inflected
form ("трёх", "двадцати", "июня") to its lemma with pymorphy3 before looking it up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Currency symbols are the same in every language.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "₽": "RUB",
    "£": "GBP",
    "₸": "KZT",
    "¥": "JPY",
    "CHF": "CHF",
    "USD": "USD",
    "EUR": "EUR",
    "RUB": "RUB",
    "KZT": "KZT",
    "GBP": "GBP",
    "JPY": "JPY",
}


@dataclass(frozen=True)
class FactsData:
    """Numbers, dates and name conventions of one language."""

    lang: str
    # --- digits -----------------------------------------------------------------
    decimal_sep: str  # "," (de, ru, fr) or "." (en)
    # Whether a plain space may group thousands ("1 000" in ru/fr); NBSP and thin
    # spaces always may.
    space_groups: bool
    # --- number words -----------------------------------------------------------
    # Cardinals that add (0..19, tens, and for ru the hundreds "двести" ...).
    number_words: dict[str, int]
    # Words that multiply what came before by 100 ("hundred", "hundert", "cent").
    hundred_words: dict[str, int]
    # Scale words and abbreviations (without trailing dot): "mio" -> 1e6.
    scale_words: dict[str, float]
    # Number words that are also articles/pronouns ("ein", "one", "un"): counted only
    # right before a scale word ("eine Milliarde").
    weak_number_words: frozenset[str]
    # Words joining parts of one spelled-out number ("and", "und", "et").
    number_connectors: frozenset[str]
    # Ordinal words -> value ("third", "dritte", "третий").
    ordinal_words: dict[str, int]
    # Regex for an ordinal suffix right after digits ("st|nd|rd|th"), "" for none.
    ordinal_suffix: str
    # Morphemes of compound number words written as one token (German
    # "fünfundzwanzig"); empty when the language writes them apart.
    compound_morphemes: dict[str, int] = field(default_factory=dict)
    # Fractions ("Drittel", "треть", "half"): value, multiplying a scale word after them
    # ("eine halbe Million"). English "a third" is read from the ordinal after "a".
    fraction_words: dict[str, float] = field(default_factory=dict)
    # Fraction words that are fractions only after an article or number ("a half",
    # "one quarter"; but "the first half", "last quarter").
    fractions_after_article: frozenset[str] = frozenset()
    # Words that make a number a clock time ("Uhr", "час", "o'clock").
    hour_words: frozenset[str] = frozenset()
    # Whether clock times take "a.m."/"p.m." ("8pm"); elsewhere "am" is a word
    # ("19 am Impfstoff arbeitende Kandidaten").
    am_pm: bool = False
    # Words after a clock time that put it after noon ("вечера", "abends"), lemma form.
    pm_words: frozenset[str] = frozenset()
    # A night named by the evening it starts: a night word in the weekday or right after
    # it ("Saturday night", "Samstagnacht", "в субботу ночью"), searched in the weekday and
    # the text after it. Translators render it by the day the night ends (`night_before`:
    # "in the night to Sunday") and the other way round; compare reads the two as one night.
    night_of_day: str = ""
    # Numbers that are determiners as often as counts ("beide", "both", "оба"): they
    # match a number on the other side ("die beiden Länder" = "the two countries") but
    # are never reported missing or added on their own.
    soft_number_words: dict[str, int] = field(default_factory=dict)
    # An article and a number word that together act as a determiner ("the two sides" =
    # "both sides" = "стороны"; "les deux pays"): the number is soft there.
    determiner_numbers: frozenset[str] = frozenset()
    # Nouns (lemma, lower case) after which an ordinal is part of a set phrase that other
    # languages say in one word ("во втором туре" = "in the runoff" = "in der Stichwahl"):
    # the ordinal is soft there, matched when the other side has one, never reported alone.
    ordinal_idiom_heads: frozenset[str] = frozenset()
    # --- units --------------------------------------------------------------------
    currency_words: dict[str, str] = field(default_factory=dict)  # word -> ISO code
    percent_words: frozenset[str] = frozenset()
    # Unit words CLDR does not list (lower case) -> CLDR unit id ("Stundenkilometer").
    unit_words: dict[str, str] = field(default_factory=dict)
    # Phrases that soften a number ("rund", "около", "about", "more than").
    approx_words: tuple[str, ...] = ()
    # Words joining two numbers of a range ("bis", "до", "to", "and" after "between").
    range_words: frozenset[str] = frozenset()
    # A word that opens a range and the word that then joins its bounds ("zwischen" ...
    # "und", "entre" ... "et", "между" ... "и"): "zwischen 2 und 5" = "2-5".
    between_words: dict[str, str] = field(default_factory=dict)
    # Words between a number and its unit ("millions de dollars", "d'euros"); an elided
    # form ends with its apostrophe.
    unit_links: frozenset[str] = frozenset()
    # Endings glued to digits that make a decade: "1850s", "50er", "90-х" (regex).
    decade_suffix: str = ""
    # Words before a number that make it a decade: French "les années 1960", "années 50".
    decade_words: frozenset[str] = frozenset()
    # Before digits or a number word, words that make it the name of a stage of a
    # tournament, not a count (regex, matched on lower-cased text ending there): "the
    # round of 16", "the last 16" = "Achtelfinale". Such a number is weak evidence.
    stage_before: str = ""
    # Whether a capitalised word inside a sentence followed by digits names a thing with a
    # number ("Catch 22", "Windows 10", "Formula 1", "Ligue 1"): the digits are part of a
    # name there, weak evidence of a quantity. Not in languages that capitalise nouns
    # ("dass die Polizei 30 Personen festnahm") or put a count after a place in the
    # sentence's first phrase ("В Москве 30 человек").
    names_take_numbers: bool = False
    # Stems of numbers that open a compound word ("пятимильный", "двухлетний",
    # "трёхкомнатный"): the number is soft, said as a number of its own in another
    # language ("five mile", "two-year") as often as in one word.
    compound_prefixes: dict[str, int] = field(default_factory=dict)
    # After a number (and its noun), the words that add a half (regex, matched right after
    # the number's unit or noun): "deux longueurs et demie" = "zweieinhalb Seillängen",
    # "an hour and a half" = "anderthalb Stunden", "un mètre et demi".
    half_after: str = ""
    # Prefixes that make a half of the word after them, a unit in its genitive:
    # "полгода" = "half a year", "полчаса", "полумесяца".
    half_prefixes: tuple[str, ...] = ()
    # Clock times said by a part of an hour (regex with a group "h", the hour named, in
    # digits or a word) -> hours to add to it: "halb neun" = 8:30 (-0.5), "Viertel nach
    # acht" (+0.25), "half past eight" (+0.5), "quarter to nine" (-0.25).
    clock_phrases: dict[str, float] = field(default_factory=dict)
    # Noon and midnight as clock times ("at noon" = "um 12 Uhr"): the words come from
    # CLDR's day periods (babel), these forms -> hours add what CLDR lacks (German has no
    # noon) or what the lemmatiser misses. A word counts only right after a preposition of
    # time (`day_point_before`, a regex of the prepositions): "zu Mittag essen" (lunch),
    # "Mittagspause", "a noon rally" are no times. `day_point_half` after the word adds
    # half an hour ("midi et demi" = 12:30).
    day_points: dict[str, float] = field(default_factory=dict)
    day_point_before: str = ""
    day_point_half: str = ""
    # Stems of the adjectives a number compounds with a unit ("zweiwöchige",
    # "14-tägige", "двухнедельный", "76-летний") -> the unit: "two-week" = "14-day".
    unit_stems: dict[str, str] = field(default_factory=dict)
    # --- dates ----------------------------------------------------------------------
    months: dict[str, int] = field(default_factory=dict)  # every form and abbreviation
    weekdays: dict[str, int] = field(default_factory=dict)  # Monday = 1
    # Words that mark a 4-digit number as a year ("Jahr", "год", "year"), lemma form.
    year_words: frozenset[str] = frozenset()
    # Prepositions after which a 4-digit number is a year even before 1900 ("in 1712",
    # "seit 1860", "depuis 1848"), unless a unit follows ("in 1500 Metern").
    year_prepositions: frozenset[str] = frozenset()
    # Words between a day and its month ("the 20th of July").
    date_links: frozenset[str] = frozenset()
    # Before a weekday, words naming the night that ends on it ("Nacht zum", "в ночь на"),
    # as a regex: "in der Nacht zum Sonntag" = "Saturday night".
    night_before: str = ""
    # Whether month names are capitalised (en, de); where they are not (fr, ru) a
    # capitalised month word inside a sentence is a name ("Mars").
    capitalises_months: bool = True
    # Relative date expressions: regex (matched on lower-cased text) -> code such as
    # "year+1" ("im kommenden Jahr", "в следующем году", "next year").
    relative_dates: dict[str, str] = field(default_factory=dict)
    # Lower-case words before a month name that place a date in the month ("mid",
    # "late"): capitalised at a sentence start they make no name of it ("Mid August").
    month_qualifiers: frozenset[str] = frozenset()
    # --- names ----------------------------------------------------------------------
    # Ordered spelling rules from this language's romanisation (or script) to the common
    # phonetic Latin used to match names across languages ("sch" -> "sh" in German,
    # "ж" -> "zh" in Russian). A rule starting with "^" is a regex for the word start.
    translit: tuple[tuple[str, str], ...] = ()
    # Other romanisations a name in this script may follow, as ordered regex rules to
    # Latin spelled the English way: Russian renders Chinese names by the Palladius
    # system (Си Цзиньпин = Xi Jinping).
    romanisations: tuple[tuple[tuple[str, str], ...], ...] = ()
    # Names whose local form is not a spelling of the English one ("Deutschland",
    # "Германия", "OSZE"): lower-case form (lemma for ru) -> English name. Countries and
    # regions are listed even when spelled alike ("ukraine"): the English names of all
    # languages' tables are the known places, names even at a sentence start.
    exonyms: dict[str, str] = field(default_factory=dict)
    # Endings that make an adjective or demonym of a place name ("-инский" in
    # "Актюбинская", "-ischen" in "kasachischen", "-ian" in "Belarusian"; lemma forms for
    # ru). Each ending that fits gives a stem, matched as a fuzzy prefix of the other
    # side's name ("актюб" ~ "Aktöbe", "kasach" ~ "Kazakhstan").
    place_adjective_suffixes: tuple[str, ...] = ()
    # Adjectives and demonyms that are no stem of their place's name ("French", "Dutch",
    # "niederländisch", "немецкий"): base form (lemma for ru; de without its inflection
    # ending) -> English place name. Matched like a stem ("Dutch" = "нидерландский").
    demonyms: dict[str, str] = field(default_factory=dict)
    # Common nouns that end descriptive names, which are translated rather than spelled
    # out ("Black Sea" = "Чёрное море", "National Bank"): a name made of such a head and
    # common words only is matched but not reported missing or added on its own.
    name_heads: frozenset[str] = frozenset()
    # Prepositions that take a bare place name ("in Mamming", "nach Eggenfelden"): in a
    # language that capitalises nouns, a rare word right after one is a place, where a
    # common noun would need an article ("im Landkreis", "in der Stadt").
    place_prepositions: frozenset[str] = frozenset()
    # Prepositions of where something happens ("in Kyiv", "в Минске", "à Paris"; not of
    # direction or origin: "pressure from Beijing" is its government): a capital and a
    # country each after one are two places, not the metonymy of a government ("Moscow
    # denied" / "Russia denied").
    location_prepositions: frozenset[str] = frozenset()
    # Nouns of a kind of place that a bare place name follows in apposition ("die Stadt
    # Oakland", "im Landkreis Passau"): in a language that capitalises nouns, the word
    # after one is a place as after a place preposition.
    place_kinds: frozenset[str] = frozenset()
    # Prepositions of place ("in Wiltshire", "в Костанае", "à Genève"): a name right after
    # one is a place, whatever the data knows, so no pronoun ("he", "she") stands for it.
    locatives: frozenset[str] = frozenset()
    # Capitalised words that are not names (titles, demonyms, pronouns) in this language.
    name_stopwords: frozenset[str] = frozenset()
    # Words that announce a person's name ("Präsident", "Herr", "президент").
    name_titles: frozenset[str] = frozenset()
    # Endings of common nouns (German capitalises every noun: "-ung", "-heit").
    common_noun_suffixes: tuple[str, ...] = ()
    # Articles and determiners: a capitalised word right after one is a common noun in
    # a language that capitalises nouns ("die Regierung").
    articles: frozenset[str] = frozenset()
    # Indefinite determiners ("a", "ein", "un", "один"): a title after one introduces
    # somebody new ("ein Politologe"), not the person named before.
    indefinite_articles: frozenset[str] = frozenset()
    # Inflection endings (longest first) and what a stem may need back to be a
    # dictionary form: "Gerölls" -> "geröll", "Schrammen" -> "schramme", "Kletterer" ->
    # "klettern"; "sauveteurs" -> "sauveteur". Used to tell a capitalised common word
    # (a word of this language's vocabulary, by wordfreq) from a name.
    inflection_endings: tuple[str, ...] = ()
    stem_restores: tuple[str, ...] = ("",)
    # Whether a plural may umlaut the stem ("Grenzübergänge" -> "Grenzübergang").
    umlaut_plurals: bool = False
    # Linking elements between the parts of a compound ("Tag-es-anbruch"); empty for
    # languages that do not write compounds as one word.
    compound_links: tuple[str, ...] = ()
    # Letters capitals often write without their accent: French "Etirements" =
    # "étirements" (plain initial letter -> accented forms).
    unaccented_capitals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Whether every noun is capitalised (German): names then need lexical evidence.
    capitalises_nouns: bool = False
    # Fold words to lemmas with pymorphy3 before lookups (Russian).
    lemmatize: bool = False
