"""The README is a front page: short, and naming every module of the package.

Every `.py` file under `provenance/` except `__init__.py` (a package marker, named by its
folder) must appear in the README's pipeline table ("How it works"), as its path relative to
`provenance/`. A cell may group files with braces, `align/{pair,dp}.py`, and
`lang/<code>/X.py` stands for that file in every language folder (adding a language is a new
folder; the README should not change for it).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MAX_README_CHARS = 15_000


def _pipeline_table(text: str) -> str:
    match = re.search(r"^## How it works\n(.*?)(?=^## )", text, re.S | re.M)
    assert match, "README.md has no '## How it works' section"
    return "\n".join(line for line in match.group(1).splitlines() if line.startswith("|"))


def _expand(pattern: str) -> list[str]:
    """`a/{b,c}.py` → [`a/b.py`, `a/c.py`] (one brace group is enough here, nested ones too)."""
    match = re.search(r"\{([^{}]*)\}", pattern)
    if not match:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [path for part in match.group(1).split(",") for path in _expand(head + part + tail)]


def _named_modules(table: str) -> set[str]:
    return {path for token in re.findall(r"`([^`]+\.py)`", table) for path in _expand(token)}


def _covered(module: str, named: set[str]) -> bool:
    if module in named:
        return True
    parts = module.split("/")
    return len(parts) == 3 and parts[0] == "lang" and f"lang/<code>/{parts[2]}" in named


def test_readme_is_a_front_page() -> None:
    size = len(README.read_text(encoding="utf-8"))
    assert size <= MAX_README_CHARS, f"README.md has {size} characters; keep ≤ {MAX_README_CHARS}"


def test_readme_pipeline_table_names_every_module() -> None:
    named = _named_modules(_pipeline_table(README.read_text(encoding="utf-8")))
    package = ROOT / "provenance"
    modules = sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if path.name != "__init__.py"
    )
    missing = [module for module in modules if not _covered(module, named)]
    assert not missing, f"modules not named in README.md's pipeline table: {missing}"
    stale = sorted(
        name for name in named if "<code>" not in name and not (package / name).is_file()
    )
    assert not stale, f"README.md's pipeline table names modules that do not exist: {stale}"


def test_expand_braces() -> None:
    assert _expand("a/{b,c}.py") == ["a/b.py", "a/c.py"]
    assert _expand("x.py") == ["x.py"]
    assert not _covered("lang/xx/facts.py", {"lang/<code>/cues.py"})
    assert _covered("lang/xx/cues.py", {"lang/<code>/cues.py"})


def test_quick_start_has_the_two_commands_ci_runs() -> None:
    """`.ci/run` runs the first line of each ```bash block under "## Quick start": exactly
    two, install + demo, then install + tests (other blocks there must be fenced otherwise)."""
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Quick start\n(.*?)(?=^## )", text, re.S | re.M)
    assert match, "README.md has no '## Quick start' section"
    commands = re.findall(r"^```bash\n(.*)\n", match.group(1), re.M)
    assert len(commands) == 2, f"Quick start has {len(commands)} bash blocks; .ci/run needs 2"
    assert "pip install ." in commands[0] and "provenance check corpora/demo/" in commands[0]
    assert '".[hf,test]"' in commands[1] and commands[1].endswith("pytest")
