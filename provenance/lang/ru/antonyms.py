"""Russian for the antonym check (see provenance.lang.antonyms): pymorphy3 lemmas and
comparatives, "ё" read as "е"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from provenance.extract._text import ru_parse, ru_parses
from provenance.lang.antonyms import AntonymHelpers, compared_standard
from provenance.util.memo import per_word


def fold(word: str) -> str:
    return word.replace("ё", "е")


@per_word
def _parse(word: str) -> tuple[str, str | None]:
    """(normal form, part of speech) of a Russian word's likeliest parse."""
    p = ru_parse(word)  # the parse the extractors and other checks share
    return fold(p.normal_form), p.tag.POS


def lemma(word: str) -> str:
    # pymorphy3's normal form (not simplemma's), from the one parse `comparative` reads too
    return _parse(word)[0]


# A reading pymorphy3 scores below this is no lemma of the word for the lexicon.
MIN_READING = 0.05


@per_word
def lemmas(word: str) -> tuple[str, ...]:
    """The normal forms of a word's readings, likeliest first; readings pymorphy3 scores
    alike by the lemma the language uses more (wordfreq): "большим" is as likely
    "больший" (greater, an amount) as "большой" (big, a size), and "большой" is by far
    the commoner word; "старого" is likelier the noun "старое" (which states nothing)
    than "старый" (old), which the lexicon then reads."""
    from provenance.util.lexicon import zipf

    readings = [p for p in ru_parses(word) if p.score >= MIN_READING]
    readings.sort(key=lambda p: (-round(p.score, 3), -zipf(fold(p.normal_form), "ru")))
    return tuple(dict.fromkeys(fold(p.normal_form) for p in readings))


def comparative(word: str, lemma: str, listed: Mapping[str, Any]) -> bool:
    """A synthetic comparative ("свободнее") by pymorphy3's part of speech."""
    return _parse(word)[1] == "COMP"


_ADJECTIVAL = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "COMP"})
_VERBAL = frozenset({"VERB", "INFN"})


def _kin(a: str | None, b: str | None) -> bool:
    return a == b or {a, b} <= _ADJECTIVAL or {a, b} <= _VERBAL


def opposite(word: str, own: Sequence[str], opposites: Sequence[str]) -> str | None:
    """The first opposite entry of the word's part of speech (and aspect, for a verb),
    inflected by pymorphy3 to the word's case, number, gender, tense and person
    ("победу" → "поражение", "начали" → "прекратили", "высокого" → "низкого")."""
    tag = ru_parse(word.lower()).tag
    wanted = {tag.case, tag.number, tag.gender, tag.tense, tag.person, tag.mood} - {None}
    if tag.POS == "COMP":
        wanted = {"COMP"}
    for e in opposites:
        for q in ru_parses(e):
            if _kin(q.tag.POS, tag.POS) and (tag.POS not in _VERBAL or q.tag.aspect == tag.aspect):
                form = q.inflect(wanted) if wanted else None
                return (form or q).word
    return opposites[0] if opposites else None


# "перед" before a lower-case word that is no pronoun ("перед большими матчами", "перед
# началом") states the order of events like German "vor dem Spiel"; "in front of" ("перед
# зданием") is left to the check's confirmation of its complement. "до" stays a weak cue
# ("до 30 процентов" = up to).
_BEFORE = re.compile(
    r"(?<![\w-])(?i:перед)(?=\s+[а-яё])"
    r"(?!\s+(?:тем|сих|тех|них|него|нее|неё|нас|вас|ним|ней|нами|вами|ними|собой|мной|лицом)\b)"
)


def order_mentions(text: str) -> list[tuple[int, int, str, int]]:
    """The "перед" of `text` that state the order of events (see above)."""
    return [(m.start(), m.end(), "order", -1) for m in _BEFORE.finditer(text)]


_CHEM = compared_standard("чем")
_ANALYTIC = re.compile(r"(?<!\w)(?i:более|менее)\s+$")
_NEXT = re.compile(r"\s+([а-яё]+)")
_NOMINAL = frozenset({"NOUN", "ADJF", "NPRO", "PRTF", "NUMR"})


def compared(text: str, start: int, end: int) -> bool:
    """ "выше, чем", "более опасный, чем", and the genitive of comparison "выше
    прошлогоднего" (see `AntonymHelpers.compared`)."""
    word = text[start:end].lower()
    synthetic = any(p.tag.POS == "COMP" for p in ru_parses(word))
    if not synthetic and not _ANALYTIC.search(text, max(start - 7, 0), start):
        return False
    if _CHEM.match(text, end):
        return True
    after = _NEXT.match(text, end)  # a lower-case genitive right after a synthetic one
    if not synthetic or after is None or ru_parse(after[1]).tag.POS not in _NOMINAL:
        return False  # "выше в Москве": a preposition, no standard
    return any("gent" in p.tag and p.tag.POS in _NOMINAL for p in ru_parses(after[1]))


DATA = AntonymHelpers(
    compared=compared,
    fold=fold,
    lemma=lemma,
    lemmas=lemmas,
    comparative=comparative,
    opposite=opposite,
    # "до" and "перед" state "before" before a time or an event ("до выборов", "перед
    # матчем"), not before a number ("до 30 процентов" = up to), a name or a pronoun
    # ("извинился перед Ким", "перед нами" = in front of us), nor in "до сих пор" (still):
    # only before a lower-case word that is no pronoun.
    weak={
        r"(?<!вплоть\s)(?i:до|перед)(?=\s+[а-яё])"
        r"(?!\s+(?:сих|тех|них|него|нее|неё|нас|вас|ним|ней|нами|вами|ними|собой|мной)\b)": (
            "order",
            -1,
        ),
        # "давно" = for a long time (or long ago)
        r"(?i:давн(?:о|енько))\b": ("length", 1),
        # a loss of weight, which English states with "lose" (the lexicon's loss):
        # "похудел на восемь килограммов" = "lost eight kilograms", "избавиться от
        # лишних килограммов" = "lose the extra kilos", "сбросить набранный за период
        # самоизоляции лишний вес" = "lose the excess weight gained during ..."
        r"(?i:похуде)\w*|(?i:избав)\w*\s+от\s+(?:\S+\s+){0,2}?(?:кило|кг\b|вес(?:а|у|ом|е)?\b)"
        r"|(?i:сбр[оа]с|скин|скидыв)\w*\s+(?:\S+\s+){0,5}?(?:кило|кг\b|вес(?:а|у|ом|е)?\b)": (
            "win",
            -1,
        ),
    },
    context=order_mentions,
)
