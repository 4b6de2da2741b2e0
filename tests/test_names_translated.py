"""Names found on one side only that are no drift: a common word misspelled (a typo looks
like a rare name) and a description translated ("Löwen" / "Lions"), told by the run's
encoder. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import need

from provenance.checks.names import TRANSLATED, NamesCheck
from provenance.extract.names import misspelling
from provenance.model import PairView, Segment

SERIOUS = ("critical", "major")


# ---------------------------------------------------------------- typos


@pytest.mark.parametrize(
    ("word", "lang", "meant"),
    [
        ("Bundesregirung", "de", "bundesregierung"),  # a letter missing
        ("Informaton", "en", "information"),
        ("Wissenschaftelr", "de", "wissenschaftler"),  # two neighbours swapped
        ("Gesundheitsministerum", "de", "gesundheitsministerium"),  # in a compound's tail
    ],
)
def test_a_misspelled_word_is_found(word: str, lang: str, meant: str) -> None:
    assert misspelling(word, lang) == meant


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        # names one edit from a frequent word, but attested in the news themselves
        ("Strobl", "de"),
        ("Pjanic", "en"),
        ("Kelley", "en"),
        # unattested names whose nearest word needs a letter replaced or added
        ("Landray", "de"),  # Landrat
        ("Steijn", "en"),  # Stein
        ("Emerica", "en"),  # America
        ("Мошаль", "ru"),  # мораль
        ("Regierung", "de"),  # a word spelled right
    ],
)
def test_a_name_near_a_word_is_no_typo(word: str, lang: str) -> None:
    assert misspelling(word, lang) is None


def flags(src: str, sl: str, tgt: str, tl: str, embed=None) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, sl, [0], [src]), Segment(1, tl, [0], [tgt]), None, embed=embed)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


def test_a_typo_in_the_source_is_no_name_missing() -> None:
    found = flags(
        "Die Bundesregirung will die Regeln lockern.",
        "de",
        "The federal government wants to relax the rules.",
        "en",
    )
    assert [f for f in found if f[0] in SERIOUS] == []


# ---------------------------------------------------------------- translated names


def fake_embed(groups: list[set[str]]):
    """An encoder where the texts of one group are one vector and every other text is a
    vector of its own (orthogonal to all): "Löwen" and "Lions" mean the same."""
    dim = 1024
    slots: dict[str, int] = {}

    def embed(texts):
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for k, t in enumerate(texts):
            g = next((i for i, group in enumerate(groups) if t in group), None)
            slot = g if g is not None else slots.setdefault(t, len(groups) + len(slots))
            out[k, slot] = 1.0
        embed.calls += 1
        return out

    embed.calls = 0
    return embed


SRC = "Die Löwen gewannen am Sonntag in Augsburg."
TGT = "The Lions won in Augsburg on Sunday."


def test_a_translated_description_is_minor() -> None:
    same = fake_embed([{"Löwen", "Lions"}])
    assert [f for f in flags(SRC, "de", TGT, "en", same) if f[0] in SERIOUS] == []


def test_a_name_added_that_translates_nothing_stays_major() -> None:
    other = fake_embed([])
    found = flags(SRC, "de", "Kowalczyk won in Augsburg on Sunday.", "en", other)
    assert ("major", "Kowalczyk was added in the translation") in found


def test_a_common_word_capitalised_is_minor_whatever_the_encoder_says() -> None:
    # "Lions": the English dictionary lists "lion" in lower case only, and the source
    # keeps no name it may have become (the encoder, here, sees no translation)
    other = fake_embed([])
    assert ("minor", "Lions was added in the translation") in flags(SRC, "de", TGT, "en", other)


def test_a_common_word_name_stays_major_beside_a_new_name() -> None:
    # "The Mail on Sunday" / "The Matt": a clear name on the other side that nothing
    # matched may be what the common word became
    found = flags(
        "The Mail on Sunday can reveal that part of his visit on Wednesday involved a trip.",
        "en",
        "In ihrer Sonntagsausgabe kann The Matt enthüllen, dass ein Teil seines Besuchs am"
        " Mittwoch einen Abstecher vorsah.",
        "de",
    )
    assert ("major", "Mail is missing in the translation") in found
    # a name listed both ways in the dictionary is a name: "Victoria"
    found = flags(
        "She said Victoria won the race.", "en", "Sie sagte, das Rennen sei gewonnen.", "de"
    )
    assert ("major", "Victoria is missing in the translation") in found


def test_a_swap_stays_critical_when_the_new_name_translates_no_other_word() -> None:
    # both the old and the new name are left out of what they are compared with: a name
    # that resembles the name it replaced is still a swap
    src = "Der Minister besuchte gestern Toronto und sprach mit Bürgern."
    tgt = "The minister visited Chicago yesterday and spoke with citizens."
    close = fake_embed([{"Toronto", "Chicago"}])
    assert ("critical", "Toronto became Chicago") in flags(src, "de", tgt, "en", close)


def test_a_replacement_that_translates_another_word_is_minor() -> None:
    src = "Auf einem Gemüsehof im niederbayerischen Mamming sind 500 Menschen krank."
    tgt = "On a vegetable farm in Mamming, Lower Bavaria, 500 people are ill."
    near = fake_embed([{"niederbayerischen", "Lower Bavaria"}])
    assert [f for f in flags(src, "de", tgt, "en", near) if f[0] in SERIOUS] == []


def test_a_window_of_rows_is_settled_in_one_encoder_call() -> None:
    # "Leones": a name-like word no dictionary lists, so only the encoder can tell that
    # it translates "Löwen" ("Lions" is minor as a common word, with no encoder call)
    rows = [
        (SRC, "The Leones won in Augsburg on Sunday."),
        ("Die Löwen verloren in Köln.", "The Leones lost in Cologne."),
    ]
    embed = fake_embed([{"Löwen", "Leones"}])
    views = [
        PairView(k, Segment(0, "de", [k], [s]), Segment(1, "en", [k], [t]), None, embed=embed)
        for k, (s, t) in enumerate(rows)
    ]
    check = NamesCheck()
    check.prepare(views)
    assert embed.calls == 0  # rows are analysed when the first of their window is asked
    prepared = [[(f.severity, f.message) for f in check(v)] for v in views]
    assert embed.calls == 1  # the second row reuses what the window found
    alone = [[(f.severity, f.message) for f in NamesCheck()(v)] for v in views]
    assert prepared == alone


def test_without_an_encoder_the_flag_keeps_its_severity() -> None:
    found = flags(SRC, "de", "The Leones won in Augsburg on Sunday.", "en")
    assert ("major", "Leones was added in the translation") in found


# ---------------------------------------------------------------- real text


@pytest.mark.slow
def test_translated_names_on_a_real_reference(shared_dir: Path) -> None:
    """On the first 300 lines of the de->en A reference (faithful), the encoder makes
    translated descriptions minor: fewer serious entity flags than without it, and few."""
    folder = shared_dir / "corpora" / "wmt21" / "de-en"
    need((folder / "ref-A.en").is_file(), f"{folder} not found")
    from provenance.embed import CachedEncoder, get_encoder

    src = (folder / "source.de").read_text(encoding="utf-8").splitlines()[:300]
    tgt = (folder / "ref-A.en").read_text(encoding="utf-8").splitlines()[:300]
    enc = CachedEncoder(get_encoder())
    views = [
        PairView(k, Segment(0, "de", [k], [s]), Segment(1, "en", [k], [t]), None, embed=e)
        for e in (enc.encode, None)
        for k, (s, t) in enumerate(zip(src, tgt, strict=True))
    ]
    check = NamesCheck()
    serious = [any(f.severity in SERIOUS for f in check(v)) for v in views]
    with_encoder, without = sum(serious[:300]), sum(serious[300:])
    assert with_encoder < without
    assert with_encoder <= 0.03 * 300
    assert 0.5 < TRANSLATED < 0.7


# ---------------------------------------------------------------- document context


def document(rows: list[tuple[str, str]], sl: str = "de", tl: str = "en") -> list[PairView]:
    return [
        PairView(k, Segment(0, sl, [k], [s]), Segment(1, tl, [k], [t]), None)
        for k, (s, t) in enumerate(rows)
    ]


ROWS = [
    ("Johanna Bauer leitet seit Mai die Klinik.", "Johanna Bauer has run the clinic since May."),
    # the source says "the doctor" (a pronoun would be row-level evidence of its own:
    # see test_names_fitted.py)
    ("Zuvor arbeitete die Ärztin in Regensburg.", "Before that, Johanna worked in Regensburg."),
    ("Der Umzug fiel ihr leicht.", "The move was easy for her."),
]


def test_a_name_for_the_sources_pronoun_is_minor_in_a_document() -> None:
    views = document(ROWS)
    alone = [(f.severity, f.message) for f in NamesCheck()(views[1])]
    assert ("major", "Johanna was added in the translation") in alone
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[1])]
    assert ("minor", "Johanna was added in the translation") in found


def test_a_name_replaced_that_no_nearby_row_names_stays_critical() -> None:
    rows = [
        ("Johanna Bauer leitet seit Mai die Klinik.", "Johanna Bauer has run the clinic."),
        ("Zuvor arbeitete sie in Regensburg.", "Before that, she worked in Munich."),
        ("Der Umzug fiel ihr leicht.", "The move was easy for her."),
        ("Eine Woche", "A week"),
        ("Am Montag sprach Karl Huber.", "On Monday, Karl Huber spoke."),
    ]
    views = document(rows)
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[4])]
    assert found == []  # kept
    found = [(f.severity, f.message) for f in check(views[1])]
    assert any(sev == "critical" and "Regensburg" in msg for sev, msg in found)


def test_context_is_only_rows_a_few_apart() -> None:
    far = [ROWS[0]] + [("Es regnete.", "It rained.")] * 4 + [ROWS[1]]
    views = document(far)
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[-1])]
    assert ("major", "Johanna was added in the translation") in found


def test_a_row_repeating_the_same_sentence_is_no_context() -> None:
    # variants of one sentence side by side (a file of alternatives, a test suite): the
    # other variant names Johanna in its source, but it is no context
    tgt = "Before that, Johanna worked in Regensburg."
    views = document([("Vorher arbeitete Johanna in Regensburg.", tgt), (ROWS[1][0], tgt)])
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[1])]
    assert ("major", "Johanna was added in the translation") in found


def test_a_name_missing_stays_major_though_named_nearby() -> None:
    # a name dropped from a sentence about a person the article names throughout is a
    # drift the editor must see: context weakens only a name added (a pronoun in its
    # place in the same row is evidence of its own: test_names_fitted.py)
    rows = [
        ("Johanna Kowalczyk leitet die Klinik.", "Johanna Kowalczyk has run the clinic."),
        ("Am Montag traf Kowalczyk den Minister.", "On Monday, the minister was met."),
    ]
    views = document(rows)
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[1])]
    assert ("major", "Kowalczyk is missing in the translation") in found


def test_a_name_the_translation_moved_to_a_neighbouring_row_is_minor() -> None:
    # the translator (or the aligner) put the name into the next sentence: over the
    # neighbourhood the translation names Kowalczyk as often as the source does
    rows = [
        ("Am Montag traf Kowalczyk den Minister.", "On Monday, the minister was met."),
        ("Sie sprachen lange.", "Kowalczyk and he talked for a long time."),
    ]
    views = document(rows)
    alone = [(f.severity, f.message) for f in NamesCheck()(views[0])]
    assert ("major", "Kowalczyk is missing in the translation") in alone
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[0])]
    assert ("minor", "Kowalczyk is missing in the translation") in found


def test_a_name_dropped_stays_major_when_the_neighbours_name_it_on_both_sides() -> None:
    # the neighbour names Kowalczyk in its source too: nothing was moved, one was lost
    rows = [
        ("Am Montag traf Kowalczyk den Minister.", "On Monday, the minister was met."),
        ("Kowalczyk sprach lange.", "Kowalczyk talked for a long time."),
    ]
    views = document(rows)
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[0])]
    assert ("major", "Kowalczyk is missing in the translation") in found


def test_a_name_opening_a_neighbours_source_counts_as_named_there() -> None:
    # "Catalonia has become ..." opens its sentence in English, where a capital is no
    # evidence of a name; the neighbour still names it on both sides
    rows = [
        ("Catalonia has become the latest region.", "Каталония стала последним регионом."),
        (
            "France warned its citizens not to travel to Catalonia.",
            "Во Франции граждан предостерегли от путешествий.",
        ),
    ]
    views = document(rows, "en", "ru")
    check = NamesCheck()
    check.prepare(views)
    found = [(f.severity, f.message) for f in check(views[1])]
    assert ("major", "Catalonia is missing in the translation") in found


def test_windows_give_what_one_pass_over_the_document_gives(monkeypatch) -> None:
    """Rows analysed a window at a time (memory stays bounded on long documents) see the
    same context across a window's edge as in one pass."""
    import provenance.checks.names as names_module

    rows = [
        ("Sie kam aus Passau.", "She came from Passau."),
        ("Sie lacht.", "Stefanie laughs."),
        ("Stefanie bleibt in Regensburg.", "Stefanie stays in Regensburg."),
        ("Die Löwen verloren.", "The Lions lost."),
        ("Er kam aus Wien.", "He came from Linz."),
    ] * 3
    embed = fake_embed([{"Löwen", "Lions"}])

    def run() -> list[list[tuple[str, str]]]:
        views = [
            PairView(k, Segment(0, "de", [k], [s]), Segment(1, "en", [k], [t]), None, embed=embed)
            for k, (s, t) in enumerate(rows)
        ]
        check = NamesCheck()
        check.prepare(views)
        return [[(f.severity, f.message) for f in check(v)] for v in views]

    whole = run()
    monkeypatch.setattr(names_module, "WINDOW_ROWS", 2)
    assert run() == whole
    assert any(found for found in whole)
