"""Same-language severity: the checks' flags weighed against what the word diff shows.

Severity is confidence. Within one language the diff says exactly which words changed
(`provenance.comparison.evidence`), so a flag keeps its severity only where an edit
supports it, and an edit that is evidence on its own raises a flag the checks missed:

- numbers, dates: a value replaced in the diff is critical (the check's flag on it is
  raised, or one is added); a value found on one side only is minor unless the row has
  one found only on the other side (two versions say one thing in more or fewer words);
- names: a name word replaced by another name word in the diff is critical (major for a
  changed given name or a weakly name-like word), where the names check also saw a name
  lost, added or replaced there (two lines of evidence: the check knows exonyms, place
  adjectives and transcriptions, the diff knows what changed), or on its own in a small
  edit, or (major) where nouns are capitalised and the check sees few names; every other
  names flag is minor;
- negation: an edit that adds or removes a negation cue and nothing else is critical;
  a negation flag without one (the cue changed together with other words: a paraphrase,
  "did not alter" / "declined to overturn") is minor;
- modality: a certainty flag keeps its severity only where an edit swaps the cue alone;
- omission / addition: kept only where the flagged words are mostly a pure deletion or
  insertion in the diff (independent versions rephrase, so words missing from a rewritten
  span are no omission);
- quotes: kept only where the row's speaker changed (a name replaced); else minor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.comparison.diff import Edit, tokens
from provenance.comparison.evidence import (
    AnchoredFlip,
    CueEdit,
    NameSwap,
    RowEvidence,
    checked_swap,
    co_named,
    full_names,
    name_lemma,
    one_person,
    row_evidence,
)
from provenance.model import Document, Flag, Segment, Span
from provenance.trace.attribution import sort_flags

VERSION = "16"  # of these rules, in the report's signature
FACT_TYPES = ("number", "date")
# Share of a coverage flag's words that a pure deletion/insertion must hold.
PURE_SHARE = 0.5
# A major negation flag whose cue sits in rephrased words (no flip alone in the diff, none
# of the negated words on the other side) with an embedding gain below this is minor.
WEAK_GAIN = 0.01
_YEAR = (1000, 2100)


def reassess(
    flags: list[Flag],
    docs: Sequence[Document],
    rows: Sequence[Sequence[Sequence[int]]],
    diffs: Sequence[Sequence[Edit]],
) -> list[Flag]:
    """The flags of a same-language report, re-weighed row by row; sorted."""
    lang = docs[0].lang
    named = [full_names(d.sentences, lang) for d in docs]
    people = frozenset().union(*named)
    by_row: dict[int, list[Flag]] = defaultdict(list)
    for f in flags:
        by_row[f.alignment].append(f)
    out: list[Flag] = []
    evidence = []
    for rid, row in enumerate(rows):
        segs = (Segment.of(docs, row, 0), Segment.of(docs, row, 1))
        ev = row_evidence(segs[0].text, segs[1].text, diffs[rid], lang)
        ev.names = [s for s in ev.names if not one_person(s.a_text, s.b_text, people, lang)]
        evidence.append((segs, ev))
    said = [name_keys(d.sentences, lang) for d in docs]
    conventions = naming_conventions([ev for _, ev in evidence], named, said, lang)
    known = _Known(people, conventions)
    for rid, (segs, ev) in enumerate(evidence):
        ev.names = [s for s in ev.names if name_pair(s, lang) not in conventions]
        out.extend(_row_flags(rid, by_row.pop(rid, []), ev, segs, known))
    for rest in by_row.values():
        out.extend(rest)
    sort_flags(out)
    return out


# Two versions that replace one name word by the same other in this many rows name one
# thing two ways (a translator's convention), not two things.
CONVENTION_ROWS = 2


def name_pair(s: NameSwap, lang: str) -> frozenset[str]:
    """The two words of a swap, either way round, by lemma and spelling."""
    return frozenset((name_lemma(s.a_text, lang), name_lemma(s.b_text, lang)))


def naming_conventions(
    evidence: Sequence[RowEvidence],
    named: Sequence[frozenset[frozenset[str]]],
    said: Sequence[frozenset[str]],
    lang: str,
) -> set[frozenset[str]]:
    """The name swaps two documents make in `CONVENTION_ROWS` rows or more that are the
    two translators' conventions for one name, no drift:
    - each document keeps to its word: one never says the other's word anywhere ("Kiev"
      throughout one version, "Kyiv" throughout the other); or
    - either way round, where each document gives both words beside the same other name
      word ("Thaddeus Bellingshausen" / "Fabian Bellingshausen" in one row, "Fabian" /
      "Thaddeus" in another, and each version says both "Thaddeus Bellingshausen" and
      "Fabian Bellingschausen": the explorer's two given names).
    A word one document says in some rows and swaps in others is no convention ("Круз"
    kept in one row, "Кристиани" in the next). `named`: each document's `full_names`;
    `said`: each document's name keys (`name_keys`)."""
    rows: dict[frozenset[str], int] = defaultdict(int)
    for ev in evidence:
        for pair in {name_pair(s, lang) for s in ev.names}:
            rows[pair] += 1
    out = set()
    for pair, n in rows.items():
        if n < CONVENTION_ROWS or len(pair) != 2:
            continue
        x, y = sorted(pair)
        kept = ({x} == pair & said[0] and {y} == pair & said[1]) or (
            {y} == pair & said[0] and {x} == pair & said[1]
        )
        if kept or all(co_named(x, y, d) for d in named):
            out.add(pair)
    return out


def name_keys(texts: Sequence[str], lang: str) -> frozenset[str]:
    """The name keys (`name_lemma`) of the capitalised words of `texts`."""
    return frozenset(
        name_lemma(t.group(), lang)
        for text in texts
        for t in tokens(text)
        if t.group()[:1].isupper()
    )


@dataclass(frozen=True)
class _Known:
    """What the two documents say of names as a whole: the names each gives in full
    (`full_names`, for `one_person`) and the translators' conventions (`name_pair`s)."""

    people: frozenset[frozenset[str]]
    conventions: frozenset[frozenset[str]] | set[frozenset[str]]


def _row_flags(
    rid: int,
    flags: list[Flag],
    ev: RowEvidence,
    segs: tuple[Segment, Segment],
    known: _Known,
) -> list[Flag]:
    added: list[Flag] = []
    added += _values(rid, flags, ev.values, segs)
    _one_sided_facts(flags, ev.restated_facts, segs)
    _nights(flags, ev.nights, segs)
    _scores(flags, ev.scores, segs)
    added += _names(rid, flags, ev, segs, known)
    added += _negation(rid, flags, ev, segs)
    for f in flags:
        if f.type == "modality" and not ev.modality:
            _demote(f, "the cue changed together with other words")
        elif f.type in ("omission", "addition") and f.severity != "minor":
            side, pure = (0, ev.dropped) if f.type == "omission" else (1, ev.added)
            if _share_inside(f.spans, side, pure, segs[side]) < PURE_SHARE:
                _demote(f, "the words were rephrased, not dropped or added")
        elif f.type == "quote" and not any(s.strong for s in ev.names):
            _demote(f, "no name replaced in the row")
    return flags + added


def _demote(f: Flag, why: str) -> None:
    if f.severity != "minor":
        f.severity = "minor"
        f.detail["same_language"] = why


def _row_range(sp: Span, seg: Segment) -> tuple[int, int]:
    """A flag span's offsets in the row text of its side."""
    k = seg.sentence_ids.index(sp.sentence) if sp.sentence in seg.sentence_ids else 0
    start = sum(len(s) + 1 for s in seg.sentences[:k])
    return start + sp.start, start + sp.end


def _overlaps(f: Flag, ranges: Sequence[tuple[int, int, int]], segs) -> bool:
    """`f` has a span overlapping one of `ranges` (side, start, end)."""
    return any(_span_overlaps(sp, ranges, segs) for sp in f.spans)


def _span_overlaps(sp: Span, ranges: Sequence[tuple[int, int, int]], segs) -> bool:
    if sp.document not in (0, 1) or segs[sp.document].empty:
        return False
    a, b = _row_range(sp, segs[sp.document])
    return any(d == sp.document and a < e and s < b for d, s, e in ranges)


def _share_inside(spans: Sequence[Span], side: int, pure, seg: Segment) -> float:
    total = inside = 0
    for sp in spans:
        if sp.document != side or seg.empty:
            continue
        a, b = _row_range(sp, seg)
        total += b - a
        inside += sum(max(0, min(b, e) - max(a, s)) for s, e in pure)
    return inside / total if total else 0.0


def _new_flag(
    rid: int, ftype: str, check: str, severity: str, spans, message: str, why: str
) -> Flag:
    return Flag(rid, ftype, severity, (0, 1), spans, message, {"same_language": why}, check=check)


def _spans(segs, a: tuple[int, int] | None, b: tuple[int, int] | None) -> list[Span]:
    out = []
    for d, r in ((0, a), (1, b)):
        if r is not None and not segs[d].empty:
            out.append(segs[d].span(*r))
    return out


# ---------------------------------------------------------------- facts


def _values(rid: int, flags: list[Flag], edits: Sequence[Edit], segs) -> list[Flag]:
    new = []
    for e in edits:
        ranges = [(0, e.a_start, e.a_end), (1, e.b_start, e.b_end)]
        hits = [f for f in flags if f.type in FACT_TYPES and _overlaps(f, ranges, segs)]
        for f in hits:
            f.severity = "critical"
            f.detail["same_language"] = "a value replaced in the diff"
        if not hits:
            ftype = "date" if _year_like(e.a_text) or _year_like(e.b_text) else "number"
            spans = _spans(segs, (e.a_start, e.a_end), (e.b_start, e.b_end))
            message = f"{e.a_text} became {e.b_text}"
            new.append(
                _new_flag(
                    rid,
                    ftype,
                    ftype + "s",
                    "critical",
                    spans,
                    message,
                    "a value replaced in the diff",
                )
            )
    return new


def _year_like(text: str) -> bool:
    import re

    return any(_YEAR[0] <= int(y) <= _YEAR[1] for y in re.findall(r"(?<!\d)\d{4}(?!\d)", text))


def _one_sided_facts(flags: list[Flag], restated: Sequence[tuple[int, int, int]], segs) -> None:
    """A number or date on one side only is minor, unless the row has one on the other
    side only too (a value replaced, which the diff may not show as one edit). One whose
    values the other side states in another notation (`evidence.restated_facts`: "9th
    August" / "August 5th to 9th") counts for no side."""
    sides_seen: set[int] = set()
    said = set()
    for f in flags:
        sides = {sp.document for sp in f.spans}
        if f.type in FACT_TYPES and len(sides) == 1:
            if restated and all(_span_overlaps(sp, restated, segs) for sp in f.spans):
                said.add(id(f))
            else:
                sides_seen |= sides
    for f in flags:
        sides = {sp.document for sp in f.spans}
        if f.type not in FACT_TYPES or len(sides) != 1 or "same_language" in f.detail:
            continue
        if id(f) in said:
            _demote(f, "its values stand on the other side too, in another notation")
        elif sides_seen != {0, 1}:
            _demote(f, "one side only")


def _nights(flags: list[Flag], nights: Sequence[tuple[int, int, int]], segs) -> None:
    """A date flag on weekdays that name one night two ways ("in the night to Sunday" /
    "Saturday night" for "in der Nacht zum Sonntag": `evidence.night_shifts`) is minor."""
    if not nights:
        return
    for f in flags:
        if f.type == "date" and f.spans and all(_span_overlaps(sp, nights, segs) for sp in f.spans):
            _demote(f, "one night, named by the evening it starts or the day it ends")


def _scores(flags: list[Flag], scores: Sequence[tuple[int, int, int]], segs) -> None:
    """A number flag on a score one side writes with a colon and the other with a dash
    ("17:21" / "17-21": `evidence.score_spans`) is minor, where each of its spans on the
    colon's side lies on such a score."""
    if not scores:
        return
    sides = {d for d, _s, _e in scores}
    for f in flags:
        own = [sp for sp in f.spans if sp.document in sides]
        if f.type == "number" and own and all(_span_overlaps(sp, scores, segs) for sp in own):
            _demote(f, "one score, written with a colon in one version, a dash in the other")


# ---------------------------------------------------------------- names and negation


def _names(rid: int, flags: list[Flag], ev: RowEvidence, segs, known: _Known) -> list[Flag]:
    swaps = ev.names
    new, raised = [], set()
    for s in swaps:
        severity = "critical" if s.strong else "major"
        ranges = [(0, *s.a), (1, *s.b)]
        hits = [
            f
            for f in flags
            if f.type == "entity"
            and _overlaps(f, ranges[:1], segs)
            and _overlaps(f, ranges[1:], segs)
        ]
        for f in hits:
            if f.severity == "minor" or s.strong:
                f.severity = severity
            f.detail["same_language"] = "a name replaced in the diff"
            raised.add(id(f))
        checked = any(f.type == "entity" and _overlaps(f, ranges, segs) for f in flags)
        if not hits and not checked and not (s.small or s.unchecked):
            continue  # the names check saw no name lost or added there: one name, renamed
        if not hits:
            if not (checked or s.small):
                severity = "major"  # the diff's word alone, where the check sees few names
            spans = _spans(segs, s.a, s.b)
            new.append(
                _new_flag(
                    rid,
                    "entity",
                    "names",
                    severity,
                    spans,
                    f"{s.a_text} became {s.b_text}",
                    "a name replaced in the diff",
                )
            )
    for f in flags:
        if f.type != "entity" or id(f) in raised:
            continue
        if _checked_swap(f, segs, known):
            f.severity = "major"
            f.detail["same_language"] = "a name replaced by another the other side never names"
            continue
        _demote(f, "no name replaced in the diff")
    return new


def _checked_swap(f: Flag, segs, known: _Known) -> bool:
    """The names check's own "X became Y", one strong name word each side, that the diff
    did not pair (reordered or rewritten around it: `evidence.checked_swap`), and that the
    documents do not give as one person or a convention."""
    if segs[0].empty or segs[1].empty:
        return False
    ranges = [[_row_range(sp, segs[d]) for sp in f.spans if sp.document == d] for d in (0, 1)]
    if len(ranges[0]) != 1 or len(ranges[1]) != 1:
        return False
    a, b, lang = segs[0].text, segs[1].text, segs[0].lang
    swap = checked_swap(a, b, ranges[0][0], ranges[1][0], lang)
    if swap is None or one_person(swap.a_text, swap.b_text, known.people, lang):
        return False
    return name_pair(swap, lang) not in known.conventions


# ---------------------------------------------------------------- negation


def _negation(rid: int, flags: list[Flag], ev: RowEvidence, segs) -> list[Flag]:
    negs = [f for f in flags if f.type == "negation"]
    flips: Sequence[CueEdit] = ev.negation
    if flips:
        return _diff_flips(rid, negs, flips, segs)
    anchored = {fl.direction: fl for fl in ev.flips}
    for f in negs:
        direction = f.detail.get("direction")
        if direction in anchored:
            if f.severity == "minor":
                f.severity = "major"
                f.detail["same_language"] = ANCHORED_WHY[anchored[direction].by]
            continue
        if direction in ev.restated:
            _demote(f, "the other side says it with an antonym, unnegated")
            continue
        if direction in ev.negated_there:
            _demote(f, "the other side negates the same place in its own words")
            continue
        gain = f.detail.get("embedding_gain")
        side = 1 if direction == "added" else 0
        weak = gain is not None and gain < WEAK_GAIN and not ev.negation_anchored[side]
        if f.severity == "major" and weak:
            _demote(f, "the negation was rephrased: its words are not on the other side")
    if negs:
        return []
    return [_anchored_flag(rid, fl, segs) for fl in anchored.values()]


ANCHORED_WHY = {
    "word": "the negated word stands unnegated on the other side",
    "auxiliary": "the auxiliary the negation hangs on stands unnegated on the other side",
    "double": "a second negation in one clause cancels the first; the other side negates once",
    "idiom": "the other side says the idiom without its negation: the two state opposites",
    "speech": "the other side reports the statement with a verb of saying; this one denies it",
    "negative": "this side negates a negative word; the other side states a negative unnegated",
}


def _anchored_flag(rid: int, fl: AnchoredFlip, segs) -> Flag:
    own, other = (fl.cue, fl.anchor) if fl.side == 0 else (fl.anchor, fl.cue)
    cue = fl.cue_text
    message = (
        f"the translation adds negation '{cue}' to a positive statement"
        if fl.direction == "added"
        else f"negation '{cue}' is lost: the translation states it positively"
    )
    if fl.by == "double":
        message = (
            f"negation '{cue}' is lost: the translation negates twice, stating it positively"
            if fl.direction == "lost"
            else f"the translation negates ('{cue}') what the original negates twice"
        )
    if fl.by == "negative":
        said = segs[1 - fl.side].text[fl.anchor[0] : fl.anchor[1]]
        message = (
            f"the translation negates ('{cue}') a negative the original states ('{said}')"
            if fl.direction == "added"
            else f"negation '{cue}' of a negative is lost: the translation states '{said}'"
        )
    if fl.by == "idiom":
        said = segs[1 - fl.side].text[fl.anchor[0] : fl.anchor[1]]
        message = (
            f"the translation negates '{said}' with '{cue}': it states the opposite"
            if fl.direction == "added"
            else f"the translation drops '{cue}' before '{said}': it states the opposite"
        )
    flag = _new_flag(
        rid,
        "negation",
        "negation",
        "major",
        _spans(segs, own, other),
        message,
        ANCHORED_WHY[fl.by],
    )
    flag.detail["direction"] = fl.direction
    return flag


def _diff_flips(rid: int, negs: list[Flag], flips: Sequence[CueEdit], segs) -> list[Flag]:
    if negs:
        for f in negs:
            f.severity = "critical"
            f.detail["same_language"] = "a negation added or removed alone in the diff"
        return []
    new = []
    for c in flips:
        e = c.edit
        spans = _spans(segs, (e.a_start, e.a_end), (e.b_start, e.b_end))
        message = (
            f"the translation adds negation '{c.cue}' to a positive statement"
            if c.direction == "added"
            else f"negation '{c.cue}' is lost: the translation states it positively"
        )
        new.append(
            _new_flag(
                rid,
                "negation",
                "negation",
                "critical",
                spans,
                message,
                "a negation added or removed alone in the diff",
            )
        )
    return new
