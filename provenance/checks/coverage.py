"""Coverage: content on one side of a row with no counterpart on the other.

- Whole sentences the aligner matched to nothing: an `omission` (source side only) or an
  `addition` (translation side only).
- A large part of a sentence missing or added inside a row. A row is examined when the
  translation is shorter (longer) than this document pair's own length ratio predicts
  (`PairStats.length_ratio`, robust z-score against `length_ratio_spread`) and the row
  is less similar than the pair's typical row; then each
  clause, and each pair of neighbouring clauses, of the longer side is taken out in turn
  and the rest embedded: a part whose removal makes the longer side *more* similar to the
  shorter one has no counterpart there. Without clause evidence, only a length far
  outside the pair's norm is flagged.
- A clause without a counterpart (`unaligned_clause`): on a wider set of rows, each
  clause of the longer side is embedded on its own; one that keeps almost none of its
  own-sentence similarity on the other side is not there. Major only with a run of
  content words without a counterpart as well (two signals); alone, nothing.
- A clause whose removal costs nothing (`cut_clause`): on a side much longer than expected
  holding a clause more, a clause whose removal lowers the side's similarity to the other
  side far less than the language pair's loss per share (`CLAUSE_RATES`, fitted by
  `provenance.bench.coverage_fit`) predicts; major with a run of words without a
  counterpart in it, alone nothing.

Severity is confidence. A whole sentence left unaligned holding a number or a name is
critical (the numbers/names extractors of `provenance.extract` when present; digits and
capitalised words otherwise), one of six words or more major. A part found inside a row
rests on similarity and is never critical: major only when the evidence is strong for
this document pair (`_partial_severity`) and at least two of its content words have no
counterpart on the other side (`uncovered_words`: each word embedded on its own), minor
otherwise. Without a part to blame, a length far outside the pair's norm is major only
when the longer side holds a run of `MIN_RUN` consecutive content words without a
counterpart (`uncovered_run`): a dropped or added clause leaves such a run, a faithful
rendering that is merely much longer or shorter (explicitation, a dropped dateline)
leaves scattered ones.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from provenance.embed import EditedText
from provenance.lang.cues import Clause, clauses, words
from provenance.model import Finding, PairView, Segment, Severity

# A row is examined when its log length ratio is this many robust spreads (z) from the
# document pair's median; most rows are not, and cost nothing.
Z_GATE = 1.5
# ... and its similarity this far below the pair's median. −0.75 since version 6 (was −1,
# the unaligned-clause test's own gate since version 4): on `bench real` +1.3 % texts
# encoded, more planted clauses found (unseen seeds: cut 0.398 → 0.402, added 0.480 →
# 0.488) and not one more faithful pair flagged; −0.5 flagged three more.
SIM_Z_GATE = -0.75
# A row whose longer side holds `MORE_CLAUSES` clauses more than the other (clause
# boundaries there without a counterpart here, in the direction the length points) is
# examined at this weaker similarity gate: the clause count is a second sign, free of the
# encoder. On `bench real` +2 added clauses of 256 on the unseen seeds, no faithful pair
# more, +0.5 % texts encoded; one clause more at −0.6 (or at −0.5) flagged one (two)
# faithful held-out pairs more.
MORE_CLAUSES_SIM_GATE = -0.6
MORE_CLAUSES = 2
# A part is blamed when removing it makes the longer side *more* similar to the shorter
# one (faithful rows lose similarity when any clause is removed).
MIN_GAIN = 0.02
CLAUSE_PREFERENCE = 0.03
# Word windows tried per row (evenly spaced). Two, not four since version 4: on the
# development references the union with the unaligned-clause test lost one cut clause,
# gained one added clause and two fewer faithful rows were flagged, for a third fewer
# encodings of "the row without a part" (what pays for the clause test).
MAX_WINDOWS = 2
MAX_PART = 0.8  # a "part" is less than this share of the row
# Without a clause to blame, only a length this far out counts, for this share at least.
Z_LENGTH_ONLY = 3.5
MIN_SHARE = 0.25
MAJOR_SHARE = 0.4
# Evidence for a major flag on a part (see `_partial_severity`; at 20 words the
# thresholds are about 0.06 and 0.04). On WMT21 reference A, faithful rows with |z| >= 1
# gain -0.05-0.06 (median 0); clauses planted into or cut from them gain -0.02-0.25
# (median 0.05 cut, 0.08 added): the gain alone cannot separate them, hence the words.
STRONG_GAIN = 0.05
CLEAR_GAIN = 0.035
Z_FAR = 3.0
SHORT_WORDS = 8.0
# ... and a major part holds words without a counterpart on the other side: content
# words (below `CONTENT_ZIPF` in their language) whose best cosine to any word of the
# other side is under `UNCOVERED`. The encoder embeds single words across languages well
# (Polizei/police 0.87, новых/new 0.94); a faithful reformulation, which the similarity
# test may still blame, keeps its words' counterparts.
CONTENT_ZIPF = 5.3
UNCOVERED = 0.6
MIN_UNCOVERED = 2
# ... where the blamed part's words counted for that veto are those below `VETO_ZIPF`
# (version 9; was `CONTENT_ZIPF`). At 5.3 common content words of an uninflected
# language fall among the function words and the veto never sees them: English "week"
# 5.56, "country" 5.48, "police" 5.3, "deal" 5.32, "season" 5.5, "girl" 5.4 — a cut
# "while the whole country is fighting the coronavirus" kept one word to count. The
# runs (`uncovered_run`) keep 5.3: lengthened runs flagged faithful rows (round 10).
VETO_ZIPF = 5.6
# Version 13: the words of a name given after a title are not counted by the word tests
# when the other side holds a title naming nobody (`titled_names`): "Bundeskanzler Olaf
# Scholz" rendered "the chancellor" left two "uncovered" words and a major omission beside
# the names check's flag. Every strong name skipped (the broad rule) lost 7 of 320 cut
# and 7 of 320 added clauses on drift seeds 30–34 (offline): names are much of a cut
# clause's evidence.
TITLED_NAMES_EXCUSED = True
# A length-only flag is major when the longer side holds this many consecutive content
# words without a counterpart (function words in between neither break nor extend the
# run). On WMT21 reference A (de-en, ru-en, en-de, en-ru) the six faithful rows with a
# major length-only flag had runs of 0-2; the clauses cut from or planted into those
# references that reached this rule had runs of 2 and 4.
MIN_RUN = 3
# A part whose removal helps less than `STRONG_GAIN` (but at least this, widened) is
# major when its words lack counterparts (`MIN_UNCOVERED`) and the longer side holds a
# run of this many consecutive content words without one. On the development
# references this recovered 2 of 14 missed cut clauses for 1 more faithful row of 3,004.
RUN_GAIN = 0.03
MIN_PART_RUN = 4

# An unaligned clause (`unaligned_clause`): the cross-lingual similarity of each clause of
# the longer side to the whole shorter side, against its similarity to its own sentence.
# A translated clause keeps a good part of its own-sentence similarity on the other side;
# a clause with no counterpart there keeps almost none. Rows examined for it are wider
# than `_examine`'s (length z ≥ `CLAUSE_Z_GATE` in the direction, and the similarity
# `CLAUSE_SIM_GATE` spreads below the median unless the length is far out): a clause
# added to or cut from a long sentence moves its length and similarity less. On WMT21
# reference A (development) faithful rows reach own − other ≥ 0.3 with other ≤ 0.15 on
# 3 % of those examined; clauses planted into them on most (see docs/checks/coverage.md).
CLAUSE_Z_GATE = 1.0
CLAUSE_SIM_GATE = -0.75
CLAUSE_MIN_WORDS = 4  # a shorter "clause" ("he said") has no stable embedding
CLAUSE_OTHER = 0.15  # the clause's similarity to the other side is at most this ...
CLAUSE_DROP = 0.3  # ... and this much below its similarity to its own sentence
# ... and the second signal: a run of this many content words without a counterpart.
CLAUSE_RUN = 3
# An added clause in a translation much longer than expected (length z ≥ `ADDED_Z_GATE`,
# whatever its similarity: a clause appended to a long sentence barely lowers it) is
# blamed at a lower margin: similarity to the source at most `ADDED_OTHER` and
# `ADDED_DROP` below its own-sentence similarity. A clause with nothing to render from is
# unrelated to its own sentence too (Russian clauses keep 0.15–0.2 of it), so the 0.3
# margin missed it; a translated clause stays above 0.10 on the source. Still major only
# with the run (`CLAUSE_RUN`). Additions only: on the source side a faithful free
# rendering (Text+Berg de→fr, development documents) leaves clauses this low as often as
# a cut one does. At z ≥ 2 the same rule found more planted clauses (drift seeds 10–14:
# +24 of 320 against +17) but flagged three faithful held-out pairs (de→fr 2, en→de/D 1).
ADDED_Z_GATE = 2.5
ADDED_OTHER = 0.10
ADDED_DROP = 0.10
# A translation `WIDE_Z_GATE` longer than expected that holds a clause more than its
# source (a clause boundary without a counterpart, in the direction the length points)
# is examined whatever its similarity; a clause there at most `ADDED_OTHER` similar to
# the source and `WIDE_DROP` below its own sentence — the check's widest margin — is
# major with a run of `WIDE_RUN` words without a counterpart (version 10). On drift seeds
# 15–19 (offline): +7 added clauses of the 138 missed; no faithful row of the development
# references A (3,004) or Text+Berg 001–003 (439) reaches it; with a run of 3, +4.
WIDE_Z_GATE = 1.5
WIDE_DROP = 0.30
WIDE_RUN = 2
# A clause whose removal costs the source nothing (`cut_clause`, version 11). In a
# faithful row each clause renders part of the translation, so taking it out of the source
# lowers the source's similarity to the translation in proportion to its share of the
# source; a clause whose rendering was cut is not rendered, and removing it costs nothing
# (its names and verb keep the clause's own similarity to the translation at 0.2–0.4,
# which is why the unaligned-clause test misses it). For each clause, the loss expected
# of its share is the median loss per share of the row's other clauses (of
# `LOO_MIN_SHARE` at least); the clause is blamed when its gain beats that expectation by
# `LOO_RESIDUAL` and does not fall below `LOO_MIN_GAIN` itself. Examined: a source
# `LOO_Z_GATE` spreads shorter in translation than expected, holding a clause more than
# the translation, whatever its similarity; major only with a run of `CLAUSE_RUN` content
# words without a counterpart. On drift seeds 20–24 (offline, 320 cut clauses): +8 not
# found before, no faithful row of the development references A (3,004) nor of the 640
# unperturbed originals (4 of the 439 Text+Berg rows, de→fr literary);
# on `bench real` unseen seeds 0.426 → 0.449, no flagged pair more. At a residual of
# 0.10, +18 (the bench agreed) for one faithful development row, and on `bench real`
# 0.469 for one more flagged pair on en-de/A and on ru-en/B.
# Omissions only: on the translation side it flagged six faithful development rows for
# 23 added clauses.
#
# Version 12: the loss a rendered clause costs is the language pair's, fitted on the
# faithful development references (`CLAUSE_RATES`, `python -m provenance.bench.coverage_fit`),
# not the median of the row's two to four other clauses (noisy: it had to be held at a
# residual of 0.20); the residual asked falls to `LOO_RESIDUAL`. Offline on drift seeds
# 25–29 against the development references A (3,004 faithful rows): +7 cut clauses of 320
# for no faithful row; on `bench real` unseen seeds 0.449 → 0.465, no flagged pair more,
# +0.3 % texts encoded. A gate at z ≤ −1.5 found the same for +1.1 % texts; at −1 (+9
# offline) a held-out pair more (docs/checks/coverage.md, round 14).
LOO_Z_GATE = 2.0
LOO_RESIDUAL = 0.12
# The same test on the translation side for an added clause (a translation
# `ADDED_LOO_Z_GATE` longer than expected with a clause more, major with a run of
# `ADDED_LOO_RUN`) found +17 of 320 added clauses offline and on `bench real` 0.578 →
# 0.613 (unseen seeds), but flagged one faithful development row (Роскомнадзор spelled
# out, see round 11) and held-out pairs rose: off (at 2.0 and 2 it is measured, round 14).
ADDED_LOO_Z_GATE = math.inf
ADDED_LOO_RUN = 2
LOO_MIN_GAIN = -0.02
LOO_MIN_SHARE = 0.10
# The similarity a side loses per unit of share when one of its rendered clauses is taken
# out, by (source language, target language, side): the median over the clauses (share ≥
# `LOO_MIN_SHARE`) of the rows of WMT21 references A a length z-score of 1 or more in the
# side's direction (`python -m provenance.bench.coverage_fit`, which prints this table).
# The robust spread of the residual there is 0.06–0.10. A pair not fitted takes the least
# of its side's rates (`clause_rate`).
CLAUSE_RATES: dict[tuple[str, str, str], float] = {
    ("de", "en", "src"): 0.443,
    ("de", "en", "tgt"): 0.429,
    ("en", "de", "src"): 0.334,
    ("en", "de", "tgt"): 0.323,
    ("en", "ru", "src"): 0.349,
    ("en", "ru", "tgt"): 0.37,
    ("ru", "en", "src"): 0.467,
    ("ru", "en", "tgt"): 0.387,
}

# A clause whose words the other side does not render (`unrendered_clause`, version 13).
# On a side longer than expected that holds a clause more than the other — a translation
# `SHARE_Z_GATE` spreads longer, a source `LOO_Z_GATE` shorter in translation, whatever
# the similarity — a clause (four words or more, `LOO_MIN_SHARE` of its side) whose own
# embedding keeps little of its similarity on the other side (at most `SHARE_OTHER`,
# `SHARE_DROP` below its own sentence) is blamed when, besides, every one of its content
# words (`SHARE_UNCOVERED`) lacks a counterpart on the other side (`uncovered_words`, one
# word of the other side for one word of the clause) and they make a run of `SHARE_RUN`.
# The share is the second, independent signal: a clause a translator rendered freely
# keeps some of its words' counterparts, an added or cut one none. The words of names
# (`_name_words`) are not counted: a name spelled out has capitalised words without
# counterparts ("Роскомнадзор" / "the Federal Service for Supervision of Communications,
# Information Technology and Mass Media", a faithful development row flagged while they
# counted), and a name is the names check's to report. Offline on drift seeds 30–34
# (320 added, 320 cut clauses) against the development references A (3,004 faithful
# rows), Text+Berg 001–003 (439) and the 3,065 unperturbed originals: at z 1.5, ≤ 0.25,
# three quarters of the words and a run of 2, +22 added and +3 cut clauses for no faithful
# row, but on `bench real` seven held-out pairs more; at these settings +6 added offline,
# and on `bench real` unseen added 0.578 → 0.586 for no flagged pair more (round 15 of
# docs/checks/coverage.md).
SHARE_OTHER = 0.15
SHARE_DROP = 0.20
SHARE_UNCOVERED = 1.0
SHARE_RUN = 3
SHARE_Z_GATE = 2.0
# Version 14: on the source side the rule asks no clause more of the source and lets the
# clause keep up to `CUT_OTHER` of similarity to the translation (the words' test is
# unchanged: every content word without a counterpart, in a run of `SHARE_RUN`). A cut
# inside a clause of the translation ("…, um zu beweisen, dass es …" cut to "…, um zu
# beweisen.") leaves both sides with as many clauses, and a cut clause's verb and
# arguments keep some of its similarity on the translation through the rest of the
# sentence. Offline on drift seeds 30–34: of the 77 missed cut clauses at z ≤ −2, 49 had
# no clause more on the source; at ≤ 0.25 this found 4 of them for no faithful row of the
# development references A (3,004), Text+Berg 001–003 (439) or the 3,065 unperturbed
# originals, but on `bench real` it flagged a faithful DE→RU→EN chain row (a clause at
# 0.233 whose compound "lebenserhaltenden" the word test does not link); at 0.20, on
# `bench real` unseen cut 0.465 → 0.473 for no flagged pair or chain row more (round 16).
CUT_OTHER = 0.20
# Version 15: two tests agreeing on one added clause. When the part test (`_by_parts`)
# blames a clause (or two neighbouring clauses; not a window of words, a guess at the
# gap's length) of a translation longer than expected but its evidence is minor, the
# clause's own embedding is asked as well: a clause of `AGREE_WORDS` words or more that
# keeps at most `ADDED_OTHER` of similarity to the source, `ADDED_DROP` below its own
# sentence (the added-clause margins of version 7), is major. The leave-part-out gain
# says the translation fits its source better without the clause; the clause's own
# embedding says it renders nothing of the source. An explicitation keeps some of the
# source's meaning in its own embedding, or is a few words ("because it was unclear").
# It catches added clauses of common words, which the word tests find counterparts for
# ("but I will agree to it"). Additions only: on the source side faithful Text+Berg rows
# (German literary prose, rendered freely) reach the same values as cut clauses. Fitted
# on the minor addition flags of the readable data: the faithful side the development
# references A (3,004 rows), Text+Berg 001–003 (439) and the unperturbed originals of
# drift seeds 35–39 (59 minor part flags, none on a clause of five words or more), the
# added clauses of seeds 35–39 (19 minor part flags, 14 on clauses of six words or
# more at these margins); faithful clauses of four words reach ≤ 0.10 ("Trotzdem weiß
# ich genau,"), so five is the least length the data allow and six the least the first
# fit without the clause condition allowed (a window "The second position on the", five
# words, 0.08): kept (docs/checks/coverage.md, round 17).
AGREE_WORDS = 6
# ... and at least this share of the clause's content words without a counterpart on the
# source (`uncovered_words`: a lower bar than the part test's two words, a third signal):
# an explicitation re-uses the source's nouns and names (round 17: the first setting,
# without it, flagged a faithful held-out pair; 13 of its 14 added clauses meet it).
AGREE_UNCOVERED = 0.5

_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_CAPITALISED = re.compile(r"(?<=[\w,;:] )[A-ZÄÖÜА-ЯЁ][\w-]+")


def holds_fact(text: str, lang: str) -> bool:
    """Does `text` hold a number or a name? (What makes a dropped part critical.)"""
    try:
        from provenance.extract import extract_names, extract_numbers

        return bool(extract_numbers(text, lang)) or bool(extract_names(text, lang))
    except Exception:  # extractor missing or failing: the simple heuristic below
        return bool(_DIGIT.search(text) or _CAPITALISED.search(" " + text))


def _partial_severity(gain: float | None, z: float, share: float, words: int) -> Severity:
    """A part found by similarity alone is never critical (the embedding cannot say
    which words are missing, only that the rest fits better without them); it is major
    when the evidence is strong for this document pair: removing it makes the longer
    side much more similar (`STRONG_GAIN`), or clearly more similar while the row's
    length is far outside the pair's norm; or, without a part to blame, when the length
    alone is far out (z ≥ `Z_LENGTH_ONLY`) for a large share (`MAJOR_SHARE`). Short
    rows have noisier similarities: their thresholds widen as the meaning check's do."""
    widen = math.sqrt(1 + SHORT_WORDS / max(words, 1))
    if gain is None:
        return "major" if share >= MAJOR_SHARE else "minor"
    if gain >= STRONG_GAIN * widen or (gain >= CLEAR_GAIN * widen and abs(z) >= Z_FAR):
        return "major"
    return "minor"


