"""Certainty (modality), round 4: hearsay, modals of ability, hedges of likelihood added
to a statement, and the evidence a hardening needs. One test per rule and language."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.certainty import CertaintyCheck, profile
from provenance.lang.cues import clauses


def flags(src: str, tgt: str, langs: str) -> list[tuple[str, str]]:
    sl, tl = langs.split(",")
    return [(f.key, f.severity) for f in CertaintyCheck()(one_line_pair(src, sl, tgt, tl))]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # Konjunktiv I is the mood of reported speech: "apparently" renders it
        (
            "Gebaut werde weiter auch an dem Torpedo, hieß es.",
            "There is apparently also further work on the torpedo.",
            "de,en",
        ),
        ("Er werde im Mai zurücktreten.", "He will apparently resign in May.", "de,en"),
        # ... and the other way round: a hearsay hedge rendered by Konjunktiv I
        ("He reportedly will resign in May.", "Er werde im Mai zurücktreten.", "en,de"),
        # the French conditional of hearsay rendered by "angeblich"
        (
            "Le ministre aurait démissionné hier.",
            "Der Minister ist angeblich gestern zurückgetreten.",
            "fr,de",
        ),
        ("По его словам, проект будет закрыт.", "The project will reportedly be closed.", "ru,en"),
    ],
)
def test_hearsay_rendered_as_hearsay_is_no_modality_change(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == []


def test_a_sentence_initial_participle_makes_werden_a_passive() -> None:
    assert profile("Gebaut werde weiter an dem Torpedo.", "de").asserts == []
    assert profile("Morgen werde er kommen.", "de").asserts != []


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        ("Die Besucher können am Samstag das Museum besuchen.",
         "Visitors will be able to visit the museum on Saturday.", "de,en"),
        ("Visitors can visit the museum on Saturday.",
         "В субботу посетители смогут посетить музей.", "en,ru"),
        ("Посетители могут прийти в субботу.", "Die Besucher werden am Samstag kommen dürfen.",
         "ru,de"),
        ("Les visiteurs peuvent venir samedi.", "Die Besucher werden in der Lage sein, "
         "am Samstag zu kommen.", "fr,de"),
    ],
)  # fmt: skip
def test_a_possibility_kept_as_ability_or_permission_is_no_hardening(
    src: str, tgt: str, langs: str
) -> None:
    assert flags(src, tgt, langs) == []


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        ("Die Wahl findet am Sonntag statt.", "The election may take place on Sunday.", "de,en"),
        ("The match takes place on Sunday.", "Das Spiel findet vielleicht am Sonntag statt.",
         "en,de"),
        ("The match takes place on Sunday.", "Матч, вероятно, пройдет в воскресенье.", "en,ru"),
        ("Le match a lieu dimanche.", "Das Spiel findet wahrscheinlich am Sonntag statt.",
         "fr,de"),
    ],
)  # fmt: skip
def test_a_hedge_of_likelihood_added_to_a_statement_is_major(
    src: str, tgt: str, langs: str
) -> None:
    assert flags(src, tgt, langs) == [("modality:softened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # the prediction kept, a hedge beside it: the forecast qualified (round 17)
        ("Матч пройдет в воскресенье.", "The match will probably take place on Sunday.", "ru,en"),
        ("Die Firma wird Verluste melden.", "The company will probably report losses.", "de,en"),
        ("Die Regierung wird Steuern erhöhen.", "The government will likely raise taxes.", "de,en"),
    ],
)  # fmt: skip
def test_a_hedge_beside_a_kept_prediction_is_minor(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == [("modality:softened", "minor")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # the prediction gone, a word of certainty lost, or a prediction of two traded
        ("Матч пройдет в воскресенье.", "The match may take place on Sunday.", "ru,en"),
        ("Die Mannschaft wird sicher gewinnen.", "The team will probably win.", "de,en"),
        # a certainty adverb the cues leave out, or a mere possibility (review, round 13)
        ("Die Regierung wird die Steuern ganz sicher erhöhen.",
         "The government will probably raise taxes.", "de,en"),
        ("Russland wird angreifen.", "Russia will possibly attack.", "de,en"),
        ("Mancher wird sich wundern.", "Certains s'étonneront peut-être.", "de,fr"),
        ("The company will report losses and will cut jobs.",
         "Das Unternehmen wird wohl Verluste melden und könnte Stellen streichen.", "en,de"),
        # the hedge in a clause of its own, a prediction of another clause kept
        ("Es werden keine Gäste zugelassen sein - aber es gibt einen Redner.",
         "No guests may be allowed - but there will be a speaker.", "de,en"),
    ],
)  # fmt: skip
def test_a_hedge_for_a_prediction_or_a_certainty_is_major(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == [("modality:softened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # a modal of permission, a condition, a conditional mood: the translator's "may"
        ("Niemand darf das Gelände verlassen.", "Nobody may leave the premises.", "de,en"),
        ("Если он придет, мы поговорим.", "If he comes, we might talk.", "ru,en"),
        ("Er wäre gern gekommen.", "He might have liked to come.", "de,en"),
        # "could" is a past of "can" as often as a hedge; "едва ли" as often "hardly"
        ("Storms hit the region.", "В регионе едва ли прошли грозы.", "en,ru"),
        ("Die Polizei war zu sehen.", "The police could be seen.", "de,en"),
    ],
)
def test_a_hedge_the_source_may_explain_is_minor(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == [("modality:softened", "minor")]


def test_an_assertion_traded_for_a_hedge_is_major_though_a_modal_stays_elsewhere() -> None:
    src = "Полиция будет получать на 10 млн меньше (эту сумму могут уменьшить)."
    tgt = "The police may receive 10 million less (this amount could be reduced)."
    assert flags(src, tgt, "ru,en") == [("modality:softened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs", "severity"),
    [
        # "appeared to" is a hedge of likelihood
        ("She appeared to mistake the warning for the end.",
         "Она, несомненно, приняла предупреждение за конец.", "en,ru", "major"),
        # "cannot" is a modal of possibility as "kann nicht", "не может" are
        ("Talks and terror cannot go hand in hand.",
         "Переговоры и террор не будут идти рука об руку.", "en,ru", "major"),
        ("Talks and terror can't go hand in hand.",
         "Gespräche und Terror werden nicht Hand in Hand gehen.", "en,de", "major"),
        # an opinion verb kept beside it does not keep the modal
        ("Далее они могут опуститься до 4%, считает Покатович.",
         "Further, they will fall to 4%, Pokatovich believes.", "ru,en", "major"),
        # a word of certainty in the hedge's place, though the futures counted differ
        # ("won't" is an assertion, a negated Russian perfective future is not)
        ("I won't let them, I keep them out of sight as much as possible.",
         "Я не позволю им, я держу их подальше, насколько это несомненно.", "en,ru", "major"),
    ],
)  # fmt: skip
def test_hardening_with_evidence_on_both_sides(
    src: str, tgt: str, langs: str, severity: str
) -> None:
    assert flags(src, tgt, langs) == [("modality:hardened", severity)]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # the translation's "wird" is the source's own "will", not the hedge hardened
        ("One poor season may not wreck an empire, but nothing says they will return.",
         "Eine Saison zerstört kein Imperium, aber nichts sagt, dass sie zurückkehren wird.",
         "en,de"),
        # a negated Russian perfective future is as often inability ("не наметет")
        ("Perhaps a new broom sweeps in little air.",
         "Новая метла много не наметет.", "en,ru"),
        # a Russian perfective future is as often the potential present
        ("Timely treatment can make you healthy.",
         "Своевременное лечение приведет к выздоровлению.", "en,ru"),
    ],
)  # fmt: skip
def test_hardening_without_a_new_prediction_is_minor(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == [("modality:hardened", "minor")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        ("Er ist anscheinend zurückgetreten.", "He has apparently resigned.", "de,en"),
        ("Dem Vernehmen nach werde er zurücktreten.", "He will reportedly resign.", "de,en"),
        ("She appeared to mistake the warning.", "Она, видимо, приняла предупреждение.", "en,ru"),
    ],
)
def test_hedges_of_appearance_and_hearsay_are_read(src: str, tgt: str, langs: str) -> None:
    assert profile(src, langs[:2]).strong
    assert flags(src, tgt, langs) == []


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # the mirror of a possibility hardened into a prediction
        ("EasyJet said it would operate a full schedule.",
         "В EasyJet заявили, что могут работать по полному расписанию.", "en,ru"),
        ("The company will open the plant in May.",
         "Das Unternehmen kann das Werk im Mai eröffnen.", "en,de"),
        ("Завод будет работать в мае.", "The plant can operate in May.", "ru,en"),
    ],
)  # fmt: skip
def test_a_prediction_traded_for_a_possibility_is_major(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == [("modality:softened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # "wird ... los" is loswerden, a present: no prediction
        ("Die AfD wird die Geister, die sie rief, nicht los.",
         "The AfD can't get rid of the ghosts it called.", "de,en"),
        # the German modal infinitive: "wird zu sehen sein" = can be watched
        ("Die Pressekonferenz wird auf unserer Homepage live zu sehen sein.",
         "You can watch the press conference live on our homepage.", "de,en"),
        # "will be able to" is the modal a "kann" keeps
        ("The company will be able to open the plant.",
         "Das Unternehmen kann das Werk eröffnen.", "en,de"),
    ],
)  # fmt: skip
def test_a_possibility_for_no_prediction_is_no_softening(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == []


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # "gegebenenfalls" (if need be, possibly) and "subject to change" are hedges
        ("Die Kommission soll gegebenenfalls harte Strafen verhängen.",
         "The commission is certainly imposing strict punishments.", "de,en"),
        ("These matters are subject to change at short notice.",
         "Diese Themen werden sich kurzfristig ändern.", "en,de"),
    ],
)  # fmt: skip
def test_conditional_and_adjectival_hedges_hardened(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == [("modality:hardened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # the particles and moods of reported speech are hearsay a translation may render
        # as "apparently": Russian "будто", German Konjunktiv I beyond "sei" and "werde"
        ("Он сказал, будто проект будет закрыт.",
         "He said the project will apparently be closed.", "ru,en"),
        ("Es gehe um viel Geld, und der Vertrag wird verlängert werden.",
         "Apparently a lot of money is at stake, and the contract will be extended.", "de,en"),
    ],
)  # fmt: skip
def test_more_hearsay_rendered_as_hearsay(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == []


def test_werden_as_copula_asserts_no_future() -> None:
    # "wird teurer" = is getting dearer: the "might" renders the "kann", softening no
    # prediction (it was major: a "wird" asserted and the translation had none)
    src = "Das Land kann klagen, und der Vertrag wird dadurch teurer."
    tgt = "The country can sue, and the contract might get dearer as a result."
    assert flags(src, tgt, "de,en") == []


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # what impends is said with a modal: "ihm drohen" = he may face
        ("Ihm drohen bis zu fünf Jahre Haft.", "He may face up to five years in prison.", "de,en"),
        ("Ему грозит до пяти лет лишения свободы.", "He may face up to five years in prison.",
         "ru,en"),
    ],
)  # fmt: skip
def test_what_impends_said_with_a_modal_is_no_major_softening(
    src: str, tgt: str, langs: str
) -> None:
    assert all(sev == "minor" for _, sev in flags(src, tgt, langs))


def test_an_expectation_is_a_hedge() -> None:
    # "как они ожидают" = as they expect: a hedge kept, so at most minor
    src = "Die Maßnahmen werden sich ihren Vermutungen nach auf eine Billion belaufen."
    tgt = "Меры, как они ожидают, будут стоить триллион."
    assert all(sev == "minor" for _, sev in flags(src, tgt, "de,ru"))
    # "ожидает исследования" = awaits a trial: no hedge
    assert profile("Плазма все еще ожидает исследования.", "ru").weak == []


def test_a_russian_perfective_future_said_as_expected_is_minor() -> None:
    # a forecast's perfective future is as often "is expected to be" as "will be"
    assert flags("Атмосферное давление составит 750 мм.",
                 "Atmospheric pressure is expected to be 750 mm.", "ru,en") == [
        ("modality:softened", "minor")
    ]  # fmt: skip
    # a hedge of likelihood in its place stays major
    assert flags("Атмосферное давление составит 750 мм.",
                 "Atmospheric pressure may be 750 mm.", "ru,en") == [
        ("modality:softened", "major")
    ]  # fmt: skip


def test_the_noun_suspect_is_no_hedge() -> None:
    assert profile("The suspect was arrested on Monday.", "en").strong == []
    assert profile("Two suspects were detained.", "en").strong == []
    assert profile("Police suspect that he fled.", "en").strong != []
    assert profile("He was suspected of fraud.", "en").strong != []


def test_german_plural_moegen_with_an_infinitive_is_a_modal() -> None:
    # "einige mögen ... genießen" = some may enjoy: a modal, which "might" renders, so no
    # doubt was added (also with many words before the infinitive ending the clause)
    src = (
        "Einige genervte Beamte mögen die Vorstellung von ihm als Geisel mit an den Kopf "
        "gehaltenem Gewehr im Stillen genießen."
    )
    tgt = "Some beleaguered officials might secretly relish the idea of him as a hostage."
    assert [f for f in CertaintyCheck()(one_line_pair(src, "de", tgt, "en"))] == []
    # "mögen" with a noun (= like) is no modal: "might" adds doubt
    src, tgt = "Einige Beamte mögen Schokolade.", "Some officials might like chocolate."
    found = CertaintyCheck()(one_line_pair(src, "de", tgt, "en"))
    assert [f.severity for f in found] == ["major"]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # a past modal of possibility, no hedge, traded for a future with no modal left
        ("Das Feuer konnte rasch wieder gelöscht werden.", "The fire will quickly be put out.",
         "de,en"),
        (
            "Der Täter floh, seine Personalien konnten aber später ermittelt werden.",
            "The offender fled, but his personal details will be retrieved later.",
            "de,en",
        ),
        # "mag" with an infinitive is the modal "may": a "will" in its place asserts
        ("Das mag man naiv nennen.", "One will call it naive.", "de,en"),
    ],
)  # fmt: skip
def test_a_past_modal_or_mag_traded_for_a_future_is_major(src: str, tgt: str, langs: str) -> None:
    assert flags(src, tgt, langs) == [("modality:hardened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # the past modal rendered by a past (what was achieved) is no change
        ("Das Feuer konnte rasch wieder gelöscht werden.", "The fire was quickly put out.",
         "de,en"),
        # the translation's future is the source's own "wird"
        ("Er konnte nicht kommen, wird aber morgen anreisen.",
         "He did not make it, but will arrive tomorrow.", "de,en"),
        ("Das mag man naiv nennen.", "One may call it naive.", "de,en"),
        # a negated future says inability as often as a prediction ("won't brake")
        ("Das Auto konnte nicht rechtzeitig bremsen.", "The car will not brake in time.",
         "de,en"),
    ],
)  # fmt: skip
def test_a_past_modal_kept_or_its_future_in_the_source_is_no_flag(
    src: str, tgt: str, langs: str
) -> None:
    assert flags(src, tgt, langs) == []


def test_a_word_of_certainty_for_a_strong_hedge_beside_a_weak_modal_is_major() -> None:
    src = '"I can understand there might be others who pay less," he said.'
    # "kann" renders "can"; "bestimmt" (certainly) is in the place of "might"
    hardened = '„Ich kann verstehen, dass es bestimmt andere gibt, die weniger zahlen", sagte er.'
    kept = '„Ich kann verstehen, dass es vielleicht andere gibt, die weniger zahlen", sagte er.'
    assert flags(src, hardened, "en,de") == [("modality:hardened", "major")]
    assert flags(src, kept, "en,de") == []


_TWO_HEDGES = (
    "That might be a function of how their funding is structured and it might be a "
    "function also of which categories they are lending into."
)
_RU_TWO_MODALS = (
    "Ставки по потребкредитам могут упасть еще на 0,3 пункта, ставки по ипотеке могут "
    "завершить год в диапазоне 6,2-7%."
)


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # one hedge of two traded for a prediction, the other kept
        (
            _TWO_HEDGES,
            "Das wird davon abhängen, wie ihre Finanzierung strukturiert ist, und es könnte "
            "zusätzlich davon abhängen, in welchen Bereichen sie Kredite vergeben.",
            "en,de",
        ),
        (
            _RU_TWO_MODALS,
            "Rates on loans will fall another 0.3 points, and mortgage rates could end the "
            "year in the range of 6.2-7%.",
            "ru,en",
        ),
    ],
)
def test_hedges_traded_one_for_one_for_predictions_are_major(
    src: str, tgt: str, langs: str
) -> None:
    assert flags(src, tgt, langs) == [("modality:hardened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        (
            _TWO_HEDGES,
            "Das könnte davon abhängen, wie ihre Finanzierung strukturiert ist, und es könnte "
            "zusätzlich davon abhängen, in welchen Bereichen sie Kredite vergeben.",
            "en,de",
        ),
        (
            _RU_TWO_MODALS,
            "Rates on loans could fall another 0.3 points, and mortgage rates could end the "
            "year in the range of 6.2-7%.",
            "ru,en",
        ),
        # "können" rendered by a modal of ability ("will be able to"), the other kept
        (
            "Die Fans können das Spiel live sehen, und es könnte regnen.",
            "Fans will be able to watch the game live, and it might rain.",
            "de,en",
        ),
        # "would" ↔ "wird": a row with another weak modal is no count of a trade
        (
            "It would be hard, and it might snow, perhaps.",
            "Es wird schwer sein, und es könnte schneien.",
            "en,de",
        ),
    ],
)
def test_hedges_kept_or_a_modal_of_ability_or_would_is_no_trade(
    src: str, tgt: str, langs: str
) -> None:
    assert flags(src, tgt, langs) == []


_RU_FORECAST = "В понедельник в Петербурге будет малооблачно, осадков не ожидается."
_EN_COURT = (
    "The question will be taken up tomorrow by the court, which will also decide whether "
    "a judge can interfere."
)


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        # a prediction traded for a hedge while the source keeps one of its own elsewhere
        (
            _RU_FORECAST,
            "On Monday it may be mostly clear in St. Petersburg, with no rain expected.",
            "ru,en",
        ),
        # two for two
        (
            "Die Preise werden steigen, und die Löhne werden sinken, vielleicht schon im Mai.",
            "Prices may rise and wages may fall, perhaps as early as May.",
            "de,en",
        ),
        # ... in either direction
        (
            "Der Zug wird morgen fahren, und die Preise steigen vielleicht.",
            "The train may run tomorrow, and prices may rise.",
            "de,en",
        ),
    ],
)
def test_predictions_traded_one_for_one_for_hedges_are_major(
    src: str, tgt: str, langs: str
) -> None:
    assert flags(src, tgt, langs) == [("modality:softened", "major")]


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        (
            _RU_FORECAST,
            "On Monday it will be mostly clear in St. Petersburg, with no rain expected.",
            "ru,en",
        ),
        (
            _EN_COURT,
            "Этот вопрос будет подниматься завтра судом, который также решит, может ли "
            "судья вмешиваться.",
            "en,ru",
        ),
        # a conditional "could" ("könnte") gained is no doubt of likelihood: it renders
        # a plan or a condition as often as a softened prediction
        (
            "The plant will close in May, and the staff might move.",
            "Das Werk könnte im Mai schließen, und die Belegschaft könnte umziehen.",
            "en,de",
        ),
        # another weak modal in the row ("sollen" → "may") is what a hedge may render
        (
            "Das Werk wird im Mai schließen, die Mitarbeiter sollen umziehen, vielleicht "
            "nach Berlin.",
            "The plant is due to close in May, the staff may move, perhaps to Berlin.",
            "de,en",
        ),
        # a prediction in a clause its side hedges is no claim
        ("Morgen wird es vielleicht regnen.", "Завтра, может быть, пойдёт дождь.", "de,ru"),
        ("Die Firma wird möglicherweise schließen.", "The company may possibly close.", "de,en"),
        # a Russian perfective future alone is as often a forecast
        (
            "Давление составит 750 мм, осадков не ожидается.",
            "Pressure may be 750 mm, with no rain expected.",
            "ru,en",
        ),
        # "kann", "könnte" gained are no hedge of likelihood ("won't start" = "kann nicht")
        (
            "The car won't start, and it might be the battery.",
            "Das Auto kann nicht anspringen, und es könnte die Batterie sein.",
            "en,de",
        ),
    ],
)
def test_predictions_kept_or_negated_are_no_trade(src: str, tgt: str, langs: str) -> None:
    assert not [s for _, s in flags(src, tgt, langs) if s == "major"]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # a German future that ends its clause ("stattfinden werden", "schützen wird") is
        # an assertion, whatever -t verb or participle the clause also holds
        ("The government said it was looking at how events could restart safely.",
         "Die Regierung sagte, dass sie sich damit befasst, wie Events sicher wieder "
         "stattfinden werden."),
        ("Plasma contains antibodies that could protect others against the disease.",
         "Das Plasma, das andere gegen die Krankheit schützen wird, enthält Antikörper."),
    ],
)  # fmt: skip
def test_a_verb_final_german_future_asserts(src: str, tgt: str) -> None:
    assert ("modality:hardened", "major") in flags(src, tgt, "en,de")


def test_a_german_passive_asserts_nothing() -> None:
    src = "The meeting could be postponed."
    assert flags(src, "Das Treffen wird verschoben.", "en,de") == [("modality:hardened", "minor")]


def test_a_future_form_in_a_clause_of_time_is_no_word_of_certainty() -> None:
    # "lorsque Daniel regagnera" (when he gets back): the tense check leaves the future
    # of a clause of time out as grammar, but it is a verb form, no "certainly" in the
    # place of "vielleicht" (the translation drops the hedge, keeps "peux": minor)
    src = "Vielleicht kann ich schlafen, wenn Daniel nach Bern zurückkehrt."
    tgt = "Je peux dormir lorsque Daniel regagnera Berne."
    assert flags(src, tgt, "de,fr") == [("modality:hardened", "minor")]


# Round 13 (version 14)


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # the translation's perfective future renders another verb ("extend" →
        # "продлит", a relative clause's "meets" → "исполнит"): no prediction kept
        ("The new law will include more checks and extend the moratorium.",
         "Новый закон может включать больше проверок и продлит мораторий."),
        ("He said he would work for a government that meets the hopes of all.",
         "Он сказал, что может работать на правительство, которое исполнит надежды всех."),
        # "acknowledged ... would" is a future of reported speech, as "said ... would" is
        ("Officials acknowledged the plant would stay closed in May.",
         "Чиновники признали, что завод может оставаться закрытым в мае."),
    ],
)  # fmt: skip
def test_a_future_auxiliary_traded_for_a_modal_of_possibility_is_major(src: str, tgt: str) -> None:
    assert ("modality:softened", "major") in flags(src, tgt, "en,ru")


def test_opredelenno_is_a_word_of_certainty() -> None:
    assert profile("Им это определенно было необходимо.", "ru").asserts != []
    src = "They surely needed it: they might wonder how things would have gone."
    tgt = "Им это определенно было нужно: это, несомненно, заставило их задуматься."
    assert ("modality:hardened", "major") in flags(src, tgt, "en,ru")


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        # "können" kept as "be able to", "may" on top: doubt added
        ("She hopes she may soon be able to pursue her hobby here.",
         [("modality:softened", "major")]),
        ("She hopes she will soon be able to pursue her hobby here.", []),
    ],
)  # fmt: skip
def test_a_hedge_of_likelihood_on_a_kept_ability_is_doubt_added(tgt: str, expected) -> None:
    src = "Sie hofft, ihrem Hobby auch hier bald nachgehen zu können."
    assert flags(src, tgt, "de,en") == expected


@pytest.mark.parametrize(
    ("src", "tgt", "langs", "severity"),
    [
        # Konjunktiv I of a full verb reports neutrally: "may" is doubt added
        ("Die Partei werde durch diese Entscheidung nicht geschwächt.",
         "The party may not be weakened by this decision.", "de,en", "major"),
        # a reported modal ("könne" = could: since round 15 a modal of its own, which
        # "may" keeps) or a hearsay hedge is what "may" renders
        ("Die Hochschule könne ihren Studenten besondere Schwerpunkte bieten.",
         "The university may offer its students special focuses.", "de,en", None),
        ("Der Minister trete zurück, hieß es.", "The minister may resign.", "de,en", "minor"),
    ],
)  # fmt: skip
def test_reported_speech_alone_is_no_hearsay_a_may_renders(
    src: str, tgt: str, langs: str, severity: str | None
) -> None:
    assert [s for _, s in flags(src, tgt, langs)] == ([severity] if severity else [])


@pytest.mark.parametrize(
    ("tgt", "severity"),
    [
        # the translation says the hearsay itself ("it was stated"): its "may" is added
        ("The police will keep the scene in view and may continue the checks, it was stated.",
         "major"),
        # without it, "may" may be how the translator renders "hieß es"
        ("The police will keep the scene in view and may continue the checks.", "minor"),
    ],
)  # fmt: skip
def test_hearsay_the_translation_says_itself_excuses_no_may(tgt: str, severity: str) -> None:
    src = "Die Polizei behält den Ort im Blick und setzt die Kontrollen fort, hieß es."
    assert [s for _, s in flags(src, tgt, "de,en")] == [severity]


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        # the source's own "can" kept ("может ли"), its "will" traded for another "может"
        ("Этот вопрос может подниматься завтра судом, который также решит, может ли судья "
         "вмешиваться.", [("modality:softened", "major")]),
        ("Этот вопрос будет подниматься завтра судом, который также решит, может ли судья "
         "вмешиваться.", []),
    ],
)  # fmt: skip
def test_a_future_traded_for_a_possibility_beside_a_kept_one(tgt: str, expected) -> None:
    src = (
        "The question will be taken up tomorrow by the court, which will also decide "
        "whether a judge can intervene."
    )
    assert flags(src, tgt, "en,ru") == expected


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        # a conditional perfect is a past irrealis ("hätten" renders it), no modal that
        # hides a trade: the two "might" are one "wohl" and a "wird"
        ("Any suggestion a point might suffice was scotched, and they might wonder how "
         "things would have transpired.", [("modality:hardened", "major")]),
        # a "would" that may be the "wird" keeps any count from telling a trade
        ("Any suggestion a point might suffice was scotched, and they might wonder how "
         "things would transpire.", []),
    ],
)  # fmt: skip
def test_a_conditional_perfect_hides_no_trade_of_hedges(src: str, expected) -> None:
    tgt = (
        "Jede Andeutung, dass ein Punkt ausreichen wird, wurde erstickt, und sie fragten "
        "sich, wie sich die Dinge wohl entwickelt hätten."
    )
    assert flags(src, tgt, "en,de") == expected


def test_would_have_to_is_no_conditional_perfect() -> None:
    # "would have to pay" = "müsste zahlen": an obligation, not a past irrealis
    import re

    from provenance.checks.certainty import _irrealis_pasts

    text = "He would have to pay the fine, but it would have transpired otherwise."
    spans = [(m.start(), m.end()) for m in re.finditer(r"\bwould\b", text)]
    assert _irrealis_pasts(text, spans, "en") == 1


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        # "könne", the Konjunktiv I of "kann" in reported speech, is a modal of
        # possibility: a "will" with no modal left in its place is the hardening
        ("A spokesman said that the law will only be examined once the courts have ruled.",
         [("modality:hardened", "major")]),
        # ... and "could" keeps it
        ("A spokesman said that the law could only be examined once the courts have ruled.", []),
    ],
)  # fmt: skip
def test_reported_koenne_is_a_modal_of_possibility(tgt: str, expected) -> None:
    src = (
        "Ein Sprecher sagte, dass das Gesetz erst geprüft werden könne, wenn die Gerichte "
        "entschieden hätten."
    )
    assert flags(src, tgt, "de,en") == expected


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        # a condition (or the concessive "auch wenn") suspends an event, not the writer's
        # certainty: "bestimmt" for "may" asserts inside it too
        ("Auch wenn er bestimmt nur scherzen wollte, nahmen die Fans es ernst.",
         [("modality:hardened", "major")]),
        ("Auch wenn er wahrscheinlich nur scherzen wollte, nahmen die Fans es ernst.", []),
    ],
)  # fmt: skip
def test_a_word_of_certainty_asserts_inside_a_condition(tgt: str, expected) -> None:
    src = "While he may have been only joking, the fans took it seriously."
    assert flags(src, tgt, "en,de") == expected


def test_a_future_inside_a_condition_still_predicts_nothing() -> None:
    # (only words of certainty stay: "wenn ... wird" is the grammar of the clause)
    assert profile("Wenn das Gesetz verabschiedet wird, kann es gelten.", "de").asserts == []


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        # "shall" after "we" is the future: a modal of possibility traded for it
        ("We shall examine the law.", [("modality:hardened", "major")]),
        # after any other subject it is the "shall" of rules, an obligation: no prediction
        ("The law shall be examined.", [("modality:hardened", "minor")]),
    ],
)
def test_shall_predicts_only_in_the_first_person(tgt: str, expected) -> None:
    assert flags("Wir können das Gesetz prüfen.", tgt, "de,en") == expected


@pytest.mark.parametrize(
    ("src", "severity"),
    [
        # a plain statement: a "might" of the translator's is doubt added
        ("Срок получения справок сопоставим со сроком подачи заявок.", "major"),
        # "говорится" (it is said), as "heißt es", reports: what a "might" may render
        ("Срок получения справок сопоставим со сроком подачи заявок, говорится в пояснении.",
         "minor"),
    ],
)  # fmt: skip
def test_govoritsya_is_hearsay_as_heisst_es(src: str, severity: str) -> None:
    tgt = "Certificates might only be received after the deadline for applications."
    assert [s for _, s in flags(src, tgt, "ru,en")] == [severity]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # "bis" before "zu"/"zum"/"zur" or a number is a preposition: no clause
        ("Ihm drohen bis zu fünf Jahre Haft, sagte der Anwalt.", 2),
        ("Die Prüfung dauert bis zu drei Wochen.", 1),
        ("Das Turnier ist bis zum 23. August geplant.", 1),
        ("Er hat die Hessen von 2016 bis 2018 trainiert.", 1),
        ("Der Preis würde um 10 bis 20 Prozent je Kilo steigen.", 1),
        # "bis" = until opens one, with its subject
        ("Er veröffentlichte einige Alben, bis sich die Band auflöste.", 2),
        ("Green gelang kein Comeback bis er 1996 neu anfing.", 2),
        ("Wir bleiben hier bis die Eltern kommen.", 2),
    ],
)
def test_german_bis_opens_a_clause_only_as_until(text: str, n: int) -> None:
    # the clause split (read by certainty, negation, coverage, antonyms) cut "bis zu drei
    # Wochen" off its verb
    assert len(clauses(text, "de")) == n


@pytest.mark.parametrize(
    ("tgt", "severity"),
    [
        # one perfective future rendered "will", the other "may": a forecast made a
        # possibility
        (
            "In spring the economy will decline by 5% (4% was previously expected), and in"
            " autumn growth may be 3%.",
            ["major"],
        ),
        # no future auxiliary at all: the perfective futures may be a potential present
        (
            "In spring the economy declines by 5% (4% was previously expected), and in"
            " autumn growth may be 3%.",
            [],
        ),
    ],
)
def test_russian_futures_read_as_forecasts_by_the_translation(tgt: str, severity) -> None:
    # (the source's own hedge, "ожидалось", keeps the row from the plain softening)
    src = "Весной экономика сократится на 5% (до этого ожидалось 4%), а осенью рост составит 3%."
    assert [s for _, s in flags(src, tgt, "ru,en")] == severity
