"""The data every stage passes on: documents, alignment rows, flags and the report.

These dataclasses are the Python face of the JSON contract (`provenance.check/1`);
`Report.to_dict()` is the only place that knows the JSON field names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_CHECK = "provenance.check/1"
SCHEMA_ALIGN = "provenance.align/1"

Severity = Literal["critical", "major", "minor"]
SEVERITIES: tuple[Severity, ...] = ("critical", "major", "minor")
SEVERITY_RANK: dict[str, int] = {"critical": 3, "major": 2, "minor": 1}

FLAG_TYPES: tuple[str, ...] = (
    "number",
    "date",
    "entity",
    "negation",
    "modality",
    "omission",
    "addition",
    "untranslated",
    "quote",
    "meaning",
)

Hop = tuple[int, int]


@dataclass
class Document:
    """One text in one language, split into sentences.

    `paragraphs[i]` is the paragraph number of sentence i (paragraph breaks in the
    input are kept through segmentation; quotes and reports use them).
    """

    path: str
    lang: str
    sentences: list[str]
    paragraphs: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "lang": self.lang, "sentences": list(self.sentences)}


@dataclass
class Alignment:
    """One row linking sentences across every document of the chain."""

    id: int
    sentences: list[list[int]]
    similarity: list[float | None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentences": [list(s) for s in self.sentences],
            "similarity": [None if s is None else round(float(s), 4) for s in self.similarity],
        }


@dataclass(frozen=True)
class Span:
    """A character range inside one sentence of one document."""

    document: int
    sentence: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass
class Flag:
    """A possible meaning drift, attached to one alignment row and one hop."""

    alignment: int
    type: str
    severity: Severity
    hop: Hop
    spans: list[Span]
    message: str
    # Extra, non-contract detail a check wants to keep (e.g. normalised values);
    # written to JSON under "detail" only when non-empty.
    detail: dict[str, Any] = field(default_factory=dict)
    # The check that raised it (`provenance checks` lists them): several share a type
    # ("meaning" comes from the meaning, direction, antonyms and tense checks). An
    # extension of the contract, written when known.
    check: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "alignment": self.alignment,
            "type": self.type,
            **({"check": self.check} if self.check else {}),
            "severity": self.severity,
            "hop": list(self.hop),
            "spans": [s.to_dict() for s in self.spans],
            "message": self.message,
        }
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class Report:
    """The result of checking one chain: what `provenance.check()` returns."""

    documents: list[Document]
    alignments: list[Alignment]
    flags: list[Flag]
    # Quotes of the final document with their provenance (filled by the quotes stage).
    quotes: list[dict[str, Any]] = field(default_factory=list)
    # Per-row drift score in [0, 1], keyed by alignment id.
    drift: dict[int, float] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # wall seconds per stage
    cpu_timings: dict[str, float] = field(default_factory=dict)  # process CPU s per stage

    @property
    def hops(self) -> list[Hop]:
        return [(i, i + 1) for i in range(len(self.documents) - 1)]

    def severity_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(SEVERITIES, 0)
        for f in self.flags:
            counts[f.severity] += 1
        return counts

    def worst_severity(self) -> str | None:
        ranks = [SEVERITY_RANK[f.severity] for f in self.flags]
        if not ranks:
            return None
        best = max(ranks)
        return next(s for s, r in SEVERITY_RANK.items() if r == best)

    def meets(self, threshold: str) -> bool:
        """True when some flag is at least as severe as `threshold` (for --fail-on)."""
        need = SEVERITY_RANK[threshold]
        return any(SEVERITY_RANK[f.severity] >= need for f in self.flags)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_CHECK,
            "documents": [d.to_dict() for d in self.documents],
            "alignments": [a.to_dict() for a in self.alignments],
            "flags": [f.to_dict() for f in self.flags],
            "summary": {"alignments": len(self.alignments), "flags": self.severity_counts()},
            "quotes": self.quotes,
        }
        if self.drift:
            out["drift"] = {str(k): round(v, 4) for k, v in sorted(self.drift.items())}
        return out
