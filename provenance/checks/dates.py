"""The dates check: a date, month, year, weekday or relative date changed, dropped or added.

Two mentions agree when every field both give is equal ("9 June" = "9 июня 2019");
"im kommenden Jahr" = "в следующем году" = "next year" by their relative code. A date
split over the row ("In 2021, on May 9") agrees with the same date said at once.

Severity is the strength of the evidence. Two mentions of one kind that differ (dates,
months, years, weekdays, relative dates) are critical. A date, month or year missing or
added is major, minor when a neighbouring row of the other side states it (moved into
the next sentence, or a repetition left out). The other end of a day range missing or
added is minor (one side gives a range, the other a day, or a range not read), and so is
a date the other side may say relative to the dateline (a relative date of its precision
or a weekday left over there: "2020" / "last year"), and so is a date that stands beside a
weekday or "today" both sides give ("в субботу, 25 июля" / "on Saturday": the same day
said twice, once against the dateline). A weekday or a relative date missing
or added is minor:
translators turn "yesterday" into the weekday or the date against the dateline and back,
add the weekday of a date, and weekdays stand in names ("Bild am Sonntag").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance.checks._facts import (
    Matching,
    Neighbours,
    Severity,
    bare_numbers,
    findings,
    match,
    two_digit_numbers,
)
from provenance.extract.dates import DateMention, extract_dates
from provenance.extract.numbers import extract_numbers
from provenance.model import Finding, PairView, Segment


def _related(a: DateMention, b: DateMention) -> bool:
    """Both say the same kind of thing (a month, a year, a weekday, a relative date)."""
    return bool(a.fields().keys() & b.fields().keys())


def _calendar(d: DateMention) -> bool:
    return d.year is not None or d.month is not None or d.day is not None


def _severity(what: str, s: DateMention | None, t: DateMention | None) -> str | None:
    if what == "changed":
        return "critical"  # two dates, weekdays or relative dates of one kind differ
    d = s if s is not None else t
    assert d is not None
    # the other end of a day range whose other day matched: one side gives a range, the
    # other one day, or a range this extractor does not read ("vom 10. bis zum 12.")
    return "major" if _calendar(d) and not d.partner else "minor"


def _bare_year(d: DateMention) -> bool:
    return d.year is not None and d.month is None and d.day is None and not d.partner


def _a_number(d: DateMention, numbers: frozenset[int], short: frozenset[int]) -> bool:
    """A bare year that the other side states as a number: "près de 2000 m", or in two
    digits ("la saison 77" = "Saison 1977")."""
    if not _bare_year(d):
        return False
    return d.year in numbers or d.year % 100 in short  # type: ignore[operator]


def _ends_last(mentions: list[DateMention]) -> list[DateMention]:
    return sorted(mentions, key=lambda d: d.partner)


def _stated_in(d: DateMention, other: list[DateMention]) -> bool:
    """Whether one mention of the other side gives every field of `d` (and more)."""
    mine = d.fields().items()
    return any(mine < o.fields().items() for o in other)


# The relative units that may stand for a date of each precision: a year is "last year", a
# month "last month" or "this year", a day "yesterday", "last week" or a weekday.
_RELATIVE_UNITS = {"year": ("year",), "month": ("month", "year"), "day": ("day", "week")}


def _resolved(d: DateMention, other: list[DateMention]) -> bool:
    """Whether the other side has a relative date or a weekday left over that may be `d`
    said against the dateline (translators resolve "yesterday" to the date and back)."""
    precision = "day" if d.day is not None else "month" if d.month is not None else "year"
    units = _RELATIVE_UNITS[precision]
    for o in other:
        if o.relative is not None and o.relative.rstrip("+-0123456789") in units:
            return True
        if precision == "day" and o.weekday is not None and not _calendar(o):
            return True
    return False


# What may stand between a weekday (or "today") and the date it names: punctuation, a
# bracket, an article ("Samstag, den 25. Juli", "le samedi 25 juillet", "Saturday (July 25)").
_APPOSITION = re.compile(r"[\s,;:(\[–—-]*(?:(?:den|dem|der|le|the)\s+)?[\s,;:(\[–—-]*")


def _repeated(d: DateMention, kept: list[DateMention]) -> bool:
    """Another mention of this side, matched on the other, says the same (a repetition)."""
    return any(o is not d and o.fields() == d.fields() for o in kept)


def _anchored(d: DateMention, text: str, kept: list[DateMention]) -> bool:
    """Whether `d` names the same day as a weekday or relative date standing right
    beside it ("в субботу, 25 июля", "today, July 25") that the other side kept: the
    date is that weekday said against the dateline, and dropping (or adding) it changes
    nothing the kept word does not say."""
    if d.day is None:
        return False
    for a in kept:
        if a.weekday is None and (a.relative is None or not a.relative.startswith("day")):
            continue
        if _calendar(a):
            continue
        gap = text[a.end : d.start] if a.end <= d.start else text[d.end : a.start]
        if _APPOSITION.fullmatch(gap):
            return True
    return False


# A day and month in digits that the extractor leaves unread ("am 25.7.", "25/7", "7/25"):
# the other side may write a date of this row so. Only in a date's place: after a
# preposition of time ("am", "on", "le", "до") or in brackets ("Sunday (2/8)"), not
# after a verb ("rose to 3.2.": a decimal and the sentence's full stop), and the slashed
# form not a fraction of something ("on 3/4 of the agenda").
_DIGIT_DATE = re.compile(r"(?<![\d.,/])(\d{1,2})(?:\.\s?(\d{1,2})\.|/(\d{1,2})(?![\d/]))")
_DATE_PLACE = re.compile(
    r"(?:\b(?:am|vom|bis|zum|ab|seit|den|dem|on|by|until|till|from|since|before|after"
    r"|le|du|au|depuis|до|с|со|по|на|к|от|после|перед)\s+|\(\s*)$",
    re.IGNORECASE,
)
# what makes "3/4" a fraction: a genitive or partitive after it
_FRACTION = re.compile(r"\s+(?:of|der|des|de|du|d['’]|от)\b", re.IGNORECASE)


def _digit_dates(text: str) -> list[tuple[int, int, int]]:
    """(day or month, month or day, 0 for day first with dots / 1 for a slash) of each
    digit date of `text` standing in a date's place (see `_DIGIT_DATE`)."""
    out = []
    for m in _DIGIT_DATE.finditer(text):
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() :]
        if not _DATE_PLACE.search(before):
            continue
        if m[3] and _FRACTION.match(after):
            continue
        out.append((int(m[1]), int(m[2] or m[3]), 0 if m[2] else 1))
    return out


