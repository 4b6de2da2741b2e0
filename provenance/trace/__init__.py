"""Tracing drift along the chain: which hop a drift first appears on (attribution) and
how far a row drifted as one score (drift)."""
