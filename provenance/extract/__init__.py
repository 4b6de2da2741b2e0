"""Fact extractors shared by the checks: numbers, dates and names with character spans.

    from provenance.extract import extract_numbers, extract_dates, extract_names
    extract_numbers("200 млрд долларов", "ru")  # [Quantity(value=2e11, unit="USD", ...)]

Each returns mentions with `start`/`end` offsets into the text it was given, so a
check (or another check asking "did the dropped clause hold a number?") can point at
them. Language data comes from `provenance.lang.<code>.facts`.
"""

from provenance.extract.dates import DateMention, extract_dates
from provenance.extract.names import NameMention, extract_names, name_key, names_match
from provenance.extract.numbers import Quantity, extract_numbers

__all__ = [
    "DateMention",
    "NameMention",
    "Quantity",
    "extract_dates",
    "extract_names",
    "extract_numbers",
    "name_key",
    "names_match",
]
