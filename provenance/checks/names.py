"""The names check: a person, place or organisation replaced, dropped, added or cut short.

Names are matched word by word on their phonetic keys (`provenance.extract.names`), so
Назарбаева = Nasarbajew = Nazarbayev. Only *strong* candidates (see the extractor) are
reported as missing or added, and not when the name survives as an ordinary word on the
other side ("Russland" / "российский" is no lost name). A multi-word name that keeps
some words and loses others ("Kassym-Jomart Tokayev" -> "Kasym Tokayev") is minor.

A place and its adjective or demonym are one name ("Region Aktöbe" = "Актюбинской
области", "kasachischen" = "Kazakhstan's"), through the stems of `place_stems`; a place
adjective replaced by another place ("die russische Regierung" / "the Ukrainian
government") is reported even where neither side capitalises it. A given name respelled
beyond what the keys capture, inside a name whose other words match, is no cut
("Recep Tayyip Erdoğan" / "Реджеп Тайип Эрдоган").
At a sentence start capitals say nothing, so two name-like words there that both lack a
counterpart ("Fischer sagte" / "Weber said") are one name replaced by another.
"""

from __future__ import annotations

from collections.abc import Callable

from provenance import lang as lang_data
from provenance.extract._text import facts
from provenance.extract.names import (
    NameMention,
    NamePart,
    PlaceWord,
    extract_names,
    known_places,
    names_match,
    parts_match,
    place_words,
    respelled,
    stem_match,
    stems_match,
    trace_keys,
)
from provenance.model import Finding, PairView

Trace = tuple[str, frozenset[str]]  # (key, place stems) of an ordinary word
_LATIN = lang_data.in_script("latin")


def _traced(part: NamePart, words: list[Trace]) -> bool:
    """The name lives on as an ordinary (lower-case) word: an adjective, a common noun."""
    for w, w_stems in words:
        if any(names_match(k, w) for k in part.keys):
            return True
        if stems_match(w_stems, part.keys | part.stems) or any(
            stem_match(s, w) for s in part.stems
        ):
            return True  # "Kazakhstan" / "kasachischen", "Китая" / "chinesischen"
        for k in part.keys:
            n = 0
            for x, y in zip(k, w, strict=False):
                if x != y:
                    break
                n += 1
            if n >= 5 or (n >= 4 and n >= 0.6 * min(len(k), len(w))):
                return True  # one stem: "Kazakhstan" / "kasachischen", "Russia" / "russische"
            if len(k) >= 4 and len(w) >= len(k) + 3 and w.endswith(k):
                return True  # the head of a compound: "Bank" in "Nationalbank"
    return False


def _any_traced(m: NameMention, words: list[Trace], lang: str) -> bool:
    """Part of the name lives on as an ordinary word: the name was translated, not lost
    (Беловежская пуща / Belovezha Forest, «Демократический выбор» / "Democratic Choice").
    In German a capitalised common noun next to a name ("Instituts Demoskop") is no part
    of it, so only its name-like words count there."""
    nouns = facts(lang).capitalises_nouns
    return any(_traced(p, words) for p in m.parts if p.namelike or not nouns)


def _not_respelled(
    m: NameMention,
    other: NameMention,
    cut: list[NamePart],
    tgt_parts: list[tuple[NameMention, NamePart]],
    matched_tgt: set[int],
) -> list[NamePart]:
    """The words of `cut` that are really gone. Two names of as many words, matched in
    the others, that differ in one given name by a word spelled alike enough ("Recep
    Tayyip Erdoğan" / "Реджеп Тайип Эрдоган") are one name: that word was respelled, not
    cut (the word on the other side then counts as matched). A different first name
    ("Joe Biden" / "Hunter Biden") is not alike enough and stays reported; the surname,
    the last word, must match by the strict rule (Borodavkin / Borodin are two people)."""
    if len(m.parts) != len(other.parts):
        return cut
    index = {id(q): j for j, (mm, q) in enumerate(tgt_parts) if mm is other}
    place = {id(p): i for i, p in enumerate(m.parts)}
    surname = [p for p in m.parts if p.strong][-1]
    kept = []
    for p in cut:
        q = other.parts[place[id(p)]]
        j = index[id(q)]
        if p is not surname and j not in matched_tgt and respelled(p, q):
            matched_tgt.add(j)
        else:
            kept.append(p)
    return kept


