"""`check SOURCE T1 T2 ... --parallel`: translations of one source as siblings, not a chain.

Each translation is aligned with the source; the beads are composed into one table (a
star: every bead links source sentences with one sibling's), and each pair (source, Ti) is
checked on its own through the ordinary pipeline, so its flags carry hop [0, i]. Where the
siblings disagree with each other on a fact (number, date, name, negation) on one row —
some are flagged against the source, others not — the report lists the disagreement and
which siblings agree with the source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from provenance.align import align_pair
from provenance.align.chain import Row, compose_links
from provenance.checks.base import Check
from provenance.embed import CachedEncoder, Encoder
from provenance.model import Alignment, Document, Flag, Report, Span
from provenance.pipeline import check_documents
from provenance.signature import signature
from provenance.trace.attribution import sort_flags

FACTS = ("number", "date", "entity", "negation")
SERIOUS = ("critical", "major")


def compose_star(
    lengths: Sequence[int], beads: Sequence[Sequence[tuple[list[int], list[int]]]]
) -> list[Row]:
    """Rows from `beads[i - 1]`, the alignment of document 0 with document i."""
    return compose_links(lengths, [(0, k, pair) for k, pair in enumerate(beads, start=1)])


def check_parallel(
    docs: Sequence[Document], check_list: Sequence[Check], encoder: Encoder
) -> Report:
    """Check every sibling against the source; one report with hops [0, i]."""
    cached = CachedEncoder(encoder)
    lengths = [len(d.sentences) for d in docs]
    beads = [align_pair(docs[0].sentences, d.sentences, cached) for d in docs[1:]]
    rows = compose_star(lengths, beads)
    flags: list[Flag] = []
    sims: list[list[float | None]] = [[None] * (len(docs) - 1) for _ in rows]
    drift: dict[int, float] = {}
    quotes: list[dict[str, Any]] = []
    for i in range(1, len(docs)):
        ids = [rid for rid, row in enumerate(rows) if row[0] or row[i]]
        sub = check_documents(
            [docs[0], docs[i]], check_list, cached, rows=[[rows[r][0], rows[r][i]] for r in ids]
        )
        for a in sub.alignments:
            sims[ids[a.id]][i - 1] = a.similarity[0]
        for rid, score in sub.drift.items():
            drift[ids[rid]] = max(drift.get(ids[rid], 0.0), score)
        flags += [_moved(f, ids, i) for f in sub.flags]
        quotes += [_moved_quote(q, ids, i) for q in sub.quotes]
    sort_flags(flags)
    return Report(
        documents=list(docs),
        alignments=[
            Alignment(id=r, sentences=row, similarity=sims[r]) for r, row in enumerate(rows)
        ],
        flags=flags,
        quotes=quotes,
        drift=drift,
        signature=signature(encoder, check_list, [d.lang for d in docs], mode="parallel"),
        mode="parallel",
        disagreements=disagreements(rows, flags, len(docs)),
    )


def _moved(f: Flag, ids: Sequence[int], i: int) -> Flag:
    """A flag of the pair (source, Ti) re-addressed into the whole table."""
    f.alignment = ids[f.alignment]
    f.hop = (0, i)
    f.spans = [
        Span(0 if sp.document == 0 else i, sp.sentence, sp.start, sp.end, sp.text) for sp in f.spans
    ]
    return f


def _moved_quote(q: dict[str, Any], ids: Sequence[int], i: int) -> dict[str, Any]:
    """A quote of the pair (source, Ti): its rows and hop in the whole table; its flag
    references are dropped (they indexed the pair's own flag list)."""
    out = {k: v for k, v in q.items() if k != "flags"}
    out["alignments"] = [ids[a] for a in q.get("alignments", [])]
    if q.get("hop"):
        out["hop"] = [0, i]
    out["translation"] = i
    return out


def disagreements(rows: Sequence[Row], flags: Sequence[Flag], n_docs: int) -> list[dict[str, Any]]:
    """Rows where siblings with text differ on a fact: for each, which agree with the source
    (no critical/major flag of that type) and which do not (with their flags' indices)."""
    by: dict[tuple[int, str], dict[int, list[int]]] = {}
    for k, f in enumerate(flags):
        if f.type in FACTS and f.severity in SERIOUS:
            by.setdefault((f.alignment, f.type), {}).setdefault(f.hop[1], []).append(k)
    out = []
    for (rid, ftype), differ in sorted(by.items()):
        present = [i for i in range(1, n_docs) if rows[rid][0] and rows[rid][i]]
        agree = [i for i in present if i not in differ]
        if not agree:
            continue  # every sibling differs from the source: no disagreement among them
        out.append(
            {
                "alignment": rid,
                "type": ftype,
                "agree": agree,
                "differ": sorted(differ),
                "flags": sorted(k for ks in differ.values() for k in ks),
            }
        )
    return out
