"""A source document ready for quote search: segmented and embedded once, cached by content.

The sentences' embeddings are what costs (tens of sentences a second on a small machine);
they are stored under the user cache directory (`provenance.util.cache.root()/quotes`),
keyed by a hash of the model, the language, the splitting mode and the text, so the next
run (or the next quote) against the same document only embeds the quote. Windows of 2 and
3 consecutive sentences are scored from the normalised sum of their sentences' vectors
(cheap, in memory) and only the best few are embedded exactly (see `provenance.desk.quote`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from provenance import speech as sp
from provenance.embed import Encoder, l2_normalise
from provenance.model import Document
from provenance.text.langid import detect
from provenance.text.segment import presplit as presplit_text
from provenance.text.segment import segment
from provenance.util import cache

MAX_WINDOW = 3  # a quote may merge up to three source sentences
FORMAT_VERSION = 5
MIN_PART_WORDS = 4
_CLAUSE_CUT = re.compile(r"(?<=\w)[,;:]\s+|\s+[—–-]\s+|[.!?]\s+(?=\S)")
_WORDS = re.compile(r"\w+")
_EDGES = " ,;:—–\"'“”„‟«»‹›‚‘’"  # stripped from a part's ends


@dataclass
class SourceIndex:
    """One source document with a unit vector per sentence and per window of sentences."""

    document: Document
    key: str  # content hash (the cache key)
    vectors: np.ndarray  # (n sentences, d), L2-normalised
    part_owner: np.ndarray  # (n parts,) the sentence each part belongs to
    part_vectors: np.ndarray  # (n parts, d): quoted words and clauses of the sentences
    part_lengths: np.ndarray  # (n parts,) characters
    parts: list[str]  # the parts' texts
    starts: np.ndarray = field(init=False)  # window k covers sentences [starts[k], ends[k])
    ends: np.ndarray = field(init=False)
    windows: np.ndarray = field(init=False)  # (n windows, d), L2-normalised sums
    lengths: np.ndarray = field(init=False)  # (n windows,) characters

    def __post_init__(self) -> None:
        sents = self.document.sentences
        n = len(sents)
        blank = np.array([not s.strip() for s in sents], dtype=bool)
        paras = np.asarray(self.document.paragraphs or [0] * n)
        blanks = np.concatenate([[0], np.cumsum(blank)])
        starts, ends, rows = [], [], []
        csum = np.vstack([np.zeros((1, self.vectors.shape[1]), np.float32), self.vectors.cumsum(0)])
        for width in range(1, MAX_WINDOW + 1):
            a = np.arange(0, max(0, n - width + 1))
            b = a + width
            # A window never holds a blank line nor crosses a paragraph break.
            ok = (blanks[b] - blanks[a] == 0) & (paras[a] == paras[b - 1])
            starts.append(a[ok])
            ends.append(b[ok])
            rows.append(csum[b[ok]] - csum[a[ok]])
        self.starts = np.concatenate(starts) if starts else np.zeros(0, int)
        self.ends = np.concatenate(ends) if ends else np.zeros(0, int)
        d = self.vectors.shape[1]
        chars = np.concatenate([[0], np.cumsum([len(x) + 1 for x in sents])])
        self.lengths = chars[self.ends] - chars[self.starts] - 1
        self.windows = l2_normalise(np.vstack(rows)) if rows else np.zeros((0, d), np.float32)

    def text(self, start: int, end: int) -> str:
        return " ".join(self.document.sentences[start:end])


def content_key(text: str, lang: str | None, presplit: bool, model: str) -> str:
    h = hashlib.sha256()
    for part in (f"v{FORMAT_VERSION}", model, lang or "auto", "presplit" if presplit else "split"):
        h.update(part.encode() + b"\0")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


_MEMORY: dict[str, SourceIndex] = {}
_LOCK = threading.Lock()


def cache_dir() -> Path:
    return cache.root() / "quotes"


def build_index(
    text: str,
    name: str,
    encoder: Encoder,
    lang: str | None = None,
    *,
    presplit: bool = False,
) -> SourceIndex:
    """The index of one document: from memory, else from the disk cache, else built."""
    code = lang or detect(text, name)  # keyed by the language itself, given or detected
    key = content_key(text, code, presplit, encoder.name)
    with _LOCK:
        hit = _MEMORY.get(key)
    if hit is not None:
        return _renamed(hit, name)
    entry = cache_dir() / key[:2] / key
    loaded = _load(entry, name)
    if loaded is None:
        seg = presplit_text(text) if presplit else segment(text, code)
        doc = Document(name, code, seg.sentences, seg.paragraphs)
        owners, parts = [], []
        for sid, sent in enumerate(doc.sentences):
            for part in sentence_parts(sent, code) if sent.strip() else []:
                owners.append(sid)
                parts.append(part)
        vecs = _embed(encoder, doc.sentences + parts)
        n = len(doc.sentences)
        loaded = SourceIndex(
            doc,
            key,
            vecs[:n],
            np.array(owners, dtype=np.int64),
            vecs[n:],
            np.array([len(p) for p in parts], dtype=np.int64),
            parts,
        )
        _store(entry, loaded)
    with _LOCK:
        _MEMORY[key] = loaded
        while len(_MEMORY) > 32:  # a long-running server keeps the recent documents only
            _MEMORY.pop(next(iter(_MEMORY)))
    return loaded


def sentence_parts(sentence: str, lang: str) -> list[str]:
    """The pieces of a sentence a quote may be taken from on their own: the words inside its
    quotation marks (without "she said") and its clauses, when it has more than one."""
    parts: list[str] = []
    for q in sp.find_quotes(sentence, lang, open_start=True):
        a, b = q.inner(sentence)
        inner = sentence[a:b].strip()
        if len(_WORDS.findall(inner)) >= MIN_PART_WORDS and len(inner) < len(sentence) - 3:
            parts.append(inner)
    pieces = [p.strip() for p in _CLAUSE_CUT.split(sentence) if p.strip()]
    if len(pieces) > 1:
        parts += [p for p in pieces if len(_WORDS.findall(p)) >= MIN_PART_WORDS]
    parts = [p.strip(_EDGES) for p in parts]
    return list(dict.fromkeys(p for p in parts if p and p != sentence))


def _renamed(index: SourceIndex, name: str) -> SourceIndex:
    if index.document.path == name:
        return index
    doc = index.document
    copy = object.__new__(SourceIndex)
    copy.__dict__.update(index.__dict__)
    copy.document = Document(name, doc.lang, doc.sentences, doc.paragraphs)
    return copy


def _embed(encoder: Encoder, sentences: list[str]) -> np.ndarray:
    vecs = np.zeros((len(sentences), encoder.dim), dtype=np.float32)
    live = [k for k, s in enumerate(sentences) if s.strip()]
    if live:
        vecs[live] = encoder.encode([sentences[k] for k in live])
    return vecs


def _load(entry: Path, name: str) -> SourceIndex | None:
    try:
        meta = json.loads((entry / "document.json").read_text(encoding="utf-8"))
        arrays = np.load(entry / "vectors.npz")
        vecs, owners, parts, lengths = (
            arrays[k] for k in ("sentences", "part_owner", "parts", "part_lengths")
        )
    except (OSError, ValueError, KeyError):
        return None
    if vecs.shape[0] != len(meta["sentences"]) or len(meta["parts"]) != len(parts):
        return None
    doc = Document(name, meta["lang"], meta["sentences"], meta["paragraphs"])
    return SourceIndex(doc, entry.name, vecs, owners, parts, lengths, meta["parts"])


def _store(entry: Path, index: SourceIndex) -> None:
    doc = index.document
    meta = {
        "lang": doc.lang,
        "sentences": doc.sentences,
        "paragraphs": doc.paragraphs,
        "parts": index.parts,
    }

    def write(tmp: Path) -> None:
        (tmp / "document.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        np.savez(
            tmp / "vectors.npz",
            sentences=index.vectors,
            part_owner=index.part_owner,
            parts=index.part_vectors,
            part_lengths=index.part_lengths,
        )

    with contextlib.suppress(OSError):  # a read-only cache costs speed, never the answer
        cache.install_directory(write, entry)
