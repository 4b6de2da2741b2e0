"""How robust the fitted Latin-Cyrillic transcription model (`provenance.lang.transcription`)
is to the ways translators romanise Russian names, measured on data rather than on a list
of cases, with floors a regression breaks.

Translators write one Russian name in several published systems ("Евгений" as Yevgeny,
Evgeny, Evgenii, Evgenij; "Юрьев" as Yuryev, Iurev, Yur'ev). `variant_figures` takes
Russian names from the development text (capitalised words inside a sentence that the
morphology reads as a given name, surname, patronymic or place, or does not know) and from
the GeoNames pairs the fit never saw, romanises each one's nominative in the twelve
published systems below (`iuliia`: BGN/PCGN, ICAO passports, ALA-LC, Wikipedia, GOST,
scientific...; the fit sees five of them, `ROMANISATIONS`), and counts how often
`similarity` accepts the romanisation against the word as written (inflected: "Yevgeny" /
"Евгения") at SAME and at SURE (with the onset test, as a sentence is searched), and how
often it accepts it against a *different* name of about the same length (a false match
hides a real swap). `spelling_figures` does the same English -> Russian on the held-out
GeoNames names Russian spells in several ways. `sentence_false_matches` counts the other
way a false match hides a drift: a Latin name read as a transcription of an ordinary
Cyrillic word of a row that does not hold it.

    python tests/test_transcription_robustness.py [CORPUS]   # print the figures
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from provenance.lang.transcription import (
    CYRILLIC_WORD,
    cyrillic_letters,
    latin_letters,
    negatives,
    same_onset,
    similarity,
    sure,
    thresholds,
    word_pairs,
)

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "wmt21"

# Published systems a translator or an editor may follow (the ones that write Latin
# letters an English text uses; diacritics and primes are read away by `latin_letters`).
SCHEMAS = (
    "wikipedia",
    "bgn_pcgn",
    "icao_doc_9303",
    "ala_lc",
    "mosmetro",
    "yandex_maps",
    "bs_2979",
    "telegram",
    "mvd_782",
    "ungegn_1987",
    "gost_7034",
    "scientific",
)

_PROPER = {"Name", "Surn", "Patr", "Geox"}
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")


def russian_names(texts: list[str]) -> dict[str, str]:
    """Capitalised Russian words inside sentences (not the first word) that the
    morphology parses as a name, or does not know at all, with their nominative."""
    from provenance.util.lexicon import morph

    out: dict[str, str] = {}
    for text in texts:
        for w in _WORD.findall(text)[1:]:
            if len(w) < 3 or not (w[0].isupper() and w[1:].islower()) or not CYRILLIC_WORD.match(w):
                continue
            if w in out:
                continue
            parses = morph().parse(w)
            named = [p for p in parses if _PROPER & set(p.tag.grammemes)]
            if named:
                out[w] = named[0].normal_form
            elif not any(p.is_known for p in parses):
                out[w] = w.lower()
    return out


def held_out_names(limit: int = 1000) -> dict[str, str]:
    """Cyrillic words of the GeoNames pairs the fit never saw (as their own nominative)."""
    _, held = word_pairs()
    words = sorted({y for _, y in held})
    return {w: w for w in random.Random(0).sample(words, min(limit, len(words)))}


@dataclass
class Figures:
    n: int
    same: float  # variants accepted at SAME
    sure: float  # variants accepted at SURE
    false_same: float  # a variant of another name accepted at SAME
    false_sure: float
    by_schema: dict[str, float]  # acceptance at SAME per system

    def line(self) -> str:
        return (
            f"{self.n} romanisations: accepted {self.same:.4f} at SAME, {self.sure:.4f} at SURE; "
            f"another name accepted {self.false_same:.4f} at SAME, {self.false_sure:.4f} at SURE"
        )


def variant_figures(names: dict[str, str], schemas=SCHEMAS, seed: int = 0) -> Figures:
    """Acceptance of each name's romanisations and of another name's (see the module)."""
    import iuliia

    same, _, _ = thresholds()
    floor = sure()
    rng = random.Random(seed)
    words = sorted(names)
    by_len: dict[int, list[str]] = defaultdict(list)
    for w in words:
        by_len[len(cyrillic_letters(w))].append(w)

    def another(w: str) -> str | None:
        y = cyrillic_letters(w)
        pool = [
            c
            for d in (-1, 0, 1)
            for c in by_len.get(len(y) + d, ())
            if cyrillic_letters(c)[:2] != y[:2] and names[c] != names[w]
        ]
        return rng.choice(pool) if pool else None

    others = {w: another(w) for w in words}
    c: Counter = Counter()
    by_schema = {}
    for name in schemas:
        schema = iuliia.schemas.get(name)
        k: Counter = Counter()
        for w in words:
            v = schema.translate(names[w].capitalize())
            o = others[w]
            if len(latin_letters(v)) < 3 or o is None:
                continue
            s, t = similarity(v, w), similarity(v, o)
            # at SURE as a sentence is searched: the onset test first
            s_sure = same_onset(v, w) and s >= floor
            t_sure = same_onset(v, o) and t >= floor
            k.update(n=1, same=s >= same, sure=s_sure, fsame=t >= same, fsure=t_sure)
        by_schema[name] = k["same"] / max(1, k["n"])
        c.update(k)
    n = max(1, c["n"])
    return Figures(c["n"], c["same"] / n, c["sure"] / n, c["fsame"] / n, c["fsure"] / n, by_schema)


def spelling_figures() -> tuple[int, float, float, float, float]:
    """English -> Russian: the held-out GeoNames Latin names that Russian writes in
    several ways ("Zwickau" / "Цвиккау", "Цвикау"; "Ostersund" / "Эстерсунд",
    "Йостершунд"): (spellings, accepted at SAME, at SURE with the onset test, another
    name's spelling accepted at SAME, at SURE)."""
    _, held = word_pairs()
    by: dict[str, set[str]] = defaultdict(set)
    for x, y in held:
        by[x].add(y)
    spellings = [(x, y) for x, ys in sorted(by.items()) if len(ys) >= 2 for y in sorted(ys)]
    same, floor = thresholds()[0], sure()

    def rates(pairs: list[tuple[str, str]]) -> tuple[float, float]:
        scores = [(similarity(x, y), same_onset(x, y)) for x, y in pairs]
        n = max(1, len(scores))
        return (
            sum(s >= same for s, _ in scores) / n,
            sum(s >= floor and o for s, o in scores) / n,
        )

    return (len(spellings), *rates(spellings), *rates(negatives(spellings, seed=1)))


def sentence_false_matches(pairs: list[tuple[str, str]], latin_names: list[str]) -> float:
    """Share of (Latin name, Cyrillic word of another row's Russian side, four letters or
    more, not capitalised) that `same_onset` and `similarity` at SURE take for one name:
    the names check's reading of a name "said" by an ordinary word ("Canada" /
    "скандала"). `pairs`: rows (Latin text, Russian text); each name is set against the
    words of the next row."""
    floor = sure()
    hits = total = 0
    for k, (latin, _) in enumerate(pairs):
        _, russian = pairs[(k + 1) % len(pairs)]
        mine = [n for n in latin_names if n in latin]
        words = [
            w
            for w in _WORD.findall(russian)
            if len(w) >= 4 and w.islower() and CYRILLIC_WORD.match(w)
        ]
        for n in mine:
            for w in words:
                total += 1
                hits += same_onset(n, w) and similarity(n, w) >= floor
    return hits / max(1, total)


def corpus_texts(corpus: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Development Russian text (ru-en sources, en-ru/A reference) and the en-ru/A rows."""
    src_ru = (corpus / "ru-en" / "source.ru").read_text(encoding="utf-8").splitlines()
    en = (corpus / "en-de-ru" / "source.en").read_text(encoding="utf-8").splitlines()
    ref_ru = (corpus / "en-de-ru" / "ref-A.ru").read_text(encoding="utf-8").splitlines()
    return src_ru + ref_ru, list(zip(en, ref_ru, strict=True))


def latin_names(texts: list[str]) -> list[str]:
    """Capitalised Latin words inside sentences that are not common English words."""
    from wordfreq import zipf_frequency

    seen = Counter(
        w for t in texts for w in _WORD.findall(t)[1:] if w[0].isupper() and w[1:].islower()
    )
    return sorted(
        w for w in seen if len(w) >= 4 and w.isascii() and zipf_frequency(w.lower(), "en") < 3.5
    )


def main(corpus: Path) -> None:
    ru_texts, rows = corpus_texts(corpus)
    print("development text:", variant_figures(russian_names(ru_texts)).line())
    print("GeoNames held-out:", variant_figures(held_out_names()).line())
    n, same, sure_, f_same, f_sure = spelling_figures()
    print(
        f"GeoNames held-out Latin names in several Russian spellings: {n} spellings, "
        f"accepted {same:.4f} at SAME, {sure_:.4f} at SURE; another name {f_same:.4f}, "
        f"{f_sure:.4f}"
    )
    names = latin_names([en for en, _ in rows])
    print(f"sentence false matches ({len(names)} names): {sentence_false_matches(rows, names):.5f}")


# ---------------------------------------------------------------- tests

# iuliia is a test dependency (the published romanisations), not the check's
needs_iuliia = pytest.mark.skipif(
    importlib.util.find_spec("iuliia") is None, reason="iuliia not installed"
)

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "ru-en" / "source.ru").is_file(), reason="WMT21 corpus not beside the tree"
)


@pytest.fixture(scope="module")
def corpus():
    return corpus_texts(CORPUS)


@needs_corpus
@needs_iuliia
def test_romanisations_of_names_in_real_text_are_accepted(corpus) -> None:
    """About a thousand Russian names of the development text, each in twelve systems:
    measured 0.996 at SAME and 0.98 at SURE (the misses: a nominative's ending against
    another case, "Olya" / "Олю"); another name of about the length, 0.5 % and 0.1 %."""
    f = variant_figures(russian_names(corpus[0]))
    assert f.n > 10_000
    assert f.same >= 0.99
    assert f.sure >= 0.97
    assert f.false_same <= 0.01
    assert f.false_sure <= 0.003
    # every published system, not only the common ones, is read as the name
    assert min(f.by_schema.values()) >= 0.97


@needs_iuliia
def test_romanisations_of_held_out_cities_are_accepted() -> None:
    """A thousand Cyrillic words of GeoNames cities the fit never saw, in twelve systems."""
    f = variant_figures(held_out_names())
    assert f.same >= 0.995
    assert f.sure >= 0.98
    assert f.false_same <= 0.01
    assert f.false_sure <= 0.005


@needs_corpus
def test_names_are_seldom_read_into_ordinary_words(corpus) -> None:
    """A Latin name against the ordinary Russian words of a row that does not hold it:
    under 0.3 % of such pairs pass the onset test and SURE (measured 0.15-0.2 %)."""
    _, rows = corpus
    names = latin_names([en for en, _ in rows])
    assert len(names) > 100
    assert sentence_false_matches(rows, names) <= 0.003


def test_a_name_is_not_read_into_a_word_it_does_not_begin() -> None:
    """The first operation has its own fitted distribution: a letter inserted before a
    name's first sound is rare there ("Canada" / "скандала" is no transcription), while a
    name's usual openings stay likely ("Welbeck" / "Уэлбека", "Yegor" / "Егора")."""
    assert not (same_onset("Canada", "скандала") and similarity("Canada", "скандала") >= sure())
    assert same_onset("Welbeck", "Уэлбека") and similarity("Welbeck", "Уэлбека") >= sure()
    assert same_onset("Yegor", "Егора") and similarity("Yegor", "Егора") >= sure()


@needs_iuliia
def test_the_fit_sees_published_romanisations() -> None:
    """The training words are also written in published systems, so an opening GeoNames
    seldom writes (ICAO's "Iu" for "Ю", as in Russian passports) is a name's opening."""
    from provenance.lang.transcription import ROMANISATIONS, romanised_pairs

    pairs = romanised_pairs([("x", "юрьев"), ("y", "хабаровск")], 2)
    assert ("iurev", "юрьев") in pairs and ("khabarovsk", "хабаровск") in pairs
    assert len(ROMANISATIONS) >= 4
    for latin, cyrillic in (("Iurii", "Юрия"), ("Iuliia", "Юлии")):
        assert same_onset(latin, cyrillic) and similarity(latin, cyrillic) >= sure()


def test_several_russian_spellings_of_one_latin_name_are_accepted() -> None:
    """English -> Russian: GeoNames cities the fit never saw that Russian spells in
    several ways (2,860 spellings of 1,195 names): measured 0.966 at SAME, 0.943 at SURE;
    another name's spelling 0.6 % and 0.2 %."""
    n, same, sure_, false_same, false_sure = spelling_figures()
    assert n > 2000
    assert same >= 0.95 and sure_ >= 0.93
    assert false_same <= 0.01 and false_sure <= 0.004


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
