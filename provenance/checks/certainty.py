"""Certainty (modality): a hedge on one side, an assertion or a bare statement on the other.

Each side gets a certainty profile from the cue data: strong hedges ("may", "dürfte",
"вероятно"), weak hedges (modal verbs that often mean ability: "can", "kann", "может"),
and assertions ("will", "wird", "обязательно", reported "said it would"). Russian has no
future auxiliary for perfective verbs ("снизится" = "will fall"), so a perfective future
verb found by pymorphy3 counts as an assertion too. An assertion inside a condition
("if", "wenn", "если") predicts nothing.

- source hedged, translation not hedged → the guess became a claim: *major* when the
  source hedge was strong, or a present modal of possibility ("can", "kann", "может")
  and the translation predicts a future in its place; *minor* otherwise;
- source not hedged, translation with a strong hedge → the claim was softened: *minor*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from provenance import lang as lang_data
from provenance.checks.base import per_text, per_word, quote_spans
from provenance.extract._text import ru_parse
from provenance.lang.cues import alternation, clauses, compiled, prepared, scan_each
from provenance.model import Finding, PairView, Severity

# "May" the month: capitalised inside a sentence, or next to a day number.
_MONTH_MAY = re.compile(
    r"(?<=[a-z,] )May\b|\bMay\s+\d|\d\.?\s+May\b|\b(?:in|of|since|until|by|on)\s+May\b"
)


@dataclass
class Profile:
    strong: list[tuple[int, int]] = field(default_factory=list)
    weak: list[tuple[int, int]] = field(default_factory=list)
    asserts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def hedged(self) -> bool:
        return bool(self.strong or self.weak)


@per_word
def _ru_perfective_future(word: str) -> bool:
    p = ru_parse(word)  # the parse the extractors and other checks share
    # "смогут" (will be able) is the modal of ability, a weak hedge, not an assertion
    future = {"VERB", "perf", "3per"} <= set(p.tag.grammemes) and "indc" in p.tag
    return future and p.normal_form != "смочь"


@per_text
def profile(text: str, code: str) -> Profile:
    """Hedges and assertions of `text` (shared, read-only: see `per_text`)."""
    low = prepared(text, code)
    cues = compiled(code)
    if code == "en" and "May" in text:  # (every form of the pattern holds "May")
        for m in _MONTH_MAY.finditer(text):
            a = m.group(0).find("May") + m.start()
            low = low[:a] + "   " + low[a + 3 :]
    hedges, weak, reported, assertions = (
        [(m.start(), m.end()) for m in found]
        for found in scan_each(
            low,
            (cues.hedges, cues.weak_hedges, cues.reported, cues.assertions),
            cues.certainty_union,
        )
    )
    prof = Profile(hedges, weak)
    prof.asserts = _unconditional(text, code, reported + _not_passive(text, code, assertions))
    # A weak hedge inside a reported assertion ("said it would") is the assertion.
    prof.weak = [w for w in prof.weak if not any(a <= w[0] < b for a, b in prof.asserts)]
    # A weak modal governed by an assertion in the same sentence is ability, not doubt:
    # "wird ... nicht aufhalten können" = "will not be able to stop" = "не сможет".
    if prof.asserts and not prof.strong:
        prof.weak = [w for w in prof.weak if not _same_sentence(low, w[0], prof.asserts)]
    return prof


def _unconditional(text: str, code: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without those in a clause that opens with a condition ("if", "wenn",
    "если", or "и если"): "если вина будет доказана" = "if proven" predicts nothing."""
    openers = lang_data.data(code, "cues").conditional_openers
    if not spans or not openers:
        return spans
    low = text.lower()
    conditional = [
        c
        for c in clauses(text, code)
        if set(openers).intersection(_FIRST_WORD.findall(low, c.start, c.end)[:2])
    ]
    return [s for s in spans if not any(c.start <= s[0] < c.end for c in conditional)]


_FIRST_WORD = re.compile(r"\w+(?:['’]\w+)?")


