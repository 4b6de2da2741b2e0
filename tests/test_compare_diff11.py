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
