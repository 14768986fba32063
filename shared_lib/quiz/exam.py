"""Exam mode: 65 questions in the exam's domain proportions, a 90-minute clock, a scaled score.

The real AIF-C01 reports a scaled score from 100 to 1,000 with 700 to pass; AWS does not publish how
raw results map to it (it is equated per exam form). This drill uses a piecewise-linear map that puts
the pass mark at :data:`RAW_PASS` (70 % right): 0 % -> 100, 70 % -> 700, 100 % -> 1,000. Treat the
result as a readiness signal, not a prediction. The real exam also holds 15 unscored questions; here
every question counts.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Any

from ..course import DOMAINS
from .bank import Question, is_correct, normalize_answer
from .scheduler import keep_cases_together

EXAM_SIZE = 65
EXAM_MINUTES = 90
PASS_SCALED = 700
RAW_PASS = 0.70


class ExamOver(RuntimeError):
    """An answer arrived after the exam was finished or its time ran out."""


def duration_text(seconds: float) -> str:
    """``"42 min 05 s"``, ``"1 h 02 min"`` or ``"38 s"``: how long an exam took."""
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if h:
        return f"{h} h {m:02d} min"
    return f"{m} min {sec:02d} s" if m else f"{sec} s"


def domain_quota(n: int = EXAM_SIZE) -> dict[int, int]:
    """Questions per domain for an ``n``-question exam (largest remainder on the exam weights)."""
    raw = {d: w * n for d, (_, w) in DOMAINS.items()}
    quota = {d: int(v) for d, v in raw.items()}
    for d in sorted(raw, key=lambda d: (quota[d] - raw[d], d))[: n - sum(quota.values())]:
        quota[d] += 1
    return quota


def scaled_score(correct: int, total: int) -> int:
    """Map a raw result to the 100-1,000 scale with the pass mark (700) at ``RAW_PASS``."""
    if total <= 0:
        raise ValueError("an exam needs at least one question")
    f = correct / total
    if f <= RAW_PASS:
        return round(100 + (PASS_SCALED - 100) * f / RAW_PASS)
    return round(PASS_SCALED + (1000 - PASS_SCALED) * (f - RAW_PASS) / (1 - RAW_PASS))


def draw_exam(bank, n: int = EXAM_SIZE, rng: random.Random | None = None) -> list[Question]:
    """``n`` distinct questions in the exam's domain proportions, shuffled, case studies kept together."""
    rng = rng or random.Random()
    picked: list[Question] = []
    for d, k in domain_quota(n).items():
        pool = [q for q in bank if q.domain == d]
        if len(pool) < k:
            raise ValueError(f"the bank has {len(pool)} domain-{d} questions; an exam of {n} needs {k}")
        picked += rng.sample(pool, k)
    rng.shuffle(picked)
    return keep_cases_together(picked)


@dataclass
class Review:
    question: Question
    given: Any  # the learner's answer as given (None: unanswered)
    correct: bool


@dataclass
class ExamResult:
    started: float
    finished: float
    correct: int
    total: int
    scaled: int
    passed: bool
    by_domain: dict[int, tuple[int, int]]  # domain -> (correct, total)
    review: list[Review]
    timed_out: bool = False

    def summary(self) -> str:
        lines = [
            f"Scaled score {self.scaled} / 1000: {'PASS' if self.passed else 'FAIL'} (pass mark {PASS_SCALED})",
            f"{self.correct} of {self.total} right in {duration_text(self.finished - self.started)}"
            + (" (time ran out)" if self.timed_out else ""),
        ]
        for d, (c, t) in sorted(self.by_domain.items()):
            name = DOMAINS[d][0]
            lines.append(f"  D{d} {name:<55} {c:>2}/{t:<2} {100 * c / t if t else 0:5.1f} %")
        return "\n".join(lines)


@dataclass
class Exam:
    """A timed exam. ``clock`` is injectable so tests can move time."""

    questions: list[Question]
    minutes: float = EXAM_MINUTES
    clock: Any = time.time
    started: float = field(default=0.0)
    answers: dict[str, Any] = field(default_factory=dict)
    marked: set[str] = field(default_factory=set)
    result: ExamResult | None = None

    def __post_init__(self):
        self.started = self.clock()

    @classmethod
    def new(
        cls, bank, n: int = EXAM_SIZE, minutes: float = EXAM_MINUTES, seed: int | None = None, clock=time.time
    ):
        return cls(draw_exam(bank, n, random.Random(seed)), minutes=minutes, clock=clock)

    @property
    def deadline(self) -> float:
        return self.started + self.minutes * 60

    def time_left(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self.deadline - self.clock())

    @property
    def expired(self) -> bool:
        return self.clock() >= self.deadline

    def answer(self, qid: str, answer: Any) -> None:
        """Record (or change) an answer. A malformed answer raises ``ValueError`` and records nothing;
        no feedback is given until the end. After the deadline, :class:`ExamOver` is raised."""
        if self.result is not None:
            raise ExamOver("the exam is finished")
        if self.expired:
            self.finish()
            raise ExamOver("time is up: the exam was submitted with the answers given before the deadline")
        q = self._question(qid)
        normalize_answer(q, answer)  # ValueError with a readable message if malformed
        self.answers[qid] = answer

    def toggle_mark(self, qid: str) -> bool:
        self._question(qid)
        self.marked ^= {qid}
        return qid in self.marked

    def unanswered(self) -> list[str]:
        return [q.id for q in self.questions if q.id not in self.answers]

    def _question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(f"{qid!r} is not in this exam")

    def finish(self) -> ExamResult:
        """Score the exam (idempotent). Unanswered questions are wrong."""
        if self.result is not None:
            return self.result
        now = self.clock()
        timed_out = now >= self.deadline
        review = [
            Review(q, self.answers.get(q.id), is_correct(q, self.answers.get(q.id))) for q in self.questions
        ]
        by_domain: dict[int, tuple[int, int]] = {}
        for r in review:
            c, t = by_domain.get(r.question.domain, (0, 0))
            by_domain[r.question.domain] = (c + r.correct, t + 1)
        correct = sum(r.correct for r in review)
        scaled = scaled_score(correct, len(review))
        self.result = ExamResult(
            started=self.started,
            finished=min(now, self.deadline),
            correct=correct,
            total=len(review),
            scaled=scaled,
            passed=scaled >= PASS_SCALED,
            by_domain=dict(sorted(by_domain.items())),
            review=review,
            timed_out=timed_out,
        )
        return self.result
