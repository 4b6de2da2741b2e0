"""de language data (see provenance.lang)."""
