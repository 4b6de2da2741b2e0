"""Word frequencies (wordfreq's Zipf scale) and lemmas (simplemma) without their start-up cost.

`wordfreq.zipf_frequency` builds, on the first call for a language, a dict of its whole
"large" list (300k–700k words): ~0.3–0.6 s and ~100 MB a language, in every process that
asks. `zipf(word, lang)` gives exactly the same numbers from a compact on-disk index of the
same list (a MARISA trie, ~3 MB a language) that is memory-mapped, so opening it costs
nothing and worker processes share its pages. Languages are loaded lazily, one at a time,
only when a word of that language is looked up.

The index is built once per machine and wordfreq data version, under the user's cache
directory (`$PROVENANCE_CACHE_DIR`, else `$XDG_CACHE_HOME/provenance`, else
`~/.cache/provenance`), in `lexicon/`. Its file name carries a key of everything it is
built from (the index format, wordfreq's version, the list's file name, size and mtime), so
an upgraded wordfreq gets a fresh index. It is written to a temporary file and renamed into
place, so processes building it at the same time each install a complete file and a reader
never sees a partial one; an unreadable file is rebuilt; an unwritable cache directory
means the index is built in memory for this process.

Importing this module imports wordfreq (its tokenizer is used); the call sites import it
when they first need a frequency. Only the lookup is ours: tokenising (`lossy_tokenize`),
number smashing, the combination of several tokens and the rounding are wordfreq's own
functions, in wordfreq's order (`wordfreq._word_frequency`), so results are identical
(tests/test_lexicon.py compares).
"""

from __future__ import annotations

import hashlib
import math
import re
from functools import cache, lru_cache
from pathlib import Path

import marisa_trie
from wordfreq import (
    INFERRED_SPACE_FACTOR,
    available_languages,
    cB_to_freq,
    freq_to_zipf,
    get_frequency_list,
    zipf_frequency,
    zipf_to_freq,
)
from wordfreq.language_info import get_language_info
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

from provenance.util import cache as user_cache

FORMAT = 1  # bump when the index layout changes
_RECORD = "<H"  # the word's bucket: its frequency is 10 ** (-bucket / 100)


def cache_dir() -> Path:
    return user_cache.root() / "lexicon"


def _source(lang: str) -> Path | None:
    """The wordfreq list that `zipf_frequency(word, lang)` reads, if `lang` names one exactly."""
    path = available_languages("best").get(lang)
    return Path(path) if path else None


def index_path(lang: str, source: Path) -> Path:
    from importlib.metadata import version

    st = source.stat()
    key = f"{FORMAT}|{version('wordfreq')}|{source.name}|{st.st_size}|{st.st_mtime_ns}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return cache_dir() / f"wordfreq-{lang}-{digest}.marisa"


def _build(lang: str) -> marisa_trie.RecordTrie:
    buckets = get_frequency_list(lang, "best")
    return marisa_trie.RecordTrie(
        _RECORD, ((word, (index,)) for index, bucket in enumerate(buckets) for word in bucket)
    )


def _install(trie: marisa_trie.RecordTrie, path: Path) -> None:
    user_cache.install_file(trie.save, path)


@cache
def _index(lang: str) -> marisa_trie.RecordTrie | None:
    """The memory-mapped index of `lang`'s list, built on first use; None: no list of that
    exact code (the caller falls back to wordfreq itself)."""
    source = _source(lang)
    if source is None:
        return None
    path = index_path(lang, source)
    if path.exists():
        try:
            return marisa_trie.RecordTrie(_RECORD).mmap(str(path))
        except Exception:  # truncated or foreign: rebuild it below
            pass
    trie = _build(lang)
    try:
        _install(trie, path)
        return marisa_trie.RecordTrie(_RECORD).mmap(str(path))
    except OSError:  # read-only or full cache directory: keep this process's copy
        return trie


def prepare(langs: list[str]) -> None:
    """Open (building if needed) the indexes of `langs` now rather than on first lookup."""
    for lang in langs:
        _index(lang)


# Letters of which a run is one wordfreq token, its case fold, in a language that only
# normalises to NFC and folds case (`_plain_tokens`): Latin-1 and Russian letters are all
# Unicode word letters (no word boundary between two of them), composed already (NFC
# keeps them), and hold no digit (`smash_numbers`), apostrophe or curly quote.
_PLAIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿА-яЁё]+")


