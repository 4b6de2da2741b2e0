"""The names check: a person, place or organisation replaced, dropped, added or cut short.

Names are matched word by word on their phonetic keys (`provenance.extract.names`), so
Назарбаева = Nasarbajew = Nazarbayev. Only *strong* candidates (see the extractor) are
reported as missing or added, and not when the name survives as an ordinary word on the
other side ("Russland" / "российский" is no lost name). A multi-word name that keeps
some words and loses others ("Kassym-Jomart Tokayev" -> "Kasym Tokayev") is minor.
"""

from __future__ import annotations

from provenance.checks.base import Finding, PairView
from provenance.extract._text import facts
from provenance.extract.names import (
    NameMention,
    NamePart,
    extract_names,
    keys_match,
    names_match,
    trace_keys,
)


def _traced(part: NamePart, words: list[str]) -> bool:
    """The name lives on as an ordinary (lower-case) word: an adjective, a common noun."""
    for w in words:
        if any(names_match(k, w) for k in part.keys):
            return True
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


def _any_traced(m: NameMention, words: list[str], lang: str) -> bool:
    """Part of the name lives on as an ordinary word: the name was translated, not lost
    (Беловежская пуща / Belovezha Forest, «Демократический выбор» / "Democratic Choice").
    In German a capitalised common noun next to a name ("Instituts Demoskop") is no part
    of it, so only its name-like words count there."""
    nouns = facts(lang).capitalises_nouns
    return any(_traced(p, words) for p in m.parts if p.namelike or not nouns)


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
        if not src and not tgt:
            return []
        tgt_parts = [(m, p) for m in tgt for p in m.parts]
        matched_tgt: set[int] = set()
        out: list[Finding] = []
        lost: list[NameMention] = []
        lost_weak: list[NameMention] = []
        src_traces = tgt_traces = None
        for m in src:
            hits: dict[int, int] = {}  # id(name-like part) -> index into tgt_parts
            for p in m.parts:
                for j, (_, q) in enumerate(tgt_parts):
                    if keys_match(p.keys, q.keys):
                        matched_tgt.add(j)
                        if p.namelike:
                            hits[id(p)] = j
                        break
            if not hits:
                if m.strong:
                    lost.append(m)
                elif m.namelike:
                    lost_weak.append(m)
                continue
            if tgt_traces is None:
                tgt_traces = trace_keys(pair.tgt.text, pair.tgt.lang)
            cut = [
                p for p in m.parts if p.strong and id(p) not in hits and not _traced(p, tgt_traces)
            ]
            if not cut:
                continue
            other = tgt_parts[next(iter(hits.values()))][0]
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
        for m in tgt:
            idx = [j for j, (mm, _) in enumerate(tgt_parts) if mm is m]
            if m.strong and not any(j in matched_tgt for j in idx):
                gained.append(m)
        if not lost and not gained:
            return out
        if tgt_traces is None:
            tgt_traces = trace_keys(pair.tgt.text, pair.tgt.lang)
        src_traces = trace_keys(pair.src.text, pair.src.lang)
        lost = [m for m in lost if not _any_traced(m, tgt_traces, pair.src.lang)]
        gained = [m for m in gained if not _any_traced(m, src_traces, pair.tgt.lang)]
        if len(gained) > len(lost):
            # A capitalised word only weakly a name (Merkel, Schröder in German) that
            # left while a clear name arrived: a replacement.
            weak = [m for m in lost_weak if not any(_traced(p, tgt_traces) for p in m.parts)]
            lost += weak[: len(gained) - len(lost)]
        for s, t in zip(lost, gained, strict=False):
            out.append(_finding("critical", f"{s.text} became {t.text}", f"entity:{s.key}", s, t))
        for s in lost[len(gained) :]:
            out.append(
                _finding("major", f"{s.text} is missing in the translation", f"entity:{s.key}", s)
            )
        for t in gained[len(lost) :]:
            out.append(
                _finding(
                    "major", f"{t.text} was added in the translation", f"entity:+{t.key}", tgt=t
                )
            )
        return out
