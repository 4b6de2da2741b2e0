"""Language detection: script first, then py3langid restricted to de/en/fr."""

from __future__ import annotations

import pytest

from provenance.errors import InputError
from provenance.text.langid import detect, script_counts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Добрый день", "ru"),
        ("Правительство снизит налоги в следующем году, сообщил министр.", "ru"),
        ("Die Regierung senkt die Steuern", "de"),
        ("Die Regierung senkt im nächsten Jahr die Steuern, sagte der Minister.", "de"),
        ("The government will cut taxes", "en"),
        ("The government will cut taxes next year, the minister said.", "en"),
        ("Le gouvernement baissera les impôts", "fr"),
        ("Le gouvernement baissera les impôts l'an prochain, a déclaré le ministre.", "fr"),
    ],
)
def test_short_texts(text, lang):
    assert detect(text) == lang


def test_long_texts():
    de = "Die Abgeordneten stimmten am Dienstag mit großer Mehrheit für das Gesetz. " * 200
    fr = "Les députés ont voté mardi à une large majorité pour la loi. " * 200
    assert detect(de) == "de"
    assert detect(fr) == "fr"
    # A Russian article quoting Latin-script names stays Russian.
    ru = "Канцлер Olaf Scholz и президент Emmanuel Macron встретились в Берлине. " * 50
    assert detect(ru) == "ru"


def test_gold_sentences_of_the_segmentation_corpus():
    """Every gold sentence and paragraph of corpora/segmentation is detected correctly
    (or refused, never wrong)."""
    from provenance.bench.segmentation import DEFAULT_CORPUS, score_langid

    for lang, kinds in score_langid(DEFAULT_CORPUS).items():
        for kind, verdict in kinds.items():
            assert " 0 wrong" in verdict, (lang, kind, verdict)
        assert ", 0 refused" in kinds["paragraph"], (lang, kinds)


@pytest.mark.parametrize("text", ["", "  ", "12 345", "a", "—!"])
def test_too_little_text_asks_for_langs(text):
    with pytest.raises(InputError, match="--langs") as info:
        detect(text, source="x.txt")
    assert str(info.value).startswith("x.txt:")


def test_unsupported_language_is_refused_or_never_silently_wrong_script():
    # Arabic has no Latin or Cyrillic letters: too little text of a known script.
    with pytest.raises(InputError):
        detect("مرحبا بالعالم، هذه جملة طويلة بعض الشيء")


def test_script_counts():
    assert script_counts("Abc где") == (3, 3)
