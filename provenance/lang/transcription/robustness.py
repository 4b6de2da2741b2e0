"""How robust the fitted transcription model is to the ways translators romanise Russian
names, measured on data rather than on a list of cases.

Translators write one Russian name in several published systems ("Евгений" as Yevgeny,
Evgeny, Evgenii, Evgenij; "Юрьев" as Yuryev, Iurev, Yur'ev). `variant_figures` takes
Russian names from real text (capitalised words the morphology reads as a given name,
surname, patronymic or place, or does not know) and from the GeoNames pairs the model
never saw, romanises each one's nominative with the published systems that `iuliia`
implements (BGN/PCGN, ICAO passports, ALA-LC, Wikipedia, GOST, scientific...), and
counts how often `similarity` accepts the romanisation against the word as written
(inflected: "Yevgeny" / "Евгения") at SAME and at SURE, and how often it accepts it
against a *different* name of about the same length (a false match hides a real swap).
`sentence_false_matches` counts the other way a false match hides a drift: a Latin
name read as a transcription of an ordinary Cyrillic word of a sentence that does not
hold it (the names check's search of a sentence for a name the keys missed).

    python -m provenance.lang.transcription.robustness [CORPUS]

`iuliia` is needed only here (a test dependency), not by the check.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

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


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("..") / "shared" / "corpora" / "wmt21")
