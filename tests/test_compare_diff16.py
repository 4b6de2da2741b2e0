"""`provenance compare`: the rules of `severity:diff@16` (docs/compare.md, Round 17)."""

from __future__ import annotations

import pytest

from provenance.comparison.diff import word_diff
from provenance.comparison.evidence import checked_swap, name_swaps


def _swaps(a: str, b: str, lang: str) -> list[tuple[str, str, bool, bool]]:
    return [
        (s.a_text, s.b_text, s.small, s.unchecked) for s in name_swaps(a, b, word_diff(a, b), lang)
    ]


def _raised(a: str, b: str, lang: str) -> list[tuple[str, str]]:
    """The swaps `compare` raises on their own: small (one or two words a side) or
    `unchecked` (where nouns are capitalised)."""
    return [(x, y) for x, y, small, unchecked in _swaps(a, b, lang) if small or unchecked]


# ---------------------------------------------------------------- a small edit inside a long one

PRINCESS = (
    "Он был установлен в 1905 году перед зданием суда графства принцессы Анны, в том самом "
    "месте, где когда-то проводились аукционы рабов.",
    "Он был установлен в 1905 и находился рядом со старым зданием окружного суда Принцессы "
    "Дианы, там же, где когда-то проходили аукционы по продаже рабов.",
)


def test_a_name_replaced_one_for_one_inside_a_longer_edit_is_a_small_edit():
    """ "графства принцессы Анны" / "Принцессы Дианы": the word both sides share
    ("принцессы") splits the edit, "Анны" / "Дианы" is one word for one."""
    assert _raised(*PRINCESS, "ru") == [("Анны", "Дианы")]
    assert _raised(PRINCESS[1], PRINCESS[0], "ru") == [("Дианы", "Анны")]


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # the same name, the title's case changed and a word dropped
        (PRINCESS[0], PRINCESS[1].replace("Дианы", "Анны"), "ru"),
        # a name described in other words
        (
            "игрок сборной Англии Гарри Кейн забил",
            "игрок английской сборной Гарри Кейн забил",
            "ru",
        ),
        # a longer edit around a shared word: no one-for-one pair
        (
            "the county court of Princess Anne stood there",
            "the county court, built for Princess Mary Anne, stood there",
            "en",
        ),
    ],
)
def test_no_small_edit_where_the_name_is_kept_or_rephrased(a, b, lang):
    assert _raised(a, b, lang) == []


# ---------------------------------------------------------------- one name word for one

TEXAS = (
    "Вашингтон – сенатор-республиканец от Техаса Тед Круз обвинил спикера Палаты Нэнси Пелоси.",
    "Вашингтон - сенатор-республиканец от Фостера Тед Круз обвинил спикера Палаты представителей "
    "Нэнси Пелоси.",
)


def test_one_name_word_for_one_is_a_swap_where_neither_is_strong():
    """Russian case forms ("Техаса", "Фостера") are no strong names for the extractor: one
    name word replaced by one, a place the data knows or two rare words, is still a swap."""
    assert _raised(*TEXAS, "ru") == [("Техаса", "Фостера")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same place in another case
        (TEXAS[0], TEXAS[1].replace("Фостера", "Техасе")),
        # a common word for the name
        (TEXAS[0], TEXAS[1].replace("от Фостера", "от штата")),
        # a name word for one at the sentence's start
        ("Техаса сенатор Тед Круз обвинил спикера.", "Фостера сенатор Тед Круз обвинил спикера."),
    ],
)
def test_no_single_word_swap_for_one_name_or_a_common_word(a, b):
    assert _raised(a, b, "ru") == []


# -------------------------------------------------------- German: a word the dictionary lacks

HUAWEI = (
    "Britische Großbank HSBC weist Vorwürfe zurück, sie habe das chinesische Huawei bei "
    "US-Untersuchungen „in die Falle gelockt“",
    "Die führende britische Bank HSBC leugnet, dem chinesischen Nancy in US-Ermittlungen "
    "„eine Falle gestellt“ zu haben",
)


def test_a_brand_the_dictionary_lacks_replaced_in_place_by_a_known_name():
    """ "das chinesische Huawei" / "dem chinesischen Nancy": the word before both is one
    word, "Nancy" a given name and place the data knows, "Huawei" no German noun."""
    assert ("Huawei", "Nancy") in _raised(*HUAWEI, "de")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one company described in one version and named in the other
        (
            "Der Konzern aus Shenzhen wies das zurück.",
            "Das Unternehmen Huawei wies dies zurück.",
        ),
        # the same brand kept, a word added before it
        (HUAWEI[0], HUAWEI[1].replace("Nancy", "Konzern Huawei")),
        # a German noun ("Arsenal") is no brand by the dictionary
        ("Aubameyang sichert Arsenal den Sieg", "Aubameyang kickt Carolina zum Sieg"),
    ],
)
def test_no_unchecked_swap_without_the_word_before_or_with_a_german_noun(a, b):
    assert [(x, y) for x, y, _small, unchecked in _swaps(a, b, "de") if unchecked] == []


# ---------------------------------------------------------------- an acronym the check pairs

