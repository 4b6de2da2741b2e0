"""The negation check's version 20 (the negation page's round 19, the team's fourteenth):
Russian "пока не" is "not yet" where its clause holds the sentence's only predicate, and
a lexicalised negative spelled with a cue ("не удалось") facing a side with no negation at
all is a flip the encoder may make major."""

from __future__ import annotations

import pytest
from conftest import one_line_pair

from provenance.checks.negation import (
    CRITICAL_GAIN,
    NegationCheck,
    find_flip,
    flip_severity,
    polarity,
    restated,
)


def _negated(text: str, code: str) -> int:
    return sum(c.negated for c in polarity(text, code))


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # "пока" after the subject, no other predicate: "for now ... not" (the comma closes
        # the parenthetical "судя по опросу", not a main clause)
        ("Остальные организации, судя по опросу, пока не смогут преодолеть барьер.", 1),
        ("Организации пока не смогут преодолеть барьер.", 1),
        # "until": a main clause before or after it, or the clause opens the sentence
        ("Мы ждём, пока не придут родители.", 0),
        ("Подождём, пока не закончится дождь.", 0),
        ("Дети, пока не пришли родители, играли во дворе.", 0),
        ("Он будет ждать пока не закончится дождь.", 0),
        ("Пока не закончится война.", 0),
        # a predicative ("нельзя") is a main clause's predicate: its own cue is the one
        ("Пока не придут родители, нельзя уходить.", 1),
        ("Детям не разрешили покинуть школу, пока не пришли родители.", 1),
    ],
)
def test_poka_ne_is_not_yet_when_its_clause_holds_the_only_predicate(
    text: str, negated: int
) -> None:
    assert _negated(text, "ru") == negated


_ABLE = "In this way, Recovery was able to demonstrate that the steroid reduced deaths."
_FAILED = "Таким образом RECOVERY не удалось продемонстрировать, что стероид снизил смертность."


def test_a_lexicalised_negative_spelled_with_a_cue_is_a_spelled_flip() -> None:
    flip = find_flip(one_line_pair(_ABLE, "en", _FAILED, "ru"))
    assert flip is not None and flip.soft and flip.spelled and flip.direction == "added"
    assert flip_severity(flip, CRITICAL_GAIN) == "major"
    assert flip_severity(flip, CRITICAL_GAIN - 0.001) is None
    # the other direction reads it as well
    back = find_flip(one_line_pair(_FAILED, "ru", _ABLE, "en"))
    assert back is not None and back.spelled and back.direction == "lost"


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # "без" is a mere word: a soft flip, minor at most as before
        ("He came with his wife.", "en", "Он пришёл без жены.", "ru"),
        # "without" likewise
        ("Он пришёл с женой.", "ru", "He came without his wife.", "en"),
    ],
)
def test_a_soft_negative_without_a_cue_stays_minor_at_most(
    src: str, sl: str, tgt: str, tl: str
) -> None:
    flip = find_flip(one_line_pair(src, sl, tgt, tl))
    assert flip is not None and flip.soft and not flip.spelled
    assert flip_severity(flip, 0.1) == "minor" and flip_severity(flip, CRITICAL_GAIN) is None


@pytest.mark.parametrize(
    "tgt",
    [
        "In this way, Recovery failed to demonstrate that the steroid reduced deaths.",
        # a cue of the other side faces it: the soft negative excuses it, as before
        "In this way, Recovery could not demonstrate that the steroid reduced deaths.",
    ],
)
def test_no_spelled_flip_facing_a_negative(tgt: str) -> None:
    flip = find_flip(one_line_pair(_FAILED, "ru", tgt, "en"))
    assert flip is None or not flip.spelled
    assert flip is None or flip_severity(flip, 0.1) is None


def _real(src: str, sl: str, tgt: str, tl: str, encoder) -> list[str]:
    pair = one_line_pair(src, sl, tgt, tl, embed=encoder.encode)
    check = NegationCheck()
    check.prepare([pair])
    return [f.severity for f in check(pair)]


