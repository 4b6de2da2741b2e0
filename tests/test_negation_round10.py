"""The negation check's version-12 rules (the team's tenth round): French as a tokenised
text spells it, the "que" of a conjunction, the expletive "ne" after a noun subject,
litotes verbs and exclamations; a litotes cancels the whole negation and its affixal
negative; German prepositions and adverbs are no attributive adjectives; a word copied
from the negated side carries no negation in the word test."""

from __future__ import annotations

import pytest
from conftest import one_line_pair, stem_embed

from provenance.checks import negation as neg
from provenance.checks.negation import find_flip, polarity


def negated(text: str, lang: str) -> int:
    return sum(c.negated for c in polarity(text, lang))


def softs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[a:b], k) for c in polarity(text, lang) for a, b, k in c.soft_spans]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a tokenised text writes the elision apart: "n' ouvre", "qu' à" (Text+Berg)
        ("Je n' ouvre la cuisine qu' à dix-huit heures .", 0),
        ("Si nous n' étions que deux , il serait de force à nous jeter dehors .", 0),
        ("Il a fait comme l' aurait fait n' importe quel patron .", 0),
        ("Ce n' est qu' en m' agrippant de toutes mes forces que je tiens .", 0),
        # the ten words counted with their elisions ("s' élever", "d' un")
        (
            "Peut-être ne peut-on s' élever à la hauteur d' un défi de ce genre qu' à la "
            "faveur d' une situation particulière .",
            0,
        ),
        ("Il n' a pas dormi .", 1),
        # the "que" of a conjunction is no restriction: the negation stands
        ("Il ne travaille plus depuis que sa femme est partie.", 1),
        ("Il ne boit plus parce qu'il est malade.", 1),
        ("Il ne travaille plus que le matin.", 0),  # = only
        # "n'avoir que faire de" = to have no use for
        ("Le travailleur moyen n'a en règle générale que faire de ces attributs.", 1),
    ],
)
def test_french_restriction_ne_que(text: str, n: int) -> None:
    assert negated(text, "fr") == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Partez avant qu'il n'arrive.", 0),
        ("Partez avant que le soleil ne se couche.", 0),
        (
            "Un deuxième assaut suit , avant que la sensation de l' enchaînement correct "
            "des mouvements n' ait disparu .",
            0,
        ),
        ("Je viendrai à moins qu'il n'y ait un problème.", 0),
        ("Partez avant que le soleil ne se couche pas.", 1),  # a real negation
    ],
)
def test_the_french_expletive_ne_after_a_noun_subject(text: str, n: int) -> None:
    assert negated(text, "fr") == n


@pytest.mark.parametrize(
    "text",
    [
        "Cette ligne ne cesse de me fasciner.",
        "Il n'a pas cessé de pleuvoir.",
        "Le mouvement ne tarde pas à nous réchauffer.",
        "Il n'hésite pas à critiquer le gouvernement.",
        "Comme ne peut manquer de le faire celui qui grimpe.",
        "Ces scrupules ne nous empêchent pas de croire à son aide.",
    ],
)
def test_a_french_litotes_verb_is_a_soft_negative(text: str) -> None:
    assert negated(text, "fr") == 0
    assert any(k == "lexical" for _, k in softs(text, "fr"))


def test_a_french_negation_of_a_plain_verb_stands() -> None:
    # "manquer" + object = to miss: a plain negation, no litotes
    assert negated("Pour ne pas manquer le train, il court.", "fr") == 1


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Quelle ne fut pas notre surprise !", 0),  # = how great was our surprise
        ("Il y a peu à dire, si ce n'est qu'il fait froid.", 0),  # = except that
        ("Il n'y a pas que l'argent.", 0),  # = not only
        ("Il n'est pas rare de voir des loups.", 0),  # = nicht selten
        ("À chaque pas , la corde suit .", 0),  # "pas" the noun
    ],
)
def test_french_negations_that_assert(text: str, n: int) -> None:
    assert negated(text, "fr") == n


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ce n'est pas impossible.", "fr"),  # the "ne" goes with its "pas"
        ("Ce n' est pas impossible .", "fr"),
        ("He was not unable to overtake him.", "en"),
        ("Das ist nicht unwichtig.", "de"),
    ],
)
def test_a_litotes_cancels_the_whole_negation_and_its_affixal_negative(
    text: str, lang: str
) -> None:
    # "not unable" = able: neither a negation nor a soft negative that could excuse one
    assert negated(text, lang) == 0
    assert softs(text, lang) == []


