"""Untranslated: text left in another language or script inside a translation.

Each word of the translation carries evidence for another supported language against the
translation's own: the log10 ratio of its wordfreq frequencies (the Zipf scale is log10
of occurrences per billion words, so the difference of two Zipf values is a log
likelihood ratio of two unigram language models). A Cyrillic word in a Latin-script
translation, or a Latin word of a supported Latin-script language in a Russian one, is
foreign evidence outright. Words both languages use ("in", "team", most names) weigh
almost nothing either way, which is why a run of words is judged as a whole: a two-state
segmentation (translation's language / other language, `SWITCH_COST` to switch) keeps
the spans whose summed evidence pays for switching in and out. A kept span holding at
least two foreign words and one lower-case word is flagged, so a name such as
"Tages-Anzeiger" stays a name; a capitalised word inside the sentence counts at most
`NAME_CAP` when the other language does not capitalise nouns (a name, not a word).

A run is major when it is running text: at least two of its foreign words are
lower-case (or capitalised only by position, or function words: not names) and one is
written in lower case (capitalised words opening a quotation or a bracket are titles and
names: "„Bild am Sonntag“ reports, Seehofer … (SPD)"), it is not
a title (in a language that does not capitalise nouns, a run whose lower-case words are
all function words: "Face the Nation"), and it holds four foreign words, or two when it
is the source's own words left as they were (`copied`) or Latin words in a Cyrillic
text. Cyrillic in a Latin-script text is major from two words on. Other runs are minor.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from provenance import lang as lang_data
from provenance.checks.base import per_text, per_word
from provenance.lang import LANGUAGES
from provenance.lang.scripts import is_cyrillic
from provenance.model import Finding, PairView, Severity
from provenance.util.lexicon import in_dictionary, zipf

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")  # a domain name ("стопкоронавирус.рф") is one word
_OPENERS = '.!?:;"«»„“”('  # what comes before a sentence's (or a quote's) first word

FOREIGN_MIN = 2.5  # Zipf a Latin word in a Cyrillic text must reach in a Latin language
FLOOR = 1.0  # below this Zipf a word is unknown to a language (names, typos, compounds)
MAX_EVIDENCE = 3.0  # one word's evidence is capped (log10 likelihood ratio)
FOREIGN_WORD = 1.0  # a word with this much evidence or more counts as a foreign word
SWITCH_COST = 2.0  # evidence a foreign span pays to open, and again to close
NAME_CAP = 0.5  # most evidence a capitalised word inside a sentence carries (a name?)
COPIED_MAJOR = 2  # a span copied from the source is major from this many foreign words
FUNCTION_ZIPF = 6.0  # a word this frequent in its language is a function word ("the", "of")


def _cyrillic(code: str) -> bool:
    """Whether the language is written in Cyrillic (it says so in its folder)."""
    return lang_data.script(code) == "cyrillic"


@cache
def _capitalises_nouns(code: str) -> bool:
    return bool(lang_data.data(code, "facts").capitalises_nouns)


@per_word
def _evidence(word: str, tgt: str, others: tuple[str, ...]) -> tuple[float, str | None]:
    """(evidence that `word` is of another supported language rather than `tgt`, which
    language): the log10 ratio of the two languages' frequencies, capped; a word of the
    other script is foreign outright (a Latin one in a Cyrillic text only if a
    Latin-script language knows it; else it is a name or a brand)."""
    w = word.lower()
    if w.isdigit() or len(w) < 2:
        return 0.0, None
    cyr = is_cyrillic(w)
    if cyr != _cyrillic(tgt):
        if cyr:
            return MAX_EVIDENCE, lang_data.in_script("cyrillic")[0]
        best = max(others, key=lambda c: zipf(w, c), default=None)
        if best is not None and zipf(w, best) >= FOREIGN_MIN:
            return MAX_EVIDENCE, best
        return 0.0, None
    same_script = [c for c in others if _cyrillic(c) == cyr]
    if not same_script:
        return 0.0, None
    best = max(same_script, key=lambda c: zipf(w, c))
    ratio = max(zipf(w, best), FLOOR) - max(zipf(w, tgt), FLOOR)
    return max(-MAX_EVIDENCE, min(MAX_EVIDENCE, ratio)), best


class _Word(NamedTuple):
    start: int
    end: int
    evidence: float
    lang: str | None
    lower: bool  # written in lower case
    plain: bool  # lower case, or capitalised as a sentence's first word or a function word


def _opens(text: str, at: int) -> bool:
    """Whether the word at `at` is the first of a sentence or a quotation."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in _OPENERS


