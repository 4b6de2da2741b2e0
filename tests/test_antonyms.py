"""The antonym check: a polarity lexicon with shared concept ids across de/ru/en/fr."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks import available
from provenance.checks.antonyms import AntonymCheck, lexicon, mentions
from provenance.lang import data


def run(src_lang: str, src: str, tgt_lang: str, tgt: str):
    pair = one_line_pair(src, src_lang, tgt, tgt_lang)
    return AntonymCheck()(pair)


def senses(code: str, text: str) -> set[tuple[str, int, bool]]:
    return {(m.concept, m.pole, m.negated) for m in mentions(text, code)}


def test_registered_and_concepts_shared_by_all_languages():
    assert "antonyms" in available()
    concepts = {code: set(data(code, "cues").polarity) for code in ("de", "ru", "en", "fr")}
    assert concepts["de"] == concepts["ru"] == concepts["en"] == concepts["fr"]
    assert len(concepts["en"]) >= 20
    for code in concepts:
        for concept, (plus, minus) in data(code, "cues").polarity.items():
            assert plus and minus, (code, concept)
    assert lexicon("en").phrases  # "go up", "turn down" ...


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "Prices rose.", {("increase", 1, False)}),
        ("en", "The government will not cut taxes.", {("increase", -1, True)}),
        ("en", "Prices went up.", {("increase", 1, False)}),
        ("en", "They speak more freely.", {("amount", 1, False)}),
        ("en", "The risks are higher and rising.", {("height", 1, False), ("increase", 1, False)}),
        ("en", "Protests were banned.", {("allow", -1, False)}),
        ("en", "People are no longer afraid.", set()),
        ("en", "The rate was left unchanged.", {("increase", 0, False)}),
        ("de", "Die Steuererhöhung kommt.", {("increase", 1, False)}),
        ("de", "Die Regierung lehnte den Vorschlag ab.", {("accept", -1, False),
                                                          ("support", -1, False)}),
        ("de", "Die Regierung schloss einen Vertrag ab.", set()),
        ("de", "Die Grenze ist geschlossen.", {("open", -1, False)}),
        ("de", "Die Preise bleiben niedrig.", {("height", -1, False)}),
        ("de", "Die Löhne sind stärker gestiegen als die Preise.",
         {("increase", 1, False), ("amount", 1, False), ("strength", 1, False)}),
        ("de", "Ein kleiner Genfer Club.", {("size", -1, False)}),
        ("de", "Die Menschen haben keine Angst mehr.", set()),
        ("de", "Es gibt grosse Unterschiede.", {("size", 1, False)}),  # Swiss "ss"
        ("ru", "Правительство повысит налоги.", {("increase", 1, False)}),
        ("ru", "Снижение налогов.", {("increase", -1, False)}),
        ("ru", "Люди больше не боятся.", set()),
        ("ru", "Они говорят свободнее.", {("amount", 1, False)}),
        ("ru", "Партнёр и партнер.", {("ally", 1, False)}),
        ("fr", "Les prix ont augmenté.", {("increase", 1, False)}),
        ("fr", "La source tarit quelque peu.", set()),
    ],
)  # fmt: skip
def test_mentions(code, text, expected):
    assert senses(code, text) == expected


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt", "key"),
    [
        ("de", "Die Regierung wird die Steuern nicht erhöhen.", "en",
         "The government will not cut taxes.", "antonym:increase:-"),
        ("ru", "Экспорт заметно вырос.", "en", "Exports fell noticeably.",
         "antonym:increase:-"),
        ("de", "Die Stadt hat Demonstrationen verboten.", "ru",
         "Город разрешил демонстрации.", "antonym:allow:+"),
        ("de", "Die Verhandlungen waren ein Erfolg.", "en",
         "The negotiations were a failure.", "antonym:success:-"),
        ("de", "Die Zentralbank hat den Leitzins unverändert gelassen.", "en",
         "The central bank raised its key rate.", "antonym:increase:+"),
        ("de", "Der Rubel hat an Wert verloren.", "ru", "Рубль подорожал.",
         "antonym:price:+"),
        ("de", "Sie sprechen freier über Politik.", "en",
         "They speak less freely about politics.", "antonym:amount:-"),
        ("de", "Das Parlament hat die Reform abgelehnt.", "fr",
         "Le parlement a adopté la réforme.", "antonym:accept:+"),
        ("en", "Prices rose.", "de", "Die Preise blieben unverändert.", "antonym:increase:0"),
    ],
)  # fmt: skip
def test_reversals_are_flagged(src_lang, src, tgt_lang, tgt, key):
    (f,) = run(src_lang, src, tgt_lang, tgt)
    assert (f.type, f.severity, f.key) == ("meaning", "major", key)
    assert f.src_spans and f.tgt_spans


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt"),
    [
        # Opposite poles with opposite negation say the same thing.
        ("de", "Demonstrationen sind nicht erlaubt.", "en", "Demonstrations are banned."),
        ("ru", "Команда не проиграла.", "en", "The team did not lose."),
        ("de", "Die Mannschaft hat nicht gewonnen.", "en", "The team lost."),
        # Same pole, other words.
        ("de", "Die Preise sind gestiegen.", "en", "Prices went up."),
        ("ru", "Рубль ослаб.", "en", "The rouble has weakened."),
        # A side with both poles ("lift the ban") is not judged.
        ("de", "Die Regierung hebt das Verbot auf.", "en", "The government bans it."),
        # Not polarity words in these phrases.
        ("de", "Die Menschen haben keine Angst mehr.", "en", "People are less afraid now."),
        ("de", "Er ist ein enger Verbündeter.", "en", "He is a close ally."),
    ],
)  # fmt: skip
def test_faithful_translations_pass(src_lang, src, tgt_lang, tgt):
    assert run(src_lang, src, tgt_lang, tgt) == []


def test_empty_side_is_skipped():
    assert run("de", "Die Preise sind gestiegen.", "en", "") == []


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt", "concept"),
    [
        # temperatures, superlatives included
        ("de", "Es war der heißeste Juni seit Beginn der Aufzeichnungen.", "en",
         "It was the coldest June on record.", "heat"),
        ("ru", "Это был самый жаркий июнь за всю историю наблюдений.", "en",
         "It was the coldest June on record.", "heat"),
        # a particle verb in a clause that ends in another word that can be a particle
        # ("zurückgegangen, bleibt aber hoch": "hoch" is no particle of it)
        ("de", "Die Zahl ist leicht zurückgegangen, bleibt aber hoch.", "en",
         "The number rose slightly but remains high.", "increase"),
    ],
)  # fmt: skip
def test_temperatures_and_particle_verbs(src_lang, src, tgt_lang, tgt, concept):
    (f,) = run(src_lang, src, tgt_lang, tgt)
    assert f.type == "meaning" and f"({concept}:" in f.message


def test_same_temperature_and_same_direction_pass():
    assert run("de", "Es war der heißeste Juni.", "en", "It was the hottest June.") == []
    assert run("de", "Die Zahl ist zurückgegangen, bleibt aber hoch.", "en",
               "The number fell but remains high.") == []  # fmt: skip


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt", "key"),
    [
        ("de", "Die Verhandlungen waren lang und zäh.", "en",
         "The negotiations were short and tough.", "antonym:length:-"),
        ("ru", "Переговоры будут короткими.", "en", "The talks will be lengthy.",
         "antonym:length:+"),
        ("en", "Most of the victims were young.", "de", "Die meisten Opfer waren alt.",
         "antonym:age:-"),
        ("ru", "Ранее клуб уже продлил контракт.", "en",
         "The club extended the contract later.", "antonym:early:-"),
    ],
)  # fmt: skip
def test_length_age_and_earlier(src_lang, src, tgt_lang, tgt, key):
    (f,) = run(src_lang, src, tgt_lang, tgt)
    assert f.key == key


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt"),
    [
        ("en", "As long as the virus spreads, the borders stay shut.", "de",
         "Solange sich das Virus ausbreitet, bleiben die Grenzen kurz geschlossen."),
        ("de", "Kurz vor dem Spiel wurde er verletzt.", "en", "He was injured before long."),
        ("de", "Er ist 25 Jahre alt.", "en", "He is 25 years old."),
    ],
)  # fmt: skip
def test_length_and_age_idioms_pass(src_lang, src, tgt_lang, tgt):
    assert run(src_lang, src, tgt_lang, tgt) == []


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt", "key"),
    [
        # the start or end of a month
        ("de", "Ende Mai hatte Argentinien die Zinsen nicht beglichen.", "en",
         "In early May, Argentina did not pay the interest.", "antonym:early:+"),
        ("en", "By the end of June the plant was closed.", "ru",
         "В начале июня завод был закрыт.", "antonym:early:+"),
        ("ru", "В конце мая выборы прошли.", "fr", "Début mai, les élections ont eu lieu.",
         "antonym:early:+"),
        # tall, fragile, excel
        ("en", "Workers took down the 27-foot tall monument.", "de",
         "Arbeiter bauten das 8 Meter niedrige Denkmal ab.", "antonym:height:-"),
        ("en", "The already fragile economy was battered.", "ru",
         "Уже и без того сильная экономика обрушилась.", "antonym:strength:+"),
        ("en", "The UK excels compared with the US.", "de",
         "Großbritannien ist im Vergleich zu den USA schlechter.", "antonym:good:-"),
        ("en", "Shivraj Singh Chouhan On Testing Covid Positive", "de",
         "Shivraj Singh Chouhan negativ auf Covid getestet", "antonym:test:-"),
        # one of two mentions of a pole turned into the other
        ("en", "The enemy was perched high on the mountains, but the high morale of our "
         "forces won.", "ru", "Враг сидел высоко в горах, но низкий боевой дух наших сил "
         "победил.", "antonym:height:-"),
    ],
)  # fmt: skip
def test_round_4_reversals(src_lang, src, tgt_lang, tgt, key):
    assert [f.key for f in run(src_lang, src, tgt_lang, tgt)] == [key]


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt"),
    [
        # "lift the ban" states both poles for "allowed": the source's pole is kept
        ("en", "The city allowed the concerts.", "de",
         "Die Stadt hob das Verbot der Konzerte auf und erlaubte sie."),
        # amounts are counted too loosely across languages to compare
        ("en", "There are lots of small trials with a few dozen patients.", "de",
         "Es gibt zahlreiche kleinere Studien mit ein paar Dutzend Patienten."),
        # a German noun ahead of a clause-final "nicht" is not negated by it
        ("de", "Der Anstieg der Preise wurde nicht gebremst.", "en",
         "The rise in prices was not slowed down."),
        ("en", "At the end of the war, the city was rebuilt.", "de",
         "Am Ende des Krieges wurde die Stadt wieder aufgebaut."),
    ],
)  # fmt: skip
def test_round_4_faithful_pass(src_lang, src, tgt_lang, tgt):
    assert run(src_lang, src, tgt_lang, tgt) == []


def test_german_noun_scope_is_near_and_verb_scope_is_the_clause():
    assert senses("de", "Ende Mai hatte Argentinien die Zinsen nicht beglichen.") == {
        ("early", -1, False)
    }
    assert ("win", 1, True) in senses("de", "Er hat in dieser Saison kein Spiel gewonnen.")
    assert ("increase", 1, True) in senses("de", "Es gab keinen Anstieg.")


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt"),
    [
        (
            "de",
            "Die meisten Bürger unterstützen die Reform nicht.",
            "en",
            "Most citizens are against the reform.",
        ),
        (
            "ru",
            "Большинство граждан не поддерживают реформу.",
            "en",
            "Most citizens are against the reform.",
        ),
    ],
)
def test_a_stance_against_is_the_polarity_word_not_its_negation(src_lang, src, tgt_lang, tgt):
    # "are against" is also a soft negative (a stance) for the negation check; here it
    # must stay the negative pole itself, so "does not support" = "is against" passes.
    assert run(src_lang, src, tgt_lang, tgt) == []
    assert ("support", -1, False) in senses("en", tgt)


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt", "key"),
    [
        # how big a thing is and how many there are are two concepts: "more than 46
        # warships" does not hide "the large warship" turned "small"
        ("ru", "Более 46 кораблей и большой корабль «Калининград».", "en",
         "More than 46 warships and the small warship Kaliningrad.", "antonym:size:-"),
        ("en", "Some major catalogues show so many fruits.", "de",
         "Die Kataloge einiger kleiner Hersteller zeigen so viele Früchte.", "antonym:size:-"),
        ("ru", "«Зенит» обыграл «Химки» и завоевал Кубок.", "en",
         "Zenit beat Khimki, losing the Cup.", "antonym:win:-"),
    ],
)  # fmt: skip
def test_size_is_not_amount(src_lang, src, tgt_lang, tgt, key):
    assert [f.key for f in run(src_lang, src, tgt_lang, tgt)] == [key]


def test_a_few_is_not_few() -> None:
    # "a few" = some (existential), "few" = not many: only the latter is the pole
    assert senses("en", "a few dozen patients") == set()
    assert senses("en", "few patients") == {("amount", -1, False)}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # discourse markers and time adverbials in which "more", "little" state no amount
        ("ru", "Более того, проект закрыли."),
        ("en", "What's more, the project was closed."),
        ("de", "Mehr noch, das Projekt wurde geschlossen."),
        ("fr", "Peu après, il est parti."),
    ],
)
def test_discourse_markers_state_no_amount(code: str, text: str) -> None:
    assert not {c for c, _, _ in senses(code, text)} & {"amount", "size"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mal" is the adverb of "mauvais" (German says both with "schlecht")
        ("les cordées les plus mal réveillées", {("good", -1, False)}),
        # "haut" and "bas" as a place or a voice are no height
        ("une voie tracée depuis le bas", set()),
        ("je jure tout haut", set()),
        ("du haut de la tour", set()),
        ("le chef du haut commandement", {("height", 1, False)}),
        ("un niveau bas", {("height", -1, False)}),
    ],
)
def test_french_adverbs_and_places(text, expected):
    assert senses("fr", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "schwer"/"leicht" of degree (before a participle) or of weight and seriousness
        # (inflected before a noun) are no difficulty
        ("Der Mann wurde schwer verletzt.", set()),
        ("Die Preise sind leicht gestiegen.", {("increase", 1, False)}),
        ("Er erlitt schwere Verletzungen.", set()),
        # as a predicate they are hard and easy
        ("Es ist schwer, das zu sagen.", {("ease", -1, False)}),
        ("Die Aufgabe wird leicht.", {("ease", 1, False)}),
    ],
)
def test_german_degree_and_weight_are_no_difficulty(text, expected):
    assert senses("de", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # uninflected "zunehmend" before another word is a degree adverb ("increasingly"),
        # as English "increasingly" is no mention either
        ("Das zunehmend schwächere Seil.", {("strength", -1, False)}),
        ("Die Regierung gerät zunehmend unter Druck.", set()),
        # it states an increase where it says what grows
        ("Die Gewalt ist zunehmend.", {("increase", 1, False)}),
    ],
)
def test_german_zunehmend_as_a_degree_adverb_states_no_increase(text, expected):
    assert senses("de", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English "against" states opposition as a stance, as the other languages list it
        # ("выступать против"), not as the preposition of a vaccine or a match
        ("They voted against the bill.", {("support", -1, False)}),
        ("Most people are strongly against the reform.", {("support", -1, False),
                                                          ("amount", 1, False)}),
        ("He spoke out against the plan.", {("support", -1, False)}),
        ("Vaccination against COVID-19 is free.", set()),
        ("The match against Bayern is on Sunday.", set()),
    ],
)  # fmt: skip
def test_english_against_of_a_stance_only(text, expected):
    assert senses("en", text) == expected


def test_a_source_with_both_poles_is_not_judged_russian_slabo() -> None:
    # "слабо укрепленных" = weakly fortified: "слабо" states the weak pole, so the source
    # holds both and "weak structures" reverses nothing
    src = "Машину нужно припарковать вдали от деревьев или слабо укрепленных конструкций."
    tgt = "The car should be parked away from trees or weak structures."
    assert run("ru", src, "en", tgt) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "end" is the stop pole of start, as English "end" and German "beenden"/"enden"
        ("А затем закончились переговоры.", {("start", -1, False)}),
        ("Совет решил закончить процесс.", {("start", -1, False)}),
        ("Завершились соревнования по Турингу.", {("start", -1, False)}),
    ],
)
def test_russian_end_verbs_stop_the_start_concept(text, expected):
    assert senses("ru", text) == expected


def test_russian_end_against_english_begin_is_a_reversal():
    src = "The council voted unanimously to begin the removal process."
    tgt = "Совет единогласно проголосовал за то, чтобы закончить процесс демонтажа."
    (f,) = run("en", src, "ru", tgt)
    assert f.key == "antonym:start:-"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine person noun states what its masculine states, also as a compound head
        ("Die Oscar-Gewinnerin ist tot.", {("win", 1, False)}),
        ("Die Siegerin des Rennens.", {("win", 1, False)}),
        ("Eine Partnerin.", {("ally", 1, False)}),
        # a word that merely ends in "in" is no feminine of a listed noun
        ("Der Termin und das Benzin.", set()),
    ],
)
def test_german_feminine_person_nouns(text, expected):
    assert senses("de", text) == expected


def test_russian_descend_is_the_opposite_of_rise():
    # "опуститься" is the opposite of the listed "подняться": a source stating the fall
    # twice and a translation stating it once and a rise once turned one of them
    assert senses("ru", "Ставки могут опуститься к 4,2%.") == {("increase", -1, False)}
    src = "Ставки будут падать - в ближайшие месяцы они могут опуститься к 4,2%."
    tgt = "Rates will fall - in the coming months they may rise to 4.2%."
    (f,) = run("ru", src, "en", tgt)
    assert f.key == "antonym:increase:+"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "le bon"/"la bonne" before a noun is the right one, no quality
        ("Il faut chercher le bon rocher.", set()),
        ("Il est arrivé au bon moment.", set()),
        ("Ils vont dans la bonne direction.", set()),
        ("C'est du bon travail.", {("good", 1, False)}),
        ("Un bon résultat.", {("good", 1, False)}),
        ("Le résultat est bon.", {("good", 1, False)}),
        # a quality after all: good news
        ("La bonne nouvelle est arrivée.", {("good", 1, False)}),
    ],
)
def test_french_le_bon_is_the_right_one(text, expected):
    assert senses("fr", text) == expected


def test_le_bon_rocher_against_schlecht_is_no_reversal():
    # Text+Berg 002: the right rock, and badly bonded slabs: no good against bad
    src = "wobei man sich auf schlecht mit dem Untergrund verbundenen Platten leicht machen muss"
    tgt = "en se faisant léger sur des feuillets soudés au rocher, chercher le bon rocher"
    assert run("de", src, "fr", tgt) == []


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # "after all", "après tout" set off by punctuation = nevertheless, in the end
        ("en", "It was, after all, his idea.", set()),
        ("en", "He came after all.", set()),
        ("fr", "C'est, après tout, son idée.", set()),
        # the order word before a noun phrase
        ("en", "After all the votes were counted, he won.", {("order", 1, False),
                                                              ("win", 1, False)}),
        ("fr", "Après tout le travail, il part.", {("order", 1, False)}),
    ],
)  # fmt: skip
def test_after_all_is_no_order(code, text, expected):
    assert senses(code, text) == expected


@pytest.mark.parametrize(
    ("src_lang", "src", "tgt_lang", "tgt"),
    [
        ("de", "Er ging schließlich, bevor das Spiel begann.", "en",
         "After all, he left as the game began."),
        ("de", "Er ging schließlich, bevor das Spiel begann.", "fr",
         "Après tout, il est parti quand le match a commencé."),
        ("ru", "В конце концов, он уехал до того как начался матч.", "en",
         "He left after all, when the match began."),
    ],
)  # fmt: skip
def test_after_all_against_before_is_no_reversal(src_lang, src, tgt_lang, tgt):
    assert run(src_lang, src, tgt_lang, tgt) == []
