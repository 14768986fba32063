"""Spaced repetition (Leitner boxes) with weak-area targeting.

A question lives in box 0 until it is first answered. A right answer moves it up one box and schedules
it after that box's interval (1, 3, 7, 16, 35 days); a wrong answer sends it back to box 1, due again
ten minutes later, so it returns within the same sitting. Choosing what to ask next:

1. questions that are due, most overdue first (boxes 1-2 before higher ones at equal lateness);
2. then new questions, drawn task statement by task statement with weights that grow with the
   learner's error rate on that task (a Beta(1, 1) prior, so an unseen task counts as 50 %): the
   drill spends time where the learner is weak;
3. only when nothing is due or new: the questions due soonest (drilling ahead).
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable

from .progress import Card

DAY = 86_400.0
INTERVALS = {1: 1 * DAY, 2: 3 * DAY, 3: 7 * DAY, 4: 16 * DAY, 5: 35 * DAY}
RELEARN = 600.0  # a wrong answer comes back after ten minutes
MAX_BOX = max(INTERVALS)


def update(card: Card, correct: bool, now: float | None = None) -> Card:
    """The card after one answer (a new object; the input is not changed)."""
    now = time.time() if now is None else now
    if correct:
        box = min(card.box + 1, MAX_BOX)
        return Card(card.qid, box, now + INTERVALS[box], card.seen + 1, card.correct + 1, card.streak + 1)
    return Card(card.qid, 1, now + RELEARN, card.seen + 1, card.correct, 0)


def weakness(task_stats: dict[str, tuple[int, int]], task: str) -> float:
    """Estimated error rate on a task: (wrong + 1) / (attempts + 2)."""
    correct, n = task_stats.get(task, (0, 0))
    return (n - correct + 1) / (n + 2)


def choose(
    questions: Iterable,
    cards: dict[str, Card],
    task_stats: dict[str, tuple[int, int]],
    n: int,
    now: float | None = None,
    rng: random.Random | None = None,
) -> list:
    """Pick up to ``n`` questions (no repeats) in the order they should be asked."""
    now = time.time() if now is None else now
    rng = rng or random.Random()
    pool = list(questions)
    due, new, later = [], [], []
    for q in pool:
        c = cards.get(q.id)
        if c is None or c.seen == 0:
            new.append(q)
        elif c.due <= now:
            due.append(q)
        else:
            later.append(q)
    due.sort(key=lambda q: (cards[q.id].due - now, cards[q.id].box, q.id))
    picked = due[:n]
    # new questions, weak tasks first (weighted draw without replacement, task by task)
    by_task: dict[str, list] = {}
    for q in new:
        by_task.setdefault(q.task, []).append(q)
    for qs in by_task.values():
        rng.shuffle(qs)
    while len(picked) < n and by_task:
        tasks = sorted(by_task)
        weights = [weakness(task_stats, t) for t in tasks]
        t = rng.choices(tasks, weights=weights)[0]
        picked.append(by_task[t].pop())
        if not by_task[t]:
            del by_task[t]
    if len(picked) < n:
        later.sort(key=lambda q: (cards[q.id].due, q.id))
        picked += later[: n - len(picked)]
    return keep_cases_together(picked)


def keep_cases_together(questions: list) -> list:
    """Sub-questions of one case study are asked one after another, in their own order."""
    out, placed = [], set()
    for q in questions:
        if q.id in placed:
            continue
        if q.case:
            group = sorted((x for x in questions if x.case == q.case), key=lambda x: x.id)
            out += group
            placed.update(x.id for x in group)
        else:
            out.append(q)
            placed.add(q.id)
    return out