AFD = (
    "“It rather says a lot how many frenetic supporters a right wing extremist still has in "
    "the midst of the AfD.”",
    '"Instead, it says a lot about how many frenetic supporters a right-wing extremist still '
    "has in the Blume.”",
)


def _checked(a: str, b: str, x: str, y: str, lang: str = "en"):
    i, j = a.index(x), b.index(y)
    return checked_swap(a, b, (i, i + len(x)), (j, j + len(y)), lang)


def test_the_checks_acronym_replaced_by_a_strong_name_is_a_checked_swap():
    s = _checked(*AFD, "AfD", "Blume")
    assert s is not None and (s.a_text, s.b_text) == ("AfD", "Blume")


@pytest.mark.parametrize(
    ("a", "b", "x", "y"),
    [
        # an organisation named by its seat
        (
            "The decision of the EU was criticised by the farmers in the end.",
            "In the end farmers criticised the decision taken in Brussels.",
            "EU",
            "Brussels",
        ),
        # an acronym and the name it starts with
        (
            "Support for the AfD grew again last year, the poll shows.",
            "The poll shows that the Alternative grew again last year.",
            "AfD",
            "Alternative",
        ),
        # the organisation's head named in a rewritten sentence, in another place
        (
            "Support for the AfD in Saxony fell, he said, as the party split.",
            "He said the party lost support in Saxony as Meuthen split it.",
            "AfD",
            "Meuthen",
        ),
        # two acronyms
        (
            "The SPD lost votes to the CDU in the end.",
            "In the end the CSU lost votes to the SPD.",
            "CDU",
            "CSU",
        ),
    ],
)
def test_no_checked_acronym_swap_for_a_seat_its_own_letter_or_two_acronyms(a, b, x, y):
    assert _checked(a, b, x, y) is None


def test_the_checked_acronym_swap_is_major_in_compare(encoder):
    import provenance

    cr = provenance.compare(*AFD, "en", encoder=encoder, presplit=True)
    assert ("entity", "major") in [(f.type, f.severity) for f in cr.flags]
    same = (AFD[0], AFD[1].replace("Blume", "AfD"))
    cr = provenance.compare(*same, "en", encoder=encoder, presplit=True)
    assert [f for f in cr.flags if f.type == "entity" and f.severity != "minor"] == []


# ---------------------------------------------------------------- two places spelled alike


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        (
            "Экскурсия включала отчет о борьбе с ИГ в Ираке.",
            "Экскурсия включала отчет о борьбе с ИГ в Иране.",
            "ru",
        ),
        ("The troops left Iraq in 2011.", "The troops left Iran in 2011.", "en"),
        ("She moved to Austria last year.", "She moved to Australia last year.", "en"),
    ],
)
def test_two_places_the_data_tells_apart_are_no_spelling_variant(a, b, lang):
    """ "Ираке" / "Иране" (ratio 80) read as one name spelled two ways before diff@16."""
    assert len(_raised(a, b, lang)) == 1


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # one place, two spellings, one GeoNames place
        ("The troops left Kiev in 2011.", "The troops left Kyiv in 2011.", "en"),
        # a place and a typo the data does not know
        ("Sie zog letztes Jahr nach Österreich.", "Sie zog letztes Jahr nach Östereich.", "de"),
        # a place in two case forms
        ("Встреча прошла в Москве.", "Встреча прошла в Москву.", "ru"),
    ],
)
def test_one_place_spelled_two_ways_is_still_one_name(a, b, lang):
    assert _raised(a, b, lang) == []


# ---------------------------------------------------------------- a long German name the data knows


def test_a_long_place_is_a_name_where_nouns_are_capitalised():
    """ "Washington" (ten letters) is no compound noun: GeoNames knows it."""
    a = "Kurz davor beschuldigten die Medien Washington, Lügen zu verbreiten."
    b = "Kurz davor beschuldigten die Medien Trafford, Lügen zu verbreiten."
    assert _raised(a, b, "de") == [("Washington", "Trafford")]
    # a long compound noun the data does not know stays no name
    c = "Kurz davor beschuldigten die Medien die Bundesregierung, Lügen zu verbreiten."
    assert _raised(c, b, "de") == []


# ---------------------------------------------------------------- a common word is no abbreviation


def test_a_common_word_is_no_abbreviation_of_a_name():
    """ "Sea" (of "Black Sea Fleet") read as an abbreviation of "Sevastopol" left the
    swapped place a counterpart on the other side."""
    a = "In annexed Sevastopol, 30 ships took part in the parade of the Black Sea Fleet."
    b = "In annexed Fedotov, 30 ships took part in the parade of the Black Sea Fleet."
    assert _raised(a, b, "en") == [("Sevastopol", "Fedotov")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They met on Main Street in Dallas.", "They met on Main St in Dallas."),
        ("Manchester United won the cup.", "Manchester Utd won the cup."),
        ("The Warner Brothers studio hired her.", "The Warner Bros studio hired her."),
    ],
)
def test_an_abbreviation_is_still_one_name_with_its_word(a, b):
    assert _raised(a, b, "en") == []
