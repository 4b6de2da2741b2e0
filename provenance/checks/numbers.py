"""The numbers check: a quantity changed, dropped or added on a hop.

Values are compared after normalisation (`provenance.extract.numbers`), so notation
("1.000" / "1,000", "Mrd." / "Milliarden" / "billion") never fires. A softened number
("rund 200", "около 200", "about 200") matches within 10%. A range matches its bounds
said one by one ("zwischen 18 und 60" = "18 and 60", "1:2" = "1–2"). Units of one
dimension are converted ("30,000 acres" = "120 km²", "80 feet" = "25 Meter") and match
within the rounding of the numbers as written.

Severity is the strength of the evidence: a value changed between two quantities of one
kind (two counts, two ordinals, units of one dimension) is critical, between two lone
fractions major; a clear quantity missing or added is major, a weak one (ordinal, small
spelled-out number, number glued to a word) minor; a soft one (determiner, part of a
name or code, bare scale, lone fraction, decade) nothing.
"""

from __future__ import annotations

import dataclasses
import math
import re

from unidecode import unidecode

from provenance.checks._facts import findings, match, years
from provenance.extract._text import facts
from provenance.extract.numbers import Quantity, bare_clock_hours, extract_numbers
from provenance.extract.units import dimension, is_measure, to_base, unit_words
from provenance.model import Finding, PairView, Segment

APPROX_TOLERANCE = 0.10
# Converting units, a translator rounds: the values may differ by the rounding of each
# number as written ("121.4 km²" said "120 km²"), and this much more.
CONVERSION_SLACK = 0.01


def _rounding(value: float) -> float:
    """Half the step of the last significant digit of `value`, relative to it: 120 ->
    5/120, 25 -> 0.5/25, 2.5 -> 0.05/2.5."""
    v = abs(value)
    if v == 0:
        return 0.5
    step = 10.0 ** math.floor(math.log10(v))
    while step > 1e-6 and not math.isclose(v / step, round(v / step), abs_tol=1e-6):
        step /= 10
    return 0.5 * step / v


def _converted_same(a: Quantity, b: Quantity) -> bool:
    """Two quantities in different units of one dimension say the same value."""
    x, y = to_base(a.value, a.unit), to_base(b.value, b.unit)  # type: ignore[arg-type]
    if dimension(a.unit) == "temperature":
        return abs(x - y) <= 1.0
    tol = _rounding(a.value) + _rounding(b.value) + CONVERSION_SLACK
    if a.approx or b.approx:
        tol = max(tol, APPROX_TOLERANCE)
    return math.isclose(x, y, rel_tol=tol)


# One separator and three digits: "272.000" is 272 thousand in German and 272 in English,
# and translators copy the source's notation ("272.000 infections"): either reading.
_AMBIGUOUS = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{3}(?![\d.,])")


def _notation_same(a: Quantity, b: Quantity) -> bool:
    """The same digits copied across notations ("272.000" in German and in English)."""
    ma, mb = _AMBIGUOUS.search(a.text), _AMBIGUOUS.search(b.text)
    if not (ma or mb) or a.high or b.high:
        return False
    digits = re.sub(r"\D", "", (ma or mb).group())  # type: ignore[union-attr]
    return digits == re.sub(r"\D", "", b.text if ma else a.text)


def _share(a: Quantity, b: Quantity) -> bool:
    """A fraction said as a percentage: "half" = "50 Prozent", "a quarter" = "25 %"."""
    frac, pct = (a, b) if a.fraction else (b, a)
    if not frac.fraction or pct.unit != "%" or frac.unit is not None or pct.high is not None:
        return False
    tol = APPROX_TOLERANCE if (a.approx or b.approx) else 0.01
    return math.isclose(frac.value * 100, pct.value, rel_tol=tol)


