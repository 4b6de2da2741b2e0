"""Build `cases.jsonl`, the constructed fact-check suite, from the passages in `passages/`.

Each line of `passages/<split>.jsonl` is one faithful German / Russian / English passage
(written for this project, not taken from anywhere) with its control variants and planted
drifts (format in README.md). From each the builder makes:

- controls: the faithful passage as de→ru, ru→en and de→en pairs and as a de→ru→en
  chain, and the same with each control variant (replacements in one language that keep
  the meaning);
- drift cases: each drift plants one change, either in the Russian (carried into the
  English, so the chain shows it once, on hop [0, 1]) or in the English only (hop [1, 2]
  of the chain, hop [0, 1] of the ru→en and de→en pairs), with its expected flag.

Every replacement must find its text (the build fails otherwise), so a drift is
really planted. Run: python corpora/facts/build.py  (writes cases.jsonl beside it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The passages the checks were tuned on, then the batches written later, in order.
SPLITS = ("tuning", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
          "heldout7")  # fmt: skip


def load_passages(split: str, root: Path = HERE) -> list[dict[str, Any]]:
    path = root / "passages" / f"{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _apply(text: str, subs: list[list[str]], where: str) -> str:
    for old, new in subs:
        if old not in text:
            raise SystemExit(f"{where}: {old!r} not in {text!r}")
        text = text.replace(old, new, 1)
    return text


def _case(cid: str, split: str, kind: str, langs: list[str], docs: list[str],
          expected: list[dict], note: str) -> dict[str, Any]:  # fmt: skip
    return {"id": cid, "split": split, "kind": kind, "langs": langs, "docs": docs,
            "expected": expected, "note": note}  # fmt: skip


def _controls(p: dict[str, Any], split: str) -> list[dict[str, Any]]:
    """The faithful passage and each variant, as every pair it touches and as the chain."""
    out = []
    variants = [({}, "faithful")] + [(v, "variant") for v in p["controls"]]
    for k, (v, note) in enumerate(variants):
        d, r, e = (_apply(p[lang], v.get(lang, []), p["id"]) for lang in ("de", "ru", "en"))
        touched = set(v) or {"de", "ru", "en"}
        tag = f"{p['id']}/control{k}"
        for pair, docs in ((("de", "ru"), [d, r]), (("ru", "en"), [r, e]), (("de", "en"), [d, e])):
            if touched & set(pair):
                out.append(_case(f"{tag}/{'-'.join(pair)}", split, "control", list(pair), docs,
                                 [], note))  # fmt: skip
        out.append(_case(f"{tag}/chain", split, "control", ["de", "ru", "en"], [d, r, e], [], note))
    return out


def _drifts(p: dict[str, Any], split: str) -> list[dict[str, Any]]:
    """Each drift in the pairs and the chain that show it, with the hop it belongs to."""
    out = []
    de, ru, en = p["de"], p["ru"], p["en"]
    for k, drift in enumerate(p["drifts"]):
        tag, note = f"{p['id']}/drift{k}", drift["note"]
        r, e = _apply(ru, drift["ru"], tag), _apply(en, drift["en"], tag)
        one = [{"type": drift["type"], "hop": [0, 1]}]
        chain = ["de", "ru", "en"]
        if drift["where"] == "ru":
            out.append(_case(f"{tag}/de-ru", split, "drift", ["de", "ru"], [de, r], one, note))
            out.append(_case(f"{tag}/chain", split, "drift", chain, [de, r, e], one, note))
        else:
            out.append(_case(f"{tag}/ru-en", split, "drift", ["ru", "en"], [ru, e], one, note))
            out.append(_case(f"{tag}/de-en", split, "drift", ["de", "en"], [de, e], one, note))
            last = [{"type": drift["type"], "hop": [1, 2]}]
            out.append(_case(f"{tag}/chain", split, "drift", chain, [de, ru, e], last, note))
    return out


def build(root: Path = HERE) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for split in SPLITS:
        for p in load_passages(split, root):
            cases += _controls(p, split) + _drifts(p, split)
    return cases


if __name__ == "__main__":
    out = HERE / "cases.jsonl"
    cases = build()
    with out.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    kinds = {k: sum(c["kind"] == k for c in cases) for k in ("drift", "control")}
    print(f"wrote {len(cases)} cases to {out} ({kinds})")
