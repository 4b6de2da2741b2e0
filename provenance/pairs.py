"""`provenance pairs`: check pre-aligned `source<TAB>translation` lines, each as one row
(no alignment step), its neighbours read as its document context."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from provenance import checks as checks_mod
from provenance import lang as lang_data
from provenance.checks.base import Check
from provenance.embed import CachedEncoder, Encoder, get_encoder
from provenance.errors import InputError, UsageError
from provenance.model import PairStats, PairView, Segment
from provenance.pipeline import fewer_collections
from provenance.text.langid import detect
from provenance.text.load import DEFAULT_MAX_CHARS, LoadedText, check_size, load_bytes
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
    path: str, format_in: str | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[str, list[tuple[int, str, str]], tuple[str | None, str | None] | None]:
    """The file's pairs as (line or unit number, source, translation), and the languages
    a TMX/XLIFF/PO file names. A TSV is decoded by `provenance.text.load` as ever."""
    from provenance.text.formats import detect_format, extract
    from provenance.text.load import read_bytes

    check_size(path, max_chars)
    source, raw = read_bytes(path)
    fmt = detect_format(raw, source, format_in)
    if fmt == "text":
        source, rows = _tsv_pairs(load_bytes(raw, source, max_chars=max_chars))
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
        if len(parts) == 1:  # a trailing tab and blanks are gone with the line's end
            raise InputError(
                f"line {n} has no tab: the translation (after the tab) is missing",
                source=loaded.source,
                hint="give both sides of every pair, separated by a single tab",
            )
        if len(parts) != 2:
            raise InputError(
                f"line {n} is not 'source<TAB>translation' ({len(parts)} tab-separated fields)",
                source=loaded.source,
                hint="one pair per line, separated by a single tab",
            )
        for field_name, value in (
            ("source (before the tab)", parts[0]),
            ("translation (after the tab)", parts[1]),
        ):
            if not value.strip():
                raise InputError(
                    f"line {n}: the {field_name} is empty",
                    source=loaded.source,
                    hint="give both sides of every pair, or delete the line",
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
    max_chars: int = DEFAULT_MAX_CHARS,
    back_translate: str | None = None,
) -> Iterator[PairResult]:
    """Yield one `PairResult` per non-blank input line (or translation unit), in order;
    each is checked as one row, against fixed statistics; a neighbouring line may only make
    a names flag weaker (a name the line's other side gives a few lines on).
    `back_translate`: a local seq2seq model (see `provenance.comparison.backtranslate`)."""
    source, rows, named = read_pairs(path, format_in, max_chars=max_chars)
    src_lang, tgt_lang = _langs(langs, rows, source, named)
    check_list: list[Check] = checks_mod.select(list(skip), list(only))
    bt = None
    if back_translate:
        from provenance.comparison.backtranslate import load_back_translator

        bt = load_back_translator(back_translate)
    cached = CachedEncoder(encoder or get_encoder(model))
    run = _PairsRun(
        src_lang,
        tgt_lang,
        check_list,
        cached,
        bt,
        reference_stats(src_lang, tgt_lang),
        _signature(cached, check_list, [src_lang, tgt_lang], bt),
    )
    # Each line is judged against fixed reference statistics (`reference_stats`), not the
    # file's, so a line's flags and drift do not move with the other lines' statistics;
    # only the names check reads the neighbouring lines, and only to weaken a flag.
    batch = 256
    for start in range(0, len(rows), batch):
        yield from run.rows(rows[start : start + batch])
        cached.clear()  # keep memory flat


# What faithful news translations show with the default encoder, line by line: median
# similarity 0.69-0.78 (spread 0.08-0.10) and log length ratio spread 0.12-0.14 on the
# WMT21 de/ru/en/fr pairs. A line is judged against these, never against the other lines
# of its file; its expected length comes from the two languages (`reference_stats`).
REFERENCE_STATS = PairStats(
    length_ratio=1.05, length_ratio_spread=0.13, similarity_median=0.75, similarity_spread=0.08
)
# A translation runs this much longer than its source beyond the languages' own length
# factors (explicitation): fitted with `WritingData.length_factor` on the median length
# ratios of six WMT21 directions (de-en 0.97, en-de 1.19, ru-en 1.06, en-ru 1.09, de-fr
# 1.14, fr-de 1.03).
TRANSLATION_GROWTH = 1.076


def reference_stats(src_lang: str, tgt_lang: str) -> PairStats:
    """`REFERENCE_STATS` with the length ratio expected between these two languages."""
    factor = {c: lang_data.data(c, "writing").length_factor for c in (src_lang, tgt_lang)}
    ratio = TRANSLATION_GROWTH * factor[tgt_lang] / factor[src_lang]
    return replace(REFERENCE_STATS, length_ratio=ratio)


@dataclass
class _PairsRun:
    """What every line of one `pairs` run is checked with."""

    src_lang: str
    tgt_lang: str
    check_list: Sequence[Check]
    cached: CachedEncoder
    back_translator: Any
    stats: PairStats
    signature: str

    def rows(self, rows: Sequence[tuple[int, str, str]]) -> Iterator[PairResult]:
        # The collector as in `check` (`fewer_collections`) while this run works, not while
        # the caller holds a result: 13 % of the CPU of a 1,000-line file went to
        # collections over the lines' analyses, which live until the run ends.
        with fewer_collections():
            views, sims, back = self._prepared(rows)
        for (n, s, t), sim, bt, view in zip(rows, sims, back, views, strict=True):
            with fewer_collections():
                result = self._result(n, s, t, sim, bt, view)
            yield result

    def _prepared(self, rows: Sequence[tuple[int, str, str]]):
        vs = self.cached.encode([r[1] for r in rows])
        vt = self.cached.encode([r[2] for r in rows])
        sims = [float(x) for x in (vs * vt).sum(axis=1)]
        back: list[dict[str, Any] | None] = [None] * len(rows)
        if self.back_translator is not None:
            from provenance.comparison.backtranslate import back_translate_rows

            back = list(
                back_translate_rows(
                    self.back_translator, [r[1] for r in rows], [r[2] for r in rows]
                )
            )
        views = [
            PairView(
                alignment=n - 1,
                src=Segment(0, self.src_lang, [0], [s]),
                tgt=Segment(1, self.tgt_lang, [0], [t]),
                similarity=sim,
                stats=self.stats,
                embed=self.cached.encode,
            )
            for (n, s, t), sim in zip(rows, sims, strict=True)
        ]
        # The lines of a file are read as the rows of one document pair, as `check` reads
        # an alignment: a check may batch its encoder work there, and the names check
        # reads a line's neighbours as its context (a name the translator gives for the
        # source's "she" two lines on); see docs/checks/names.md.
        checks_mod.prepare(self.check_list, views)
        return views, sims, back

    def _result(
        self, n: int, s: str, t: str, sim: float, bt: dict[str, Any] | None, view: PairView
    ) -> PairResult:
        flags = [_flag(chk, f, view) for chk in self.check_list for f in chk(view)]
        drift = score([f["severity"] for f in flags], sim, self.stats)
        if bt is not None:
            from provenance.comparison.backtranslate import with_back_translation

            drift = with_back_translation(drift, bt["chrf"])
        return PairResult(
            line=n,
            source=s,
            translation=t,
            similarity=sim,
            drift=drift,
            flags=flags,
            back_translation=bt,
            signature=self.signature,
        )


def _flag(chk: Check, f: Any, view: PairView) -> dict[str, Any]:
    spans = [view.src.span(a, b) for a, b in f.src_spans]
    spans += [view.tgt.span(a, b) for a, b in f.tgt_spans]
    return {
        "type": f.type,
        "check": chk.name,
        "severity": f.severity,
        "spans": [sp.to_dict() for sp in spans],
        "message": f.message,
    }


def _signature(encoder, check_list, langs, bt) -> str:
    """The run's reproducibility signature (with the back-translation model, if any)."""
    from provenance.signature import encoder_id, signature

    if bt is None:
        return signature(encoder, check_list, langs)
    from provenance.comparison.scores import signatures

    return signature(
        encoder, check_list, langs, signatures(ter_used=False), back_translate=encoder_id(bt)
    )
