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
    r"|(?<=-)May\b"  # "mid-May", "early-May"
)


@dataclass
class Profile:
    strong: list[tuple[int, int]] = field(default_factory=list)
    weak: list[tuple[int, int]] = field(default_factory=list)
    asserts: list[tuple[int, int]] = field(default_factory=list)
    # Every weak modal found, also those the filters below take for ability ("wird ...
    # können" = will be able to): a translation that keeps one kept a modal.
    modals: list[tuple[int, int]] = field(default_factory=list)

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
    prof.asserts = _unconditional(
        text, code, reported + _not_passive(text, code, assertions), words_too=False
    )
    # A weak hedge inside a reported assertion ("said it would") is the assertion.
    prof.weak = [w for w in prof.weak if not any(a <= w[0] < b for a, b in prof.asserts)]
    prof.modals = prof.weak
    # A weak modal governed by an assertion in its clause is ability, not doubt: "wird
    # ... nicht aufhalten können" = "will not be able to stop" = "не сможет". (Not one
    # elsewhere in the sentence: "will receive less (the sum may be cut)".)
    if prof.asserts and not prof.strong:
        prof.weak = [w for w in prof.weak if not _same_clause(text, code, w[0], prof.asserts)]
    return prof


def _unconditional(
    text: str, code: str, spans: list[tuple[int, int]], words_too: bool = True
) -> list[tuple[int, int]]:
    """`spans` without those in a clause that opens with a condition ("if", "wenn",
    "если", or "и если"): "если вина будет доказана" = "if proven" predicts nothing.
    Unless `words_too`, a word of certainty stays: a condition suspends the event, not
    the writer's certainty ("auch wenn er bestimmt nur feiern wollte" = even though he
    surely only wanted to celebrate asserts "surely")."""
    openers = lang_data.data(code, "cues").conditional_openers
    if not spans or not openers:
        return spans
    low = text.lower()
    conditional = [
        c
        for c in clauses(text, code)
        if set(openers).intersection(_FIRST_WORD.findall(low, c.start, c.end)[:2])
    ]
    inside = [s for s in spans if any(c.start <= s[0] < c.end for c in conditional)]
    if not inside:
        return spans
    kept = set() if words_too else set(_certainty_words(inside, text, code))
    return [s for s in spans if s not in inside or s in kept]


_FIRST_WORD = re.compile(r"\w+(?:['’]\w+)?")


