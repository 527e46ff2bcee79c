"""Benchmarks: `make bench` (python -m bench) prints throughput, cold start and scale."""
