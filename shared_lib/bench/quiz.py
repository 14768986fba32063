"""Benchmark: loading the question bank (the terminal drill must start instantly)."""

from __future__ import annotations

import time

from . import Measurement, benchmark


@benchmark("quiz", "time to load and validate the question bank")
def bank_load():
    from ..quiz.bank import load_bank

    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        bank = load_bank()
        best = min(best, time.perf_counter() - t0)
    yield Measurement("quiz.load_bank", best * 1000, "ms", f"{len(bank)} questions, best of 5")
