"""Quote tracing: every direct quote of the final document with its provenance (the source
sentences in every document of the chain, whether each quotes, reports or only narrates
it, and who says it there) and a verdict, the `quotes` list of the report.

A row-level `quotes` check has already flagged what a row shows on its own; here the whole
documents are read (`provenance.speech.document_speech`), so a quote whose source is plain
narrative, or whose speaker only the document context names, is flagged too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from provenance.model import SEVERITY_RANK, Document, Flag, Span
from provenance.speech.scan import DocSpeech, document_speech, excerpt, find_quotes
from provenance.speech.speakers import misattributed

VERDICTS = ("faithful", "drifted", "paraphrased", "misattributed", "unsourced")


def paraphrase_severity(trailing: bool, partial: bool = False) -> str:
    """Reported speech that became a quote: major, unless the reported sentence trails
    its attribution ("..., - сказал министр"): it may be a quote whose marks are lost;
    or the quote is a partial one (`partial_quote`)."""
    return "minor" if trailing or partial else "major"


# A partial quote: at most this many words, inside a sentence that says this many before it.
PARTIAL_QUOTE_WORDS = 8
PARTIAL_QUOTE_LEAD = 3
_WORD = re.compile(r"\w+")


def partial_quote(text: str, start: int, words: str) -> bool:
    """Whether the quotation starting at `start` of `text` is a phrase quoted inside the
    writer's own sentence ("described the match as «a bit like basketball»", "says
    Pelosi's aims are «to shovel cash at the problem»"): journalists mark a speaker's
    phrase so without quoting a statement, and a translator may add or drop the marks.
    Not a partial quote: one that opens its sentence or follows a colon (the statement
    itself, "Ablyazov said: «The regime may collapse»")."""
    if len(_WORD.findall(words)) > PARTIAL_QUOTE_WORDS:
        return False
    lead = re.split(r"[.!?…]\s", text[:start])[-1].rstrip(" \u00a0")
    return not lead.endswith(":") and len(_WORD.findall(lead)) >= PARTIAL_QUOTE_LEAD


def _status(
    doc: Document, speech: Sequence[DocSpeech], ids: Sequence[int], at: SpeechIndex
) -> tuple[str, DocSpeech | None]:
    """How sentences `ids` of one document hold speech: direct, reported, none, missing.
    Quotation marks around any words count as direct: a phrase too short to be speech
    on its own („im Gefängnis“) is still quoted, so a fuller quote made of it is not a
    narrative turned quote. `at` indexes `speech` by sentence (see `_speech_index`)."""
    if not ids:
        return "missing", None
    touching = [speech[k] for k in sorted({k for i in ids for k in at.get(i, ())})]
    for ds in touching:
        if ds.kind == "direct":
            return "direct", ds
    if any(find_quotes(doc.sentences[i], doc.lang) for i in ids):
        return "direct", None
    for ds in touching:
        if ds.kind == "reported":
            return "reported", ds
    return "none", None


# sentence id -> indices of the document's speech spans that touch it. Looking spans and
# flags up by sentence and row keeps a long document linear: scanning all of them for
# every quote made quote tracing quadratic (2.2 s at 0.5 MB, 44 s at 2 MB of CPU).
SpeechIndex = dict[int, list[int]]


def _speech_index(speech: Sequence[DocSpeech]) -> SpeechIndex:
    at: SpeechIndex = {}
    for k, ds in enumerate(speech):
        for sid in ds.sentences:
            at.setdefault(sid, []).append(k)
    return at


def _flags_by_row(flags: Sequence[Flag], start: int = 0) -> dict[int, list[int]]:
    by_row: dict[int, list[int]] = {}
    for i, f in enumerate(flags, start):
        by_row.setdefault(f.alignment, []).append(i)
    return by_row


def trace_quotes(
    docs: Sequence[Document], rows: Sequence[list[list[int]]], flags: list[Flag]
) -> tuple[list[dict[str, Any]], list[Flag]]:
    """Every direct quote of the final document with its provenance and verdict.

    Returns (quotes, new flags). The row-level `quotes` check has already flagged what a
    row shows on its own (a quote from reported speech, another speaker, no source
    sentence); here the whole documents are read, so a quote whose source sentences hold
    no speech at all, or whose speaker only the document context names, is flagged too
    (once, on the hop where the quote first appears).
    """
    n = len(docs)
    final = n - 1
    speech = [document_speech(d) for d in docs]
    speech_at = [_speech_index(sp) for sp in speech]
    every_flag = list(flags)  # then the flags made here, in the order they are made
    flags_at = _flags_by_row(every_flag)
    row_of: list[dict[int, int]] = [{} for _ in docs]
    for rid, row in enumerate(rows):
        for d, ids in enumerate(row):
            for sid in ids:
                row_of[d][sid] = rid
    new_flags: list[Flag] = []
    quotes: list[dict[str, Any]] = []
    for qid, q in enumerate(ds for ds in speech[final] if ds.kind == "direct"):
        rids = sorted({row_of[final][sid] for sid in q.sentences if sid in row_of[final]})
        sources = []
        statuses = []
        held: list[DocSpeech | None] = []
        for d, doc in enumerate(docs):
            ids = sorted({sid for rid in rids for sid in rows[rid][d]})
            status, ds = _status(doc, speech[d], ids, speech_at[d])
            statuses.append(status)
            held.append(ds)
            sources.append(
                {
                    "document": d,
                    "lang": doc.lang,
                    "sentences": ids,
                    "speech": status,
                    "speaker": ds.speaker if ds else None,
                    "text": " ".join(doc.sentences[i] for i in ids),
                }
            )
        near = sorted(i for rid in rids for i in flags_at.get(rid, ()))
        row_flags = [
            every_flag[i] for i in near if _concerns(every_flag[i], rids, final, q.sentences, rows)
        ]
        quote_flags = [f for f in row_flags if f.type == "quote"]
        verdict, hop = "faithful", None
        if not quote_flags:
            made = _document_flag(docs, rows, q, rids, statuses, sources, held[0])
            if made is not None:
                new_flags.append(made)
                flags_at.setdefault(made.alignment, []).append(len(every_flag))
                every_flag.append(made)
                quote_flags = [made]
        if quote_flags:
            worst = max(quote_flags, key=lambda f: (SEVERITY_RANK[f.severity], -f.hop[0]))
            verdict = worst.detail.get("verdict", "paraphrased")
            hop = list(worst.hop)
        elif any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK["major"] for f in row_flags):
            verdict = "drifted"
            hop = list(min(f.hop for f in row_flags if f.severity != "minor"))
        quotes.append(
            {
                "id": qid,
                "document": final,
                "sentences": q.sentences,
                "start": q.start,
                "end": q.end,
                "text": q.words,
                "speaker": q.speaker,
                "verb": q.verb,
                "alignments": rids,
                "sources": sources,
                "verdict": verdict,
                "hop": hop,
                "flags": [],  # indices into the report's flags, filled by `link_flags`
            }
        )
    return quotes, new_flags


def _document_flag(
    docs: Sequence[Document],
    rows: Sequence[list[list[int]]],
    q: DocSpeech,
    rids: list[int],
    statuses: list[str],
    sources: list[dict[str, Any]],
    origin: DocSpeech | None,
) -> Flag | None:
    """A `quote` flag the documents show but no single row did, or None. `origin` is the
    speech the original holds on the quote's rows."""
    final = len(docs) - 1
    if not rids or statuses[0] == "direct":
        # Quoted in the original: compare named speakers only.
        orig = sources[0]["speaker"]
        # Speakers compared only where both are names on strong evidence.
        if (
            q.named
            and q.strong
            and orig
            and origin is not None
            and origin.strong
            and misattributed(
                orig,
                docs[0].lang,
                sources[0]["text"],
                q.speaker or "",
                docs[final].lang,
                sources[final]["text"],
            )
        ):
            return _flag(
                docs,
                rows,
                q,
                rids,
                (0, 1) if final == 1 else _first_hop(statuses),
                "misattributed",
                "major",
                f"quote attributed to {q.speaker} in {docs[final].lang}, "
                f"to {orig} in {docs[0].lang}",
            )
        return None
    hop = _first_hop(statuses)
    if statuses[0] == "missing":
        msg = f"quote “{excerpt(q.words)}” has no source sentence in {docs[0].lang}"
        return _flag(docs, rows, q, rids, hop, "unsourced", "critical", msg)
    if statuses[0] == "reported":
        msg = (
            f"reported speech in {docs[0].lang} became a direct quote in "
            f"{docs[hop[1]].lang}: “{excerpt(q.words)}”"
        )
        partial = _partial(docs[final], q)
        severity = paraphrase_severity(origin is not None and origin.trailing, partial)
        return _flag(docs, rows, q, rids, hop, "paraphrased", severity, msg)
    msg = f"quote “{excerpt(q.words)}” has no quoted or reported source in {docs[0].lang}"
    severity = "minor" if _partial(docs[final], q) else "major"
    return _flag(docs, rows, q, rids, hop, "unsourced", severity, msg)


