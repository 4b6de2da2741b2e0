"""English for the antonym check (see provenance.lang.antonyms): the lexicon lists its
inflections itself, so no lemmatiser is needed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance.lang.antonyms import AntonymHelpers, compared_standard, likeliest


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


_ENDINGS = ("ing", "est", "ed", "er", "es", "s")


def opposite(word: str, own: Sequence[str], opposites: Sequence[str]) -> str | None:
    """The opposite entry with the ending the word has beyond its own entry, the spelling
    English uses most ("rising" → "falling", "higher" → "lower" as listed, "stopped" →
    "started"); a listed form ("after", "won") takes the first opposite entry ("before",
    "lose": the encoder forgives the tense)."""
    low = word.lower()
    entry = next((e for e in own if low in inflections(e)), low)
    end = "" if low == entry else next((x for x in _ENDINGS if low.endswith(x)), "")
    if not end:
        return opposites[0] if opposites else None
    cands = [e for e in opposites if e.endswith(end)]
    cands += [f for e in opposites for f in sorted(inflections(e)) if f.endswith(end)]
    return likeliest(cands, "en") or (opposites[0] if opposites else None)


# English says "more freely" (the lexicon has "more"); its few synthetic comparatives of
# unlisted words are left out rather than loading a dictionary.
# "most of" (blanked as no amount: "most of the time") says "the majority of" ("most of
# the questions" = "большинство вопросов"), too loosely for the lexicon.
# Words that state a pole in one of their senses only: "know it well" (good; but "as
# well", "well-known", "Well, ..."), "I am fine" (but "a fine of $500"), "great strength"
# (large; also "a great player"), "the top flight" (high; also "top officials"). Not
# "may well" (likely), "well below" (far), "on top of that" (moreover).
_WEAK = {
    r"(?<!\bas\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)well\b(?![-,])"
    r"(?!\s+(?:over|under|above|below|ahead|behind|beyond|before|after)\b)": ("good", 1),
    r"(?<!\ba\s)fine\b(?!d)": ("good", 1),
    r"(?i:great)\b(?!-)": ("size", 1),
    r"(?<!\b[Oo]n\s)top\b(?!-)": ("height", 1),
}

_THAN = compared_standard("than")
# "more"/"less" before the word make it a comparative ("more dangerous than")
_ANALYTIC = re.compile(r"\b(?i:more|less)\s+$")


def compared(text: str, start: int, end: int) -> bool:
    """ "higher than", "worse than", "more dangerous than" (see `AntonymHelpers.compared`)."""
    word = text[start:end].lower()
    form = word.endswith("er") or word in ("worse", "less", "more")
    form = form or bool(_ANALYTIC.search(text, max(start - 6, 0), start))
    return form and bool(_THAN.match(text, end))


DATA = AntonymHelpers(
    compared=compared,
    lemma=_word,
    inflections=inflections,
    opposite=opposite,
    weak={
        r"(?i:most)\s+of\b": ("majority", 1),
        **_WEAK,
    },
)
