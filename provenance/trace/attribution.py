"""Turn per-pair findings into report flags: each drift once, on the hop where it appears.

Input: the findings of every check on every hop (k, k+1) and, for chains of three or more
documents, on the end-to-end pair (0, n-1), as {(a, b): {row id: [Finding]}}. A finding's
`key` names what drifted independently of the hop ("number:200e9", "quote:paraphrased"),
which is what lets the chain be read as a story per row and per key:

- **carried**: the key first appears on hop k and is still there end to end → one flag,
  hop [k, k+1] (a number changed de→ru and carried into en is one flag with hop [0, 1]);
  the end-to-end finding's spans in the final document are added, so the drift can be
  highlighted in every language, and the flag takes the worse of the two severities: what
  reaches the reader is judged against the original (a direction merely made explicit on
  ru→en is minor on that hop, but a reversal of the German end to end is critical).
- **corrected later**: the key appears on hop k but neither end to end nor on any later
  hop → the final text agrees with the original again. One *minor* flag on hop k, message
  prefixed "corrected later:". A later-hop finding of the same type that is not there end
  to end either is the correction itself and is not reported.
- **end-to-end only**: a key found on (0, n-1) but on no single hop (drift that built up
  over several hops, each below a check's threshold) → one flag on the hop where the row's
  similarity is lowest, marked `detail.end_to_end`.

A pure pair is a chain of two: its only hop is its end-to-end pair, and every finding is
reported as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from provenance.model import SEVERITY_RANK, Document, Finding, Flag, Segment, Span

Findings = Mapping[tuple[int, int], Mapping[int, list[Finding]]]

CORRECTED_PREFIX = "corrected later: "


@dataclass
class _Seen:
    """One key on one row: the first hop it appeared on, and every hop it appeared on."""

    finding: Finding
    hop: tuple[int, int]
    hops: list[int]


def _spans(seg: Segment, ranges: list[tuple[int, int]]) -> list[Span]:
    if seg.empty:
        return []
    return [seg.span(a, b) for a, b in ranges]


def _hop_spans(
    docs: Sequence[Document], row: list[list[int]], hop: tuple[int, int], f: Finding
) -> list[Span]:
    a, b = hop
    return _spans(Segment.of(docs, row, a), f.src_spans) + _spans(
        Segment.of(docs, row, b), f.tgt_spans
    )


def _flag(rid: int, f: Finding, hop: tuple[int, int], spans: list[Span], **detail: object) -> Flag:
    return Flag(
        alignment=rid,
        type=f.type,
        severity=f.severity,
        hop=hop,
        spans=spans,
        message=f.message,
        detail={**f.detail, **detail},
        check=f.check,
    )


def _overlap(a: Finding, hop_a: tuple[int, int], b: Finding, hop_b: tuple[int, int]) -> int:
    """Characters two findings' spans share on the documents their pairs have in common."""

    def ranges(f: Finding, hop: tuple[int, int], doc: int) -> list[tuple[int, int]]:
        return (f.src_spans if hop[0] == doc else []) + (f.tgt_spans if hop[1] == doc else [])

    total = 0
    for doc in set(hop_a) & set(hop_b):
        for x0, x1 in ranges(a, hop_a, doc):
            for y0, y1 in ranges(b, hop_b, doc):
                total += max(0, min(x1, y1) - max(x0, y0))
    return total


def _weakest_hop(similarity: Sequence[float | None] | None, n: int) -> tuple[int, int]:
    """The hop of a row with the lowest similarity (where a gradual drift went furthest)."""
    if not similarity:
        return (n - 2, n - 1)
    scored = [(s, k) for k, s in enumerate(similarity) if s is not None]
    if not scored:
        return (n - 2, n - 1)
    return (min(scored)[1], min(scored)[1] + 1)


def attribute(
    docs: Sequence[Document],
    rows: Sequence[list[list[int]]],
    findings: Findings,
    similarity: Sequence[Sequence[float | None]] | None = None,
) -> list[Flag]:
    """Flags for the report, each drift once (see the module docstring).

    `similarity[rid]` (one value per hop, as in the report's alignments) picks the hop of
    an end-to-end-only drift; without it the last hop is used.
    """
    n = len(docs)
    hops = [(k, k + 1) for k in range(n - 1)]
    flags: list[Flag] = []
    for rid, row in enumerate(rows):
        seen = _first_seen(findings, hops, rid)
        if n == 2:
            flags.extend(
                _flag(rid, s.finding, s.hop, _hop_spans(docs, row, s.hop, s.finding))
                for s in seen.values()
            )
            continue
        at_end = _end_to_end(findings.get((0, n - 1), {}).get(rid, []), seen, n)
        flags += _hop_flags(docs, row, rid, seen, at_end)
        flags += _end_only_flags(docs, row, rid, seen, at_end, similarity)
    sort_flags(flags)
    return flags


