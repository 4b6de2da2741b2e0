"""German for the antonym check (see provenance.lang.antonyms): nouns end compounds,
"ss" is read as "ß", synthetic comparatives of unlisted words state "more"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from provenance.lang.antonyms import AntonymHelpers, compared_standard, likeliest


def fold(word: str) -> str:
    return word.replace("ß", "ss")


def noun_base(word: str) -> str | None:
    """The masculine of a feminine person noun ("gewinnerin", "gegnerinnen" → "gewinner",
    "gegner"): a candidate only; the check asks whether the lexicon lists it."""
    for suffix in ("innen", "in"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return None


_ARTICLES = frozenset(
    {
        "ein",
        "der",
        "kein",
        "mein",
        "sein",
        "ihr",
        "unser",
        "dieser",
        "jeder",
        "welcher",
        "mancher",
        "solcher",
        "aller",
    }
)
# German words whose inflected forms end in "-er" like a comparative ("einer", "keiner").
_DETERMINERS = frozenset(
    {
        "ein",
        "kein",
        "mein",
        "dein",
        "sein",
        "ihr",
        "unser",
        "euer",
        "jed",
        "dies",
        "jen",
        "welch",
        "manch",
        "solch",
        "all",
        "ander",
    }
)


def comparative(word: str, lemma: str, listed: Mapping[str, Any]) -> bool:
    """ "freier" = "more freely": a comparative of a word the lexicon does not know. (A
    known word's comparative keeps its own concept: "niedriger" is height-, not more.)"""
    if lemma == word or lemma in _DETERMINERS or listed.get(lemma):
        return False
    return word in (lemma + "er", lemma + "r")


# A nominalised comparative or superlative: "-er"/"-st" and an inflection ("Schlimmeres",
# "Besseren", "das Größte", "die Jüngsten"), not a bare "-er" ("Jünger", "Kleiner" are
# also surnames).
_NOMINALISED = re.compile(r"\w{2,}(?:er|st|ßt)(?:e|es|en|em|er)")


def nominalised(word: str) -> bool:
    return bool(_NOMINALISED.fullmatch(word))


def inflected_adjective(text: str, toks: Sequence[re.Match[str]], k: int) -> bool:
    """ "ein freier Mann", "wegen reichlicher Mengen" are inflections before a noun;
    "sprechen freier", "wird dünner" are comparatives."""
    before_noun = k + 1 < len(toks) and text[toks[k + 1].start()].isupper()
    return before_noun or (k > 0 and toks[k - 1].group(0) in _ARTICLES)


# An article or a preposition fused with one, before a name's capitalised adjective.
_NAME_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "im", "am", "vom", "zum", "zur", "beim", "ins"}
)
_ADJECTIVE_ENDING = re.compile(r"\w{2,}(?:e|en|er|es|em)")


def attributive(text: str, toks: Sequence[re.Match[str]], k: int) -> bool:
    """ "im Großen Saal", "die Kleine Anfrage": a name capitalises its adjective, inflected,
    between an article and the capitalised noun (not "das Große" alone, a noun)."""
    before_noun = k + 1 < len(toks) and text[toks[k + 1].start()].isupper()
    after_article = k > 0 and toks[k - 1].group(0).lower() in _NAME_ARTICLES
    return before_noun and after_article and bool(_ADJECTIVE_ENDING.fullmatch(toks[k].group(0)))


_PREPOSITIONS = {"vor": "nach", "nach": "vor"}
_UMLAUT = str.maketrans("aou", "äöü")


def _umlauted(stem: str) -> str:
    """ "groß" → "größ" (the comparative's vowel: "größer", "größten")."""
    k = max(stem.rfind(v) for v in "aou")
    return stem if k < 0 else stem[:k] + stem[k].translate(_UMLAUT) + stem[k + 1 :]


def opposite(word: str, own: Sequence[str], opposites: Sequence[str]) -> str | None:
    """A noun's first opposite noun after the word's own compound start
    ("Steuererhöhung" → "Steuerrückgang": the encoder reads the pole, not the idiom);
    another word's opposite entry with the longest of the word's endings beyond its lemma
    that makes a word German uses ("schlechte" → "gute", "kleinsten" → "größten"); a
    strong verb's opposite as listed (the encoder forgives the form)."""
    from provenance.util.lexicon import lower_lemma

    if word.lower() in _PREPOSITIONS:  # "vor dem Spiel" → "nach dem Spiel"
        return _PREPOSITIONS[word.lower()]
    if not opposites:
        return None
    if word[:1].isupper() and (nouns := [e for e in opposites if e[:1].isupper()]):
        low = fold(word.lower())
        head = next((h for h in own if h[:1].isupper() and low.endswith(fold(h.lower()))), "")
        start = word[: len(word) - len(head)] if head else ""
        return start + nouns[0].lower() if start else nouns[0]
    plain = [e for e in opposites if not e[:1].isupper()] or list(opposites)
    low, lemma = word.lower(), lower_lemma(word, "de")
    end = low[len(lemma) :] if low.startswith(lemma) else ""
    # the first entry with the longest of the word's endings that makes a word
    # ("kleinsten" → "größten")
    tries = (
        [s + end[k:] for s in dict.fromkeys((e, _umlauted(e)))]
        for e in plain
        for k in range(len(end))
    )
    out = next((w for t in tries if (w := likeliest(t, "de"))), plain[0])
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


