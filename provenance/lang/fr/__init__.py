"""fr language data (see provenance.lang)."""
