"""Russian tense reader (see provenance.lang.tense), from pymorphy3's parse.

The tense pymorphy3 gives a finite verb (a perfective present form is future:
"примет"); a past form with "бы"/"чтобы" → open; a short passive participle without
был/будет ("перенесены") → open. A perfective past may stand for a present result
("перестали бояться").
"""

from __future__ import annotations

from provenance.checks.base import per_word
from provenance.extract._text import ru_parse
from provenance.lang.cues import TenseCues, clauses
from provenance.lang.tense import TenseReader, TimeProfile, tokens


@per_word
def _tag(word: str) -> tuple[str | None, str | None, str, bool]:
    """(part of speech, tense, normal form, perfective) of a word's likeliest parse."""
    p = ru_parse(word)  # the parse the extractors and other checks share
    pos, tense = p.tag.POS, p.tag.tense
    # As plain strings: pymorphy3's grammeme values compare through a Python-level __eq__
    # (which checks that the other side is a valid grammeme), and `read` compares per word.
    return (
        None if pos is None else str(pos),
        None if tense is None else str(tense),
        p.normal_form,
        p.tag.aspect == "perf",
    )


def read(text: str, t: TenseCues) -> TimeProfile:
    prof = TimeProfile()
    for c in clauses(text, "ru"):
        toks = tokens(text, c.start, c.end)
        tags = {w: _tag(w) for w, _, _ in toks}
        irrealis = not t.irrealis.isdisjoint(tags)
        aux_time = any(tag[2] == "быть" and tag[0] == "VERB" for tag in tags.values())
        for w, a, b in toks:
            pos, tense, _, perfective = tags[w]
            if pos == "VERB" and tense is not None:
                if tense == "past" and irrealis:
                    prof.add("open", (a, b))
                elif tense == "futr":
                    prof.add("future", (a, b))
                elif tense == "past":
                    prof.add("past", (a, b), soft=perfective)
            elif pos == "PRTS" and not aux_time:
                prof.add("open", (a, b))  # "перенесены": done, or in force now
    return prof


DATA = TenseReader(read=read)
