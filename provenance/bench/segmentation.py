"""`provenance bench segment`: sentence splitters and language detection, measured.

Gold: corpora/segmentation/<lang>.txt — paragraphs separated by blank lines, one gold
sentence per line. A paragraph's input text is its sentences joined by one space.

Splitters compared (each gets one paragraph and a language code):
- `sentencex`  — the library as is;
- `provenance` — provenance.text.segment.split_sentences (sentencex plus our repair step);
- `simplemma`  — simplemma.split_sentences;
- `regex`      — a naive baseline: split after . ! ? … (and closing quotes) before a capital.

Accuracy is exact sentence-boundary F1: a boundary is the offset where a sentence
starts (the paragraph's first sentence excluded), counted over all paragraphs.
Language detection (provenance.text.langid.detect) is scored on the first three words of
each gold sentence, on the sentences and on whole paragraphs.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from provenance.bench.corpora import PROJECT, require

LANGS = ("de", "ru", "en", "fr")
DEFAULT_CORPUS = PROJECT / "segmentation"  # under the working directory

Splitter = Callable[[str, str], list[str]]

_NAIVE = re.compile(r"(?<=[.!?…])[\"'»“”)]*\s+(?=[\"'«„“(]?[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def regex_split(text: str, lang: str) -> list[str]:
    return [s for s in _NAIVE.split(text) if s.strip()]


def sentencex_split(text: str, lang: str) -> list[str]:
    from sentencex import segment

    return [s.strip() for s in segment(lang, text) if s.strip()]


def simplemma_split(text: str, lang: str) -> list[str]:
    from simplemma import split_sentences

    return split_sentences(text, lang)


def provenance_split(text: str, lang: str) -> list[str]:
    from provenance.text.segment import split_sentences

    return split_sentences(text, lang)


SPLITTERS: dict[str, Splitter] = {
    "sentencex": sentencex_split,
    "provenance": provenance_split,
    "simplemma": simplemma_split,
    "regex": regex_split,
}


def load_gold(corpus: Path, lang: str) -> list[list[str]]:
    """Paragraphs of gold sentences."""
    text = (corpus / f"{lang}.txt").read_text(encoding="utf-8")
    paras = re.split(r"\n\s*\n", text.strip())
    return [[ln.strip() for ln in p.splitlines() if ln.strip()] for p in paras]


def starts(text: str, sentences: list[str]) -> set[int]:
    """Offsets in `text` where the 2nd, 3rd ... sentence begins."""
    out, pos = set(), 0
    for i, sentence in enumerate(sentences):
        at = text.find(sentence.strip(), pos)
        if at < 0:  # a splitter that rewrote the text: boundary unknown, count as a miss
            continue
        if i:
            out.add(at)
        pos = at + len(sentence.strip())
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    paragraphs: int = 0
    exact: int = 0
    errors: list[str] | None = None

    def add(self, gold: set[int], pred: set[int]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        self.paragraphs += 1
        self.exact += gold == pred

    def f1(self) -> float:
        p = self.tp / max(self.tp + self.fp, 1)
        r = self.tp / max(self.tp + self.fn, 1)
        return 2 * p * r / max(p + r, 1e-12)


def score_splitters(corpus: Path) -> dict[str, dict[str, dict]]:
    """Per splitter and language: boundary P/R/F1, exact paragraphs, first errors."""
    results: dict[str, dict[str, dict]] = {}
    for name, split in SPLITTERS.items():
        results[name] = {}
        for lang in LANGS:
            score, errors = Score(), []
            for gold in load_gold(corpus, lang):
                text = " ".join(gold)
                pred = split(text, lang)
                g, p = starts(text, gold), starts(text, pred)
                score.add(g, p)
                if g != p and len(errors) < 3:
                    errors.append(" | ".join(pred))
            precision = score.tp / max(score.tp + score.fp, 1)
            recall = score.tp / max(score.tp + score.fn, 1)
            results[name][lang] = {
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(score.f1(), 3),
                "exact_paragraphs": f"{score.exact}/{score.paragraphs}",
                "errors": errors,
            }
    return results


def time_splitters(corpus: Path, min_seconds: float = 0.3) -> dict[str, float]:
    """Sentences per second over all four languages (gold sentence count)."""
    items = [(" ".join(g), lang, len(g)) for lang in LANGS for g in load_gold(corpus, lang)]
    n_sentences = sum(n for _, _, n in items)
    speed = {}
    for name, split in SPLITTERS.items():
        for text, lang, _ in items[:8]:  # warm-up: imports and lazy tables
            split(text, lang)
        rounds, t0 = 0, time.perf_counter()
        while True:
            for text, lang, _ in items:
                split(text, lang)
            rounds += 1
            elapsed = time.perf_counter() - t0
            if elapsed >= min_seconds:
                break
        speed[name] = round(rounds * n_sentences / elapsed)
    return speed


def score_langid(corpus: Path) -> dict[str, dict[str, str]]:
    """provenance.text.langid.detect on 3-word snippets, single sentences and paragraphs:
    correct / wrong / refused (an InputError asking for --langs) per language."""
    from provenance.errors import InputError
    from provenance.text.langid import detect

    out: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        paras = load_gold(corpus, lang)
        sentences = [s for p in paras for s in p]
        samples = {
            "3 words": [" ".join(s.split()[:3]) for s in sentences],
            "sentence": sentences,
            "paragraph": [" ".join(p) for p in paras],
        }
        out[lang] = {}
        for kind, texts in samples.items():
            right = wrong = refused = 0
            for text in texts:
                try:
                    got = detect(text)
                except InputError:
                    refused += 1
                    continue
                right += got == lang
                wrong += got != lang
            out[lang][kind] = f"{right} right, {wrong} wrong, {refused} refused of {len(texts)}"
    return out


def main(corpus: Path | None = None, json_out: Path | None = None, timing: bool = True) -> dict:
    corpus = require(corpus or DEFAULT_CORPUS, "segmentation gold").resolve()
    results: dict = {"corpus": str(corpus), "splitters": score_splitters(corpus)}
    if timing:
        results["sentences_per_second"] = time_splitters(corpus)
    results["langid"] = score_langid(corpus)

    print(f"Sentence-boundary F1 on {corpus} (exact paragraphs in brackets)")
    print(f"{'splitter':<12}" + "".join(f"{lang:>16}" for lang in LANGS) + "  sentences/s")
    for name, per_lang in results["splitters"].items():
        cells = "".join(
            f"{per_lang[lang]['f1']:>8.3f} ({per_lang[lang]['exact_paragraphs']:>5})"
            for lang in LANGS
        )
        rate = results.get("sentences_per_second", {}).get(name, "-")
        print(f"{name:<12}{cells}  {rate:>10}")
    print("\nLanguage detection (provenance.text.langid.detect)")
    for lang, kinds in results["langid"].items():
        print(f"  {lang}: " + "; ".join(f"{k}: {v}" for k, v in kinds.items()))
    if json_out is not None:
        json_out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return results