def _words(text: str, tgt: str) -> list[_Word]:
    """Each word with its evidence; a capitalised word inside a sentence carries at most
    `NAME_CAP` for a language that does not capitalise nouns (it is likely a name)."""
    others = tuple(c for c in LANGUAGES if c != tgt)
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        evidence, lang = _evidence(word, tgt, others)
        lower = word[:1].islower()
        # Capitalised only because it opens a sentence, or a function word ("Der", "The"):
        # as good as a lower-case word (a name is neither).
        plain = (
            lower
            or _opens(text, m.start())
            or (lang is not None and zipf(word.lower(), lang) >= FUNCTION_ZIPF)
        )
        if (
            evidence > NAME_CAP
            and not plain
            and lang is not None
            and not _capitalises_nouns(lang)
            and not (is_cyrillic(word) and not _cyrillic(tgt))  # English spells names in Latin
        ):
            evidence = NAME_CAP
        out.append(_Word(m.start(), m.end(), evidence, lang, lower, plain))
    return out


def _foreign_spans(evidence: list[float]) -> list[tuple[int, int]]:
    """[start, end) word ranges the best two-state segmentation gives to the other
    language: the path maximising summed evidence in foreign spans minus `SWITCH_COST`
    per switch, starting and ending in the translation's language."""
    n = len(evidence)
    in_tgt, in_foreign = 0.0, -float("inf")
    # Per word: (the target state was entered from foreign, the foreign one from target).
    came_from: list[tuple[bool, bool]] = []
    for e in evidence:
        stay_t, enter_t = in_tgt, in_foreign - SWITCH_COST
        stay_f, enter_f = in_foreign, in_tgt - SWITCH_COST
        came_from.append((enter_t > stay_t, enter_f > stay_f))
        in_tgt = max(stay_t, enter_t)
        in_foreign = max(stay_f, enter_f) + e
    foreign = in_foreign - SWITCH_COST > in_tgt
    spans: list[tuple[int, int]] = []
    end = n
    for k in range(n - 1, -1, -1):
        from_foreign, from_tgt = came_from[k]
        if foreign:
            if from_tgt:
                spans.append((k, end))
                foreign = False
        elif from_foreign:
            foreign, end = True, k
    return spans[::-1]


class Run(NamedTuple):
    """A run of text in another language: where, which language, its foreign words
    (evidence ≥ `FOREIGN_WORD`) and how many of them are lower-case."""

    start: int
    end: int
    lang: str
    words: int
    plain: int  # of them lower-case or capitalised only by position (`_Word.plain`)
    lower: int  # of them written in lower case
    title: bool  # its lower-case foreign words are all function words: a title?


# Quotation marks: a run of foreign words does not cross them. "… any fait accompli,”
# Grindel told “Bild am Sonntag”": a loan phrase at the end of a quote and a newspaper's
# name in the attribution are two things, each judged alone.
_QUOTE_MARK = re.compile(r'["«»„“”]')
# An abbreviation in brackets, two capitals or more ("(GNI-HCR)", "(AFEDD)", "(WamS)"): it
# ends the name before it, and the next name starts after it. Other brackets do not cut
# a run ("Rumberg (parteilos)" is part of the sentence).
_BRACKETED = re.compile(r"\(\s*([A-ZÀ-ÞА-ЯЁ][\w&.-]*)\s*\)")


def _bracketed_abbreviations(text: str) -> list[tuple[int, int]]:
    return [
        m.span() for m in _BRACKETED.finditer(text) if sum(c.isupper() for c in m.group(1)) >= 2
    ]


def _pieces(spans: list[tuple[int, int]], words: list[_Word], text: str) -> list[tuple[int, int]]:
    """The word ranges `spans` cut wherever a quotation mark stands between two words,
    and around an abbreviation in brackets."""
    abbreviations = _bracketed_abbreviations(text) if "(" in text else []

    def cut(k: int) -> bool:
        gap_start, gap_end = words[k - 1].end, words[k].start
        if _QUOTE_MARK.search(text, gap_start, gap_end):
            return True
        # an abbreviation's bracket opens or closes in the gap
        return any(gap_start <= a < gap_end or gap_start < b <= gap_end for a, b in abbreviations)

    out: list[tuple[int, int]] = []
    for a, b in spans:
        start = a
        for k in range(a + 1, b):
            if cut(k):
                out.append((start, k))
                start = k
        out.append((start, b))
    return out