# "nach" and "vor" state the order of events before a time or an event ("nach seiner
# Rückkehr", "vor dem Spiel", "nach Corona"), not as "according to" ("nach Angaben der
# Polizei"), a direction ("nach Hause", "nach vorne"), "above all", "on site" or "still"
# ("vor allem", "vor Ort", "nach wie vor"); nor as the particle of a verb, ending the
# clause ("legte ... ein Alternativkonzept vor", "ging dem Hinweis nach").
_PARTICLE = r"(?!\s*(?:[.,;:!?)\"“”»]|$))"
_NACH = (
    r"(?i:nach)\b(?!\s+(?:eigenen\s+|ersten\s+|offiziellen\s+)?\w*(?i:angaben|ansicht|meinung"
    r"|auffassung|einschätzung|schätzungen|berichten|informationen|erkenntnissen|aussagen?"
    r"|möglichkeit)\b)"
    r"(?!\s+(?:wie\s+vor|[Hh]ause|oben|unten|vorne?|hinten|links|rechts|außen|innen)\b)" + _PARTICLE
)
# "vor" before a bare noun of feeling or bodily state gives a cause, not an order: "weinte
# vor Freude" (wept for joy), "zitterte vor Kälte" (shivered with cold), "vor Wut" (in
# anger). German grammar puts the cause of an involuntary reaction after "vor" without an
# article; an event before which something happens takes one ("vor der Wahl").
_CAUSE = (
    r"(?:Freude|Glück|Wut|Zorn|Ärger|Angst|Furcht|Panik|Schreck|Entsetzen|Kälte|Hitze"
    r"|Schmerz(?:en)?|Hunger|Durst|Scham|Stolz|Aufregung|Erschöpfung|Müdigkeit|Rührung"
    r"|Neid|Eifersucht|Verzweiflung|Begeisterung|Lachen|Staunen|Überraschung|Trauer"
    r"|Erleichterung|Nervosität|Ungeduld|Schwäche|Lust|Liebe|Sorge|Langeweile)\b"
)
_VOR = (
    r"(?<!wie\s)(?i:vor)\b(?!\s+(?:allem|Ort|[Kk]urzem|[Ll]angem)\b)(?!\s+"
    + _CAUSE
    + ")"
    + _PARTICLE
)


# "vor" and "nach" are the order of events (strong, not only a weak cue) where their
# complement is an event or a time: after an adverb or a span of time ("kurz vor",
# "unmittelbar nach", "zwei Spieltage vor", "einen Tag nach"), or before a noun phrase
# that is no place ("nach Kalifornien"), no "according to" ("nach Angaben"), no "ago"
# ("vor drei Jahren") and follows no noun or verb that takes the preposition for
# another sense ("Angst vor", "Schutz vor", "Suche nach", "Forderung nach").
_UNIT = r"(?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr|Jahrzehnt|Jahrhundert)\w*"
_SPAN = r"(?:(?:kurz|unmittelbar|direkt|gleich|lange|bereits|schon|erst|knapp)|\w+\s+" + _UNIT + ")"
_DET = (
    r"(?:dem|der|den|des|einem|einer|eines|seinem|seiner|seinen|seines|ihrem|ihrer|ihren"
    r"|ihres|unserem|unserer|diesem|dieser|diesen|dieses|jedem|jeder|jenem|jener|\d+|zwei"
    r"|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|wenigen|einigen|mehreren"
    r"|vielen|fast|rund|etwa|knapp|gut|über)"
)
_ORDER = re.compile(
    r"(?:\b(?P<span>" + _SPAN + r")\s+)?(?<!wie\s)\b(?P<p>[Vv]or|[Nn]ach)\s+"
    r"(?!allem\b|Ort\b|wie\b|und\b)(?P<det>(?:" + _DET + r"\s+)*)"
    # after an article any few words ("vor den bereits offiziell angepeilten Rennen"),
    # else the noun at once ("vor Beginn"; not "Meinung nach ist die Lage")
    r"(?P<mid>(?:[a-zäöüß][\w-]*\s+){0,3})(?P<noun>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)"
)
_AGO = re.compile(
    r"(?:einem|einer|\d+|\w+en|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+$"
)
# other senses of "nach" ("nach Hause", "nach Art", "nach dem Gesetz"); the "according
# to" nouns are `_ACCORDING`'s
_NOT_AFTER = re.compile(
    r"schätzung|aussage|worten|hause|art|vorbild|motto|muster|maßgabe|plan|recht|gesetz|"
    r"paragraf|paragraph|artikel|vorschrift|vorschriften|möglichkeit"
)
# "according to" nouns are read by their end too, as compounds state the source
# ("Nach Polizeiangaben", "nach Medienberichten", "nach Erkenntnissen der Ermittler")
_ACCORDING = re.compile(
    r"\w*(?:angaben|berichten|informationen|erkenntnissen|einschätzung|schätzungen|"
    r"aussagen|darstellung|ansicht|meinung|auffassung|auskunft|recherchen|umfragen)"
    # data and figures only as such, not every word ending so ("Bezahlen", "Soldaten")
    r"|(?:\w*(?:umfrage|statistik|behörden|polizei|regierungs|markt)\w*)?(?:daten|zahlen)"
)
_NOT_BEFORE = re.compile(
    r"gericht|publikum|zuschauern|kamera|kameras|augen|tür|türen|haus|rathaus|gebäude|"
    r"mikrofon|journalisten|presse|ort|kurzem|langem"
)
# "vor Jahren", "vor Wochen" (no article: years ago)
_BARE_UNITS = re.compile(
    r"(?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren|Jahrzehnten|Jahrhunderten)"
)
_SENSE_WORD = re.compile(
    r"(?:angst|furcht|sorgen?|schutz|warnung\w*|warn\w*|gewarnt|schütz\w*|geschützt|respekt"
    r"|achtung|flucht|fl[io]h\w*|geflohen|ehrfurcht|panik|bewahr\w*|sicher|rett\w*|scheu"
    r"|ekel|such\w*|gesucht|nachfrage|forderung\w*|forder\w*|gefordert|frage\w*|frag\w*"
    r"|ruf|rufe|ruft|rufen|sehnsucht|bedarf|verlang\w*|greif\w*|streb\w*|riech\w*"
    r"|schmeck\w*|kling\w*|sieht|aussieht|wunsch|jagd|fahnd\w*|sehn\w*|gier|hunger|durst)"
)


