"""Tense: the time a translation refers to is not the source's.

"Parliament will pass the reform" → "Parliament passed the reform" changes no number,
no name and no polarity, and sentence embeddings barely notice; but a plan became a
fact. Each side of a row gets a time profile: how many finite verb groups are marked
future, past, or *open* (a perfect or a conditional, which translations render either
way), with the rest present, the unmarked default. The language reads its own verbs:
its tense reader in `provenance/lang/<code>/tense.py` (see `provenance.lang.tense`),
from word data in its `cues.py` (`TenseCues`); a language without one gets no tense flags.

Some pasts may stand for a present ("soft" pasts): a perfect whose result holds (German
"hat ... gelesen", a Russian perfective "перестали", French "a signé"), a verb of saying
(German news writes "erklärt" where English writes "said"), and English tenses
back-shifted after a past verb of saying ("said he wanted" = "sagte, er wolle").

Present against future is *not* a drift: "Die Wahl findet morgen statt" = "The
election will be held tomorrow". What is:

- future ↔ past (the future count falls and the past count rises, or the reverse):
  **major** when a "will" / "wird" / "будет" future is involved, the past side has no
  future left, and it has more pasts even without those of reported speech ("said", a
  back-shifted "was") and without the other side's perfects, which translations
  render as pasts; **minor** otherwise (a weak future, "könnten beginnen" → "began", a
  future left on both sides, or a past that reported speech may explain). Counting
  rather than comparing sets keeps
  reported speech apart: "said the vote would be held" (past + future) is not "said the
  vote was held" (past + past);
- present ↔ past, the future unchanged, with nothing open and no soft past on either
  side → **minor**: "is rising" → "rose".

A French future after a row that narrates the past (futur historique, see
`TenseReader.narration`) is weak evidence: such a shift is minor.

`Finding.key` is "tense:<the translation's time>", so a change carried along a chain is
reported once, on the hop where it appears.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Literal

from provenance import lang as lang_data
from provenance.checks.base import per_text, quote_spans
from provenance.extract.dates import extract_dates
from provenance.lang.cues import clauses
from provenance.lang.tense import Span, TenseReader, Time, TimeProfile
from provenance.model import Finding, PairView, Segment

__all__ = ["TenseCheck", "TimeProfile", "compare", "profile"]


@cache
def _saying(code: str) -> frozenset[str]:
    return lang_data.data(code, "speech").verbs


@per_text
def profile(text: str, code: str) -> TimeProfile:
    """The time profile of `text` (empty for a language without tense data). Cached:
    a document's rows are read on two pairs (a hop and end to end); do not mutate."""
    reader: TenseReader | None = lang_data.optional(code, "tense")
    if reader is None:
        return TimeProfile()
    tense = lang_data.data(code, "cues").tense
    prof = reader.read(text, tense)
    if prof.future and tense.future_clause_openers:
        _drop_clause_futures(prof, text, code, tense.future_clause_openers, tense.adverbial_openers)
    if prof.strong_future and _conditional_sentence(text, code):
        # "if the court decides, Congress will lose": what follows from a condition is
        # not announced, so its future is a weak one (as "would", "könnte")
        prof.prospective += [s for s in prof.future if s not in prof.prospective]
    saying = _saying(code)
    said_at = [a for a, b in prof.past if text[a:b].lower() in saying]
    for a, b in prof.past:
        backshift = reader.backshift_after_saying and any(s < a for s in said_at)
        if a in said_at or (backshift and text[a:b].lower() in reader.backshifted_states):
            prof.reported.append((a, b))
        if (a in said_at or backshift) and (a, b) not in prof.soft_past:
            prof.soft_past.append((a, b))
    return prof


def _drop_clause_futures(
    prof: TimeProfile,
    text: str,
    code: str,
    openers: frozenset[str],
    adverbial: frozenset[tuple[str, str]],
) -> None:
    """Leave out the futures of clauses that open with a conjunction of condition or time
    (`TenseCues.future_clause_openers`): "если суд примет решение" is "if the court
    decides", a future of the clause's grammar that the other language says as a present."""
    low = text.lower()
    grammatical = [
        c
        for c in clauses(text, code)
        if openers.intersection((first := _WORD.findall(low, c.start, c.end)[:3])[:2])
        and not adverbial.intersection(pairwise(first))
    ]
    if not grammatical:
        return

    def inside(span: Span) -> bool:
        return any(c.start <= span[0] < c.end for c in grammatical)

    prof.future[:] = [s for s in prof.future if not inside(s)]
    prof.prospective[:] = [s for s in prof.prospective if not inside(s)]


