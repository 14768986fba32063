"""Benchmark: loading the question bank (the terminal drill must start instantly)."""

from __future__ import annotations

from ..runtime import best_time
from . import Measurement, benchmark


@benchmark("quiz", "time to load and validate the question bank")
def bank_load():
    from ..quiz.bank import load_bank

    best = best_time(lambda _: load_bank(), 5)
    yield Measurement("quiz.load_bank", best * 1000, "ms", f"{len(load_bank())} questions, best of 5")


@benchmark(
    "quiz_drill", "drawing a 65-question exam, choosing a practice sitting, the bank-wide quality checks"
)
def drill_speed():
    import random

    from ..quiz import quality, scheduler
    from ..quiz.bank import load_bank
    from ..quiz.exam import draw_exam

    bank = load_bank()

    def best_ms(fn, repeat=20):
        return best_time(fn, repeat) * 1000

    yield Measurement(
        "quiz.draw_exam",
        best_ms(lambda i: draw_exam(bank, 65, random.Random(i))),
        "ms",
        "65 questions, best of 20",
    )
    stats = {t: (i % 5, 5) for i, t in enumerate(sorted({q.task for q in bank}))}
    yield Measurement(
        "quiz.choose_practice",
        best_ms(lambda i: scheduler.choose(list(bank), {}, stats, 10, now=0, rng=random.Random(i))),
        "ms",
        "10 questions from the whole bank, weak-area weighting, best of 20",
    )
    yield Measurement(
        "quiz.quality_checks",
        best_ms(lambda i: quality.problems(bank), repeat=3),
        "ms",
        f"near-duplicate stems over {len(bank)} questions, key spread; best of 3",
    )