def _partial(doc: Document, q: DocSpeech) -> bool:
    return len(q.sentences) == 1 and partial_quote(doc.sentences[q.sentences[0]], q.start, q.words)


def _first_hop(statuses: list[str]) -> tuple[int, int]:
    """The hop where the quote became a quote: after the last document not quoting it."""
    last_not = max((d for d, s in enumerate(statuses[:-1]) if s != "direct"), default=0)
    return (last_not, last_not + 1)


def _flag(
    docs: Sequence[Document],
    rows: Sequence[list[list[int]]],
    q: DocSpeech,
    rids: list[int],
    hop: tuple[int, int],
    verdict: str,
    severity: str,
    message: str,
) -> Flag:
    final = len(docs) - 1
    sid = q.sentences[0]
    sent = docs[final].sentences[sid]
    end = q.end if len(q.sentences) == 1 else len(sent)
    spans = [Span(final, sid, q.start, end, sent[q.start : end])]
    src_ids = rows[rids[0]][hop[0]] if rids else []
    for s in src_ids[:1]:
        text = docs[hop[0]].sentences[s]
        spans.insert(0, Span(hop[0], s, 0, len(text), text))
    return Flag(
        alignment=rids[0] if rids else 0,
        type="quote",
        severity=severity,  # type: ignore[arg-type]
        hop=hop,
        spans=spans,
        message=message,
        detail={"verdict": verdict, "stage": "document"},
        check="quotes",
    )


def _concerns(
    f: Flag,
    rids: Sequence[int],
    final: int,
    sentences: Sequence[int],
    rows: Sequence[list[list[int]]],
) -> bool:
    """Whether a flag is about this quote: on its rows, and marking the quote's sentences in
    the final text (or, with no span there, on a row that holds nothing but the quote)."""
    if f.alignment not in rids:
        return False
    if f.type == "quote":
        return True
    marked = [sp.sentence for sp in f.spans if sp.document == final]
    if marked:
        return any(sid in sentences for sid in marked)
    return set(rows[f.alignment][final]) <= set(sentences)


def link_flags(
    quotes: list[dict[str, Any]], flags: Sequence[Flag], rows: Sequence[list[list[int]]]
) -> None:
    """Fill each quote's `flags` with the indices of the report flags about it."""
    flags_at = _flags_by_row(flags)
    for quote in quotes:
        near = sorted(i for rid in quote["alignments"] for i in flags_at.get(rid, ()))
        quote["flags"] = [
            i
            for i in near
            if _concerns(flags[i], quote["alignments"], quote["document"], quote["sentences"], rows)
        ]