def _not_passive(text: str, code: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without the auxiliaries that make a passive in their clause ("wird
    verschoben" = is postponed): those assert nothing about the future."""
    data = lang_data.data(code, "cues")
    if data.is_passive is None or not spans:
        return spans
    aux = _passive_auxiliaries(code)
    out = []
    for a, b in spans:
        if aux.fullmatch(text[a:b].lower()):
            clause = next((c for c in clauses(text, code) if c.start <= a < c.end), None)
            if clause is not None and data.is_passive(text[clause.start : clause.end]):
                continue
        out.append((a, b))
    return out


@cache
def _passive_auxiliaries(code: str) -> re.Pattern[str]:
    return re.compile(alternation(lang_data.data(code, "cues").passive_auxiliaries) or "(?!x)x")


def _same_sentence(text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    start = max(text.rfind(c, 0, pos) for c in ".!?") + 1
    ends = [e for e in (text.find(c, pos) for c in ".!?") if e >= 0]
    end = min(ends) if ends else len(text)
    return any(start <= a < end for a, _ in spans)


@per_text
def asserts_future_ru(text: str) -> list[tuple[int, int]]:
    """Perfective future verbs of a Russian text ("снизится", "начнутся")."""
    return [
        (m.start(), m.end())
        for m in re.finditer(r"\w+", text.lower())
        if m.group(0).endswith(("ет", "ит", "ут", "ют", "ат", "ят", "тся"))
        and _ru_perfective_future(m.group(0))
    ]


def _quote(text: str, spans: list[tuple[int, int]]) -> str:
    return quote_spans(text, spans, 2)


class CertaintyCheck:
    name = "certainty"
    version = "3"  # the signature says which rules made a report (3: word-level round)
    types = ("modality",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        st, tt = pair.src.text, pair.tgt.text
        ps = profile(st, pair.src.lang)
        pt = profile(tt, pair.tgt.lang)
        asserts = _assertions(pt, tt, pair.tgt.lang, ps.hedged and not pt.strong)
        # Hardened: no hedge left at all, or a strong hedge replaced by an assertion with
        # at most a weak modal left ("dürfte zusammenbrechen" → "believes ... will collapse").
        if (ps.hedged and not pt.hedged) or (ps.strong and not pt.strong and asserts):
            hedge = ps.strong or ps.weak
            # Major only with evidence on both sides: a strong hedge ("may", "dürfte",
            # "вероятно"; a weak modal is as often ability as doubt) gone without trace,
            # and an assertion in its place (at least as many as the source makes outside
            # its hedged clauses). A hedge merely
            # missing may be said with words the cue lists lack.
            new_assertion = bool(asserts) and len(asserts) >= len(_unhedged(ps, st, pair.src.lang))
            # A present modal of possibility ("can", "может") is a hedge too when the
            # translation, with no modal left, predicts instead ("могут упасть" → "will
            # fall"); as ability it would have stayed a modal ("will be able to"). Only a
            # future is that prediction: a certainty adverb in its place is as often a
            # translator's emphasis ("certainement", "sicher", "точно").
            doubted = bool(ps.strong) or (
                _possibility(st, ps.weak, pair.src.lang) and _predicts(tt, asserts, pair.tgt.lang)
            )
            severity: Severity = "major" if doubted and not pt.hedged and new_assertion else "minor"
            became = f"the assertion {_quote(tt, asserts)}" if asserts else "a plain statement"
            return [
                Finding(
                    type="modality",
                    severity=severity,
                    message=f"hedge {_quote(st, hedge)} became {became}",
                    key="modality:hardened",
                    src_spans=hedge[:2],
                    tgt_spans=asserts[:2],
                    detail={"direction": "hardened"},
                )
            ]
        if pt.strong and not ps.hedged:
            src_asserts = _assertions(ps, st, pair.src.lang, True)
            # Major when the source asserts ("will", "wird" with an infinitive, a Russian
            # perfective future) and the translation hedges it, keeping fewer assertions.
            severity = "major" if len(pt.asserts) < len(src_asserts) else "minor"
            return [
                Finding(
                    type="modality",
                    severity=severity,
                    message=f"the translation hedges with {_quote(tt, pt.strong)} "
                    f"what the source {'asserts' if src_asserts else 'states'}",
                    key="modality:softened",
                    src_spans=src_asserts[:2],
                    tgt_spans=pt.strong[:2],
                    detail={"direction": "softened"},
                )
            ]
        return []


@cache
def _possibility_pattern(code: str) -> re.Pattern[str] | None:
    pats = lang_data.data(code, "cues").possibility_modals
    return re.compile(alternation(pats)) if pats else None


def _possibility(text: str, spans: list[tuple[int, int]], code: str) -> bool:
    """One of the weak hedges at `spans` is a present modal of possibility."""
    pattern = _possibility_pattern(code)
    return pattern is not None and any(pattern.fullmatch(text[a:b].lower()) for a, b in spans)


_RU_FUTURE_BE = frozenset({"буду", "будет", "будут", "будем", "будешь", "будете"})


def _predicts(text: str, spans: list[tuple[int, int]], code: str) -> bool:
    """One of the assertions at `spans` is a future ("will", "'ll", "wird", "будет", a
    Russian perfective future such as "снизится"), not a certainty adverb."""
    future = lang_data.data(code, "cues").tense.future_aux | _RU_FUTURE_BE
    perfective = set(asserts_future_ru(text)) if code == "ru" else set()
    for a, b in spans:
        words = text[a:b].lower().split()
        if not words:
            continue
        if words[0] in future or words[0].endswith(("'ll", "’ll")) or (a, b) in perfective:
            return True
    return False


def _unhedged(prof: Profile, text: str, code: str) -> list[tuple[int, int]]:
    """The assertions of a side outside the clauses its hedges are in ("wird
    wahrscheinlich sinken" asserts nothing; "perhaps X - but Y will" asserts Y)."""
    hedged = [c for c in clauses(text, code) if any(c.start <= a < c.end for a, _ in prof.strong)]
    return [s for s in prof.asserts if not any(c.start <= s[0] < c.end for c in hedged)]


def _assertions(prof: Profile, text: str, code: str, future_too: bool) -> list[tuple[int, int]]:
    """The assertions of a side; for Russian, when asked, also its perfective future
    verbs ("снизится" = "will fall"), each a "will" in translation."""
    if not future_too or code != "ru" or prof.strong:
        return prof.asserts
    return sorted(set(prof.asserts) | set(_unconditional(text, code, asserts_future_ru(text))))
