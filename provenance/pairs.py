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
from provenance.text.load import LoadedText, load_bytes
from provenance.trace.drift import score


@dataclass
class PairResult:
    line: int
    source: str
    translation: str
    similarity: float
    drift: float
    flags: list[dict[str, Any]] = field(default_factory=list)
    # `--back-translate`: {"text": ..., "chrf": ...}; the run's reproducibility signature.
    back_translation: dict[str, Any] | None = None
    signature: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "line": self.line,
            "drift": round(self.drift, 4),
            "flags": self.flags,
        }
        if self.back_translation is not None:
            out["back_translation"] = self.back_translation
        if self.signature:
            out["signature"] = self.signature
        return out


def read_pairs(
    path: str, format_in: str | None = None
) -> tuple[str, list[tuple[int, str, str]], tuple[str | None, str | None] | None]:
    """The file's pairs as (line or unit number, source, translation), and the languages
    a TMX/XLIFF/PO file names. A TSV is decoded by `provenance.text.load` as ever."""
    from provenance.text.formats import detect_format, extract
    from provenance.text.load import read_bytes

    source, raw = read_bytes(path)
    fmt = detect_format(raw, source, format_in)
    if fmt == "text":
        source, rows = _tsv_pairs(load_bytes(raw, source))
        return source, rows, None
    ext = extract(raw, source, fmt)
    if not ext.bilingual:
        raise InputError(
            f"is {fmt.upper()}, which holds no translation pairs",
            source=source,
            hint="give a TSV (source<TAB>translation), TMX, XLIFF or PO file; "
            "or compare two documents with 'provenance check'",
        )
    rows = [(n, s, t) for n, (s, t) in enumerate(ext.pairs or [], start=1)]
    return source, rows, ext.langs


def _tsv_pairs(loaded: LoadedText) -> tuple[str, list[tuple[int, str, str]]]:
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


def _langs(
    langs: str | Sequence[str] | None,
    rows,
    source: str,
    named: tuple[str | None, str | None] | None = None,
) -> tuple[str, str]:
    if not langs and named:
        from provenance.text.documents import lang_data_code

        codes_named = [lang_data_code(c) for c in named]
        if all(codes_named):
            return codes_named[0], codes_named[1]  # type: ignore[return-value]
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
    format_in: str | None = None,
    back_translate: str | None = None,
) -> Iterator[PairResult]:
    """Yield one `PairResult` per non-blank input line (or translation unit), in order.
    `back_translate`: a local seq2seq model (see `provenance.comparison.backtranslate`)."""
    source, rows, named = read_pairs(path, format_in)
    src_lang, tgt_lang = _langs(langs, rows, source, named)
    check_list: list[Check] = checks_mod.select(list(skip), list(only))
    bt = None
    if back_translate:
        from provenance.comparison.backtranslate import load_back_translator

        bt = load_back_translator(back_translate)
    cached = CachedEncoder(encoder or get_encoder(model))
    sig = _signature(cached, check_list, [src_lang, tgt_lang], bt)
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
    back: list[dict[str, Any] | None] = [None] * len(rows)
    for k, view in enumerate(views):
        if bt is not None and k % batch == 0:
            from provenance.comparison.backtranslate import back_translate_rows

            chunk = rows[k : k + batch]
            back[k : k + batch] = back_translate_rows(
                bt, [r[1] for r in chunk], [r[2] for r in chunk]
            )
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
        drift = score([f["severity"] for f in flags], sim, stats)
        if back[k] is not None:
            from provenance.comparison.backtranslate import with_back_translation

            drift = with_back_translation(drift, back[k]["chrf"])  # type: ignore[index]
        yield PairResult(
            line=n,
            source=s,
            translation=t,
            similarity=sim,
            drift=drift,
            flags=flags,
            back_translation=back[k],
            signature=sig,
        )
        if k % batch == batch - 1:
            cached.clear()  # sub-clause embeddings of the checks; keep memory flat


def _signature(encoder, check_list, langs, bt) -> str:
    """The run's reproducibility signature (with the back-translation model, if any)."""
    from provenance.signature import encoder_id, signature

    if bt is None:
        return signature(encoder, check_list, langs)
    from provenance.comparison.scores import signatures

    return signature(
        encoder, check_list, langs, signatures(ter_used=False), back_translate=encoder_id(bt)
    )