def test_real_encoder_a_spelled_flip_is_major(encoder) -> None:
    src = (
        "In this way, Recovery was able to demonstrate that the steroid dexamethasone "
        "reduced deaths by a third in Covid-19 patients on ventilators."
    )
    tgt = (
        "Таким образом RECOVERY не удалось продемонстрировать, что стероид дексаметазон "
        "уменьшил количество смертей на треть среди больных коронавирусом, подключенным к "
        "аппаратам ИВЛ."
    )
    assert _real(src, "en", tgt, "ru", encoder) == ["major"]
    # the faithful row has no flag
    assert _real(src, "en", tgt.replace("не удалось", "удалось"), "ru", encoder) == []


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        (
            "Исследователям не удалось найти причину сбоя.",
            "The researchers failed to find the cause of the failure.",
        ),
        (
            "Исследователям не удалось найти причину сбоя.",
            "The researchers were unable to find the cause of the failure.",
        ),
        (
            "Исследователям не удалось найти причину сбоя.",
            "The researchers could not find the cause of the failure.",
        ),
    ],
)
def test_real_encoder_faithful_renderings_of_ne_udalos_raise_nothing(
    src: str, tgt: str, encoder
) -> None:
    assert not [s for s in _real(src, "ru", tgt, "en", encoder) if s != "minor"]


@pytest.mark.parametrize(
    ("text", "code", "positive"),
    [
        ("Customers who no longer wish to travel can transfer.", "en",
         "Customers who still wish to travel can transfer."),
        ("Das Team konnte sich nicht mehr retten.", "de", "Das Team konnte sich noch retten."),
        ("Он больше не работает здесь.", "ru", "Он всё ещё работает здесь."),
        ("Он уже не работает здесь.", "ru", "Он всё ещё работает здесь."),
        ("Il n'est plus là.", "fr", "Il est toujours là."),
        # near misses: a bound, another word, no continuation
        ("Sie ist nicht mehrheitlich dafür.", "de", "Sie ist mehrheitlich dafür."),
        ("He did not come any longer than usual.", "en", "He did come any longer than usual."),
        ("Он не больше нас.", "ru", "Он больше нас."),
    ],
)  # fmt: skip
def test_a_negation_of_continuation_is_restated_as_a_whole(
    text: str, code: str, positive: str
) -> None:
    cues = [x for c in polarity(text, code) for x in c.cues]
    assert restated(text, cues, code) == positive


def test_real_encoder_no_longer_facing_a_lexical_negative_is_no_major(encoder) -> None:
    # "передумали" (changed their minds) says "no longer wish": restated as "still wish"
    # the source comes no closer to it (as "a longer wish" did: a major flag before)
    src = (
        '"Customers who no longer wish to travel can transfer their flights without a change '
        'fee or receive a voucher for the value of the booking," the company said in a statement.'
    )
    tgt = (
        '"Клиенты, которые передумали лететь, могут перенести свой рейс без уплаты сбора за '
        'замену или получить ваучер на сумму стоимости бронирования", — говорится в заявлении '
        "компании."
    )
    assert not [s for s in _real(src, "en", tgt, "ru", encoder) if s != "minor"]
    # ... while "nicht mehr retten konnte" facing "could save itself" stays a flag
    src = "Genau wie Bournemouth, das sich durch ein 3:1 beim FC Everton nicht mehr retten konnte."
    tgt = "Exactly like Bournemouth that could save itself even with a 3:1 at the FC Everton."
    assert _real(src, "de", tgt, "en", encoder) in (["major"], ["critical"])


@pytest.mark.parametrize(
    ("src", "sl", "tgt", "tl"),
    [
        # a cue demoted to an affix is no spelled negative: "non-life threatening" and
        # "nicht lebensbedrohliche" stay soft flips, minor at most
        ("Er erlitt nicht lebensbedrohliche Verletzungen.", "de",
         "He suffered minor injuries.", "en"),
        ("He suffered non-life threatening injuries.", "en",
         "Er erlitt leichte Verletzungen.", "de"),
    ],
)  # fmt: skip
def test_a_demoted_cue_is_no_spelled_negative(src: str, sl: str, tgt: str, tl: str) -> None:
    flip = find_flip(one_line_pair(src, sl, tgt, tl))
    assert flip is not None and flip.soft and not flip.spelled
    assert flip_severity(flip, CRITICAL_GAIN + 0.01) is None


