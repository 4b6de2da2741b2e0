"""A character without a Unicode name (found by tests/test_fuzz.py): pymorphy3 raises on
a word that starts with one; the shared Russian analysis reads it as an unknown word."""

from provenance.extract._text import ru_parse, ru_parses


def test_a_word_starting_with_an_unnamed_character_is_an_unknown_word() -> None:
    word = "\U00017000а"  # a Tangut ideograph Python 3.11's Unicode data has no name for
    assert len(ru_parses(word)) == 1
    assert "UNKN" in str(ru_parse(word).tag)
    assert ru_parse("дома").normal_form == "дом"  # ordinary words as before