def _in_digits(d: DateMention, text: str) -> bool:
    """`text` writes the day and month of `d` in digits ("25.7.", day first; "25/7" or
    the American "7/25"): the same date, unread."""
    if d.day is None or d.month is None:
        return False
    dm = (d.day, d.month)
    return any((a, b) == dm or (slash and (b, a) == dm) for a, b, slash in _digit_dates(text))


# A day said alone, its month left to the context ("am 25. und 26. Juli", "on the 25th",
# "до 25-го"): an ordinal (as the numbers extractor reads it) after a preposition of time,
# with no noun after it ("zum 3. Mal", "the 20th anniversary", "5-е место" are counts of
# something else). German capitalises its nouns; English and Russian allow a conjunction
# or a preposition after the day, or Russian "числа" (of the month).
_DAY_ALONE = {
    "de": re.compile(r"\b(?:am|vom|bis|zum|ab|seit|dem|den)\s+(\d{1,2})\.(?!\d)(?!\s*[A-ZÄÖÜ])"),
    "en": re.compile(
        r"\b(?:on|by|until|till|from|since|before|after|through|to)\s+the\s+(\d{1,2})"
        r"(?:st|nd|rd|th)\b(?=\s*(?:[^\w\s]|$|(?:and|or|to|through|until|till|at|in)\b))",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:\b(?:до|с|со|по|на|к|от|после|перед)\s+)?(?<![\d.,/])(\d{1,2})-(?:го|е)\b"
        r"(?=\s*(?:[^\w\s]|$|(?:и|или|по|до|числа)\b))",
        re.IGNORECASE,
    ),
}


