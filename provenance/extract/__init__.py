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


def clear_caches() -> None:
    """Forget cached extractions (for timing runs that must not reuse earlier work)."""
    from provenance.extract import _text, dates, names, numbers

    for fn in (
        _text.tokens,
        dates._extract,
        numbers._extract,
        names._extract,
        names._trace_keys,
        names.name_key,
        # per-word judgements
        _text.lemma,
        _text.ru_parses,
        dates._readings,
        dates._month_of,
        dates._weekday_of,
        numbers._word_value_of,
        names._is_candidate_word,
        names._is_title_word,
        names._keys,
        names._evidence,
        names._linked_compound,
        names._names_match,
        names.keys_match,
        names.stems_match,
    ):
        fn.cache_clear()


__all__ += ["clear_caches"]
