"""The `quotes` check: a direct quote on the later side that is not a quote on the earlier.

On one aligned row of one document pair it flags (type `quote`):

- a direct quote whose source sentences are reported speech ("Ablyasow sagte, das Regime
  könne ..." → «Режим может ...», — сказал Аблязов): major, verdict "paraphrased";
- a direct quote whose speaker is named differently on the two sides: major,
  verdict "misattributed";
- a direct quote with no source sentence at all: critical, verdict "unsourced".

A row sees only its own sentences; what needs the whole document (a quote whose source is
plain narrative, a speaker named three sentences earlier) is judged by the check's
document pass, `finish` (quote tracing, `provenance.trace.quotes`), which also gives
every quote of the final document its provenance (the report's `quotes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.checks.base import DocumentFindings, per_text
from provenance.model import Document, Finding, Flag, PairView
from provenance.speech.scan import excerpt, find_quotes, find_speech
from provenance.speech.speakers import misattributed
from provenance.trace.quotes import (
    link_flags,
    paraphrase_severity,
    partial_quote,
    trace_quotes,
)

# A row side is seen on two document pairs in a chain: find its speech once.
_speech = per_text(find_speech)


class QuotesCheck:
    name = "quotes"
    types = ("quote",)
    version = "2"  # 2: a partial quote (a short phrase inside the sentence) is minor

    def __call__(self, pair: PairView) -> list[Finding]:
        if pair.tgt.empty:
            return []
        tgt_speech = _speech(pair.tgt.text, pair.tgt.lang)
        quotes = [s for s in tgt_speech if s.kind == "direct"]
        if not quotes:
            return []
        q = quotes[0]
        tgt_span = [(q.start, q.end)]
        src_lang, tgt_lang = pair.src.lang, pair.tgt.lang
        if pair.src.empty:
            return [
                Finding(
                    "quote",
                    "critical",
                    f"quote “{excerpt(q.words)}” in {tgt_lang} has no source sentence "
                    f"in {src_lang}",
                    "quote:unsourced",
                    [],
                    tgt_span,
                    {"verdict": "unsourced"},
                )
            ]
        src_speech = _speech(pair.src.text, src_lang)
        src_direct = [s for s in src_speech if s.kind == "direct"]
        src_reported = [s for s in src_speech if s.kind == "reported"]
        found: list[Finding] = []
        # Quotation marks around any words on the earlier side (a phrase too short to be
        # speech on its own) make the quote no narrative turned quote.
        src_marked = bool(src_direct) or bool(find_quotes(pair.src.text, src_lang, open_start=True))
        if not src_marked and src_reported:
            r = src_reported[0]
            partial = partial_quote(pair.tgt.text, q.start, q.words)
            found.append(
                Finding(
                    "quote",
                    paraphrase_severity(r.attribution.trailing, partial),
                    f"reported speech in {src_lang} (“{excerpt(r.words, 50)}”) became a direct "
                    f"quote in {tgt_lang}",
                    "quote:paraphrased",
                    [(r.start, r.end)],
                    tgt_span,
                    {"verdict": "paraphrased"},
                )
            )
        # Speakers compared only where both are names on strong evidence.
        named_src = next((s for s in src_direct + src_reported if s.speaker), None)
        named_tgt = next((s for s in quotes if s.speaker), None)
        if named_src is not None and not named_src.attribution.strong:
            named_src = None
        if named_tgt is not None and not named_tgt.attribution.strong:
            named_tgt = None
        if (
            named_src is not None
            and named_tgt is not None
            and misattributed(
                named_src.speaker or "",
                src_lang,
                pair.src.text,
                named_tgt.speaker or "",
                tgt_lang,
                pair.tgt.text,
            )
        ):
            found.append(
                Finding(
                    "quote",
                    "major",
                    f"quote attributed to {named_tgt.speaker} in {tgt_lang}, "
                    f"to {named_src.speaker} in {src_lang}",
                    "quote:misattributed",
                    [(named_src.start, named_src.end)],
                    [(named_tgt.start, named_tgt.end)],
                    {"verdict": "misattributed"},
                )
            )
        return found

    def finish(
        self, docs: Sequence[Document], rows: Sequence[list[list[int]]], flags: list[Flag]
    ) -> DocumentFindings:
        """Trace every quote of the final document through the chain."""
        quotes, new_flags = trace_quotes(docs, rows, flags)
        return DocumentFindings(
            flags=new_flags,
            sections={"quotes": quotes},
            link=lambda final: link_flags(quotes, final, rows),
        )
