"""Back-translation (`--back-translate MODEL`, extra `hf`): a seq2seq model through
`transformers` (MarianMT or any `AutoModelForSeq2SeqLM`) translates each final sentence
into the source language; sacrebleu's chrF of that against the source joins the row's
evidence and its drift score.

Offline only: a model is a directory or a name already in the local Hugging Face cache
(`local_files_only`); anything else is one line and exit 2. torch and transformers are
imported here, only when a model is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from provenance.errors import ModelError

BATCH = 16
MAX_NEW_TOKENS = 256
# How much a back-translation that shares nothing with the source (chrF 0) adds to a
# row's drift score: as much as a minor flag (see `provenance.trace.drift`).
WEIGHT = 0.25


@dataclass
class BackTranslator:
    name: str
    tokenizer: Any
    model: Any
    torch: Any
    weights_path: str = ""  # the model's directory (for the signature's digest)

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Greedy translations of `texts`, in order (empty texts stay empty)."""
        out = [""] * len(texts)
        todo = [k for k, t in enumerate(texts) if t.strip()]
        for first in range(0, len(todo), BATCH):
            ids = todo[first : first + BATCH]
            batch = self.tokenizer(
                [texts[k] for k in ids], return_tensors="pt", padding=True, truncation=True
            )
            batch.pop("token_type_ids", None)
            with self.torch.inference_mode():
                gen = self.model.generate(
                    **batch, num_beams=1, do_sample=False, max_new_tokens=MAX_NEW_TOKENS
                )
            for k, text in zip(
                ids, self.tokenizer.batch_decode(gen, skip_special_tokens=True), strict=True
            ):
                out[k] = text.strip()
        return out


_LOADED: dict[str, BackTranslator] = {}


def load_back_translator(name_or_path: str) -> BackTranslator:
    """The model, from a directory or the local cache; never downloaded."""
    if name_or_path in _LOADED:
        return _LOADED[name_or_path]
    from provenance.embed.hf import _import_backend, _quiet, resolve_model_dir

    torch, transformers = _import_backend()
    model_dir = resolve_model_dir(name_or_path)
    restore = _quiet(transformers)
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(model_dir), local_files_only=True
        )
        model = transformers.AutoModelForSeq2SeqLM.from_pretrained(
            str(model_dir), local_files_only=True
        )
    except (OSError, ValueError, KeyError, TypeError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise ModelError(
            f"cannot load the back-translation model ({first})", source=name_or_path
        ) from err
    finally:
        restore()
    model.eval()
    bt = BackTranslator(name_or_path, tokenizer, model, torch, str(model_dir))
    _LOADED[name_or_path] = bt
    return bt


def with_back_translation(drift: float, chrf: float | None) -> float:
    """The drift score with the back-translation's evidence: a low chrF raises it, as a
    minor flag would at chrF 0 (combined like independent evidence)."""
    if chrf is None:
        return drift
    return 1.0 - (1.0 - drift) * (1.0 - WEIGHT * (1.0 - chrf / 100.0))


def back_translate_rows(
    bt: BackTranslator, sources: Sequence[str], finals: Sequence[str]
) -> list[dict[str, Any] | None]:
    """Per row: {"text": back-translation, "chrf": chrF against the source}, or None when
    a side is empty."""
    from provenance.comparison.scores import chrf

    texts = bt.translate(finals)
    return [
        {"text": t, "chrf": round(chrf(t, s), 2)} if s.strip() and f.strip() else None
        for s, f, t in zip(sources, finals, texts, strict=True)
    ]


def attach(report: Any, bt: BackTranslator) -> None:
    """Back-translate each translation's side of every row into the source language (the
    last document; every sibling with `--parallel`), score it with chrF against the
    source, and fold that into the report's drift scores and signature."""
    from provenance.comparison.scores import signatures
    from provenance.signature import encoder_id

    docs = report.documents
    targets = range(1, len(docs)) if report.mode == "parallel" else [len(docs) - 1]
    rows = []
    for d in targets:
        sources = [
            " ".join(docs[0].sentences[i] for i in a.sentences[0]) for a in report.alignments
        ]
        finals = [" ".join(docs[d].sentences[i] for i in a.sentences[d]) for a in report.alignments]
        for a, got in zip(report.alignments, back_translate_rows(bt, sources, finals), strict=True):
            if got is not None:
                rows.append({"alignment": a.id, "document": d, **got})
                report.drift[a.id] = with_back_translation(report.drift.get(a.id, 0.0), got["chrf"])
    report.back_translation = {"model": bt.name, "rows": rows}
    report.signature += f"|back-translate:{encoder_id(bt)}|{signatures(ter_used=False)[0]}"
