"""Stage 2 — segment: split a text into sentences, keeping paragraph numbers.

Sentence splitting uses `sentencex` (rule-based, ~300 languages, knows "9. Juni"),
plus a small repair step for the false ends it still makes ("т. е. примерно",
"M. Dupont", "im 19. Jahrhundert"); see docs/choices.md and `provenance bench segment`
for the measurement against simplemma and a regex baseline.
Paragraphs are separated by blank lines; inside a paragraph a line break ends a
sentence (headlines, list items) unless the paragraph is hard-wrapped prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from sentencex import segment as _sentencex_segment

from provenance import lang as lang_data
from provenance.lang.writing import WritingData

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


_INITIAL_END = re.compile(r"(?:^|[\s(„«\"“])([^\W\d_])\.$")  # "M." "A. S." "É."
_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,3}\.$")  # German ordinals: "im 19. Jahrhundert"
_OPENERS = "\"'«»„“”‚‘(["
# The word before a final period: "напр." "Hrsg." "n°." (letters, digits inside, hyphen).
_WORD_BEFORE_PERIOD = re.compile(r"(?:^|[\s(„«\"“'])([^\W\d_][\w°-]*)\.$")
# A period after a word, then a capitalised word: a candidate sentence end inside a piece.
_PERIOD_THEN_CAPITAL = re.compile(r"(\S+)\s+([^\W\d_][\w°-]*)\.\s+(?=[\"'«„“(]?[^\W\d_])")
_AMOUNT_TOKEN = re.compile(r"^[\d.,]+$|^[IVXLC]+$")


@cache
def _writing(lang: str) -> WritingData:
    try:
        return lang_data.data(lang, "writing")
    except ModuleNotFoundError:
        return WritingData(lang)


def _ends_in_leading_abbreviation(end: str, piece: str, lang: str) -> bool:
    """ "напр. Казань", "Hrsg. Schmidt", "Art. 5": the period belongs to an abbreviation
    that qualifies what follows it."""
    found = _WORD_BEFORE_PERIOD.search(end)
    if not found:
        return False
    word = found.group(1).lower()
    writing = _writing(lang)
    if word in writing.leading:
        return True
    if word in writing.closing_amount:  # "в г. Москва" leads on; "в 2019 г. Москва" is cut below
        before = end[: found.start(1)].split()
        return not _is_amount(before[-1] if before else "", writing)
    return word in writing.numbering and piece.lstrip()[:1].isdigit()


def _is_amount(token: str, writing: WritingData) -> bool:
    """Whether the token before a unit is a number or another amount word ("12 млн руб.")."""
    token = token.rstrip(".,")
    return bool(_AMOUNT_TOKEN.match(token)) or token.lower() in writing.closing_amount


def _split_after_closing_abbreviations(piece: str, lang: str) -> list[str]:
    """Cut "… с 1998 г. Лидер партии …" and "… usw. Dann …" where the splitter saw an
    abbreviation but the sentence ends there too."""
    writing = _writing(lang)
    if not (writing.closing or writing.closing_amount) or ". " not in piece.rstrip():
        return [piece]
    cuts: list[int] = []
    for m in _PERIOD_THEN_CAPITAL.finditer(piece):
        before, word = m.group(1), m.group(2).lower()
        after = piece[m.end() :].lstrip(_OPENERS)[:1]
        if not after.isupper():
            continue
        if word in writing.closing or (
            word in writing.closing_amount and _is_amount(before, writing)
        ):
            cuts.append(m.end())
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b] for a, b in pairwise(bounds) if piece[a:b].strip()]


def _continues(before: str, piece: str, lang: str) -> bool:
    """Whether sentencex's cut between `before` and `piece` is a false sentence end.

    General repairs measured on corpora/segmentation (`provenance bench segment`):
    a cut with no whitespace ("É.-U."), a period before a lowercase word
    ("т. е. примерно"), a single capital initial ("M. Dupont"), and in German a bare
    ordinal before a capitalised noun ("Im 19. Jahrhundert").
    """
    if not piece.strip() or not before.strip():
        return True
    if not before[-1].isspace():
        return True
    end = before.rstrip()
    if not end.endswith("."):
        return False  # ? ! … and closing quotes end sentences as sentencex says
    first = piece.lstrip().lstrip(_OPENERS)[:1]
    if first.isalpha() and first.islower():
        return True
    initial = _INITIAL_END.search(end)
    if initial and initial.group(1).isupper():
        return True
    if _ends_in_leading_abbreviation(end, piece, lang):
        return True
    return lang == "de" and _ORDINAL_END.search(end) is not None


# Whitespace outside ASCII (no-break, thin, ideographic spaces). sentencex 0.x panics
# (a Rust PanicException, which is not an Exception) when one sits where it looks one
# byte back, e.g. "Z\u00a0.'": it is shown a plain space instead, one character for one,
# so its pieces slice the original text at the same positions.
_WIDE_SPACE = re.compile(r"[^\S\x00-\x7f]")
_FALLBACK_END = re.compile(r"(?<=[.!?…])\s+")


def _sentencex_pieces(lang: str, text: str) -> list[str]:
    """sentencex's pieces of `text`, cut from the original text (wide spaces kept)."""
    shown = _WIDE_SPACE.sub(" ", text)
    try:
        pieces = list(_sentencex_segment(lang, shown))
    except BaseException as err:  # pyo3's PanicException derives from BaseException
        if not type(err).__name__ == "PanicException":
            raise
        return [p for p in _FALLBACK_END.split(text) if p]
    out: list[str] = []
    at = 0
    for piece in pieces:
        start = shown.find(piece, at)
        if start < 0:  # not a slice of its input: keep sentencex's text as it is
            out.append(piece)
            continue
        out.append(text[start : start + len(piece)])
        at = start + len(piece)
    return out


