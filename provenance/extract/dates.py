"""Dates in text: day–month(–year), numeric dates, years, weekdays, relative expressions.

    extract_dates("Die Wahl wurde auf den 9. Juni vorgezogen.", "de")
    # [DateMention(month=6, day=9, text="9. Juni", ...)]

Russian month names are matched in every case through their lemma ("июня" -> "июнь").
Offsets are into the given text; the numbers extractor masks these spans so that the
"9" of "9 June" is a date, not a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import compress, repeat
from operator import attrgetter

from provenance.extract._text import Token, facts, phrase_regex, ru_parses, tokens
from provenance.extract.units import measure_after
from provenance.lang.cues import alternation, scan_each
from provenance.lang.facts import CURRENCY_SYMBOLS
from provenance.util.lexicon import zipf
from provenance.util.memo import memoised

_DIGIT = re.compile(r"\d")
_TEXT, _LEMMA, _IS_WORD = attrgetter("text"), attrgetter("lemma"), attrgetter("is_word")
_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d])")


@dataclass(frozen=True)
class DateMention:
    """A date, partial date, weekday or relative date expression."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None  # "year+1", "day-1", ...
    # The other end of a day range ("5" of "5. bis 7. August"): reported only when the
    # range's main mention is not (one drift, not two).
    partner: bool = False
    # A weekday named for the night before it: "in der Nacht zum Sonntag", "в ночь на
    # воскресенье" = "Saturday night"; it agrees with the day before as well.
    eve: bool = False

    def fields(self) -> dict[str, int | str]:
        names = ("year", "month", "day", "weekday", "relative")
        return {k: v for k in names if (v := getattr(self, k)) is not None}

    @property
    def canonical(self) -> str:
        """A hop-independent name: "2019-06-09", "----06-09", "2020", "wd3", "rel:year+1"."""
        if self.relative:
            return f"rel:{self.relative}"
        if self.year is None and self.month is None and self.day is None:
            return f"wd{self.weekday}"
        y = f"{self.year:04d}" if self.year else ""
        if self.month is None:
            return y
        d = f"-{self.day:02d}" if self.day else ""
        return f"{y}-{self.month:02d}{d}"

    def compatible(self, other: DateMention) -> bool:
        """Same date as far as both sides say (a year given on one side only is no change)."""
        a, b = self.fields(), other.fields()
        shared = a.keys() & b.keys()
        if shared == {"weekday"} and (self.eve or other.eve) and a != b:
            night = self if self.eve else other
            day = other if self.eve else self
            return day.weekday == day_before(night.weekday)  # type: ignore[arg-type]
        return bool(shared) and all(a[k] == b[k] for k in shared)


def day_before(weekday: int) -> int:
    """The weekday before `weekday` (1 = Monday … 7 = Sunday): the evening of a night named
    by the day it ends ("in der Nacht zum Sonntag" = "Saturday night")."""
    return (weekday - 2) % 7 + 1


# Per word, not per token (the same words recur in every row of a document); one look-up
# answers both questions a date extraction asks of every word.
@memoised(100_000)
def _calendar_word(text: str, lemma: str, code: str) -> tuple[int | None, int | None]:
    """(month, weekday) that a word names, each None if it names none; a hyphenated
    word by its first or last part ("Juni-Umfrage", "mi-juin", "Samstag-Abend")."""
    found = _month_of(text, lemma, code), _weekday_of(text, lemma, code)
    if found == (None, None) and text[-2:] in ("'s", "’s") and len(text) > 4:  # "July's"
        return _calendar_word(text[:-2], text[:-2].lower(), code)
    if found == (None, None) and ("'" in text or "’" in text):  # "d'avril", "l'été"
        rest = text.replace("’", "'").rsplit("'", 1)[1]
        if len(rest) > 2:
            return _calendar_word(rest, rest.lower(), code)
    if found == (None, None) and "-" in text:
        parts = text.split("-")
        for part in (parts[0], parts[-1]):
            if len(part) > 2:
                low = part.lower()
                found = _month_of(part, low, code), _weekday_of(part, low, code)
                if found != (None, None):
                    break
    return found


