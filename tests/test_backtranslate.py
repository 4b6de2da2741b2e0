"""`--back-translate MODEL` on a tiny random MarianMT model built here — no download."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import need

try:
    import torch
    import transformers
except ImportError:  # pragma: no cover - depends on the install
    torch = transformers = None

WORDS = "der die das und ist nicht ein rat wohnungen montag the a is not and council flats monday"
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys(WORDS.split()), "45", "."]

SRC = "Der Rat genehmigte am Montag 45 neue Wohnungen.\nDer Bau beginnt im März.\n"
TGT = "The council approved 45 new flats on Monday.\nWork starts in March.\n"


@pytest.fixture(scope="module")
def marian(tmp_path_factory) -> Path:
    need(
        torch is not None and transformers is not None,
        'torch/transformers not importable (pip install torch==2.13.0 "provenance[hf]")',
    )
    root = tmp_path_factory.mktemp("marian")
    vocab_file = root / "vocab.txt"
    vocab_file.write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer(vocab_file=str(vocab_file), do_lower_case=True)
    torch.manual_seed(0)
    config = transformers.MarianConfig(
        vocab_size=len(VOCAB),
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=64,
        pad_token_id=0,
        eos_token_id=3,
        decoder_start_token_id=0,
        forced_eos_token_id=3,
    )
    transformers.MarianMTModel(config).save_pretrained(root)
    tokenizer.save_pretrained(root)
    return root


@pytest.fixture
def chain(tmp_path: Path) -> tuple[Path, Path]:
    src, tgt = tmp_path / "src.de.txt", tmp_path / "tgt.en.txt"
    src.write_text(SRC, encoding="utf-8")
    tgt.write_text(TGT, encoding="utf-8")
    return src, tgt


def test_back_translation_matches_the_model(marian, chain):
    """The back-translations are the model's own greedy output, scored by sacrebleu."""
    import sacrebleu

    import provenance
    from provenance.comparison.backtranslate import load_back_translator

    report = provenance.check(
        [str(p) for p in chain], "de,en", presplit=True, back_translate=str(marian)
    )
    rows = report.to_dict()["back_translation"]["rows"]
    assert [r["alignment"] for r in rows] == [0, 1] and all(r["document"] == 1 for r in rows)
    tok = transformers.AutoTokenizer.from_pretrained(str(marian))
    model = transformers.AutoModelForSeq2SeqLM.from_pretrained(str(marian)).eval()
    src_lines, tgt_lines = SRC.splitlines(), TGT.splitlines()
    for r, s, t in zip(rows, src_lines, tgt_lines, strict=True):
        batch = tok([t], return_tensors="pt")
        batch.pop("token_type_ids", None)
        gen = model.generate(**batch, num_beams=1, do_sample=False, max_new_tokens=256)
        expected = tok.batch_decode(gen, skip_special_tokens=True)[0].strip()
        assert r["text"] == expected
        assert r["chrf"] == round(sacrebleu.sentence_chrf(expected, [s]).score, 2)
    sig = report.signature
    assert "back-translate:" in sig and "chrF2|" in sig
    assert load_back_translator(str(marian)) is load_back_translator(str(marian))
    # The back-translation's evidence raises (never lowers) the drift score.
    plain = provenance.check([str(p) for p in chain], "de,en", presplit=True)
    for rid, score in report.drift.items():
        assert score >= plain.drift.get(rid, 0.0) - 1e-9


def test_back_translate_cli_check_and_pairs(marian, chain, run_cli, tmp_path):
    args = ("check", *map(str, chain), "--langs", "de,en", "--presplit")
    res = run_cli(*args, "--back-translate", str(marian), "--format", "json")
    assert res.code == 0, res.err
    assert len(json.loads(res.out)["back_translation"]["rows"]) == 2
    page = run_cli(*args, "--back-translate", str(marian), "--format", "html").out
    assert "class=bt" in page and "back-translate:" in page

    tsv = tmp_path / "pairs.tsv"
    tsv.write_text(
        "".join(f"{s}\t{t}\n" for s, t in zip(SRC.splitlines(), TGT.splitlines(), strict=True))
    )
    res = run_cli("pairs", str(tsv), "--langs", "de,en", "--back-translate", str(marian))
    assert res.code == 0, res.err
    lines = [json.loads(x) for x in res.out.splitlines()]
    assert all("chrf" in x["back_translation"] and "signature" in x for x in lines)
    text = run_cli(
        "pairs", str(tsv), "--langs", "de,en", "--back-translate", str(marian), "--format", "text"
    ).out
    assert "back-translation (chrF" in text and "signature: " in text


def test_missing_model_is_one_line(chain, run_cli, tmp_path):
    res = run_cli(
        "check", *map(str, chain), "--langs", "de,en", "--back-translate", str(tmp_path / "nope")
    )
    assert res.code == 2
    assert res.err.count("\n") == 1 and "nope" in res.err and "Traceback" not in res.err
    res = run_cli("check", *map(str, chain), "--back-translate", "no-such-org/no-such-model")
    assert res.code == 2 and "never downloads" in res.err