@per_text
def foreign_runs(text: str, tgt: str) -> list[Run]:
    """Each run of text in another language in `text` (shared, read-only: see
    `per_text`)."""
    # Most texts hold no foreign word at all: tell them by the words' evidence alone (a
    # capitalised word's `NAME_CAP` only lowers it) before reading case and position.
    others = tuple(c for c in LANGUAGES if c != tgt)
    if not any(_evidence(w, tgt, others)[0] >= FOREIGN_WORD for w in _TOKEN.findall(text)):
        return []
    words = _words(text, tgt)
    if not any(w.evidence >= FOREIGN_WORD for w in words):
        return []  # capitalised names inside the sentence only
    runs: list[Run] = []
    for a, b in _pieces(_foreign_spans([w.evidence for w in words]), words, text):
        foreign = [w for w in words[a:b] if w.evidence >= FOREIGN_WORD]
        cyr = any(is_cyrillic(text[w.start : w.end]) for w in foreign)
        enough = len(foreign) >= (1 if cyr and not _cyrillic(tgt) else 2)
        plain = [w for w in foreign if w.plain]
        if not enough or not plain:
            continue
        langs = [w.lang for w in foreign if w.lang]
        # ties go to the run's first language: a set's order would follow the hash seed
        lang = max(langs, key=langs.count)
        # "Face the Nation", "State of the Union": the lower-case words of a title are
        # the language's most frequent (function) words; its content words are capitalised.
        title = not _capitalises_nouns(lang) and all(
            zipf(text[w.start : w.end].lower(), lang) >= FUNCTION_ZIPF for w in foreign if w.lower
        )
        lower = sum(w.lower for w in foreign)
        runs.append(
            Run(foreign[0].start, foreign[-1].end, lang, len(foreign), len(plain), lower, title)
        )
    return runs


# A quoted stretch this short is a name of a programme, a slogan or a title, not speech.
QUOTED_TITLE_WORDS = 8


def quoted_title(text: str, start: int, end: int, lang: str) -> bool:
    """Whether text[start:end] lies inside a short quotation ("RBB-Sendung „Brandenburg
    aktuell“", chants of "No justice, no peace"): journalists keep such titles and slogans in
    the original language, so leaving them is the convention, not a lapse."""
    from provenance.speech.scan import find_quotes  # the speech scanner's marks and pairing

    for q in find_quotes(text, lang):
        a, b = q.inner(text)
        if q.closed and a <= start and end <= b:
            return len(_TOKEN.findall(text[a:b])) <= QUOTED_TITLE_WORDS
    return False


# A name's tail: at most this many foreign words after a capitalised foreign head.
NAME_TAIL_WORDS = 6


def name_tail(run: Run, text: str, tgt: str) -> bool:
    """Whether the run is the lower-case rest of a proper name whose capitalised head,
    inside the sentence, is a common noun of the run's language (its dictionary lists it,
    and it is no more frequent in the translation's language): "Cour de cassation",
    "Institut des hautes études" kept in a German text, an institution's name left in
    its language, not a sentence. Its function words are those a name holds (articles,
    prepositions, "and"): "West has now tweeted" is a clause. A person's name ("Macron a
    déclaré") is no head."""
    if run.words > NAME_TAIL_WORDS:
        return False
    before = list(_TOKEN.finditer(text, max(0, run.start - 60), run.start))
    # the head, then at most two function words of the run's language ("Institut des")
    if not _links_only(_TOKEN.findall(text[run.start : run.end]), run.lang):
        return False
    links = 0
    while before and links < 2 and before[-1].group(0) in _name_links(run.lang):
        before.pop()
        links += 1
    if not before or re.search(r"[^\w\s'’-]", text[before[-1].end() : run.start]):
        return False
    head = before[-1]
    word = head.group(0)
    if not word[:1].isupper() or _opens(text, head.start()):
        return False
    low = word.lower()
    if not in_dictionary(low, run.lang):
        return False
    return zipf(low, run.lang) >= max(zipf(low, tgt), FLOOR)