# A time said with its half of the day: "8 p.m.", "8pm", "8 Uhr abends", "20:30".
_HALF_OF_DAY = re.compile(r"(?:\d[ap]\.?\s?m\b|\s[ap]\.?\s?m\b|[ap]\.m\.)", re.IGNORECASE)


def _on_twelve_hours(q: Quantity) -> bool:
    """A clock time that does not say which half of the day it is in: "halb neun", "um
    8 Uhr", "at 8.30"; not "8 p.m." or "20:30"."""
    return q.unit == "h" and q.value < 13 and not q.day_point and not _HALF_OF_DAY.search(q.text)


def _clock_same(a: Quantity, b: Quantity) -> bool:
    """Two clock times that agree: one said on twelve hours is the other or twelve hours
    before it ("halb neun" = "8:30 p.m."); a time against digits written as one ("8.30"
    with no hour word: "halb neun" = "at 8.30")."""
    if a.unit != "h" or b.unit not in ("h", None):
        return False
    if b.unit is None:
        hours = bare_clock_hours(b.text)
        if hours is None:
            return False
        b = dataclasses.replace(b, value=hours, unit="h")
    tol = APPROX_TOLERANCE / 4 if (a.approx or b.approx) else 1e-6
    gap = abs(a.value - b.value)
    if a.day_point or b.day_point:  # "midnight" = "24 Uhr"
        gap = min(gap, abs(gap - 24))
    twelve = _on_twelve_hours(a) or _on_twelve_hours(b)
    return gap <= tol or (twelve and abs(gap - 12) <= tol)


def _same(a: Quantity, b: Quantity) -> bool:
    if _clock_same(a, b) or _clock_same(b, a):
        return True
    if a.decade or b.decade:  # "in den 50ern (des 19. Jahrhunderts)" = "the 1850s"
        return round(a.value) % 100 == round(b.value) % 100
    if a.fraction != b.fraction and _share(a, b):
        return True
    if a.unit and b.unit and a.unit != b.unit:
        if is_measure(a.unit) and is_measure(b.unit) and dimension(a.unit) == dimension(b.unit):
            return _converted_same(a, b)
        return False
    tol = APPROX_TOLERANCE if (a.approx or b.approx) else _rounded(a, b)
    return a.same_value(b, tol) or _notation_same(a, b)


_LETTER = re.compile(r"[^\W\d_]")


def _significant(value: float) -> int:
    """How many significant digits `value` is written with: 2394000 -> 4, 2.4e6 -> 2."""
    return len(f"{abs(value):.12g}".split("e")[0].replace(".", "").strip("0")) or 1


def _rounded(a: Quantity, b: Quantity) -> float:
    """The tolerance of a figure restated in a scale word and rounded on the way ("23.94
    lakh" = "2,4 млн", "1,234,000" = "1.2 million"): the half step of the last digit the
    translation writes, when it says its scale in a word and writes fewer significant
    digits than its source. A figure copied digit for digit gets none, so a changed digit
    ("9 million" / "8 million") still counts. `a` is the source's figure, `b` the
    translation's: only the translation rounds; one more precise than its source ("24
    Millionen" / "23.5 million") states another figure."""
    if a.high is not None or b.high is not None:
        return 0.0
    digits = _significant(b.value)
    # (a figure of one digit is no rounding but another figure: "eintausend" for "1,260")
    if digits < 2 or digits >= _significant(a.value) or abs(b.value) < 1000:
        return 0.0
    if not _LETTER.search(b.text):  # the scale said in a word ("млн", "million")
        return 0.0
    return _rounding(b.value)


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _sound(word: str) -> str:
    """A rough Latin sound key of a word in any script: "лакх" and "lakh" -> "lak",
    "крор" and "crore" -> "kror"."""
    s = unidecode(word).lower().replace("c", "k").replace("h", "")
    return re.sub(r"(.)\1+", r"\1", s)