def _month_of(text: str, lemma: str, code: str) -> int | None:
    data = facts(code)
    lower = text.lower()
    m = data.months.get(lemma) or data.months.get(lower)
    if m is None and data.lemmatize and not text[0].isdigit():
        # the likeliest lemma may be another word ("маю" -> "мать"): try every reading
        m = next((data.months[f] for f in _readings(lower) if f in data.months), None)
    if m is None:
        return None
    if code == "en" and not text[0].isupper():
        return None  # "may" the verb, "march" the verb
    return m


@memoised(50_000)
def _readings(word: str) -> tuple[str, ...]:
    return tuple(p.normal_form for p in ru_parses(word))


def _weekday_of(text: str, lemma: str, code: str) -> int | None:
    data = facts(code)
    w = data.weekdays.get(lemma) or data.weekdays.get(text.lower())
    if w is None or (code in ("en", "de") and not text[0].isupper()):
        return None
    return w


def _int(tok: Token | None, lo: int, hi: int) -> int | None:
    if tok is None or not tok.text.isdigit():
        return None
    v = int(tok.text)
    return v if lo <= v <= hi else None


@cache
def _relative_res(code: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p), v) for p, v in facts(code).relative_dates.items())


@cache
def _any_relative(code: str) -> re.Pattern[str] | None:
    """The alternation of all relative-date patterns: it matches wherever one of them does,
    so one scan tells the many texts that hold none from the few that hold some, and finds
    the places where each pattern is then tried."""
    pats = facts(code).relative_dates
    return re.compile(alternation(pats)) if pats else None


@cache
def _range_words(code: str) -> frozenset[str]:
    """Words between the days of a range or a pair ("5. bis 7.", "10. und 11. August")."""
    data = facts(code)
    joiners = frozenset(data.between_words.values())
    return data.range_words | joiners | {"по", "au", "bis", "to", "-", "–", "—"}


@cache
def _night_before(code: str) -> re.Pattern[str] | None:
    words = facts(code).night_before
    return re.compile(rf"(?:{words})\s+$", re.IGNORECASE) if words else None


@cache
def _range_before(code: str) -> re.Pattern[str]:
    """Before a day, the first day of its range (group 1): "5. bis", "the 14th to the",
    "5th to"; of a pair written with a slash: "9/10 septembre", "9./10. September"; or
    (group 2) of a range with a dash glued to both days: "7-9 May", "7–9 мая", "7.-9.
    Mai" (not after a letter, a dot or a comma: "K2-7", "1,7-9")."""
    words = phrase_regex(_range_words(code))
    return re.compile(
        rf"(?:(?<!\d)(\d{{1,2}})"
        rf"(?:(?:[^\W\d_]{{1,3}}|\.)?\s*(?:{words})\s+(?:\w{{1,3}}\s+)?|\.?\s*/\s*)"
        rf"|(?<![\w.,])(\d{{1,2}})\.?[-–])$"
    )


@cache
def _unit_after(code: str) -> re.Pattern[str]:
    """What, right after a 4-digit number, says it is an amount and not a year."""
    data = facts(code)
    words = [*data.currency_words, *data.percent_words, *data.scale_words]
    syms = "|".join(re.escape(s) for s in CURRENCY_SYMBOLS)
    # inflected forms of long words ("долларов"); short ones whole ("bn", not "budget")
    long = phrase_regex(w for w in words if len(w) >= 4)
    short = phrase_regex(w for w in words if 1 < len(w) < 4)
    return re.compile(rf"\s*(?:[.,]\d|%|{syms}|(?:{long})\w*|(?:{short})\b)", re.IGNORECASE)


def _gap_ok(text: str, a: int, b: int, allowed: str = " .,\u00a0") -> bool:
    return all(c in allowed for c in text[a:b]) and b - a <= 3