def _word_evidence(
    severity: Severity,
    gain: float | None,
    part: str,
    longer: Segment,
    shorter: Segment,
    pair: PairView,
    evidence: dict,
) -> Severity:
    """The severity once the words are looked at (each embedded on its own; `prepare`
    has embedded them). A part blamed by similarity stays major only when at least
    `MIN_UNCOVERED` of its content words have no counterpart; a weaker part (gain ≥
    `RUN_GAIN`) becomes major when it has them and the longer side holds a run of
    `MIN_PART_RUN` consecutive words without counterpart. Without a part, a length far
    out is major only with a run of `MIN_RUN` such words."""
    embed = pair.embed
    if not _reads_words(severity, gain, shorter):
        return severity
    skip = titled_names(longer, shorter, embed)
    if gain is None:
        if severity == "major":
            run = uncovered_run(longer.text, longer.lang, shorter.text, embed, skip)
            evidence["uncovered_run"] = run
            if run < MIN_RUN:
                return "minor"  # scattered words without counterpart: a free rendering
        return severity
    missing = uncovered_words(part, longer.lang, shorter.text, embed, longer.text, skip)
    evidence["uncovered_words"] = missing
    if missing < MIN_UNCOVERED:
        return "minor"  # its words have counterparts: a reformulation
    if severity == "major":
        return severity
    run = uncovered_run(longer.text, longer.lang, shorter.text, embed, skip)
    evidence["uncovered_run"] = run
    return "major" if run >= MIN_PART_RUN else severity


