"""Practice mode: filtered questions chosen by the scheduler, instant feedback with every explanation,
marks for review, and progress saved after every answer."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Any

from . import scheduler
from .bank import Question, is_correct, normalize_answer
from .progress import Card, ProgressStore


@dataclass
class Feedback:
    question: Question
    given: Any  # normalized answer
    correct: bool
    key: Any

    def lines(self) -> list[tuple[str, str, str]]:
        """``(mark, option text, why)`` for every option: ``mark`` is "key", "wrong pick" or ""."""
        q = self.question
        if q.type == "multiple_response":
            keys, picks = set(self.key), set(self.given or [])
        elif q.type == "multiple_choice":
            keys, picks = {self.key}, {self.given}
        else:
            keys, picks = set(), set()
        out = []
        for o in q.options:
            mark = "key" if o.id in keys else ("wrong pick" if o.id in picks else "")
            out.append((mark, f"{o.id}. {o.text}", o.why))
        return out

    def key_text(self) -> str:
        q, k = self.question, self.key
        if q.type == "matching":
            return ", ".join(f"{p} -> {k[p]}" for p in sorted(k, key=str))
        if isinstance(k, list):
            return (" -> " if q.type == "ordering" else ", ").join(k)
        return str(k)

    def as_text(self, width: int = 88) -> str:
        """The verdict, what was wrong in an ordering or matching answer, and every explanation."""
        import textwrap

        q = self.question
        head = "Correct!" if self.correct else f"Not quite. The answer is {self.key_text()}."
        lines = [head, ""]
        if q.type == "matching" and isinstance(self.given, dict) and not self.correct:
            for p in q.prompts:
                mine, right = self.given.get(p.id), self.key[p.id]
                verdict = "right" if mine == right else f"you said {mine}, the answer is {right}"
                lines.append(
                    textwrap.shorten(f"  {p.id}. {p.text}", width - len(verdict) - 4) + f" -> {verdict}"
                )
            lines.append("")
        if q.type == "ordering" and isinstance(self.given, list) and not self.correct:
            places = [str(i + 1) for i, (a, b) in enumerate(zip(self.given, self.key)) if a == b]
            lines += [
                f"  Your order: {' -> '.join(self.given)} (right in place: {', '.join(places) or 'none'})",
                "",
            ]
        for mark, text, why in self.lines():
            tag = {"key": "[right] ", "wrong pick": "[your pick] ", "": ""}[mark]
            lines.append(textwrap.fill(tag + text, width, initial_indent="  ", subsequent_indent="     "))
            lines.append(textwrap.fill(why, width, initial_indent="      ", subsequent_indent="      "))
        return "\n".join(lines)


class Practice:
    """A practice sitting of up to ``n`` questions.

    Filters (``domain``, ``task``, ``module``, ``type``) take a value or a collection;
    ``marked_only=True`` drills the questions marked for review; ``case_only=True`` only case studies.
    """

    def __init__(
        self,
        bank,
        store: ProgressStore | None = None,
        *,
        n: int = 10,
        domain=None,
        task=None,
        module=None,
        type=None,
        marked_only: bool = False,
        case_only: bool = False,
        seed: int | None = None,
        clock=time.time,
    ):
        self.bank, self.store, self.clock = bank, store, clock
        pool = bank.filter(domain=domain, task=task, module=module, type=type)
        if case_only:
            pool = [q for q in pool if q.case]
        if marked_only:
            marks = store.marked() if store else set()
            pool = [q for q in pool if q.id in marks]
        if not pool:
            raise ValueError("no question matches these filters")
        self.cards = store.cards() if store else {}
        stats = store.task_stats() if store else {}
        self.questions = scheduler.choose(pool, self.cards, stats, n, now=clock(), rng=random.Random(seed))
        self.index = 0
        self.results: list[Feedback] = []

    def current(self) -> Question | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def done(self) -> bool:
        return self.current() is None

    def submit(self, answer: Any) -> Feedback:
        """Score the current question. A malformed answer raises ``ValueError`` (nothing recorded)."""
        q = self.current()
        if q is None:
            raise RuntimeError("the practice sitting is over")
        given = normalize_answer(q, answer)
        correct = is_correct(q, answer)
        card = scheduler.update(self.cards.get(q.id, Card(q.id)), correct, now=self.clock())
        self.cards[q.id] = card
        if self.store is not None:
            self.store.record_attempt(q, correct, "practice", card, at=self.clock())
        fb = Feedback(q, given, correct, q.key)
        self.results.append(fb)
        self.index += 1
        return fb

    def skip(self) -> None:
        if self.current() is not None:
            self.index += 1

    def toggle_mark(self, qid: str | None = None) -> bool:
        """Mark (or unmark) a question for review; defaults to the current or last question."""
        if qid is None:
            q = self.current() or (self.results[-1].question if self.results else None)
            if q is None:
                raise RuntimeError("no question to mark")
            qid = q.id
        marks = self.store.marked() if self.store else set()
        now_marked = qid not in marks
        if self.store is not None:
            self.store.set_mark(qid, now_marked)
        return now_marked

    def score(self) -> tuple[int, int]:
        return sum(f.correct for f in self.results), len(self.results)