def _first_seen(findings: Findings, hops: list[tuple[int, int]], rid: int) -> dict[str, _Seen]:
    """Each key of a row with the first hop it appeared on and every hop it appeared on."""
    seen: dict[str, _Seen] = {}
    for k, hop in enumerate(hops):
        for f in findings.get(hop, {}).get(rid, []):
            if f.key in seen:
                if seen[f.key].hops[-1] != k:
                    seen[f.key].hops.append(k)
                continue
            seen[f.key] = _Seen(f, hop, [k])
    return seen


def _end_to_end(found: list[Finding], seen: dict[str, _Seen], n: int) -> dict[str, Finding]:
    """The row's end-to-end findings by key, each also under the key of the hop finding it
    is the same drift as.

    Keys are meant to be hop-independent, but a name or value normalised from two
    different source languages may not be ("entity:tokai" on ru→en, "entity:tokaev" on
    de→en). An end-to-end finding left without a hop finding is matched to a left-over hop
    finding of the same type on the row whose spans overlap it on a document both share:
    one drift, not two.
    """
    at_end = {f.key: f for f in found}
    for ekey, ef in list(at_end.items()):
        if ekey in seen:
            continue
        scored = [
            (_overlap(ef, (0, n - 1), s.finding, s.hop), k)
            for k, s in seen.items()
            if k not in at_end and s.finding.type == ef.type
        ]
        best = max(scored, default=(0, ""))
        if best[0] > 0:
            at_end[best[1]] = ef
    return at_end


def _hop_flags(
    docs: Sequence[Document],
    row: list[list[int]],
    rid: int,
    seen: dict[str, _Seen],
    at_end: dict[str, Finding],
) -> list[Flag]:
    """Flags of the drifts seen on a hop: carried to the end, corrected later, or kept."""
    last_hop = len(docs) - 2
    corrected = {
        key
        for key, s in seen.items()
        if key not in at_end and s.hops == [s.hops[0]] and s.hops[0] < last_hop
    }
    corrected_types = {(seen[k].finding.type, seen[k].hops[0]) for k in corrected}
    flags: list[Flag] = []
    for key, s in seen.items():
        f = s.finding
        spans = _hop_spans(docs, row, s.hop, f)
        if key in at_end:
            flags.append(_carried(docs, row, rid, s, at_end[key], spans))
        elif key in corrected:
            flags.append(_corrected(rid, f, s.hop, spans))
        elif any(t == f.type and k0 < s.hops[0] for t, k0 in corrected_types):
            continue  # the later hop that undid an earlier drift
        else:
            # Seen on a hop but not end to end, and not undone later: the end-to-end
            # comparison missed it or the drift is in the last hop only. Keep it.
            flags.append(_flag(rid, f, s.hop, spans))
    return flags


def _carried(
    docs: Sequence[Document],
    row: list[list[int]],
    rid: int,
    s: _Seen,
    whole: Finding,
    spans: list[Span],
) -> Flag:
    """A drift carried to the final text: shown in the original and there too, as severe
    as the worse of its hop and end-to-end findings."""
    n, f = len(docs), s.finding
    if s.hop[0] != 0:
        spans = _spans(Segment.of(docs, row, 0), whole.src_spans) + spans
    if s.hop[1] != n - 1:
        spans += _spans(Segment.of(docs, row, n - 1), whole.tgt_spans)
    flag = _flag(rid, f, s.hop, spans)
    if SEVERITY_RANK[whole.severity] > SEVERITY_RANK[f.severity]:
        flag.severity = whole.severity
        flag.message = f"{f.message}; end to end: {whole.message}"
    return flag


def _corrected(rid: int, f: Finding, hop: tuple[int, int], spans: list[Span]) -> Flag:
    """A drift the final text undid: minor, its own severity kept in the detail."""
    return Flag(
        alignment=rid,
        type=f.type,
        severity="minor",
        hop=hop,
        spans=spans,
        message=CORRECTED_PREFIX + f.message,
        detail={**f.detail, "corrected_later": True, "severity": f.severity},
        check=f.check,
    )


def _end_only_flags(
    docs: Sequence[Document],
    row: list[list[int]],
    rid: int,
    seen: dict[str, _Seen],
    at_end: dict[str, Finding],
    similarity: Sequence[Sequence[float | None]] | None,
) -> list[Flag]:
    """Drifts found end to end only, each on the row's weakest hop."""
    n = len(docs)
    matched = {id(at_end[k]) for k in seen if k in at_end}
    flags: list[Flag] = []
    for f in at_end.values():
        if id(f) in matched:
            continue
        hop = _weakest_hop(similarity[rid] if similarity else None, n)
        spans = _spans(Segment.of(docs, row, 0), f.src_spans) + _spans(
            Segment.of(docs, row, n - 1), f.tgt_spans
        )
        flags.append(_flag(rid, f, hop, spans, end_to_end=True))
    return flags


def sort_flags(flags: list[Flag]) -> None:
    """Report order: by row, worst first, then hop and type."""
    flags.sort(key=lambda f: (f.alignment, -SEVERITY_RANK[f.severity], f.hop, f.type))