_WORD = re.compile(r"\w+")
# conjunctions of the `conditional_openers` lists that ask rather than set a condition
_ASKING = frozenset({"whether", "ob"})


def _conditional_sentence(text: str, code: str) -> bool:
    """A clause of `text` opens with a conjunction of condition ("if", "если", "falls")."""
    openers = set(lang_data.data(code, "cues").conditional_openers) - _ASKING
    low = text.lower()
    return any(
        openers.intersection(_WORD.findall(low, c.start, c.end)[:2]) for c in clauses(text, code)
    )


@dataclass(frozen=True)
class Shift:
    src: Time | Literal["present"]
    tgt: Time | Literal["present"]
    severity: Literal["major", "minor"]
    why: str


def compare(s: TimeProfile, t: TimeProfile) -> Shift | None:
    """The time shift from source profile `s` to translation profile `t`, if any."""
    fs, ft, ps, pt = len(s.future), len(t.future), len(s.past), len(t.past)
    # A future stated with "will" / "wird" / "будет" traded for a past is major; one
    # stated only by a conditional modal ("könnten beginnen" → "began") is minor.
    # Major only when the past side has no future left: with a future on both sides the
    # counts differ as often by how verbs are coordinated ("will come back and heal" =
    # "вернется и исцелит") or which participle is read as a past.
    if fs > ft and pt > ps:
        strong = s.strong_future > t.strong_future  # the future lost was a strong one
        sev = "major" if strong and ft == 0 and _past_gained(s, t) else "minor"
        return Shift("future", "past", sev, "what the source announces is reported as done")
    if ft > fs and ps > pt:
        strong = t.strong_future > s.strong_future
        sev = "major" if strong and fs == 0 and _past_gained(t, s) else "minor"
        return Shift("past", "future", sev, "what the source reports as done is announced")
    # Present against past only where neither side's past may be a present in
    # disguise: "hat ... gelesen" and "перестали бояться" are rendered as past or as a
    # present result alike, "erklärt" and "said" are both the news convention.
    if s.open or t.open or s.soft_past or t.soft_past or fs != ft:
        return None
    if ps == 0 and pt > 0:
        return Shift("present", "past", "minor", "a present state is reported as past")
    if pt == 0 and ps > 0:
        return Shift("past", "present", "minor", "a past event is reported as present")
    return None


def _past_gained(before: TimeProfile, after: TimeProfile) -> bool:
    """`after` states more pasts than `before` even leaving out what a faithful
    translation turns into a past: the verbs of saying and back-shifted states of
    reported speech ("said his concern was" = "sagte, die Sorge sei"), and `before`'s
    perfects, which one language says as a past ("have been given" = "wurden
    verabreicht")."""
    gained = len(after.past) - len(after.reported)
    return gained > len(before.past) - len(before.reported) + len(before.open)


def _shown(p: TimeProfile, time: str) -> list[Span]:
    if time == "present":
        return []
    return sorted(getattr(p, time))


