"""French: data and language-specific functions (see provenance.lang)."""

NAME = "French"
SCRIPT = "latin"
