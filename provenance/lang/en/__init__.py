"""English: data and language-specific functions (see provenance.lang)."""

NAME = "English"
SCRIPT = "latin"
