"""Russian: data and language-specific functions (see provenance.lang)."""

NAME = "Russian"
SCRIPT = "cyrillic"