def test_a_french_negation_beside_a_litotes_in_another_clause_stands() -> None:
    assert negated("Ce n'est pas impossible, mais il ne vient pas.", "fr") == 1


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Reisende aus Spanien sollen nicht unter Quarantäne gestellt werden.", 1),
        ("Er hat nicht immer Zeit.", 1),
        ("Der Zug fährt nicht über Berlin.", 1),
        ("Von nicht infizierten Mitarbeitern.", 0),  # attributive: "non-infected"
        ("Nicht notwendige Reisen.", 0),
    ],
)
def test_german_prepositions_and_adverbs_are_no_attributive_adjectives(text: str, n: int) -> None:
    assert negated(text, "de") == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Il n'y avait pas moins de 500 personnes.", 0),  # = nicht weniger als
        ("Pas plus de 20 % des électeurs ont voté.", 0),  # = no more than
        ("Il n'y a pas plus de place ici.", 1),  # no number: a negation
        ("Il n'en reste pas moins que la situation est grave.", 0),  # = nonetheless
        ("Il n'était pas sans savoir que la crise arrivait.", 0),  # = knew well
        ("Il n'a cessé de répéter que tout allait bien.", 0),  # a litotes, no "ne ... que"
    ],
)
def test_french_bounds_and_double_negations(text: str, n: int) -> None:
    assert negated(text, "fr") == n


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Präsident sagte nein.", "de"),
        ("The president said no.", "en"),
        ("Le président a dit non.", "fr"),
    ],
)
def test_the_answer_no_is_a_negation_in_every_language(text: str, lang: str) -> None:
    assert negated(text, lang) == 1


def test_ne_pas_perdre_de_temps_is_a_litotes() -> None:
    for text in ("Paul ne perd pas de temps à se retourner.", "Il n'a pas perdu de temps."):
        assert negated(text, "fr") == 0
    assert negated("Il ne perd pas son temps.", "fr") == 1


def test_a_word_copied_from_the_negated_side_carries_no_negation() -> None:
    """A name both sides spell the same ("Meyerjürgens") is copied, not translated: its
    vector, however close to the negated phrase, carries nothing (round 12)."""
    src = "Meyerjürgens would not detail the loans."
    tgt = "Meyerjürgens wollte Einzelheiten nennen."

    def embed(carrier: str):
        return lambda texts: stem_embed(
            [t.replace("Einzelheiten", "detail").replace(carrier, "not") for t in texts]
        )

    pair = one_line_pair(src, "en", tgt, "de", embed=embed("Meyerjürgens"))
    flip = find_flip(pair)
    assert flip is not None and flip.presence
    assert neg.word_flip(pair, flip) == ("detail", "Einzelheiten")
    # a word of the other side's own ("nennen") as close does carry it
    pair = one_line_pair(src, "en", tgt, "de", embed=embed("nennen"))
    assert neg.word_flip(pair, find_flip(pair)) is None


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a litotes in a clause after "que"/"si" takes only its own "ne": the outer
        # negation stands (review of round 10)
        ("Il ne dit pas que ce n'est pas impossible.", 1),
        ("Il ne sait pas si ce n'est pas impossible.", 1),
        ("Ce n'est pas impossible.", 0),
        # a litotes verb's "de"/"à" follows the verb (a pronoun may stand between), not
        # its object: missing the train is a real negation
        ("Il a dit de ne pas manquer le train de huit heures.", 1),
        # "pas moins de" bounds a number only, as "pas plus de" does
        ("Il n'y a pas moins de chômage qu'avant.", 1),
        ("Il n'y avait pas moins de 500 personnes.", 0),
    ],
)
def test_french_litotes_and_bounds_keep_a_real_negation(text: str, n: int) -> None:
    assert negated(text, "fr") == n