class _Mentions:
    """The mentions found so far in one text, and the spans they take: a later phase
    adds a mention only where no earlier one stands (the phases run in precedence order)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[DateMention] = []
        self.taken: list[tuple[int, int]] = []

    def overlaps(self, a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in self.taken)

    def add(self, a: int, b: int, force: bool = False, **kw: int | str | None) -> None:
        if not force and self.overlaps(a, b):
            return
        self.taken.append((a, b))
        self.found.append(DateMention(a, b, self.text[a:b], **kw))  # type: ignore[arg-type]


def _numeric_dates(out: _Mentions, text: str, code: str) -> None:
    """ "2019-06-09", "9.6.2019", "6/9/2019" (month first in English)."""
    # Each pattern needs a digit, and most sentences have none.
    if not _DIGIT.search(text):
        return
    for m in _ISO.finditer(text):
        y, mo, d = map(int, m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.add(m.start(), m.end(), year=y, month=mo, day=d)
    for m in _DOTTED.finditer(text):
        d, mo, y = map(int, m.groups())
        y = y + 2000 if y < 100 else y
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.add(m.start(), m.end(), year=y, month=mo, day=d)
    for m in _SLASHED.finditer(text):
        a, b, y = map(int, m.groups())
        mo, d = (a, b) if code == "en" else (b, a)
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.add(m.start(), m.end(), year=y, month=mo, day=d)


def _relative_mentions(out: _Mentions, text: str, code: str) -> None:
    """ "next year", "im kommenden Jahr", "вчера": the language's relative-date patterns."""
    any_relative = _any_relative(code)
    if any_relative is None:
        return
    # One scan with the alternation of all patterns; each pattern's matches as its own
    # scan would find them, taken in pattern order, as the mentions' precedence requires.
    relative = _relative_res(code)
    found_each = scan_each(text.lower(), [rx for rx, _ in relative], any_relative)
    for (_, rel), matches in zip(relative, found_each, strict=True):
        for m in matches:
            out.add(m.start(), m.end(), relative=rel)


def _calendar_words(toks: tuple[Token, ...], code: str) -> list[tuple[int, int | None, int | None]]:
    """(token index, month, weekday) of the words that name a month or a weekday."""
    # Months and weekdays are words (no digit run names one): looked up once per word,
    # all in one pass.
    is_word = list(map(_IS_WORD, toks))
    words = list(compress(toks, is_word))
    calendar = map(_calendar_word, map(_TEXT, words), map(_LEMMA, words), repeat(code))
    return [
        (i, month, wd)
        for i, (month, wd) in zip(compress(range(len(toks)), is_word), calendar, strict=True)
        if month is not None or wd is not None
    ]


_CODE_BEFORE = re.compile(r"[^\W\d_]-$")
_DayEnd = tuple[int, int, int]  # (day, start, end) of the other end of a day range


def _day_before(text: str, toks: tuple[Token, ...], i: int, code: str):
    """(day, start, range opener) of a day written before the month word at toks[i]:
    "9 июня", "9. Juni", "1er juin", "9-го июня", "5. bis 7. August"; None if none."""
    tok = toks[i]
    k = i - 1
    if k > 0 and toks[k].lower in facts(code).date_links:
        k -= 1  # "the 20th of July"
    prev = toks[k] if k >= 0 else None
    if prev is not None and k > 0 and prev.start == toks[k - 1].end and prev.is_word:
        prev = toks[k - 1]  # "1er juin", "9th of"; the suffix is glued to the digits
    if prev is None or not _gap_ok(
        text, prev.end, toks[k].start if k < i - 1 else tok.start, " .\u00a0-ergoстнdhst"
    ):
        return None
    day = _int(prev, 1, 31)
    if day is None or _CODE_BEFORE.search(text, max(0, prev.start - 2), prev.start):
        return None  # "COVID-19 May 2020": the digits end a code, no day
    first: _DayEnd | None = None
    # "5. bis 7. August", "с 5 по 7 августа", "du 5 au 7 août", "the 14th to the 16th of"
    m = _range_before(code).search(text, max(0, prev.start - 24), prev.start)
    if m is not None:
        g = 1 if m.group(1) is not None else 2
        first = (int(m.group(g)), m.start(g), m.end(g))
    return day, prev.start, first


