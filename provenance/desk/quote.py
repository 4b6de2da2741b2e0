"""Quote-first verification: where does a quote come from, who said it there, and what
changed on the way?

result = verify_quote("The regime may collapse before the end of the year.",
                      ["1.de.txt", "2.ru.txt"], speaker="Ablyazov")
result.candidates[0]   # best source passage: document, sentences, score, speech, speaker
result.verdict, result.flags   # faithful / drifted / paraphrased / misattributed / unsourced

Search: every window of 1–3 consecutive sentences of every source document is scored
against the quote by cosine similarity of sentence embeddings (windows from the sum of
their sentences' cached vectors); the best few windows are embedded exactly and re-ranked,
with a penalty for a length far from the quote's (so a quote that is one clause picks its
sentence, and one merging two sentences picks both). Then, on the best passage of each
source (in chain order, the quote last), the project's checks run hop by hop and each
drift is reported once, on the hop where it appears (`provenance.trace.attribution`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from provenance import checks as checks_mod
from provenance import speech as sp
from provenance.desk.index import SourceIndex, build_index
from provenance.desk.sources import SourceText, read_sources
from provenance.embed import CachedEncoder, Encoder, get_encoder
from provenance.errors import UsageError
from provenance.model import SEVERITY_RANK, Document, Flag, Span
from provenance.pipeline import pair_similarities, row_segments, run_checks, views_for
from provenance.text.langid import detect
from provenance.text.load import normalise
from provenance.text.segment import segment
from provenance.trace.attribution import attribute, sort_flags

SCHEMA_QUOTE = "provenance.quote/1"
RERANK = 8  # windows embedded exactly per document
CANDIDATES = 3  # candidates kept per document
# Below this cosine similarity the best passage is not taken for the quote's source
# (translations score ~0.6–0.9 with the default encoder, unrelated sentences ~0.1–0.4).
MIN_SCORE = 0.5
# Quote and passage lengths (characters) may differ by this factor before it costs.
LENGTH_SLACK = np.log(1.6)
LENGTH_WEIGHT = 0.15
SHORTER_SLACK = np.log(1.6)
SHORTER_WEIGHT = 0.15
# A window of several sentences longer than the quote: the log length ratio translation
# itself gives (WMT21 references against their sources: standard deviation 0.13-0.15, mean
# within ±0.17 over five language pairs) is free, beyond it each unit costs WINDOW_WEIGHT.
WINDOW_SLACK = 0.2
WINDOW_WEIGHT = 0.3
WIDTH_WEIGHT = 0.02  # per sentence of difference between a window and the quote
LONGER_THAN_QUOTE = 1.5  # a sentence this many times the quote's words is read piecewise
_MARKS = "\"'“”„‟«»‹›‚‘’「」"

SourceInput = str | Path | bytes | SourceText


@dataclass
class Candidate:
    """A source passage: sentences [start, end) of source document `document`."""

    document: int
    start: int
    end: int
    score: float
    text: list[str]
    speech: str = "none"  # "direct" | "reported" | "none": how the source holds it
    speaker: str | None = None
    flags: list[Flag] = field(default_factory=list)
    # What the checks compare with the quote, one piece per sentence: the sentence, or the
    # part of it the quote reproduces (the quoted words without "she said", a clause).
    passage: list[str] = field(default_factory=list)

    @property
    def sentences(self) -> list[int]:
        return list(range(self.start, self.end))

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "sentences": self.sentences,
            "text": self.text,
            "score": round(self.score, 4),
            "speech": self.speech,
            "speaker": self.speaker,
            "passage": self.passage,
            "flags": [f.to_dict() for f in self.flags],
        }


@dataclass
class QuoteCheck:
    """What `verify_quote` returns. Documents: the sources in chain order, then the quote."""

    quote: str
    lang: str
    speaker: str | None
    documents: list[Document]
    candidates: list[Candidate]  # best first, over every source document
    trace: list[Candidate | None]  # the best passage of each source, in chain order
    flags: list[Flag]  # drifts along the chain (hop [k, k+1]; the quote is the last document)
    verdict: str
    hop: list[int] | None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return bool(self.candidates) and self.candidates[0].score >= MIN_SCORE

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_QUOTE,
            "quote": {"text": self.quote, "lang": self.lang, "speaker": self.speaker},
            "documents": [{"path": d.path, "lang": d.lang} for d in self.documents],
            "verdict": self.verdict,
            "hop": self.hop,
            "candidates": [c.to_dict() for c in self.candidates],
            "trace": [None if c is None else c.to_dict() for c in self.trace],
            "flags": [f.to_dict() for f in self.flags],
        }


def verify_quote(
    quote: str,
    sources: Sequence[SourceInput],
    *,
    speaker: str | None = None,
    langs: str | Sequence[str | None] | None = None,
    presplit: bool = False,
    model: str | None = None,
    encoder: Encoder | None = None,
    names: Sequence[str] | None = None,
    rerank: bool = True,
) -> QuoteCheck:
    """Find `quote` in `sources` (paths, or bytes with `names`), in chain order.

    `langs`: the quote's language first, then each source's (None: detected).
    """
    t0 = time.perf_counter()
    if not sources:
        raise UsageError("give at least one source document", hint="provenance quote TEXT SRC")
    texts = [t for k, s in enumerate(sources) for t in _source_texts(s, k, names)]
    codes = _langs(langs, len(texts) + 1)
    enc = encoder or get_encoder(model)
    indexes = [
        build_index(t.text, t.name, enc, codes[k + 1] or t.lang, presplit=presplit)
        for k, t in enumerate(texts)
    ]
    qdoc = _quote_document(quote, codes[0])
    t1 = time.perf_counter()
    cached = KnownVectors(enc)
    qtext = " ".join(qdoc.sentences)
    qvec = cached.encode([qtext])[0]
    per_doc = [
        _search(ix, d, qtext, qvec, cached if rerank else None, len(qdoc.sentences))
        for d, ix in enumerate(indexes)
    ]
    for ix, cands in zip(indexes, per_doc, strict=True):
        for c in cands:
            _speech_of(ix.document, c)
    t2 = time.perf_counter()
    trace = [c[0] if c and c[0].score >= MIN_SCORE else None for c in per_doc]
    given = speaker
    flags = _chain_flags(indexes, trace, qdoc, cached, given)
    for c in trace:
        if c is not None:
            c.flags = [f for f in flags if f.hop[0] == c.document or f.hop[1] == c.document]
    candidates = sorted((c for cands in per_doc for c in cands), key=lambda c: -c.score)
    verdict, hop = _verdict(trace, flags)
    return QuoteCheck(
        quote=(qdoc.sentences and " ".join(qdoc.sentences)) or quote,
        lang=qdoc.lang,
        speaker=given or _source_speaker(trace),
        documents=[ix.document for ix in indexes] + [qdoc],
        candidates=candidates,
        trace=trace,
        flags=flags,
        verdict=verdict,
        hop=hop,
        timings={"index": t1 - t0, "search": t2 - t1, "checks": time.perf_counter() - t2},
    )


# --- inputs ---------------------------------------------------------------------------------


def _langs(langs: str | Sequence[str | None] | None, count: int) -> list[str | None]:
    """`--langs en,de,ru` → one code per input (the quote first); None (or a None item) =
    detect that one."""
    from provenance import lang as lang_data
    from provenance.text.documents import parse_langs

    if isinstance(langs, str) or not langs:
        return parse_langs(langs, count)
    if len(langs) != count:
        return parse_langs(list(langs), count)  # the usual error message
    return [lang_data.validate(c) if c else None for c in langs]


def _source_texts(source: SourceInput, k: int, names: Sequence[str] | None) -> list[SourceText]:
    """One source as its document(s): a bilingual file (TMX, XLIFF, PO) gives two."""
    if isinstance(source, SourceText):  # already read (the desk)
        return [source]
    if isinstance(source, bytes):
        name = names[k] if names and k < len(names) else f"<source {k + 1}>"
        return read_sources(source, name)
    from provenance.text.load import read_bytes

    name, raw = read_bytes(source)
    return read_sources(raw, Path(name).name if name != "<stdin>" else name)


def _quote_document(quote: str, lang: str | None) -> Document:
    text = normalise(quote).strip().strip(_MARKS).strip()
    if not text:
        raise UsageError("the quote is empty", hint='give the quoted words, e.g. "The regime …"')
    code = lang or detect(text, "<quote>")
    seg = segment(text, code)
    return Document("<quote>", code, seg.sentences or [text], [0] * max(1, len(seg.sentences)))


# --- search ---------------------------------------------------------------------------------


def _length_cost(qlen: int, lengths: np.ndarray, several: np.ndarray | bool = False) -> np.ndarray:
    """How much a passage's length (characters) far from the quote's costs its score. A
    passage shorter than the quote costs sooner and more (the quote says more than it: a
    sentence is missing) than a longer one (the quote may be a part of it). A passage of
    `several` sentences longer than the quote costs as soon as it is beyond what
    translation does to a length (`WINDOW_SLACK`): a quote taken from part of it is part
    of one sentence, which that sentence's own window (or part) offers; a longer window
    holds a sentence the quote did not take."""
    ratio = np.log(qlen / np.maximum(lengths, 1))  # > 0: the passage is shorter
    shorter = SHORTER_WEIGHT * np.maximum(ratio - SHORTER_SLACK, 0.0)
    longer = np.where(
        several,
        WINDOW_WEIGHT * np.maximum(-ratio - WINDOW_SLACK, 0.0),
        LENGTH_WEIGHT * np.maximum(-ratio - LENGTH_SLACK, 0.0),
    )
    return shorter + longer


def window_scores(
    index: SourceIndex, qvec: np.ndarray, qlen: int
) -> tuple[np.ndarray, dict[int, int]]:
    """A score per window of `index`: its cosine with the quote, less the length cost; a
    one-sentence window scores the best of the sentence and of its parts (quoted words,
    clauses), so a quote taken from part of a sentence finds it. Also returns, for the
    sentences whose part won, {sentence: part index}."""
    several = (index.ends - index.starts) > 1
    scores = index.windows @ qvec - _length_cost(qlen, index.lengths, several)
    won: dict[int, int] = {}
    if len(index.part_owner):
        parts = (index.part_vectors @ qvec - _length_cost(qlen, index.part_lengths)).astype(
            np.float32
        )
        best = np.full(len(index.document.sentences), -np.inf, dtype=np.float32)
        np.maximum.at(best, index.part_owner, parts)
        ones = np.flatnonzero((index.ends - index.starts) == 1)
        better = best[index.starts[ones]] > scores[ones]
        scores[ones[better]] = best[index.starts[ones[better]]]
        winners = set(index.starts[ones[better]].tolist())
        for k in np.flatnonzero(parts == best[index.part_owner]):
            owner = int(index.part_owner[k])
            if owner in winners:
                won.setdefault(owner, int(k))
    return scores, won


def _search(
    index: SourceIndex,
    d: int,
    quote: str,
    qvec: np.ndarray,
    cached: CachedEncoder | None,
    qsents: int = 1,
) -> list[Candidate]:
    """The best windows of one source for the quote. With `cached`, the best few are
    re-scored on exact embeddings in one encoder call: a window of several sentences as a
    whole (its score was from the sum of its sentences), and a sentence much longer than
    the quote also piece by piece (stretches of the quote's length in words), so a quote
    taken from part of a sentence finds it even when no punctuation marks that part.
    A window with as many sentences as the quote is slightly preferred (`WIDTH_WEIGHT`):
    translations mostly keep sentence boundaries."""
    if not len(index.windows):
        return []
    scores, won = window_scores(index, qvec, len(quote))
    width_cost = WIDTH_WEIGHT * np.abs((index.ends - index.starts) - qsents)
    top = np.argsort(-(scores - width_cost))[:RERANK]
    pieces: dict[int, str] = {}  # window → the stretch of its sentence that matched best
    if cached is not None:
        scores = scores.copy()
        _rescore(index, quote, qvec, top, scores, pieces, cached)
    scores = scores - width_cost
    top = top[np.argsort(-scores[top], kind="stable")]
    out: list[Candidate] = []
    for k in top:
        a, b = int(index.starts[k]), int(index.ends[k])
        if any(a < c.end and c.start < b for c in out):
            continue  # an overlapping window of a better candidate: the same passage
        sents = index.document.sentences[a:b]
        cand = Candidate(d, a, b, float(scores[k]), sents)
        if int(k) in pieces:
            cand.passage = [pieces[int(k)]]
        elif b - a == 1 and a in won:
            cand.passage = [index.parts[won[a]]]
            _remember(cached, cand.passage[0], index.part_vectors[won[a]])
        else:
            cand.passage = list(sents)
            if b - a == 1:
                _remember(cached, sents[0], index.vectors[a])
        out.append(cand)
        if len(out) == CANDIDATES:
            break
    return out


def _remember(cached: CachedEncoder | None, text: str, vector: np.ndarray) -> None:
    """Give the run's encoder cache a vector the index already holds, so the checks'
    similarity of a passage costs no encoder call."""
    if isinstance(cached, KnownVectors):
        cached.remember(text, vector)


class KnownVectors(CachedEncoder):
    """The run's encoder cache, which also takes vectors computed earlier (the index's)."""

    def remember(self, text: str, vector: np.ndarray) -> None:
        self._cache.setdefault(text, np.asarray(vector, dtype=np.float32))


def _stretches(sentence: str, words: int) -> list[str]:
    """Overlapping runs of `words` words of a sentence (half a run apart)."""
    tokens = sentence.split()
    if len(tokens) < words * LONGER_THAN_QUOTE:
        return []
    step = max(1, words // 2)
    starts = list(range(0, len(tokens) - words + 1, step))
    if starts[-1] != len(tokens) - words:
        starts.append(len(tokens) - words)
    return [" ".join(tokens[i : i + words]) for i in starts]


def _rescore(
    index: SourceIndex,
    quote: str,
    qvec: np.ndarray,
    top: np.ndarray,
    scores: np.ndarray,
    pieces: dict[int, str],
    cached: CachedEncoder,
) -> None:
    words = max(3, len(quote.split()))
    texts: list[str] = []
    owner: list[tuple[int, bool]] = []  # (window, is a stretch)
    for k in top:
        a, b = int(index.starts[k]), int(index.ends[k])
        if b - a > 1:
            texts.append(index.text(a, b))
            owner.append((int(k), False))
        else:
            for piece in _stretches(index.document.sentences[a], words):
                texts.append(piece)
                owner.append((int(k), True))
    if not texts:
        return
    sims = cached.encode(texts) @ qvec
    lengths = np.array([len(t) for t in texts])
    multi = np.array([not stretch for _, stretch in owner])
    sims[multi] -= _length_cost(len(quote), lengths[multi], True)
    for (k, stretch), text, sim in zip(owner, texts, sims, strict=True):
        if not stretch:
            scores[k] = sim
        elif sim > scores[k]:
            scores[k] = sim
            pieces[k] = text


CONTEXT_BEFORE = 8  # sentences read before a passage to resolve "he said" to a name


def _speech_of(doc: Document, cand: Candidate) -> None:
    """Set how the source holds the passage (direct, reported, none) and who speaks."""
    a = max(0, cand.start - CONTEXT_BEFORE)
    b = min(len(doc.sentences), cand.end + 1)
    paras = doc.paragraphs[a:b] if len(doc.paragraphs) == len(doc.sentences) else []
    sub = Document(doc.path, doc.lang, doc.sentences[a:b], paras or [0] * (b - a))
    window = set(range(cand.start - a, cand.end - a))
    speech = sp.document_speech(sub)
    for kind in ("direct", "reported"):
        for ds in speech:
            if ds.kind == kind and window & set(ds.sentences):
                cand.speech, cand.speaker = kind, ds.speaker
                if kind == "direct" and cand.passage == cand.text:
                    cand.passage = [_quoted_words(s, doc.lang) for s in cand.text]
                return


def _quoted_words(sentence: str, lang: str) -> str:
    """The words inside a sentence's quotation marks ("…", she said → …), else the sentence:
    a quote reproduces the speaker's words, not the attribution around them."""
    inner = []
    for q in sp.find_quotes(sentence, lang, open_start=True):
        if sp.quote_worthy(sentence, q):
            a, b = q.inner(sentence)
            inner.append(sentence[a:b].strip())
    return " ".join(inner) if inner else sentence