def _names_place(place: str, mentions: list[NameMention], words: list[PlaceWord]) -> bool:
    """Whether a side names `place` (a known place's key): by a name, a stem of one, or a
    place word."""
    return any(w.place == place for w in words) or any(
        any(names_match(place, k) for k in p.keys) or any(stem_match(s, place) for s in p.stems)
        for m in mentions
        for p in m.parts
    )


def _is_place(m: NameMention) -> bool:
    places = known_places()
    return any(p.primary in places for p in m.parts)


def _take(items: list[NameMention], wanted: Callable[[NameMention], bool]) -> NameMention | None:
    for k, item in enumerate(items):
        if wanted(item):
            return items.pop(k)
    return None


def _place_swaps(
    src_words: list[PlaceWord],
    tgt_words: list[PlaceWord],
    lost: list[NameMention],
    gained: list[NameMention],
) -> list[Finding]:
    """A place named by an adjective or demonym on one side and by another place on the
    other ("norwegische" / "Шведский", "die russische Regierung" / "the Ukrainian
    government", "Norwegen" / "шведский"): one place replaced, keyed by the source's
    place. Place words are only ever paired, never reported missing or added alone
    ("die russische Regierung" / "the government" drops a word, no place). Two place
    words are critical; a place word against a place name is major, as the name alone
    would be: a capital may stand for its country ("die russische Regierung" / "Moscow").
    Takes the paired names out of `lost` and `gained`."""
    out = []
    tgt_left = list(tgt_words)
    for s in src_words:
        t = tgt_left.pop(0) if tgt_left else _take(gained, _is_place)
        if t is None:
            break
        severity = "critical" if isinstance(t, PlaceWord) else "major"
        out.append(_finding(severity, f"{s.text} became {t.text}", f"entity:{s.place}", s, t))
    for t in tgt_left:
        s = _take(lost, _is_place)
        if s is None:
            break
        out.append(_finding("major", f"{s.text} became {t.text}", f"entity:{s.key}", s, t))
    return out


def _finding(severity, message, key, src=None, tgt=None) -> Finding:
    return Finding(
        type="entity",
        severity=severity,
        message=message,
        key=key,
        src_spans=[(src.start, src.end)] if src else [],
        tgt_spans=[(tgt.start, tgt.end)] if tgt else [],
    )