def _scale_borrowed(a: Quantity, b: Quantity, b_text: str, b_lang: str) -> bool:
    """`b` writes `a`'s digits and keeps `a`'s scale word as a loan the language's number
    data does not read ("14 lakh" = "14 лакхов", "4.67 lakh" = "4,67 лакха"): the
    translator kept the figure and its scale, so the values differ by that scale only.
    A word built on `b_lang`'s own scale word is none ("20 Millionäre" are people)."""
    if b.unit is not None or _LETTER.search(b.text) or a.high is not None or b.high is not None:
        return False
    scale = a.value / b.value if b.value else 0.0
    if scale < 100 or not math.isclose(math.log10(scale), round(math.log10(scale)), abs_tol=1e-9):
        return False
    words = re.findall(r"[^\W\d_]+", a.text)
    after = _WORD_AFTER.match(b_text, b.end)
    if not words or after is None:
        return False
    key, heard = _sound(words[-1]), _sound(after.group(1))
    if len(key) < 3 or not heard.startswith(key[:3]):
        return False
    # a word built on the language's own scale word ("Millionäre", "millionaires") is
    # a noun of its own, not the source's scale kept as a loan
    own = (_sound(w)[:5] for w in facts(b_lang).scale_words if len(w) >= 4)
    return not any(heard.startswith(k) for k in own)


def _related(a: Quantity, b: Quantity) -> bool:
    """Two quantities left unmatched that say the same kind of thing: both counts, both
    ordinals or both fractions, in units of one dimension."""
    if a.fraction and b.fraction:
        return True  # "ein Drittel" / "die Hälfte": soft, but a changed fraction
    if (a.fraction or b.fraction) and _one_dimension(a, b):
        return True  # "a half-year" / "nine months": a part of a unit, against that unit
    if a.soft or b.soft:
        return False
    if a.ordinal != b.ordinal:
        # only a number glued to a word may be either: "80-летие" = "80th birthday"
        cardinal = b if a.ordinal else a
        if not (cardinal.weak and cardinal.text.isdigit()):
            return False
    return not (a.unit and b.unit and dimension(a.unit) != dimension(b.unit))


def _one_dimension(a: Quantity, b: Quantity) -> bool:
    """Both in units of measure of one dimension ("half a year" and "nine months")."""
    return is_measure(a.unit) and is_measure(b.unit) and dimension(a.unit) == dimension(b.unit)


def _severity(what: str, s: Quantity | None, t: Quantity | None) -> str | None:
    if what == "changed":
        assert s is not None and t is not None
        # two counts, two ordinals or two units of one dimension (see _related) that
        # differ; only two fractions said on their own ("die Hälfte") are less certain
        return "major" if (s.soft or t.soft) else "critical"
    q = s if s is not None else t
    assert q is not None
    if q.soft:
        return None
    return "minor" if q.weak else "major"


def _one(q: Quantity) -> bool:
    """One of something: languages say it with an article or the singular ("a year",
    "до года", "One person" = "1 человек"), so its absence is weak evidence when the
    other side has no number left over (a "1-1" that became "6-1" does)."""
    return q.value == 1 and q.high is None and _unitless(q.unit)


def _unitless(unit: str | None) -> bool:
    return unit is None or dimension(unit) == "duration"


def _said(q: Quantity, other: Segment) -> bool:
    """Whether a quantity missing on the other side is there all the same: one (`_one`),
    its digits in the other text (`_digits_in`) or one unit named there (`_a_unit`)."""
    return _one(q) or _digits_in(q, other.text) or _a_unit(q, other)


def _a_unit(q: Quantity, other: Segment) -> bool:
    """The other side names one unit of the same size by its word alone: "12 months" =
    "a year", "24 hours" = "a day", "two weeks" = "a fortnight"."""
    if not is_measure(q.unit) or q.high is not None:
        return False
    size = to_base(q.value, q.unit)  # type: ignore[arg-type]
    tol = _rounding(q.value) + CONVERSION_SLACK  # one unit is exact; q was rounded
    return any(
        dimension(u) == dimension(q.unit) and math.isclose(size, to_base(1.0, u), rel_tol=tol)
        for u in unit_words(other.text, other.lang)
        if is_measure(u) and dimension(u) != "temperature"
    )