def _source_speaker(trace: Sequence[Candidate | None]) -> str | None:
    return next((c.speaker for c in trace if c is not None and c.speaker), None)


# --- drift along the chain ------------------------------------------------------------------


def _chain_flags(
    indexes: Sequence[SourceIndex],
    trace: Sequence[Candidate | None],
    qdoc: Document,
    cached: CachedEncoder,
    speaker: str | None,
) -> list[Flag]:
    """The project's checks on the found passages, hop by hop, each drift on its first hop."""
    found = [(ix, c) for ix, c in zip(indexes, trace, strict=True) if c is not None]
    if not found:
        return []
    docs = [
        Document(ix.document.path, ix.document.lang, c.passage or c.text, [0] * len(c.text))
        for ix, c in found
    ]
    docs.append(qdoc)
    rows = [[list(range(len(d.sentences))) for d in docs]]
    n = len(docs)
    pairs = [(k, k + 1) for k in range(n - 1)] + ([(0, n - 1)] if n > 2 else [])
    segments = row_segments(docs, rows)
    sims = {p: pair_similarities(segments, p[0], p[1], cached) for p in pairs}
    check_list = [c for c in checks_mod.select() if c.name != "quotes"]
    findings = {
        p: run_checks(check_list, views_for(docs, rows, p[0], p[1], cached, segments, sims[p]))
        for p in pairs
    }
    hop_sims = [[sims[(k, k + 1)][0] for k in range(n - 1)]]
    flags = attribute(docs, rows, findings, hop_sims)
    flags += _speech_flags(found, docs, speaker)
    sort_flags(flags)
    # Back to the real documents' numbering: source k's sentence ids, the quote last.
    where = [ix_c[1] for ix_c in found]
    real = [c.document for c in where] + [len(indexes)]
    return [_renumber(f, where, real) for f in flags]


