"""A Hugging Face encoder for `--model NAME_OR_PATH` (optional extra `hf`).

Offline only: a local directory is loaded as is; any other name is looked up in the
local Hugging Face cache (`local_files_only`), and a model that is not there is a
one-line `ModelError`, never a download, a hang or a traceback.

How a sentence vector is read from the model (the pooling rule):

1. A sentence-transformers layout (`modules.json`) is followed module by module:
   the Transformer (its folder, `max_seq_length` from `sentence_bert_config.json`),
   then Pooling as its `1_Pooling/config.json` says (cls, mean, max, mean_sqrt_len;
   several modes are concatenated in sentence-transformers' order), then optional
   Dense (linear + tanh/identity) and Normalize modules.
2. Otherwise the model is taken to be LaBSE-style: the [CLS] state passed through the
   model's pooler (dense + tanh) when the checkpoint ships trained pooler weights,
   else the bare [CLS] state (a randomly initialised pooler would be noise).

Every output row is L2-normalised float32, whatever the model's own head does.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from provenance.embed.use import default_threads
from provenance.errors import ModelError

INSTALL_HINT = (
    'pip install "provenance[hf]"; on this machine pin the CPU wheel first: '
    "pip install torch==2.13.0"
)
POOLING_MODES = ("cls", "max", "mean", "mean_sqrt_len")  # sentence-transformers' concat order
MAX_LENGTH_CAP = 512
BATCH_SIZE = 32


@dataclass
class Dense:
    """A sentence-transformers Dense module: y = act(x W^T + b)."""

    weight: Any  # torch.Tensor (out, in)
    bias: Any | None
    tanh: bool


@dataclass
class Head:
    """What turns token states into one sentence vector."""

    pooling: list[str]  # modes from POOLING_MODES, or ["pooler"] (LaBSE-style)
    post: list[Dense | str] = field(default_factory=list)  # Dense modules and "normalize"
    model_dir: Path | None = None  # where the transformer weights live
    max_length: int | None = None


def _missing_backend(name: str | None) -> ModelError:
    return ModelError(
        f"Hugging Face encoders need transformers and torch ({name} is missing)",
        hint=INSTALL_HINT,
    )


def _require_backend() -> None:
    """Fail with the install hint when torch or transformers is absent, without importing them."""
    for name in ("torch", "transformers"):
        if importlib.util.find_spec(name) is None:
            raise _missing_backend(name)


def _import_backend() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as err:
        raise _missing_backend(err.name) from err
    return torch, transformers


def resolve_model_dir(name_or_path: str) -> Path:
    """A local directory holding the model: the path itself, or its local cache snapshot."""
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return path
    if path.exists():
        raise ModelError("is a file, not a model directory", source=name_or_path)
    looks_like_path = name_or_path.startswith((".", "/", "~")) or name_or_path.count("/") > 1
    if looks_like_path:
        raise ModelError("no such model directory", source=name_or_path)
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.utils import HFValidationError, LocalEntryNotFoundError
    except ImportError as err:
        raise _missing_backend(err.name) from err

    try:
        return Path(snapshot_download(repo_id=name_or_path, local_files_only=True))
    except (LocalEntryNotFoundError, HFValidationError, OSError, ValueError) as err:
        raise ModelError(
            "not a local directory and not in the local Hugging Face cache; "
            "provenance never downloads models",
            source=name_or_path,
            hint="download it on a connected machine with `hf download NAME`, "
            "or pass the model's directory",
        ) from err


def _read_json(path: Path, source: str) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"cannot read {path.name} ({err})", source=source) from err


def _pooling_modes(config: dict[str, Any], source: str) -> list[str]:
    if isinstance(config.get("pooling_mode"), str):  # newer single-key form
        wanted = {config["pooling_mode"].replace("_tokens", "").replace("_token", "")}
    else:
        wanted = {
            mode
            for mode in POOLING_MODES
            if config.get(f"pooling_mode_{mode}_token") or config.get(f"pooling_mode_{mode}_tokens")
        }
    extra = {
        key
        for key, on in config.items()
        if key.startswith("pooling_mode_")
        and on is True
        and key.removeprefix("pooling_mode_").removesuffix("_tokens").removesuffix("_token")
        not in POOLING_MODES
    }
    unknown = (wanted - set(POOLING_MODES)) | extra
    if unknown or not wanted:
        raise ModelError(
            f"unsupported pooling {sorted(unknown) or 'none'} in 1_Pooling/config.json",
            source=source,
            hint=f"supported: {', '.join(POOLING_MODES)}",
        )
    return [m for m in POOLING_MODES if m in wanted]


def _load_dense(torch: Any, folder: Path, source: str) -> Dense:
    config = _read_json(folder / "config.json", source)
    act = str(config.get("activation_function", "torch.nn.modules.activation.Tanh"))
    if act.endswith(".Tanh"):
        tanh = True
    elif act.endswith(".Identity"):
        tanh = False
    else:
        raise ModelError(f"unsupported Dense activation {act}", source=source)
    if (folder / "model.safetensors").exists():
        from safetensors.torch import load_file

        state = load_file(str(folder / "model.safetensors"))
    elif (folder / "pytorch_model.bin").exists():
        state = torch.load(folder / "pytorch_model.bin", map_location="cpu", weights_only=True)
    else:
        raise ModelError(f"no weights in {folder.name}", source=source)
    if "linear.weight" not in state:
        raise ModelError(f"{folder.name} has no linear.weight", source=source)
    bias = state.get("linear.bias")
    return Dense(state["linear.weight"].float(), None if bias is None else bias.float(), tanh)


def read_head(torch: Any, model_dir: Path, source: str) -> Head:
    """The pooling rule (see the module docstring) applied to the model's own files."""
    modules_file = model_dir / "modules.json"
    if not modules_file.exists():
        return Head(pooling=["pooler"], model_dir=model_dir)
    modules = _read_json(modules_file, source)
    head = Head(pooling=[])
    for module in sorted(modules, key=lambda m: int(m.get("idx", 0))):
        kind = str(module.get("type", "")).rsplit(".", 1)[-1]
        folder = model_dir / str(module.get("path", ""))
        if kind == "Transformer":
            head.model_dir = folder
            for cfg_dir in (folder, model_dir):
                cfg = cfg_dir / "sentence_bert_config.json"
                if cfg.exists():
                    head.max_length = _read_json(cfg, source).get("max_seq_length")
                    break
        elif kind == "Pooling":
            head.pooling = _pooling_modes(_read_json(folder / "config.json", source), source)
        elif kind == "Dense":
            head.post.append(_load_dense(torch, folder, source))
        elif kind == "Normalize":
            head.post.append("normalize")
        else:
            raise ModelError(f"unsupported sentence-transformers module {kind}", source=source)
    if head.model_dir is None or not head.pooling:
        raise ModelError("modules.json lacks a Transformer or a Pooling module", source=source)
    return head


