"""provenance.util.lexicon: wordfreq's Zipf frequencies, the same values, from an on-disk index
built once (atomically, versioned) and memory-mapped."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import get_frequency_list, zipf_frequency

from provenance.util import lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh cache directory, and no index or value cached in this process."""
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path))
    lexicon._index.cache_clear()
    lexicon.zipf.cache_clear()
    yield tmp_path / "lexicon"
    lexicon._index.cache_clear()
    lexicon.zipf.cache_clear()


def _demo_words(lang: str) -> list[str]:
    path = next((ROOT / "corpora" / "demo").glob(f"*.{lang}.txt"), None)
    if path is None:
        return []
    return path.read_text(encoding="utf-8").split()  # with punctuation, casing, numbers


EDGE = [
    "", " ", "2020", "1985", "007", "3,5", "40%", "3.", "U.S.", "New York", "l'homme",
    "aujourd’hui", "Anna-Lena", "qwzxvj", "ёлка", "Ёлка", "ÄRGER", "straße", "STRASSE",
    "e-mail", "«Zitat»", "—", "x2", "COVID-19", "🙂",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["de", "ru", "en", "fr"])
def test_same_values_as_wordfreq(cache: Path, lang: str) -> None:
    rng = random.Random(lang)
    words = [w for bucket in get_frequency_list(lang) for w in bucket]
    sample = rng.sample(words, 2000)
    sample += [w.title() for w in rng.sample(words, 300)] + _demo_words(lang) + EDGE
    sample += [
        f"{a} {b}" for a, b in zip(rng.sample(words, 100), rng.sample(words, 100), strict=True)
    ]
    diffs = [(w, lexicon.zipf(w, lang), zipf_frequency(w, lang)) for w in sample]
    assert [d for d in diffs if d[1] != d[2]] == []
    assert sum(d[1] > 0 for d in diffs) > 1500  # most were found, not all defaulted to 0


def test_unknown_code_falls_back_to_wordfreq(cache: Path) -> None:
    # "pt-BR" is no list's exact name: wordfreq's own matching decides, as before.
    assert lexicon.zipf("obrigado", "pt-BR") == zipf_frequency("obrigado", "pt-BR") > 0
    assert not cache.exists() or not list(cache.glob("*pt*"))


def test_index_is_built_once_and_versioned(cache: Path) -> None:
    lexicon.prepare(["en"])
    built = list(cache.iterdir())
    assert [p.name for p in built] == [p.name for p in cache.glob("wordfreq-en-*.marisa")]
    assert len(built) == 1
    mtime = built[0].stat().st_mtime_ns
    lexicon._index.cache_clear()
    lexicon.prepare(["en"])  # a new process would open it, not rebuild it
    assert built[0].stat().st_mtime_ns == mtime
    # A different wordfreq list (other size or mtime) gets another file name.
    source = lexicon._source("en")
    assert source is not None
    assert lexicon.index_path("en", source) == built[0]
    other = cache.parent / "copy.msgpack.gz"
    other.write_bytes(source.read_bytes() + b"\0")
    assert lexicon.index_path("en", other) != built[0]


def test_a_damaged_index_is_rebuilt(cache: Path) -> None:
    lexicon.prepare(["fr"])
    (path,) = cache.glob("wordfreq-fr-*.marisa")
    path.write_bytes(b"not a trie")
    lexicon._index.cache_clear()
    lexicon.zipf.cache_clear()
    assert lexicon.zipf("maison", "fr") == zipf_frequency("maison", "fr") > 4
    assert path.stat().st_size > 100_000


def test_an_unwritable_cache_still_works(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    blocker = cache.parent / "file"
    blocker.write_text("a file where the directory should go")
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(blocker))
    assert lexicon.zipf("house", "en") == zipf_frequency("house", "en") > 4


@pytest.mark.slow
def test_processes_building_at_once_each_install_a_whole_index(cache: Path) -> None:
    code = "from provenance.util import lexicon; print(lexicon.zipf('maison', 'fr'))"
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(cache.parent)}
    procs = [
        subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert set(outs) == {str(zipf_frequency("maison", "fr"))}
    assert [p.name for p in cache.iterdir() if p.suffix != ".marisa"] == []  # no temp left
    assert len(list(cache.glob("wordfreq-fr-*.marisa"))) == 1
    assert lexicon.zipf("maison", "fr") == zipf_frequency("maison", "fr")


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_lemmas_equal_simplemma(cache: Path, lang: str) -> None:
    import simplemma

    lexicon._lemmatizer.cache_clear()
    lexicon.lemma.cache_clear()
    words = [*_demo_words(lang), "Häuser", "Steuererhöhungen", "lehnte", "maisons", "été", "allées"]
    assert [lexicon.lemma(w, lang) for w in words] == [
        simplemma.lemmatize(w, lang=lang) for w in words
    ]
    # The trie was installed in the project's cache directory, once, under a versioned name.
    installed = list(cache.glob(f"simplemma-*/{lang}.dic"))
    assert len(installed) == 1
    assert not list(cache.glob("simplemma-*/*.tmp"))
    lexicon._lemmatizer.cache_clear()
    lexicon.lemma.cache_clear()


def test_russian_analyser_reads_its_dictionaries_with_the_c_extension() -> None:
    """`pymorphy3[fast]` is a dependency: without the DAWG2 extension pymorphy3 silently
    falls back to its pure-Python reader, ~4x slower per parse with the same results."""
    from pymorphy3 import dawg

    assert dawg.EXTENSION_AVAILABLE, "reinstall with: pip install 'pymorphy3[fast]'"
    parses = lexicon.morph().parse("выросла")
    assert parses[0].normal_form == "вырасти"


def test_plain_words_skip_wordfreqs_tokenizer_with_its_tokens(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word of Latin-1 or Russian letters is its own case fold to wordfreq's tokenizer in
    the languages that only normalise and fold (`_plain_tokens`), so `zipf` folds it itself."""
    from wordfreq.tokens import lossy_tokenize

    letters = [chr(c) for c in range(0x20, 0x600) if lexicon._PLAIN_WORD.fullmatch(chr(c))]
    assert len(letters) == 52 + 62 + 66  # ASCII, Latin-1 (no × ÷), А-я Ёё
    words = letters + [a + b for a in letters for b in letters] + ["straße", "Ёлка", "ÆRØ"]
    for lang in ("de", "en", "fr", "ru"):
        assert lexicon._plain_tokens(lang)
        assert [w for w in words if lossy_tokenize(w, lang) != [w.casefold()]] == []
    assert not any(map(lexicon._plain_tokens, ("tr", "sr", "ro", "zh", "ja")))
    expected = {w: zipf_frequency(w, "de") for w in ("Straße", "Haus", "häuser")}

    def refuse(word: str, lang: str) -> list[str]:
        raise AssertionError(f"tokenised {word!r}")

    monkeypatch.setattr(lexicon, "lossy_tokenize", refuse)
    assert {w: lexicon.zipf(w, "de") for w in expected} == expected