def _digits_in(q: Quantity, text: str) -> bool:
    """The digits of `q` stand in `text` as a whole token (two digits or more), or as
    a code with a letter or two before them ("Stand 5" = "R5", "Gleis 7" = "voie 7" in
    a timetable's "V7"): the other side has the number, read there as part of something
    else ("Windows 10 May 2020 Update" taken as a date)."""
    digits = q.text.strip()
    if not digits.isdigit():
        return False
    code = rf"(?<![\w.,])[^\W\d_]{{1,2}}{digits}(?![\w]|[.,]\d)"
    if re.search(code, text) is not None:
        return True
    return len(digits) >= 2 and re.search(rf"(?<![\w.,]){digits}(?![\w]|[.,]\d)", text) is not None


# In a language whose decimal mark is ".", digits around a comma that cannot group
# thousands ("3,5"): a list the translator wrote without a space ("(3, 5)" -> "(3,5)").
_LIST_PAIR = re.compile(r"^(\d+),(\d{1,2})$")


def _lists(qs: list[Quantity], lang: str, other: list[Quantity]) -> list[Quantity]:
    """Each "3,5" of a language that writes decimals with "." read as the two numbers
    3 and 5 when the other side states both."""
    if facts(lang).decimal_sep != "." or not any("," in q.text for q in qs):
        return qs
    values = {o.value for o in other if o.unit is None}
    out: list[Quantity] = []
    for q in qs:
        m = _LIST_PAIR.match(q.text)
        first, second = (float(m.group(1)), float(m.group(2))) if m else (None, None)
        if m and q.unit is None and first in values and second in values:
            cut = q.start + m.end(1)
            out.append(dataclasses.replace(q, value=first, end=cut, text=m.group(1)))
            out.append(dataclasses.replace(q, value=second, start=cut + 1, text=m.group(2)))
        else:
            out.append(q)
    return out


def _restated(q: Quantity, side: list[Quantity]) -> bool:
    """A measure given again in another unit on its own side: "27 Fuß (8,2 Meter)",
    "30,000 acres (120 km²)", a conversion the translator added or dropped."""
    if not is_measure(q.unit):
        return False
    return any(
        o is not q
        and is_measure(o.unit)
        and o.unit != q.unit
        and dimension(o.unit) == dimension(q.unit)
        and _converted_same(o, q)
        for o in side
    )


_TWO_DIGITS = re.compile(r"['’]?\d\d")


def _a_year(q: Quantity, years: frozenset[int]) -> bool:
    """A bare number that the other side reads as a year ("Gründung 1863" = "fondée en
    1863"; "la saison 77" = "Saison 1977"): the dates check compares it, not this one."""
    if q.unit is not None or not q.value.is_integer():
        return False
    value = int(q.value)
    if value in years:
        return True
    return _TWO_DIGITS.fullmatch(q.text) is not None and any(y % 100 == value for y in years)


def _bounds(qs: list[Quantity]) -> list[Quantity]:
    """Each range as its two bounds: "zwischen 18 und 60" and "18 and 60", "1:2" and
    "1–2" then match bound by bound, and a changed bound is one finding."""
    out: list[Quantity] = []
    for q in qs:
        if q.high is None:
            out.append(q)
        else:
            out.append(dataclasses.replace(q, high=None))
            out.append(dataclasses.replace(q, value=q.high, high=None))
    return out


