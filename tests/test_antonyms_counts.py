"""Round 15: a source that states both poles of a concept is counted too (one of its
mentions turned: "the biggest issue ... small businesses" → "das kleinste Problem ...
kleine Unternehmen"); a German name's capitalised adjective is read ("im Großen
Saal")."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.antonyms import AntonymCheck, Mention, _turned, mentions
from provenance.model import PairStats


def _flags(src: str, sl: str, tgt: str, tl: str, encoder):
    vs, vt = encoder.encode([src, tgt])
    view = one_line_pair(src, sl, tgt, tl, float(vs @ vt), stats=PairStats(), embed=encoder.encode)
    return AntonymCheck()(view)


def _m(pole: int, negated: bool = False) -> Mention:
    return Mention("size", pole, 0, 1, negated)


def test_a_two_pole_source_counts_the_pole_that_turned():
    assert _turned([_m(1), _m(-1)], [_m(-1), _m(-1)]) == [_m(-1), _m(-1)]
    # the translation only drops one, or only adds one: no opposite stated in its place
    assert _turned([_m(1), _m(-1), _m(-1)], [_m(1), _m(-1)]) == []
    assert _turned([_m(1), _m(-1)], [_m(1), _m(-1), _m(-1)]) == []
    # negated unlike: the negation check's business, or a paraphrase
    assert _turned([_m(1), _m(-1)], [_m(-1, True), _m(-1)]) == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl", "concept"),
    [
        (
            '"The biggest issue Moula has to face with respect to small businesses is that '
            'cliff," he said.',
            "en",
            "„Das kleinste Problem, das Moula in Bezug auf kleine Unternehmen bewältigen muss, "
            "ist diese Klippe“, sagte er.",
            "de",
            "size",
        ),
        (
            "Die Sitzung beginnt um 16.30 Uhr im Großen Saal des Congress Centrums Pforzheim.",
            "de",
            "The meeting begins at 4:30 p.m. in the small hall of the Congress Centrum Pforzheim.",
            "en",
            "size",
        ),
    ],
)
def test_reversals_are_flagged(src, sl, tgt, tl, concept, encoder):
    found = _flags(src, sl, tgt, tl, encoder)
    assert found and concept in found[0].detail["concepts"]


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # both poles kept, in another order
        (
            "The big banks often ignore small businesses.",
            "en",
            "Kleine Unternehmen werden von den großen Banken oft ignoriert.",
            "de",
        ),
        # one mention dropped, none turned
        (
            "The big banks ignore small firms and small shops.",
            "en",
            "Die großen Banken ignorieren kleine Firmen und Läden.",
            "de",
        ),
        (
            "Die Sitzung beginnt um 16.30 Uhr im Großen Saal des Rathauses.",
            "de",
            "The meeting begins at 4:30 p.m. in the Great Hall of the town hall.",
            "en",
        ),
        (
            "Die Große Koalition hat sich auf das Paket geeinigt.",
            "de",
            "The grand coalition agreed on the package.",
            "en",
        ),
    ],
)
def test_faithful_rows_stay_unflagged(src, sl, tgt, tl, encoder):
    assert _flags(src, sl, tgt, tl, encoder) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die Sitzung ist im Großen Saal.", {("size", 1)}),
        ("Sie stellte die Kleine Anfrage im Landtag.", {("size", -1)}),
        # no noun after: a nominalised adjective is no name's adjective
        ("Er half den Kleinen beim Spielen.", set()),
        # no article before, no inflection: a surname, a capitalised noun
        ("Herr Klein und Frau Groß kamen.", set()),
        ("Er sprach mit Kleinen Anfragen.", set()),
    ],
)
def test_a_names_capitalised_adjective_is_read(text, want):
    assert {(m.concept, m.pole) for m in mentions(text, "de")} == want


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl", "flagged"),
    [
        (
            "Zudem hielt sich der überwiegende Anteil der Anwesenden an die Regeln.",
            "de",
            "In addition, a minority of those present complied with the rules.",
            "en",
            True,
        ),
        (
            "Offenbar kam der Großteil der Szene dem Appell der Polizei nach.",
            "de",
            "It seems that a minority of the scene complied with the police appeal.",
            "en",
            True,
        ),
        (
            "Zudem hielt sich der überwiegende Anteil der Anwesenden an die Regeln.",
            "de",
            "In addition, the overwhelming majority of those present complied with the rules.",
            "en",
            False,
        ),
        (
            "Offenbar kam der Großteil der Szene dem Appell der Polizei nach.",
            "de",
            "It seems that most of the scene complied with the police appeal.",
            "en",
            False,
        ),
        ("Das Wetter war überwiegend sonnig.", "de", "The weather was mostly sunny.", "en", False),
        (
            "The majority of the sector will be unable to operate.",
            "en",
            "Der Großteil des Sektors wird nicht arbeiten können.",
            "de",
            False,
        ),
        ("Die Vorteile überwiegen.", "de", "A minority of the benefits remain.", "en", False),
    ],
)
def test_a_greater_part_is_the_majority(src, sl, tgt, tl, flagged, encoder):
    assert bool(_flags(src, sl, tgt, tl, encoder)) is flagged


@pytest.mark.parametrize(
    ("tgt", "flagged"),
    [
        ("Earlier, he had said he would decide later.", False),
        ("Later, he said he would decide earlier.", False),
        ("Earlier, he had said he would decide earlier.", True),
    ],
)
def test_two_poles_each_kept_or_one_turned(tgt, flagged, encoder):
    src = "Ранее он говорил, что решит позже."
    assert bool(_flags(src, "ru", tgt, "en", encoder)) is flagged


def test_a_translation_stating_both_poles_against_two_is_not_counted():
    # the source's "gut … schlecht" spread over "bon … bon … mal" (one "bon" of an idiom)
    assert _turned([_m(-1), _m(1), _m(-1)], [_m(1), _m(1), _m(-1)]) == []
    # against a source of one pole, a translation of both still counts
    assert _turned([_m(1), _m(1)], [_m(1), _m(-1)]) == [_m(-1)]


def test_text_berg_row_of_both_poles_stays_unflagged():
    src = (
        "Ein Schutzdach, unter dem man sich vor schlechtem Wetter geschützt bereit machen kann; "
        "dann eine Halle mit Kästen, in denen Schuhe in guter Ordnung verstaut werden, ein "
        "Mittel gegen Verwechslungen am frühen Morgen bei schlecht ausgeschlafenen Seilschaften."
    )
    tgt = (
        "Un auvent sous lequel on peut s'équiper à l'abri des intempéries, puis un hall avec "
        "des casiers propres à recevoir les chaussures en bon ordre, antidote aux échanges "
        "commis de bon matin par les cordées les plus mal réveillées."
    )
    assert AntonymCheck()(one_line_pair(src, "de", tgt, "fr", embed=None)) == []


# Round 19 (the mend): "X higher than Y" may be rendered by its converse "Y lower than X",
# so a comparative with a standard ("than", "als", "чем", "que", a Russian genitive of
# comparison) is not counted where the source states both poles.
@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        (
            "Die Arbeitslosigkeit ist im Osten höher als im Westen, wo sie niedrig bleibt.",
            "de",
            "In the west, where it remains low, unemployment is lower than in the east.",
            "en",
        ),
        (
            "Die Mieten sind in Berlin niedriger als in München, wo sie besonders hoch sind.",
            "de",
            "Rents in Munich, where they are particularly high, are higher than in Berlin.",
            "en",
        ),
        (
            "Im Norden ist es kälter als im Süden, wo es warm bleibt.",
            "de",
            "The south, where it stays warm, is warmer than the north.",
            "en",
        ),
        (
            "Unemployment is higher in the east than in the west, where it remains low.",
            "en",
            "На западе, где она остается низкой, безработица ниже, чем на востоке.",
            "ru",
        ),
        (
            "Unemployment is higher in the east than in the west, where it remains low.",
            "en",
            "À l'ouest, où il reste bas, le chômage est plus bas qu'à l'est.",
            "fr",
        ),
        (
            "Die Mieten sind im Osten höher als im Westen, wo sie niedrig sind.",
            "de",
            "На западе, где аренда низкая, она ниже восточной.",
            "ru",
        ),
    ],
)
def test_a_comparisons_converse_is_not_a_turn(src, sl, tgt, tl, encoder):
    assert _flags(src, sl, tgt, tl, encoder) == []


def test_a_turn_beside_a_comparison_is_still_flagged(encoder):
    # the positive "niedrig" became "high": the comparatives are left out, the turn counts
    src = "Die Arbeitslosigkeit ist im Osten höher als im Westen, wo sie niedrig bleibt."
    tgt = "In the west, where it remains high, unemployment is higher than in the east."
    found = _flags(src, "de", tgt, "en", encoder)
    assert found and "height" in found[0].detail["concepts"]


@pytest.mark.parametrize(
    ("text", "sl", "compared"),
    [
        ("Die Mieten sind höher als im Vorjahr.", "de", {"höher"}),
        ("Die Mieten sind hoch, als Ausgleich gibt es Wohngeld.", "de", set()),
        ("Er galt als hoch begabt.", "de", set()),
        ("Rents are lower in Berlin than in Munich.", "en", {"lower"}),
        ("The risk is low rather than high.", "en", set()),
        ("Rents are lower. Than that, nothing.", "en", set()),
        ("Аренда выше, чем в Москве.", "ru", {"выше"}),
        ("Аренда выше прошлогодней.", "ru", {"выше"}),
        ("Аренда выше в Москве.", "ru", set()),
        ("Le loyer est plus bas qu'à Paris.", "fr", {"bas"}),
        ("Le loyer est bas, que tu le veuilles ou non.", "fr", set()),
    ],
)
def test_a_comparative_with_a_standard_is_marked(text, sl, compared):
    assert {text[m.start : m.end] for m in mentions(text, sl) if m.compared} == compared
