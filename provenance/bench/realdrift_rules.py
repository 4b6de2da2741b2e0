"""The drift generator's own small per-language rules (`provenance.bench.realdrift`).

Written for the generator alone, on purpose independent of the checks' cue lists and
lexicons (`provenance/lang/*/cues.py`, the antonym concepts): a suite built from the
checks' own phrasing would only test that the checks know their phrasing. Month and
weekday names come from CLDR (babel), Russian inflection from pymorphy3.
"""

from __future__ import annotations

# Finite auxiliaries/copulas after which "not" / "nicht" can be placed.
EN_AUX = [
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
]
EN_NEG_CONTRACTIONS = {
    "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "doesn't": "does",
    "don't": "do", "didn't": "did", "hasn't": "has", "haven't": "have", "hadn't": "had",
    "won't": "will", "wouldn't": "would", "can't": "can", "couldn't": "could",
    "shouldn't": "should", "mustn't": "must",
}  # fmt: skip
DE_AUX = [
    "ist",
    "sind",
    "war",
    "waren",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "kann",
    "können",
    "konnte",
    "konnten",
    "muss",
    "müssen",
    "musste",
    "mussten",
    "soll",
    "sollen",
    "sollte",
    "sollten",
    "will",
    "wollen",
    "wollte",
    "wollten",
    "hat",
    "haben",
    "hatte",
    "hatten",
    "darf",
    "dürfen",
]
# Words that go before "nicht" rather than after it (pronouns, reflexives).
DE_BEFORE_NICHT = set(
    [
        "sich",
        "es",
        "er",
        "sie",
        "ihn",
        "ihm",
        "ihr",
        "ihnen",
        "uns",
        "euch",
        "mich",
        "mir",
        "dich",
        "dir",
        "man",
        "das",
        "dies",
        "dies",
        "dabei",
        "damit",
        "daran",
        "darauf",
        "dazu",
        "dort",
        "hier",
    ]
)
DE_KEIN = ("kein", "keine", "keinen", "keinem", "keiner", "keines")
DE_NICHT_FIXED = ("nur", "mehr", "einmal", "zuletzt", "immer", "so", "zu", "ganz", "umsonst")

# Hedges hardened ("may" -> "will") and assertions softened ("will" -> "may").
EN_HARDEN = {"may": "will", "might": "will", "could": "will", "probably": "certainly",
             "possibly": "certainly", "perhaps": "certainly"}  # fmt: skip
EN_SOFTEN = {"will": "may", "certainly": "possibly", "definitely": "possibly",
             "surely": "possibly"}  # fmt: skip
EN_NOT_BEFORE_WILL = set(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "political",
        "free",
        "own",
        "ill",
        "good",
    ]
)
DE_HARDEN = {"könnte": "wird", "könnten": "werden", "möglicherweise": "bestimmt",
             "vielleicht": "bestimmt", "eventuell": "bestimmt", "womöglich": "bestimmt",
             "wahrscheinlich": "bestimmt"}  # fmt: skip
DE_SOFTEN = {"wird": "könnte", "zweifellos": "vielleicht", "definitiv": "vielleicht",
             "garantiert": "vielleicht"}  # fmt: skip
RU_HARDEN_WORDS = {"возможно": "несомненно", "вероятно": "несомненно",
                   "наверное": "несомненно", "видимо": "несомненно"}  # fmt: skip
RU_SOFTEN_WORDS = {"несомненно": "возможно", "безусловно": "возможно",
                   "обязательно": "возможно", "наверняка": "возможно"}  # fmt: skip
RU_HARDEN_MODAL = {"может": "будет", "могут": "будут"}
RU_SOFTEN_MODAL = {"будет": "может", "будут": "могут"}

