"""Misspelled common words, told apart from rare names.

A translator's typo is capitalised where the word is (a German noun, a title: "Federal
Minster", "Wissenschaflter", "Grenezn") and rare in the word lists, so it looks like a name
found on one side only. `misspelling(word, lang)` finds the frequent word it misspells: one
edit away (a letter dropped, added or replaced, two neighbours swapped), also as the last
part of a compound ("Masseninfekton" = Massen + Infektion), and far more frequent than the
word itself. A name is rarely one edit from a frequent word and far rarer than it: names
that are (Bowen / bowel) are themselves frequent enough in the news to fail the gap.
"""

from __future__ import annotations

from provenance import lang as lang_data
from provenance.util import lexicon
from provenance.util.memo import memoised

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
    index = lexicon._index(lang)
    if index is None:
        return None
    best, best_z = None, floor
    for w in words:
        if w in index:
            z = lexicon.zipf(w, lang)
            if z >= best_z:
                best, best_z = w, z
    return best


@memoised(1 << 14)
def misspelling(word: str, lang: str) -> str | None:
    """The frequent word of `lang` that `word` misspells by one edit, itself or as the last
    part of a compound (returned whole: "massen" + "infektion"); None if there is none."""
    low = word.lower()
    if len(low) < SHORTEST or not low.isalpha():
        return None
    # A typo is (almost) never written: a name is, in the news of its own language and
    # of its neighbours (Strobl, Pjanic, Gehlot are all attested).
    if max(lexicon.zipf(low, o) for o in _neighbours(lang)) >= ATTESTED:
        return None
    own = lexicon.zipf(low, lang)
    alphabet = _ALPHABETS.get(_script(lang))
    if alphabet is None:
        return None
    found = _known(_edits(low, alphabet), lang, max(FREQUENT, own + GAP))
    if found is not None:
        return found
    # a compound whose head is a word and whose tail is misspelled
    for i in range(SHORTEST_PART, len(low) - SHORTEST_PART + 1):
        head, tail = low[:i], low[i:]
        if lexicon.zipf(head, lang) < FREQUENT:
            continue
        fixed = _known(_edits(tail, alphabet), lang, FREQUENT)
        if fixed is not None and lexicon.zipf(tail, lang) + GAP <= lexicon.zipf(fixed, lang):
            return head + fixed
    return None


def _script(lang: str) -> str:
    return "cyrillic" if lang in lang_data.in_script("cyrillic") else "latin"


def _neighbours(lang: str) -> tuple[str, ...]:
    """The languages written in `lang`'s script (itself included)."""
    return lang_data.in_script(_script(lang)) or (lang,)
