"""The negation check's round-4 rules, each with sentences written for the test, in every
language it touches: negative concord, lexicalised and temporal negatives, hyphenated
cues, soft-only flips, what keeps a flip from critical, and the clause counterfactual."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import (
    CLAUSE_GAIN,
    CRITICAL_GAIN,
    Flip,
    NegationCheck,
    find_flip,
    flip_severity,
    polarity,
    restated,
)


def negated(text: str, lang: str) -> int:
    return sum(c.negated for c in polarity(text, lang))


def softs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[a:b], k) for c in polarity(text, lang) for a, b, k in c.soft_spans]


# --- what counts as a negation ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Никто не пришёл на собрание.", 1),
        ("Он никогда не видел моря.", 1),
        ("Обещаете никогда лгать нам?", 0),  # the concord word lost its "не"
        ("Было бы ещё ничего, если бы он позвонил.", 0),  # "ничего" = fine
        # "пока не" + imperfective present = not yet; + perfective = until
        ("Причины аварии пока не уточняются.", 1),
        ("Подождём, пока не закончится дождь.", 0),
        ("Мы ждём, пока не придут родители.", 0),
    ],
)
def test_russian_concord_words_negate_only_beside_a_verbal_negation(text: str, n: int) -> None:
    assert negated(text, "ru") == n


def test_a_lone_concord_word_beside_a_verb_lost_its_negation() -> None:
    # Russian wants "не" before the verb of "никогда", "никто": without it the "не" was
    # dropped, whatever the encoder says (major, never critical: "никогда" still hints).
    assert softs("Обещаете никогда лгать нам?", "ru") == [("никогда", "stranded")]
    flip = find_flip(one_line_pair("Nobody knows the answer.", "en", "Никто знает ответ.", "ru"))
    assert flip is not None and flip.direction == "lost"
    assert flip.stranded and not flip.excused
    assert flip_severity(flip, -0.01) == "major" and flip_severity(flip, None) == "major"


@pytest.mark.parametrize(
    "text",
    [
        "Было бы ещё ничего, если бы он позвонил.",  # "быть" is no verb to negate here
        "Сейчас помощь нужна как никогда.",  # = than ever
        "Что бы ни случилось, мы придём.",  # = whatever
    ],
)
def test_a_concord_word_in_an_idiom_or_without_a_verb_is_not_stranded(text: str) -> None:
    assert not any(kind == "stranded" for _, kind in softs(text, "ru"))


def test_an_elliptic_concord_word_excuses_only_as_a_soft_negative_elsewhere() -> None:
    pair = one_line_pair(
        "He added: but nothing of substance.", "en", "Он добавил: но ничего существенного.", "ru"
    )
    assert softs(pair.tgt.text, "ru") == [("ничего", "concord")]
    flip = find_flip(pair)
    assert flip is not None and flip.direction == "lost" and not flip.stranded
    assert flip.excused and not flip.excused_here
    assert flip_severity(flip, 0.004) is None and flip_severity(flip, 0.03) == "major"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Водитель не справился с управлением.", "ru"),
        ("Ему не удалось получить поддержку.", "ru"),
    ],
)
def test_a_negation_inside_a_lexicalised_negative_is_that_negative(text: str, lang: str) -> None:
    (clause,) = polarity(text, lang)
    assert not clause.negated and clause.lexical


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Results are expected only after the summer.", "en"),
        ("Ergebnisse werden erst nach dem Sommer erwartet.", "de"),
        ("Результаты ожидаются лишь после лета.", "ru"),
        ("It is hard to escape that impression.", "en"),
        ("Die Bank widersprach der Behauptung.", "de"),
        ("Tui hat die Flüge gestrichen.", "de"),
        ("Туристов предостерегли от поездок.", "ru"),
        ("He called for an end to the protests.", "en"),
        ("The other treatments have still to be evaluated.", "en"),
        ("The plate was gone.", "en"),
        ("Im Nu sei dann das Nummernschild weg.", "de"),
        ("Das soll Ihnen harten Lernaufwand ersparen.", "de"),
    ],
)
def test_implicit_negatives_of_time_difficulty_and_denial_are_soft(text: str, lang: str) -> None:
    assert negated(text, lang) == 0
    assert any(c.lexical for c in polarity(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Protests against the plan grew.", "en"),
        ("Die Proteste gegen den Plan wuchsen.", "de"),
        ("Протесты против плана росли.", "ru"),
    ],
)
def test_against_is_no_negative(text: str, lang: str) -> None:
    assert not any(c.soft for c in polarity(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Most citizens are against the reform.", "en"),
        ("Die meisten Bürger sind gegen die Reform.", "de"),
        ("Большинство граждан против реформы.", "ru"),
    ],
)
def test_against_as_a_stance_is_a_soft_negative(text: str, lang: str) -> None:
    # "are against" = "do not support": it may carry a negation the other side states
    assert any(c.lexical for c in polarity(text, lang))
    flip = find_flip(one_line_pair("Die Bürger unterstützen die Reform nicht.", "de", text, lang))
    assert flip is not None and flip.excused_here


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It was not the only setback of the night.", "en"),
        ("Es war nicht der einzige Rückschlag des Abends.", "de"),
        ("Это была не единственная неудача вечера.", "ru"),
        ("Der Vorwurf ist nicht von der Hand zu weisen.", "de"),
        ("Man kann sich des Eindrucks nicht erwehren.", "de"),
        ("She made a not-so-subtle hint.", "en"),
        ("The party filed a no-confidence motion.", "en"),
    ],
)
def test_assertions_that_look_negative_are_no_negation(text: str, lang: str) -> None:
    assert negated(text, lang) == 0


def test_a_hyphenated_prefix_is_an_affixal_negative() -> None:
    assert softs("Avoid non-essential travel.", "en") == [("non-essential", "affixal")]


# --- restating a negation positively ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "positive"),
    [
        ("He was unable to go without help.", "en", "He was able to go with help."),
        ("Er kam ohne Hilfe.", "de", "Er kam mit Hilfe."),
        ("Он пришёл без помощи.", "ru", "Он пришёл с помощью."),
        (
            "Er wurde mit nicht lebensbedrohlichen Verletzungen gebracht.",
            "de",
            "Er wurde mit lebensbedrohlichen Verletzungen gebracht.",
        ),
    ],
)
def test_soft_negatives_are_restated_positively(text: str, lang: str, positive: str) -> None:
    spans = [x for c in polarity(text, lang) for x in c.soft_spans]
    out = restated(text, (), lang, spans)
    # "с помощью" needs the instrumental; the test asks for the preposition only
    assert out.split()[:3] == positive.split()[:3]


# --- soft-only flips -------------------------------------------------------------------


def test_a_soft_negative_facing_no_negation_is_a_soft_flip() -> None:
    flip = find_flip(
        one_line_pair(
            "The man was taken to hospital with minor injuries.",
            "en",
            "Der Mann kam mit nicht lebensbedrohlichen Verletzungen ins Krankenhaus.",
            "de",
        )
    )
    assert flip is not None and flip.soft and flip.direction == "added"
    # a soft negative is weak evidence: minor at most, and only with the embedding's word
    assert flip_severity(flip, 0.05) == "minor"
    assert flip_severity(flip, 0.02) is None
    assert flip_severity(flip, None) is None  # never without the encoder


def test_a_mere_soft_word_makes_no_soft_flip() -> None:
    # "missed" is too often said with another word: no flip is read from it
    assert (
        find_flip(one_line_pair("He missed the train.", "en", "Er verpasste den Zug.", "de"))
        is None
    )


# --- what keeps a flip from critical ---------------------------------------------------


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # a word of negative polarity in an indirect question says the negation
        (
            "He would never have been given the job.",
            "Man fragt sich, ob er den Job überhaupt bekommen hätte.",
            "en,de",
        ),
        ("Он никогда бы не получил эту работу.", "One wonders whether he ever got it.", "ru,en"),
        # a negated predicative adjective is often its antonym's translation
        ("Their accounts are private.", "Ihre Konten nicht öffentlich sind.", "en,de"),
        # a soft negative on the other side
        ("He did not see the sign.", "He overlooked the sign and failed to stop.", "en,en"),
    ],
)
def test_a_flip_that_is_not_plain_is_never_critical(src: str, tgt: str, langs: str) -> None:
    sl, tl = langs.split(",")
    flip = find_flip(one_line_pair(src, sl, tgt, tl))
    assert flip is not None and not flip.plain
    assert flip_severity(flip, 0.05) != "critical"
    assert flip_severity(flip, None) != "critical"


def test_a_plain_flip_is_critical() -> None:
    flip = find_flip(one_line_pair("Der Minister kam nicht.", "de", "The minister came.", "en"))
    assert flip is not None and flip.plain and flip.presence
    assert flip_severity(flip, CRITICAL_GAIN) == "critical"


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        ("There is a lot of dodgy dealing.", "Es geht nicht immer astrein zu.", "en,de"),
        ("The plan is risky.", "Этот план не совсем надёжен.", "en,ru"),
        ("Er war nicht ganz ehrlich.", "He was honest.", "de,en"),
    ],
)
def test_a_partial_negation_is_major_only_with_a_strong_gain(src: str, tgt: str, langs) -> None:
    sl, tl = langs.split(",")
    flip = find_flip(one_line_pair(src, sl, tgt, tl))
    assert flip is not None and flip.partial
    assert flip_severity(flip, 0.015) == "minor"
    assert flip_severity(flip, CRITICAL_GAIN) == "major"


# --- the clause counterfactual ---------------------------------------------------------


def _toy_embed(texts: Sequence[str]) -> np.ndarray:
    """Bag of word stems (their first four letters), with the negation as a weak
    dimension of its own, as a sentence encoder treats it: a flip in one clause of a long
    sentence hardly moves the sentence, but moves the clause."""
    out = np.zeros((len(texts), 257), dtype=np.float32)
    for k, t in enumerate(texts):
        for w in re.findall(r"\w+", t.lower()):
            if w == "not":
                out[k, -1] += 0.5
            elif len(w) > 3:
                out[k, sum(map(ord, w[:4])) % 256] += 1
        out[k] /= max(float(np.linalg.norm(out[k])), 1e-9)
    return out


_LONG = (
    "The minister signed the treaty, while delegates from eleven northern provinces "
    "debated fishing quotas, harbour fees, pension reforms, railway subsidies, forest "
    "protection, teacher salaries, hospital budgets, customs tariffs, border patrols, "
    "water prices and broadband coverage until midnight."
)


def test_the_clause_counterfactual_catches_a_flip_the_sentence_drowns() -> None:
    tgt = _LONG.replace("signed", "did not sign")
    pair = one_line_pair(_LONG, "en", tgt, "en", embed=_toy_embed)
    flip = find_flip(pair)
    assert flip is not None and flip.presence and flip.direction == "added"
    gain = neg.flip_gain(pair, flip)
    assert flip_severity(flip, gain) == "minor"  # the sentence alone says minor
    cgain = neg.clause_gain(pair, flip)
    assert cgain is not None and cgain >= CLAUSE_GAIN
    check = NegationCheck()
    check.prepare([pair])
    (found,) = check(pair)
    assert found.severity == "major" and found.detail["evidence"] == "clause"


def test_no_clause_counterfactual_without_a_clear_translation() -> None:
    # the negated clause has no counterpart similar enough: the sentence's word stands
    pair = one_line_pair("Rain fell.", "en", "The minister did not sign.", "en", embed=_toy_embed)
    flip = find_flip(pair)
    assert flip is not None
    assert neg.clause_gain(pair, flip) is None


def test_flip_records_how_plain_it_is_by_default() -> None:
    plain = Flip("lost", 0, 0, presence=True, excused=False, excused_here=False)
    assert plain.plain and not plain.partial and not plain.soft


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        (
            "He would never have been handed the post.",
            "Man fragt sich, ob er den Posten überhaupt bekommen hätte.",
            "en,de",
        ),
        ("Er hat nie gewonnen.", "One wonders whether he won at all.", "de,en"),
        ("He has never won.", "Неясно, выигрывал ли он когда-либо.", "en,ru"),
    ],
)
def test_a_word_of_negative_polarity_may_carry_the_negation(src: str, tgt: str, langs) -> None:
    sl, tl = langs.split(",")
    flip = find_flip(one_line_pair(src, sl, tgt, tl))
    assert flip is not None and flip.excused and not flip.plain
    assert flip_severity(flip, 0.05) != "critical"


def test_keinster_is_a_negation_restated_as_jeder() -> None:
    text = "Das hat sich in keinster Weise geändert."
    assert negated(text, "de") == 1
    (clause,) = polarity(text, "de")
    assert restated(text, clause.cues, "de") == "Das hat sich in jeder Weise geändert."


# --- the word-level test ----------------------------------------------------------------


def _word_embed(texts: Sequence[str]) -> np.ndarray:
    """Bag of word stems with the negation as a faint dimension (a sentence encoder barely
    notices it), and "declined" a word that says the negation in other words."""
    out = np.zeros((len(texts), 257), dtype=np.float32)
    for k, t in enumerate(texts):
        for w in re.findall(r"\w+", t.lower()):
            if w in ("not", "declined"):
                out[k, -1] += 0.1 if w == "not" else 1.0
            elif len(w) > 3:
                out[k, sum(map(ord, w[:4])) % 256] += 1
        out[k] /= max(float(np.linalg.norm(out[k])), 1e-9)
    return out


_SIGNED = "The minister signed the treaty on Monday in Brussels after long talks."


def test_the_word_test_catches_a_negation_added_before_a_literally_translated_verb() -> None:
    pair = one_line_pair(
        _SIGNED, "en", _SIGNED.replace("signed", "did not sign"), "en", embed=_word_embed
    )
    flip = find_flip(pair)
    assert flip is not None and flip.presence
    gain = neg.flip_gain(pair, flip)
    assert flip_severity(flip, gain) == "minor"  # the sentence alone drowns it
    assert neg.word_flip(pair, flip) == ("sign", "signed")
    check = NegationCheck()
    check.prepare([pair])
    (found,) = check(pair)
    assert found.severity == "major" and found.detail["evidence"] == "word"


def test_the_word_test_yields_to_a_word_that_carries_the_negation() -> None:
    src = "The minister declined to sign the treaty on Monday in Brussels after long talks."
    pair = one_line_pair(
        src, "en", _SIGNED.replace("signed", "did not sign"), "en", embed=_word_embed
    )
    flip = find_flip(pair)
    assert flip is not None and flip.presence
    assert neg.word_flip(pair, flip) is None
    # version 15: "declined to" is itself an implicit negative, so the flip is excused
    # (it was a minor flag before)
    assert flip.excused and NegationCheck()(pair) == []


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        ("Der Antrag wurde nicht angenommen.", "The motion was rejected.", "de,en"),
        ("The team did not win.", "Команда проиграла.", "en,ru"),
    ],
)
def test_a_negation_said_by_the_antonym_is_minor_at_most(src: str, tgt: str, langs: str) -> None:
    sl, tl = langs.split(",")
    pair = one_line_pair(src, sl, tgt, tl)
    flip = find_flip(pair)
    assert flip is not None and neg.antonym_rendering(pair, flip)
    assert all(f.severity == "minor" for f in NegationCheck()(pair))


def test_the_same_pole_on_both_sides_is_no_antonym_rendering() -> None:
    pair = one_line_pair("The team did not win.", "en", "Команда выиграла.", "ru")
    flip = find_flip(pair)
    assert flip is not None and not neg.antonym_rendering(pair, flip)
    (found,) = NegationCheck()(pair)
    assert found.severity == "critical"


# --- a soft negative taken by its own translation ---------------------------------------


def test_a_soft_negative_translated_by_its_own_word_excuses_no_flip() -> None:
    src = "Cruz said that unemployment benefits were paid."
    # "unemployment" = "безработице" outside the negated clause: the added "не" is unexplained
    pair = one_line_pair(
        src,
        "en",
        "Круз не заявил, что пособия по безработице выплачивались.",
        "ru",
        embed=stem_embed,
    )
    flip = find_flip(pair)
    assert flip is not None and flip.excused and flip.direction == "added"
    assert neg.excuse_taken(pair, flip)
    # with no word of its own on the negated side, the soft negative may carry the "не"
    alone = one_line_pair(
        src, "en", "Круз не заявил, что пособия выплачивались.", "ru", embed=stem_embed
    )
    flip = find_flip(alone)
    assert flip is not None and flip.excused and not neg.excuse_taken(alone, flip)


# --- French: an expletive "ne", "ne ... guère" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("La situation est plus grave qu'on ne le pensait.", 0),
        ("Il est parti de peur qu'elle ne le voie.", 0),
        ("Il craint que le gouvernement ne tombe.", 0),
        ("Il craint que le gouvernement ne tombe pas.", 1),
        ("Les prix sont plus élevés qu'ils ne l'étaient, mais il ne vient pas.", 1),
        ("Il ne vient pas.", 1),
    ],
)
def test_the_french_expletive_ne_negates_nothing(text: str, n: int) -> None:
    assert negated(text, "fr") == n


def test_ne_guere_is_a_near_negation_like_kaum() -> None:
    text = "Ce n'est guère surprenant."
    assert negated(text, "fr") == 0
    assert softs(text, "fr") == [("n'est guère", "lexical")]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Il est plus fort que jamais.", 0),  # = than ever
        ("C'est sans aucun doute vrai.", 0),  # = without any doubt
        ("Si jamais il vient, appelle-moi.", 0),  # = if ever
        ("Il n'a jamais gagné.", 1),
        ("Il n'a rien dit.", 1),
        ("C'est pas vrai.", 1),  # spoken French drops the "ne": "pas" negates alone
    ],
)
def test_french_concord_words_negate_only_beside_ne(text: str, n: int) -> None:
    assert negated(text, "fr") == n


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Das wäre kein Problem, wenn sie es sagten.", "de"),
        ("That would be no problem at all.", "en"),
        ("Это не проблема.", "ru"),
        ("Il n'y a pas de problème.", "fr"),
    ],
)
def test_no_problem_states_a_positive_like_no_doubt(text: str, lang: str) -> None:
    assert negated(text, lang) == 0


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Je ne crois pas que ce soit vrai.", 1),  # "que" opens a clause: "pas" stands
        ("Il n'a jamais dit que c'était vrai.", 1),
        ("Il ne reste que deux jours.", 0),  # "ne ... que" = only
        ("Il ne reste plus que deux jours.", 0),
        ("Il a mangé n'importe quoi.", 0),  # = anything
        ("Ne serait-ce que pour un jour, il viendra.", 0),  # = if only
        ("Il est parti sans que personne ne le sache.", 0),  # expletive "ne"
        ("Il faut empêcher qu'il ne parte.", 0),  # expletive, part of "empêcher"
        ("Il a fait un grand pas en avant.", 0),  # "pas" the noun
        ("Pas à pas, il avance.", 0),
        ("C'est vrai, n'est-ce pas ?", 1),
        ("Il est parti sans eau ni nourriture.", 0),  # "ni" continues "sans"
        ("Il n'a ni faim ni soif.", 1),
        # round 8: "que" far from its "ne" (up to ten words), a hyphenated verb
        ("Peut-être ne peut-on relever un défi de ce genre qu'après une longue pause.", 0),
        ("Ce n'est qu'en m'agrippant de toutes mes forces que je tiens.", 0),
        ("Il a décidé de ne pas dire à ses amis que la guerre était finie.", 1),
        ("Il ne dit rien de ce que nous savons.", 1),  # "rien": "que" opens a clause
    ],
)
def test_french_ne_negates_only_as_a_negation(text: str, n: int) -> None:
    assert negated(text, "fr") == n


def test_french_implicit_negatives_match_the_german_and_english_ones() -> None:
    assert softs("Il est interdit de fumer.", "fr") == [("interdit", "lexical")]
    assert softs("Il manque de l'argent.", "fr") == [("manque", "lexical")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Das war kein Geringerer als der Kanzler.", "de"),  # = none other than
        ("Vor keinen zwei Wochen kam er.", "de"),  # = less than two weeks ago
        ("It was none other than the chancellor.", "en"),
        ("I can't wait to see it.", "en"),  # = eager
        ("It was no small feat.", "en"),  # litotes
        ("Это был не кто иной, как канцлер.", "ru"),
        ("Мне не терпится увидеть.", "ru"),
    ],
)
def test_idioms_that_deny_to_assert(text: str, lang: str) -> None:
    assert negated(text, lang) == 0


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Er kommt selten.", "de", "selten"),
        ("Он приходит редко.", "ru", "редко"),
        ("Il vient rarement.", "fr", "rarement"),
    ],
)
def test_rarely_is_a_soft_negative_in_every_language(text: str, lang: str, word: str) -> None:
    assert softs(text, lang) == [(word, "lexical")]


# --- round 8: a cue an affirmative idiom took on the other side --------------------------


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # "nicht einfach ... legen" = "не просто давать": "не просто" is blanked as "not
        # just", "nicht einfach" is not, and the counts differ by that reading alone
        (
            "Sie versucht, ihnen nicht einfach alles in den Schoß zu legen.",
            "de",
            "Она пытается не просто давать им всё в руки.",
            "ru",
        ),
        (
            "Ich habe versucht, ihnen nicht einfach alles in den Schoß zu legen.",
            "de",
            "I have tried not to just hand them things.",
            "en",
        ),
    ],
)
def test_a_flip_facing_a_blanked_idiom_is_minor_at_most(
    src: str, sl: str, tgt: str, tl: str
) -> None:
    pair = one_line_pair(src, sl, tgt, tl)
    flip = find_flip(pair)
    assert flip is not None and flip.idiom
    assert flip_severity(flip, CRITICAL_GAIN + 0.05) == "minor"
    (found,) = NegationCheck()(pair)
    assert found.severity == "minor"


def test_an_idiom_in_a_distant_clause_leaves_the_flip_alone() -> None:
    src = (
        "Er hat das Spiel nicht gewonnen. Es regnete am Abend. Die Fans kamen nicht nur aus Berlin."
    )
    tgt = "He won the game. It rained in the evening. The fans came not only from Berlin."
    pair = one_line_pair(src, "de", tgt, "en")
    flip = find_flip(pair)
    assert flip is not None and not flip.idiom
    (found,) = NegationCheck()(pair)
    assert found.severity == "critical"


# --- round 9: double negations, "scarcely", negatives of possibility, "whether" --------


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        # no negative concord: two cues in one stretch of a clause cancel out
        ("No one is not allowed to leave.", "en", 0),
        ("Neither had not the bedding.", "en", 0),
        ("Niemand darf nicht gehen.", "de", 0),
        ("Nobody may leave.", "en", 1),
        # negative concord: several cues are one negation
        ("Никто не может уйти.", "ru", 1),
        ("Personne ne peut jamais partir.", "fr", 1),
        # not one stretch: a comma, a clause or condition opener, a question, a cue of a
        # non-finite verb ("not wanting", "to not make")
        ("No, I don't think so.", "en", 1),
        ("Nobody asked whether it was not too late.", "en", 1),  # merged, not cancelled
        ("Don't you think nobody noticed?", "en", 1),
        ("Teams not wanting to drive would not justify it.", "en", 1),
        ("They are not calling on people to not make purchases.", "en", 1),
        ("There is no reason not to come.", "en", 1),
    ],
)
def test_cues_cancel_out_only_without_negative_concord_in_one_stretch(
    text: str, lang: str, n: int
) -> None:
    assert negated(text, lang) == n


def test_a_double_negation_facing_one_negation_is_a_flip_never_critical() -> None:
    pair = one_line_pair("No one is not allowed to leave.", "en", "Nobody may leave.", "en")
    flip = find_flip(pair)
    assert flip is not None and flip.direction == "added" and flip.presence
    assert not flip.plain  # a double negation is weaker evidence: major at most
    assert flip_severity(flip, CRITICAL_GAIN + 0.05) == "major"


def test_scarcely_is_a_soft_negative_like_hardly_and_barely() -> None:
    for word in ("hardly", "barely", "scarcely"):
        assert softs(f"It was {word} noticed.", "en") == [(word, "lexical")]


@pytest.mark.parametrize(
    ("word", "lang", "affixal"),
    [
        # the negative is commoner than its base, which exists in the word data
        ("unbeatable", "en", True),
        ("invincible", "en", True),
        ("unschlagbar", "de", True),
        ("unschlagbare", "de", True),
        ("inévitable", "fr", True),
        # no adjective of possibility, or no negation
        ("information", "en", False),
        ("improved", "en", False),
        ("unmittelbar", "de", False),
        ("unheimlich", "de", False),
    ],
)
def test_a_negative_of_possibility_is_affixal_when_its_base_exists(
    word: str, lang: str, affixal: bool
) -> None:
    assert neg.is_affixal_negative(word, lang) is affixal


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Das ist nicht unmöglich.", 0),  # a litotes: possible
        ("Die Behauptung ist nicht unbestreitbar.", 1),  # denies it: disputable
    ],
)
def test_a_negated_negative_of_possibility_is_no_litotes(text: str, n: int) -> None:
    assert negated(text, "de") == n


def test_not_to_be_defeated_is_said_by_unbeatable() -> None:
    pair = one_line_pair("The team is not to be defeated.", "en", "The team is unbeatable.", "en")
    flip = find_flip(pair)
    assert flip is not None and flip.excused_here
    assert NegationCheck()(pair) == []


def test_whether_opens_a_clause_as_ob_does() -> None:
    from provenance.lang.cues import clauses

    text = "Nobody knows yet whether the match will take place."
    assert [text[a:b].strip() for a, b in clauses(text, "en")] == [
        "Nobody knows yet",
        "whether the match will take place.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They debate as to whether it shouldn't be made easier for clubs.", "en"),
        ("Sie streiten darüber, ob es nicht leichter werden sollte.", "de"),
    ],
)
def test_a_negation_in_an_indirect_question_is_the_questions_polarity(text: str, lang: str) -> None:
    assert negated(text, lang) == 0
    assert [k for _, k in softs(text, lang)] == ["cue"]


def test_als_ob_opens_no_question() -> None:
    # "als ob" = as if: the negation after it denies
    assert negated("Sie fühlt sich nun so, als ob sie nicht reisen könnte.", "de") == 1
