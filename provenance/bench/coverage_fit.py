"""Fit the coverage check's expected similarity loss per clause (`coverage.CLAUSE_RATES`).

A rendered clause taken out of its side costs the side's similarity to the other side in
proportion to its share of the side's characters; the rate depends on the language pair
and on the side (the encoder weighs the languages differently). This fits, on the rows of
faithful development references that the check examines (the line judged as `provenance
pairs` judges it, against `reference_stats`; a length z-score at least `z_gate` in the
direction of the side), the median loss per share of the clauses of the longer side and
the robust spread of what is left (`gain + rate · share`). Only development references
(WMT21 A of de-en, ru-en, en-de, en-ru): never the held-out ones.

    python -m provenance.bench.coverage_fit [--corpus DIR] [--z-gate 1.0]

prints the table to paste into `provenance/checks/coverage.py` (`CLAUSE_RATES`).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np

from provenance.bench.real import DIRECTIONS, _clean, load_pairs
from provenance.checks import coverage
from provenance.model import PairView, Segment
from provenance.pairs import reference_stats

DEVELOPMENT = ("de-en/A", "ru-en/A", "en-de/A", "en-ru/A")


def clause_losses(view: PairView, side: str) -> list[tuple[float, float]]:
    """(share, gain) of each clause of `side` ("src" or "tgt") of a row with two clauses
    or more: the gain in similarity to the other side when the clause is taken out."""
    longer, shorter = (view.src, view.tgt) if side == "src" else (view.tgt, view.src)
    if view.embed is None:
        return []
    parts, gains, shares = coverage.clause_gains(longer, shorter, view.embed)
    if len(parts) < 2:
        return []
    return [(float(sh), float(g)) for sh, g in zip(shares, gains, strict=True)]


def fit(corpus: Path, z_gate: float = 1.0, encoder=None) -> dict[tuple[str, str, str], tuple]:
    """{(source language, target language, side): (rate, spread, clauses)}."""
    from provenance.embed import CachedEncoder, get_encoder

    cached = CachedEncoder(encoder or get_encoder())
    samples: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for d in DIRECTIONS:
        if d.key not in DEVELOPMENT:
            continue
        stats = reference_stats(d.src_lang, d.tgt_lang)
        for s, t in load_pairs(corpus, d, None):
            s, t = _clean(s), _clean(t)
            if not s or not t:
                continue
            view = PairView(
                alignment=0,
                src=Segment(0, d.src_lang, [0], [s]),
                tgt=Segment(1, d.tgt_lang, [0], [t]),
                similarity=None,
                stats=stats,
                embed=cached.encode,
            )
            z, _expected = coverage._length_z(view)
            for side, sign in (("src", -1), ("tgt", 1)):
                if sign * z >= z_gate:
                    samples[(d.src_lang, d.tgt_lang, side)] += clause_losses(view, side)
    out = {}
    for key, rows in sorted(samples.items()):
        share, gain = np.array([r for r in rows if r[0] >= coverage.LOO_MIN_SHARE]).T
        rate = float(np.median(-gain / share))
        resid = gain + rate * share
        spread = 1.4826 * float(np.median(np.abs(resid - np.median(resid))))
        out[key] = (round(rate, 3), round(spread, 3), len(share))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpora/wmt21"))
    ap.add_argument("--z-gate", type=float, default=1.0)
    args = ap.parse_args(argv)
    for (src, tgt, side), (rate, spread, n) in fit(args.corpus, args.z_gate).items():
        print(f'    ("{src}", "{tgt}", "{side}"): {rate},  # residual spread {spread}, {n} clauses')


if __name__ == "__main__":
    main()
