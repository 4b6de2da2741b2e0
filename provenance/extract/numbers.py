"""Quantities in text: digits in every local notation, number words, scales, units, ranges.

    extract_numbers("около 200 млрд долларов", "ru")
    # [Quantity(value=2e11, unit="USD", approx=True, text="200 млрд долларов", ...)]

Notation is normalised away ("1.000,5" de = "1,000.5" en = "1 000,5" ru; "Mrd." =
"Milliarden" = "млрд" = "billion" = 1e9; German "Billion" = 1e12), so that comparing
two `Quantity.value`s compares meaning. Spans of dates (see `extract.dates`) are
skipped: the "9" of "9 June" is a date.
"""

from __future__ import annotations

import dataclasses
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from operator import attrgetter

import babel

from provenance.extract._text import Token, facts, lemma, phrase_regex, ru_parses, tokens
from provenance.extract.dates import extract_dates
from provenance.extract.name_data import place_ids
from provenance.extract.units import dimension, measure_after
from provenance.lang.facts import CURRENCY_SYMBOLS, FactsData
from provenance.util.memo import memoised

_SPACES = "\u00a0\u202f\u2009"
_DIGIT = re.compile(r"\d")
_START, _TEXT, _LEMMA = attrgetter("start"), attrgetter("text"), attrgetter("lemma")


@dataclass(frozen=True)
class Quantity:
    """One number as said in the text, normalised.

    `unit` is "%" or an ISO currency code (or None); `high` is the upper bound of a
    range ("3-5%": value 3, high 5); `approx` marks a softened number ("rund 200").
    """

    value: float
    start: int
    end: int
    text: str
    unit: str | None = None
    approx: bool = False
    high: float | None = None
    ordinal: bool = False
    fraction: bool = False  # "ein Drittel", "half a million" (no range with a fraction)
    # Compared when the other side has a number there, never reported missing or added
    # alone: a determiner-like number ("beide", "both"), a bare scale ("Thousands of"),
    # a fraction on its own ("die Hälfte"), part of a name or code ("TSV 1860", "A 81",
    # "COVID-19", "die Zweite Liga"), a decade ("the 1850s").
    soft: bool = False
    # Weak evidence of a quantity: an ordinal ("third", "16th") or a small number
    # spelled out ("zwei", "six"), which translators render as a word of another kind
    # ("zweimal", "sechsmonatige", "Vierter"). Reported missing or added as minor only.
    weak: bool = False
    decade: bool = False  # "the 1850s", "in his 20s", "50er": compared by the decade
    # "noon", "midnight": a clock time that says its half of the day; weak, as translators
    # say it in a word the other side lacks ("am Samstagmittag" = "on Saturday around noon")
    day_point: bool = False
    # Part of a name or code ("Sechzig" for TSV 1860, "Schalke 04", "die Zweite Liga"):
    # soft; the other side may say the name with another number or none ("1860 Munich").
    name: bool = False

    @property
    def label(self) -> str:
        """Hop-independent name of the value: "2e+11", "3-5%"."""
        v = f"{self.value:g}" + (f"-{self.high:g}" if self.high is not None else "")
        return v + (self.unit or "")

    def same_value(self, other: Quantity, tolerance: float = 0.0) -> bool:
        def close(a: float, b: float) -> bool:
            return math.isclose(a, b, rel_tol=max(tolerance, 1e-9), abs_tol=1e-9)

        if not close(self.value, other.value):
            return False
        if (self.high is None) != (other.high is None):
            return False
        return self.high is None or close(self.high, other.high)  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Patterns:
    digits: re.Pattern[str]
    approx: re.Pattern[str]
    unit: re.Pattern[str]
    symbol_before: re.Pattern[str]
    ordinal_suffix: re.Pattern[str] | None
    decade: re.Pattern[str] | None


@cache
def _patterns(code: str) -> _Patterns:
    data = facts(code)
    seps = f".,{_SPACES}" + (" " if data.space_groups else "")
    digits = re.compile(
        rf"(?<![\w.,])(?:\d{{1,3}}(?:[{re.escape(seps)}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
    )
    approx = re.compile(rf"(?:^|[\s(])(?:{phrase_regex(data.approx_words)})\s*$", re.IGNORECASE)
    syms = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
    unit = re.compile(rf"[\s{_SPACES}]*(?:(%)|({'|'.join(re.escape(s) for s in syms)})(?![\w]))")
    symbol_before = re.compile(rf"(?:{'|'.join(re.escape(s) for s in syms)})[\s{_SPACES}]?$")
    suffix = re.compile(data.ordinal_suffix + r"(?!\w)") if data.ordinal_suffix else None
    decade = re.compile(data.decade_suffix) if data.decade_suffix else None
    return _Patterns(digits, approx, unit, symbol_before, suffix, decade)


def parse_digits(s: str, code: str) -> float:
    """The value of a digit string in the notation of language `code`."""
    s = re.sub(f"[ {_SPACES}]", "", s)
    dec = facts(code).decimal_sep
    dots, commas = s.count("."), s.count(",")
    if dots and commas:  # both: the last one is the decimal mark
        if s.rfind(".") > s.rfind(","):
            return float(s.replace(",", ""))
        return float(s.replace(".", "").replace(",", "."))
    for mark in (".", ","):
        n = s.count(mark)
        if n == 0:
            continue
        tail = s.rsplit(mark, 1)[1]
        if n > 1 or (len(tail) == 3 and mark != dec):
            return float(s.replace(mark, ""))  # thousands separator
        return float(s.replace(mark, "."))
    return float(s)


@lru_cache(maxsize=16)
def _longest_first(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(keys, key=len, reverse=True))


def _german_compound(word: str, morphemes: dict[str, int]) -> float | None:
    """Value of a German number written as one word ("fünfundzwanzig", "zweihundert")."""
    parts: list[int] = []
    i = 0
    keys = _longest_first(tuple(morphemes))
    while i < len(word):
        for k in keys:
            if word.startswith(k, i):
                parts.append(morphemes[k])
                i += len(k)
                break
        else:
            return None
    if len(parts) < 2:
        return None
    total = current = 0
    for p in parts:
        if p == 100:
            current = (current or 1) * 100
        elif p == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += p
    return float(total + current)