def _reads_words(severity: Severity, gain: float | None, shorter: Segment) -> bool:
    """Does `_word_evidence` look at the words of a row with this verdict? (`prepare`
    embeds the words of those rows only.)"""
    if gain is None:
        return severity == "major"
    widen = math.sqrt(1 + SHORT_WORDS / max(_words(shorter.text), 1))
    return severity == "major" or gain >= RUN_GAIN * widen


def _content_words(
    text: str, lang: str, below: float = CONTENT_ZIPF, skip: frozenset[str] = frozenset()
) -> list[str]:
    """The words of `text` below Zipf `below` in `lang` (not numbers, nor the words in
    `skip`: `titled_names`)."""
    from provenance.util.lexicon import zipf

    return [
        w.group()
        for w in words(text)
        if not w.group().isdigit()
        and w.group() not in skip
        and zipf(w.group().lower(), lang) < below
    ]


def titled_names(longer: Segment, shorter: Segment, embed=None) -> frozenset[str]:
    """The words of the names that `longer` gives after a title ("Bundeskanzler Olaf
    Scholz") when `shorter` holds a title that names nobody ("the chancellor said"): the
    translator rendered the person by the title, and whether the name should have stayed
    is the names check's flag to give. Counted as words without a counterpart they made
    a rendered clause a major omission beside that flag. The word tests skip them: they
    neither count, nor break or lengthen a run.

    One title naming nobody excuses one name, and only the name whose own title it
    renders: the titles of `longer` (those naming nobody too, "die Kanzlerin") are linked
    one to one to the bare titles of `shorter`, the most similar pairs first, as
    `_unlinked` links words; a name whose title is left without one ("und Italiens
    Regierungschef Mario Draghi" cut beside "the chancellor met the French president")
    keeps its words counted. No floor on the similarity: a title word alone embeds
    poorly across languages ("Bundeskanzler" / "chancellor" 0.39), the competition
    decides ("Präsidenten" / "president" 0.87). Without `embed`, the titles are linked
    in order of appearance, bare titles first (review of round 14)."""
    if not TITLED_NAMES_EXCUSED:
        return frozenset()
    named, own_bare, other_bare = _titled_names(
        longer.text, longer.lang, shorter.text, shorter.lang
    )
    if not named or not other_bare:
        return frozenset()
    titles = [*own_bare, *(t for t, _ in named)]
    if embed is None:
        linked = set(range(min(len(titles), len(other_bare))))
    else:
        kinds, others = list(dict.fromkeys(titles)), list(dict.fromkeys(other_bare))
        vecs = embed([*kinds, *others])
        by_kind = vecs[: len(kinds)] @ vecs[len(kinds) :].T
        sims = by_kind[[kinds.index(t) for t in titles]][:, [others.index(o) for o in other_bare]]
        linked, used = set(), set()
        for flat in np.argsort(-sims, axis=None, kind="stable"):
            i, j = divmod(int(flat), len(other_bare))
            if i not in linked and j not in used:
                linked.add(i)
                used.add(j)
    first = len(own_bare)
    return frozenset(w for k, (_, parts) in enumerate(named) if first + k in linked for w in parts)


