"""Russian cue data for the meaning checks (see provenance.lang.cues)."""

import re

from provenance.lang.cues import CueData, TenseCues

_POKA_NE = re.compile(r"\bпока\s+(не)\s+(\w+)")


def not_yet(low: str) -> list[tuple[int, int]]:
    """The "не" of "пока не" that is "not yet", a real negation, which the idiom "пока
    не" = until (before a perfective: "пока не закончится") blanks: before an
    imperfective verb in the present ("причины пока не уточняются"), or where the clause
    of "пока" holds the sentence's only predicate and nothing else marks it as "until"
    (`_sole_predicate`). Never after the correlative "до тех пор" (= until then)."""
    from provenance.util.lexicon import morph

    out = []
    for m in _POKA_NE.finditer(low):
        if _CORRELATIVE.search(low, max(m.start() - 20, 0), m.start()):
            continue
        tag = morph().parse(m.group(2))[0].tag
        if (tag.POS == "VERB" and tag.aspect == "impf" and tag.tense == "pres") or (
            _sole_predicate(low, m.start(), m.end())
        ):
            out.append(m.span(1))
    return out


_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")
_CLAUSE_END = re.compile(r"[,;:—–]|$")
_SEPARATOR = re.compile(r"[,;:—–()]")
_CORRELATIVE = re.compile(r"\bдо\s+тех\s+пор\s*[,—–]?\s*$")
_WORD = re.compile(r"\w+")
# predicates of a main clause: finite verbs, infinitives ("нельзя уходить"), predicatives,
# short adjectives and participles ("дети голодны", "дверь закрыта")
_PREDICATE = frozenset({"VERB", "INFN", "PRED", "ADJS", "PRTS"})


def _sole_predicate(low: str, start: int, end: int) -> bool:
    """ "пока не" at `low[start:end]` stands after its sentence's subject ("организации,
    судя по опросу, пока не смогут преодолеть барьер") and no predicate of the sentence
    lies outside its clause: then no main clause is left for an "until" clause to
    depend on, so "пока" is the adverb "for now" and the "не" denies the sentence's own
    verb. (A clause of "until" has its main clause: "Мы ждём, пока не придут родители",
    "Дети, пока не пришли родители, играли"; one that opens the sentence is left as it
    is: "Пока не закончится война.") A headline's main clause is often verbless ("В
    Москве режим самоизоляции, пока не появится вакцина"): so where a comma or a dash
    sets something off before "пока", the verb after "не" must also lack a subject of its
    own after it (`_own_subject`), as "not yet" takes the subject before it."""
    from provenance.util.lexicon import morph

    sentence = next(s for s in _SENTENCE.finditer(low) if s.start() <= start < s.end())
    if not _WORD.search(low, sentence.start(), start):
        return False
    clause_end = _CLAUSE_END.search(low, end, sentence.end()).start()  # "$" at the end
    outside = [
        *_WORD.finditer(low, sentence.start(), start),
        *_WORD.finditer(low, clause_end, sentence.end()),
    ]
    if any(morph().parse(w.group())[0].tag.POS in _PREDICATE for w in outside):
        return False
    if not _SEPARATOR.search(low, sentence.start(), start):
        return True
    return not _own_subject(low, end, clause_end)


def _own_subject(low: str, end: int, clause_end: int) -> bool:
    """The word before `end` (the one after "пока не") is a finite verb or short form
    with a subject after it in its clause: a noun or pronoun in the nominative that
    agrees with it in number (and gender, in the past singular), before any infinitive
    or other verb and not governed by a preposition ("пока не снизится число
    заражений", "пока не появится вакцина"; not "пока не приняла решение")."""
    from provenance.util.lexicon import morph

    verb = morph().parse(low[low.rfind(" ", 0, end) + 1 : end].strip())[0].tag
    if verb.POS not in ("VERB", "PRTS", "ADJS"):
        return False
    after_preposition = False
    for w in _WORD.finditer(low, end, clause_end):
        parses = morph().parse(w.group())
        pos = parses[0].tag.POS
        if pos in ("VERB", "INFN"):
            return False
        if pos == "PREP":
            after_preposition = True
            continue
        nominal = [p.tag for p in parses if p.tag.POS in ("NOUN", "NPRO")]
        if not nominal or pos not in ("NOUN", "NPRO"):
            continue
        if after_preposition:  # the noun a preposition governs
            after_preposition = False
            continue
        for tag in nominal:
            if tag.case != "nomn" or (verb.number and tag.number and verb.number != tag.number):
                continue
            if verb.number == "sing" and verb.gender and tag.gender and verb.gender != tag.gender:
                continue
            return True
    return False


_NEXT = re.compile(r"\s+(\w+)")
_PREVIOUS = re.compile(r"(\w+)\s+$")


def _needs_no_ne(low: str, start: int, end: int, prev: re.Match[str] | None) -> bool:
    """The concord word at `low[start:end]` is a noun-like pronoun that wants no "не"
    (round 21 review). With a preposition the negated pronoun splits ("ни из чего", "ни с
    кем"), so a preposition right before the unsplit word makes it the noun "nothing /
    nobody" ("создал из ничего" = built from nothing); the instrumental pronoun is
    predicative ("стал никем" = became a nobody, "закончилось ничем" = came to nothing).
    Read from the morphology's case tags, not a list of forms. `prev`: the word before."""
    from provenance.util.lexicon import morph

    if prev is not None and morph().parse(prev.group(1))[0].tag.POS == "PREP":
        return True
    return any(p.tag.POS == "NPRO" and p.tag.case == "ablt" for p in morph().parse(low[start:end]))