# Antonyms, word form to word form (both ways); lower-case matches only, so names
# ("Young", "New York") are left alone.
_EN_ANTONYMS = """
increase decrease|increased decreased|increases decreases|increasing decreasing
rise fall|rose fell|risen fallen|rising falling|rises falls
higher lower|highest lowest|high low
won lost|win lose|wins loses|winning losing|winner loser
strong weak|stronger weaker|strongest weakest
large small|larger smaller|largest smallest|big small|bigger smaller|biggest smallest
good bad|better worse|best worst
positive negative|success failure|successful unsuccessful
opened closed|open closed
early late|earlier later|cheap expensive|easy difficult|safe dangerous
rich poor|happy sad|love hate|loved hated|started ended|began ended
before after|long short|fast slow|hot cold|majority minority
accepted rejected|accept reject|allowed banned|supported opposed
""".strip()
_DE_ANTONYMS = """
stark schwach|starke schwache|starken schwachen|starker schwacher|starkes schwaches
stärker schwächer|stärkere schwächere|stärkeren schwächeren
groß klein|große kleine|großen kleinen|großer kleiner|großes kleines|größer kleiner
größere kleinere|größeren kleineren|größte kleinste|größten kleinsten
gut schlecht|gute schlechte|guten schlechten|guter schlechter|gutes schlechtes
besser schlechter|bessere schlechtere|besten schlechtesten
höher niedriger|höhere niedrigere|höheren niedrigeren|hohe niedrige|hohen niedrigen
steigen sinken|steigt sinkt|stieg sank|stiegen sanken|gestiegen gesunken
gewinnen verlieren|gewinnt verliert|gewann verlor|gewannen verloren|gewonnen verloren
Anstieg Rückgang|Mehrheit Minderheit|Erfolg Misserfolg|Gewinner Verlierer
erlaubt verboten|geöffnet geschlossen|öffnen schließen|positiv negativ|positive negative
erfolgreich erfolglos|erfolgreiche erfolglose|erfolgreichen erfolglosen
früh spät|schnell langsam|schnelle langsame|schnellen langsamen|reich arm|reiche arme
jung alt|junge alte|jungen alten|billig teuer
""".strip()
_RU_ANTONYM_LEMMAS = """
высокий низкий|большой маленький|сильный слабый|хороший плохой|богатый бедный
ранний поздний|быстрый медленный|положительный отрицательный|успешный неудачный
молодой старый|дешёвый дорогой|лёгкий трудный|безопасный опасный
увеличиться уменьшиться|увеличить уменьшить|увеличиваться уменьшаться|увеличивать уменьшать
повысить понизить|повыситься понизиться|выиграть проиграть|выигрывать проигрывать
открыть закрыть|открыться закрыться|начать закончить|начаться закончиться|разрешить запретить
рост снижение|увеличение уменьшение|победа поражение|успех неудача|большинство меньшинство
победитель проигравший|больше меньше|выше ниже|лучше хуже
""".strip()


def _pairs(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in text.replace("\n", "|").split("|"):
        a, b = pair.split()
        out.setdefault(a, b)
        out.setdefault(b, a)
    return out


EN_ANTONYMS = _pairs(_EN_ANTONYMS)
DE_ANTONYMS = _pairs(_DE_ANTONYMS)
RU_ANTONYM_LEMMAS = _pairs(_RU_ANTONYM_LEMMAS.replace("ё", "е"))

# Words that open a clause that can be dropped (or lifted into another sentence).
CLAUSE_OPENERS = {
    "en": set(
        [
            "which",
            "who",
            "whom",
            "whose",
            "where",
            "when",
            "while",
            "because",
            "although",
            "though",
            "since",
            "after",
            "before",
            "as",
            "and",
            "but",
            "so",
            "whereas",
            "if",
            "unless",
            "until",
        ]
    ),
    "de": set(
        [
            "der",
            "die",
            "das",
            "dem",
            "den",
            "denen",
            "dessen",
            "deren",
            "welche",
            "welcher",
            "welches",
            "weil",
            "obwohl",
            "da",
            "als",
            "wenn",
            "nachdem",
            "bevor",
            "während",
            "dass",
            "damit",
            "ob",
            "und",
            "aber",
            "sondern",
            "wobei",
            "wo",
        ]
    ),
    "ru": set(
        [
            "который",
            "которая",
            "которое",
            "которые",
            "которого",
            "которой",
            "котором",
            "которых",
            "которым",
            "которую",
            "которыми",
            "потому",
            "хотя",
            "когда",
            "если",
            "чтобы",
            "где",
            "пока",
            "после",
            "так",
            "и",
            "а",
            "но",
            "что",
            "поскольку",
        ]
    ),
    "fr": set(
        [
            "qui",
            "que",
            "dont",
            "où",
            "quand",
            "parce",
            "bien",
            "lorsque",
            "si",
            "mais",
            "et",
            "car",
            "puisque",
        ]
    ),
}

# Prepositions before a place or person name that go with it when it is dropped.
NAME_PREPOSITIONS = {
    "en": set(["in", "from", "at", "to", "near", "by", "with"]),
    "de": set(["in", "aus", "nach", "bei", "von", "mit"]),
    "ru": set(["в", "во", "из", "на", "под", "у", "с", "со", "от"]),
}
# Prepositions that mark the name after them as a place (names are swapped within class).
PLACE_PREPOSITIONS = {
    "en": {"in", "from", "at", "to", "near"},
    "de": {"in", "aus", "nach", "bei"},
}
NAME_AND = {"en": "and", "de": "und", "ru": "и", "fr": "et"}