def _word_value(tok: Token, code: str) -> tuple[str, float] | None:
    """("num"|"hundred"|"scale"|"weak"|"and"|"ord", value) for a number-word token."""
    return _word_value_of(tok.text, tok.lemma, code)


# Per word, not per token: the value depends on the word's form and lemma only, and the
# same words recur in every row of a document.
@memoised(100_000)
def _word_value_of(text: str, lemma_: str, code: str) -> tuple[str, float] | None:
    lower, is_word = text.lower(), not text[0].isdigit()
    data = facts(code)
    return (
        _listed_word(lower, lemma_, data)
        or (_ru_half_word(lower, data) if code == "ru" else None)
        or (_hyphenated_word(lower, code, data) if "-" in lower else None)
        or (_compound_word(lower, data) if is_word else None)
    )


def _listed_word(lower: str, lemma_: str, data: FactsData) -> tuple[str, float] | None:
    """A word the language's number tables list, by its lemma first, then its form."""
    for key in (lemma_, lower):
        if key in data.number_words:
            return "num", float(data.number_words[key])
        if key in data.soft_number_words:
            return "soft", float(data.soft_number_words[key])
        if key in data.hundred_words:
            return "hundred", float(data.hundred_words[key])
        if key in data.scale_words and len(key) > 2:
            return "scale", data.scale_words[key]
        if key in data.weak_number_words:
            return "weak", 1.0
        if key in data.number_connectors:
            return "and", 0.0
        if key in data.fraction_words:
            return "frac", float(data.fraction_words[key])
        if key in data.ordinal_words:
            return "ord", float(data.ordinal_words[key])
    return None


def _ru_half_word(lower: str, data: FactsData) -> tuple[str, float] | None:
    """Russian "пол"/"полу" + a scale or a unit: "полмиллиона", "полгода", "полчаса"."""
    if not lower.startswith("пол"):
        return None
    rest = lower[4:] if lower.startswith("полу") else lower[3:]
    scale = data.scale_words.get(lemma(rest, "ru")) if len(rest) > 3 else None
    if scale:
        return "num", 0.5 * scale
    if _ru_half_of_unit(rest):  # "полгода", "полчаса", "полдня" (not "полдень")
        return "frac", 0.5
    return None


def _hyphenated_word(lower: str, code: str, data: FactsData) -> tuple[str, float] | None:
    """A hyphenated number word: "twenty-five", "vingt-cinq", "quatre-vingt-dix",
    "demi-milliard", "half-hour", "one-and-a-half", "three-month-old"."""
    parts = lower.split("-")
    if parts[0] in data.fraction_words and len(parts) == 2:
        frac = float(data.fraction_words[parts[0]])
        if parts[1] in data.scale_words:  # "demi-milliard", "half-million"
            return "num", frac * data.scale_words[parts[1]]
        return "frac", frac  # "demi-heure", "half-hour"
    # "vingt-et-un": the connector joins, the article-like "un" counts one
    vals = [
        data.number_words.get(p, 1 if p in data.weak_number_words else None)
        for p in parts
        if p not in data.number_connectors
    ]
    if all(v is not None for v in vals):
        total = 0.0
        for v in vals:
            total = total + 76 if (code == "fr" and v == 20 and total % 100 == 4) else total + v
        return "num", total
    spaced = _hyphenated_run(parts, code)
    if spaced is not None:
        return spaced
    if vals and vals[0] is not None and parts[0] in data.number_words:
        # "three-month-old", "four-year", "deux-pièces": said as a number of its own
        # in another language ("drei Monate alten") as often as in one word
        return "soft", float(vals[0])
    return None


def _compound_word(lower: str, data: FactsData) -> tuple[str, float] | None:
    """A number glued into one word: German "dreiundzwanzig" (a number), a compound that
    opens with one ("sechsmonatige"), a Russian number stem ("пятимильной"): soft."""
    if data.compound_morphemes:
        v = _german_compound(lower, data.compound_morphemes)
        if v is not None:
            return "num", v
        v = _compound_prefix(lower, data.compound_morphemes)
        if v is not None:
            return "soft", v
    if data.compound_prefixes:
        v = _number_stem(lower, data.compound_prefixes)
        if v is not None:
            return "soft", v
    return None


def _hyphenated_run(parts: list[str], code: str) -> tuple[str, float] | None:
    """A number written as one hyphenated word that is said in words elsewhere:
    "one-and-a-half" = "one and a half" = 1.5 (with a unit after it: "one-and-a-half-year"
    is soft, like "four-year"); None unless its words, spaced, read as one number."""
    data = facts(code)
    if not any(p in data.number_connectors or p in data.fraction_words for p in parts):
        return None
    for n, soft in ((len(parts), False), (len(parts) - 1, True)):
        words = " ".join(parts[:n])
        qs = _extract(words, code) if n > 1 else ()
        if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(words) and qs[0].unit is None:
            return ("soft" if soft else "num"), qs[0].value
    return None


def _ru_half_of_unit(rest: str) -> bool:
    """Whether `rest` (after "пол"/"полу") is a unit of measure in the genitive singular,
    as a half of it is said: "года", "часа", "дня"; not "день" of "полдень" (noon)."""
    found = measure_after(rest, 0, "ru") if len(rest) >= 3 else None
    if found is None or found[1] != len(rest):
        return False
    return any({"gent", "sing"} in p.tag for p in ru_parses(rest))


# The rest of a compound after its number stem is a word of its own ("летний",
# "мильной"), not an ending ("пяти", "семинар").
_COMPOUND_REST = 4


def _number_stem(word: str, stems: dict[str, int]) -> float | None:
    """The number a compound opens with, by its stem: "пятимильной" 5, "двухлетний" 2,
    "трёхкомнатный" 3 (Russian joins a number's genitive to a word). Soft, like
    `_compound_prefix`."""
    for stem in _longest_first(tuple(stems)):
        if word.startswith(stem) and len(word) - len(stem) >= _COMPOUND_REST:
            return float(stems[stem])
    return None