def stranded_concord(low: str, start: int, end: int) -> bool:
    """The concord word at `low[start:end]` ("никогда", "никто", "ничего") stands right
    beside a verb other than "быть", with no "не": "никогда лгать", "никто пришёл". Russian
    grammar wants "не" before that verb, so it was lost. "как никогда" (= than ever) and
    "бы ни" (= whatever) are idioms the cue data blanks before this test. Since round 21
    also a negative pronoun or adverb anywhere in a stretch that holds a finite verb
    (`_concord_clause_verb`: "имела с ним никаких проблем")."""
    from provenance.util.lexicon import morph

    prev = _PREVIOUS.search(low, max(start - 40, 0), start)
    if _needs_no_ne(low, start, end, prev):
        return False
    neighbours = [_NEXT.match(low, end), prev]
    for m in neighbours:
        if m is None:
            continue
        parse = morph().parse(m.group(1))[0]
        if parse.tag.POS in ("VERB", "INFN") and parse.normal_form != "быть":
            return True
    return _concord_clause_verb(low, start, end)


# Where a stretch of a clause ends: punctuation, quotes, dashes (a reporting clause, "»,
# — добавил", is another predicate's).
_STRETCH_END = re.compile(r"[,;:.!?…()«»\"“”„—–]")
# The negative pronouns, determiners and adverbs (not the particle "ни", whose "как ни",
# "куда ни глянь" concede without "не").
_NI_WORD = re.compile(
    r"ни(?:кто|кого|кому|кем|ком|что|чего|чему|чем|как\w*|где|куда|когда"
    r"|откуда|сколько|чуть|коим)"
)
_WORD_RU = re.compile(r"\w+")


def _concord_clause_verb(low: str, start: int, end: int) -> bool:
    """A negative pronoun or adverb ("никаких", "ничего", "никто") shares its stretch of
    the clause (no punctuation between) with a finite verb other than "быть", and
    nothing there negates: "имела с ним никаких проблем". Russian negative concord puts
    "не" on the finite verb of the clause (or "нет"); without it the sentence is
    ungrammatical, so the negation was lost. A stretch without a finite verb is elliptic
    ("но ничего существенного", "Ничего себе!"), no loss."""
    from provenance.util.lexicon import morph

    if not _NI_WORD.fullmatch(low[start:end]):
        return False
    left = max((m.end() for m in _STRETCH_END.finditer(low, 0, start)), default=0)
    right = _STRETCH_END.search(low, end)
    stop = right.start() if right else len(low)
    if low[start:end] == "ничего" and not low[end:stop].strip():
        return False  # closing its stretch, "ничего" is "all right" ("выглядит ничего")
    words = [w.group() for w in _WORD_RU.finditer(low, left, stop)]
    if any(w in ("не", "нет", "нельзя", "без", "безо") for w in words):
        return False
    for w in words:
        parse = morph().parse(w)[0]
        if parse.tag.POS == "VERB" and parse.normal_form != "быть":
            return True
    return False


def constituent_word(word: str) -> bool:
    """A "не" right before `word` negates it as a constituent: an adjective, a short
    adjective or an adverb by pymorphy3's likeliest parse ("не вполне", "не готов"), not
    a verb, nor a function word (Zipf ≥ 6 in wordfreq: "очень", "так")."""
    from provenance.util.lexicon import morph, zipf

    low = word.lower()
    if not low.isalpha() or zipf(low, "ru") >= 6.0:
        return False
    return morph().parse(low)[0].tag.POS in ("ADJF", "ADJS", "ADVB", "COMP")


# Lemmas of smallness, rarity, badness and obscurity: "не" before one denies the small,
# rare, bad or unknown, a positive statement in one word ("немалые" = considerable,
# "немаловажный" = important, "нередко" = often, "недурно" = rather well,
# "небезызвестный" = well known). A short list of bases, not of the prefixed words: every
# form and derivative of a base is read by its pymorphy3 lemma.
# fmt: off
_LITOTES_BASES = frozenset({
    "малый", "маленький", "маловажный", "мелкий", "редкий", "редко", "дурной", "дурно",
    "плохой", "плохо", "худой", "худо", "безызвестный", "бесполезный", "безосновательный",
    "безынтересный", "безуспешный", "безвредный",
})
# fmt: on


def one_word_litotes(word: str) -> bool:
    """`word` is "не" + a base of `_LITOTES_BASES` (by pymorphy3's lemma of the word
    without its prefix, or the adverb's own form: "нередко", "недурно")."""
    from provenance.util.lexicon import morph

    low = word.lower()
    if not low.startswith("не") or len(low) < 5:
        return False
    base = low[2:]
    return base in _LITOTES_BASES or morph().parse(base)[0].normal_form in _LITOTES_BASES


