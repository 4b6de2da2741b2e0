"""The benchmarks work from a non-editable install (`pip install .`): they read corpora/
from the working directory, not from beside the package (site-packages holds none).

A wheel of the project is built and installed by pip into a fresh venv, offline: the
venv has no pip and no dependencies of its own; the dependencies come from this
interpreter's site-packages, made visible through a .pth line (a path listed in a .pth
file has its own .pth files ignored, so this interpreter's editable finder stays out).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT


def _run(cmd: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, **kw)


def _build_wheel(tmp: Path) -> Path:
    """A wheel of a copy of the sources (the build writes no files into the tree)."""
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "provenance", src / "provenance",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))  # fmt: skip
    dist = tmp / "dist"
    done = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                 "--no-index", "-q", "-w", str(dist), str(src)], cwd=tmp)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (wheel,) = dist.glob("provenance-*.whl")
    return wheel


def _venv_with(wheel: Path, tmp: Path) -> Path:
    """A fresh venv with the wheel installed by pip, non-editably; returns its bin/."""
    venv = tmp / "venv"
    done = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp)
    assert done.returncode == 0, done.stderr
    py = venv / "bin" / "python"
    site = _run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                cwd=tmp).stdout.strip()  # fmt: skip
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "_deps_from_the_test_interpreter.pth").write_text("\n".join(sorted(ours)) + "\n")
    done = _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                 "--no-index", "-q", str(wheel)], cwd=tmp)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return venv / "bin"


@pytest.mark.slow
def test_bench_checks_from_a_non_editable_install(tmp_path: Path) -> None:
    bin_dir = _venv_with(_build_wheel(tmp_path), tmp_path)
    where = _run([str(bin_dir / "python"), "-c", "import provenance; print(provenance.__file__)"],
                 cwd=tmp_path)  # fmt: skip
    assert where.stdout.startswith(str(tmp_path / "venv")), where.stdout + where.stderr

    # from the repository root: the corpora are found, the suite scored
    out = tmp_path / "facts.json"
    done = _run([str(bin_dir / "provenance"), "bench", "checks", "--suite", "facts",
                 "--no-timing", "--json", str(out)], cwd=ROOT, timeout=900)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    facts = json.loads(out.read_text(encoding="utf-8"))["facts"]
    cases = (ROOT / "corpora" / "facts" / "cases.jsonl").read_text(encoding="utf-8")
    assert facts["suite"] == "corpora/facts/cases.jsonl"
    assert facts["cases"] == len(cases.splitlines()) > 0
    assert f"facts suite: {facts['cases']} cases" in done.stdout

    # from a directory without corpora: one line naming what is missing, exit 2
    empty = tmp_path / "empty"
    empty.mkdir()
    done = _run([str(bin_dir / "provenance"), "bench", "checks", "--suite", "facts",
                 "--no-timing"], cwd=empty)  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "corpora" in done.stderr and "--corpus" in done.stderr
    assert "Traceback" not in done.stderr