@lru_cache(maxsize=8)
def _prefix_starts(morphemes: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    return tuple(k for k, v in morphemes if v >= 2 and len(k) >= 3)


def _compound_prefix(word: str, morphemes: dict[str, int]) -> float | None:
    """The number a German compound opens with: "sechsmonatige" 6, "zweimal" 2,
    "Zweifamilienhaus" 2, "zehnjähriges" 10. Soft: translators say it as a number of
    its own ("six mois", "two family") as often as in one word."""
    if not word.startswith(_prefix_starts(tuple(morphemes.items()))):
        return None
    for n in range(len(word) - 3, 2, -1):  # the longest number that leaves a word
        head = word[:n]
        v = morphemes.get(head) if head in morphemes else _german_compound(head, morphemes)
        if v is not None and v >= 2:
            return float(v)
    return None


def _scale_after(text: str, pos: int, toks: tuple[Token, ...], idx: int, code: str):
    """(multiplier, end) of a scale word right after position `pos` (token index idx)."""
    data = facts(code)
    if idx >= len(toks):
        return None
    t = toks[idx]
    gap = text[pos : t.start]
    if (gap.strip(" " + _SPACES) and gap != "-") or len(gap) > 2:
        return None  # "5 Milliarden", "5bn", "1-Billionen-Paket"
    head = t.lower.split("-", 1)[0]
    for key in (t.lemma, t.lower, head):
        if key in data.scale_words:
            if len(key) <= 2 and gap:  # "5m", "2bn" only when glued to the digits
                return None
            end = t.start + len(key) if key == head != t.lower else t.end
            end += 1 if text[end : end + 1] == "." and len(key) <= 4 else 0
            return data.scale_words[key], end
    return None


def _unit_after(text: str, pos: int, toks: tuple[Token, ...], idx: int, code: str):
    """(unit, end) of "%", a currency symbol, a currency word or a percent word after pos."""
    data = facts(code)
    m = _patterns(code).unit.match(text, pos)
    if m:
        return ("%" if m.group(1) else CURRENCY_SYMBOLS[m.group(2)]), m.end()
    if idx < len(toks):
        t = toks[idx]
        keys: tuple[str, ...] = (t.lemma, t.lower)
        near = not text[pos : t.start].strip(" " + _SPACES) and t.start - pos <= 2
        if near and t.lower in data.unit_links and idx + 1 < len(toks):
            # "millions de dollars": the unit after the linking word
            t, idx, pos = toks[idx + 1], idx + 1, t.end
            keys = (t.lemma, t.lower)
        elif "'" in t.lower or "’" in t.lower:  # "d'euros"
            head, _, rest = t.lower.replace("’", "'").partition("'")
            if head + "'" in data.unit_links:
                keys = (rest,)
        if not text[pos : t.start].strip(" " + _SPACES) and t.start - pos <= 2:
            for key in keys:
                if key in data.currency_words:
                    return data.currency_words[key], t.end
                if key in data.percent_words:
                    return "%", t.end
            if idx + 1 < len(toks):  # "per cent", "pour cent", "US-Dollar"
                two = f"{t.lower} {toks[idx + 1].lower}"
                if two in data.percent_words:
                    return "%", toks[idx + 1].end
    return None


def _measure(text: str, pos: int, code: str) -> tuple[str, int] | None:
    """A unit of measure after `pos`; a word that is also a currency is the currency
    ("10-Millionen-Pfund" is pounds sterling, not weight, in a text about money)."""
    found = measure_after(text, pos, code)
    if found is not None:
        word = text[pos : found[1]].strip(" -" + _SPACES).lower()
        currency = facts(code).currency_words.get(word)
        if currency is not None:
            return currency, found[1]
    return found


_CLOCK_MINUTES = re.compile(r"[:։](\d{2})(?!\d)")  # "14:30"; Armenian "01։23"
_MINUTES_AFTER = re.compile(r"\s?(\d{2})(?!\d|[.,:]\d)")
_DOTTED_CLOCK = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{2})\s?$")
_AM_PM = re.compile(r"\s?([ap])\.?\s?m\.?(?!\w)", re.IGNORECASE)
# The letter "h" of an hour with its minutes after it ("12 h 40", "12h40") or with the
# minutes before it ("12:40h", "12.40 h"): a clock time in every language that writes one
# so (French, German, Swiss, English timetables); "24 h" alone stays a duration.
_H_MINUTES = re.compile(r"\s?h\s?(\d{2})(?!\d|[.,:]\d)")
_H_AFTER = re.compile(r"\s?h(?!\w)")


def _clock_after(text: str, pos: int, toks, idx: int, code: str, value: float):
    """(hours on a 24-hour clock, end) of a time: "14:30", "14 Uhr", "2 p.m.", "в 14 часов"."""
    if value != int(value):
        return _dotted_clock(text, pos, toks, code)
    if not 0 <= value <= 24:
        return None
    m = _CLOCK_MINUTES.match(text, pos)
    colon = m is not None and int(m.group(1)) < 60
    if colon:
        value, pos = value + int(m.group(1)) / 60, m.end()  # type: ignore[union-attr]
        h = _H_AFTER.match(text, pos)
        pos = h.end() if h else pos  # "12:40h"
    else:
        h = _H_MINUTES.match(text, pos)
        if h and int(h.group(1)) < 60:  # "12 h 40", "12h40"
            return value + int(h.group(1)) / 60, h.end()
    timed = _with_am_pm(text, pos, code, value)
    if timed:
        return timed
    end = _hour_word_at(text, pos, toks, code)
    if end:
        # minutes after the hour word: French "4 h 45", "14h30"
        mm = _MINUTES_AFTER.match(text, end)
        if mm and int(mm.group(1)) < 60:
            return value + int(mm.group(1)) / 60, mm.end()
        return _afternoon(text, end, toks, code, value)
    return (value, pos) if colon else None


_BARE_CLOCK = re.compile(r"(\d{1,2})[.:](\d{2})")


def bare_clock_hours(text: str) -> float | None:
    """Hours of digits that read as a clock time and nothing else ("8.30", "14:05" =
    8.5, 14.083); None for anything else, minutes over 59 included ("8.75")."""
    m = _BARE_CLOCK.fullmatch(text)
    if m is None or int(m.group(2)) >= 60:
        return None
    return int(m.group(1)) + int(m.group(2)) / 60