def sentence_case_title(run: Run, text: str) -> bool:
    """Whether the run is a title in sentence case: inside the sentence (not after a
    colon), it opens with a capitalised article or preposition of a language that writes
    its nouns in lower case ("deren Titel La technique de la varappe artificielle
    lautete", "The Art of War"). French and English capitalise a title's first word and a
    name's head, never an article in the middle of a sentence, so the run names a work or
    an institution, not a sentence left untranslated."""
    if _capitalises_nouns(run.lang):
        return False
    first = _TOKEN.match(text, run.start)
    if first is None or not first.group(0)[:1].isupper() or _opens(text, run.start):
        return False
    return first.group(0).lower() in _name_links(run.lang)


def embedded_title(run: Run, text: str, tgt: str, source: str) -> bool:
    """Whether the run is the lower-case rest of a title in sentence case whose first
    word stands right before it: a capitalised word of the run's language (which writes
    its nouns in lower case) that its dictionary lists in lower case, set right after an
    article or preposition of the translation ("in der Cent plus belles courses des
    Alpes"), and capitalised inside the source's sentence too. A common word capitalised
    mid-sentence opens a work's or an institution's name, and one embedded in the
    translation's own noun phrase is quoted, not a sentence left untranslated (a clause
    left as it was opens after a comma or a sentence's start)."""
    if _capitalises_nouns(run.lang) or run.words > NAME_TAIL_WORDS:
        return False
    before = list(_TOKEN.finditer(text, max(0, run.start - 60), run.start))
    if len(before) < 2 or text[before[-1].end() : run.start].strip():
        return False
    head, link = before[-1], before[-2]
    word = head.group(0)
    if not word[:1].isupper() or text[link.end() : head.start()].strip():
        return False
    if link.group(0) not in _name_links(tgt):
        return False
    low = word.lower()
    if not in_dictionary(low, run.lang) or zipf(low, run.lang) < FLOOR:
        return False
    return any(
        not _opens(source, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", source)
    )


# An abbreviation in brackets (`_BRACKETED`) after the run or after at most two more
# words of the name (a word shared by both languages, "dancings", ends a run early).
_ABBREVIATION = re.compile(r"((?:[\s,]*[\w'’-]+){0,2})\s*" + _BRACKETED.pattern)
# Words before the run that may open the name it abbreviates ("Groupement national …").
ABBREVIATED_HEAD_WORDS = 2
# Share of the abbreviation's capitals that must be initials of the name's words, in order:
# a name's abbreviation may take a letter from inside a word or from an older name
# ("GNI-HCR": "Hôtels, Cafés, Restaurants").
ABBREVIATION_MATCH = 2 / 3
NAME_WORDS_PER_CAPITAL = 2


def abbreviated_name(run: Run, text: str) -> bool:
    """Whether the run is a name that the abbreviation in brackets right after it spells
    ("Association française des exploitants de discothèques et dancings (AFEDD)", "Welt am
    Sonntag (WamS)"): a journalist names an institution in its own language and gives its
    abbreviation, and a translator keeps both. The abbreviation's first capital is the
    initial of a capitalised word (the name's head) of the run or of the one or two words
    before it, and most of its
    capitals are initials of the following words, in order; the name is at most two
    words a capital, plus two."""
    m = _ABBREVIATION.match(text, run.end)
    if m is None:
        return False
    capitals = [c for c in m.group(2) if c.isupper()]
    if len(capitals) < 2:
        return False
    before = _TOKEN.findall(text[max(0, run.start - 60) : run.start])[-ABBREVIATED_HEAD_WORDS:]
    name = before + _TOKEN.findall(text[run.start : run.end]) + _TOKEN.findall(m.group(1))
    initials = [w[0].upper() for w in name]
    # the name holds the whole run, and is not much longer than its abbreviation (two
    # words a capital, plus links: "Union des métiers et des industries de l'hôtellerie")
    heads = [
        k
        for k, c in enumerate(initials[: len(before) + 1])
        if c == capitals[0]
        and name[k][0].isupper()
        and len(initials) - k <= NAME_WORDS_PER_CAPITAL * len(capitals) + 2
    ]
    for first in heads:
        matched, at = 1, first + 1
        for c in capitals[1:]:
            hit = next((j for j in range(at, len(initials)) if initials[j] == c), None)
            if hit is not None:
                matched, at = matched + 1, hit + 1
        if matched >= ABBREVIATION_MATCH * len(capitals):
            return True
    return False


def _function_word(word: str, code: str) -> bool:
    return word[:1].islower() and zipf(word, code) >= FUNCTION_ZIPF - 0.5


@cache
def _name_links(code: str) -> frozenset[str]:
    """The function words a name holds in language `code`: articles, prepositions and
    "and" ("Cour de la cassation", "Department of Justice"), not auxiliaries or pronouns
    ("West has now tweeted an apology" is a clause)."""
    speech = lang_data.data(code, "speech")
    facts = lang_data.data(code, "facts")
    return speech.articles | speech.prepositions | facts.number_connectors


def _links_only(words: list[str], code: str) -> bool:
    return all(w in _name_links(code) for w in words if _function_word(w, code))


def foreign_in_source(span: str, src_lang: str) -> bool:
    """Whether most words of `span` are foreign to the source's language as well: the
    source quoted them from a third language ("Mann ki Baat" in an English text), and a
    translation keeps them as they were."""
    others = tuple(c for c in LANGUAGES if c != src_lang)
    words = _TOKEN.findall(span)
    foreign = sum(_evidence(w, src_lang, others)[0] >= FOREIGN_WORD for w in words)
    return bool(words) and 2 * foreign >= len(words)


def _severity(run: Run, span: str, pair: PairView) -> Severity:
    """Major for running text: Cyrillic left in a Latin-script translation from two
    words on; otherwise at least two lower-case foreign words, no title, and four foreign
    words (three when the span is the source's own words, left as they were). The source's
    own words kept inside a short quotation (a title, a slogan) are minor; so are words
    that were foreign in the source already (a Hindi title in an English text) and the
    lower-case tail of a proper name ("Cour de cassation")."""
    was_copied = copied(span, pair.src.text)
    left = run.lang == pair.src.lang and was_copied
    if was_copied and quoted_title(pair.tgt.text, run.start, run.end, pair.tgt.lang):
        return "minor"
    if was_copied and not left and foreign_in_source(span, pair.src.lang):
        return "minor"
    if name_tail(run, pair.tgt.text, pair.tgt.lang) or abbreviated_name(run, pair.tgt.text):
        return "minor"
    if sentence_case_title(run, pair.tgt.text):
        return "minor"
    if was_copied and embedded_title(run, pair.tgt.text, pair.tgt.lang, pair.src.text):
        return "minor"
    if is_cyrillic(span) and not _cyrillic(pair.tgt.lang):
        return "major" if run.words >= 2 else "minor"
    need = COPIED_MAJOR if left else (2 if is_cyrillic(span) != _cyrillic(pair.tgt.lang) else 4)
    # running text has a foreign word in lower case; capitalised words only, each first
    # in its quotation or bracket, are names and titles ("„Bild am Sonntag“ reports,
    # Seehofer ... (SPD)")
    if run.words >= need and run.plain >= 2 and run.lower >= 1 and not run.title:
        return "major"
    return "minor"


def copied(span: str, source: str) -> bool:
    """Whether `span` appears word for word in `source` (case aside): left as it was."""
    toks = [t.lower() for t in _TOKEN.findall(span)]
    src = " ".join(t.lower() for t in _TOKEN.findall(source))
    return bool(toks) and f" {' '.join(toks)} " in f" {src} "


class UntranslatedCheck:
    name = "untranslated"
    # the signature says which rules made a report (3: name tails, issue 15; 4: a
    # major run has a foreign word in lower case; 5: runs end at quotation marks and
    # brackets, a name spelt by the abbreviation after it is minor)
    # 6: a title in sentence case (a capitalised article inside the sentence)
    # 7: a title whose capitalised first word follows the translation's article
    # 8: the head of a thing named after a name ("coup de Jarnac") minor: withdrawn in 9
    version = "9"  # 9: version 7's rules only (8 cost planted runs on unseen seeds)
    types = ("untranslated",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if pair.tgt.empty or pair.src.lang == pair.tgt.lang:
            return []
        text = pair.tgt.text
        out = []
        for run in foreign_runs(text, pair.tgt.lang):
            start, end, lang, n = run.start, run.end, run.lang, run.words
            span = text[start:end]
            severity = _severity(run, span, pair)
            where = "source" if lang == pair.src.lang else LANGUAGES.get(lang, lang)
            out.append(
                Finding(
                    type="untranslated",
                    severity=severity,
                    message=f"'{span}' is left in {LANGUAGES.get(lang, lang)}"
                    + (" (the source language)" if where == "source" else ""),
                    key=f"untranslated:{span.lower()}",
                    tgt_spans=[(start, end)],
                    detail={"lang": lang, "words": n},
                )
            )
        return out
