"""`provenance bench align --compare`: the aligner's cost variants, scored on Text+Berg.

The product aligner (`provenance.align.pair`) scores a bead one way. The variants it was
chosen against — margins, a Gale–Church length cost, bead-type priors, lengths in tokens,
z-scored cosines, shared-token and number agreement, cheap skips for OCR fragments, which
merged blocks get encoded — live here, plugged into the DP through its extension point
`Costs`, so each variant's figure in BENCHMARKS.md can still be reproduced.

A `Variant` holds every knob, the product's among them (its defaults are the product's
settings); `Variant.config()` is the product part, `VariantCosts(variant)` the rest.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from math import erf, sqrt

import numpy as np

from provenance.align.dp import Band
from provenance.align.pair import (
    AlignConfig,
    BeadScorer,
    Costs,
    Side,
    align_pair,
    approx_blocks,
    pair_dots,
    prefix_sums,
)


@dataclass(frozen=True)
class Variant:
    """Every knob of the aligner's cost variants; the defaults are the product's."""

    # the product's own knobs (`AlignConfig`)
    max_block: int = 4
    max_total: int | None = 5
    top_k: int = 3  # anchor candidates per sentence (also the margin's k)
    window: int = 1000
    band: int = 8
    skip: float = -0.15  # score of a 1–0 or 0–1 bead
    refine_passes: int = 3
    # "none"; "neighbour": cos − mean cos to the sentences just outside the bead;
    # "diff": cos − mean kNN cos; "ratio": cos / mean kNN cos
    margin: str = "neighbour"
    margin_weight: float = 0.3
    base: float = 0.0  # similarity a bead must exceed to pay for itself
    size_exp: float = 0.0  # bead score × ((a + b) / 2) ** size_exp
    multi_penalty: float = 0.0  # per sentence beyond 1–1
    skip_chars: float = 0.0  # sentences shorter than this skip cheaper, pro rata (0: off)
    # OCR fragments ("V", "■ iv V V .", ".-^ !"): fewer than this many words of ≥ 2 letters
    # skip at `fragment_skip` instead, so they are not glued into a neighbour's bead (0: off)
    fragment_words: int = 0
    fragment_skip: float = -0.02
    length_weight: float = 0.0  # weight of the Gale–Church −log P(length ratio)
    length_factor: bool = True  # multiply by log2(1 + min/max) of ratio-corrected lengths
    length_exp: float = 1.0  # the length factor to this power (> 1: sharper on mismatches)
    length_var: float = 6.8  # Gale–Church s² (variance per character)
    # cosine normalisation per document pair against the cosines of all 1–1 cells of the
    # band (mostly non-translations): "none", or "z": norm_centre + norm_scale · z-score
    cos_norm: str = "none"
    norm_centre: float = 0.13
    norm_scale: float = 0.15
    length_unit: str = "chars"  # "chars" or "tokens" (whitespace-separated) for lengths
    lexical_weight: float = 0.0  # weight of the shared-token (names, numbers) cosine
    lexical_dim: int = 512  # hashed token features
    # numbers shared by both sides (USE is weak on digits): + w · (cos − ½) of the hashed
    # number tokens when both blocks contain numbers, 0 otherwise
    digit_weight: float = 0.0
    merges: str = "selective"  # "selective", "all" (encode every block) or "approx" (never)
    refine_radius: int = 0  # sentences around a suspect bead whose merges get encoded
    refine_skip_radius: int = 0  # the same around 1–0/0–1 beads only (their merge options)
    # bead-type prior: + prior_weight · log(P(a–b) / P(1–1)), so a 1–1 costs nothing and
    # rare shapes (0–1, 1–4, 4–1) pay for their rarity. "gale-church": the published bead
    # frequencies (extended to the larger shapes, see `TYPE_PRIOR`); "self": re-estimated
    # after each pass from the pair's own alignment so far (add-`prior_strength` smoothing
    # towards the published frequencies); "none": off.
    type_prior: str = "none"
    prior_weight: float = 0.0
    prior_strength: float = 20.0

    def config(self) -> AlignConfig:
        return AlignConfig(max_block=self.max_block, max_total=self.max_total,
                           top_k=self.top_k, window=self.window, band=self.band,
                           skip=self.skip, refine_passes=self.refine_passes)  # fmt: skip


# Bead-type frequencies: Gale & Church (1993) for 1–1, 1–2/2–1, 2–2 and 1–0/0–1 (per
# direction half of their 0.0099); the larger shapes they never counted are set an order of
# magnitude apart, each step rarer.
TYPE_PRIOR: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 2): 0.0445,
    (2, 1): 0.0445,
    (1, 0): 0.005,
    (0, 1): 0.005,
    (2, 2): 0.011,
    (1, 3): 0.004,
    (3, 1): 0.004,
    (2, 3): 0.001,
    (3, 2): 0.001,
    (1, 4): 0.0005,
    (4, 1): 0.0005,
}
_PRIOR_FLOOR = 1e-4  # any shape not listed


def type_log_prior(types: Sequence[tuple[int, int]], freq: dict[tuple[int, int], float]):
    """log(P(t) / P(1–1)) per bead type in `types` plus (0, 1), from relative frequencies."""
    one = freq.get((1, 1), 1.0)
    return {t: float(np.log(freq.get(t, _PRIOR_FLOOR) / one)) for t in [*types, (0, 1)]}


def self_prior(
    steps: Sequence[tuple[int, int]], types: Sequence[tuple[int, int]], strength: float
) -> dict[tuple[int, int], float]:
    """Bead-type frequencies of a first-pass alignment, smoothed towards `TYPE_PRIOR`."""
    counts: dict[tuple[int, int], float] = {}
    for st in steps:
        counts[st] = counts.get(st, 0.0) + 1.0
    total = len(steps) + strength
    return {
        t: (counts.get(t, 0.0) + strength * TYPE_PRIOR.get(t, _PRIOR_FLOOR)) / total
        for t in [*types, (0, 1)]
    }


def _gc_cost(ls: np.ndarray, lt: np.ndarray, ratio: float, var: float) -> np.ndarray:
    """Gale–Church: −log P(|δ|), δ = (lt − c·ls) / sqrt(var · mean length)."""
    mean = np.maximum((ls + lt / ratio) / 2.0, 1.0)
    delta = np.abs(lt - ratio * ls) / np.sqrt(var * mean)
    # two-tailed normal tail, via erf (vectorised through np.frompyfunc would be slow)
    p = 1.0 - _erf(delta / sqrt(2.0))
    return -np.log(np.maximum(p, 1e-12))


_erf = np.vectorize(erf, otypes=[np.float64])


def lexical_vectors(texts: Sequence[str], dim: int) -> np.ndarray:
    """Hashed bag of the tokens that survive translation: names, numbers, long words.

    A token counts when it has a digit or at least 4 letters; it is transliterated,
    lower-cased and cut to 5 characters so "Rheinwaldhorn" matches across languages
    while inflected endings do not matter. Rows are L2-normalised (zero when empty).
    """
    from unidecode import unidecode

    out = np.zeros((len(texts), dim), dtype=np.float32)
    for r, text in enumerate(texts):
        for tok in unidecode(text).lower().split():
            if len(tok) >= 4 or any(ch.isdigit() for ch in tok):
                out[r, zlib.crc32(tok[:5].encode()) % dim] += 1.0
    return out


_NUMBER = re.compile(r"\d+(?:[.,'’]\d{3})*(?:[.,]\d+)?")


def number_vectors(texts: Sequence[str], dim: int) -> np.ndarray:
    """Hashed bag of the numbers in each text, separators dropped ("1'200" = "1.200")."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for r, text in enumerate(texts):
        for tok in _NUMBER.findall(text):
            digits = "".join(ch for ch in tok if ch.isdigit())
            out[r, zlib.crc32(digits.encode()) % dim] += 1.0
    return out