def _day_after(text: str, toks: tuple[Token, ...], i: int, b: int, code: str):
    """(day, end, index of the next token, range closer) of a day written after the
    month word at toks[i] ending at b: "June 9", "June 9th", "August 5-7"; None if none."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not _gap_ok(text, b, nxt.start):
        return None
    d = _int(nxt, 1, 31)
    # "im August 4,3 Millionen", "in May 5 billion": an amount, not a day
    if d is None or len(nxt.text) > 2 or _unit_after(code).match(text, nxt.end):
        return None
    b = nxt.end
    m = re.match(r"(?:st|nd|rd|th)\b", text[b:])
    if m:
        b += m.end()
    j = i + 2
    second: _DayEnd | None = None
    # "August 5 to 7", "August 5-7": the range's second day
    for k in (j, j + 1):
        end_day = toks[k] if k < len(toks) else None
        if end_day is None or _int(end_day, 1, 31) is None or len(end_day.text) > 2:
            continue
        gap = text[b : end_day.start].strip(" .\u00a0").lower()
        if gap in _range_words(code):
            second = (int(end_day.text), end_day.start, end_day.end)
            b, j = end_day.end, k + 1
        break
    return d, b, j, second


def _year_after(text: str, nxt: Token | None, b: int) -> tuple[int | None, int]:
    """(year, new end) of a year right after position b: "June 9, 2019", "juin 2019"."""
    if nxt is None or not _gap_ok(text, b, nxt.start) or len(nxt.text) != 4:
        return None, b
    year = _int(nxt, 1000, 2199)
    if year is None:
        return None, b
    b = nxt.end
    m = re.match(r"\s*(?:года|году|г\.)", text[b:])
    return year, b + (m.end() if m else 0)


_SENTENCE_OPENERS = frozenset(".!?:;\"'«»„“”‘’([-–—")


def _not_a_month(text: str, toks: tuple[Token, ...], i: int, end: int, code: str) -> bool:
    """A month word with no day or year that is a name or a word: "Brian May", "Thousands
    March Through City", "Jan Marsalek" (an abbreviation without its dot), "Mars"."""
    data = facts(code)
    tok = toks[i]
    low = tok.lower
    abbreviation = not data.lemmatize and any(k != low and k.startswith(low) for k in data.months)
    if end == tok.end and abbreviation:
        return True  # an abbreviation needs its dot, a day or a year
    before = text[: tok.start].rstrip()
    if not tok.text[0].isupper():
        return False
    if not before or before[-1] in _SENTENCE_OPENERS:
        # at a sentence start, a month that is also a common verb, before a word in
        # lower case: "May extend career", "March on Washington"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        verb_like = not data.capitalises_nouns and low in _MODAL_MONTHS.get(code, ())
        return verb_like and nxt is not None and nxt.is_word and nxt.text[0].islower()
    if not data.capitalises_months:
        return True
    if data.capitalises_nouns:
        return False  # German capitalises every noun: "Ende Mai"
    # after a capitalised word: a name or a headline ("Brian May", "Thousands March");
    # at a sentence start, a name only if it is no common word ("In May", "Last May")
    prev = toks[i - 1]
    if not (prev.is_word and prev.text[0].isupper()) or prev.lower in data.month_qualifiers:
        return False  # "Mid August", "Late May"
    prev_before = text[: prev.start].rstrip()
    if prev_before and prev_before[-1] not in _SENTENCE_OPENERS:
        return True
    return zipf(prev.lower, code) < _COMMON_ZIPF


# Month names that are also verbs in the language written in lower case elsewhere.
_MODAL_MONTHS = {"en": ("may", "march")}
_COMMON_ZIPF = 5.0  # "in", "last", "early" are above it; "brian", "thousands" below


def _month_mention(
    out: _Mentions, text: str, toks: tuple[Token, ...], i: int, month: int, code: str
) -> None:
    """The date around the month word at toks[i], with its day, year and range partner."""
    tok = toks[i]
    a, b = tok.start, tok.end
    if re.match(r"\.\s*[\d\w]", text[b:]) and not re.match(r"\.\s+[A-ZА-ЯЁ]", text[b:]):
        b += 1  # "Jan. 5", "янв. 2020": the abbreviation's dot, not a full stop
    day = None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    first = second = None
    before = _day_before(text, toks, i, code)
    if before is not None:
        day, a, first = before
    else:
        after = _day_after(text, toks, i, b, code)
        if after is not None:
            day, b, j, second = after
            nxt = toks[j] if j < len(toks) else None
    year, b = _year_after(text, nxt, b)
    if out.overlaps(a, b) or (
        day is None and year is None and _not_a_month(text, toks, i, b, code)
    ):
        return
    out.add(a, b, year=year, month=month, day=day)
    for other in (first, second):
        if other is not None:  # the other end of a day range, inside this mention
            out.add(other[1], other[2], True, year=year, month=month, day=other[0], partner=True)


@cache
def _approx_before(code: str) -> re.Pattern[str]:
    """A softening word right before a number: "etwa 2000 Menschen" is a count."""
    words = facts(code).approx_words
    return (
        re.compile(rf"(?:^|\W)(?:{phrase_regex(words)})\s*$", re.IGNORECASE)
        if words
        else re.compile(r"(?!)")
    )


