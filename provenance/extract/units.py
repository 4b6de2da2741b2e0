"""Units of measure after a number, read from CLDR (through babel) in every language.

    measure_after("550-acre park", 3, "en")   # ("area-acre", 8)
    to_base(550, "area-acre")                 # 2225782.1 (square metres)

The unit words come from CLDR's unit patterns ("{0} Kilometer", "{0} километров",
"{0} feet"), so a language needs no list of its own; the factors to the base unit
(metre, square metre, kilogram, litre, m/s, kelvin) are physics. Translators convert
between metric and imperial units ("30,000 acres" = "120 km²"), so two quantities in
units of one dimension are compared in the base unit, within rounding.
"""

from __future__ import annotations

import re
from functools import cache

# CLDR unit id -> (factor, offset) to the base unit of its dimension.
_FACTORS: dict[str, tuple[float, float]] = {
    "length-millimeter": (1e-3, 0.0),
    "length-centimeter": (1e-2, 0.0),
    "length-meter": (1.0, 0.0),
    "length-kilometer": (1e3, 0.0),
    "length-inch": (0.0254, 0.0),
    "length-foot": (0.3048, 0.0),
    "length-yard": (0.9144, 0.0),
    "length-mile": (1609.344, 0.0),
    "length-nautical-mile": (1852.0, 0.0),
    "area-square-meter": (1.0, 0.0),
    "area-square-kilometer": (1e6, 0.0),
    "area-hectare": (1e4, 0.0),
    "area-acre": (4046.8564224, 0.0),
    "area-square-mile": (2589988.110336, 0.0),
    "area-square-foot": (0.09290304, 0.0),
    "mass-gram": (1e-3, 0.0),
    "mass-kilogram": (1.0, 0.0),
    "mass-tonne": (1e3, 0.0),
    "mass-ton": (907.18474, 0.0),
    "mass-pound": (0.45359237, 0.0),
    "mass-ounce": (0.028349523125, 0.0),
    "volume-liter": (1.0, 0.0),
    "volume-milliliter": (1e-3, 0.0),
    "volume-cubic-meter": (1e3, 0.0),
    "volume-gallon": (3.785411784, 0.0),
    "speed-kilometer-per-hour": (1 / 3.6, 0.0),
    "speed-mile-per-hour": (0.44704, 0.0),
    # durations, in seconds: "14 days" = "zwei Wochen", "24 hours" = "сутки"
    "duration-second": (1.0, 0.0),
    "duration-minute": (60.0, 0.0),
    "duration-hour": (3600.0, 0.0),
    "duration-day": (86400.0, 0.0),
    "duration-week": (604800.0, 0.0),
    "duration-fortnight": (1209600.0, 0.0),
    "duration-month": (2629800.0, 0.0),  # a twelfth of a Julian year
    "duration-year": (31557600.0, 0.0),
    # a clock time's hours ("24 часа", "16 heures" are durations as often as times)
    "h": (3600.0, 0.0),
    "temperature-celsius": (1.0, 273.15),
    "temperature-fahrenheit": (5 / 9, 273.15 - 32 * 5 / 9),
}

# Locales whose CLDR data give each language's unit words (British English spells
# "metres", "kilometres").
_LOCALES = {"en": ("en", "en_GB"), "de": ("de", "de_CH"), "fr": ("fr",), "ru": ("ru",)}


# Short unit symbols that are also words ("5 in the morning", French "mi-juin").
_WORDS = frozenset({"in", "mi"})


def dimension(unit: str | None) -> str | None:
    """ "length" for "length-foot", "currency" for "USD"; "%" and "h" themselves."""
    if unit is None:
        return None
    if unit.isalpha() and unit.isupper():
        return "currency"
    if unit == "h":
        return "duration"
    return unit.split("-", 1)[0] if "-" in unit else unit


def is_measure(unit: str | None) -> bool:
    return unit is not None and unit in _FACTORS


def to_base(value: float, unit: str) -> float:
    factor, offset = _FACTORS[unit]
    return value * factor + offset


def _forms(code: str) -> dict[str, str]:
    """Every written form of every unit (lower case) -> its CLDR id."""
    from babel import Locale, UnknownLocaleError

    out: dict[str, str] = {}
    for name in _LOCALES.get(code, (code,)):
        try:
            patterns = Locale.parse(name)._data["unit_patterns"]
        except (
            UnknownLocaleError,
            ValueError,
        ):  # a language CLDR does not know: its own words only
            continue
        for unit in _FACTORS:
            if unit not in patterns:
                continue
            for width in ("long", "short"):
                for count, pattern in patterns[unit].get(width, {}).items():
                    if count == "per" or "{0}" not in pattern:
                        continue
                    form = pattern.replace("{0}", "").strip(" \u00a0\u202f").lower()
                    # one-letter symbols ("m", "g", "t") are scale words or letters as
                    # often as units, and "in" (inch), "mi" (mile) are words: only the
                    # longer forms are read
                    if len(form) >= 2 and form not in _WORDS and not form.startswith("{"):
                        out.setdefault(form, unit)
    from provenance.extract._text import facts

    for word, unit in facts(code).unit_words.items():
        out.setdefault(word, unit)
    return out


def _form_regex(form: str) -> str:
    """A unit form as a regex: long words may inflect ("Metern", "километрах", "Kilometern
    pro Stunde"), short symbols stand whole ("km", "km/h")."""
    words = [
        re.escape(w) + (r"\w*" if len(w) >= 4 and w[-1].isalpha() else "") for w in form.split()
    ]
    tail = "" if words[-1].endswith(r"\w*") else r"(?!\w)"
    return r"\s+".join(words) + tail


@cache
def _alternation(code: str) -> tuple[str, tuple[str, ...]]:
    """One alternation of every form, longest first, each in a group of its own: the
    group that matched names the unit."""
    forms = _forms(code)
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(f"({_form_regex(f)})" for f in ordered), tuple(forms[f] for f in ordered)


@cache
def _pattern(code: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A unit right after a number (a space or a hyphen between)."""
    alts, units = _alternation(code)
    return re.compile(rf"[ \u00a0\u202f-]?(?:{alts})", re.IGNORECASE), units


def measure_after(text: str, pos: int, code: str) -> tuple[str, int] | None:
    """(unit id, end) of a unit of measure right after position `pos`, else None."""
    rx, units = _pattern(code)
    m = rx.match(text, pos)
    if m is None or m.lastindex is None:
        return None
    return units[m.lastindex - 1], m.end()


@cache
def _word_pattern(code: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The unit forms standing as words anywhere in a text."""
    alts, units = _alternation(code)
    return re.compile(rf"(?<!\w)(?:{alts})", re.IGNORECASE), units


def unit_words(text: str, code: str) -> frozenset[str]:
    """The units a text names by a word of their own ("a year", "per day", "сутки"):
    one of each, said without a number."""
    rx, units = _word_pattern(code)
    return frozenset(units[m.lastindex - 1] for m in rx.finditer(text) if m.lastindex)
