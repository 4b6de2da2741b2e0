"""`provenance.compare(a, b)`: two documents in one language, row by row.

load → segment → embed → align (embeddings mixed with character n-grams, see `ngrams`)
→ the checks that apply within one language (the pipeline's, on a same-language pair)
→ per row: sacrebleu's sentence chrF and TER, and a word-level diff.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from provenance import checks as checks_mod
from provenance.align import align_pair
from provenance.comparison import scores
from provenance.comparison.diff import Edit, word_diff
from provenance.comparison.ngrams import MixedEncoder
from provenance.comparison.severity import VERSION as SEVERITY_VERSION
from provenance.comparison.severity import reassess
from provenance.embed import CachedEncoder, Encoder, get_encoder
from provenance.errors import UsageError
from provenance.model import Document, Report
from provenance.pipeline import check_documents
from provenance.signature import signature
from provenance.text.documents import Input, load_documents

SCHEMA_COMPARE = "provenance.compare/1"
# The checks that mean something within one language (untranslated text, cross-lingual
# meaning, tense and antonym pairs, direction are translation checks).
COMPARE_CHECKS = ("numbers", "dates", "names", "negation", "certainty", "quotes", "coverage")
# Weight of the embedding in the aligner's similarity (the rest: character 3-grams);
# `provenance bench compare` measures 1.0 against this.
NGRAM_MIX = 0.5


@dataclass
class CompareRow:
    """One aligned row: its chrF/TER (None when a side is empty) and word diff of B against A."""

    id: int
    sentences: list[list[int]]
    similarity: float | None
    chrf: float | None
    ter: float | None
    diff: list[Edit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentences": self.sentences,
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "chrf": None if self.chrf is None else round(self.chrf, 2),
            "ter": None if self.ter is None else round(self.ter, 2),
            "diff": [e.to_dict() for e in self.diff],
        }


@dataclass
class CompareReport:
    """What `compare()` returns: the checks' report on the pair, and the per-row scores."""

    report: Report
    rows: list[CompareRow]
    signature: str

    @property
    def documents(self) -> list[Document]:
        return self.report.documents

    @property
    def flags(self):
        return self.report.flags

    def meets(self, threshold: str) -> bool:
        return self.report.meets(threshold)

    def severity_counts(self) -> dict[str, int]:
        return self.report.severity_counts()

    def to_dict(self) -> dict[str, Any]:
        checked = self.report.to_dict()
        scored = [r for r in self.rows if r.chrf is not None]
        return {
            "schema": SCHEMA_COMPARE,
            "documents": checked["documents"],
            "alignments": [r.to_dict() for r in self.rows],
            "flags": checked["flags"],
            "summary": {
                "alignments": len(self.rows),
                "flags": self.severity_counts(),
                "chrf": _mean([r.chrf for r in scored]),
                "ter": _mean([r.ter for r in scored]),
                "changed": sum(1 for r in self.rows if r.diff or r.chrf is None),
            },
            "quotes": checked["quotes"],
            "signature": self.signature,
        }


def _mean(values: Sequence[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(sum(vals) / len(vals), 2) if vals else None


def compare(
    a: Input,
    b: Input,
    lang: str | None = None,
    *,
    model: str | None = None,
    encoder: Encoder | None = None,
    presplit: bool = False,
    skip: Sequence[str] = (),
    format_in: str | None = None,
) -> CompareReport:
    """Compare two documents of one language (`lang`, else detected; they must agree)."""
    docs = load_documents(
        [a, b], None if lang is None else [lang, lang], presplit=presplit, format_in=format_in
    )
    if len(docs) != 2:
        raise UsageError(
            f"compare needs two documents, got {len(docs)}", hint="give two files A and B"
        )
    if docs[0].lang != docs[1].lang:
        raise UsageError(
            f"compare needs two documents in one language; {docs[0].path} reads as "
            f"{docs[0].lang} and {docs[1].path} as {docs[1].lang}",
            hint="name the language with --lang, or use 'provenance check' for a translation",
        )
    return compare_documents(docs, encoder or get_encoder(model), skip=skip)


def compare_documents(
    docs: Sequence[Document],
    encoder: Encoder,
    *,
    rows: Sequence[list[list[int]]] | None = None,
    skip: Sequence[str] = (),
    mix: float = NGRAM_MIX,
) -> CompareReport:
    """From segmented documents on; `rows` replaces the aligner (pre-aligned input)."""
    check_list = checks_mod.select(list(skip), [c for c in COMPARE_CHECKS if c not in skip])
    cached = CachedEncoder(encoder)
    if rows is None:
        mixed = CachedEncoder(MixedEncoder(cached, mix))
        beads = align_pair(docs[0].sentences, docs[1].sentences, mixed)
        rows = [[list(s), list(t)] for s, t in beads]
    report = check_documents(docs, check_list, cached, rows=rows)
    scored = [_score_row(docs, a.id, a.sentences, a.similarity[0]) for a in report.alignments]
    report.flags = reassess(
        report.flags, docs, [a.sentences for a in report.alignments], [r.diff for r in scored]
    )
    sig = signature(
        encoder,
        check_list,
        [docs[0].lang, docs[1].lang],
        scores.signatures(),
        **({"align": f"chr3g:{mix:g}"} if mix < 1.0 else {}),
        severity=f"diff@{SEVERITY_VERSION}",
    )
    report.signature = sig
    return CompareReport(report=report, rows=scored, signature=sig)


def _score_row(
    docs: Sequence[Document], rid: int, row: list[list[int]], similarity: float | None
) -> CompareRow:
    a = " ".join(docs[0].sentences[i] for i in row[0])
    b = " ".join(docs[1].sentences[i] for i in row[1])
    if not a or not b:
        return CompareRow(rid, row, similarity, None, None, word_diff(a, b))
    return CompareRow(rid, row, similarity, scores.chrf(b, a), scores.ter(b, a), word_diff(a, b))