def split_sentences(text: str, lang: str) -> list[str]:
    """Sentences of one block of text (no paragraph logic): sentencex, then the
    repairs in `_continues` and the cuts after closing abbreviations (language data in
    `provenance/lang/<code>/writing.py`)."""
    pieces: list[str] = []
    for piece in _sentencex_pieces(lang, text):
        if pieces and _continues(pieces[-1], piece, lang):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    sentences = [
        part for piece in pieces for part in _split_after_closing_abbreviations(piece, lang)
    ]
    return [s.strip() for s in sentences if s.strip()]


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


# A "sentence" longer than this is a run-on the splitter could not cut (a line with no
# sentence end): it is cut at spaces into pieces of at most this size, so the encoder's
# cost and memory stay bounded (about 0.05 s and a few MB a piece).
MAX_SENTENCE_CHARS = 2_000
# A run this long without a sentence end is not prose (a table dump, minified data):
# the document is refused at once rather than encoded piece by piece for minutes.
MAX_RUN_CHARS = 100_000


def _cut(sentence: str, limit: int) -> list[str]:
    """`sentence` in pieces of at most `limit` characters, cut at the last space before it
    (or hard, where a piece has no space)."""
    pieces = []
    rest = sentence
    while len(rest) > limit:
        cut = rest.rfind(" ", limit // 2, limit + 1)
        cut = cut if cut > 0 else limit
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def bound_sentences(seg: Segmented, source: str) -> tuple[Segmented, list[int]]:
    """Cut over-long sentences into pieces (a warning names the document), or refuse a
    document with a run that is not prose (an `InputError`). Returns the sentences and,
    for each, the index of the sentence it came from."""
    if all(len(s) <= MAX_SENTENCE_CHARS for s in seg.sentences):
        return seg, list(range(len(seg.sentences)))
    import warnings

    from provenance.errors import InputError
    from provenance.text.load import InputWarning

    sentences: list[str] = []
    paragraphs: list[int] = []
    origin: list[int] = []
    cut = 0
    for k, (s, p) in enumerate(zip(seg.sentences, seg.paragraphs, strict=True)):
        if len(s) > MAX_RUN_CHARS:
            raise InputError(
                f"sentence {k + 1} runs {len(s):,} characters without a sentence end; "
                "that is not prose the checks can read",
                source=source,
                hint=f"split it into sentences (at most {MAX_RUN_CHARS:,} characters each)",
            )
        pieces = _cut(s, MAX_SENTENCE_CHARS) if len(s) > MAX_SENTENCE_CHARS else [s]
        cut += len(pieces) > 1
        sentences.extend(pieces)
        paragraphs.extend([p] * len(pieces))
        origin.extend([k] * len(pieces))
    warnings.warn(
        f"{source}: {cut} sentence(s) longer than {MAX_SENTENCE_CHARS:,} characters were cut "
        "at spaces into pieces",
        InputWarning,
        stacklevel=2,
    )
    return Segmented(sentences, paragraphs), origin
