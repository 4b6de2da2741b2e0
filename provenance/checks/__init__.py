"""The checks, as peers: each module holds one check with the `Check` interface.

`available()` lists them by name; `select()` builds the list a run uses, so a user
can switch any of them off (`--skip numbers,quotes`).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Sequence

from provenance.checks.base import Check
from provenance.errors import UsageError
from provenance.model import Finding, PairStats, PairView, Segment

# name -> "module:attribute"; imported lazily so a slow check costs nothing when skipped.
_REGISTRY: dict[str, str] = {
    "numbers": "provenance.checks.numbers:NumbersCheck",
    "dates": "provenance.checks.dates:DatesCheck",
    "names": "provenance.checks.names:NamesCheck",
    "negation": "provenance.checks.negation:NegationCheck",
    "certainty": "provenance.checks.certainty:CertaintyCheck",
    "coverage": "provenance.checks.coverage:CoverageCheck",
    "untranslated": "provenance.checks.untranslated:UntranslatedCheck",
    "meaning": "provenance.checks.meaning:MeaningCheck",
    "direction": "provenance.checks.direction:DirectionCheck",
    "antonyms": "provenance.checks.antonyms:AntonymCheck",
    "tense": "provenance.checks.tense:TenseCheck",
    "quotes": "provenance.checks.quotes:QuotesCheck",
}


def available() -> list[str]:
    """Names of the checks that are installed (a module that is not there yet is left out)."""
    names = []
    for name, target in _REGISTRY.items():
        module = target.split(":")[0]
        if importlib.util.find_spec(module) is not None:
            names.append(name)
    return names


def load(name: str) -> Check:
    if name not in _REGISTRY:
        raise UsageError(
            f"unknown check '{name}'", hint=f"choose from {', '.join(sorted(_REGISTRY))}"
        )
    module, attr = _REGISTRY[name].split(":")
    return getattr(importlib.import_module(module), attr)()


def prepare(check_list: Sequence[Check], views: Sequence[PairView]) -> None:
    """Call each check's optional `prepare` hook (see `Check`) on a document pair's rows,
    before any row is checked: `check` and `pairs` alike."""
    for chk in check_list:
        hook = getattr(chk, "prepare", None)
        if hook is not None:
            hook(views)


def select(skip: list[str] | None = None, only: list[str] | None = None) -> list[Check]:
    """The checks for a run: all available ones, or `only`, minus `skip`."""
    for name in (skip or []) + (only or []):
        if name not in _REGISTRY:
            raise UsageError(
                f"unknown check '{name}'", hint=f"choose from {', '.join(sorted(_REGISTRY))}"
            )
    names = only if only else available()
    return [load(n) for n in names if n not in set(skip or [])]


__all__ = [
    "Check",
    "Finding",
    "PairStats",
    "PairView",
    "Segment",
    "available",
    "load",
    "prepare",
    "select",
]