@lru_cache(maxsize=4096)
def _name_words(text: str, lang: str) -> frozenset[str]:
    """The words of the names in `text` strong enough for the names check to report
    (`provenance.extract.extract_names`)."""
    try:
        from provenance.extract import extract_names

        found = extract_names(text, lang)
    except Exception:  # extractor missing or failing: no name
        return frozenset()
    return frozenset(p.text for m in found for p in m.parts if p.strong)


@lru_cache(maxsize=4096)
def _titled_names(
    text: str, lang: str, other: str, other_lang: str
) -> tuple[tuple[tuple[str, frozenset[str]], ...], tuple[str, ...], tuple[str, ...]]:
    """(title word, strong name words) of each titled name of `text`, in order; the
    titles of `text` naming nobody; those of `other`."""
    try:
        from provenance.extract import extract_names
        from provenance.extract._text import tokens
        from provenance.extract.names import titled

        other_bare = _bare_title_words(other, other_lang)
        if not other_bare:
            return (), (), ()
        named = []
        for m in extract_names(text, lang):
            if titled(m, text, lang):
                title = [t.text for t in tokens(text[: m.start], lang) if t.is_word][-1]
                parts = frozenset(p.text for p in m.parts if p.strong)
                if parts:
                    named.append((title, parts))
        return tuple(named), _bare_title_words(text, lang), other_bare
    except Exception:  # extractor missing or failing: nothing excused
        return (), (), ()


def _bare_title_words(text: str, lang: str) -> tuple[str, ...]:
    """The title words of `text` that name nobody, as `extract.names.bare_titles` counts
    them (not followed by a capitalised word, nor after an indefinite article)."""
    from provenance.extract._text import facts, tokens
    from provenance.extract.names import _is_title

    toks = [t for t in tokens(text, lang) if t.is_word]
    indefinite = facts(lang).indefinite_articles
    return tuple(
        t.text
        for k, t in enumerate(toks)
        if _is_title(t, lang)
        and (k + 1 == len(toks) or not toks[k + 1].text[:1].isupper())
        and not (k > 0 and toks[k - 1].lower in indefinite)
    )


def _all_words(text: str) -> list[str]:
    return list(dict.fromkeys(w.group() for w in words(text)))


def _unlinked(
    text: str, lang: str, other: str, embed, skip: frozenset[str] = frozenset()
) -> dict[str, int]:
    """How many occurrences of each content word of `text` have no counterpart in
    `other`, one word of `other` for one occurrence of a word of `text` (competitive
    linking: the most similar pairs first, each occurrence used once, cosine at least
    `UNCOVERED`). A word of `other` that renders one word cannot render a second:
    "Prozent" takes "percent", and "Prozentpunkte", whose rendering was cut, is left
    without one; a word said twice against one rendering keeps one occurrence unlinked.
    Each word is embedded on its own (the pipeline's `prepare` has embedded them with the
    row's other texts)."""
    tokens = [w.group() for w in words(text)]
    content = _content_words(text, lang, VETO_ZIPF, skip)
    kinds = list(dict.fromkeys(content))
    other_tokens = [w.group() for w in words(other)]
    others = list(dict.fromkeys(other_tokens))
    need = np.array([tokens.count(w) for w in kinds], dtype=int)
    if not kinds or not others:
        return dict(zip(kinds, need.tolist(), strict=True))
    vecs = embed([*kinds, *others])
    sims = vecs[: len(kinds)] @ vecs[len(kinds) :].T
    free = np.array([other_tokens.count(w) for w in others])
    for flat in np.argsort(-sims, axis=None):
        i, j = divmod(int(flat), len(others))
        if sims[i, j] < UNCOVERED:
            break
        linked = min(need[i], free[j])  # each occurrence of either side links once
        need[i] -= linked
        free[j] -= linked
    return dict(zip(kinds, need.tolist(), strict=True))


def uncovered_words(
    part: str,
    lang: str,
    other: str,
    embed,
    whole: str | None = None,
    skip: frozenset[str] = frozenset(),
) -> int:
    """How many content words of `part` (of the side `whole`, by default `part` itself)
    have no counterpart in `other` (`_unlinked`: the words of the whole side compete for
    the words of `other`, occurrence by occurrence)."""
    unlinked = _unlinked(whole if whole is not None else part, lang, other, embed, skip)
    in_part = Counter(_content_words(part, lang, VETO_ZIPF, skip))
    return sum(min(n, unlinked.get(w, n)) for w, n in in_part.items())


def uncovered_run(
    text: str, lang: str, other: str, embed, skip: frozenset[str] = frozenset()
) -> int:
    """The longest run of consecutive content words of `text` without a counterpart in
    `other` (`uncovered_words`' test, word by word). Function words (Zipf ≥
    `CONTENT_ZIPF`) are skipped: they neither break a run nor lengthen it. A number is
    covered when its digits occur in a number of `other` ("10" in "£10m", "000" of
    "2,000" in "2000")."""
    content = set(_content_words(text, lang, CONTENT_ZIPF, skip))
    others = _all_words(other)
    if not others:
        return len(content)
    covered: dict[str, bool] = {}
    if content:
        ordered = list(content)
        vecs = embed([*ordered, *others])
        best = (vecs[: len(ordered)] @ vecs[len(ordered) :].T).max(axis=1)
        covered = dict(zip(ordered, (best >= UNCOVERED).tolist(), strict=True))
    numbers = _DIGITS.findall(other)
    run = longest = 0
    for match in words(text):
        w = match.group()
        if w.isdigit():
            hit = any(w in n for n in numbers)
        elif w in covered:
            hit = covered[w]
        else:
            continue  # a function word
        run = 0 if hit else run + 1
        longest = max(longest, run)
    return longest


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _long_clauses(longer: Segment) -> list[Clause]:
    """The clauses of `longer` that are long enough to embed (`CLAUSE_MIN_WORDS`); none
    when the side is a single clause (removing it would remove everything)."""
    parts = clauses(longer.text, longer.lang)
    if len(parts) < 2:
        return []
    return [c for c in parts if _words(longer.text[c.start : c.end]) >= CLAUSE_MIN_WORDS]