# "возможно" is "perhaps" as a parenthetical word ("Возможно, он прав"), but "(it is)
# possible" as a predicate: with an infinitive ("возможно создавать" = one can create)
# or after "это", "если", "насколько" ("насколько это возможно" = as far as possible). The
# predicate is a modal of possibility, like "можно"; only the parenthetical is doubt.
_INFINITIVE = r"\s+\w+(?:ть|ти|чь|ться|тись)\b"
_PERHAPS = r"(?<!\bэто\s)(?<!\bесли\s)(?<!\bнасколько\s)\bвозможно\b(?!" + _INFINITIVE + ")"
_POSSIBLE_TO = r"\bвозможно\b(?=" + _INFINITIVE + ")"

_SAY = r"(?:сказал\w*|заявил\w*|сообщил\w*|пообещал\w*|подтвердил\w*|объявил\w*|отметил\w*)"

# A time an event is moved to or by: "на 9 июня", "на осень", "на две недели".
_WHEN = (
    r"(?:на|с|до)\s+(?:\d|январ|феврал|март|апрел|ма[йяе]\b|июн|июл|август|сентябр|октябр"
    r"|ноябр|декабр|понедельник|вторник|сред[уы]\b|четверг|пятниц|суббот|воскресень"
    r"|следующ|будущ|весн|лет[оа]\b|осен|зим|начал[оа]|середин|кон(?:ец|ца)\b|друг(?:ой|ую)"
    r"|ин(?:ой|ую)|недел|месяц|год|день|дн(?:ей|я)\b|срок|дат|полгода"
    r"|\w+\s+(?:недел|месяц|год|дн(?:ей|я)\b|лет\b))"
)

# fmt: off
# --- tense (provenance.checks.tense): the rest comes from pymorphy3 --------------------
_TENSE = TenseCues(
    irrealis=frozenset({"бы", "б", "чтобы", "чтоб"}),
    future_clause_openers=frozenset({"если", "ежели", "когда", "пока", "едва", "прежде"}),
)

# --- polarity (provenance.checks.antonyms): entries are pymorphy3 normal forms ----------
# Month names, for the start or end of a month ("Ende Mai", "the end of May").
_MONTH_NAMES = (
    "января|февраля|марта|апреля|мая|июня|"
    "июля|августа|сентября|октября|ноября|декабря"
)

