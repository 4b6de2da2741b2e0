"""The Hugging Face encoder path (`--model`), on tiny random BERTs built here — no download.

Each model is saved with `save_pretrained` and loaded back through the real code path
(`get_encoder`, the CLI); expected vectors are recomputed by hand from the same model.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import need

try:
    import torch
    import transformers
except ImportError:  # pragma: no cover - depends on the install
    torch = transformers = None

WORDS = "der die das und ist nicht ein eine tag juni mai the a is not and of in day june"
WORDS += " добрый день это не le la est pas jour juin 9 2024 . , ! ?"
LETTERS = [chr(c) for c in range(ord("a"), ord("z") + 1)]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys(WORDS.split()), *LETTERS]
VOCAB += [f"##{c}" for c in LETTERS]

TEXTS = ["Der Tag ist nicht da.", "the day is not in june", "", "a " * 200, "9 Juni 2024!"]


@pytest.fixture(scope="module", autouse=True)
def _backend():
    need(
        torch is not None and transformers is not None,
        'torch/transformers not importable (pip install torch==2.13.0 "provenance[hf]")',
    )


def build_bert(root: Path, *, pooler: bool = True, seed: int = 0) -> Path:
    """A 1-layer, 16-dim random BERT with a WordPiece tokenizer, saved under `root`."""
    root.mkdir(parents=True, exist_ok=True)
    vocab_file = root / "vocab.txt"
    vocab_file.write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer(vocab_file=str(vocab_file), do_lower_case=True)
    torch.manual_seed(seed)
    config = transformers.BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
    )
    transformers.BertModel(config, add_pooling_layer=pooler).save_pretrained(root)
    tokenizer.save_pretrained(root)
    return root


def build_sentence_transformer(root: Path, *, dense: bool = False) -> Path:
    """sentence-transformers layout: Transformer at the root, mean Pooling, optional
    Dense (16 → 8, tanh) and Normalize."""
    build_bert(root, pooler=False, seed=1)
    (root / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 12}))
    modules = [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {
            "idx": 1,
            "name": "1",
            "path": "1_Pooling",
            "type": "sentence_transformers.models.Pooling",
        },
    ]
    (root / "1_Pooling").mkdir()
    pooling = {
        "word_embedding_dimension": 16,
        "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
    }
    (root / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    if dense:
        from safetensors.torch import save_file

        (root / "2_Dense").mkdir()
        (root / "2_Dense" / "config.json").write_text(
            json.dumps(
                {
                    "in_features": 16,
                    "out_features": 8,
                    "bias": True,
                    "activation_function": "torch.nn.modules.activation.Tanh",
                }
            )
        )
        gen = torch.Generator().manual_seed(2)
        save_file(
            {
                "linear.weight": torch.randn(8, 16, generator=gen),
                "linear.bias": torch.randn(8, generator=gen),
            },
            str(root / "2_Dense" / "model.safetensors"),
        )
        modules.append(
            {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"}
        )
        modules.append(
            {
                "idx": 3,
                "name": "3",
                "path": "3_Normalize",
                "type": "sentence_transformers.models.Normalize",
            }
        )
    (root / "modules.json").write_text(json.dumps(modules))
    return root


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("hf")
    return {
        "labse": build_bert(base / "labse", pooler=True),
        "bare": build_bert(base / "bare", pooler=False),
        "st_mean": build_sentence_transformer(base / "st_mean"),
        "st_dense": build_sentence_transformer(base / "st_dense", dense=True),
    }


def reference(path: Path, texts: list[str], max_length: int = 64) -> dict[str, np.ndarray]:
    """Pooled vectors computed directly with transformers, one text at a time."""
    tok = transformers.AutoTokenizer.from_pretrained(str(path))
    model = transformers.AutoModel.from_pretrained(str(path)).eval()
    rows: dict[str, list[np.ndarray]] = {"pooler": [], "cls": [], "mean": []}
    with torch.inference_mode():
        for text in texts:
            batch = tok([text], truncation=True, max_length=max_length, return_tensors="pt")
            out = model(**batch)
            states = out.last_hidden_state[0]
            rows["cls"].append(states[0].numpy())
            rows["mean"].append(states.mean(dim=0).numpy())
            if out.pooler_output is not None:
                rows["pooler"].append(out.pooler_output[0].numpy())
    return {k: np.stack(v) for k, v in rows.items() if v}


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_labse_style_uses_the_trained_pooler(models):
    from provenance.embed import Encoder, get_encoder

    enc = get_encoder(str(models["labse"]))
    assert isinstance(enc, Encoder)
    assert enc.head.pooling == ["pooler"]
    vecs = enc.encode(TEXTS)
    assert vecs.dtype == np.float32 and vecs.shape == (len(TEXTS), 16)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(vecs, unit(reference(models["labse"], TEXTS)["pooler"]), atol=1e-5)


def test_checkpoint_without_pooler_weights_falls_back_to_cls(models):
    from provenance.embed.hf import load_hf_encoder

    enc = load_hf_encoder(str(models["bare"]))
    assert enc.head.pooling == ["cls"]
    np.testing.assert_allclose(
        enc.encode(TEXTS), unit(reference(models["bare"], TEXTS)["cls"]), atol=1e-5
    )


def test_sentence_transformers_mean_pooling_and_max_seq_length(models):
    from provenance.embed.hf import load_hf_encoder

    enc = load_hf_encoder(str(models["st_mean"]))
    assert enc.head.pooling == ["mean"]
    assert enc.max_length == 12  # from sentence_bert_config.json
    want = unit(reference(models["st_mean"], TEXTS, max_length=12)["mean"])
    np.testing.assert_allclose(enc.encode(TEXTS), want, atol=1e-5)


def test_sentence_transformers_dense_and_normalize(models):
    from safetensors.torch import load_file

    from provenance.embed.hf import load_hf_encoder

    enc = load_hf_encoder(str(models["st_dense"]))
    assert enc.dim == 8
    state = load_file(str(models["st_dense"] / "2_Dense" / "model.safetensors"))
    mean = reference(models["st_dense"], TEXTS, max_length=12)["mean"]
    want = np.tanh(mean @ state["linear.weight"].numpy().T + state["linear.bias"].numpy())
    np.testing.assert_allclose(enc.encode(TEXTS), unit(want), atol=1e-5)


def test_length_sorted_batches_return_rows_in_input_order(models, monkeypatch):
    from provenance.embed import hf

    enc = hf.load_hf_encoder(str(models["st_mean"]))
    texts = ["der tag " * n for n in (5, 1, 9, 2, 7, 3)] + ["ein"]
    monkeypatch.setattr(hf, "BATCH_SIZE", 2)  # several padded batches, mixed lengths
    batched = enc.encode(texts)
    singly = np.concatenate([enc.encode([t]) for t in texts])
    np.testing.assert_allclose(batched, singly, atol=1e-5)
    assert enc.encode([]).shape == (0, 16)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_cli_check_with_model_path(models, run_cli, tmp_path):
    from provenance.embed import _LOADED, get_encoder

    a = _write(tmp_path, "a.de.txt", "Der Tag ist da.\n\nEs ist nicht der Juni.\n")
    b = _write(tmp_path, "b.en.txt", "The day is here.\n\nIt is not June.\n")
    model = str(models["st_mean"])
    res = run_cli("check", a, b, "--langs", "de,en", "--model", model, "--format", "json")
    assert res.code == 0, res.err
    report = json.loads(res.out)
    assert report["schema"] == "provenance.check/1"
    assert model in _LOADED  # the run went through the HF encoder
    enc = get_encoder(model)
    docs = report["documents"]
    for row in report["alignments"]:
        (s,), (t,) = row["sentences"]  # this tiny chain aligns 1-1
        va, vb = enc.encode([docs[0]["sentences"][s], docs[1]["sentences"][t]])
        assert row["similarity"][0] == pytest.approx(float(va @ vb), abs=0.01)


def test_cli_align_with_model_path(models, run_cli, tmp_path):
    a = _write(tmp_path, "a.txt", "Der Tag ist da.\nEs ist nicht der Juni.\n")
    b = _write(tmp_path, "b.txt", "The day is here.\nIt is not June.\n")
    res = run_cli("align", a, b, "--langs", "de,en", "--presplit", "--model", str(models["labse"]))
    assert res.code == 0, res.err
    result = json.loads(res.out)
    assert result["schema"] == "provenance.align/1"
    covered = [i for row in result["alignments"] for i in row[0]]
    assert covered == sorted(covered) and set(covered) >= {0, 1}


@pytest.mark.slow  # a timing bound on a child process that imports torch
def test_offline_hub_id_is_one_quick_line(tmp_path):
    """A hub id not in the (empty) cache: exit 2, one line on stderr, no traceback, quick."""
    a = _write(tmp_path, "a.txt", "Der Tag ist da.\n")
    b = _write(tmp_path, "b.txt", "The day is here.\n")
    env = {
        "HF_HUB_OFFLINE": "1",
        "HF_HOME": str(tmp_path / "hf-home"),
        "PATH": "/usr/bin:/bin",
    }
    cmd = [sys.executable, "-m", "provenance.cli", "check", a, b, "--langs", "de,en"]
    cmd += ["--model", "sentence-transformers/LaBSE"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    elapsed = time.perf_counter() - t0
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "sentence-transformers/LaBSE" in lines[0] and "cache" in lines[0]
    assert "Traceback" not in proc.stderr
    # The cache is looked up before torch is imported; a network wait would blow past this.
    assert elapsed < 60


@pytest.mark.parametrize("bad", ["./no/such/model", "not a/valid id"])
def test_bad_model_names_are_one_line_model_errors(bad):
    from provenance.embed.hf import load_hf_encoder
    from provenance.errors import ModelError

    with pytest.raises(ModelError) as info:
        load_hf_encoder(bad)
    assert "\n" not in str(info.value) and bad in str(info.value)


def test_directory_without_a_model_is_a_model_error(tmp_path):
    from provenance.embed.hf import load_hf_encoder
    from provenance.errors import ModelError

    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="cannot load the model"):
        load_hf_encoder(str(tmp_path / "empty"))


def test_missing_backend_says_how_to_install(monkeypatch):
    from provenance.embed.hf import load_hf_encoder
    from provenance.errors import ModelError

    monkeypatch.setitem(sys.modules, "transformers", None)  # import now raises ImportError
    with pytest.raises(ModelError) as info:
        load_hf_encoder("anything")
    message = str(info.value)
    assert 'pip install "provenance[hf]"' in message and "torch==2.13.0" in message
    assert "\n" not in message