def _clause_texts(longer: Segment, parts: Sequence[Clause]) -> list[str]:
    """The clauses as plain texts, in the same `prepare` call as the rows' other variants.
    Not as edits of their side (`EditedText`): the edit path computes the whole side's
    token features first, which a clause-only row shares with nothing, so the clauses
    cost about twice their own tokens; plain, all clauses of a side cost about one
    encoding of it (the checks stage on `bench checks`' timing chain: ~0.1 s CPU less;
    the same vectors up to float rounding)."""
    text = longer.text
    return [text[c.start : c.end].strip() for c in parts]


Criteria = Sequence[tuple[float, float]]
CLAUSE_CRITERIA: Criteria = ((CLAUSE_OTHER, CLAUSE_DROP),)
ADDED_CRITERIA: Criteria = (*CLAUSE_CRITERIA, (ADDED_OTHER, ADDED_DROP))
WIDE_CRITERIA: Criteria = ((ADDED_OTHER, WIDE_DROP),)


def unaligned_clause(
    longer: Segment, shorter: Segment, embed, criteria: Criteria = CLAUSE_CRITERIA
) -> tuple[Clause, float, float] | None:
    """The clause of `longer` least present on the other side, when it is absent: for
    one of `criteria` (other, drop), its similarity to `shorter` is at most `other` and
    `drop` below its similarity to its own sentence. (clause, similarity to the other
    side, to its own); None when every clause has a counterpart. Each clause is embedded
    on its own (short texts: all clauses of a side cost about one encoding of it)."""
    parts = _long_clauses(longer)
    if not parts:
        return None
    vecs = embed([longer.text, shorter.text, *_clause_texts(longer, parts)])
    other = vecs[2:] @ vecs[1]
    own = vecs[2:] @ vecs[0]
    k = int(np.argmin(other))
    if not any(other[k] <= o and own[k] - other[k] >= d for o, d in criteria):
        return None
    return parts[k], float(other[k]), float(own[k])


def clause_rate(src_lang: str, tgt_lang: str, side: str) -> float:
    """The similarity `side` ("src" or "tgt") loses per unit of share when a rendered
    clause is taken out (`CLAUSE_RATES`). A pair not fitted takes its side's least rate:
    what its clauses cost is unknown, so the rule expects the least and flags less."""
    rate = CLAUSE_RATES.get((src_lang, tgt_lang, side))
    if rate is not None:
        return rate
    return min(r for (_s, _t, sd), r in CLAUSE_RATES.items() if sd == side)


def _cut_gate(pair: PairView) -> float | None:
    """The length z-score of a row examined by `cut_clause`: a translation `LOO_Z_GATE`
    spreads shorter than expected whose source holds a clause more, or `ADDED_LOO_Z_GATE`
    longer whose translation does; None for the rest."""
    if not pair.both_sides:
        return None
    z, _expected = _length_z(pair)
    if (z <= -LOO_Z_GATE or z >= ADDED_LOO_Z_GATE) and _more_clauses(pair, z, 1):
        return z
    return None


def _share_gate(pair: PairView) -> float | None:
    """The length z-score of a row examined by `unrendered_clause`: a translation
    `SHARE_Z_GATE` spreads longer than expected holding a clause more than its source, or
    one `LOO_Z_GATE` shorter (version 14: whatever the clauses); None for the rest."""
    if not pair.both_sides:
        return None
    z, _expected = _length_z(pair)
    if z <= -LOO_Z_GATE or (z >= SHARE_Z_GATE and _more_clauses(pair, z, 1)):
        return z
    return None


def _share_other(z: float) -> float:
    """The most similarity to the other side `unrendered_clause` lets a clause keep: on
    the source side (a translation shorter than expected) `CUT_OTHER`, on the translation
    side `SHARE_OTHER`."""
    return CUT_OTHER if z < 0 else SHARE_OTHER


def _share_candidates(
    longer: Segment, shorter: Segment, embed, most: float = SHARE_OTHER
) -> list[tuple[Clause, float, float]]:
    """The clauses of `longer` (four words or more, `LOO_MIN_SHARE` of it) whose own
    embedding keeps at most `most` of similarity to `shorter`, `SHARE_DROP` below
    their similarity to their own sentence, least similar first: (clause, similarity
    to `shorter`, to its own sentence)."""
    parts = _long_clauses(longer)
    if not parts:
        return []
    vecs = embed([longer.text, shorter.text, *_clause_texts(longer, parts)])
    other = vecs[2:] @ vecs[1]
    own = vecs[2:] @ vecs[0]
    n = max(len(longer.text), 1)
    return [
        (parts[k], float(other[k]), float(own[k]))
        for k in np.argsort(other, kind="stable")
        if other[k] <= most
        and own[k] - other[k] >= SHARE_DROP
        and (parts[k].end - parts[k].start) / n >= LOO_MIN_SHARE
    ]


def unrendered_clause(
    longer: Segment, shorter: Segment, embed, most: float = SHARE_OTHER
) -> tuple[Clause, float, float, int, int, int] | None:
    """The first clause of `_share_candidates` (at most `most` similar to `shorter`) at
    least `SHARE_UNCOVERED` of whose
    content words have no counterpart in `shorter` (`uncovered_words`, the words of the
    whole of `longer` competing for those of `shorter`; the words of names not counted)
    in a run of `SHARE_RUN`:
    (clause, similarity to `shorter`, to its own sentence, words without a counterpart,
    content words, run); None when there is none."""
    skip = _name_words(longer.text, longer.lang)
    for part, other, own in _share_candidates(longer, shorter, embed, most):
        text = longer.text[part.start : part.end].strip()
        content = len(_content_words(text, longer.lang, VETO_ZIPF, skip))
        if not content:
            continue
        missing = uncovered_words(text, longer.lang, shorter.text, embed, longer.text, skip)
        if missing < SHARE_UNCOVERED * content:
            continue
        run = uncovered_run(text, longer.lang, shorter.text, embed, skip)
        if run >= SHARE_RUN:
            return part, other, own, missing, content, run
    return None


def clause_gains(
    longer: Segment, shorter: Segment, embed
) -> tuple[list[Clause], np.ndarray, np.ndarray]:
    """The clauses of `longer`, and for each the similarity to `shorter` that `longer`
    gains when the clause is taken out (`_rests`) and the clause's share of its
    characters; no gains for a side of one clause (nothing is embedded)."""
    parts = list(clauses(longer.text, longer.lang))
    if len(parts) < 2:
        return parts, np.zeros(0), np.zeros(0)
    vecs = embed([longer.text, shorter.text, *_rests(longer, parts)])
    gains = vecs[2:] @ vecs[1] - float(vecs[0] @ vecs[1])
    shares = np.array([(c.end - c.start) / max(len(longer.text), 1) for c in parts])
    return parts, gains, shares


def cut_clause(longer: Segment, shorter: Segment, embed, rate: float) -> list[Clause]:
    """The clauses of `longer` whose removal costs `longer` less of its similarity to
    `shorter` than their share says a rendered clause costs (`rate` per unit of share,
    `clause_rate`) by `LOO_RESIDUAL`, most surprising first; none when every clause
    costs about what its share predicts. The side without each clause is the part
    test's edit (`_rests`): a row that test examined has them embedded already."""
    parts, gains, shares = clause_gains(longer, shorter, embed)
    if len(parts) < 2:
        return []
    residuals = gains + rate * shares
    return [
        parts[k]
        for k in np.argsort(-residuals, kind="stable")
        if residuals[k] >= LOO_RESIDUAL
        and gains[k] >= LOO_MIN_GAIN
        and shares[k] >= LOO_MIN_SHARE
        and _words(longer.text[parts[k].start : parts[k].end]) >= CLAUSE_MIN_WORDS
    ]


