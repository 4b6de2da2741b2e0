"""Turn per-pair findings into report flags, each drift once, on the hop where it appears.

Input: findings of every check on every hop (k, k+1) and, for chains of three or more,
on (0, n-1). A finding's `key` names what drifted independently of the hop, so a drift
found on hop (0, 1) and carried on is reported once, with hop [0, 1].
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from provenance.checks.base import Finding, Segment
from provenance.model import SEVERITY_RANK, Document, Flag, Span

Findings = Mapping[tuple[int, int], Mapping[int, list[Finding]]]


def _spans(seg: Segment, ranges: list[tuple[int, int]]) -> list[Span]:
    if seg.empty:
        return []
    return [seg.span(a, b) for a, b in ranges] if ranges else []


def attribute(
    docs: Sequence[Document], rows: Sequence[list[list[int]]], findings: Findings
) -> list[Flag]:
    n = len(docs)
    hops = [(k, k + 1) for k in range(n - 1)]
    flags: list[Flag] = []
    for rid, row in enumerate(rows):
        seen: set[str] = set()
        for hop in hops:
            for f in findings.get(hop, {}).get(rid, []):
                if f.key in seen:
                    continue
                seen.add(f.key)
                a, b = hop
                src = Segment(a, docs[a].lang, row[a], [docs[a].sentences[i] for i in row[a]])
                tgt = Segment(b, docs[b].lang, row[b], [docs[b].sentences[i] for i in row[b]])
                flags.append(
                    Flag(
                        alignment=rid,
                        type=f.type,
                        severity=f.severity,
                        hop=hop,
                        spans=_spans(src, f.src_spans) + _spans(tgt, f.tgt_spans),
                        message=f.message,
                        detail=dict(f.detail),
                    )
                )
    flags.sort(key=lambda f: (f.alignment, -SEVERITY_RANK[f.severity], f.hop, f.type))
    return flags
