"""The data every stage passes on: documents, alignment rows, flags and the report.

These dataclasses are the Python face of the JSON contract (`provenance.check/1`);
`Report.to_dict()` is the only place that knows the JSON field names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

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
    # Where the document came from (an extension of the contract, written for files
    # other than plain text): its format ("text", "html", "docx", "pdf", "tmx", "xliff",
    # "po") and, per sentence, its place in the original ("/html/body/article/p[3]").
    format: str | None = None
    locators: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "lang": self.lang,
            "sentences": list(self.sentences),
        }
        if self.format not in (None, "text"):  # plain-text reports stay as they were
            out["format"] = self.format
            if self.locators is not None:
                out["locators"] = list(self.locators)
        return out

    def locator(self, sentence: int) -> str | None:
        """The place in the original file of one sentence, for formats other than text."""
        if self.format == "text" or not self.locators or sentence >= len(self.locators):
            return None
        return self.locators[sentence] or None


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
    # The run's reproducibility signature (`provenance.signature`): same signature, same report.
    signature: str = ""
    # "chain" (each document translates the one before) or "parallel" (every later
    # document translates the first: `check --parallel`), with the rows where the
    # parallel translations disagree on a fact (`provenance.comparison.parallel`).
    mode: str = "chain"
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    # `--back-translate MODEL`: {"model": ..., "rows": [{"alignment", "document", "text",
    # "chrf"}]} (`provenance.comparison.backtranslate`); None when not asked for.
    back_translation: dict[str, Any] | None = None

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

    def _located(self, flag: dict[str, Any]) -> dict[str, Any]:
        """Each span gains "locator" (its place in the original file) when its document
        was extracted from HTML, DOCX, PDF or a translation file."""
        for span in flag["spans"]:
            doc = (
                self.documents[span["document"]] if span["document"] < len(self.documents) else None
            )
            where = doc.locator(span["sentence"]) if doc is not None else None
            if where:
                span["locator"] = where
        return flag

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_CHECK,
            "documents": [d.to_dict() for d in self.documents],
            "alignments": [a.to_dict() for a in self.alignments],
            "flags": [self._located(f.to_dict()) for f in self.flags],
            "summary": {"alignments": len(self.alignments), "flags": self.severity_counts()},
            "quotes": self.quotes,
        }
        if self.drift:
            out["drift"] = {str(k): round(v, 4) for k, v in sorted(self.drift.items())}
        if self.mode != "chain":  # additive: chain reports stay as they were
            out["mode"] = self.mode
            out["disagreements"] = self.disagreements
        if self.back_translation is not None:
            out["back_translation"] = self.back_translation
        if self.signature:
            out["signature"] = self.signature
        return out


# --- What the checks see and return (one aligned row on one pair of documents) ---


@dataclass
class Segment:
    """One side of an aligned row: the row's sentences of one document, joined by a space.

    Checks work on `text`; `span()` maps an offset range of `text` back to
    (sentence, start, end) for the report. An empty segment (no sentence on this
    side) has `text == ""` and `sentence_ids == []`.
    """

    document: int
    lang: str
    sentence_ids: list[int]
    sentences: list[str]

    def __post_init__(self) -> None:
        self.text = " ".join(self.sentences)
        # An attribute, not a property: the checks ask it ~90,000 times on a 1,000-row chain.
        self.empty: bool = not self.sentence_ids
        self._starts: list[int] = []
        pos = 0
        for s in self.sentences:
            self._starts.append(pos)
            pos += len(s) + 1

    @classmethod
    def of(cls, docs: Sequence[Document], row: Sequence[Sequence[int]], d: int) -> Segment:
        """Document `d`'s side of an alignment row."""
        return cls(d, docs[d].lang, list(row[d]), [docs[d].sentences[i] for i in row[d]])

    def span(self, start: int, end: int) -> Span:
        """Map [start, end) of `text` to a span inside one sentence (the one holding `start`)."""
        if not self.sentence_ids:
            raise ValueError("span() on an empty segment")
        k = 0
        for i, s0 in enumerate(self._starts):
            if s0 <= start:
                k = i
        s0 = self._starts[k]
        sent = self.sentences[k]
        a = max(0, start - s0)
        b = min(len(sent), max(a, end - s0))
        return Span(self.document, self.sentence_ids[k], a, b, sent[a:b])

    def whole(self) -> list[Span]:
        """One span per sentence, covering each whole sentence."""
        return [
            Span(self.document, sid, 0, len(s), s)
            for sid, s in zip(self.sentence_ids, self.sentences, strict=True)
        ]


@dataclass
class PairStats:
    """What a check needs to know about the document pair as a whole, to judge one row
    against its own document rather than against a fixed threshold."""

    length_ratio: float = 1.0  # median len(tgt)/len(src) in characters over 1-1 rows
    length_ratio_spread: float = 0.25  # robust spread (MAD-based) of log length ratio
    similarity_median: float = 0.75
    similarity_spread: float = 0.08  # robust spread (MAD-based) of similarity


@dataclass
class PairView:
    """An aligned row seen on one pair of documents (src earlier in the chain than tgt)."""

    alignment: int
    src: Segment
    tgt: Segment
    similarity: float | None
    stats: PairStats = field(default_factory=PairStats)
    # Encodes extra text (sub-clauses, say) with the run's encoder and cache.
    embed: Callable[[Sequence[str]], np.ndarray] | None = None

    @property
    def hop(self) -> tuple[int, int]:
        return (self.src.document, self.tgt.document)

    @property
    def both_sides(self) -> bool:
        """Both sides hold text. Checks that compare content skip other rows: a whole
        sentence left out or added is the coverage check's business."""
        return not self.src.empty and not self.tgt.empty


@dataclass
class Finding:
    """A drift a check found on one PairView.

    `key` identifies *what* drifted independently of the hop (e.g. "number:200e9" or
    "entity:nazarbaev"), so that attribution can tell a drift carried along the chain
    from a new one and report it once, on the first hop where it appears.
    Offsets in `src_spans`/`tgt_spans` are into `Segment.text`.
    """

    type: str
    severity: Severity
    message: str
    key: str
    src_spans: list[tuple[int, int]] = field(default_factory=list)
    tgt_spans: list[tuple[int, int]] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)
    check: str = ""  # the check that found it (its `name`), set by whoever runs the check