class NumbersCheck:
    name = "numbers"
    types = ("number",)
    # 2: one, lists, digits read as something else, stages (issue 15); 3: a range's
    # changed bound once, fractions as percentages, numbers after an article or inside a
    # name weak, "one and a half", Russian number stems (issue 15, round 4); 4: a number
    # missing that the other side writes in a code ("Stand 5" = "R5") is minor (round 5);
    # 5: clock times with "h" or a dotted am/pm, halves of a unit ("a half-year" = "six
    # months" = "полгода"), hyphenated number words, a half of a unit compared, a
    # quantity the other side says as one unit ("12 months" = "a year") minor, clock
    # times by a part of the hour ("halb neun") and on twelve hours (round 7)
    # 6: noon and midnight as clock times ("at noon" = "um 12 Uhr"; round 7b)
    # 7: numbers in names: digits after an abbreviation in capitals ("TSV 1860") or before
    # a place ("1860 Munich") weak, digits opening with a zero ("Schalke 04") soft; the
    # day of a dashed day range ("7-9 May") is a date, no number (round 9)
    # 8: a scale word kept as a loan ("14 lakh" = "14 лакхов"); a figure restated in a
    # scale word and rounded to the digits it writes ("23.94 lakh" = "2,4 млн")
    version = "8"

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        src = extract_numbers(pair.src.text, pair.src.lang)
        tgt = extract_numbers(pair.tgt.text, pair.tgt.lang)
        if not src and not tgt:
            return []
        src, tgt = _lists(src, pair.src.lang, tgt), _lists(tgt, pair.tgt.lang, src)
        # soft numbers last, so that "beiden ... zwei" pairs "zwei" with "deux" first
        # a soft number left over is no changed value ("beide" / "une trentaine")
        st, tt = pair.src.text, pair.tgt.text
        m = match(
            sorted(_bounds(src), key=lambda q: q.soft),
            sorted(_bounds(tgt), key=lambda q: q.soft),
            lambda a, b: (
                _same(a, b)
                or _scale_borrowed(a, b, tt, pair.tgt.lang)
                or _scale_borrowed(b, a, st, pair.src.lang)
            ),
            _related,
        )
        # the other side's years only where a number is left over (most rows match fully,
        # and a side without numbers need not be read for dates)
        if m.missing:
            tgt_years = years(pair.tgt)
            m.missing = [q for q in m.missing if not (_restated(q, src) or _a_year(q, tgt_years))]
        if m.added:
            src_years = years(pair.src)
            m.added = [q for q in m.added if not (_restated(q, tgt) or _a_year(q, src_years))]
        # when the other side has no number left over: one, said there by an article, and
        # the same digits standing there, read as part of a date, a code or a name
        # a range with a changed bound is one drift ("4-6%" -> "4.6%"), not also a bound
        # missing or added
        m.missing = _unpaired(m.missing, {s for s, _ in m.changed})
        m.added = _unpaired(m.added, {t for _, t in m.changed})
        # a number in a name left over on the other side ("Sechzig" for "1860 Munich"),
        # the name not copied here, may be the same name said with another number
        missing, added = m.missing, m.added
        if all(q.name for q in added):
            named = _renamed(added, pair.src.text)
            m.missing = [_weaken(q) if named or _said(q, pair.tgt) else q for q in missing]
        if all(q.name for q in missing):
            named = _renamed(missing, pair.tgt.text)
            m.added = [_weaken(q) if named or _said(q, pair.src) else q for q in added]
        return findings(m, "number", lambda x: x.label, _severity)


def _renamed(named: list[Quantity], other_text: str) -> bool:
    """Whether a number in a name is left over whose words the other side does not copy
    ("Sechzig" against "1860 Munich", not against "Sechzig lost 300 fans")."""
    low = other_text.lower()
    return any(q.text.lower() not in low for q in named)


def _unpaired(left: list[Quantity], changed: set[Quantity]) -> list[Quantity]:
    """The bounds in `left` whose range has no bound among `changed` (a range's bounds
    share its span: see `_bounds`)."""
    spans = {(q.start, q.end) for q in changed}
    return [q for q in left if (q.start, q.end) not in spans]


def _weaken(q: Quantity) -> Quantity:
    return q if q.soft else dataclasses.replace(q, weak=True)