_POLARITY = {
    "increase": (
        (
            "расти", "вырасти", "возрасти", "возрастать", "увеличиться", "увеличиваться",
            "увеличить", "увеличивать", "повысить", "повышать", "повыситься", "повышаться",
            "подняться", "подниматься", "поднять", "поднимать", "рост", "увеличение",
            "повышение", "подъём", "прирост", "расширить", "расширять", "расширение",
            "нарастать", "нарасти", "прибавка", "надбавка",
        ),
        (
            "падать", "упасть", "снизиться", "снижаться", "снизить", "снижать", "сократиться",
            "сокращаться", "сократить", "сокращать", "уменьшиться", "уменьшаться", "уменьшить",
            "уменьшать", "понизить", "понижать", "понизиться", "падение", "снижение",
            "сокращение", "уменьшение", "спад", "понижение", "урезать", "обвалиться",
            # the opposite of "подняться" ("ставки могут опуститься к 4,2%")
            "опуститься", "опускаться",
        ),
    ),
    # How much against how big (see the English lexicon).
    "amount": (
        # "сильнее" is also "more" ("выросли сильнее, чем" = "rose more than").
        ("больше", "более", "больший", "многие", "много", "сильнее"),
        ("меньше", "менее", "меньший", "мало", "немногие", "реже"),
    ),
    "size": (
        ("большой", "крупный", "огромный"),
        (
            "маленький", "небольшой", "малый",
            # pymorphy3's likeliest parse of "малого", "малым" is the noun "малое"
            "малое",
        ),
    ),
    "strength": (
        (
            "сильный", "сильнее", "усилить", "усиливать", "усилиться", "укрепить", "укреплять",
            "укрепиться", "укрепление", "усиление", "окрепнуть", "ужесточить", "ужесточение",
        ),
        (
            "слабый", "ослабить", "ослаблять", "ослабнуть", "ослабеть", "ослабление",
            "слабость", "подорвать", "смягчить", "смягчение", "хрупкий",
            # the adverb ("слабо укреплённые конструкции" = weak structures); not "сильно",
            # which says how much ("сильно пострадал" = badly hurt)
            "слабо",
        ),
    ),
    "support": (
        ("поддержать", "поддерживать", "поддержка", "сторонник", r"выступ\w+\s+за"),
        (
            "противник", "противостоять", r"выступ\w+\s+против", "возражать", "сопротивляться",
            "сопротивление",
        ),
    ),
    "win": (
        (
            "победить", "побеждать", "победа", "выиграть", "выигрывать", "победитель",
            "завоевать", "завоёвывать", "обыграть", "обыгрывать",
        ),
        # "уступил со счётом 1:2" = lost 1-2
        ("проиграть", "проигрывать", "поражение", "проигравший", "уступить", "потерять", "терять"),
    ),
    "profit": (
        ("прибыль", "выгода", "профицит", "прибыльный"),
        ("убыток", "потеря", "потерять", "терять", "дефицит", "убыточный"),
    ),
    "accept": (
        (
            "принять", "принимать", "одобрить", "одобрять", "согласиться", "соглашаться",
            "утвердить", "удовлетворить", "одобрение", "принятие",
        ),
        (
            "отклонить", "отклонять", "отвергнуть", "отвергать", "отказаться", "отказываться",
            "отказ", "отказать", "отказывать", "вето",
        ),
    ),
    "allow": (
        (
            "разрешить", "разрешать", "позволить", "позволять", "разрешение", "допустить",
            "допускать", "легализовать", "снять",
        ),
        (
            "запретить", "запрещать", "запрет", "запрещённый", "ограничить", "ограничивать",
            "ограничение",
        ),
    ),
    "success": (
        ("успех", "успешный", "успешно", "удаться", "удаваться", "прорыв"),
        (
            "провал", "провалиться", "проваливаться", "неудача", "неудачный", "неуспех", "крах",
            "рухнуть",
        ),
    ),
    "good": (
        (
            "хороший", "хорошо", "лучший", "улучшить", "улучшать", "улучшиться", "улучшение",
            "положительный", "позитивный", "благоприятный",
        ),
        (
            "плохой", "плохо", "худший", "ухудшить", "ухудшать", "ухудшиться", "ухудшение",
            "отрицательный", "негативный", "неблагоприятный",
        ),
    ),
    "height": (("высокий", "выше", "высоко"), ("низкий", "ниже", "низко")),
    "heat": (
        ("жаркий", "жара", "горячий", "тёплый", "теплый", "тепло", "жарко"),
        ("холодный", "холод", "прохладный", "прохлада", "мороз", "холодно"),
    ),
    "safety": (
        ("безопасный", "безопасно", "безопасен"),
        ("опасный", "опасность", "небезопасный", "рискованный", "опасно", "опасен"),
    ),
    "open": (
        ("открыть", "открывать", "открытый", "открытие", "открыться", "открываться", "вскрыть",
         "вскрывать"),
        ("закрыть", "закрывать", "закрытый", "закрытие", "закрыться", "закрываться"),
    ),
    "protect": (
        ("защитить", "защищать", "защита", "оберегать"),
        ("угрожать", "угроза", "подвергать"),
    ),
    "wealth": (
        (
            "богатый", "богатство", "обогатиться", "обогащаться", "обогатить", "разбогатеть",
            "состоятельный",
        ),
        ("бедный", "бедность", "обеднеть", "нищета", "нищий", "обнищать", "беднеть"),
    ),
    "trade": (
        ("экспорт", "вывоз", "экспортировать", "экспортный", "экспортёр"),
        ("импорт", "ввоз", "импортировать", "импортный", "импортёр"),
    ),
    "buy": (
        (
            "купить", "покупать", "покупка", "приобрести", "приобретать", "приобретение",
            "покупатель",
        ),
        ("продать", "продавать", "продажа", "продавец"),
    ),
    "price": (
        # Also the value of a currency or an asset ("рубль подешевел" = lost value).
        ("дорогой", "дорого", "подорожать", "дорожать", "дороже", "подорожание"),
        (
            "дешёвый", "дешевый", "дёшево", "дешево", "подешеветь", "дешеветь", "дешевле",
            "подешевление", "обесцениться", "обесцениваться", "девальвация",
        ),
    ),
    "majority": (("большинство",), ("меньшинство",)),
    "maximum": (("максимум", "максимальный"), ("минимум", "минимальный")),
    "guilt": (
        ("виновный", "осудить", "приговорить"),
        ("невиновный", "оправдать", "оправдательный"),
    ),
    "custody": (
        ("арестовать", "арест", "задержание", "арестовывать", "задержать"),
        ("освободить", "освобождение", "отпустить", "освобождать"),
    ),
    "start": (
        ("начать", "начинать", "начаться", "возобновить", "возобновлять", "запустить", "запускать"),
        (
            "прекратить", "прекращать", "остановить", "останавливать", "приостановить",
            "приостанавливать", "прекращение", "остановка", "прервать", "прерывать",
            "остановиться", "останавливаться",
            # "end" (English "end", German "beenden"/"enden"): "закончились задержания"
            "закончить", "заканчивать", "закончиться", "заканчиваться", "завершить",
            "завершать", "завершиться", "завершаться",
        ),
    ),
    "ally": (
        ("союзник", "друг", "партнёр", "дружественный"),
        ("враг", "противник", "недруг", "враждебный", "соперник"),
    ),
    "legal": (
        ("законный", "легальный", "правомерный", "легитимный"),
        ("незаконный", "нелегальный", "неправомерный", "нелегитимный", "противозаконный"),
    ),
    "truth": (
        ("верный", "правильный", "правдивый", "истинный", "верно", "правильно"),
        ("ложный", "неверный", "неправильный", "неправильно", "неверно", "ошибочный"),
    ),
    "ease": (
        ("лёгкий", "легкий", "легко", "простой"),
        ("трудный", "трудно", "сложный", "сложно", "тяжёлый", "тяжелый"),
    ),
    # also the start or end of a month or year: "в конце мая" = "late May"
    "early": (
        ("ранний", "рано", "раньше", "ранее", "досрочный", "досрочно", "преждевременный",
         "преждевременно",
         r"в\s+начале\s+(?:" + _MONTH_NAMES + r"|года|месяца)"),
        ("поздний", "поздно", "позже", "позднее", "запоздалый", "запоздало",
         r"в\s+конце\s+(?:" + _MONTH_NAMES + r"|года|месяца)"),
    ),
    "peace": (
        # "прекращение огня" is a ceasefire, not a "stop" (start-)
        ("мирный", "мирно", "перемирие", "ненасильственный", r"прекращени\w*\s+огня"),
        ("война", "насилие", "насильственный", "кровавый", "жестокий"),
    ),
    "find": (("найти", "находить", "обнаружить", "обнаруживать"), ("потерять", "терять")),
    "capture": (
        ("захватить", "захватывать", "захват", "овладеть"),
        ("сдать", "сдавать", "потерять", "капитулировать", "сдача"),
    ),
    "unite": (
        ("объединиться", "объединить", "объединение", "слиться", "слияние", "объединяться"),
        ("расколоться", "раскол", "разделиться", "распасться", "распад", "размежеваться"),
    ),
    "admit": (
        ("признать", "признавать", "подтвердить", "подтверждать", "подтверждение"),
        ("отрицать", "опровергнуть", "опровергать", "опровержение"),
    ),
    "impose": (
        # Extending a measure keeps it in force: the opposite of lifting it.
        ("ввести", "вводить", "введение", "продлить", "продлевать", "продление"),
        ("отменить", "отменять", "отмена", "снять", "снимать"),
    ),
    "length": (
        ("длинный", "долгий", "долго", "длительный", "продолжительный"),
        # not "недолго": an affixal negative, which the negation cues read as soft
        ("короткий", "краткий", "кратковременный"),
    ),
    "age": (("молодой", "юный"), ("старый", "пожилой")),
    # an age stated as a number: "37-летний" states no old age ("молодой человек 23 лет"
    # is "the 23-year-old man"), "в свои молодые 37 лет" does state youth
    "aged": ((r"молод\w*\s+\d+\s+(?:лет|года?)",), (r"\d+-летн\w*",)),
    "speed": (
        ("быстрый", "быстро", "ускорить", "ускорять", "ускорение"),
        ("медленный", "медленно", "замедлить", "замедлять", "замедление", "затормозить"),
    ),
    # the order of two events, by prepositions and conjunctions only: "затем" (then) is
    # how a translator reorders "X before Y"; "до", "перед" are also "up to", "in front of"
    "order": (("после",), ("прежде", r"до\s+того\s+как", r"перед\s+тем\s+как")),
    # a time relative to another event, as an adverb (concept "sequel" of English)
    "sequel": (("позже", "позднее", "впоследствии"), ("раньше", "ранее", "пораньше")),
    "joy": (
        # pymorphy3 reads "рады", "рада" as the noun "рада"
        ("рад", "рада", "радостный", "радоваться", "счастливый", "радость", "довольный"),
        ("грустный", "печальный", "несчастный", "грусть", "печаль", "недовольный"),
    ),
    # a test result, not good or bad news: "положительный тест на коронавирус"
    "test": (
        (r"положительн\w*\s+(?:\w+\s+)?(?:тест|результат|анализ)\w*",
         r"(?:тест|анализ)\w*\s+(?:\S+\s+){0,3}?положительн\w*"),
        (r"отрицательн\w*\s+(?:\w+\s+)?(?:тест|результат|анализ)\w*",
         r"(?:тест|анализ)\w*\s+(?:\S+\s+){0,3}?отрицательн\w*"),
    ),
}

