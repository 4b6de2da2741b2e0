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
from functools import cache, lru_cache

from provenance.extract._text import Token, facts, phrase_regex, tokens
from provenance.lang.facts import CURRENCY_SYMBOLS

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
        return bool(shared) and all(a[k] == b[k] for k in shared)


def _month(tok: Token, code: str) -> int | None:
    data = facts(code)
    m = data.months.get(tok.lemma) or data.months.get(tok.lower)
    if m is None:
        return None
    if code == "en" and not tok.text[0].isupper():
        return None  # "may" the verb, "march" the verb
    return m


def _weekday(tok: Token, code: str) -> int | None:
    data = facts(code)
    w = data.weekdays.get(tok.lemma) or data.weekdays.get(tok.lower)
    if w is None or (code in ("en", "de") and not tok.text[0].isupper()):
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
def _unit_after(code: str) -> re.Pattern[str]:
    """What, right after a 4-digit number, says it is an amount and not a year."""
    data = facts(code)
    words = [*data.currency_words, *data.percent_words, *data.scale_words]
    syms = "|".join(re.escape(s) for s in CURRENCY_SYMBOLS)
    return re.compile(rf"\s*(?:[.,]\d|%|{syms}|(?:{phrase_regex(words)})\w*)", re.IGNORECASE)


def _gap_ok(text: str, a: int, b: int, allowed: str = " .,\u00a0") -> bool:
    return all(c in allowed for c in text[a:b]) and b - a <= 3


@lru_cache(maxsize=4096)
def _extract(text: str, code: str) -> tuple[DateMention, ...]:
    data = facts(code)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, **kw: int | str | None) -> None:
        if any(a < e and s < b for s, e in taken):
            return
        taken.append((a, b))
        found.append(DateMention(a, b, text[a:b], **kw))  # type: ignore[arg-type]

    for m in _ISO.finditer(text):
        y, mo, d = map(int, m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m.start(), m.end(), year=y, month=mo, day=d)
    for m in _DOTTED.finditer(text):
        d, mo, y = map(int, m.groups())
        y = y + 2000 if y < 100 else y
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m.start(), m.end(), year=y, month=mo, day=d)
    for m in _SLASHED.finditer(text):
        a, b, y = map(int, m.groups())
        mo, d = (a, b) if code == "en" else (b, a)
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m.start(), m.end(), year=y, month=mo, day=d)

    low = text.lower()
    for rx, rel in _relative_res(code):
        for m in rx.finditer(low):
            add(m.start(), m.end(), relative=rel)

    toks = tokens(text, code)
    for i, tok in enumerate(toks):
        month = _month(tok, code)
        if month is None:
            continue
        a, b = tok.start, tok.end
        if b < len(text) and text[b] == ".":
            b += 1
        day = year = None
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # "9 июня", "9. Juni", "9 June", "1er juin", "9-го июня"
        if prev is not None and _gap_ok(text, prev.end, tok.start, " .\u00a0-ergoстнdh"):
            day = _int(prev, 1, 31)
            if day is not None:
                a = prev.start
        # "June 9", "June 9th"
        if day is None and nxt is not None and _gap_ok(text, b, nxt.start):
            d = _int(nxt, 1, 31)
            if d is not None and len(nxt.text) <= 2:
                day, b = d, nxt.end
                m = re.match(r"(?:st|nd|rd|th)\b", text[b:])
                if m:
                    b += m.end()
                nxt = toks[i + 2] if i + 2 < len(toks) else None
        # "... 2019", "June 9, 2019", "juin 2019"
        if nxt is not None and _gap_ok(text, b, nxt.start) and len(nxt.text) == 4:
            year = _int(nxt, 1000, 2199)
            if year is not None:
                b = nxt.end
                m = re.match(r"\s*(?:года|году|г\.)", text[b:])
                if m:
                    b += m.end()
        add(a, b, year=year, month=month, day=day)

    for tok in toks:
        wd = _weekday(tok, code)
        if wd is not None:
            add(tok.start, tok.end, weekday=wd)

    unit_after = _unit_after(code)
    for i, tok in enumerate(toks):
        if len(tok.text) != 4 or not tok.text.isdigit():
            continue
        y = int(tok.text)
        a, b = tok.start, tok.end
        before = text[max(0, a - 1) : a]
        if before in (".", ",") or unit_after.match(text, b):
            continue
        if before.strip() and before.strip() in "".join(CURRENCY_SYMBOLS):
            continue
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        marked = (prev is not None and prev.lemma in data.year_words) or (
            nxt is not None and nxt.lemma in data.year_words and nxt.start - b <= 2
        )
        if not (marked or 1900 <= y <= 2100):
            continue
        if nxt is not None and nxt.lemma in data.year_words and nxt.start - b <= 2:
            b = nxt.end + (1 if text[nxt.end : nxt.end + 1] == "." and nxt.lemma == "г" else 0)
        add(a, b, year=y)

    found.sort(key=lambda d: d.start)
    return tuple(found)


def extract_dates(text: str, lang: str) -> list[DateMention]:
    """Every date mention in `text` (language `lang`), in text order."""
    return list(_extract(text, lang))