def _pool(torch: Any, mode: str, states: Any, mask: Any) -> Any:
    """One pooling mode over token states (batch, seq, dim) with attention mask (batch, seq)."""
    if mode == "cls":
        return states[:, 0]
    m = mask.unsqueeze(-1).to(states.dtype)
    if mode == "max":
        return states.masked_fill(m == 0, torch.finfo(states.dtype).min).amax(dim=1)
    summed = (states * m).sum(dim=1)
    counts = m.sum(dim=1).clamp(min=1.0)
    return summed / (counts if mode == "mean" else counts.sqrt())


class HfEncoder:
    """A transformers encoder behind the `Encoder` protocol."""

    def __init__(
        self,
        name: str,
        tokenizer: Any,
        model: Any,
        head: Head,
        max_length: int,
        dim: int,
        torch: Any,
    ):
        self.name = name
        self.tokenizer = tokenizer
        self.model = model
        self.head = head
        self.max_length = max_length
        self.dim = dim
        self._torch = torch

    def _vectors(self, texts: list[str]) -> np.ndarray:
        torch = self._torch
        batch = self.tokenizer(
            texts,
            padding=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
        )
        out = self.model(**batch)
        if self.head.pooling == ["pooler"]:
            pooled = out.pooler_output
        else:
            states = out.last_hidden_state
            pooled = torch.cat(
                [_pool(torch, m, states, batch["attention_mask"]) for m in self.head.pooling],
                dim=-1,
            )
        for step in self.head.post:
            if step == "normalize":
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
            else:
                pooled = torch.nn.functional.linear(pooled, step.weight, step.bias)
                if step.tanh:
                    pooled = torch.tanh(pooled)
        return pooled.float().numpy()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Sorting by length keeps padding per batch small; rows go back in input order.
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        with self._torch.inference_mode():
            for start in range(0, len(order), BATCH_SIZE):
                idx = order[start : start + BATCH_SIZE]
                out[idx] = self._vectors([texts[i] for i in idx])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


def _max_length(head: Head, tokenizer: Any, config: Any) -> int:
    """Truncation length: sentence-transformers' max_seq_length, else the tokenizer's or
    the position table's limit, capped at MAX_LENGTH_CAP."""
    candidates = [head.max_length, getattr(tokenizer, "model_max_length", None)]
    candidates.append(getattr(config, "max_position_embeddings", None))
    for value in candidates:
        if isinstance(value, int) and 0 < value < 100_000:
            return min(value, MAX_LENGTH_CAP)
    return MAX_LENGTH_CAP


def _quiet(transformers: Any) -> Callable[[], None]:
    """Silence transformers' load-time chatter (log level restored after; progress bars
    stay off — a CLI that never downloads has no use for them)."""
    logging = transformers.utils.logging
    level = logging.get_verbosity()
    logging.set_verbosity_error()
    logging.disable_progress_bar()
    return lambda: logging.set_verbosity(level)


def load_hf_encoder(name_or_path: str) -> HfEncoder:
    """Load a Hugging Face encoder from a directory or the local cache, offline."""
    # Resolve before importing: a model that is not there is reported without paying
    # torch's import (seconds), but a missing backend is still the first thing said.
    _require_backend()
    model_dir = resolve_model_dir(name_or_path)
    torch, transformers = _import_backend()
    head = read_head(torch, model_dir, name_or_path)
    weights_dir = head.model_dir or model_dir
    restore = _quiet(transformers)
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(weights_dir), local_files_only=True
        )
        model, info = transformers.AutoModel.from_pretrained(
            str(weights_dir), local_files_only=True, output_loading_info=True
        )
    except (OSError, ValueError, KeyError, TypeError) as err:
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise ModelError(f"cannot load the model ({first_line})", source=name_or_path) from err
    finally:
        restore()
    model.eval()
    torch.set_num_threads(default_threads())
    if head.pooling == ["pooler"]:
        pooler = getattr(model, "pooler", None)
        trained = pooler is not None and not any(
            k.startswith("pooler.") or ".pooler." in k for k in info.get("missing_keys", [])
        )
        if not trained:
            head.pooling = ["cls"]
    dim = int(model.config.hidden_size) * len(head.pooling)  # ["pooler"] counts once
    dense = [step for step in head.post if isinstance(step, Dense)]
    if dense:
        dim = int(dense[-1].weight.shape[0])
    max_length = _max_length(head, tokenizer, model.config)
    return HfEncoder(name_or_path, tokenizer, model, head, max_length, dim, torch)
