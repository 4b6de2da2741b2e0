"""`provenance pairs`: check pre-aligned `source<TAB>translation` lines, each on its own."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from provenance import checks as checks_mod
from provenance import lang as lang_data
from provenance.checks.base import Check
from provenance.embed import CachedEncoder, Encoder, get_encoder
from provenance.errors import InputError, UsageError
from provenance.model import PairStats, PairView, Segment
from provenance.text.langid import detect
from provenance.text.load import load_text
from provenance.trace.drift import score


@dataclass
class PairResult:
    line: int
    source: str
    translation: str
    similarity: float
    drift: float
    flags: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "drift": round(self.drift, 4), "flags": self.flags}


def read_pairs(path: str) -> tuple[str, list[tuple[int, str, str]]]:
    loaded = load_text(path)
    out = []
    for n, line in enumerate(loaded.text.split("\n"), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise InputError(
                f"line {n} is not 'source<TAB>translation' ({len(parts)} tab-separated fields)",
                source=loaded.source,
                hint="one pair per line, separated by a single tab",
            )
        out.append((n, parts[0].strip(), parts[1].strip()))
    if not out:
        raise InputError("has no pairs", source=loaded.source)
    return loaded.source, out


def _langs(langs: str | Sequence[str] | None, rows, source: str) -> tuple[str, str]:
    if langs:
        codes = langs.split(",") if isinstance(langs, str) else list(langs)
        if len(codes) != 2:
            raise UsageError(
                f"--langs names {len(codes)} language(s); pairs needs two",
                hint="e.g. --langs de,en",
            )
        return lang_data.validate(codes[0]), lang_data.validate(codes[1])
    src = detect(" ".join(r[1] for r in rows[:200]), f"{source} (source column)")
    tgt = detect(" ".join(r[2] for r in rows[:200]), f"{source} (translation column)")
    return src, tgt


def check_pairs(
    path: str,
    langs: str | Sequence[str] | None = None,
    *,
    model: str | None = None,
    encoder: Encoder | None = None,
    skip: Sequence[str] = (),
    only: Sequence[str] = (),
) -> Iterator[PairResult]:
    """Yield one `PairResult` per non-blank input line, in input order."""
    source, rows = read_pairs(path)
    src_lang, tgt_lang = _langs(langs, rows, source)
    check_list: list[Check] = checks_mod.select(list(skip), list(only))
    cached = CachedEncoder(encoder or get_encoder(model))
    batch = 256
    # First pass: similarities of every line, so that rows are judged against the file's
    # own statistics (PairStats) as `check` judges them against the document pair's.
    sims_all: list[float] = []
    for start in range(0, len(rows), batch):
        chunk = rows[start : start + batch]
        vs = cached.encode([r[1] for r in chunk])
        vt = cached.encode([r[2] for r in chunk])
        sims_all.extend(float(x) for x in (vs * vt).sum(axis=1))
        cached.clear()
    views = [
        PairView(
            alignment=n - 1,
            src=Segment(0, src_lang, [0], [s]),
            tgt=Segment(1, tgt_lang, [0], [t]),
            similarity=sim,
            embed=cached.encode,
        )
        for (n, s, t), sim in zip(rows, sims_all, strict=True)
    ]
    from provenance.pipeline import pair_stats

    stats: PairStats = pair_stats(views)
    for k, view in enumerate(views):
        view.stats = stats
        n, s, t = rows[k]
        sim = sims_all[k]
        flags = []
        for chk in check_list:
            for f in chk(view):
                spans = [view.src.span(a, b) for a, b in f.src_spans]
                spans += [view.tgt.span(a, b) for a, b in f.tgt_spans]
                flags.append(
                    {
                        "type": f.type,
                        "check": chk.name,
                        "severity": f.severity,
                        "spans": [sp.to_dict() for sp in spans],
                        "message": f.message,
                    }
                )
        yield PairResult(
            line=n,
            source=s,
            translation=t,
            similarity=sim,
            drift=score([f["severity"] for f in flags], sim, stats),
            flags=flags,
        )
        if k % batch == batch - 1:
            cached.clear()  # sub-clause embeddings of the checks; keep memory flat