def _with_am_pm(text: str, pos: int, code: str, value: float) -> tuple[float, int] | None:
    """(hours on a 24-hour clock, end) of `value` with "a.m."/"p.m." at `pos`; None if
    none follows, or the language writes none (German "19 am Impfstoff")."""
    m = _AM_PM.match(text, pos) if facts(code).am_pm else None
    if m is None:
        return None
    pm = m.group(1).lower() == "p"
    return value % 12 + (12 if pm else 0), m.end()


def _dotted_clock(text: str, pos: int, toks, code: str) -> tuple[float, int] | None:
    """(hours on a 24-hour clock, end) of hours and minutes around a dot, read as a
    decimal: "4.45 Uhr" (German, Swiss), "12.40 pm" (British), "12.40h"; None if no hour
    word, "h" or am/pm follows (then it is a decimal: "12.40 Euro")."""
    m = _DOTTED_CLOCK.search(text, 0, pos)
    if not (m and m.end() == pos and int(m.group(2)) < 60):
        return None
    hours, minutes = int(m.group(1)), int(m.group(2))
    value = hours + minutes / 60
    timed = _with_am_pm(text, pos, code, value) if 1 <= hours <= 12 else None
    if timed:
        return timed
    h = _H_AFTER.match(text, pos)
    if h is not None and hours <= 24:
        return value, h.end()
    end = _hour_word_at(text, pos, toks, code)
    return (value, end) if end else None


def _afternoon(text: str, end: int, toks, code: str, value: float) -> tuple[float, int]:
    """(hours on a 24-hour clock, end) with a word of the afternoon or evening after the
    hour word: "8 часов вечера" = 20:00 = "8pm", "8 Uhr abends"."""
    idx = _token_index(toks, end)
    near = idx < len(toks) and toks[idx].start - end <= 1 and 1 <= value < 12
    if near and toks[idx].lemma in facts(code).pm_words:
        return value + 12, toks[idx].end
    return value, end


def _hour_word_at(text: str, pos: int, toks, code: str) -> int:
    """The end of an hour word ("Uhr", "h", "heures") right after `pos`, else 0."""
    idx = _token_index(toks, pos)
    if idx < len(toks) and toks[idx].start - pos <= 1 and not text[pos : toks[idx].start].strip():
        t = toks[idx]
        if t.lemma in facts(code).hour_words or t.lower in facts(code).hour_words:
            return t.end
    return 0


def _token_index(toks: tuple[Token, ...], pos: int) -> int:
    """The index of the first token at or after `pos` (tokens are in text order)."""
    return bisect_left(toks, pos, key=_START)


def _finish(text: str, code: str, toks, value, start, end, ordinal=False) -> Quantity:
    """Add scale, unit, currency symbol and approximation around a bare number."""
    idx = _token_index(toks, end)
    sc = _scale_after(text, end, toks, idx, code)
    if sc is not None:
        value, end = value * sc[0], sc[1]
        idx = _token_index(toks, end)
    unit = None
    # a clock time before a duration: "в 14 часов" is 2 p.m., "400 часов" 400 hours
    ua = _unit_after(text, end, toks, idx, code)
    clock = None if ua else _clock_after(text, end, toks, idx, code, value)
    if clock is not None:
        value, end = clock
        unit = "h"
    else:
        ua = ua or _measure(text, end, code)
        if ua is not None:
            unit, end = ua
    pats = _patterns(code)
    before = text[max(0, start - 40) : start]
    m = pats.symbol_before.search(before)
    if m and unit is None:
        sym = m.group().strip(" " + _SPACES)
        unit = CURRENCY_SYMBOLS[sym]
        start -= len(m.group())
        before = text[max(0, start - 40) : start]
    approx = bool(pats.approx.search(before))
    return Quantity(value, start, end, text[start:end], unit, approx, None, ordinal)