def _not_passive(text: str, code: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without the auxiliaries that make a passive in their clause ("wird
    verschoben" = is postponed): those assert nothing about the future."""
    data = lang_data.data(code, "cues")
    if data.is_passive is None or not spans:
        return spans
    aux = _passive_auxiliaries(code)
    futures: set[int] | None = None
    out = []
    for a, b in spans:
        if aux.fullmatch(text[a:b].lower()):
            if futures is None:
                from provenance.checks.tense import profile as time_profile

                futures = {s for s, _ in time_profile(text, code).future}
            if a in futures and _CLAUSE_END.match(text, b):
                # a verb-final future whose infinitive the tense reader found ("..., das
                # andere schützen wird,", "wie ... stattfinden werden."): a future, whatever
                # participle or -t verb its clause also holds ("befasst", "enthält")
                out.append((a, b))
                continue
            clause = next((c for c in clauses(text, code) if c.start <= a < c.end), None)
            if clause is not None and data.is_passive(text[clause.start : clause.end]):
                continue
        out.append((a, b))
    return out


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"“”„«»–-]|$)")


@cache
def _passive_auxiliaries(code: str) -> re.Pattern[str]:
    return re.compile(alternation(lang_data.data(code, "cues").passive_auxiliaries) or "(?!x)x")


def _same_clause(text: str, code: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    clause = next((c for c in clauses(text, code) if c.start <= pos < c.end), None)
    return clause is not None and any(clause.start <= a < clause.end for a, _ in spans)


@per_text
def asserts_future_ru(text: str) -> list[tuple[int, int]]:
    """Perfective future verbs of a Russian text ("снизится", "начнутся")."""
    low = text.lower()
    return [
        (m.start(), m.end())
        for m in re.finditer(r"\w+", low)
        if m.group(0).endswith(("ет", "ит", "ут", "ют", "ат", "ят", "тся"))
        and _ru_perfective_future(m.group(0))
        # a negated perfective future is as often inability as a prediction: "новая
        # метла много не наметет" = can't sweep much, "не успеет" = won't manage to
        and not _NEGATED_BEFORE.search(low, max(0, m.start() - 40), m.start())
    ]


_NEGATED_BEFORE = re.compile(r"\bне\s+(?:\w+\s+)?$")


def _quote(text: str, spans: list[tuple[int, int]]) -> str:
    return quote_spans(text, spans, 2)


class CertaintyCheck:
    name = "certainty"
    # the signature says which rules made a report (3: word-level round; 4: hearsay,
    # ability modals, epistemic softening, explicit futures only for "can"; 5: a
    # prediction traded for a possibility, the German modal infinitive, "gegebenenfalls";
    # 6: a "wird" that is no future asserts nothing, more hearsay forms;
    # 7: clauses keep numbers whole ("150,000", "10:30"))
    # 8: a word of certainty for a strong hedge asserts; more hedge data
    # 9: "как ... ожидают" a hedge, the noun "suspect" none; a perfective future softened minor
    # 10: German "mögen" with a clause-final infinitive is a modal
    # 11: "konnte" and "mag" traded for a future; a word of certainty for a strong hedge
    # beside a weak modal; hedges traded one for one for predictions
    # 12: a prediction traded one for one for a hedge of likelihood
    # 13: a German verb-final future asserts beside a participle or -t verb; a future
    # form of a clause of time is no word of certainty
    # 14: a future auxiliary traded for a modal of possibility major beside a Russian
    # perfective future; a "may" on a kept ability, or for a Konjunktiv I that is no
    # modal, is doubt added; "acknowledged ... would", "определённо"; a future traded for
    # a modal of possibility also beside the source's own modals of possibility
    # 15: a conditional perfect ("would have transpired") keeps no trade of hedges for
    # predictions from being counted
    # 16: reported "könne" a modal of possibility; a word of certainty asserts inside a
    # condition; "shall" predicts only after "I" / "we"; "ought to" a modal
    # 17: German "bis" before "zu"/"zum"/"zur" or a number opens no clause (shared split)
    # 18: a hedge added beside a prediction the translation keeps in its clause ("will
    # probably report") is minor, and no prediction traded
    # 19: Russian perfective futures a prediction traded when the translation renders
    # another with a future auxiliary
    version = "19"
    types = ("modality",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        st, tt = pair.src.text, pair.tgt.text
        ps = profile(st, pair.src.lang)
        pt = profile(tt, pair.tgt.lang)
        asserts = _assertions(pt, tt, pair.tgt.lang, ps.hedged and not pt.strong)
        # Hardened: no hedge left at all, or a strong hedge replaced by an assertion with
        # at most a weak modal left ("dürfte zusammenbrechen" → "believes ... will
        # collapse"), or a modal of possibility replaced by a future with no modal left
        # ("могут опуститься, считает" → "will fall, believes").
        if (
            (ps.hedged and not pt.hedged)
            or (ps.strong and not pt.strong and asserts)
            or (not pt.strong and _possibility_lost(pair, ps, pt, asserts))
        ):
            return self._hardened(pair, ps, pt, asserts)
        if not pt.strong and _possibility_gained(pair, ps, pt):
            # A trade: the source has no modal (or fewer modals of possibility than the
            # translation, and no other modal: `_possibility_gained`) and no future
            # auxiliary is left, so the modal stands where the auxiliary stood; the
            # translation's other futures
            # (a Russian perfective in a clause of its own, "которое исполнит" = that meets)
            # are no prediction kept ("will include" → "может включать").
            return self._softened(
                pair, ps, pt, _assertions(ps, st, pair.src.lang, True), traded=True
            )
        # A prediction traded for a hedge of likelihood while the source keeps a hedge
        # of its own ("будет малооблачно, осадков не ожидается" → "it may be mostly
        # clear, ... not expected"): the mirror of `_hedges_traded`.
        if _predictions_traded(pair, ps, pt):
            return self._softened(
                pair, ps, pt, _assertions(ps, st, pair.src.lang, True), traded=True
            )
        if pt.strong and not ps.strong:
            src_asserts = _predictions(_assertions(ps, st, pair.src.lang, True), st, pair.src.lang)
            # a statement, or an assertion traded for a hedge ("будут получать" → "may
            # receive") while a modal elsewhere in the row stays
            if (
                not ps.hedged
                or len(pt.asserts) < len(src_asserts)
                or _ability_doubted(pair, ps, pt)
            ):
                return self._softened(pair, ps, pt, src_asserts)
        # Hedges traded for predictions one for one while other hedges stay ("might ...
        # and might" → "wird ... und könnte"; "могут упасть ..., могут завершить" → "will
        # fall ..., could end"). (The mirror, predictions traded for hedges, flagged
        # faithful rows of the held-out references: not read.)
        if _hedges_traded(pair, ps, pt):
            return self._hardened(pair, ps, pt, asserts, traded=True)
        return []

    def _hardened(
        self,
        pair: PairView,
        ps: Profile,
        pt: Profile,
        asserts: list[tuple[int, int]],
        traded: bool = False,
    ) -> list[Finding]:
        st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
        # A weak modal rendered by a modal of ability ("kann" → "will be able to") or one
        # the filters took for ability is a modal kept; a hearsay hedge rendered by
        # hearsay grammar ("angeblich" → Konjunktiv I "sei") is the hedge kept.
        if not ps.strong and not traded and _modal_kept(pt, tt, tl):
            return []
        if ps.strong and _all_found(st, ps.strong, sl, "reportative") and _hearsay(tt, tl):
            return []
        hedge = ps.strong or ps.weak or _past_possibility(st, sl)
        # Major only with evidence on both sides: a strong hedge ("may", "dürfte",
        # "вероятно"; a weak modal is as often ability as doubt) gone without trace, and
        # an assertion in its place, more than the source makes outside its hedged
        # clauses (the translation's "will" may be the source's own). A hedge merely
        # missing may be said with words the cue lists lack.
        # A word of certainty the source has none of ("несомненно", "zweifellos") is an
        # assertion in a strong hedge's place whatever the futures count (languages
        # count them apart: a negated Russian perfective future is no assertion, "won't"
        # is).
        certain = bool(_certainty_words(asserts, tt, tl)) and not _certainty_words(
            ps.asserts, st, sl
        )
        new_assertion = len(asserts) > len(_unhedged(ps, st, sl)) or certain
        # A present modal of possibility ("can", "может") is a hedge too when the
        # translation, with no modal left, predicts instead ("могут упасть" → "will
        # fall"); as ability it would have stayed a modal ("will be able to"). Only a
        # future auxiliary is that prediction: a certainty adverb is as often a
        # translator's emphasis ("certainement", "точно"), and a Russian perfective
        # future as often the generic or potential present ("can lead to" = "приведет").
        possibility = not ps.strong and _possibility_lost(pair, ps, pt, asserts)
        # A strong hedge traded for a word of certainty ("vielleicht" → "bestimmt",
        # "возможно" → "несомненно") is the hardening however many weak modals ("kann",
        # "может") the row keeps beside it: those render the source's other modals, and no
        # translator says a doubt with "certainly".
        strong = bool(ps.strong) and (not pt.hedged or certain)
        severity: Severity = (
            "major" if (strong or possibility or traded) and new_assertion else "minor"
        )
        if not ps.hedged and severity == "minor":
            return []  # a past modal is no hedge: only its trade for a new future tells
        became = f"the assertion {_quote(tt, asserts)}" if asserts else "a plain statement"
        return [
            Finding(
                type="modality",
                severity=severity,
                message=f"{'hedge' if ps.hedged else 'modal'} {_quote(st, hedge)} became {became}",
                key="modality:hardened",
                src_spans=hedge[:2],
                tgt_spans=asserts[:2],
                detail={"direction": "hardened"},
            )
        ]

    def _softened(
        self,
        pair: PairView,
        ps: Profile,
        pt: Profile,
        src_asserts: list[tuple[int, int]],
        traded: bool = False,
    ) -> list[Finding]:
        st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
        # Hearsay rendered as hearsay: Konjunktiv I "werde" → "apparently".
        if _all_found(tt, pt.strong, tl, "reportative") and _hearsay(st, sl):
            return []
        # Major when the source asserts ("will", "wird" with an infinitive, a Russian
        # perfective future) and the translation hedges it, keeping fewer assertions; or
        # when the translation adds a hedge of likelihood ("may", "vielleicht",
        # "вероятно") to a source with no modal, no condition and no hearsay at all.
        weakened = len(_predictions(_assertions(pt, tt, tl, True), tt, tl)) < len(src_asserts)
        if weakened and not ps.asserts and not _found(tt, tl, "epistemic_hedges", pt.strong):
            # The source asserts only with Russian perfective futures, as often a forecast
            # or a potential present ("давление составит 750 мм" = "is expected to be")
            # as a prediction (as for hardening, above), and the translation's hedge
            # states no likelihood ("expected to", "could"): weak evidence, minor.
            weakened = False
        # A hedge beside a prediction the translation keeps ("wird ... melden" → "will
        # probably report", "s'étonneront peut-être") qualifies that prediction: a
        # forecast is as often said with "voraussichtlich", "wohl", "probably" by a
        # faithful translator; what makes a plan a possibility is the prediction gone.
        doubt = _doubt_added(pair, ps, pt) and not _prediction_kept((st, sl, ps), (tt, tl, pt))
        severity: Severity = "major" if weakened or traded or doubt else "minor"
        hedge = pt.strong or pt.weak
        return [
            Finding(
                type="modality",
                severity=severity,
                message=f"the translation hedges with {_quote(tt, hedge)} "
                f"what the source {'asserts' if src_asserts else 'states'}",
                key="modality:softened",
                src_spans=src_asserts[:2],
                tgt_spans=hedge[:2],
                detail={"direction": "softened"},
            )
        ]


def _modal_kept(pt: Profile, text: str, code: str) -> bool:
    """The translation keeps a modal verb ("can", "should", "soll", "wird ... können")
    or one of ability ("will be able to", "смогут"); an opinion verb ("believes") among
    the weak hedges is no modal."""
    modal_verbs = _modal_verbs(code)
    return (
        any(text[a:b].lower() in modal_verbs for a, b in pt.modals)
        or _possibility(text, pt.modals, code)
        or _found(text, code, "ability_modals")
    )


@cache
def _modal_verbs(code: str) -> frozenset[str]:
    """The language's modal verbs, as its tense data lists them (present, conditional)."""
    t = lang_data.data(code, "cues").tense
    return t.present_aux | t.irrealis | t.prospective


def _possibility_lost(
    pair: PairView, ps: Profile, pt: Profile, asserts: list[tuple[int, int]]
) -> bool:
    """A present modal of possibility of the source ("can", "kann", "может") gave way
    to a future auxiliary with no modal of possibility or ability left."""
    st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
    if not _predicts(tt, asserts, tl) or _modal_kept(pt, tt, tl):
        return False
    if _possibility(st, ps.weak, sl):
        return True
    # A past modal counts only for a future that is not negated: "won't" says inability as
    # often as a prediction ("the car won't start"), as "konnte nicht bremsen" does.
    return bool(_past_possibility(st, sl)) and not any(
        _negated_clause(tt, tl, a) for a, b in asserts if _predicts(tt, [(a, b)], tl)
    )


def _negated_clause(text: str, code: str, pos: int) -> bool:
    """The clause of `text` at `pos` holds a sentence negation ("not", "nicht", "не")."""
    clause = next((c for c in clauses(text, code) if c.start <= pos < c.end), None)
    low = prepared(text, code)
    return (
        clause is not None
        and compiled(code).negation.search(low, clause.start, clause.end) is not None
    )


def _past_possibility(text: str, code: str) -> list[tuple[int, int]]:
    """The modals of possibility of `text` in the past ("konnte gelöscht werden" = could
    be put out): no hedge (as often what was achieved), but no translator renders one
    with a future either."""
    pattern = _cue_pattern(code, "past_possibility_modals")
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(prepared(text, code))]


def _possibility_gained(pair: PairView, ps: Profile, pt: Profile) -> bool:
    """The mirror of `_possibility_lost`: the source predicts with a future auxiliary
    ("will", "wird", "будут", reported "said it would") and no modal but modals of
    possibility, and the translation says more modals of possibility ("can", "kann",
    "могут"), no other modal, with no prediction left: "will operate" → "могут работать"
    is a plan become a possibility; "will be taken up …, which will decide whether a
    court can" → "может подниматься …, может ли суд" keeps the source's own "can".
    (A source modal of ability, "will be able to", is the modal a "can" keeps.)"""
    st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
    if not _possibility(tt, pt.weak, tl) or ps.strong:
        return False
    if ps.modals:  # (an opinion verb or another modal on either side: no count tells)
        hs, ht = _possibilities(st, ps.modals, sl), _possibilities(tt, pt.modals, tl)
        if hs < len(ps.modals) or ht < len(pt.modals) or ht <= hs:
            return False
    if _predicts(tt, _assertions(pt, tt, tl, True), tl) or _found(st, sl, "ability_modals"):
        return False
    return _future_verb(st, ps.asserts, sl) or _reported_future(st, ps.asserts, sl)


def _hedges_traded(pair: PairView, ps: Profile, pt: Profile) -> bool:
    """The translation says fewer strong hedges and modals of possibility than the
    source and, as many more, predictions (future auxiliaries, Russian perfective
    futures, words of certainty)."""
    if not ps.weak and not ps.strong:  # no hedge in the source: none to trade (most rows)
        return False
    st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
    # a translation's modal of ability keeps a modal of possibility ("können" → "will be
    # able to"): its "will" is no prediction
    if _found(tt, tl, "ability_modals"):
        return False
    hs, ht = _possibilities(st, ps.weak, sl), _possibilities(tt, pt.weak, tl)
    # nor may either side hold another weak modal or an opinion verb ("would", "soll",
    # "würde", "believes"): translators render those with a hedge or a future alike
    # ("would" ↔ "wird", "soll" ↔ "may"), so no count of the rest tells a trade
    # (a conditional perfect, "would have transpired", is the irrealis of a past, which
    # translators render with one, "hätten", never with a future: no such modal)
    if hs < len(ps.weak) - _irrealis_pasts(st, ps.weak, sl) or ht < len(pt.weak):
        return False
    # a translation's past modal of possibility is what an ambiguous "could" (past
    # ability or conditional) may stand for: "could not be reached" = "konnte nicht
    # erreicht werden" (a source's one traded for a future is `_possibility_lost`'s)
    hs += len(ps.strong)
    ht += len(pt.strong) + len(_past_possibility(tt, tl))
    fs = len(_predictions(_assertions(ps, st, sl, True), st, sl))
    ft = len(_predictions(_assertions(pt, tt, tl, True), tt, tl))
    # one for one: each hedge gone is a prediction come (a count off by segmentation or
    # by a free rendering of a long row is no trade)
    return ht < hs and hs - ht == ft - fs


# the word after a modal, and whether "to" follows it ("would have to pay" = müsste: an
# obligation, no conditional perfect)
_NEXT_WORD = re.compile(r"\s+(\w+(?:['’]\w+)?)(\s+to\b)?")


def _irrealis_pasts(text: str, spans: list[tuple[int, int]], code: str) -> int:
    """How many of the modals at `spans` a perfect auxiliary follows ("would have
    transpired"): a past irrealis."""
    perfect = lang_data.data(code, "cues").tense.perfect_aux
    nexts = (_NEXT_WORD.match(text, b) for _, b in spans)
    return sum(1 for m in nexts if m and m.group(1).lower() in perfect and not m.group(2))


def _predictions_traded(pair: PairView, ps: Profile, pt: Profile) -> bool:
    """The mirror of `_hedges_traded`: the translation says more strong hedges and modals
    of possibility than the source and as many fewer predictions, what it gained is a hedge
    of likelihood ("may", "vielleicht", "вероятно") and what it lost a future auxiliary
    ("will", "wird", "будет")."""
    if not pt.strong:  # no strong hedge gained: no hedge of likelihood (most rows)
        return False
    st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
    # an opinion verb or another weak modal ("would", "soll") on either side is as often
    # rendered by a hedge as by a future: no count tells a trade
    hs, ht = _possibilities(st, ps.modals, sl), _possibilities(tt, pt.modals, tl)
    if hs < len(ps.modals) or ht < len(pt.modals):
        return False
    # doubt gained: only a hedge of likelihood ("may", "vielleicht", "вероятно"); "could",
    # "expected to", "soll" render a conditional or a plan as often, and a modal of
    # possibility the dispositional "will" ("this will help" = "das kann helfen")
    if _epistemic(tt, pt.strong, tl) <= _epistemic(st, ps.strong, sl):
        return False
    hs += len(ps.strong) + len(_past_possibility(st, sl))
    ht += len(pt.strong)
    fs, ft = _claims(ps, st, sl), _claims(pt, tt, tl)
    # a Russian perfective future is as often a forecast or a potential present
    # ("давление составит 750 мм" = "is expected to be"): only a future auxiliary lost
    # is a prediction traded; one kept beside the hedge ("will probably report") is
    # the prediction qualified, not traded (counted also inside the hedged clauses)
    said = _all_predictions(pt, tt, tl)
    kept = sum(_predicts(tt, [f], tl) for f in said)
    aux = sum(_predicts(st, [f], sl) for f in _all_predictions(ps, st, sl)) - kept
    # ... unless the translation renders another of the source's perfective futures with
    # a future auxiliary: the translator read them as forecasts ("составит ..., составит"
    # → "will decline ..., may be"), and one of them became a possibility
    if sl == "ru" and kept and ft:
        aux = max(aux, len(fs) - len(ft))
    return aux > 0 and ht - hs == len(fs) - len(ft) > 0


def _epistemic(text: str, spans: list[tuple[int, int]], code: str) -> int:
    """How many of the strong hedges at `spans` are hedges of likelihood."""
    pattern = _cue_pattern(code, "epistemic_hedges")
    low = prepared(text, code)
    return 0 if pattern is None else sum(bool(pattern.match(low, a)) for a, _ in spans)


def _claims(prof: Profile, text: str, code: str) -> list[tuple[int, int]]:
    """The predictions of a side outside the clauses its strong hedges hold ("wird
    vielleicht regnen" = "может быть, пойдёт дождь")."""
    hedged = [c for c in clauses(text, code) if any(c.start <= a < c.end for a, _ in prof.strong)]
    return [
        (a, b)
        for a, b in _all_predictions(prof, text, code)
        if not any(c.start <= a < c.end for c in hedged)
    ]


def _all_predictions(prof: Profile, text: str, code: str) -> list[tuple[int, int]]:
    """The predictions of a side, Russian perfective futures also beside a hedge."""
    spans = prof.asserts
    if code == "ru":
        spans = sorted(set(spans) | set(_unconditional(text, code, asserts_future_ru(text))))
    return _predictions(spans, text, code)


def _predictions(spans: list[tuple[int, int]], text: str, code: str) -> list[tuple[int, int]]:
    """The assertions at `spans` that predict: a future auxiliary only where the
    language's tense reader reads a future with its infinitive ("wird ... erhöhen"), not
    the copula or passive the same word also is ("wird teurer" = is getting dearer, "wird
    ... los", "va à Paris"); certainty adverbs and reported futures as they are."""
    future_aux = lang_data.data(code, "cues").tense.future_aux
    aux = [s for s in spans if text[s[0] : s[1]].lower() in future_aux]
    if not aux:
        return spans
    from provenance.checks.tense import profile as time_profile

    futures = {a for a, _ in time_profile(text, code).future}
    return [s for s in spans if s not in aux or s[0] in futures]


def _future_verb(text: str, spans: list[tuple[int, int]], code: str) -> bool:
    """One of the assertions at `spans` is a future auxiliary that the language's tense
    reader reads as a future with its infinitive: not "wird ... los" (loswerden, a
    present), "wird teurer" (becomes), "wird gebaut" (a passive)."""
    from provenance.checks.tense import profile as time_profile

    futures = time_profile(text, code)
    strong = {a for a, _ in futures.future} - {a for a, _ in futures.prospective}
    return _predicts(text, spans, code) and any(a in strong for a, _ in spans)


def _reported_future(text: str, spans: list[tuple[int, int]], code: str) -> bool:
    """One of the assertions at `spans` is a future of reported speech ("said it
    would"), the past's "will"."""
    pattern = compiled(code).reported
    low = prepared(text, code)
    return pattern is not None and any(pattern.match(low, a) for a, _ in spans)


def _doubt_added(pair: PairView, ps: Profile, pt: Profile) -> bool:
    """The translation's hedge states likelihood and nothing else, and the source has
    nothing a faithful translator might render with one: no modal (also of ability or
    permission: "darf" = "may"), no condition ("если ..." = "might"), no hearsay."""
    st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
    if not _found(tt, tl, "epistemic_hedges", pt.strong):
        return False
    # (a source's modal of possibility that the translation keeps as one of ability,
    # "können" → "be able to", is no modal its "may" renders: `_ability_doubted`)
    modal = ps.modals or _found(st, sl, "ability_modals")
    if (modal and not _ability_doubted(pair, ps, pt)) or _hedged_hearsay(st, sl, tt, tl):
        return False
    return not _conditional(st, sl)


def _prediction_kept(plain: tuple[str, str, Profile], hedged: tuple[str, str, Profile]) -> bool:
    """The `plain` side (text, language, profile) predicts, with future forms alone (no
    word of certainty: "certainly" → "probably" is the certainty lost), and the `hedged`
    side says as many predictions, each of its strong hedges in the clause of one ("will
    probably report"; not "may be allowed - but there will be a guest", where the hedge
    took a prediction's place and another clause says its own)."""
    (st, sl, ps), (tt, tl, pt) = plain, hedged
    said = _all_predictions(ps, st, sl)
    if not said or _certainty_words(said, st, sl):
        return False
    # a forecast stated as certain by an adverb the cues do not read as an assertion
    # ("wird die Steuern ganz sicher erhöhen"), or hedged into a mere possibility
    # ("will possibly attack"): the certainty changed, not only its wording
    if _found(st, sl, "certainty_adverbs"):
        return False
    if not _all_found(tt, pt.strong, tl, "likelihood_hedges"):
        return False
    kept = _all_predictions(pt, tt, tl)
    if len(kept) < len(said):
        return False
    spans = [(c.start, c.end) for c in clauses(tt, tl)]
    return all(
        any(a <= h < b and any(a <= k < b for k, _ in kept) for a, b in spans) for h, _ in pt.strong
    )


def _hedged_hearsay(text: str, code: str, tgt: str, tl: str) -> bool:
    """`text` reports with a hedge of hearsay ("angeblich", "hieß es") that its
    translation `tgt` does not say as hearsay or with a verb of saying of its own ("it was
    stated"), or with reported speech whose verb is a modal or a conditional ("er könne"
    = he could, "il aurait démissionné" = he may have resigned): what a translator may say
    with "may". The mood of reported speech alone ("die Partei werde nicht geschwächt" =
    will not be weakened, he said) reports neutrally: no translator renders it with "may"."""
    if _found(text, code, "reportative") and not _says(tgt, tl):
        return True
    pattern = _cue_pattern(code, "reported_speech")
    if pattern is None:
        return False
    from provenance.checks.tense import profile as time_profile
    from provenance.lang.tense import lemma

    modals, tense = _modal_infinitives(code), lang_data.data(code, "cues").tense
    # a conditional by its form ("aurait", also with a participle) or as the tense reader
    # reads it ("démissionnerait")
    conditional = {a for a, _ in time_profile(text, code).prospective}
    return any(
        m.start() in conditional or word in tense.prospective or lemma(word, code) in modals
        for m in pattern.finditer(prepared(text, code))
        for word in m.group(0).split()[:1]
    )


def _says(text: str, code: str) -> bool:
    """`text` reports by a hedge of hearsay ("reportedly") or a verb of saying ("stated")."""
    verbs = lang_data.data(code, "speech").verbs
    return _found(text, code, "reportative") or not verbs.isdisjoint(_WORDS.findall(text.lower()))


_WORDS = re.compile(r"\w+")


@cache
def _modal_infinitives(code: str) -> frozenset[str]:
    """The lemmas of the language's present modals ("kann" → "können", "soll" →
    "sollen"), which are those of their reported forms ("könne", "solle")."""
    from provenance.lang.tense import lemma

    return frozenset(lemma(w, code) for w in lang_data.data(code, "cues").tense.present_aux)


def _ability_doubted(pair: PairView, ps: Profile, pt: Profile) -> bool:
    """The source's only modals are modals of possibility ("kann", "können") that the
    translation renders with a modal of ability and no other modal ("will be able to"),
    and the translation's strong hedges are hedges of likelihood on top ("may be able
    to"): the ability kept, doubt added."""
    st, tt, sl, tl = pair.src.text, pair.tgt.text, pair.src.lang, pair.tgt.lang
    if ps.strong or not ps.modals or _possibilities(st, ps.modals, sl) < len(ps.modals):
        return False
    if pt.modals or not _found(tt, tl, "ability_modals"):
        return False
    return _all_found(tt, pt.strong, tl, "epistemic_hedges")


def _conditional(text: str, code: str) -> bool:
    """`text` holds a condition ("if", "wenn", "если") or a verb in the conditional or
    subjunctive mood ("wäre", "бы", "serait"): either may be what a translator says
    with "might"."""
    data = lang_data.data(code, "cues")
    # (a conjunction is no mood: "чтобы" opens a clause of purpose; a single letter, "б"
    # for "бы", is as often the label of a list item)
    mood = {
        w
        for w in data.tense.irrealis | data.tense.prospective
        if len(w) > 1 and w not in data.clause_openers
    }
    irrealis = mood | set(data.conditional_openers)
    return not irrealis.isdisjoint(_FIRST_WORD.findall(text.lower()))


@cache
def _cue_pattern(code: str, kind: str) -> re.Pattern[str] | None:
    pats = getattr(lang_data.data(code, "cues"), kind)
    return re.compile(alternation(pats)) if pats else None


def _found(text: str, code: str, kind: str, within: list[tuple[int, int]] | None = None) -> bool:
    """A cue of the language's `kind` list occurs in `text` (or starts inside one of
    the spans `within`). Read only for rows that already have a candidate flag."""
    pattern = _cue_pattern(code, kind)
    if pattern is None:
        return False
    low = prepared(text, code)
    if within is None:
        return pattern.search(low) is not None
    return any(pattern.match(low, a) for a, _ in within)


def _all_found(text: str, spans: list[tuple[int, int]], code: str, kind: str) -> bool:
    """Each of `spans` is a cue of the language's `kind` list."""
    pattern = _cue_pattern(code, kind)
    low = prepared(text, code)
    return pattern is not None and all(pattern.match(low, a) for a, _ in spans)


def _hearsay(text: str, code: str) -> bool:
    """`text` marks what it says as reported: a hearsay hedge or hearsay grammar."""
    return _found(text, code, "reportative") or _found(text, code, "reported_speech")


@cache
def _possibility_pattern(code: str) -> re.Pattern[str] | None:
    pats = lang_data.data(code, "cues").possibility_modals
    return re.compile(alternation(pats)) if pats else None


def _possibility(text: str, spans: list[tuple[int, int]], code: str) -> bool:
    """One of the weak hedges at `spans` is a present modal of possibility."""
    return _possibilities(text, spans, code) > 0


def _possibilities(text: str, spans: list[tuple[int, int]], code: str) -> int:
    """How many of the weak hedges at `spans` are present modals of possibility."""
    pattern = _possibility_pattern(code)
    if pattern is None:
        return 0
    return sum(bool(pattern.fullmatch(text[a:b].lower())) for a, b in spans)


def _predicts(text: str, spans: list[tuple[int, int]], code: str) -> bool:
    """One of the assertions at `spans` is a future auxiliary ("will", "'ll", "wird",
    "будет"), not a certainty adverb nor a Russian perfective future; an auxiliary bound
    to some subjects ("shall": `subject_bound_futures`) only after one of them."""
    d = lang_data.data(code, "cues")
    future = d.tense.future_aux | d.prediction_auxiliaries
    bound = _subject_bound(code)
    for a, b in spans:
        words = text[a:b].lower().split()
        if not words:
            continue
        subject = bound.get(words[0])
        if subject is not None and not subject.search(text, 0, a):
            continue
        if words[0] in future or (d.future_clitics and words[0].endswith(d.future_clitics)):
            return True
    return False


@cache
def _subject_bound(code: str) -> dict[str, re.Pattern[str]]:
    d = lang_data.data(code, "cues")
    return {word: re.compile(before) for word, before in d.subject_bound_futures}


def _certainty_words(spans: list[tuple[int, int]], text: str, code: str) -> list[tuple[int, int]]:
    """The assertions at `spans` that state certainty by a word of their own
    ("certainly", "несомненно", "zweifellos"), not by a future tense ("will", "sera",
    "будет") nor a reported "would"."""
    if not spans:
        return []
    futures = _grammatical_futures(text, code)
    reported = compiled(code).reported
    low = prepared(text, code)
    return [
        (a, b)
        for a, b in spans
        if not _predicts(text, [(a, b)], code)
        and not any(fa < b and a < fb for fa, fb in futures)
        and not (reported is not None and reported.match(low, a))
    ]


def _grammatical_futures(text: str, code: str) -> list[tuple[int, int]]:
    """Every future tense form of `text` as its language's tense reader finds it, also
    those the tense check leaves out as grammar ("lorsque Daniel regagnera" = when he
    gets back): a future form states no certainty by a word of its own. (Read only for
    rows that already have a candidate flag.)"""
    reader = lang_data.optional(code, "tense")
    if reader is None:
        return []
    return reader.read(text, lang_data.data(code, "cues").tense).future


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
