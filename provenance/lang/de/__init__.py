"""German: data and language-specific functions (see provenance.lang)."""

NAME = "German"
SCRIPT = "latin"