def _covered(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(a < e and s < b for s, e in spans)


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""


def _merge_ranges(qs: list[Quantity], text: str, code: str) -> list[Quantity]:
    """ "3-5%", "3 bis 5 Milliarden", "от 3 до 5", "between 3 and 5" -> one Quantity."""
    data = facts(code)
    out: list[Quantity] = []
    for q in qs:
        plain = (
            not (q.ordinal or q.fraction or out[-1].ordinal or out[-1].fraction) if out else False
        )
        if out and out[-1].high is None and plain:
            p = out[-1]
            gap = text[p.end : q.start].strip().lower()
            ascending = q.value > p.value  # "61 to 37" is a score, not a range
            opener = _word_before(text, p.start)
            between = data.between_words.get(opener) == gap  # "zwischen 18 und 60"
            joined = gap in data.range_words or between
            if joined and ascending and (p.unit is None or p.unit == q.unit):
                low = p.value
                # "3 bis 5 Milliarden": the scale written once applies to both bounds.
                if q.value >= 1000 and low < 1000 and q.value / max(low, 1e-9) > 1000:
                    low *= 10 ** round(math.log10(q.value / max(low, 1e-9)))
                out[-1] = Quantity(
                    low,
                    p.start,
                    q.end,
                    text[p.start : q.end],
                    q.unit or p.unit,
                    p.approx,
                    q.value,
                )
                continue
        out.append(q)
    return out


def _digit_quantities(text: str, code: str, toks, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Numbers written in digits, outside the spans already `taken` (dates)."""
    pats = _patterns(code)
    found: list[Quantity] = []
    # The digit pattern opens with a look-behind, tried at every position: a quick look
    # for a digit first (most sentences have none).
    for m in pats.digits.finditer(text) if _DIGIT.search(text) else ():
        a, b = m.span()
        if _covered(a, b, taken):
            continue
        value = parse_digits(m.group(), code)
        decade = pats.decade.match(text, b) if pats.decade is not None else None
        decade_word = _word_before(text, a) in facts(code).decade_words  # "années 50"
        if (decade or decade_word) and value % 10 == 0:  # "the 1850s", "в 90-х"
            end = decade.end() if decade else b
            q = Quantity(value, a, end, text[a:end], high=value + 9, soft=True, decade=True)
            taken.append((q.start, q.end))
            found.append(q)
            continue
        frac = _FRACTION_AFTER.match(text, b)
        if frac and value == int(value):  # "3½", "3 1/2"
            vulgar, num, den = frac.groups()
            add = _VULGAR[vulgar] if vulgar else int(num) / int(den)
            value, b = value + add, frac.end()
        ordinal = False
        if pats.ordinal_suffix is not None:
            s = pats.ordinal_suffix.match(text, b)
            if s:
                ordinal, b = True, s.end()
        q = _finish(text, code, toks, value, a, b, ordinal)
        # an ordinal is weak; a count may go on after its noun ("14 heures et demie")
        q = dataclasses.replace(q, weak=True) if ordinal else _with_half(q, text, code) or q
        if q.unit is None and _identifier(text, a, q.end):
            q = dataclasses.replace(q, soft=True, name=True)
        elif q.unit is None and (hyphen := _HYPHEN_WORD.match(text, q.end)):
            # "100-jähriges" = "centennial"; "14-tägige" = "two weeks" (its unit)
            unit = _compound_unit(hyphen.group(), code)
            q = dataclasses.replace(q, weak=True, unit=unit)
        elif q.unit is None and q.end == b and _attributive(text, a, b, code):
            q = dataclasses.replace(q, weak=True)  # "a 911 caller", "Catch 22", "1860 Munich"
        taken.append((q.start, q.end))
        found.append(q)
    return found


# Before digits, a code: letters and a hyphen ("COVID-19", "Т-90", "F-16"), digits and a
# slash or a space ("031/43 36 11", a telephone number), or a capital letter standing
# alone inside a sentence ("the A 81"; not "В 2019 году", "A 5-year").
_CODE_BEFORE = re.compile(r"(?:[^\W\d_]-|\d/|\b\d\d[ \u00a0]|(?<![\w.])([A-ZА-ЯЁ])[ \u00a0])$")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_FRACTION_AFTER = re.compile(r"([½¼¾⅓⅔])|[ \u00a0](\d)/([2-9])(?![\d/])")
_HYPHEN_WORD = re.compile(r"-[^\W\d_]{3,}")  # "100-jähriges", "54-пушечный"


def _compound_unit(word: str, code: str) -> str | None:
    """The unit of time a number compounds with in one word, after a hyphen ("two-week",
    "-tägige") or glued ("zweiwöchige", "двухнедельный"), by the unit's name or the
    language's `unit_stems`; None if none (only durations: "54-пушечный" is no unit)."""
    low = word.lower()
    rest = low.split("-", 1)[1] if "-" in low else low
    found = measure_after(rest, 0, code) if "-" in low else None
    if found is not None and dimension(found[0]) == "duration":
        return found[0]
    return next((u for stem, u in facts(code).unit_stems.items() if stem in rest), None)


# After digits, glued capitals ("T-90M", "Т-80БВМ", "A320neo" aside): a model, not a count.
_CODE_AFTER = re.compile(r"[A-ZА-ЯЁ]")
_LEADING_ZERO = re.compile(r"0\d+")


def _identifier(text: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are part of a name or code, not a quantity: a
    count never opens with a zero ("Schalke 04", "Mainz 05", "007")."""
    if _LEADING_ZERO.fullmatch(text, start, end):
        return True
    m = _CODE_BEFORE.search(text, max(0, start - 3), start)
    if m and m.end() == start:
        if m.group(1) is None:
            return True
        before = text[: m.start(1)].rstrip()
        if before and before[-1] not in _SENTENCE_OPENERS:
            return True
    return bool(_CODE_AFTER.match(text, end))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]$")
_PLACE_AFTER = re.compile(r"[ \u00a0]([A-ZÀ-Ý][^\W\d_]+)(?:[ \u00a0]([^\W\d_]+))?")


def _name_after(text: str, end: int, code: str) -> bool:
    """Whether the digits ending at `end` open a club's name, a number and a place
    ("1860 Munich", "1899 Hoffenheim" where GeoNames knows the place), not a count of
    the place's people or things ("5,000 London commuters": a plural after the place)."""
    m = _PLACE_AFTER.match(text, end)
    if m is None:
        return False
    counted = m.group(2) is not None and m.group(2).islower() and m.group(2).endswith("s")
    return not counted and bool(place_ids(m.group(1), code))


# An abbreviation in capitals (two to five letters) before digits names a club, a model or a
# series ("TSV 1860", "SV 98", "BMW 320"): weak evidence of a count ("USA 300 Soldaten" is one).
_ACRONYM = re.compile(r"[A-ZÄÖÜА-ЯЁ]{2,5}")


def _attributive(text: str, start: int, end: int, code: str) -> bool:
    """Whether bare digits at `start`:`end` modify a word or name rather than count: after
    an article ("a 911 caller", "ein 3:1-Sieg"; an article counts no digits) or an
    abbreviation in capitals ("TSV 1860") or, where `names_take_numbers`, after a
    capitalised word inside a sentence ("Catch 22", "Windows 10", "Formula 1") or before a
    place that ends the name ("1860 Munich"; see `_name_after`). Translators say such
    numbers in a word ("Notrufanrufer", "Zwickmühle", "Sechzig") or drop them: weak
    evidence of a quantity."""
    if facts(code).names_take_numbers and _name_after(text, end, code):
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    data = facts(code)
    if word.lower() in data.weak_number_words or _ACRONYM.fullmatch(word):
        return True  # "a 911 caller"; "TSV 1860", "SV 98", "МиГ 29" in every language
    if not (data.names_take_numbers and word[0].isupper()):
        return False
    low = word.lower()
    if low in data.months or low in data.weekdays:
        return False  # "May 5", "on Monday 30 people": a date or a sentence's frame
    before = text[: m.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _is_article_fraction(toks, i: int, code: str) -> bool:
    """Whether a fraction word that needs an article has one ("a half", "one quarter",
    "a quarter million"), unlike "the first half", "last quarter"."""
    data = facts(code)
    before = toks[i - 1] if i > 0 else None
    after = _word_value(toks[i + 1], code) if i + 1 < len(toks) else None
    art = before is not None and (
        before.lower in data.weak_number_words or (_word_value(before, code) or ("",))[0] == "num"
    )
    return art or bool(after and after[0] in ("weak", "scale"))


def _single_word(text: str, code: str, toks, i: int, kind: str, v: float) -> Quantity:
    """An ordinal or a soft number word ("third", "beide"), a quantity on its own."""
    q = _finish(text, code, toks, v, toks[i].start, toks[i].end, ordinal=kind == "ord")
    # "first" is an idiom as often as a count ("zum ersten Mal" = "erstmals",
    # "en premier lieu" = "zuerst", "les premiers pas"): soft, like "beide"; so is
    # any ordinal of a set phrase ("во втором туре" = "in the runoff")
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    idiom = nxt_tok is not None and nxt_tok.lemma in facts(code).ordinal_idiom_heads
    named = _in_name(text, toks, i)
    soft = kind == "soft" or (kind == "ord" and (v == 1 or idiom)) or named
    # a number compound with a unit keeps it: "zweiwöchige" = "two-week" = "14-day"
    unit = q.unit or (_compound_unit(toks[i].text, code) if kind == "soft" else None)
    return dataclasses.replace(q, soft=soft, weak=kind == "ord", unit=unit, name=named)


_SENTENCE_OPENERS = frozenset(".!?:;\"'«»„“”‘’([-–—")


def _unitless(unit: str | None) -> bool:
    """No unit, or a duration: "fünf Jahre" is "quinquennat", "пятилетний", "полгода"."""
    return unit is None or dimension(unit) == "duration"


def _in_name(text: str, toks, i: int) -> bool:
    """A number word capitalised inside a sentence is part of a name: "TSV 1860" called
    "Sechzig", "die Zweite Liga", "Formula One"."""
    t = toks[i]
    if not t.text[0].isupper() or i == 0:
        return False
    before = text[: t.start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


@cache
def _half_pattern(code: str) -> re.Pattern[str] | None:
    after = facts(code).half_after
    return re.compile(after, re.IGNORECASE) if after else None


def _article_and_half(text: str, code: str, toks, i: int) -> Quantity | None:
    """One said by the article at toks[i] and a half after its noun ("an hour and a
    half", "un mètre et demi"), or None."""
    pattern = _half_pattern(code)
    if pattern is None or pattern.match(text, toks[i].end) is None:
        return None  # most articles: tried before the unit and scale look-ups
    return _with_half(_finish(text, code, toks, 1.0, toks[i].start, toks[i].end), text, code)


def _with_half(q: Quantity, text: str, code: str) -> Quantity | None:
    """`q` and a half said after its noun ("deux longueurs et demie" = 2.5, "an hour and a
    half" = 1.5 hours), or None when no half follows."""
    pattern = _half_pattern(code)
    m = pattern.match(text, q.end) if pattern is not None else None
    if m is None or not q.value.is_integer():
        return None
    return dataclasses.replace(q, value=q.value + 0.5, end=m.end(), text=text[q.start : m.end()])


def _fraction_unit(q: Quantity, text: str, code: str, toks, j: int) -> Quantity:
    """A fraction with the unit it takes a part of: inside its word ("half-year",
    "demi-heure", "полгода" = "пол" and the unit's genitive) or after an article ("half a
    year", "half an hour"); so that "a half-year" = "six months" = "полгода"."""
    last = toks[j - 1]
    unit = _unit_in_word(text, last, code)
    if unit is None and j + 1 < len(toks) and toks[j].lower in facts(code).weak_number_words:
        found = _measure(text, toks[j].end, code)
        unit = found if found is not None and dimension(found[0]) != "currency" else None
    if unit is None:
        return q
    return dataclasses.replace(q, unit=unit[0], end=unit[1], text=text[q.start : unit[1]])


def _unit_in_word(text: str, tok: Token, code: str) -> tuple[str, int] | None:
    """(unit, end) of a unit that ends the fraction word `tok` after a hyphen or the
    language's half prefix ("half-year", "полчаса"); None if none."""
    low = tok.lower
    if "-" in low:
        cut = low.rindex("-")
    else:
        cut = next((len(p) for p in facts(code).half_prefixes if low.startswith(p)), 0)
    if not cut:
        return None
    found = _measure(text, tok.start + cut, code)
    return found if found is not None and found[1] == tok.end else None


@dataclass
class _Run:
    """The value of a run of number words read so far."""

    total: float = 0.0
    current: float = 0.0
    seen_real: bool = False  # a number was said, not only "a" or "and"
    frac_seen: bool = False
    counted: bool = False  # a count was said: not just "Thousands of", "Millionen Menschen"
    joined: bool = False  # after "and": "two and a half", "vingt et un"
    last_scale: float = 0.0

    def take(self, k: str, val: float, nxt, code: str) -> bool:
        """Add one word ((kind, value) as `_word_value` gives it) whose next word reads
        `nxt`; False if the run ends before it."""
        if k == "weak":
            if not (nxt and nxt[0] in ("scale", "hundred", "frac")):
                if self.joined:  # "vingt et un"
                    self.current += 1
                    return True
                return False
            if nxt[0] != "frac" and not self.frac_seen:
                self.current += 1  # "eine Million"; but "half a million", "ein Drittel"
                self.counted = True
        elif k == "frac":
            # "zwei Drittel" counts; "die Hälfte", "ein Drittel" alone are soft;
            # "two and a half", "двух с половиной" add
            if self.joined:
                self.current += val
            else:
                self.current = self.current * val if self.current else val
            self.frac_seen = self.seen_real = True
        elif k == "and":
            # joins the parts of one number ("hundred and five", "vingt et un", "two and
            # a half"), not two numbers ("cinq et quatre ans" = "five and four years")
            whole = self.current >= 100 or (self.current == 0 and self.total > 0)
            tens = self.current >= 20 and self.current % 10 == 0
            small = nxt is not None and nxt[0] in ("num", "weak") and nxt[1] < 10
            fraction = nxt is not None and nxt[0] in ("frac", "weak")
            if not (self.seen_real and (fraction or (small and tens) or (whole and nxt))):
                return False
            self.joined = True
        elif k == "num":
            # French "quatre-vingt(s)" = 4 x 20
            if val == 20 and code == "fr" and self.current % 100 == 4:
                self.current += 76
            else:
                self.current += val
            self.seen_real = self.counted = True
        elif k == "hundred":
            # "zweihundert", "a hundred" count; "several hundred", "Hunderte" do not
            self.counted = self.counted or self.current > 0
            self.current = (self.current or 1) * val
            self.seen_real = True
        elif k == "scale":
            self.counted = self.counted or self.frac_seen  # "half a million"
            if self.current == 0 and self.total > 0 and val > self.last_scale:
                self.total *= val  # "mille milliards", "a thousand million"
            else:
                self.total += (self.current or 1) * val
            self.current, self.last_scale = 0, val
            self.seen_real = True
        return True


def _read_run(text: str, code: str, toks, i: int, kind: str, v: float) -> tuple[_Run, int, int]:
    """Read the run of number words that starts at toks[i]: (its value, the index after
    it, the end offset of its last word)."""
    run = _Run()
    j, last_end = i, toks[i].end
    while j < len(toks):
        u = toks[j]
        if j > i and (text[toks[j - 1].end : u.start].strip() not in ("", "-")):
            break
        w = _word_value(u, code) if u.is_word else None
        if j == i and kind == "frac":
            w = ("frac", v)  # "a third", read by the caller
        if w is None or w[0] in ("ord", "soft"):
            break
        nxt = _word_value(toks[j + 1], code) if j + 1 < len(toks) else None
        # "one and a half" (= "полтора", "eineinhalb"): "one" counts before "and" and a
        # fraction, where it is no article
        one = w[0] == "weak" and j == i and nxt is not None and nxt[0] == "and"
        if one and _fraction_at(toks, j + 2, code):
            w = ("num", 1.0)
        if not run.take(w[0], w[1], nxt, code):
            break
        last_end = u.end
        j += 1
    return run, j, last_end


def _fraction_at(toks, k: int, code: str) -> bool:
    """Whether toks[k] is a fraction word, or an article and one ("half", "a half")."""
    for n in range(k, min(k + 2, len(toks))):
        w = _word_value(toks[n], code)
        if w is None or w[0] not in ("frac", "weak"):
            return False
        if w[0] == "frac":
            return True
    return False


def _word_values(toks: tuple[Token, ...], code: str) -> list[tuple[str, float] | None]:
    """`_word_value` of each token, in one pass of memoised look-ups (digit runs: None)."""
    return list(map(_word_value_of, map(_TEXT, toks), map(_LEMMA, toks), repeat(code)))


def _may_count(text: str, code: str, toks, values) -> bool:
    """Whether the number words of a text without digits may make a quantity: a word
    other than an article or "and" ("a", "und", "с" are in most sentences and count
    nothing alone), or an article before a percent ("ein Prozent") or with a half after
    its noun ("an hour and a half")."""
    pattern = _half_pattern(code)
    for i, wv in enumerate(values):
        if wv is None:
            continue
        if wv[0] not in ("weak", "and"):
            return True
        if wv[0] == "weak":
            if (_unit_after(text, toks[i].end, toks, i + 1, code) or ("",))[0] == "%":
                return True
            if pattern is not None and pattern.match(text, toks[i].end):
                return True
    return False


def _word_quantities(
    text: str, code: str, toks, taken: list[tuple[int, int]], values
) -> list[Quantity]:
    """Spelled-out numbers: runs of number words ("двадцати пяти", "two hundred and five"),
    ordinals and soft number words, outside the spans already `taken`; `values` are the
    tokens' `_word_values`."""
    found: list[Quantity] = []
    # only words with a value open a quantity; a run read on from one skips the words it took
    resume = 0
    for i, wv in enumerate(values):
        if wv is None or i < resume:
            continue
        t = toks[i]
        if not t.is_word or _covered(t.start, t.end, taken):
            continue
        opened = _opening_word(text, code, toks, i, wv)
        if opened is None:
            continue
        kind, v = opened
        if kind in ("ord", "soft", "one"):
            q: Quantity | None = _single_word(text, code, toks, i, kind, v)
        else:
            q, after = _word_run(text, code, toks, i, kind, v)
            resume = after if after is not None else resume
        if q is not None:
            taken.append((q.start, q.end))
            found.append(q)
    return found


def _opening_word(text: str, code: str, toks, i: int, wv) -> tuple[str, float] | None:
    """The kind and value the word at toks[i] opens a quantity with, read in its context:
    "a third" is a fraction, "ein Prozent" one; None when it opens none ("the first
    half", "last quarter": no fraction)."""
    data = facts(code)
    kind, v = wv
    t = toks[i]
    before = toks[i - 1] if i > 0 else None
    article_less = kind == "frac" and t.lower in data.fractions_after_article
    if article_less and not _is_article_fraction(toks, i, code):
        return None
    weak_before = before is not None and before.lower in data.weak_number_words
    if kind == "ord" and weak_before and 2 < v <= 10:
        kind, v = "frac", 1 / v  # "a third", "one fifth"
    if kind == "weak" and (_unit_after(text, t.end, toks, i + 1, code) or ("",))[0] == "%":
        kind = "one"  # "ein Prozent" = "1 %" (but "a dollar contract", "un franc succès")
    return kind, v


def _word_run(
    text: str, code: str, toks, i: int, kind: str, v: float
) -> tuple[Quantity | None, int | None]:
    """The quantity of the run of number words from toks[i] and the index after the run;
    (one said by the article and a half after its noun or None, None) when the run counts
    nothing of its own ("an hour and a half")."""
    run, j, last_end = _read_run(text, code, toks, i, kind, v)
    if not run.seen_real:
        # "an hour and a half", "un mètre et demi": the article counts one
        return (_article_and_half(text, code, toks, i) if kind == "weak" else None), None
    q = _finish(text, code, toks, run.total + run.current, toks[i].start, last_end)
    if not run.frac_seen:
        q = _with_half(q, text, code) or q
    elif q.unit is None:
        q = _fraction_unit(q, text, code, toks, j)
    return _run_marks(q, run, text, code, toks, i, j, kind), j


def _run_marks(q: Quantity, run, text: str, code: str, toks, i: int, j: int, kind: str):
    """A run's quantity marked soft, weak or a fraction: inside a name, a small number
    spelled out, a fraction or a bare scale, a determiner ("the two sides" = "both
    sides")."""
    data = facts(code)
    if kind == "num" and _in_name(text, toks, i):
        q = dataclasses.replace(q, soft=True, name=True)
    elif run.total == 0 and q.value <= 10 and not run.frac_seen and _unitless(q.unit):
        q = dataclasses.replace(q, weak=True)  # "zwei", "six": see Quantity.weak
    if run.frac_seen or not run.counted:
        return dataclasses.replace(q, fraction=run.frac_seen, soft=not run.counted)
    pair = f"{toks[i - 1].lower} {toks[i].lower}" if i > 0 and j == i + 1 else ""
    if pair in data.determiner_numbers:
        q = dataclasses.replace(q, soft=True)  # "the two sides" = "both sides"
    return q


@memoised(4096)
def _extract(text: str, code: str) -> tuple[Quantity, ...]:
    """Digits first, then number words, both outside the dates; ranges merged last."""
    toks = tokens(text, code)
    values = _word_values(toks, code)
    digits = _DIGIT.search(text) is not None
    clock = _any_clock_phrase(code)
    if (
        not digits
        and not _may_count(text, code, toks, values)
        and not (clock and clock.search(text))
        and not _has_day_point(toks, code)
    ):
        return ()  # most sentences: no digit, no number word (dates need not be read)
    taken = [(d.start, d.end) for d in extract_dates(text, code)]
    found = _clock_phrases(text, code, toks, taken)
    found += _day_points(text, code, toks, taken)
    found += _digit_quantities(text, code, toks, taken) if digits else []
    found += _word_quantities(text, code, toks, taken, values)
    found.sort(key=lambda q: q.start)
    return tuple(_merge_ranges(_stages(found, text, code), text, code))


@cache
def _clock_res(code: str) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((re.compile(p, re.IGNORECASE), v) for p, v in facts(code).clock_phrases.items())


@cache
def _any_clock_phrase(code: str) -> re.Pattern[str] | None:
    """The alternation of the language's clock phrases: a text without number words may
    hold one ("полвосьмого")."""
    pats = facts(code).clock_phrases
    alts = "|".join(f"(?:{p})".replace("(?P<h>", "(") for p in pats)
    return re.compile(alts, re.IGNORECASE) if pats else None


def _clock_phrases(text: str, code: str, toks, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Clock times said by a part of the hour ("halb neun" = 8:30, "quarter to nine" =
    8:45), as hours on the clock; their spans are `taken`. The hour is 1 to 12, in digits
    or a word; an hour word after it ("Uhr") is part of the time."""
    found: list[Quantity] = []
    clock = _any_clock_phrase(code)
    if clock is None or clock.search(text) is None:
        return found  # one scan for all the phrases: no phrase matches where their union does not
    for rx, offset in _clock_res(code):
        for m in rx.finditer(text):
            word = m.group("h")
            if word.isdigit():
                hour: float | None = float(word)
            else:
                wv = _word_value_of(word, lemma(word, code), code)
                # "neun", "nine"; the ordinal of the running hour ("девятого")
                hour = wv[1] if wv is not None and wv[0] in ("num", "ord") else None
            if hour is None or not 1 <= hour <= 12 or _covered(m.start(), m.end(), taken):
                continue
            idx = _token_index(toks, m.end())
            if _scale_after(text, m.end(), toks, idx, code) or _unit_after(
                text, m.end(), toks, idx, code
            ):
                continue  # "a quarter to nine million", "halb neun Prozent": no clock
            end = _hour_word_at(text, m.end(), toks, code) or m.end()
            value, end = _afternoon(text, end, toks, code, hour + offset)  # "вечера"
            taken.append((m.start(), end))
            found.append(Quantity(value, m.start(), end, text[m.start() : end], "h"))
    return found


@cache
def _day_point_words(code: str) -> dict[str, float]:
    """Noon and midnight, lemma form -> hours: CLDR's day period names (babel), then
    the language's own forms (`day_points`)."""
    words: dict[str, float] = {}
    try:
        periods = babel.Locale.parse(code).day_periods
    except (ValueError, babel.UnknownLocaleError):
        periods = {}
    for context in periods.values():
        names = context.get("wide", {})
        for period, hours in (("noon", 12.0), ("midnight", 0.0)):
            if period in names:
                words[lemma(names[period].lower(), code)] = hours
    words.update(facts(code).day_points)
    return words


@cache
def _day_point_res(code: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    data = facts(code)
    if not data.day_point_before:
        return None
    before = re.compile(rf"\b(?:{data.day_point_before})\s+$", re.IGNORECASE)
    half = re.compile(data.day_point_half, re.IGNORECASE) if data.day_point_half else None
    return before, half


def _has_day_point(toks, code: str) -> bool:
    words = _day_point_words(code) if _day_point_res(code) else {}
    return bool(words) and any(t.lemma in words or t.lower in words for t in toks)


def _day_points(text: str, code: str, toks, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Noon and midnight said right after a preposition of time ("at noon", "um
    Mitternacht", "к полуночи", "à midi et demi" = 12:30), as hours on the clock; not
    "zu Mittag essen", "Mittagspause", "a noon rally"."""
    res = _day_point_res(code)
    if res is None:
        return []
    before, half = res
    words = _day_point_words(code)
    found: list[Quantity] = []
    for t in toks:
        hours = words.get(t.lemma, words.get(t.lower)) if t.is_word else None
        if hours is None or _covered(t.start, t.end, taken):
            continue
        if t.start and not text[t.start - 1].isspace():
            continue  # "l'après-midi", "Montag-Mittag"
        if not before.search(text, max(0, t.start - 30), t.start):
            continue
        end = t.end
        m = half.match(text, end) if half else None
        if m:
            hours, end = hours + 0.5, m.end()
        taken.append((t.start, end))
        found.append(
            Quantity(hours, t.start, end, text[t.start : end], "h", weak=True, day_point=True)
        )
    return found


@cache
def _stage_pattern(code: str) -> re.Pattern[str] | None:
    before = facts(code).stage_before
    return re.compile(before) if before else None


def _stages(qs: list[Quantity], text: str, code: str) -> list[Quantity]:
    """A number that names a stage of a tournament ("the round of 16", "the last 16",
    German "Achtelfinale") is weak evidence of a quantity."""
    pattern = _stage_pattern(code)
    if pattern is None:
        return qs
    low = text.lower()
    return [
        dataclasses.replace(q, weak=True)
        if q.unit is None and pattern.search(low, max(0, q.start - 20), q.start)
        else q
        for q in qs
    ]


def extract_numbers(text: str, lang: str) -> list[Quantity]:
    """Every quantity in `text` (language `lang`), in text order, dates excluded."""
    return list(_extract(text, lang))
