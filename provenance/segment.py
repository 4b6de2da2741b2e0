"""Stage 2 — segment: split a text into sentences, keeping paragraph numbers.

Sentence splitting uses `sentencex` (rule-based, ~300 languages, knows "9. Juni" and
"т. е." abbreviations; see README "Choices" for the measurement against simplemma).
Paragraphs are separated by blank lines; inside a paragraph a line break ends a
sentence (headlines, list items) unless the paragraph is hard-wrapped prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sentencex import segment as _sentencex_segment

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_ENDS_SENTENCE = re.compile(r"[.!?:;…»«\"“”„'’)\]]$")


@dataclass
class Segmented:
    sentences: list[str]
    paragraphs: list[int]


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Prose broken at a fixed width: most lines run on without end punctuation."""
    if len(lines) < 3:
        return False
    open_ended = sum(1 for ln in lines[:-1] if not _ENDS_SENTENCE.search(ln.strip()))
    return open_ended / (len(lines) - 1) > 0.6


def split_sentences(text: str, lang: str) -> list[str]:
    """Sentences of one block of text (no paragraph logic)."""
    out = []
    for s in _sentencex_segment(lang, text):
        s = s.strip()
        if s:
            out.append(s)
    return out


def segment(text: str, lang: str) -> Segmented:
    """Split `text` into sentences with their paragraph numbers."""
    sentences: list[str] = []
    paragraphs: list[int] = []
    for p, para in enumerate(q for q in _BLANK_LINES.split(text) if q.strip()):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        blocks = [" ".join(lines)] if _is_hard_wrapped(lines) else lines
        for block in blocks:
            for s in split_sentences(block, lang):
                sentences.append(s)
                paragraphs.append(p)
    return Segmented(sentences, paragraphs)


def presplit(text: str) -> Segmented:
    """One sentence per line, as given; line i is sentence i (blank lines included), so
    alignments refer to the input's line numbers."""
    lines = text.split("\n")
    return Segmented([ln.strip() for ln in lines], [0] * len(lines))