def _day_alone(d: DateMention, seg: Segment) -> bool:
    """`seg` gives the day of `d` as a day number alone ("am 25.", "on the 25th")."""
    pattern = _DAY_ALONE.get(seg.lang)
    if d.day is None or pattern is None:
        return False
    ordinals = {q.start for q in extract_numbers(seg.text, seg.lang) if q.ordinal}
    return any(int(m[1]) == d.day and m.start(1) in ordinals for m in pattern.finditer(seg.text))


def _day_numbers(seg: Segment) -> frozenset[int]:
    """The whole numbers of `seg` that may be a day of the month (1 to 31)."""
    return frozenset(
        int(q.value)
        for q in extract_numbers(seg.text, seg.lang)
        if q.unit is None and q.value.is_integer() and 1 <= q.value <= 31
    )


def _other_day(seg: Segment, other: Segment) -> bool:
    """`seg` writes a date in digits, or a whole number of 1 to 31 that `other` lacks."""
    return bool(_DIGIT_DATE.search(seg.text)) or bool(_day_numbers(seg) - _day_numbers(other))


def _soft(d: DateMention) -> bool:
    return d.relative is not None and d.relative.endswith("+0")


def _said_nearby(d: DateMention, rows: list[Segment]) -> bool:
    """Whether a neighbouring row states this date, every field of it ("9. Mai 2021" in
    the next sentence; a year alone does not state "9 May 2021")."""
    mine = d.fields().items()
    return any(
        mine <= other.fields().items()
        for seg in rows
        for other in extract_dates(seg.text, seg.lang)
    )


