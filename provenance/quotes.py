"""Quoted and reported speech: find it in each language, and trace every quote of the final
document back to its source sentences in the original.

Two scales share the same scanner:

- `find_speech(text, lang)` reads one piece of text (an aligned row's segment) on its own;
  `provenance.checks.quotes` uses it on every hop.
- `document_speech(doc)` reads a whole document paragraph by paragraph, so a quote that runs
  over several sentences is one quote and "he stresses" resolves to the last named speaker;
  `trace_quotes()` uses it to give every quote of the final text its provenance and verdict
  (the `quotes` list of the report).

All language knowledge (quotation marks, verbs of saying, pronouns) is data in
`provenance/lang/<code>/speech.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from unidecode import unidecode

from provenance import lang as lang_data
from provenance.model import SEVERITY_RANK, Document, Flag, Span

# Single marks double as apostrophes: an unmatched closing one is never a quote's end.
_SINGLE_MARKS = frozenset("'’‘‚‹›")
# Guillemets may have a (no-break) space inside: « Bonjour ».
_SPACED_MARKS = frozenset("«»‹›")
_OPEN_AFTER = frozenset("([{—–-/:;,")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# A quote shorter than this (in words) is a scare quote or a title, not speech.
MIN_QUOTE_WORDS = 3

VERDICTS = ("faithful", "drifted", "paraphrased", "misattributed", "unsourced")


@dataclass(frozen=True)
class Marks:
    """Quotation marks of one language, compiled from its `SpeechData.quote_pairs`."""

    closers_of: dict[str, frozenset[str]]
    closers: frozenset[str]
    chars: frozenset[str]  # every mark, opening or closing


@cache
def _marks(code: str) -> Marks:
    pairs = lang_data.data(code, "speech").quote_pairs
    closers_of: dict[str, set[str]] = {}
    for o, c in pairs:
        closers_of.setdefault(o, set()).add(c)
    closers = frozenset(c for _, c in pairs)
    return Marks(
        {o: frozenset(c) for o, c in closers_of.items()}, closers, closers | set(closers_of)
    )


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found by `find_quotes`: [start, end) includes the marks."""

    start: int
    end: int
    closed: bool = True  # False: opened and never closed (runs to the end of the text)
    opened_before: bool = False  # True: closed here but opened before the text began

    def inner(self, text: str) -> tuple[int, int]:
        a = self.start if self.opened_before else self.start + 1
        b = self.end - 1 if self.closed else self.end
        return a, b


def find_quotes(text: str, lang: str, *, open_start: bool = False) -> list[QuoteSpan]:
    """Top-level quotations in `text` (nested ones are part of their outer quote).

    A mark opens when it follows a space, a bracket or a dash and precedes a non-space;
    it closes when it follows a non-space and precedes no letter (so "it's" and
    "Kazakhstan’s" are apostrophes). A quote left open runs to the end of the text;
    with `open_start`, a closing double mark with no opener closes a quote that began
    before the text (a row in the middle of a multi-sentence quote).
    """
    marks = _marks(lang)
    stack: list[tuple[str, int]] = []
    out: list[QuoteSpan] = []
    n = len(text)
    for i, c in enumerate(text):
        if c not in marks.chars:
            continue
        left = text[i - 1] if i else None
        right = text[i + 1] if i + 1 < n else None
        can_open = (
            c in marks.closers_of
            and (left is None or left.isspace() or left in _OPEN_AFTER or left in marks.chars)
            and right is not None
            and (not right.isspace() or c in _SPACED_MARKS)
        )
        can_close = (
            c in marks.closers
            and left is not None
            and (not left.isspace() or c in _SPACED_MARKS)
            and (right is None or not right.isalnum())
        )
        depth = next(
            (k for k in range(len(stack) - 1, -1, -1) if c in marks.closers_of[stack[k][0]]),
            None,
        )
        if can_close and depth is not None:
            start = stack[depth][1]
            del stack[depth:]
            if not stack:
                out.append(QuoteSpan(start, i + 1))
        elif can_open:
            stack.append((c, i))
        elif can_close and not stack and not out and open_start and c not in _SINGLE_MARKS:
            out.append(QuoteSpan(0, i + 1, opened_before=True))
    if stack:
        out.append(QuoteSpan(stack[0][1], n, closed=False))
    return sorted(out, key=lambda q: q.start)


