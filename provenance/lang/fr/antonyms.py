"""French for the antonym check (see provenance.lang.antonyms): comparisons only; words
are looked up through simplemma."""

from __future__ import annotations

import re

from provenance.lang.antonyms import AntonymHelpers

_QUE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?i:que\b|qu['’])")
_ANALYTIC = re.compile(r"(?<!\w)(?i:plus|moins)\s+$")
# comparatives of their own ("meilleur que", "pire que", "inférieur à" takes no "que")
_SYNTHETIC = re.compile(r"(?i:meilleur|meilleure|meilleurs|meilleures|pire|pires)")


def compared(text: str, start: int, end: int) -> bool:
    """ "plus élevé que", "pire que" (see `AntonymHelpers.compared`)."""
    form = bool(_SYNTHETIC.fullmatch(text, start, end))
    form = form or bool(_ANALYTIC.search(text, max(start - 6, 0), start))
    return form and bool(_QUE.match(text, end))


DATA = AntonymHelpers(compared=compared)
