"""What the numbers, dates and names checks share: matching two lists of mentions and
turning the matching into findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from provenance.model import Finding

M = TypeVar("M")


@dataclass
class Matching(Generic[M]):
    """Outcome of matching source mentions against target mentions."""

    changed: list[tuple[M, M]]  # a source mention whose counterpart says something else
    missing: list[M]
    added: list[M]


def match(
    src: Sequence[M],
    tgt: Sequence[M],
    same: Callable[[M, M], bool],
    related: Callable[[M, M], bool] = lambda a, b: True,
) -> Matching[M]:
    """Greedy one-to-one matching in text order.

    `same` pairs mentions that agree (no drift). Of what is left, mentions that are
    `related` (e.g. two dates that both give a month) are paired in order as changed;
    the rest is missing (source only) or added (target only).
    """
    free = list(range(len(tgt)))
    left: list[M] = []
    for s in src:
        hit = next((j for j in free if same(s, tgt[j])), None)
        if hit is None:
            left.append(s)
        else:
            free.remove(hit)
    changed: list[tuple[M, M]] = []
    missing: list[M] = []
    for s in left:
        hit = next((j for j in free if related(s, tgt[j])), None)
        if hit is None:
            missing.append(s)
        else:
            free.remove(hit)
            changed.append((s, tgt[hit]))
    return Matching(changed, missing, [tgt[j] for j in free])


def findings(m: Matching[M], kind: str, label: Callable[[M], str]) -> list[Finding]:
    """Findings for a matching: changed is critical, missing or added major.

    Mentions need `text`, `start` and `end`; `label` gives the normalised value that keys
    the drift ("number:2e+11USD", "date:2019-06-09"), taken from the source side so the
    same drift has the same key on every hop.
    """
    out = [
        Finding(
            type=kind,
            severity="critical",
            message=f"{s.text} became {t.text}",
            key=f"{kind}:{label(s)}",
            src_spans=[(s.start, s.end)],
            tgt_spans=[(t.start, t.end)],
            detail={"source": label(s), "translation": label(t)},
        )
        for s, t in m.changed
    ]
    out += [
        Finding(
            type=kind,
            severity="major",
            message=f"{s.text} is missing in the translation",
            key=f"{kind}:{label(s)}",
            src_spans=[(s.start, s.end)],
            detail={"source": label(s)},
        )
        for s in m.missing
    ]
    out += [
        Finding(
            type=kind,
            severity="major",
            message=f"{t.text} was added in the translation",
            key=f"{kind}:+{label(t)}",
            tgt_spans=[(t.start, t.end)],
            detail={"translation": label(t)},
        )
        for t in m.added
    ]
    return out