_WORD = re.compile(r"[^\W\d_]{2,}")


def skip_scores(lens: np.ndarray, v: Variant, texts: Sequence[str] = ()) -> np.ndarray:
    """Score of a 1–0/0–1 bead per sentence: fragments ("V", "141") are cheap to leave out,
    so they are not glued onto a neighbour's bead just to avoid the skip penalty."""
    if v.skip_chars <= 0:
        out = np.full(len(lens), v.skip)
    else:
        out = v.skip * np.minimum(1.0, lens / v.skip_chars)
    if v.fragment_words > 0 and len(texts):
        words = np.array([len(_WORD.findall(t)) for t in texts])
        out = np.where(words < v.fragment_words, np.maximum(out, v.fragment_skip), out)
    return out


def _block_sums(rows: np.ndarray, max_block: int) -> dict[int, np.ndarray]:
    counts = prefix_sums(rows)
    return {size: approx_blocks(counts, size) for size in range(1, max_block + 1)}


class VariantScorer(BeadScorer):
    """Every variant's bead score: the product's terms, each behind its knob, and the rest."""

    cell_local = False  # the self-prior reads the path, and `fit_norm` may change

    def __init__(self, src: Side, tgt: Side, v: Variant, prior: dict, band: Band) -> None:
        super().__init__(src, tgt, band)
        self.v = v
        self.prior = prior  # bead type -> additive log-prior (already weighted)
        self.cos_mean, self.cos_std = 0.0, 1.0  # set by `fit_norm`

    def fit_norm(self, band: Band) -> None:
        """Mean and spread of the band's 1–1 cosines (the pair's background similarity)."""
        _, ps, qs = band.cells[band.types.index((1, 1))]
        sims = pair_dots(self.src.blocks[1], self.tgt.blocks[1], ps, qs)
        if len(sims):
            self.cos_mean, self.cos_std = float(sims.mean()), float(max(sims.std(), 1e-3))

    def insert_scores(self) -> np.ndarray:
        return self.tgt.skip + self.prior.get((0, 1), 0.0)

    def __call__(self, a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        v, src, tgt = self.v, self.src, self.tgt
        if b == 0:
            return src.skip[ps].astype(np.float64) + self.prior.get((a, b), 0.0)
        sim = self._similarity(a, b, ps, qs)
        if v.length_factor:
            sim = sim * self.length_factor(a, b, ps, qs) ** v.length_exp
        val = (sim - v.base) * ((a + b) / 2.0) ** v.size_exp
        val -= v.multi_penalty * (a + b - 2)
        if v.length_weight:
            ls = src.block_len(a, ps).astype(np.float64)
            lt = tgt.block_len(b, qs).astype(np.float64)
            val -= v.length_weight * _gc_cost(ls, lt, self.ratio, v.length_var)
        return val + self.prior.get((a, b), 0.0)

    def _similarity(self, a: int, b: int, ps: np.ndarray, qs: np.ndarray) -> np.ndarray:
        """The cosine, normalised, with its margin and the token and number agreements."""
        v, src, tgt = self.v, self.src, self.tgt
        sim = pair_dots(src.blocks[a], tgt.blocks[b], ps, qs)
        if v.cos_norm == "z":
            sim = v.norm_centre + v.norm_scale * (sim - self.cos_mean) / self.cos_std
        if v.margin == "neighbour":
            sim = sim - v.margin_weight * self._neighbours(a, b, ps, qs)
        elif v.margin != "none":
            knn = (_block_knn(tgt, b, qs) + _block_knn(src, a, ps)) / 2.0
            if v.margin == "diff":
                sim = sim - v.margin_weight * knn
            else:
                sim = sim / np.maximum(knn, 1e-3)
        if v.lexical_weight:
            sim = sim + v.lexical_weight * pair_dots(src.extra["lex"][a], tgt.extra["lex"][b],
                                                     ps, qs)  # fmt: skip
        if v.digit_weight:
            agree = pair_dots(src.extra["digits"][a], tgt.extra["digits"][b], ps, qs)
            both = _has_digits(src, a, ps) & _has_digits(tgt, b, qs)
            sim = sim + v.digit_weight * np.where(both, agree - 0.5, 0.0)
        return sim


def _block_knn(side: Side, size: int, start: np.ndarray) -> np.ndarray:
    knn = side.extra["knn"]
    return (knn[np.asarray(start) + size] - knn[start]) / size


def _has_digits(side: Side, size: int, start: np.ndarray) -> np.ndarray:
    return side.extra["digits"][size][start].any(axis=1)


class VariantCosts(Costs):
    """A `Variant` as the aligner's cost model and refinement policy."""

    def __init__(self, v: Variant) -> None:
        self.v = v
        self.encode_all = v.merges == "all"

    def lengths(self, texts: Sequence[str], chars: np.ndarray) -> np.ndarray:
        if self.v.length_unit == "chars":
            return chars
        return np.array([len(t.split()) for t in texts], float)

    def skip_scores(self, texts: Sequence[str], chars: np.ndarray, cfg: AlignConfig) -> np.ndarray:
        return skip_scores(chars, self.v, texts)

    def prepare(self, side: Side, knn: np.ndarray) -> None:
        v = self.v
        side.extra["knn"] = np.concatenate([[0.0], np.cumsum(knn, dtype=np.float64)])
        if v.lexical_weight:  # a sum of counts is exact
            side.extra["lex"] = _block_sums(lexical_vectors(side.texts, v.lexical_dim),
                                            v.max_block)  # fmt: skip
        if v.digit_weight:
            side.extra["digits"] = _block_sums(number_vectors(side.texts, 256), v.max_block)

    def scorer(self, src: Side, tgt: Side, band: Band, steps: Sequence[tuple[int, int]]):
        v = self.v
        prior: dict[tuple[int, int], float] = {}
        if v.type_prior != "none" and v.prior_weight:
            freq = TYPE_PRIOR
            if v.type_prior == "self" and steps:
                freq = self_prior(steps, band.types, v.prior_strength)
            prior = {t: v.prior_weight * x for t, x in type_log_prior(band.types, freq).items()}
        scorer = VariantScorer(src, tgt, v, prior, band)
        if v.cos_norm != "none":
            scorer.fit_norm(band)
        return scorer

    def passes(self, cfg: AlignConfig) -> int:
        return cfg.refine_passes if self.v.merges == "selective" else 0

    def radius(self, src_ids: Sequence[int], tgt_ids: Sequence[int]) -> int:
        v = self.v
        return max(v.refine_radius, v.refine_skip_radius if not (src_ids and tgt_ids) else 0)

    def finish(self, steps: list[tuple[int, int]], solve) -> list[tuple[int, int]]:
        if self.v.type_prior == "self" and self.v.prior_weight and steps:
            return solve(steps)  # one re-estimation on the final blocks
        return steps


def align_variant(src: Sequence[str], tgt: Sequence[str], encoder, v: Variant):
    """`align_pair` with the variant's settings and costs."""
    return align_pair(src, tgt, encoder, v.config(), VariantCosts(v))


def variants() -> list[tuple[str, Variant]]:
    """The cost variants compared on Text+Berg (BENCHMARKS.md); the last is the default."""
    d = Variant()
    plain = replace(d, margin="none", length_factor=False, skip=-0.1, merges="all")
    return [
        ("sum of cosines, skip −0.1, all merges encoded", plain),
        ("+ Gale–Church prior (weight 0.02)", replace(plain, length_weight=0.02)),
        (
            "+ length factor log2(1+min/max), skip −0.15",
            replace(plain, length_factor=True, skip=-0.15),
        ),
        (
            "kNN ratio margin (k=3), GC 0.02, skip −0.3",
            replace(plain, margin="ratio", base=0.6, skip=-0.3, length_weight=0.02),
        ),
        ("kNN difference margin (k=3), GC 0.02", replace(plain, margin="diff", length_weight=0.02)),
        ("length factor + neighbour margin 0.3, max block 4", replace(d, merges="all")),
        ("  + shared-token cosine 0.2", replace(d, merges="all", lexical_weight=0.2)),
        ("  + cheaper skips for fragments < 20 chars", replace(d, merges="all", skip_chars=20)),
        ("  max block 3 (up to 1–3, 2–2, 3–1)", replace(d, merges="all", max_block=3, max_total=4)),
        ("  max block 6 (up to 1–6, 3–3, 6–1)", replace(d, merges="all", max_block=6, max_total=7)),
        ("  merged blocks never encoded (length-weighted sums)", replace(d, merges="approx")),
        (
            "  encode blocks within ±1 of suspect beads, 1 pass",
            replace(d, refine_radius=1, refine_passes=1),
        ),
        ("  + number agreement 0.2 (shared digit tokens)", replace(d, digit_weight=0.2)),
        (
            "  + OCR fragments (< 3 words) skip at −0.05",
            replace(d, fragment_words=3, fragment_skip=-0.05),
        ),
        (
            "  + blocks within ±1 of skips also encoded",
            replace(d, refine_skip_radius=1),
        ),
        (
            "  + bead-type prior, Gale–Church frequencies (w 0.01)",
            replace(d, type_prior="gale-church", prior_weight=0.01),
        ),
        (
            "  + bead-type prior re-estimated from the pair (w 0.01)",
            replace(d, type_prior="self", prior_weight=0.01),
        ),
        ("  lengths in tokens, not characters", replace(d, length_unit="tokens")),
        ("  length factor squared (sharper on mismatches)", replace(d, length_exp=2.0)),
        (
            "  cosines z-scored against the pair's band (0.13 + 0.15 z)",
            replace(d, cos_norm="z", norm_centre=0.13, norm_scale=0.15),
        ),
        ("  encode only the blocks of merged beads, ≤3 passes (default)", d),
    ]


class _Requests:
    """Counts the distinct texts an aligner asks for, over a shared cache."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.texts: set[str] = set()

    def encode(self, texts):
        self.texts.update(texts)
        return self.inner.encode(texts)


def compare_variants(docs, encoder) -> list[dict]:
    """Strict/lax scores and merged blocks encoded of every variant, one line each."""
    from provenance.align.score import score_alignments
    from provenance.embed import CachedEncoder

    shared = CachedEncoder(encoder)
    singles = {t for d in docs for t in (*d.src, *d.tgt)}
    rows = []
    for name, v in variants():
        counter = _Requests(shared)
        hyp = [align_variant(d.src, d.tgt, counter, v) for d in docs]
        s = score_alignments([d.gold for d in docs], hyp).as_dict()
        rows.append({"variant": name, **s, "merged_blocks": len(counter.texts - singles)})
        print(
            f"{name:58s} strict P/R/F1 {s['precision_strict']:.3f}/{s['recall_strict']:.3f}/"
            f"{s['f1_strict']:.3f}  lax F1 {s['f1_lax']:.3f}  merged {rows[-1]['merged_blocks']}",
            flush=True,
        )
    return rows