def quote_worthy(text: str, q: QuoteSpan) -> bool:
    """Speech rather than a scare quote ("postponed") or a name ("Democratic Choice").

    A name in quotes has few words, starts with a capital, holds no punctuation and sits
    inside its sentence: a word before it and a word after it (the «Демократический выбор
    Казахстана» movement).
    """
    a, b = q.inner(text)
    words = text[a:b].strip()
    tokens = _WORD.findall(words)
    if len(tokens) < MIN_QUOTE_WORDS:
        return False
    if all(t[0].isupper() or not t[0].isalpha() for t in tokens):
        return False
    before = text[: q.start].rstrip()
    after = text[q.end :].lstrip()
    return not (
        len(tokens) <= 6
        and tokens[0][0].isupper()
        and not re.search(r"[.,;:!?]", words)
        and before[-1:].isalpha()
        and after[:1].isalnum()
    )


# --- attribution: verb of saying and speaker -----------------------------------------


@dataclass(frozen=True)
class Attribution:
    verb: str | None = None
    speaker: str | None = None  # a name as written ("Muchtar Ablyasow")
    pronoun: bool = False  # attributed to "he"/"er"/"он": the last named speaker


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _name_runs(
    tokens: list[tuple[str, int, int]], skip_after: frozenset[str]
) -> list[tuple[int, int]]:
    """Runs [i, j) of capitalised tokens that read as a name. A leading word right after an
    article or a preposition is a common noun or a place, and is dropped ("betonte der
    Oppositionspolitiker Muchtar Ablyasow" → "Muchtar Ablyasow")."""
    runs = []
    i = 0
    while i < len(tokens):
        if tokens[i][0][:1].isupper() and tokens[i][0][:1].isalpha():
            j = i
            while j < len(tokens) and tokens[j][0][:1].isupper():
                j += 1
            a = i
            if a > 0 and tokens[a - 1][0].lower() in skip_after:
                a += 1
            if a < j:
                runs.append((a, j))
            i = j
        else:
            i += 1
    return runs


_CLAUSE_END = re.compile(r"[.!?;]\s")


def attribute_speech(context: str, lang: str) -> Attribution:
    """Verb of saying and speaker in `context` (a sentence with its quotes blanked out).

    The speaker is looked for in the verb's own clause, within three words of it: a pronoun
    right at the verb wins ("betonte er"), else the nearest name.
    """
    sd = lang_data.data(lang, "speech")
    toks = _tokens(context)
    if not toks:
        return Attribution()
    lower = [t[0].lower() for t in toks]
    anchor: int | None = None
    verb = None
    for k, w in enumerate(lower):
        if w in sd.verbs:
            anchor, verb = k, toks[k][0]
            break
    if anchor is None:
        low_ctx = context.lower()
        for phrase in sd.according_to:
            m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low_ctx)
            if m:
                anchor = next((k for k, t in enumerate(toks) if t[1] >= m.start()), len(toks) - 1)
                verb = context[m.start() : m.end()]
                break
    if anchor is None:
        return Attribution()
    # Only the verb's clause: no sentence punctuation between the verb and the speaker.
    clause = {
        k
        for k, t in enumerate(toks)
        if not _CLAUSE_END.search(context[min(t[1], toks[anchor][1]) : max(t[2], toks[anchor][2])])
    }

    def dist(k: int) -> int:
        return abs(k - anchor)

    pronoun = any(lower[k] in sd.pronouns and dist(k) <= 2 for k in clause)
    if pronoun:
        return Attribution(verb, None, True)
    runs = _name_runs(toks, sd.articles | sd.prepositions)
    near = [
        (a, j)
        for a, j in runs
        if a in clause and (j - 1) in clause and min(dist(a), dist(j - 1)) <= 3 and a != anchor
    ]
    if near:
        a, j = min(near, key=lambda r: min(dist(r[0]), dist(r[1] - 1)))
        return Attribution(verb, context[toks[a][1] : toks[j - 1][2]], False)
    return Attribution(verb, None, False)


# --- speaker identity across scripts ------------------------------------------------------

_RU_CASE = re.compile(r"(ым|ом|ой|ого|ому|ем|у|а|е)$")