_POLARITY_STEADY = {
    "increase": (
        "неизменный", "стабильный", "стабильно", r"без\s+изменени[йя]", "стагнация",
        "стагнировать",
    ),
}

_POLARITY_IDIOMS = (
    r"\bв\s+кратчайш\w+\s+срок\w*\b", r"\bдо\s+тех\s+пор\b",
    r"\bрано\s+или\s+поздно\b",  # both poles in one idiom: eventually
    r"\bбольше\s+не\b", r"\bне\s+больше\b", r"\bболее\s+или\s+менее\b", r"\bтем\s+более\b",
    r"\bтем\s+не\s+менее\b", r"\bпо\s+крайней\s+мере\b", r"\bпо\s+меньшей\s+мере\b",
    r"\bкак\s+минимум\b", r"\bкак\s+максимум\b", r"\bбольше\s+всего\b", r"\bвсё\s+больше\b",
    r"\bвсе\s+больше\b",
    # discourse markers: "более того" = moreover, "мало того" = not only that
    r"\bболее\s+того\b", r"\bмало\s+того\b",
    # "довольно" = rather, enough ("довольно большой"), not "satisfied" ("довольный")
    r"\bдовольно\b",
)
# fmt: on

DATA = CueData(
    negation=(
        r"\bне\b", r"\bнет\b", r"\bни\b", r"\bнельзя\b",
        r"\bник(?:то|ого|ому|ем|огда|уда|ак|ак(?:ой|ая|ое|ие|ого|их|им|ими|ую|ом))\b",
        r"\bнич(?:то|его|ему|ем|уть)\b", r"\bнигде\b", r"\bниоткуда\b", r"\bнисколько\b",
    ),
    soft_negation=(
        r"\bбез\b", r"\bбезо\b", r"\bедва\b", r"\bредко\b", r"\bвряд\s+ли\b", r"\bотказ\w*",
        r"\bотрица\w*", r"\bотверг\w*", r"\bвместо\b", r"\bперестал\w*",
        r"\bпрекрат\w*",
        r"\bне\s+удалось\b", r"\bне\s+справ\w*(?:ся|сь)\b",
        # "лишь в 1985" = not until 1985
        r"\b(?:лишь|только)\b"
        r"(?=\s+(?:после|через|когда|сейчас|теперь|тогда|позже|позднее|потом|в\s+\d|к\s+\d))",
        r"\bотмен\w*", r"\bотсутств\w*", r"\bигнорир\w*",
        # "против" as a stance (= не поддерживают), not a protest or a match against
        r"\b(?:выступ\w+|проголосова\w+|голосу\w+|был[аио]?|будут|будет|я|мы|вы|они|он|она"
        r"|большинство|все)\s+(?:\w+\s+)?против\b",
        # negative polarity: "получил ли он когда-либо" = "whether he ever got"
        r"\bкогда-либо\b",
        # "предостерегли от поездок" = warned not to travel
        r"\bпредостер\w*",
        r"\bнеспособ\w*", r"\bнапрасно\b", r"\bтщетн\w*",
        # prohibitions: "запрещено" = "not allowed"
        r"\bзапре[тщ]\w*", r"\bпомешал\w*", r"\bпредотврат\w*", r"\bпредотвращ\w*",
        # overlooked, missed (= did not see, did not use; not "избежать": see the
        # English "avoid")
        r"\bупусти\w*", r"\bупуска\w*",
    ),
    negation_correlatives=frozenset({"ни"}),
    negation_removals=(
        (r"^нет$", "есть"), (r"^нельзя$", "можно"), (r"^никто$", "кто-то"),
        (r"^ничего$|^ничто$", "что-то"), (r"^никогда$", "всегда"),
    ),
    # "больше не", "уже не" = no longer (not a comparison: no "чем" after it in the
    # sentence, a comma before "чем" being its grammar)
    continuation_negations=((r"\b(?:больше|уже)\s+не\b(?![^;:.!?]*\bчем\b)", "всё ещё"),),
    success_statements=(
        r"(?<!\bне\s)\bуда(?:лось|ётся|стся)\b", r"(?<!\bне\s)\bсумел\w*",
        r"(?<!\bне\s)\bсмог(?:ла|ли|ло)?\b", r"(?<!\bне\s)\bсумеет\b",
    ),
    soft_negation_removals=(
        (r"^безо?$", "с"), (r"^не\s+удалось$", "удалось"), (r"^отсутств\w*$", "есть"),
        (r"^запре[тщ]\w*$", "разрешено"), (r"^(?:напрасно|тщетн\w*)$", "успешно"),
    ),
    negation_concord=r"ни|ник\w+|нич\w+|нигде|ниоткуда|нисколько",
    blanked_negations=not_yet,
    stranded_concord=stranded_concord,
    negative_polarity=(r"\bли\b", r"\bвообще\b", r"\bкогда-либо\b", r"\bхоть\b"),
    one_word_litotes=one_word_litotes,
    partial_negation=frozenset({"всегда", "очень", "совсем", "так", "слишком",
                                "обязательно", "достаточно", "много", "все", "всё", "каждый",
                                "вполне", "полностью", "особенно", "совершенно", "точно"}),
    # "без-"/"бес-" are left out: their words are lexicalised ("безопасный" = safe).
    negative_prefixes=("не",),
    affixal_exceptions=frozenset({"несколько", "нескольких", "нескольким", "несколькими",
                                  "некоторые", "некоторых", "некоторым", "некоторыми",
                                  # "некоторый" (= some), every form
                                  "некоторый", "некоторая", "некоторое", "некоторого",
                                  "некоторой", "некоторому", "некоторую", "некотором",
                                  "нечто", "некто",
                                  "неделя", "недели", "неделе", "неделю", "неделей", "небо",
                                  "нефть", "нефти", "нефтью", "немец", "немцы", "немецкий",
                                  "немного", "недавно", "неё", "него", "нему", "нём", "ней",
                                  "нередко"}),
    # not "как только" (= as soon as), "только что" (= just now), "просто" (= simply);
    # "больше", "более" are a bound before a number or "чем" ("больше не" = no longer,
    # "более важный" = more important)
    # "всего" before a number is "only" ("всего 130 тыс." = only 130,000), elsewhere "in
    # all" or "of all" ("больше всего"); "единственный" = "the only" (a scale of its own)
    scalar_words={"only": r"(?<!\bкак\s)только(?!\s+что\b)|лишь|всего(?=\s+\d)",
                  "sole": r"единственн\w*",
                  "more": r"(?:больше|более)(?=\s+(?:чем\b|\d))",
                  "less": r"(?:меньше|менее)(?=\s+(?:чем\b|\d))"},
    scalar_negation=r"\bне\s+",
    constituent_word=constituent_word,
    affirmative_idioms=(
        r"\bне\s+\w+\s+ничего,?\s+кроме\b", r"\bнич(?:его|ем|то),?\s+кроме\b",
        r"\bне\s+(?:только|просто|лишь)\b",
        # "не кто иной, как" = none other than; "не терпится" = can't wait (eager)
        r"\bне\s+(?:кто|что)\s+ин(?:ой|ое|ая|ые|ого|ым)\b,?\s+как\b", r"\bне\s+терпится\b",
        # a negative comparison states a superlative: "как никто другой", "как никогда"
        r"\bкак\s+(?:никто|ничто|ни\s+один|ни\s+одна|никогда)\b(?:\s+друг\w*)?",
        r"\bне\s+более\b",
        # a bound of a quantity, as "no more than" / "höchstens": "не выше +24" (not of a
        # time: "не раньше 2027" = "nicht vor 2027" negates in German)
        r"\bне\s+(?:выше|ниже|больше|меньше|дольше|старше|моложе|дороже|дешевле)\b"
        r"(?=\s*(?:чем\s+)?[+\-−–]?\d)",
        # "не … ли" asks whether ("не раздают ли" = whether they hand out); "не
        # ограничиваясь" = going beyond; "не стоит забывать" = remember
        r"\bне\s+\w+\s+ли\b", r"\bне\s+ограничива\w*",
        r"\bне\s+(?:стоит|следует|надо|нужно)\s+забыва\w*", r"\bне\s+(?:редко|мало)\b",
        r"\bтем\s+не\s+менее\b", r"\bне\s+единственн\w*", r"\bне\s+менее\b", r"\bне\s+раз\b",
        r"\bчуть\s+(?:ли\s+)?не\b", r"\bедва\s+не\b",
        # "пока не" is "until" (an expletive "не") where it opens a clause ("..., пока не
        # пришли родители") or before a non-past verb ("пока не закончится"); elsewhere
        # it is "not yet", a real negation ("пока не одобрило", "пока не ясно")
        r"(?:(?<=,)|(?<=,\s)|(?<=—\s))пока\s+не\b",
        r"\bпока\s+не\s+(?=\w+(?:ет|ёт|ит|ут|ют|ат|ят|ется|ётся|ится|утся|ются|атся|ятся)\b)",
        r"\b(?:кто|что|как|где|куда|когда|какой|сколько)\s+бы\s+(?:\w+\s+)?ни\b",
        r"\bнет\s+(?:никаких\s+)?проблем\b", r"\bне\s+проблема\b",  # = fine
        r"\bнет\s+сомнени\w*", r"\bне\s+без\b", r"\bне\s+(?:мог|могла|могли|может)\s+не\b",
        r"\bи\s+ничего\s+больше\b",
        # "сойти / свести на нет" = to fade out, to nullify: "нет" is a noun there
        r"\bна\s+нет\b",
        # "(готов я) или нет" = whether or not: an alternative, no statement denied (not
        # "или нет денег", where "нет" = there is no); "не медля", "не мешкая" = at once
        # ("тут же"). Not "не впервые" (= again): its literal rendering "not for the first
        # time" keeps the negation, and blanking it hid "for the first time" turned.
        r"\bили\s+нет\b(?!\s*\w)",
        r"\bне\s+(?:медля|мешкая)\b",
        # "и без того", "уже без того" = already: no "without"
        r"\b(?:и|уже)\s+без\s+того\b",
    ),
    hedges=(
        _PERHAPS, r"\bвероятно\b", r"\bвидимо\b", r"\bскорее\s+всего\b",
        r"\bнаверн(?:о|ое)\b", r"\bпожалуй\b", r"\bможет\s+быть\b", r"\bможет\s+статься\b",
        # "Может, ..." / "Может в марте ..." = maybe: "может" opening a sentence without
        # an infinitive to govern, or set off by a comma
        r"\bможет(?=,)",
        r"(?:^|(?<=[.!?]\s)|(?<=[«\"“„]))может(?=\s+(?!\w+(?:ть|ти|чь|ться|тись)\b))",
        r"\bмог(?:ла|ло|ли)?\s+бы\b", r"\bякобы\b", r"\bпо-видимому\b",
        r"\bпредположительно\b", r"\bкажется\b", r"\bпохоже\b", r"\bвряд\s+ли\b",
        r"\bедва\s+ли\b", r"\bдолжно\s+быть\b", r"\bподозрева\w*",
        # "предполагается" = it is expected; "законопроект предполагает" = provides for
        r"\bпредполага(?:ется|ются|лось|лся|лась|лись|ем|ю)\b",
        r"\bожида(?:ется|ются|лось|лся|лась|лись)\b",
        r"\bмаловероятно\b",
        # "not necessarily": doubt, not the assertion "обязательно" is
        r"\bне\s+обязательно\b", r"\bне\s+факт\b",
        # the adjective hedges ("возможное лечение"), the noun "возможность" does not
        # (the adverb "возможно" is `_PERHAPS`)
        r"\bвозможн(?!ост|о\b)\w+",
    ),
    possibility_modals=(r"\bмо(?:жет|гут|жем|жешь|жете|гу)\b", r"\bможно\b", _POSSIBLE_TO),
    prediction_auxiliaries=frozenset({"буду", "будет", "будут", "будем", "будешь", "будете"}),
    likelihood_hedges=(
        r"\bвероятно\b", r"\bскорее\s+всего\b", r"\bпо\s+всей\s+(?:видимости|вероятности)\b",
        r"\bпредположительно\b",
    ),
    certainty_adverbs=(
        r"\bнаверняка\b", r"\bнесомненно\b", r"\bбезусловно\b", r"\bобязательно\b", r"\bточно\b",
        r"\bнепременно\b", r"\bбез\s+сомнения\b",
    ),
    epistemic_hedges=(
        _PERHAPS, r"\bвероятно\b", r"\bнаверн(?:о|ое)\b", r"\bможет\s+быть\b",
        r"\bскорее\s+всего\b", r"\bпо-видимому\b", r"\bвидимо\b", r"\bпожалуй\b",
        r"\bмаловероятно\b",
    ),
    reportative=(
        r"\bякобы\b", r"\bпо\s+(?:\w+\s+)?(?:словам|данным|сообщениям|информации)\b",
        r"\bсообща(?:ется|ют|лось)\b", r"\bговорят\b",
        # the impersonal "it is said", as German "heißt es": "говорится в пояснении"
        r"\bговорится\b",
        # the particles of reported speech: "сказал, будто", "мол", "дескать"
        r"\bбудто(?:\s+бы)?\b", r"\bмол\b", r"\bдескать\b",
    ),
    # "смогут" is the future of "can", "в состоянии" = able to: a modal kept.
    ability_modals=(
        r"\bсмо(?:гу|жет|жешь|жем|жете|гут|г|гла|гло|гли)\b", r"\bв\s+состоянии\b",
        r"\bспособ(?:ен|на|но|ны)\b",
        # what impends, which a translator says with a modal: "ему грозит до пяти лет" =
        # he could face up to five years
        r"\bгроз(?:ит|ят)\b",
    ),
    weak_hedges=(
        r"\bмо(?:жет|гут|жем|жешь|жете|гу)\b", r"\bмог(?:ла|ло|ли)?\b", r"\bможно\b", _POSSIBLE_TO,
        r"\bсчита\w+", r"\bдума\w+",
        # "как они ожидают" = as they expect, "ожидают, что" = expect that: an opinion,
        # like "считают" (not "ожидает исследования" = awaits a trial)
        r"\bкак\s+(?:\w+\s+){0,2}ожида(?:ет|ют|ем|л|ла|ли)\b",
        r"\bожида(?:ет|ют|ем|л|ла|ли)\s*,?\s+что\b",
        # a noun of likelihood: "вероятность (мала)" = unlikely, but also the figure of
        # a forecast ("вероятность дождя 70 %" = "it will rain"): weak
        r"\bвероятност\w*",
    ),
    assertions=(
        r"\bбуд(?:ет|ут|у|ем|ешь|ете)\b", r"(?<!\bне\s)\bобязательно\b", r"\bнепременно\b",
        r"\bнаверняка\b", r"\bнесомненно\b", r"\bбезусловно\b", r"\bопредел[её]нно\b",
        # "точно" is as often "exactly": "точно такой же", "точно в срок", "точно по"
        r"\bточно\b(?!\s+(?:так\w*|в|во|по|же|к|на|\d))",
        r"\bуверен(?:а|ы)?\b", r"\bбез\s+сомнени\w+", r"\bнет\s+сомнени\w*",
        r"\bнеизбежно\b", r"\bдоказыва\w+",
    ),
    reported_assertions=(_SAY + r"[^.;:]{0,80}?\bбуд(?:ет|ут)\b",),
    clause_openers=(
        "и", "а", "но", "или", "хотя", "потому", "поскольку", "так как", "что", "чтобы",
        "если", "когда", "который", "которая", "которое", "которые", "которого",
        "которой", "которых", "которому", "котором", "где", "куда", "ведь", "однако",
        # "пока" opens a clause as "while"/"until", but not as "yet" ("пока не одобрило",
        # "пока что")
        r"пока(?!\s+(?:не|что)\b)",
    ),
    shift_earlier=(
        r"\bдосрочн\w*", r"\bна\s+более\s+ранн\w+(?:\s+(?:срок|дату|время|этап))?",
        r"\bраньше\s+(?:срока|запланированного|намеченного|планировавшегося|положенного)\b",
        r"\bускор(?:ить|или|ил|ила|ило|ят|ит|яют|яет|ено|ены|ена|ен|ение|ения|ению)\b",
    ),
    shift_later=(
        r"\bотлож\w*", r"\bоткладыва\w*", r"\bотсроч\w*",
        r"\bна\s+более\s+поздн\w+(?:\s+(?:срок|дату|время|этап))?",
        r"\bпозже\s+(?:срока|запланированного|намеченного|планировавшегося)\b",
        r"\bзадержк\w*", r"\bотодви(?:н|га)\w*", r"\bна\s+неопредел[её]нный\s+срок\b",
    ),
    # "перенести" also means to carry, relocate or go through an illness: only with a
    # time it moved to, or with what is scheduled ("перенос сроков", "перенос выборов").
    shift_neutral=(
        r"\bперен(?:ес|ёс|ос)\w*(?=[^;:!?]{0,40}?\b" + _WHEN + ")",
        r"\bперен(?:ес|ёс|ос)\w*\s+(?:\w+\s+)?(?:срок|дат|выбор|голосовани|заседани|встреч"
        r"|саммит|референдум|визит|переговор)\w*",
        r"\bпереназнач\w*",
    ),
    polarity=_POLARITY,
    polarity_idioms=_POLARITY_IDIOMS,
    polarity_steady=_POLARITY_STEADY,
    conditional_openers=("если", "ежели"),
    tense=_TENSE,
)  # fmt: skip