def order_mentions(text: str) -> list[tuple[int, int, str, int]]:
    """The "vor"/"nach" of `text` that state the order of events (see above)."""
    from provenance.extract.name_data import place_ids

    out = []
    for m in _ORDER.finditer(text):
        before = m.group("p").lower() == "vor"
        name = m.group("noun")
        noun = name.split()[0].lower()
        if m.group("mid") and not m.group("det"):
            continue
        # these senses hold after a span adverb too ("schon vor drei Jahren" = three
        # years ago, "bereits nach Polizeiangaben")
        if before and _NOT_BEFORE.fullmatch(noun):
            continue
        if not before and (_NOT_AFTER.fullmatch(noun) or _ACCORDING.fullmatch(noun)):
            continue
        det = m.group("det")
        if before and not det and not m.group("mid") and re.match(_CAUSE, name):
            continue  # "vor Freude" = for joy
        if before and re.fullmatch(_UNIT, noun.title()) and _AGO.search(det):
            continue  # "vor drei Jahren" = three years ago
        if before and not det and _BARE_UNITS.fullmatch(name.split()[0]):
            continue  # "vor Jahren" = years ago
        if not m.group("span"):
            prev = re.search(r"(\w+)\s+$", text[max(m.start("p") - 30, 0) : m.start("p")])
            if prev and _SENSE_WORD.fullmatch(prev.group(1).lower()):
                continue
            if place_ids(name, "de") or place_ids(name.split()[0], "de"):
                continue  # "nach A Coruña", "nach Kalifornien"
        out.append((m.start("p"), m.end("p"), "order", -1 if before else 1))
    return out


_ALS = compared_standard("als")
# a comparative's ending, inflected or not ("höher", "niedrigere", "kälteren")
_COMPARATIVE_END = re.compile(r"\w{2,}(?:er|ere|eren|erem|erer|eres)")
_ANALYTIC = re.compile(r"\b(?i:mehr|weniger)\s+$")


def compared(text: str, start: int, end: int) -> bool:
    """ "höher als", "niedrigere Mieten als" (see `AntonymHelpers.compared`)."""
    form = bool(_COMPARATIVE_END.fullmatch(text, start, end))
    form = form or bool(_ANALYTIC.search(text, max(start - 9, 0), start))
    return form and bool(_ALS.match(text, end))


DATA = AntonymHelpers(
    compared=compared,
    nominalised=nominalised,
    attributive=attributive,
    fold=fold,
    noun_compounds=True,
    noun_base=noun_base,
    comparative=comparative,
    inflected_adjective=inflected_adjective,
    # "nicht" ends the clause or stands before the final verb, far from what it negates
    negation_reach=None,
    nominal_reach=2,
    opposite=opposite,
    # "weite Teile" = large parts (but "weit entfernt" is far; "weiter", "bei weitem":
    # further, by far), only before a noun
    # "längst" = long since (blanked as an idiom: as often "already", and "längst nicht" =
    # by far not), a cue only
    weak={
        _NACH: ("order", 1),
        _VOR: ("order", -1),
        r"weite[nms]?\s+[A-ZÄÖÜ]": ("size", 1),
        r"(?i:längst)\b(?!\s+nicht)": ("length", 1),
    },
    context=order_mentions,
)