def name_key(name: str) -> str:
    """A spelling-independent key of a person's surname: Nasarbajew = Назарбаев = Nazarbayev.

    The surname (last word) is romanised, case endings of Russian are stripped, and what is
    left is reduced to its consonant skeleton with the letters transliteration systems
    disagree on merged (z/s, w/v, j/y).
    """
    words = name.replace("-", " ").split()
    if not words:
        return ""
    last = words[-1]
    if re.search("[а-яё]", last.lower()) and len(last) > 5:
        last = _RU_CASE.sub("", last.lower())
    s = unidecode(last).lower()
    s = s.replace("sch", "sh").replace("tsch", "ch").replace("ch", "h").replace("kh", "h")
    s = s.translate(str.maketrans({"z": "s", "w": "v", "j": "y", "c": "k", "q": "k"}))
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def same_person(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and ka == kb


# --- speech in a piece of text ---------------------------------------------------------------


@dataclass(frozen=True)
class Speech:
    """Direct or reported speech found in a text; offsets are into that text."""

    kind: str  # "direct" | "reported"
    start: int
    end: int
    words: str  # the quoted words without marks, or the reporting sentence
    attribution: Attribution = field(default_factory=Attribution)

    @property
    def speaker(self) -> str | None:
        return self.attribution.speaker


def _blank(text: str, spans: Sequence[QuoteSpan]) -> str:
    chars = list(text)
    for q in spans:
        for k in range(q.start, q.end):
            chars[k] = " "
    return "".join(chars)


def _sentence_bounds(text: str, lang: str) -> list[tuple[int, int]]:
    from provenance.text.segment import split_sentences

    bounds, pos = [], 0
    for s in split_sentences(text, lang):
        a = text.find(s, pos)
        if a < 0:
            continue
        bounds.append((a, a + len(s)))
        pos = a + len(s)
    return bounds or [(0, len(text))]


def _reported(sentence: str, lang: str) -> Attribution | None:
    """Reported speech: a verb of saying with a speaker, a pronoun or "that"."""
    att = attribute_speech(sentence, lang)
    if att.verb is None:
        return None
    sd = lang_data.data(lang, "speech")
    words = {w.lower() for w in _WORD.findall(sentence)}
    if att.speaker or att.pronoun or words & sd.complementizers:
        return att
    return None


def find_speech(text: str, lang: str) -> list[Speech]:
    """Direct quotes (worth the name) and reported speech in one piece of text."""
    quotes = find_quotes(text, lang, open_start=True)
    context = _blank(text, quotes)
    out: list[Speech] = []
    bounds = _sentence_bounds(text, lang)
    for q in quotes:
        a, b = q.inner(text)
        words = text[a:b].strip()
        if not quote_worthy(text, q):
            continue
        # The attribution is in the sentences the quote touches, outside the quote.
        ctx = " ".join(context[s:e] for s, e in bounds if s < q.end and e > q.start)
        out.append(Speech("direct", q.start, q.end, words, attribute_speech(ctx, lang)))
    for s, e in bounds:
        if any(q.start < e and q.end > s for q in quotes):
            continue
        att = _reported(text[s:e], lang)
        if att is not None:
            out.append(Speech("reported", s, e, text[s:e], att))
    return sorted(out, key=lambda sp: sp.start)


# --- speech in a whole document -----------------------------------------------------------


@dataclass
class DocSpeech:
    """Speech in a document: the sentences it covers, offsets in its first and last one."""

    kind: str
    sentences: list[int]
    start: int  # offset in the first sentence
    end: int  # offset in the last sentence
    words: str
    speaker: str | None  # named, or resolved from a pronoun to the last named speaker
    named: bool  # the speaker is named at the quote itself
    verb: str | None
    closed: bool = True


def document_speech(doc: Document) -> list[DocSpeech]:
    """Quotes (across sentences, within a paragraph) and reported speech in a document."""
    paras: dict[int, list[int]] = {}
    pnum = doc.paragraphs if len(doc.paragraphs) == len(doc.sentences) else [0] * len(doc.sentences)
    for sid, p in enumerate(pnum):
        paras.setdefault(p, []).append(sid)
    out: list[DocSpeech] = []
    last_speaker: str | None = None
    for _, sids in sorted(paras.items()):
        starts, pos = [], 0
        for sid in sids:
            starts.append(pos)
            pos += len(doc.sentences[sid]) + 1
        text = " ".join(doc.sentences[sid] for sid in sids)

        def locate(
            offset: int, starts: list[int] = starts, sids: list[int] = sids
        ) -> tuple[int, int]:
            k = max(i for i, s0 in enumerate(starts) if s0 <= offset)
            return k, offset - starts[k]

        quotes = find_quotes(text, doc.lang)
        context = _blank(text, quotes)
        items: list[tuple[int, DocSpeech]] = []
        for q in quotes:
            a, b = q.inner(text)
            words = text[a:b].strip()
            k0, off0 = locate(q.start)
            k1, off1 = locate(max(q.start, q.end - 1))
            if not quote_worthy(text, q):
                continue
            ctx = " ".join(
                context[starts[k] : starts[k] + len(doc.sentences[sids[k]])]
                for k in range(k0, k1 + 1)
            )
            att = attribute_speech(ctx, doc.lang)
            if att.verb is None and k0 > 0 and doc.sentences[sids[k0 - 1]].rstrip().endswith(":"):
                att = attribute_speech(doc.sentences[sids[k0 - 1]], doc.lang)
            ds = DocSpeech(
                "direct",
                [sids[k] for k in range(k0, k1 + 1)],
                off0,
                off1 + 1,
                words,
                att.speaker,
                att.speaker is not None,
                att.verb,
                q.closed,
            )
            items.append((q.start, ds))
        inside = {
            k
            for q in quotes
            for k in range(locate(q.start)[0], locate(max(q.start, q.end - 1))[0] + 1)
        }
        for k, sid in enumerate(sids):
            if k in inside:
                continue
            att = _reported(doc.sentences[sid], doc.lang)
            if att is not None:
                sent = doc.sentences[sid]
                ds = DocSpeech(
                    "reported",
                    [sid],
                    0,
                    len(sent),
                    sent,
                    att.speaker,
                    att.speaker is not None,
                    att.verb,
                )
                items.append((starts[k], ds))
        # Resolve pronouns and unattributed quotes in reading order.
        for _, ds in sorted(items, key=lambda t: t[0]):
            if ds.speaker:
                last_speaker = ds.speaker
            else:
                ds.speaker = last_speaker
            out.append(ds)
    return out


# --- provenance of the final document's quotes -----------------------------------------


def _status(speech: Sequence[DocSpeech], ids: Sequence[int]) -> tuple[str, DocSpeech | None]:
    """How sentences `ids` of one document hold speech: direct, reported, none, missing."""
    if not ids:
        return "missing", None
    ids_set = set(ids)
    for kind in ("direct", "reported"):
        for ds in speech:
            if ds.kind == kind and ids_set & set(ds.sentences):
                return kind, ds
    return "none", None


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
        for d, doc in enumerate(docs):
            ids = sorted({sid for rid in rids for sid in rows[rid][d]})
            status, ds = _status(speech[d], ids)
            statuses.append(status)
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
        row_flags = [f for f in flags + new_flags if _concerns(f, rids, final, q.sentences, rows)]
        quote_flags = [f for f in row_flags if f.type == "quote"]
        verdict, hop = "faithful", None
        if not quote_flags:
            made = _document_flag(docs, rows, q, rids, statuses, sources)
            if made is not None:
                new_flags.append(made)
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
) -> Flag | None:
    """A `quote` flag the documents show but no single row did, or None."""
    final = len(docs) - 1
    if not rids or statuses[0] == "direct":
        # Quoted in the original: compare named speakers only.
        orig = sources[0]["speaker"]
        if q.named and orig and not same_person(q.speaker or "", orig):
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
        msg = f"quote “{_short(q.words)}” has no source sentence in {docs[0].lang}"
        return _flag(docs, rows, q, rids, hop, "unsourced", "critical", msg)
    if statuses[0] == "reported":
        msg = (
            f"reported speech in {docs[0].lang} became a direct quote in "
            f"{docs[hop[1]].lang}: “{_short(q.words)}”"
        )
        return _flag(docs, rows, q, rids, hop, "paraphrased", "major", msg)
    msg = f"quote “{_short(q.words)}” has no quoted or reported source in {docs[0].lang}"
    return _flag(docs, rows, q, rids, hop, "unsourced", "major", msg)


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
    for quote in quotes:
        quote["flags"] = [
            i
            for i, f in enumerate(flags)
            if _concerns(f, quote["alignments"], quote["document"], quote["sentences"], rows)
        ]