def _clause_finding(
    kind: str, longer: Segment, part: Clause, reason: str, detail: dict[str, Any]
) -> Finding:
    """A major flag on clause `part` of `longer`, missing (`kind` "omission": `longer` is
    the source) or added ("addition": the translation), for `reason`."""
    text = longer.text[part.start : part.end].strip()
    share = (part.end - part.start) / max(len(longer.text), 1)
    verb = "is missing from the translation" if kind == "omission" else "was added"
    span = [(part.start, part.end)]
    return Finding(
        type=kind,
        severity="major",
        message=f"'{text}' {verb}: {reason} (about {share:.0%} of the row)",
        key=f"{kind}:{','.join(map(str, longer.sentence_ids))}:{_words(longer.text[: part.start])}",
        src_spans=span if kind == "omission" else [],
        tgt_spans=span if kind == "addition" else [],
        detail={"share": round(share, 3), **detail},
    )


class CoverageCheck:
    name = "coverage"
    # The signature says which rules made a report (2: real-text round; 3: a length-only
    # flag needs a run of uncovered words to be major; 4: an unaligned clause).
    # 5: clauses keep numbers whole ("150,000", "10:30"); 6: the part test's similarity
    # gate at −0.75 spread (was −1), −0.6 with two clauses more on the longer side.
    # 7: an added clause in a translation much longer than expected, at a lower margin.
    # 8: a blamed part's words are linked one to one with the other side's (`_unlinked`).
    # 9: the blamed part's veto counts its words below Zipf 5.6 (`VETO_ZIPF`), not 5.3.
    # 10: a translation 1.5 spreads longer with a clause more is examined for an added
    # clause whatever its similarity, at the widest margin (`WIDE_*`).
    # 11: a source clause whose removal costs nothing in a much shorter translation
    # (`cut_clause`). 12: `cut_clause` against the language pair's fitted loss per share
    # (`CLAUSE_RATES`), at a residual of 0.12 (was 0.20 against the row's own rate).
    # 13: a titled name rendered by a title is not counted by the word tests
    # (`titled_names`); a clause whose embedding and words both say it has no counterpart
    # (`unrendered_clause`).
    # 14: on the source side `unrendered_clause` asks no clause more and lets the clause
    # keep up to `CUT_OTHER` (0.20) of similarity to the translation.
    # 15: a minor added part that keeps next to nothing of the source in its own
    # embedding is major (`AGREE_WORDS`).
    version = "15"
    types = ("omission", "addition")

    def __call__(self, pair: PairView) -> list[Finding]:
        if pair.src.empty and pair.tgt.empty:
            return []
        if pair.tgt.empty:
            return [self._whole("omission", pair.src)]
        if pair.src.empty:
            return [self._whole("addition", pair.tgt)]
        return self._partial(pair)

    @staticmethod
    def _whole(kind: str, seg: Segment) -> Finding:
        facts = holds_fact(seg.text, seg.lang)
        n = _words(seg.text)
        severity = "critical" if facts else ("major" if n >= 6 else "minor")
        what = (
            "has no counterpart in the translation"
            if kind == "omission"
            else ("was added: it has no counterpart in the source")
        )
        ids = ",".join(map(str, seg.sentence_ids))
        return Finding(
            type=kind,
            severity=severity,
            message=f"sentence {what}",
            key=f"{kind}:{seg.document}:{ids}",
            src_spans=[(0, len(seg.text))] if kind == "omission" else [],
            tgt_spans=[(0, len(seg.text))] if kind == "addition" else [],
            detail={"words": n},
        )

    def prepare(self, views: Sequence[PairView]) -> None:
        """Embed the candidate texts of every examined row of a document pair in one
        encoder call; the per-row calls then find them in the run's cache. A call costs
        far more than its texts (thread start-up, small matrices): one per examined row
        cost as much as embedding the documents. Then the single words `uncovered_words`
        and `uncovered_run` may ask for, in a call of their own (a batch is padded to its
        longest text: words beside sentences would cost as much), for the rows that may
        read them."""
        texts: list[str] = []
        wanted: list[tuple[Segment, Segment]] = []  # rows whose words are read
        part_rows: list[tuple[PairView, tuple[float, float]]] = []
        clause_rows: list[tuple[Segment, Segment, Criteria]] = []
        cut_rows: list[tuple[Segment, Segment, float]] = []
        share_rows: list[tuple[Segment, Segment, float]] = []
        embed = None
        for pair in views:
            if not pair.both_sides or pair.embed is None:
                continue
            embed = pair.embed
            examined = _examine(pair)
            if examined is not None:
                _kind, longer, shorter, gap = _sides(pair, examined[0])
                found = _candidates(longer, gap)
                if found is not None:
                    texts += [longer.text, shorter.text, *_rests(longer, found[0])]
                if found is not None or abs(examined[0]) >= Z_LENGTH_ONLY:
                    part_rows.append((pair, examined))
            z = _clause_examine(pair)
            if z is not None:
                _kind, longer, shorter, _gap = _sides(pair, z)
                parts = _long_clauses(longer)
                if parts:
                    texts += [longer.text, shorter.text, *_clause_texts(longer, parts)]
                    clause_rows.append((longer, shorter, _clause_criteria(pair, z)))
            z = _share_gate(pair)
            if z is not None:
                _kind, longer, shorter, _gap = _sides(pair, z)
                parts = _long_clauses(longer)
                if parts:
                    texts += [longer.text, shorter.text, *_clause_texts(longer, parts)]
                    share_rows.append((longer, shorter, _share_other(z)))
            z = _cut_gate(pair)
            if z is not None:
                _kind, longer, shorter, _gap = _sides(pair, z)
                parts = clauses(longer.text, longer.lang)
                texts += [longer.text, shorter.text, *_rests(longer, list(parts))]
                rate = clause_rate(pair.src.lang, pair.tgt.lang, "src" if z < 0 else "tgt")
                cut_rows.append((longer, shorter, rate))
        if embed is None:
            return
        if texts:
            embed(list(dict.fromkeys(texts)))
        # Only the rows whose verdict (decided by the texts just embedded) turns on the
        # words read them (`_reads_words`).
        agree: list[str] = []  # the parts whose own embedding may be asked
        for pair, examined in part_rows:
            blamed = self._blame(pair, examined)
            if blamed is None:
                continue
            kind, longer, shorter, _gap = _sides(pair, examined[0])
            if _agree_candidate(kind, longer, None if blamed[1] is None else blamed[0]):
                agree.append(longer.text[blamed[0].start : blamed[0].end].strip())
                wanted.append((longer, shorter))  # and its words (`AGREE_UNCOVERED`)
            if _reads_words(blamed[3], blamed[1], shorter):
                wanted.append((longer, shorter))
        # Only the rows with an unaligned clause read their words for it.
        wanted += [(lo, sh) for lo, sh, cr in clause_rows if unaligned_clause(lo, sh, embed, cr)]
        wanted += [(lo, sh) for lo, sh, rate in cut_rows if cut_clause(lo, sh, embed, rate)]
        wanted += [(lo, sh) for lo, sh, m in share_rows if _share_candidates(lo, sh, embed, m)]
        single = [
            w
            for lo, sh in wanted
            for w in _content_words(lo.text, lo.lang, VETO_ZIPF, titled_names(lo, sh, embed))
            + _all_words(sh.text)
        ]
        if single:
            embed(list(dict.fromkeys(single)))
        # Their own call: a part or two of a few rows (`AGREE_WORDS`), not padded to words.
        if agree:
            embed(list(dict.fromkeys(agree)))

    def _partial(self, pair: PairView) -> list[Finding]:
        """A part of the row missing or added: by leave-one-part-out similarity and
        length (`_by_parts`), else by a clause without a counterpart (`_by_clause`),
        which is major only with a run of words without one as well."""
        found = self._by_parts(pair)
        if any(f.severity == "major" for f in found):
            return found
        clause = self._by_clause(pair) or self._by_cut_clause(pair) or self._by_share(pair)
        return [clause] if clause is not None else found

    def _by_share(self, pair: PairView) -> Finding | None:
        """A clause of the side longer than expected, holding a clause more, whose own
        embedding and whose words both say it has no counterpart (`unrendered_clause`):
        major; either alone, nothing."""
        z = None if pair.embed is None else _share_gate(pair)
        if z is None:
            return None
        kind, longer, shorter, _gap = _sides(pair, z)
        hit = unrendered_clause(longer, shorter, pair.embed, _share_other(z))
        if hit is None:
            return None
        part, other, own, missing, content, run = hit
        return _clause_finding(
            kind,
            longer,
            part,
            f"{missing} of its {content} content words have no counterpart on the other side",
            {
                "length_z": round(z, 2),
                "clause_similarity": round(other, 3),
                "own_similarity": round(own, 3),
                "uncovered_words": missing,
                "uncovered_run": run,
            },
        )

    def _by_cut_clause(self, pair: PairView) -> Finding | None:
        """A clause whose removal costs nothing (`cut_clause`) on the side much longer than
        expected, with a run of content words without a counterpart in it (`CLAUSE_RUN`
        for a source clause, `ADDED_LOO_RUN` for a translation clause; `uncovered_run`):
        both together are major; either alone, nothing."""
        z = None if pair.embed is None else _cut_gate(pair)
        if z is None:
            return None
        kind, longer, shorter, _gap = _sides(pair, z)
        side = "src" if kind == "omission" else "tgt"
        rate = clause_rate(pair.src.lang, pair.tgt.lang, side)
        need = CLAUSE_RUN if kind == "omission" else ADDED_LOO_RUN
        for part in cut_clause(longer, shorter, pair.embed, rate):
            # the run read in the blamed clause: both signals must point at one clause
            text = longer.text[part.start : part.end].strip()
            skip = titled_names(longer, shorter, pair.embed)
            run = uncovered_run(text, longer.lang, shorter.text, pair.embed, skip)
            if run >= need:
                this, other = ("source", "translation")[:: 1 if side == "src" else -1]
                return _clause_finding(
                    kind,
                    longer,
                    part,
                    f"the {this} without it is as similar to the {other} as with it",
                    {"length_z": round(z, 2), "uncovered_run": run},
                )
        return None

    def _by_clause(self, pair: PairView) -> Finding | None:
        """A clause of the longer side without a counterpart (`unaligned_clause`), with
        a second signal: a run of `CLAUSE_RUN` content words without a counterpart
        (`uncovered_run`). Both together are major; either alone is nothing here."""
        z = _clause_examine(pair)
        if z is None or pair.embed is None:
            return None
        kind, longer, shorter, _gap = _sides(pair, z)
        hit = unaligned_clause(longer, shorter, pair.embed, _clause_criteria(pair, z))
        if hit is None:
            return None
        part, other, own = hit
        # The widest margin on a longer translation with a clause more (`_wide`) asks a
        # shorter run, whichever gate let the row in (measured so, round 12).
        wide = _wide(pair, z) and other <= ADDED_OTHER and own - other >= WIDE_DROP
        skip = titled_names(longer, shorter, pair.embed)
        run = uncovered_run(longer.text, longer.lang, shorter.text, pair.embed, skip)
        if run < (WIDE_RUN if wide else CLAUSE_RUN):
            return None
        return _clause_finding(
            kind,
            longer,
            part,
            "it has no counterpart on the other side",
            {
                "length_z": round(z, 2),
                "clause_similarity": round(other, 3),
                "own_similarity": round(own, 3),
                "uncovered_run": run,
            },
        )

    def _blame(
        self, pair: PairView, examined: tuple[float, float]
    ) -> tuple[Clause, float | None, float, Severity] | None:
        """(part blamed, its similarity gain or None for length alone, its share of the
        longer side, severity before the words are looked at) of an examined row; None
        when nothing is reported."""
        z, expected = examined
        lt = len(pair.tgt.text)
        _kind, longer, shorter, gap = _sides(pair, z)
        found = self._unmatched_part(pair, longer, shorter, gap)
        if found is not None:
            part, gain = found
            share = (part.end - part.start) / max(len(longer.text), 1)
        else:
            # No clause to blame: only a length far outside this pair's norm counts.
            share = 1 - lt / expected if z < 0 else 1 - expected / lt
            if abs(z) < Z_LENGTH_ONLY or share < MIN_SHARE:
                return None
            part, gain = Clause(0, len(longer.text)), None
        return part, gain, share, _partial_severity(gain, z, share, _words(shorter.text))

    def _by_parts(self, pair: PairView) -> list[Finding]:
        examined = _examine(pair)
        if examined is None:
            return []
        blamed = self._blame(pair, examined)
        if blamed is None:
            return []
        z, _expected = examined
        kind, longer, shorter, _gap = _sides(pair, z)
        part, gain, share, severity = blamed
        found = None if gain is None else (part, gain)
        if found is not None:
            evidence = {"length_z": round(z, 2), "similarity_gain": round(gain, 3)}
        else:
            evidence = {"length_z": round(z, 2)}
        text = longer.text[part.start : part.end].strip()
        span = [(part.start, part.end)]
        if found is not None:
            verb = "is missing from the translation" if kind == "omission" else "was added"
            message = f"'{text}' {verb} (about {share:.0%} of the row)"
        else:
            message = (
                f"the translation is {'shorter' if z < 0 else 'longer'} than this document's "
                f"length ratio predicts (z = {z:.1f}): about {share:.0%} "
                f"{'missing' if z < 0 else 'added'}"
            )
        if pair.embed is not None:
            severity = _word_evidence(
                severity, found[1] if found else None, text, longer, shorter, pair, evidence
            )
            if severity == "minor" and _agree_candidate(
                kind, longer, None if found is None else part
            ):
                other, own = _part_similarities(text, longer, shorter, pair.embed)
                evidence["part_similarity"] = round(other, 3)
                if (
                    other <= ADDED_OTHER
                    and own - other >= ADDED_DROP
                    and _uncovered_share(text, longer, shorter, pair.embed) >= AGREE_UNCOVERED
                ):
                    severity = "major"  # the tests point at this part (`AGREE_WORDS`)
        return [
            Finding(
                type=kind,
                severity=severity,
                message=message,
                key=f"{kind}:{','.join(map(str, longer.sentence_ids))}"
                f":{_words(longer.text[: part.start])}",
                src_spans=span if kind == "omission" else [],
                tgt_spans=span if kind == "addition" else [],
                detail={"share": round(share, 3), **evidence},
            )
        ]

    @staticmethod
    def _unmatched_part(
        pair: PairView, longer: Segment, shorter: Segment, gap: float
    ) -> tuple[Clause, float] | None:
        """The part of `longer` without which `longer` is more similar to `shorter` than
        it is whole; None when no part is. Parts tried: each clause, each pair of
        neighbouring clauses, and each run of words about as long as the gap in length
        (a dropped phrase is not always a clause: "because of an accident")."""
        if pair.embed is None:
            return None
        found = _candidates(longer, gap)
        if found is None:
            return None
        runs, is_clause = found
        # The longer side without each candidate part (already embedded by `prepare`
        # when the pipeline runs the check).
        vecs = pair.embed([longer.text, shorter.text, *_rests(longer, runs)])
        whole = float(vecs[0] @ vecs[1])
        gains = vecs[2:] @ vecs[1] - whole
        # Prefer a whole clause to a word window that explains the gap about as well.
        k = int(np.argmax(gains + CLAUSE_PREFERENCE * is_clause))
        if gains[k] < MIN_GAIN:
            return None
        return runs[k], float(gains[k])


