"""English for the antonym check (see provenance.lang.antonyms): the lexicon lists its
inflections itself, so no lemmatiser is needed."""

from __future__ import annotations

from provenance.lang.antonyms import AntonymHelpers


def _word(word: str) -> str:
    return word


def inflections(lemma: str) -> tuple[str, ...]:
    """A lemma's regular English inflections, so the lexicon needs no lemmatiser for
    English: rise → rises, rising, risen is listed; ban → bans, banned, banning; safe →
    safer, safest. Over-generated forms ("riseer") match nothing and cost nothing."""
    forms = {lemma}
    if " " in lemma:
        return (lemma,)
    stem = lemma
    if lemma.endswith("e"):
        stem = lemma[:-1]
        forms |= {lemma + "s", lemma + "d", stem + "ing", lemma + "r", lemma + "st"}
    elif len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1] + "i"
        forms |= {stem + "es", stem + "ed", lemma + "ing", stem + "er", stem + "est"}
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing", lemma + "er", lemma + "est"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing", lemma + "er", lemma + "est"}
        # Short closed syllables double the consonant: ban → banned, big → bigger.
        cvc = len(lemma) <= 5 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou"
        if cvc and (len(lemma) < 3 or lemma[-3] not in "aeiou"):
            d = lemma + lemma[-1]
            forms |= {d + "ed", d + "ing", d + "er", d + "est"}
    return tuple(forms)


# English says "more freely" (the lexicon has "more"); its few synthetic comparatives of
# unlisted words are left out rather than loading a dictionary.
DATA = AntonymHelpers(lemma=_word, inflections=inflections)
