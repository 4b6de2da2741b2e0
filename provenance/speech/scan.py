"""Quoted and reported speech in a text: find it, in each language.

Two scales share one scanner:

- `find_speech(text, lang)` reads one piece of text (an aligned row's side) on its own;
  the `quotes` check uses it on every hop.
- `document_speech(doc)` reads a whole document paragraph by paragraph, so a quote that
  runs over several sentences is one quote and "he stresses" resolves to the last named
  speaker; quote tracing (`provenance.trace.quotes`) uses it.

Who speaks is `provenance.speech.speakers`' job. All language knowledge (quotation marks,
verbs of saying, pronouns) is data in `provenance/lang/<code>/speech.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from provenance import lang as lang_data
from provenance.model import Document
from provenance.speech.speakers import WORD, SpeechAttribution, attribute_speech

_SINGLE_MARKS = frozenset("'’‘‚‹›")
# Guillemets may have a (no-break) space inside: « Bonjour ».
_SPACED_MARKS = frozenset("«»‹›")
_OPEN_AFTER = frozenset("([{—–-/:;,")
# A quote shorter than this (in words) is a scare quote or a title, not speech.
MIN_QUOTE_WORDS = 3


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
    tokens = WORD.findall(words)
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


@dataclass(frozen=True)
class Speech:
    """Direct or reported speech found in a text; offsets are into that text."""

    kind: str  # "direct" | "reported"
    start: int
    end: int
    words: str  # the quoted words without marks, or the reporting sentence
    attribution: SpeechAttribution = field(default_factory=SpeechAttribution)

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


def _reported(sentence: str, lang: str) -> SpeechAttribution | None:
    """Reported speech: a verb of saying with a speaker, a pronoun or "that"."""
    att = attribute_speech(sentence, lang)
    if att.verb is None:
        return None
    sd = lang_data.data(lang, "speech")
    words = {w.lower() for w in WORD.findall(sentence)}
    if words & sd.complementizers:
        return replace(att, trailing=False)  # "said that ...": indirect, marked so
    if att.speaker or att.subject or att.pronoun:
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
    # Reported speech whose attribution trails the statement (see `SpeechAttribution`).
    trailing: bool = False
    strong: bool = False  # the speaker is a name on strong evidence (`SpeechAttribution`)


def document_speech(doc: Document) -> list[DocSpeech]:
    """Quotes (across sentences, within a paragraph) and reported speech in a document."""
    paras: dict[int, list[int]] = {}
    pnum = doc.paragraphs if len(doc.paragraphs) == len(doc.sentences) else [0] * len(doc.sentences)
    for sid, p in enumerate(pnum):
        paras.setdefault(p, []).append(sid)
    out: list[DocSpeech] = []
    last_speaker: tuple[str | None, bool] = (None, False)
    for _, sids in sorted(paras.items()):
        # Resolve pronouns and unattributed quotes in reading order.
        for ds in _paragraph_speech(doc, sids):
            if ds.speaker:
                last_speaker = (ds.speaker, ds.strong)
            else:
                ds.speaker, ds.strong = last_speaker
            out.append(ds)
    return out


def _paragraph_speech(doc: Document, sids: list[int]) -> list[DocSpeech]:
    """The quotes and reported speech of one paragraph (sentences `sids`), in reading order."""
    starts, pos = [], 0
    for sid in sids:
        starts.append(pos)
        pos += len(doc.sentences[sid]) + 1
    text = " ".join(doc.sentences[sid] for sid in sids)

    def locate(offset: int) -> tuple[int, int]:
        # Binary search: a paragraph can be a whole document (`--presplit` gives every
        # line paragraph 0), and a scan per quote made that quadratic.
        k = bisect_right(starts, offset) - 1
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
            context[starts[k] : starts[k] + len(doc.sentences[sids[k]])] for k in range(k0, k1 + 1)
        )
        att = attribute_speech(ctx, doc.lang)
        if att.verb is None and k0 > 0 and doc.sentences[sids[k0 - 1]].rstrip().endswith(":"):
            att = attribute_speech(doc.sentences[sids[k0 - 1]], doc.lang)
        covered = [sids[k] for k in range(k0, k1 + 1)]
        ds = DocSpeech(
            "direct", covered, off0, off1 + 1, words, att.speaker, att.speaker is not None,
            att.verb, q.closed, strong=att.strong,
        )  # fmt: skip
        items.append((q.start, ds))
    inside = {
        k for q in quotes for k in range(locate(q.start)[0], locate(max(q.start, q.end - 1))[0] + 1)
    }
    for k, sid in enumerate(sids):
        sent = doc.sentences[sid]
        att = None if k in inside else _reported(sent, doc.lang)
        if att is not None:
            ds = DocSpeech(
                "reported", [sid], 0, len(sent), sent, att.speaker, att.speaker is not None,
                att.verb, trailing=att.trailing, strong=att.strong,
            )  # fmt: skip
            items.append((starts[k], ds))
    return [ds for _, ds in sorted(items, key=lambda t: t[0])]


def excerpt(text: str, width: int = 60) -> str:
    """`text` on one line, cut to `width` characters for a message."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