def _agree_candidate(kind: str, longer: Segment, part: Clause | None) -> bool:
    """Is a minor flag's part one whose own embedding is asked (`AGREE_WORDS`): a part the
    part test blamed (not the length alone: `part` None) on the translation side, a clause
    or two neighbouring clauses (not a window of words, a guess at the gap's length whose
    fragment embeds poorly), long enough to embed stably?"""
    if kind != "addition" or part is None:
        return False
    if _words(longer.text[part.start : part.end]) < AGREE_WORDS:
        return False
    parts = clauses(longer.text, longer.lang)
    spans = {(c.start, c.end) for c in parts} if len(parts) > 1 else set()
    spans |= {(a.start, b.end) for a, b in itertools.pairwise(parts)}
    return (part.start, part.end) in spans


def _uncovered_share(text: str, longer: Segment, shorter: Segment, embed) -> float:
    """The share of the content words of `text` (a part of `longer`) without a counterpart
    in `shorter` (`uncovered_words`; the words of titled names not counted); 0 without
    content words."""
    skip = titled_names(longer, shorter, embed)
    content = len(_content_words(text, longer.lang, VETO_ZIPF, skip))
    if not content:
        return 0.0
    return uncovered_words(text, longer.lang, shorter.text, embed, longer.text, skip) / content


