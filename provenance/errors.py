"""User-facing errors: one line, naming the file, saying what to do. The CLI prints them
and exits 2; they never surface as tracebacks."""

from __future__ import annotations


class ProvenanceError(Exception):
    """Bad input or usage that the user can fix. `str(err)` is the whole message."""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        self.source = source
        self.hint = hint
        self.bare = message
        text = f"{source}: {message}" if source else message
        if hint:
            text = f"{text} ({hint})"
        super().__init__(text)


class InputError(ProvenanceError):
    """A document or input file cannot be used."""


class UsageError(ProvenanceError):
    """Options that do not fit together."""


class ModelError(ProvenanceError):
    """An encoder model cannot be loaded."""