# Review mends of version 20 (version 21)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a headline's verbless main clause before "пока": "until", the verb after "не"
        # has its own subject after it, or "до тех пор" says so
        ("Самоизоляция — до тех пор, пока не снизится число заражений.", 0),
        ("В Москве режим самоизоляции, пока не появится вакцина.", 0),
        ("Самоизоляция до тех пор пока не снизится число заражений.", 0),
        # ... while a parenthetical before "пока" leaves "not yet" where the verb takes
        # the subject before it (an object after it, or a noun a preposition governs)
        ("Организация, судя по опросу, пока не сможет преодолеть барьер.", 1),
        ("Компания, по данным СМИ, пока не приняла решение.", 1),
        ("Врачи, по их словам, пока не уйдут в отпуск.", 1),
        ("Пациент, по словам врачей, пока не готов к выписке.", 1),
        # nothing but the subject before it: "not yet", whatever follows
        ("В Москве пока не принято решение о карантине.", 1),
    ],
)
def test_poka_ne_after_a_verbless_main_clause_is_until(text: str, negated: int) -> None:
    assert _negated(text, "ru") == negated


def test_poka_ne_of_a_listed_soft_negative_stays_soft() -> None:
    text = "Полиции пока не удалось установить личность погибшего."
    (clause,) = polarity(text, "ru")
    assert not clause.negated and [k for *_, k in clause.soft_spans] == ["lexical"]
    # "have yet to" is a soft negative of its own: no flip
    tgt = "Police have yet to identify the victim."
    assert find_flip(one_line_pair(text, "ru", tgt, "en")) is None


@pytest.mark.parametrize(
    ("tgt", "spelled"),
    [
        # a paraphrase without the success stated: a soft flip, minor at most
        ("He ended up in prison.", False),
        ("He avoided prison.", False),
        # the success stated outright: a spelled flip
        ("He managed to avoid prison.", True),
        ("He was able to avoid prison.", True),
    ],
)
def test_a_spelled_flip_needs_the_success_stated(tgt: str, spelled: bool) -> None:
    flip = find_flip(one_line_pair("Ему не удалось избежать тюрьмы.", "ru", tgt, "en"))
    assert flip is not None and flip.soft and flip.spelled == spelled
    assert (flip_severity(flip, CRITICAL_GAIN) == "major") == spelled


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("Ему не удалось избежать тюрьмы.", "He ended up in prison."),
        ("Команде не удалось удержать победу.", "The team let the victory slip away."),
    ],
)
def test_real_encoder_a_paraphrase_of_ne_udalos_is_no_major(src: str, tgt: str, encoder) -> None:
    assert not [s for s in _real(src, "ru", tgt, "en", encoder) if s != "minor"]


def test_real_encoder_success_stated_against_ne_udalos_is_major(encoder) -> None:
    src = "Спасателям не удалось добраться до пострадавших."
    assert _real(src, "ru", "Rescuers managed to reach the victims.", "en", encoder) == ["major"]


@pytest.mark.parametrize(
    ("text", "code", "positive"),
    [
        # a comparison, no continuation: the cue alone goes, as before version 20
        ("Es gab nicht mehr Tote als im Vorjahr.", "de", "Es gab mehr Tote als im Vorjahr."),
        ("Больше не было случаев, чем в прошлом году.", "ru",
         "Больше было случаев, чем в прошлом году."),
        ("The meeting lasted no longer than an hour.", "en",
         "The meeting lasted a longer than an hour."),
        # ... while a predicate noun after "nicht mehr" is continuation
        ("Er ist nicht mehr Minister.", "de", "Er ist noch Minister."),
        ("Il n'est plus ministre.", "fr", "Il est toujours ministre."),
    ],
)  # fmt: skip
def test_a_comparison_is_no_negation_of_continuation(text: str, code: str, positive: str) -> None:
    cues = [x for c in polarity(text, code) for x in c.cues]
    assert restated(text, cues, code) == positive


def test_ne_plus_que_is_no_negation_of_continuation() -> None:
    # "ne reste plus que" = only ... left: never "reste toujours que"
    from provenance.checks.negation import _continuation

    for text in ("Il ne reste plus que deux jours.", "Il ne mange plus de viande que le dimanche."):
        low = text.lower()
        a = low.index("ne ")
        assert _continuation(text, a, a + 2, "fr") == (a, a + 2, "hard")
    assert _continuation("Il ne reste plus là.", 3, 5, "fr")[2] == "=reste toujours"


def test_real_encoder_nicht_mehr_comparison_stays_a_flag(encoder) -> None:
    src = "Es gab nicht mehr Tote als im Vorjahr."
    tgt = "There were more deaths than the year before."
    assert _real(src, "de", tgt, "en", encoder) in (["major"], ["critical"])