class TenseCheck:
    name = "tense"
    # the signature says which rules made a report (2: real-text round; 3: major only
    # with no future left on the past side, German participles beside an auxiliary; 4:
    # the future of a conditional or temporal clause is grammar, not a prediction;
    # German "werden" with a participle spelt like an infinitive, "würde" + participle,
    # habitual "will often", the future of a conditional sentence a weak one; 5: clauses
    # keep numbers whole ("150,000", "10:30"))
    # 6: French futur historique weak; futur antérieur, Futur II open
    # 7: French -aire/-ier presents, "allait" + infinitive, verb-final "werden,"
    # 8: "que nous -ions" subjunctive, German -te inside an article's phrase, "hieß es",
    # the French futur proche of a narrative sentence weak
    # 9: French future stems of -e_er / -eler / -yer verbs, "si" / "comme si" + imparfait
    # open, "a dit" one past, more narrative markers; English "after that" no temporal clause
    # 10: a French pronominal passé composé ("s'est produit") a past; English ", expected
    # to" a participle
    # 11: the French passé simple a soft past (narration), "aurait dû" a past
    # conditional; a German -te form after an adjective and a comma an attribute
    # 12: German "bis zu", "bis 2018" open no clause, so no future there is the grammar's
    # 13: a French future after a row that narrates the past (futur historique) is weak
    # 14: ... in the imparfait, passé simple or plus-que-parfait only (not the passé
    # composé of news), and not when the future's row names a weekday or a coming day
    # 15: French participles read from their stem ("a exigé", "ont disparu"), "nous
    # avions" / "étions" a past, five-letter imparfaits ("tuait"), a match's "à la 40e
    # minute" narrative
    version = "15"
    types = ("meaning",)

    def __init__(self) -> None:
        self._views: list[PairView] = []
        self._index: dict[int, int] = {}

    def prepare(self, views: Sequence[PairView]) -> None:
        """Remember the document pair's rows: a future is read against the row before."""
        self._views = list(views)
        self._index = {id(v): k for k, v in enumerate(self._views)}

    def _before(self, pair: PairView, side: str) -> Segment | None:
        """The nearest earlier row's segment on `side` (not one repeating this row: a file
        of variants, a test suite, the drift suite)."""
        row = self._index.get(id(pair))
        if row is None or self._views[row] is not pair:
            return None
        for k in range(row - 1, max(-1, row - 3), -1):
            v = self._views[k]
            if v.src.text == pair.src.text or v.tgt.text == pair.tgt.text:
                continue
            seg = v.src if side == "src" else v.tgt
            if not seg.empty:
                return seg
        return None

    def _narrated(self, pair: PairView, side: str) -> bool:
        """`side` is in a language that narrates the past in the future (the French futur
        historique) and its row before narrates the past in the tenses of narration
        (`TenseReader.narration`: not the passé composé of news), beyond reported speech,
        with no future (a row that announces anything is no narration), and the future's
        own row names no day from the dateline on (a weekday, "demain", "la semaine
        prochaine": "Il comparaîtra lundi" announces). "Il entrait en 1990 au parti. Il
        en deviendra le président" = "Er wurde ihr Präsident": the future is a past told
        from inside the story, as a conditional is a future told from the past, so
        against a past it is a weak future (minor), not a plan reported as done."""
        seg = pair.src if side == "src" else pair.tgt
        reader: TenseReader | None = lang_data.optional(seg.lang, "tense")
        if reader is None or reader.narration is None:
            return False
        before = self._before(pair, side)
        if before is None or before.lang != seg.lang:
            return False
        p = profile(before.text, before.lang)
        if p.future or not reader.narration(before.text, p):
            return False
        return not any(
            d.weekday is not None or (d.relative is not None and "-" not in d.relative)
            for d in extract_dates(seg.text, seg.lang)
        )

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        s = profile(pair.src.text, pair.src.lang)
        t = profile(pair.tgt.text, pair.tgt.lang)
        shift = compare(s, t)
        if shift is None:
            return []
        future_side = "src" if shift.src == "future" else "tgt"
        if shift.severity == "major" and self._narrated(pair, future_side):
            shift = Shift(shift.src, shift.tgt, "minor", shift.why)
        src_spans, tgt_spans = _shown(s, shift.src), _shown(t, shift.tgt)
        src_words = quote_spans(pair.src.text, src_spans, 2) or "present"
        tgt_words = quote_spans(pair.tgt.text, tgt_spans, 2) or "present"
        return [
            Finding(
                type="meaning",
                severity=shift.severity,
                message=f"tense: {src_words} ({shift.src}) became {tgt_words} ({shift.tgt}): "
                f"{shift.why}",
                key=f"tense:{shift.tgt}",
                src_spans=src_spans,
                tgt_spans=tgt_spans,
                detail={"check": "tense", "source_time": shift.src, "translation_time": shift.tgt},
            )
        ]
