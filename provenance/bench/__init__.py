"""Benchmarks behind `provenance bench ...`; every figure in BENCHMARKS.md comes from here."""