class NamesCheck:
    name = "names"
    types = ("entity",)

    def __call__(self, pair: PairView) -> list[Finding]:
        if not pair.both_sides:
            return []
        src = extract_names(pair.src.text, pair.src.lang)
        tgt = extract_names(pair.tgt.text, pair.tgt.lang)
        # places named by ordinary words (adjectives, demonyms), often the only ones
        src_all = place_words(pair.src.text, pair.src.lang)
        tgt_all = place_words(pair.tgt.text, pair.tgt.lang)
        if not src and not tgt and not (src_all and tgt_all):
            return []
        tgt_parts = [(m, p) for m in tgt for p in m.parts]
        matched_tgt: set[int] = set()
        out: list[Finding] = []
        lost: list[NameMention] = []
        lost_weak: list[NameMention] = []
        # sentence-initial words of a language that capitalises nouns, with no evidence
        # either way (Schröder, Hochwasser): never reported, only used to key a name that
        # was added in their place (see below)
        lost_initial: list[NameMention] = []
        src_traces = tgt_traces = None
        for m in src:
            hits: dict[int, int] = {}  # id(name-like part) -> index into tgt_parts
            for p in m.parts:
                for j, (_, q) in enumerate(tgt_parts):
                    if parts_match(p, q):
                        matched_tgt.add(j)
                        if p.namelike:
                            hits[id(p)] = j
                        break
            if not hits:
                if m.strong:
                    lost.append(m)
                elif m.namelike:
                    lost_weak.append(m)
                elif m.initial and facts(pair.src.lang).capitalises_nouns:
                    lost_initial.append(m)
                continue
            if tgt_traces is None:
                tgt_traces = trace_keys(pair.tgt.text, pair.tgt.lang)
            cut = [
                p for p in m.parts if p.strong and id(p) not in hits and not _traced(p, tgt_traces)
            ]
            if not cut:
                continue
            other = tgt_parts[next(iter(hits.values()))][0]
            cut = _not_respelled(m, other, cut, tgt_parts, matched_tgt)
            if not cut:
                continue
            if cut[-1] is [p for p in m.parts if p.strong][-1]:
                # same first name, another surname: another person
                out.append(
                    _finding(
                        "critical", f"{m.text} became {other.text}", f"entity:{m.key}", m, other
                    )
                )
            else:
                out.append(
                    _finding(
                        "minor",
                        f"{m.text} became {other.text} (part of the name is missing)",
                        f"entity:{m.key}:partial",
                        m,
                        other,
                    )
                )
        gained = []
        gained_weak = []
        for m in tgt:
            idx = [j for j, (mm, _) in enumerate(tgt_parts) if mm is m]
            if any(j in matched_tgt for j in idx):
                continue
            if m.strong:
                gained.append(m)
            elif m.namelike and m.initial:
                gained_weak.append(m)
        # Place words that the other side does not name at all.
        src_words = [w for w in src_all if not _names_place(w.place, tgt, tgt_all)]
        tgt_words = [w for w in tgt_all if not _names_place(w.place, src, src_all)]
        if not lost and not gained and not (lost_weak and gained_weak):
            if src_words and tgt_words:
                out += _place_swaps(src_words, tgt_words, [], [])
            return out
        if tgt_traces is None:
            tgt_traces = trace_keys(pair.tgt.text, pair.tgt.lang)
        src_traces = trace_keys(pair.src.text, pair.src.lang)
        lost = [m for m in lost if not _any_traced(m, tgt_traces, pair.src.lang)]
        gained = [m for m in gained if not _any_traced(m, src_traces, pair.tgt.lang)]
        if src_words or tgt_words:
            out += _place_swaps(src_words, tgt_words, lost, gained)
        weak = [m for m in lost_weak if not any(_traced(p, tgt_traces) for p in m.parts)]
        if len(gained) > len(lost):
            # A capitalised word only weakly a name (Merkel in German) that left while a
            # clear name arrived: a replacement.
            lost += weak[: len(gained) - len(lost)]
        elif not gained and not lost and pair.src.lang in _LATIN and pair.tgt.lang in _LATIN:
            # Two name-like words at a sentence start, each without a counterpart on the
            # other side ("Fischer sagte" / "Weber said"): one name replaced by another.
            # (Only where name-likeness there comes from word frequencies: a Russian
            # sentence-initial name has its own tags, and is strong.)
            new = [m for m in gained_weak if not _any_traced(m, src_traces, pair.tgt.lang)]
            if len(weak) == 1 and weak[0].initial and len(new) == 1:
                lost, gained = weak, new
        for s, t in zip(lost, gained, strict=False):
            out.append(_finding("critical", f"{s.text} became {t.text}", f"entity:{s.key}", s, t))
        for s in lost[len(gained) :]:
            out.append(
                _finding("major", f"{s.text} is missing in the translation", f"entity:{s.key}", s)
            )
        # A name added where the source starts its sentence with a word that may or may
        # not be a name ("Schröder" / "Шольц", "Schröder" / "Scholz"): keyed by that word,
        # which every hop from the source shares, so the drift is one flag on the chain
        # (the added name's own key differs by language: "sholc", "schols").
        unsure = [m for m in lost_initial if not any(_traced(p, tgt_traces) for p in m.parts)]
        added = gained[len(lost) :]
        for k, t in enumerate(added):
            key = f"entity:{unsure[k].key}" if k < len(unsure) else f"entity:+{t.key}"
            out.append(_finding("major", f"{t.text} was added in the translation", key, tgt=t))
        return out