@cache
def _plain_tokens(lang: str) -> bool:
    """Whether `lossy_tokenize(word, lang)` of a `_PLAIN_WORD` is `[word.casefold()]`:
    the language's text is NFC-normalised, case-folded and split by wordfreq's regex
    tokenizer and nothing else (no transliteration, mark removal, dotted-i or
    comma/cedilla rule, no lookup transliteration)."""
    try:
        info = get_language_info(lang)
    except LookupError:
        return False
    return info == {**info, **_PLAIN_INFO}


_PLAIN_INFO = {
    "tokenizer": "regex",
    "normal_form": "NFC",
    "remove_marks": False,
    "dotless_i": False,
    "diacritics_under": None,
    "transliteration": None,
    "lookup_transliteration": None,
}


def _frequency(word: str, lang: str, index: marisa_trie.RecordTrie, minimum: float) -> float:
    # wordfreq._word_frequency step by step, with the index in place of the dict.
    # A plain word's tokens without wordfreq's tokenizer (~50 µs a word; `zipf` is asked
    # of every distinct word a run reads).
    if _PLAIN_WORD.fullmatch(word) and _plain_tokens(lang):
        tokens = [word.casefold()]
    else:
        tokens = lossy_tokenize(word, lang)
    if not tokens:
        return minimum
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        records = index.get(smashed)
        if not records:
            return minimum
        # wordfreq's dict keeps the last bucket that lists a word: the highest index.
        freq = cB_to_freq(-max(records)[0])
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(lang)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """`wordfreq.zipf_frequency(word, lang)`, the same value, from the on-disk index; 0.0
    (no evidence) for a language wordfreq has no list of."""
    index = _index(lang)
    if index is None:
        try:
            return zipf_frequency(word, lang)
        except LookupError:
            return 0.0
    return round(freq_to_zipf(_frequency(word, lang, index, _MINIMUM)), 2)


_MINIMUM = zipf_to_freq(0.0)  # zipf_frequency's default floor, as a frequency


# --- Lemmas (simplemma) ------------------------------------------------------------
#
# simplemma's default dictionaries are pickled dicts: its German one takes ~1.9 s of CPU
# to unpickle in every process that lemmatises a word (the antonyms and tense checks
# do). simplemma's own trie-backed factory gives the same lemmas from a MARISA trie that
# loads in milliseconds once built; it is kept beside the frequency indexes, versioned by
# simplemma's version, and installed atomically like them.


def _lemma_dictionaries():  # -> simplemma TrieDictionaryFactory, built lazily
    from importlib.metadata import version

    from simplemma.strategies.dictionaries import TrieDictionaryFactory

    class AtomicTries(TrieDictionaryFactory):
        def _write_trie_to_disk(self, lang: str, trie) -> None:  # type: ignore[no-untyped-def]
            _install(trie, self._cache_dir / f"{lang}.dic")

    return AtomicTries(disk_cache_dir=str(cache_dir() / f"simplemma-{version('simplemma')}"))


@cache
def _lemmatizer():  # -> simplemma.Lemmatizer
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    try:
        factory = _lemma_dictionaries()
    except (ImportError, OSError):  # no trie support or no cache directory: the default
        factory = None
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """`simplemma.lemmatize(word, lang)`, the same lemma, from the trie-backed dictionary;
    the word itself for a language simplemma has no dictionary of."""
    try:
        return _lemmatizer().lemmatize(word, lang)
    except ValueError:  # "Unsupported language"
        return word


def lower_lemma(word: str, lang: str) -> str:
    """`lemma` lower-cased: the form the checks compare (simplemma's dictionaries keep a
    noun's or a name's capital). Its callers memoise it with their own language logic."""
    return lemma(word, lang).lower()


@lru_cache(maxsize=200_000)
def in_dictionary(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of `lang` lists `word` exactly as written. Its
    dictionaries spell names with a capital and common words as the language writes
    them, so a lower-case English "cathedral" is listed and "mukherjee" is not."""
    try:
        return word in _dictionary(lang)
    except (ValueError, ImportError, OSError):  # no dictionary of `lang`, or no tries
        return False


@cache
def _dictionary(lang: str):
    """`lang`'s dictionary, opened once: the factory's `get_dictionary` costs ~3.5 ms a
    call, a thousand times a look-up in it."""
    return _lemma_dictionaries().get_dictionary(lang)


def load() -> None:
    """Import and open what lookups in any language need (wordfreq's tokenizer, with this
    module; simplemma; the Russian analyser) now rather than on the first lookup, for a
    process that warms up before its work (batch workers)."""
    _lemmatizer()
    morph()


@cache
def morph():  # -> pymorphy3.MorphAnalyzer
    """The Russian morphological analyser (pymorphy3), one per process for every check:
    each instance keeps its own parse caches, so sharing it also shares what they learn."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()
