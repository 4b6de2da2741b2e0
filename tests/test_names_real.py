"""The names check on renderings professional translators write (a derivation, a compound
built on the name, a translated institution, a regnal name) and on names replaced inside a
name whose other words are kept. Sentences written for these tests, after patterns seen
in real translations."""

from __future__ import annotations

import pytest

from provenance.checks.names import NamesCheck
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


def flags(src: str, sl: str, tgt: str, tl: str) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a demonym and its place word in another language's form
        ("Der Amerikaner schrieb einen Brief.", "de", "The American wrote a letter.", "en"),
        ("Viele Amerikaner wollen arbeiten.", "de", "Many Americans want to work.", "en"),
        # a compound built on the name, rendered by the name and a common noun
        ("Das Rakoczy-Reitturnier beginnt.", "de", "The Rakoczy horse show begins.", "en"),
        ("Он выступил на своём Youtube-канале.", "ru", "He spoke on his YouTube channel.", "en"),
        # a name said twice on both sides
        (
            "Wir trafen Jürgen Schrödinger vom Abschleppdienst, so Schrödinger.",
            "de",
            "We met Jürgen Schrödinger from the towing firm, Schrödinger said.",
            "en",
        ),
        # an organisation the Russian dictionary knows is translated
        (
            "В Минобороны сообщили об испытаниях.",
            "ru",
            "The Defense Ministry reported tests.",
            "en",
        ),
        # CLDR's Russian name, whose lemma pymorphy3 gets wrong
        ("Самолёт упал на юге Ливана.", "ru", "The plane fell in southern Lebanon.", "en"),
        # a regnal name in another language's form, the number kept
        ("Витражи эпохи Людовика XII сгорели.", "ru", "Windows from Louis XII's era burned.", "en"),
        # a written abbreviation
        ("Man Utd won.", "en", "Manchester United gewann.", "de"),
    ],
)
def test_faithful_renderings_raise_no_serious_flag(src: str, sl: str, tgt: str, tl: str) -> None:
    assert [f for f in flags(src, sl, tgt, tl) if f[0] in SERIOUS] == []


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a word of the language's dictionary, not a name
        ("Die Leute kamen zur Kirche.", "de", "People came to the Cathedral.", "en"),
        # a capitalised Russian adjective of an institution is no place
        ("Сигнал поступил в Национальный центр.", "ru", "The signal reached Armenia.", "en"),
        # a German dictionary compound that the neighbours never write
        ("Das Schmuddelwetter hielt an.", "de", "The weather stayed bad.", "en"),
    ],
)
def test_weak_evidence_is_at_most_minor(src: str, sl: str, tgt: str, tl: str) -> None:
    found = flags(src, sl, tgt, tl)
    assert all(sev == "minor" for sev, _ in found), found


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a first name replaced, the surname kept (short, or alike in the middle)
        ("Minister Nick Harwood sprach.", "de", "Министр Стивен Харвуд выступил.", "ru"),
        ("Ministerin Fiona Hyslop sagte das.", "de", "Министр Диана Хислоп это сказала.", "ru"),
        # judged against the name of the surname, not an acronym matched before it
        (
            "Ähnlich äußerte sich CSU-Generalsekretär Markus Blume.",
            "de",
            "Similar words came from the CSU secretary general, Würzburg Blume.",
            "en",
        ),
        # a name where the source had a common word, the other words kept
        (
            "Er las die Neue Westfälische Zeitung.",
            "de",
            "He read the Neue Westfälische Kowalczyk.",
            "en",
        ),
    ],
)
def test_a_word_replaced_inside_a_kept_name_is_serious(
    src: str, sl: str, tgt: str, tl: str
) -> None:
    found = flags(src, sl, tgt, tl)
    assert any(sev in SERIOUS for sev, _ in found), found
