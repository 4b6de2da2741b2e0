"""en language data (see provenance.lang)."""