class DatesCheck:
    name = "dates"
    types = ("date",)
    # 2: "July's", "Mid August" read as months (issue 15); 3: a year said by its last
    # two digits on the other side is no year missing (issue 15, round 4)
    # 4: a date missing or added that a neighbouring row states on the other side is
    # minor; a pair of days with a slash ("9/10 septembre") is read (issue 15, round 5)
    # 5: a day range with a dash ("7-9 May", "7.-9. Mai"); a mention whose every field one
    # mention of the other side gives is no date missing or added ("In 2021, on May 9" =
    # "Am 9. Mai 2021"); the digits of a code are no day ("COVID-19 May 2020"); a date
    # against a relative date or weekday left over on the other side is minor (round 9)
    # 6: a date beside a weekday or "today" both sides give is minor when missing or
    # added (round 14)
    # 7: a digit date or a day alone only in a date's place (not "rose to 3.2.", "3/4 of",
    # "the 20th anniversary", "auf 5."); no anchoring beside another day in digits
    version = "7"

    def __init__(self) -> None:
        self._rows = Neighbours()

    def prepare(self, views: Sequence[PairView]) -> None:
        """Remember the document pair's rows: a row's neighbours are its context."""
        self._rows.prepare(views)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        src = extract_dates(pair.src.text, pair.src.lang)
        tgt = extract_dates(pair.tgt.text, pair.tgt.lang)
        if not src and not tgt:
            return []
        # a range's other end last, so that "Juli" pairs with "12 juillet" of "10-12
        # juillet", not with its first day
        m = match(_ends_last(src), _ends_last(tgt), DateMention.compatible, _related)
        # the weekdays and relative dates both sides give ("в субботу" = "on Saturday")
        kept_src = [d for d in src if not any(d is x for x in m.missing)]
        kept_src = [d for d in kept_src if not any(d is a for a, _ in m.changed)]
        kept_tgt = [d for d in tgt if not any(d is x for x in m.added)]
        kept_tgt = [d for d in kept_tgt if not any(d is b for _, b in m.changed)]
        # a date the other side states in one mention, split over this side ("In 2021,
        # on May 9" = "Am 9. Mai 2021": the year matched, the day and month left over)
        m.missing = [d for d in m.missing if not _stated_in(d, tgt)]
        m.added = [d for d in m.added if not _stated_in(d, src)]
        # a date said twice on one side, once on the other ("on July 25 ... July 25 will
        # be remembered"), and one the other side writes in digits the extractor leaves
        # unread ("July 25" = "am 25.7."): nothing missing or added
        m.missing = [
            d for d in m.missing if not _repeated(d, kept_src) and not _in_digits(d, pair.tgt.text)
        ]
        m.added = [
            d for d in m.added if not _repeated(d, kept_tgt) and not _in_digits(d, pair.src.text)
        ]
        # a date against a relative date or weekday left over on the other side ("2020"
        # / "last year", "5. Mai" / "yesterday", "heute"): resolved against the dateline
        relative = {
            id(d)
            for left, other in ((m.missing, m.added), (m.added, m.missing))
            for d in left
            if _calendar(d) and _resolved(d, other)
        }
        # a date beside a weekday or "today" that both sides give: the same day said
        # twice, once against the dateline ("в субботу, 25 июля" -> "on Saturday")
        # (not where the other side writes a date in digits or a day-sized number of its
        # own: "am Sonntag, 26. Juli" / "on Sunday (2/8)" may give another day)
        if m.missing and not _other_day(pair.tgt, pair.src):
            relative |= {id(d) for d in m.missing if _anchored(d, pair.src.text, kept_src)}
        if m.added and not _other_day(pair.src, pair.tgt):
            relative |= {id(d) for d in m.added if _anchored(d, pair.tgt.text, kept_tgt)}
        # a day the other side gives alone, its month left to the context
        relative |= {id(d) for d in m.missing if _day_alone(d, pair.tgt)}
        relative |= {id(d) for d in m.added if _day_alone(d, pair.src)}
        # "heute", "сегодня", "this year" often just mean "now": compared when both sides
        # have one, never reported as missing or added on their own.
        m.missing = [d for d in m.missing if not _soft(d)]
        m.added = [d for d in m.added if not _soft(d)]
        if any(_bare_year(d) for d in m.missing + m.added):
            src_numbers, tgt_numbers = bare_numbers(pair.src), bare_numbers(pair.tgt)
            # a two-digit number stands for a year only where this side has no such number
            src_short = two_digit_numbers(pair.src) - tgt_numbers
            tgt_short = two_digit_numbers(pair.tgt) - src_numbers
            m.missing = [d for d in m.missing if not _a_number(d, tgt_numbers, tgt_short)]
            m.added = [d for d in m.added if not _a_number(d, src_numbers, src_short)]
        # "5. bis 7. August" -> "September 5 to 7" is one drift, not one per end of the range
        ranged = [(s, t) for s, t in m.changed if s.partner or t.partner]
        if ranged:
            plain = [(s, t) for s, t in m.changed if not (s.partner or t.partner)]
            m.changed = plain or ranged[:1]
        m.missing = [d for d in m.missing if not d.partner] or m.missing[:1]
        m.added = [d for d in m.added if not d.partner] or m.added[:1]
        return findings(m, "date", lambda x: x.canonical, self._grade(pair, m, relative))

    def _grade(self, pair: PairView, m: Matching[DateMention], relative: set[int]) -> Severity:
        """`_severity`, but a calendar date missing (added) that a neighbouring row of the
        translation (source) states is minor: the translator moved it into the next
        sentence or left out a repetition (the source made explicit what the translation's
        context gives); so is one the other side says relative to the dateline
        (`relative`: the ids of such mentions)."""
        nearby: set[int] = set(relative)
        for side, left in (("tgt", m.missing), ("src", m.added)):
            doubtful = [d for d in left if _calendar(d)]
            if doubtful:
                rows = self._rows.texts(pair, side)
                nearby |= {id(d) for d in doubtful if rows and _said_nearby(d, rows)}

        def grade(what: str, s: DateMention | None, t: DateMention | None) -> str | None:
            d = s if t is None else t
            if what != "changed" and id(d) in nearby:
                return "minor"
            return _severity(what, s, t)

        return grade