def _part_similarities(text: str, longer: Segment, shorter: Segment, embed) -> tuple[float, float]:
    """(similarity of the part `text` to `shorter`, to its own side `longer`)."""
    vecs = embed([text, shorter.text, longer.text])
    return float(vecs[0] @ vecs[1]), float(vecs[0] @ vecs[2])


def _length_z(pair: PairView) -> tuple[float, float]:
    """(robust z-score of the row's log length ratio, expected translation length)."""
    stats = pair.stats
    ls, lt = len(pair.src.text), len(pair.tgt.text)
    expected = max(ls * stats.length_ratio, 1.0)
    return math.log(max(lt, 1) / expected) / max(stats.length_ratio_spread, 1e-3), expected


def _gated(pair: PairView, z: float, z_gate: float, sim_gate: float) -> bool:
    """Is the row's length off by `z_gate` and, unless it is far off, its similarity
    `sim_gate` spreads below the pair's median? Content missing or added also lowers
    the similarity; a row as similar as the pair's typical row is a paraphrase that is
    merely shorter or longer."""
    if abs(z) < z_gate:
        return False
    if pair.similarity is not None and abs(z) < Z_LENGTH_ONLY:
        stats = pair.stats
        sim_z = (pair.similarity - stats.similarity_median) / max(stats.similarity_spread, 0.02)
        return sim_z <= sim_gate
    return True


def _examine(pair: PairView) -> tuple[float, float] | None:
    """(length z-score, expected length of the translation) of a row whose length is
    suspicious for this document pair; None for the rest (most rows: nothing is spent)."""
    z, expected = _length_z(pair)
    if _gated(pair, z, Z_GATE, SIM_Z_GATE):
        return z, expected
    if _gated(pair, z, Z_GATE, MORE_CLAUSES_SIM_GATE) and _more_clauses(pair, z):
        return z, expected
    return None


def _more_clauses(pair: PairView, z: float, more: int = MORE_CLAUSES) -> bool:
    """Does the side that is longer than expected hold `more` clauses more than the
    other?"""
    _kind, longer, shorter, _gap = _sides(pair, z)
    n = len(clauses(longer.text, longer.lang)) - len(clauses(shorter.text, shorter.lang))
    return n >= more


def _wide(pair: PairView, z: float) -> bool:
    """Is the row a translation `WIDE_Z_GATE` longer than expected with a clause more
    than its source (examined for an added clause whatever its similarity)?"""
    return z >= WIDE_Z_GATE and _more_clauses(pair, z, 1)


def _clause_examine(pair: PairView) -> float | None:
    """The length z-score of a row examined for an unaligned clause (a wider gate than
    `_examine`'s, see `CLAUSE_Z_GATE`; a translation `ADDED_Z_GATE` longer than expected
    whatever its similarity; and one `WIDE_Z_GATE` longer with a clause more, `_wide`);
    None for the rest."""
    if not pair.both_sides:
        return None
    z, _expected = _length_z(pair)
    if z >= ADDED_Z_GATE or _gated(pair, z, CLAUSE_Z_GATE, CLAUSE_SIM_GATE) or _wide(pair, z):
        return z
    return None


def _clause_criteria(pair: PairView, z: float) -> Criteria:
    """What `unaligned_clause` asks of a row examined for it (`_clause_examine`): the
    unaligned-clause margin on the rows of its own gate, the added-clause one on a
    translation `ADDED_Z_GATE` longer than expected. A row let in by its length alone
    is judged at the added-clause margin only: at the other (≤ 0.15 on the source) a
    faithful explicitation of ru→en reference A was flagged (Роскомнадзор rendered as
    "the Federal Service for Supervision of Communications, ...": 0.13 on the source,
    0.44 on its own sentence). A row let in by `_wide` alone: the widest margin."""
    own_gate = _gated(pair, z, CLAUSE_Z_GATE, CLAUSE_SIM_GATE)
    if z >= ADDED_Z_GATE:
        return ADDED_CRITERIA if own_gate else ((ADDED_OTHER, ADDED_DROP),)
    return CLAUSE_CRITERIA if own_gate else WIDE_CRITERIA


def _sides(pair: PairView, z: float) -> tuple[str, Segment, Segment, float]:
    """(kind, longer side, shorter side, characters the longer side has in excess)."""
    ls, lt, ratio = len(pair.src.text), len(pair.tgt.text), pair.stats.length_ratio
    if z < 0:
        return "omission", pair.src, pair.tgt, ls - lt / ratio
    return "addition", pair.tgt, pair.src, lt - ls * ratio


def _candidates(longer: Segment, gap: float) -> tuple[list[Clause], np.ndarray] | None:
    """The parts of `longer` that might have no counterpart, and which are clauses: each
    clause, each pair of neighbouring clauses, and a few runs of words about as long as
    the gap in length. None when there is none smaller than `MAX_PART` of the row."""
    n_text = len(longer.text)
    parts = clauses(longer.text, longer.lang)
    runs = [Clause(c.start, c.end) for c in parts] if len(parts) > 1 else []
    runs += [Clause(a.start, b.end) for a, b in itertools.pairwise(parts)]
    n_clause_runs = len(runs)
    toks = words(longer.text)
    if toks:
        per_word = n_text / len(toks)
        k = max(2, round(gap / per_word))
        if k < len(toks) - 1:
            starts = range(len(toks) - k + 1)
            stride = max(1, -(-len(starts) // MAX_WINDOWS))  # at most MAX_WINDOWS
            runs += [Clause(toks[i].start(), toks[i + k - 1].end()) for i in starts[::stride]]
    keep = [i for i, r in enumerate(runs) if r.end - r.start < MAX_PART * n_text]
    if not keep:
        return None
    return [runs[i] for i in keep], np.array([i < n_clause_runs for i in keep])


def _rests(longer: Segment, runs: list[Clause]) -> list[str]:
    """The longer side without each candidate part. Marked as edits of the whole side:
    the default encoder then recomputes only the tokens around each cut (about half the
    work of encoding them in full, the same embeddings up to float rounding)."""
    text = longer.text
    return [EditedText((text[: r.start] + text[r.end :]).strip(), text) for r in runs]
