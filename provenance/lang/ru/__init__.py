"""ru language data (see provenance.lang)."""
