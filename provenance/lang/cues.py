"""Cue data for the meaning checks (negation, certainty, clauses) and the helpers that read it.

Each `provenance/lang/<code>/cues.py` exposes `DATA = CueData(...)`. Cues are regular
expressions matched on the *lower-cased* text, each written with its own word
boundaries, so a language can say "n't", "ne … pas" or "скорее всего" as naturally as
a single word.

Negation is split three ways, because translators move freely between them:

- `negation`: sentence negation ("not", "nicht", "не"): a clause holding one is negated;
  several in one clause ("ничего не", "ни … ни … не") count once.
- `soft_negation`: implicit or affixal negatives ("without", "fail", "unable", "недолго",
  "unrealistic"): not sentence negation, but a faithful translation may render a negated
  clause with one ("nicht realistisch" = "unrealistic"), so they excuse a missing negation
  and never create one.
- `affirmative_idioms`: negative-looking phrases that assert ("nothing but", "не только",
  "тем не менее"): blanked out before anything is counted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from provenance import lang as lang_data
from provenance.util.memo import memoised


@dataclass(frozen=True)
class TenseCues:
    """Word data for the tense check (`provenance.checks.tense`); the per-language logic
    that reads it lives there. All words are lower-case."""

    # Finite auxiliaries that make a future with an infinitive ("will", "wird", "va").
    future_aux: frozenset[str] = frozenset()
    # Periphrastic futures as regexes on the lower-cased text ("going to", "va partir").
    future_phrases: tuple[str, ...] = ()
    # Finite forms that are past by themselves ("was", "had", "war", "wurde", "était").
    past_aux: frozenset[str] = frozenset()
    # Auxiliaries that with a past participle make a *past* tense (German "hat gesagt",
    # French "a dit": the perfect is the spoken past there).
    past_perfect_aux: frozenset[str] = frozenset()
    # Auxiliaries that with a participle make a form translations render either as past
    # or as present ("has risen", "ist geschlossen"): no time reference.
    perfect_aux: frozenset[str] = frozenset()
    # Verbs (infinitives) whose perfect with that "be" auxiliary is a past: change of
    # place or state ("ist gestiegen", "est tombé"), unlike a state ("ist geschlossen").
    past_with_be: frozenset[str] = frozenset()
    # Conditional / subjunctive markers ("could", "hätte", "бы"): no time reference.
    irrealis: frozenset[str] = frozenset()
    # Conditional modals that with a simple infinitive point ahead ("would rise",
    # "might fall", "könnte beginnen", "dürfte steigen": a possible or reported future);
    # with a perfect infinitive ("might have", "könnte ... haben") they are open.
    prospective: frozenset[str] = frozenset()
    # Present-tense finite auxiliaries ("is", "does", "can"): evidence of present.
    present_aux: frozenset[str] = frozenset()
    # Irregular simple-past forms (English "went", German strong Präteritum stems "ging").
    past_forms: frozenset[str] = frozenset()
    # Irregular past participles ("gone", "taken").
    participles: frozenset[str] = frozenset()
    # Words before a participle that make it an adjective ("the planned reform", "die
    # erhöhten Steuern") rather than a finite past.
    modifiers: frozenset[str] = frozenset()
    # Words shaped like verb forms that are not ("indeed", "hundred"; "morgen", "offen").
    non_verbs: frozenset[str] = frozenset()
    # German verb prefixes, so a prefixed strong form is recognised ("verlor", "annahm").
    prefixes: tuple[str, ...] = ()
    # Irregular future / conditional stems (French "ser-a", "pourr-ait", "viendr-ont").
    future_stems: frozenset[str] = frozenset()
    # Conjunctions of condition and time ("if", "when", "если", "когда", "quand"): Russian
    # and French put a future in their clause where English and German put a present
    # ("если суд примет" = "if the court decides", "quand il viendra" = "wenn er kommt"),
    # so a future there is the clause's grammar, not a prediction of its own.
    future_clause_openers: frozenset[str] = frozenset()
    # An opener followed by one of these words is an adverbial phrase, no conjunction:
    # "After that, Bayern will face Barcelona" (= danach) announces, as "After he arrives"
    # does not. (opener, next word) pairs.
    adverbial_openers: frozenset[tuple[str, str]] = frozenset()


# A polarity lexicon: concept id -> (words stating its positive pole, words stating its
# negative pole). The concept ids are shared by all languages.
Polarity = Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]


@dataclass(frozen=True)
class CueData:
    negation: tuple[str, ...]
    soft_negation: tuple[str, ...]
    # Prefixes of affixal negation ("un", "не"): a prefixed word whose stem is itself a
    # frequent word is a soft negative ("unchanged" = un + changed, "недолго" = не + долго).
    negative_prefixes: tuple[str, ...]
    # Words that look prefixed but are not negatives (checked before the stem test).
    affixal_exceptions: frozenset[str]
    affirmative_idioms: tuple[str, ...]
    # Strong hedges: a statement of likelihood, not fact ("may", "vielleicht", "возможно").
    hedges: tuple[str, ...]
    # Weak hedges: modal verbs that often mean ability or permission ("can", "kann",
    # "может"); they keep a hedge alive in a translation but are weak evidence of one.
    weak_hedges: tuple[str, ...]
    assertions: tuple[str, ...]
    # Reported speech that carries a prediction as fact ("said it would", "sagte, es werde").
    reported_assertions: tuple[str, ...]
    # Words that open a new clause (conjunctions, complementisers, relative pronouns):
    # regular expressions, each read between word boundaries ("bis" not before "zu").
    clause_openers: tuple[str, ...]
    # The weak hedges that are present-tense modals of possibility ("can", "kann",
    # "может", "можно"): gone without trace while the translation asserts a future
    # ("will", "wird", "снизится"), the possibility became a prediction.
    possibility_modals: tuple[str, ...] = ()
    # The same modals in the past ("konnte"), which are no hedges: a translation that
    # puts a future in their place with no modal left turned what could be done into a
    # prediction.
    past_possibility_modals: tuple[str, ...] = ()
    # Words that predict as a future auxiliary does, beyond `tense.future_aux` (Russian
    # "будет": the tense reader counts Russian futures by aspect, not by an auxiliary),
    # and endings that fuse one to its subject ("I'll").
    prediction_auxiliaries: frozenset[str] = frozenset()
    future_clitics: tuple[str, ...] = ()
    # Future auxiliaries that predict only after some subjects, with a regex that must
    # match the text up to the auxiliary: English "shall" after "I"/"we" (after any other
    # subject it states an obligation: "the need ... shall first be reviewed").
    subject_bound_futures: tuple[tuple[str, str], ...] = ()
    # Change-of-time cues by the direction they state (provenance.checks.direction):
    # brought forward ("vorgezogen", "досрочные"), put back ("verschoben", "postponed"),
    # or only moved ("перенесены", "rescheduled"). A word that is ambiguous outside
    # scheduling ("advance", "move", "перенести") carries its own look-ahead for a time
    # expression, so "advance the cause" or "перенёс операцию" is no cue.
    shift_earlier: tuple[str, ...] = ()
    shift_later: tuple[str, ...] = ()
    shift_neutral: tuple[str, ...] = ()
    # Evaluative and directional concepts with two poles (provenance.checks.antonyms):
    # rise/fall, win/lose, allow/ban ... Entries are lemmas (matched against a word and
    # its lemma); an entry with a space or a backslash is a regex on the lower-cased
    # text ("go up", r"an\s+wert\s+verl\w*");
    # a capitalised German entry is a noun that also matches as the head of a compound
    # ("Erhöhung" in "Steuererhöhung").
    polarity: Polarity = field(default_factory=dict)
    # A third, steady value for some concepts ("unchanged", "unverändert", "без изменений"
    # for increase): a row that says "left unchanged" on one side and "raised" on the
    # other is as reversed as one that says "raised" and "cut".
    polarity_steady: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Regexes for phrases where a polarity word does not state its concept ("no longer",
    # "nicht mehr", "close to"): blanked before the lexicon is looked up.
    polarity_idioms: tuple[str, ...] = ()
    # Separable verb particles (German "ab" in "lehnte ... ab" = ablehnen).
    separable_particles: frozenset[str] = frozenset()
    # Negation words that continue an earlier negation of the same sentence ("neither ...
    # nor", "ни ... ни"): one negation, however many clauses the list is split into.
    negation_correlatives: frozenset[str] = frozenset()
    # How to state a negation cue positively, for the embedding test of a polarity flip
    # (`provenance.checks.negation`): (regex on the lower-cased cue, replacement) pairs,
    # the first that matches is applied; a cue no pair matches is deleted.
    negation_removals: tuple[tuple[str, str], ...] = ()
    # The same for the implicit negatives of `soft_negation` ("without" → "with", "ohne"
    # → "mit", "без" → "с"); a soft cue no pair matches is deleted, an affixal negative
    # loses its prefix ("unable" → "able").
    soft_negation_removals: tuple[tuple[str, str], ...] = ()
    # Negations of continuation, stated positively as a whole: (regex over the lower-cased
    # text, matching a stretch that holds a negation cue, its positive): "no longer" →
    # "still", "nicht mehr" → "noch", "больше не" → "всё ещё", "n'est plus" → "est
    # toujours" (the positive may name the pattern's groups: `re.Match.expand`). Deleting
    # the cue alone leaves no statement ("a longer wish", "mehr retten konnte") for the
    # embedding test.
    continuation_negations: tuple[tuple[str, str], ...] = ()
    # Words that state success or ability outright ("managed", "was able", "gelang",
    # "réussi", "удалось" without "не"): a lexicalised negative spelled with a cue ("не
    # удалось") facing one is a plain denial of it (`negation._spelled`); facing a mere
    # positive ("ended up in prison" for "не удалось избежать тюрьмы") it may be a
    # paraphrase. Regexes on the lower-cased text, each with its own word boundaries.
    success_statements: tuple[str, ...] = ()
    # Negation cues fused with a modal of ability ("cannot", "can't", "couldn't"): (a regex
    # matching the whole lower-cased cue, the modal it denies), which is then the word the
    # negation denies for the word test of `provenance.checks.negation` ("cannot
    # quarantine" / "можем уйти на карантин": the modal is translated literally). The
    # modal is given, not cut from the cue: "can't" holds no "can".
    modal_negations: tuple[tuple[str, str], ...] = ()
    # Negative-concord words (a regex matching the whole lower-cased cue: Russian
    # "никто", "ничего", "никогда"), which negate a statement only beside a verbal negation
    # ("не", "нет"): a clause holding only these is no negated clause.
    negation_concord: str | None = None
    # The base of an affixal negative that is an adjective of possibility ("beatable",
    # "schlagbar", "évitable"): a regex the word without its prefix must match whole. Such
    # a negative is often more frequent than its base ("unbeatable", "unschlagbar"), so it
    # is one when its base merely exists in the word data (wordfreq, simplemma).
    potential_adjective: str | None = None
    # Where the negative prefixes deny adjectives and their nouns only, a prefixed verb is
    # no affixal negative: French "informer", "imposer", "définir" are Latin compounds,
    # and a "dé-" verb reverses rather than denies ("défaire" = undo: "ne pas défaire" is
    # no litotes), yet "ne dépasse pas" read as one cancelled its negation. (regex on a
    # verb lemma, its finite form) pairs: a word is a verb when its lemma (simplemma), or
    # the infinitive its participle ending points to (`participle_infinitive`), has a
    # finite form in the word data ("imposer" → "imposait"), which tells an infinitive
    # from a noun or adjective in "-re", "-er" ("désordre", "irrégulier"). Empty: every
    # prefixed word is read by its stem (English lists its Latin verbs instead).
    verb_finite_forms: tuple[tuple[str, str], ...] = ()
    participle_infinitive: tuple[str, str] | None = None
    # A prefix that denies verbs too (a regex matched at the word's start): a verb form
    # made of it and another verb form is an affixal negative. French "dés-" before a
    # vowel: "désobéi" (obéi), "désintéressé" (intéressé; "n'était pas désintéressé" is a
    # litotes), but not "désigne" ("igne" is no verb).
    verb_negating_prefix: str | None = None
    # A negation cue that negates a non-finite verb, a clause of its own ("not to make",
    # "to not make", "not wanting", "nicht zu gehen"): a regex matched at the cue. Its
    # cue does not cancel one before it ("are not calling on people to not make").
    nonfinite_negation: str | None = None
    # Words that open an indirect yes/no question ("whether", "ob"; regexes on the
    # lower-cased text): a negation inside one is the question's polarity, which
    # translators set freely ("the debate as to whether it shouldn't be made easier" =
    # "whether to make it easier"): a soft negative there, not a negated clause.
    question_openers: tuple[str, ...] = ()
    # Words of negative polarity that a question or condition uses where the other
    # language says a negation ("ob er überhaupt ... hätte" = "would never have",
    # "whether ... at all"): a regex on the lower-cased text. A flip facing one is
    # never critical.
    negative_polarity: tuple[str, ...] = ()
    # Words after which a negation denies a degree, a frequency or a quantity, not the
    # statement ("nicht immer astrein" = "a lot of dodgy dealing", "not always",
    # "не совсем"): a partial negation a translation may say positively. Lower-case.
    partial_negation: frozenset[str] = frozenset()
    # An affixal negative that is a litotes in one word ("немалые" = considerable,
    # "нередко" = often): its base is itself a word of smallness, rarity, badness or
    # obscurity, so the word states the positive. The language's test on the word as
    # written (`negation.litotes_flip` does not take one for the plain negative).
    one_word_litotes: Callable[[str], bool] | None = None
    # A negation of a predicative adjective ("nicht öffentlich sind"), which a translation
    # often says with the antonym ("private"): a regex on the lower-cased text from the
    # cue on. Such a flip is never critical.
    antonym_negation: str | None = None
    # A negation word that is an affix of an attribute ("nicht notwendige Reisen" =
    # non-essential trips): a regex on the text as written, matching from the cue on;
    # such a cue is a soft negative.
    attributive_negation: str | None = None
    # Negation cues that an affirmative idiom blanks but that negate all the same: the
    # spans, in the lower-cased text, of cues the language's test finds there (Russian
    # "пока не" is "until" before a perfective verb, "not yet" before an imperfective
    # present: "пока не уточняются" = not yet established).
    blanked_negations: Callable[[str], list[tuple[int, int]]] | None = None
    # A negative-concord word without its verbal negation that stands right beside a
    # verb ("никогда лгать", "ничего сделал"): ungrammatical, so the verb's "не" was lost;
    # the language's test on (lower-cased text, the word's span). Without a verb beside
    # it a lone concord word is elliptic ("но ничего существенного").
    stranded_concord: Callable[[str, int, int], bool] | None = None
    # Scalar words a negation right before them reverses without denying the statement
    # ("nicht nur" = not only, "not more than", "не более"): one regex per scale, the
    # same keys in every language ("only", "more", "less"), matched on the lower-cased
    # text; `scalar_negation` is the negation that may stand right before one ("not to
    # just", "nicht mehr als"). The idioms blank such a cue: a scale negated on one side
    # only, its plain word on the other, is what the negation check reads instead.
    scalar_words: Mapping[str, str] = field(default_factory=dict)
    scalar_negation: str | None = None
    # A word a negation right before it scopes over as a constituent, not the clause's
    # verb: an adjective or adverb ("nicht ursprünglich", "не вполне"), the language's
    # test on the word as written (pymorphy3's part of speech, simplemma's lemma; a German
    # noun is capitalised: "keine Masken" denies a noun, no constituent).
    constituent_word: Callable[[str], bool] | None = None
    # Assertions that are as often a passive or copula auxiliary ("wird verschoben" = is
    # postponed, not will postpone), and the language's test that tells, on the clause
    # around one, that it is a passive (`provenance.checks.certainty`).
    passive_auxiliaries: tuple[str, ...] = ()
    is_passive: Callable[[str], bool] | None = None
    # Words that open a condition ("if", "wenn", "если"): a future inside one states no
    # prediction ("если вина будет доказана" = "if proven"), so it is no assertion.
    conditional_openers: tuple[str, ...] = ()
    # Modality, second round (`provenance.checks.certainty`):
    # the strong hedges whose only sense is doubt about the statement ("may", "perhaps",
    # "vielleicht", "вероятно"; not "could", a past of "can", nor "suspected"): one added
    # to a statement without any modal is a softening the editor must look at;
    epistemic_hedges: tuple[str, ...] = ()
    # of those, the hedges of likelihood that keep a forecast a forecast ("will probably",
    # "wird voraussichtlich", "вероятно"), where "possibly" or "vielleicht" make it a
    # mere possibility; and the adverbs that state a forecast as certain ("sicher",
    # "certainly", "наверняка"), which no likelihood hedge renders;
    likelihood_hedges: tuple[str, ...] = ()
    certainty_adverbs: tuple[str, ...] = ()
    # the hedges that only mark a statement as hearsay ("apparently", "reportedly",
    # "angeblich", "якобы") and the grammar that does the same (German Konjunktiv I:
    # "werde", "sei", "könne"): either renders the other, so neither is a softening or
    # a hardening of it;
    reportative: tuple[str, ...] = ()
    reported_speech: tuple[str, ...] = ()
    # modals of ability or permission that are no hedge ("able to", "in der Lage",
    # "смогут", "darf"): a translation that keeps one has not turned a "can" into a claim.
    ability_modals: tuple[str, ...] = ()
    tense: TenseCues = TenseCues()

    @property
    def negative_concord(self) -> bool:
        """Whether the language has negative concord, read from its concord words: several
        negation cues in one clause make one negation ("никто не пришёл", "personne n'est
        venu"). Without it (English, German) two cues in one stretch of a clause cancel
        ("No one is not allowed to leave" = everyone may): the clause reads affirmative
        (`provenance.checks.negation`, `provenance.comparison.evidence`)."""
        return bool(self.negation_concord)


_WORD_PATTERN = r"\w+(?:[-'’]\w+)*"
_WORD = re.compile(_WORD_PATTERN)
# Where a word of `words()` starts: no word character before it, nor a word character and
# a hyphen or apostrophe (the word before would run on through those).
_WORD_START = r"(?<!\w)(?<!\w[-'’])"
# A comma, colon, semicolon, bracket or dash, or a hyphen between spaces; written to open
# with one character class, which `re` skips ahead to, instead of an alternation that it
# would enter at every position.
# Not a comma or colon between digits: "150,000", "0,5", "10:30" are one number or time.
# The character class first: a pattern that opens with a lookahead is tried at every
# position, one that opens with a class is searched for by that class (twice as fast);
# "12,5" and "10:30" are no break, tested behind the character as before it.
_PUNCT_BREAK = re.compile(r"[\s,;:()\u2013\u2014](?<!(?<=\d)[,:](?=\d))(?:(?<!\s)|(?<=\s)-\s)")
# At least three words of `words()` (each matched whole, as `findall` would), or not. A
# lookahead and a backreference hold each word whole, as an atomic group would (those need
# Python 3.11; this package supports 3.10).
_THREE_WORDS = re.compile(rf"(?=({_WORD_PATTERN}))\1\W+(?=({_WORD_PATTERN}))\2\W+\w")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+")


@dataclass(frozen=True)
class Compiled:
    negation: re.Pattern[str]
    soft: re.Pattern[str] | None
    idioms: re.Pattern[str] | None
    hedges: re.Pattern[str] | None
    weak_hedges: re.Pattern[str] | None
    assertions: re.Pattern[str] | None
    reported: re.Pattern[str] | None
    openers: re.Pattern[str] | None
    prefixes: tuple[str, ...]
    # The words of `words()` whose text from their start on begins with a prefix: a superset
    # of the prefixed words, found by one scan rather than a test of every word.
    prefixed_words: re.Pattern[str] | None
    # What `scan_each` scans for the negation check (negation, soft negation, prefixed
    # words) and for the certainty check (hedges, weak hedges, assertions, reported ones).
    polarity_union: re.Pattern[str]
    certainty_union: re.Pattern[str]
    exceptions: frozenset[str]


def _atom_end(pattern: str, i: int) -> int:
    """The index just after the atom that starts at `pattern[i]`: an escape, a character
    class, a group with everything in it, or one character."""
    c = pattern[i]
    if c == "\\":
        return i + 2
    if c == "[":
        j = i + 1
        j += pattern.startswith("^", j)
        j += pattern.startswith("]", j)  # a "]" first in a class is literal
        while pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        return j + 1
    if c == "(":
        j = i + 1
        while pattern[j] != ")":
            j = _atom_end(pattern, j)
        return j + 1
    return i + 1


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regex: `pattern` split at each "|" outside groups
    and character classes."""
    out, start, i = [], 0, 0
    while i < len(pattern):
        if pattern[i] == "|":
            out.append(pattern[start:i])
            start = i = i + 1
        else:
            i = _atom_end(pattern, i)
    out.append(pattern[start:])
    return out


_LOOKBEHIND = ("(?<=", "(?<!")
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)|\(\?P<")


def _bounded(branch: str) -> str | None:
    """`branch` without the word boundary it starts with (look-behinds before the boundary
    commute with it and stay), or None if it starts with none."""
    i = 0
    while branch.startswith(_LOOKBEHIND, i):
        i = _atom_end(branch, i)
    if not branch.startswith("\\b", i):
        return None
    return branch[:i] + branch[i + 2 :]


def _unfolded(branch: str) -> list[str]:
    """`(?:x)?rest` as the two branches `(?:x)rest` and `rest`, which `re` tries in the
    same order (the optional group is greedy); a branch that opens with a literal is
    skipped at once where that letter is not, one that opens with a repeat is entered.
    (Not with a capturing group, which would be duplicated.)"""
    if branch.startswith("(?:") and not _CAPTURING.search(branch):
        end = _atom_end(branch, 0)
        if branch[end : end + 1] == "?" and branch[end + 1 : end + 2] not in ("?", "+"):
            return [branch[:end] + branch[end + 1 :], branch[end + 1 :]]
    return [branch]


def alternation(patterns: Iterable[str]) -> str:
    r"""A regex that matches what `(?:p1)|(?:p2)|...` matches, with the same preference
    among alternatives, but tries less at each position of the text.

    `re` tries each alternative in turn at every position, and nearly every cue starts
    with a word boundary, which inside a word fails once per alternative. Here the
    patterns' top-level alternatives are listed in order and each run of consecutive ones
    that start with a boundary shares one: `\b(?:a|b)|c` for `\ba|\bb|c`. (Both try the
    alternatives at a position in the same order and stop at the first that matches; a
    look-behind before the boundary asks of the same position, so it may follow it.)
    Such an alternative that opens with an optional group is split in two (`_unfolded`)."""
    flat = [(b, _bounded(b)) for p in patterns for b in _branches(p)]
    out: list[str] = []
    for bounded, run in itertools.groupby(flat, key=lambda x: x[1] is not None):
        if bounded:
            rests = [r for _, rest in run for r in _unfolded(rest or "")]
            out.append(r"\b(?:" + "|".join(rests) + ")")
        else:
            out.extend(b for b, _ in run)
    return "|".join(out)


_NEVER = re.compile(r"(?!x)x")


def _alt(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(alternation(patterns))


def _prefixed_words(prefixes: tuple[str, ...]) -> str | None:
    if not prefixes:
        return None
    starts = "|".join(map(re.escape, prefixes))
    # Prefixes are letters: "no word character before" is then a word boundary, which lets
    # `alternation` test it with the other cues' boundary.
    start = r"\b(?<!\w[-'’])" if all(re.match(r"\w", p) for p in prefixes) else _WORD_START
    return f"{start}(?={starts}){_WORD_PATTERN}"


def scan_each(
    text: str, patterns: Sequence[re.Pattern[str] | None], union: re.Pattern[str]
) -> list[list[re.Match[str]]]:
    """The matches `p.finditer(text)` yields, for each of `patterns` (None: none), from one
    scan of `text` with `union`, which matches wherever one of them does (an `alternation`
    of their sources). Each pattern is tried only where the union matched (searched again
    from one past each hit, so also inside an earlier one), left to right, each match
    after the last, as its own scan would find them: a text holds a few cues, and a scan
    per cue list costs a pass over the text each."""
    starts = []
    m = union.search(text)
    while m:
        starts.append(m.start())
        m = union.search(text, m.start() + 1)
    out: list[list[re.Match[str]]] = []
    for pattern in patterns:
        found: list[re.Match[str]] = []
        end = 0
        for pos in starts if pattern is not None else ():
            if pos >= end and (m := pattern.match(text, pos)):
                if m.end() == m.start():  # empty: where `finditer` goes on is its own rule
                    found = list(pattern.finditer(text))
                    break
                found.append(m)
                end = m.end()
        out.append(found)
    return out


@cache
def compiled(code: str) -> Compiled:
    d: CueData = lang_data.data(code, "cues")
    prefixed = _prefixed_words(d.negative_prefixes)
    extra = (prefixed,) if prefixed else ()
    return Compiled(
        negation=_alt(d.negation) or _NEVER,
        soft=_alt(d.soft_negation),
        idioms=_alt(d.affirmative_idioms),
        hedges=_alt(d.hedges),
        weak_hedges=_alt(d.weak_hedges),
        assertions=_alt(d.assertions),
        reported=_alt(d.reported_assertions),
        openers=re.compile(r"\b(?:" + "|".join(d.clause_openers) + r")\b")
        if d.clause_openers
        else None,
        prefixes=tuple(sorted(d.negative_prefixes, key=len, reverse=True)),
        prefixed_words=re.compile(prefixed) if prefixed else None,
        polarity_union=_alt((*d.negation, *d.soft_negation, *extra)) or _NEVER,
        certainty_union=_alt((*d.hedges, *d.weak_hedges, *d.assertions, *d.reported_assertions))
        or _NEVER,
        exceptions=d.affixal_exceptions,
    )


def blank(text: str, pattern: re.Pattern[str] | None) -> str:
    """`text` with every match of `pattern` replaced by spaces (offsets stay valid)."""
    if pattern is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


# Several checks (negation, certainty, direction, antonyms, tense, coverage) analyse each
# row side; the preparation and the clause split are done once per text.
# (`provenance.util.memo.clear` forgets them.)
TEXT_CACHE = 16_384


@memoised(TEXT_CACHE)
def prepared(text: str, code: str) -> str:
    """Lower-cased text with the affirmative idioms blanked out; offsets match `text`."""
    low = text.lower()
    # str.lower() keeps the length for the scripts we support; guard anyway.
    if len(low) != len(text):
        low = "".join(c.lower()[:1] or c for c in text)
    return blank(low, compiled(code).idioms)


class Clause(NamedTuple):
    """A span of a text (a named tuple: a few are made for every text)."""

    start: int
    end: int


@memoised(TEXT_CACHE)
def clauses(text: str, code: str) -> list[Clause]:
    """Split a sentence (or a row's sentences) into clauses: at punctuation that separates
    clauses and before words that open one. Good enough to scope negation and to find
    the part of a sentence a translation dropped; not a parser. The list is shared
    (memoised): read-only."""
    low = text.lower()
    cuts = {0, len(text)}
    cuts.update(map(re.Match.end, _PUNCT_BREAK.finditer(low)))
    cuts.update(map(re.Match.end, _SENTENCE_BREAK.finditer(low)))
    op = compiled(code).openers
    if op is not None:
        cuts.update(map(re.Match.start, op.finditer(low)))
    edges = sorted(cuts)
    out: list[Clause] = []
    for a, b in itertools.pairwise(edges):
        if _WORD.search(text, a, b):
            out.append(Clause(a, b))
    # Merge fragments without three words into a neighbour: "he said," is no clause.
    merged: list[Clause] = []
    for c in out:
        if merged and not _THREE_WORDS.search(text, c.start, c.end):
            merged[-1] = Clause(merged[-1].start, c.end)
        else:
            merged.append(c)
    if len(merged) > 1 and not _THREE_WORDS.search(text, merged[0].start, merged[0].end):
        merged[1] = Clause(merged[0].start, merged[1].end)
        merged.pop(0)
    return merged or [Clause(0, len(text))]


def words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))
