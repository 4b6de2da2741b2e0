"""`provenance compare`: the rules of `severity:diff@11` (docs/compare.md, Round 12)."""

from __future__ import annotations

from provenance.comparison.diff import word_diff

# ---------------------------------------------------------------- a decade without its century


def test_decade_without_its_century_is_one_value():
    """ "1960er" / "sechziger Jahre", "1960-х" / "60-е", "1960s" / "'60s": one decade, no
    value replaced; another decade is one."""
    from provenance.comparison.evidence import value_changes

    def changed(a: str, b: str, lang: str) -> bool:
        return bool(value_changes(a, b, word_diff(a, b), lang))

    assert not changed(
        "etwas, das in den 1960er Jahre hinzugekommen ist",
        "etwas, das dem See in den sechziger Jahren hinzugefügt wurde",
        "de",
    )
    assert not changed(
        "что было добавлено в озеро в 1960-х: креветкой",
        "что было занесено в озеро в 60-е: с креветкой",
        "ru",
    )
    assert not changed(
        "It was built in the 1960s by the city.", "It was built in the '60s by the city.", "en"
    )
    assert changed(
        "It was built in the 1960s by the city.", "It was built in the '70s by the city.", "en"
    )
    assert changed(
        "It was built in the 1960s by the city.", "It was built in the 1970s by the city.", "en"
    )


def test_a_decade_hides_no_other_number_of_the_row():
    """The reviewer's rows: a decade said both ways answers only a decade; a count beside it
    is compared as a count ("90 Häuser" / "99 houses", "60 people" / "69 Menschen")."""
    from provenance.comparison.evidence import value_changes

    def changed(a: str, b: str, lang: str) -> bool:
        return bool(value_changes(a, b, word_diff(a, b), lang))

    assert changed(
        "In den 1990er Jahren wurden 90 Häuser gebaut.",
        "In den 1990er Jahren wurden 99 Häuser gebaut.",
        "de",
    )
    assert changed(
        "In the 1960s, 60 people lived there.", "In the sixties, 69 people lived there.", "en"
    )
    assert changed(
        "In den 1960er Jahren lebten dort 60 Menschen.",
        "In den sechziger Jahren lebten dort 69 Menschen.",
        "de",
    )
    assert changed("In den 2000er Jahren 8 Menschen.", "In den 2000er Jahren 9 Menschen.", "de")


def test_a_bare_count_is_no_short_decade():
    """The second review's row: "60 houses" beside "the '60s" is a count, not the decade
    the other side states with its century."""
    from provenance.comparison.evidence import value_changes

    a = "In the 1960s, 70 houses were built."
    b = "In the '60s, 60 houses were built."
    assert value_changes(a, b, word_diff(a, b), "en")