def _speech_flags(
    found: Sequence[tuple[SourceIndex, Candidate]], docs: Sequence[Document], speaker: str | None
) -> list[Flag]:
    """A quote from reported speech or plain narrative, or given to another speaker."""
    statuses = [c.speech for _, c in found] + ["direct"]
    quote_doc = len(docs) - 1
    qtext = " ".join(docs[-1].sentences)
    qspan = Span(quote_doc, 0, 0, len(docs[-1].sentences[0]), docs[-1].sentences[0])
    out = []
    first = found[0][1]
    if statuses[0] != "direct":
        last_not = max(d for d, s in enumerate(statuses[:-1]) if s != "direct")
        hop = (last_not, last_not + 1)
        src = docs[hop[0]]
        verdict = "paraphrased" if statuses[0] == "reported" else "unsourced"
        what = "reported speech" if statuses[0] == "reported" else "no quoted or reported speech"
        out.append(
            Flag(
                0,
                "quote",
                "major",
                hop,
                [Span(hop[0], 0, 0, len(src.sentences[0]), src.sentences[0]), qspan],
                f"{what} in {docs[0].lang} became a direct quote: “{_short(qtext)}”",
                detail={"verdict": verdict},
                check="quotes",
            )
        )
    origin = first.speaker
    if speaker and origin and not sp.same_speaker(speaker, docs[-1].lang, origin, docs[0].lang):
        out.append(
            Flag(
                0,
                "quote",
                "major",
                (len(docs) - 2, len(docs) - 1),
                [qspan],
                f"quote given to {speaker}; in {docs[0].lang} the speaker is {origin}",
                detail={"verdict": "misattributed"},
                check="quotes",
            )
        )
    return out


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _renumber(f: Flag, where: Sequence[Candidate], real: Sequence[int]) -> Flag:
    def fix(s: Span) -> Span:
        if s.document >= len(where):  # the quote
            return Span(real[s.document], s.sentence, s.start, s.end, s.text)
        cand = where[s.document]
        piece = (cand.passage or cand.text)[s.sentence]
        shift = max(0, cand.text[s.sentence].find(piece))
        sid = cand.start + s.sentence
        return Span(real[s.document], sid, s.start + shift, s.end + shift, s.text)

    return Flag(
        f.alignment,
        f.type,
        f.severity,
        (real[f.hop[0]], real[f.hop[1]]),
        [fix(s) for s in f.spans],
        f.message,
        f.detail,
        f.check,
    )


def _verdict(
    trace: Sequence[Candidate | None], flags: Sequence[Flag]
) -> tuple[str, list[int] | None]:
    if (trace and trace[0] is None) or not any(trace):
        return "unsourced", None
    quote_flags = [f for f in flags if f.type == "quote"]
    if quote_flags:
        worst = max(quote_flags, key=lambda f: (SEVERITY_RANK[f.severity], -f.hop[0]))
        return worst.detail.get("verdict", "paraphrased"), list(worst.hop)
    serious = [f for f in flags if SEVERITY_RANK[f.severity] >= SEVERITY_RANK["major"]]
    if serious:
        return "drifted", list(min(f.hop for f in serious))
    return "faithful", None
