"""Negation: a statement negated on one side of an aligned row only.

Each side is split into clauses (`provenance.lang.cues.clauses`); a clause is *negated*
when it holds a sentence-negation cue after affirmative idioms are blanked out ("nothing
but", "не только", "nichts anderes als"), and *softly negative* when it holds only an
implicit or affixal negative ("without", "unrealistic", "недолго"). Several cues in one
clause count once, so Russian negative concord ("никто ничего не сказал") is one negation.

The check compares the number of negated clauses: a negated clause with no counterpart
is a polarity flip (critical), unless the other side has a softly negative clause that
can carry the same meaning ("nicht realistisch" = "unrealistic"). When both sides are
negated the same number of times and have several clauses, the clauses are matched by
embedding to catch a negation that moved to another clause ("he did not come, but she
came" → "he came, but she did not").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from provenance.checks.base import per_text, per_word, quote_spans
from provenance.lang.cues import clauses, compiled, prepared, scan_each
from provenance.model import Finding, PairView


@cache
def _zipf(word: str, code: str) -> float:
    from provenance.util.lexicon import zipf as zipf_frequency

    return zipf_frequency(word, code)


@per_word
def is_affixal_negative(word: str, code: str) -> bool:
    """`word` is a negative formed with a prefix whose stem is a word of its own
    ("unrealistic", "нереалистичный", "unverändert"): soft, never sentence negation."""
    cues = compiled(code)
    w = word.lower()
    if w in cues.exceptions:
        return False
    for p in cues.prefixes:
        stem = w[len(p) :]
        if w.startswith(p) and len(stem) >= 4:
            zs = _zipf(stem, code)
            # The stem must be a real word, clearly more common than the prefixed form.
            if zs >= 1.5 and zs > _zipf(w, code) + 0.3:
                return True
    return False


@dataclass
class ClausePolarity:
    start: int
    end: int
    cues: list[tuple[int, int]]  # sentence-negation cue spans
    soft: bool  # holds an implicit or affixal negative

    @property
    def negated(self) -> bool:
        return bool(self.cues)

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2


@per_text
def polarity(text: str, code: str) -> list[ClausePolarity]:
    """Clauses of `text` with their negation cues (shared, read-only: see `per_text`)."""
    low = prepared(text, code)
    cues = compiled(code)
    negations, softs, prefixed = scan_each(
        low, (cues.negation, cues.soft, cues.prefixed_words), cues.polarity_union
    )
    hard = [(m.start(), m.end()) for m in negations]
    soft_at = [m.start() for m in softs]
    affixal = []
    for m in prefixed:
        w = m.group(0)  # a word of `words(low)`, perhaps without the prefix ("non -x" for "non-")
        if w.startswith(cues.prefixes) and is_affixal_negative(w, code):
            affixal.append((m.start(), m.end()))
    # Litotes: a negation right before an affixal negative ("not unlikely", "nicht
    # unwichtig", "не невозможно") cancels out; it is no denial.
    litotes = {
        h for h in hard for a, _ in affixal if 0 < a - h[1] <= 2 and not low[h[1] : a].strip()
    }
    hard = [h for h in hard if h not in litotes]
    soft_at += [a for a, _ in affixal]
    out = []
    for c in clauses(text, code):
        out.append(
            ClausePolarity(
                c.start,
                c.end,
                [(a, b) for a, b in hard if c.start <= a < c.end],
                any(c.start <= a < c.end for a in soft_at),
            )
        )
    return out


def _counterpart(c: ClausePolarity, n_text: int, other: list[ClausePolarity], m_text: int) -> int:
    """Index of the clause of `other` at the same relative position as `c`."""
    rel = c.middle / max(n_text, 1)
    pos = rel * m_text
    for i, o in enumerate(other):
        if o.start <= pos < o.end:
            return i
    return len(other) - 1


def _quote(text: str, spans: list[tuple[int, int]]) -> str:
    return quote_spans(text, spans, 3)


class NegationCheck:
    name = "negation"
    types = ("negation",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        st, tt = pair.src.text, pair.tgt.text
        sp = polarity(st, pair.src.lang)
        tp = polarity(tt, pair.tgt.lang)
        neg_s = [i for i, c in enumerate(sp) if c.negated]
        neg_t = [i for i, c in enumerate(tp) if c.negated]
        soft_s = sum(1 for c in sp if c.soft and not c.negated)
        soft_t = sum(1 for c in tp if c.soft and not c.negated)
        found: list[Finding] = []
        if len(neg_s) - len(neg_t) - soft_t > 0:
            i = self._unmatched(sp, neg_s, len(st), tp, len(tt))
            j = _counterpart(sp[i], len(st), tp, len(tt))
            found.append(
                Finding(
                    type="negation",
                    severity="critical",
                    message=f"negation {_quote(st, sp[i].cues)} is lost: "
                    f"the translation states it positively",
                    key=f"negation:{i}",
                    src_spans=list(sp[i].cues),
                    tgt_spans=[(tp[j].start, tp[j].end)],
                    detail={"direction": "lost"},
                )
            )
        elif len(neg_t) - len(neg_s) - soft_s > 0:
            j = self._unmatched(tp, neg_t, len(tt), sp, len(st))
            i = _counterpart(tp[j], len(tt), sp, len(st))
            found.append(
                Finding(
                    type="negation",
                    severity="critical",
                    message=f"the translation adds negation {_quote(tt, tp[j].cues)} "
                    f"to a positive statement",
                    key=f"negation:{i}",
                    src_spans=[(sp[i].start, sp[i].end)],
                    tgt_spans=list(tp[j].cues),
                    detail={"direction": "added"},
                )
            )
        elif neg_s and len(neg_s) == len(neg_t) and len(sp) > 1 and len(tp) > 1:
            found.extend(self._moved(pair, sp, tp))
        return found

    @staticmethod
    def _unmatched(
        side: list[ClausePolarity], negs: list[int], n: int, other: list[ClausePolarity], m: int
    ) -> int:
        """The negated clause of `side` whose counterpart on `other` is not negated."""
        for i in negs:
            o = other[_counterpart(side[i], n, other, m)]
            if not o.negated and not o.soft:
                return i
        return negs[-1]

    @staticmethod
    def _moved(pair: PairView, sp: list[ClausePolarity], tp: list[ClausePolarity]) -> list[Finding]:
        """Same number of negations, but on clauses that do not correspond."""
        if pair.embed is None:
            return []
        st, tt = pair.src.text, pair.tgt.text

        # Cheap test first: a moved negation leaves, by relative position, a negated
        # clause facing a positive one in *both* directions. Otherwise nothing moved
        # and no embedding is spent.
        def misplaced(a: list[ClausePolarity], n: int, b: list[ClausePolarity], m: int) -> bool:
            return any(
                not (o := b[_counterpart(c, n, b, m)]).negated and not o.soft
                for c in a
                if c.negated
            )

        if not (misplaced(sp, len(st), tp, len(tt)) and misplaced(tp, len(tt), sp, len(st))):
            return []
        vs = pair.embed([st[c.start : c.end] for c in sp])
        vt = pair.embed([tt[c.start : c.end] for c in tp])
        sim = vs @ vt.T
        out = []
        for i, c in enumerate(sp):
            if not c.negated:
                continue
            j = int(np.argmax(sim[i]))
            # Only when the match is clear both ways (clause i and j are each other's
            # best match, by a margin) and the translation's negated clause in turn
            # matches a positive source clause.
            if int(np.argmax(sim[:, j])) != i or sim[i, j] < 0.55:
                continue
            if len(tp) > 1 and sim[i, j] - np.partition(sim[i], -2)[-2] < 0.1:
                continue
            back = [int(np.argmax(sim[:, k])) for k, t in enumerate(tp) if t.negated]
            if any(sp[b].negated or sp[b].soft for b in back):
                continue
            if not tp[j].negated and not tp[j].soft:
                out.append(
                    Finding(
                        type="negation",
                        severity="critical",
                        message=f"negation {_quote(st, c.cues)} moved to another clause: "
                        f"'{tt[tp[j].start : tp[j].end].strip()}' is stated positively",
                        key=f"negation:{i}",
                        src_spans=list(c.cues),
                        tgt_spans=[(tp[j].start, tp[j].end)],
                        detail={"direction": "moved"},
                    )
                )
                break
        return out