# "1968/69", "2017/18", "2017–18", "1968/1969": a winter, a season
_SECOND_YEAR = re.compile(r"[/–-](\d{2}|\d{4})(?!\d|[.,]\d)")


def _year_marked(toks: tuple[Token, ...], i: int, code: str) -> bool:
    """A year word ("im Jahr 1990", "1850 год") or a year preposition ("in 1712")."""
    data = facts(code)
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.lemma in data.year_words:
        return True
    if nxt is not None and nxt.lemma in data.year_words and nxt.start - toks[i].end <= 2:
        return True
    year = 1000 <= int(toks[i].text) <= 2100
    return year and prev is not None and prev.lower in data.year_prepositions


@cache
def _decade(code: str) -> re.Pattern[str] | None:
    suffix = facts(code).decade_suffix
    return re.compile(suffix) if suffix else None


def _measure(text: str, pos: int, code: str) -> bool:
    """A unit of measure after a number, a duration aside ("2019 года" is a year)."""
    unit = measure_after(text, pos, code)
    return unit is not None and not unit[0].startswith("duration")


def _bare_years(out: _Mentions, text: str, toks: tuple[Token, ...], code: str) -> None:
    """Four-digit years on their own: "2019", "1850 год", "im Jahr 1990", "in 1712",
    "1968/69"; not an amount ("2019 Euro", "etwa 2000 Menschen", "in 1500 Metern")."""
    data = facts(code)
    unit_after = _unit_after(code)
    for i, tok in enumerate(toks):
        if len(tok.text) != 4 or not tok.text.isdigit():
            continue
        y = int(tok.text)
        a, b = tok.start, tok.end
        before = text[max(0, a - 1) : a]
        if before in (".", ",") or unit_after.match(text, b) or _measure(text, b, code):
            continue
        decade_after = _decade(code) is not None and _decade(code).match(text, b)
        decade_before = i > 0 and toks[i - 1].lower in data.decade_words
        if (decade_after or decade_before) and y % 10 == 0:
            continue  # "the 1960s", "les années 2000": a decade, read with the numbers
        if before.strip() and before.strip() in "".join(CURRENCY_SYMBOLS):
            continue
        marked = _year_marked(toks, i, code)
        if not (marked or 1900 <= y <= 2100):
            continue
        if not marked and y % 100 == 0 and _approx_before(code).search(text, max(0, a - 30), a):
            continue  # "ca. 2000 Personen"; but "mehr als 2022" is a year
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.lemma in data.year_words and nxt.start - b <= 2:
            b = nxt.end + (1 if text[nxt.end : nxt.end + 1] == "." and nxt.lemma == "г" else 0)
        second = _SECOND_YEAR.match(text, b)
        if second is None:
            out.add(a, b, year=y)
            continue
        digits = second.group(1)
        y2 = int(digits) if len(digits) == 4 else y // 100 * 100 + int(digits)
        out.add(a, second.end(), year=y)
        if y2 > y:  # the season's or winter's second year, inside this mention
            out.add(second.start(1), second.end(), True, year=y2, partner=True)


@memoised(4096)
def _extract(text: str, code: str) -> tuple[DateMention, ...]:
    """The phases in precedence order: numeric dates, relative expressions, month names
    (with day and year), weekdays, bare years."""
    out = _Mentions(text)
    _numeric_dates(out, text, code)
    _relative_mentions(out, text, code)
    toks = tokens(text, code)
    named = _calendar_words(toks, code)
    for i, month, _ in named:
        if month is not None:
            _month_mention(out, text, toks, i, month, code)
    night = _night_before(code)
    for i, _, wd in named:
        if wd is not None:
            eve = night is not None and bool(
                night.search(text, max(0, toks[i].start - 30), toks[i].start)
            )
            out.add(toks[i].start, toks[i].end, weekday=wd, eve=eve)
    # A year is a run of four digits: a text of words only has none.
    if _DIGIT.search(text):
        _bare_years(out, text, toks, code)
    out.found.sort(key=lambda d: d.start)
    return tuple(out.found)


def extract_dates(text: str, lang: str) -> list[DateMention]:
    """Every date mention in `text` (language `lang`), in text order."""
    return list(_extract(text, lang))
