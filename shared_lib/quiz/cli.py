"""The terminal drill: ``python -m shared_lib.quiz practice|exam|progress`` for people without Jupyter.

Answers are typed: ``B`` (multiple choice), ``A D`` or ``AD`` (multiple response), ``C A B``
(ordering, first item first), ``1B 2A 3C`` or ``B A C`` (matching, one letter per prompt in order).
Commands at any prompt: ``m`` mark for review, ``s`` skip, ``q`` quit (progress is already saved).
"""

from __future__ import annotations

import re
import sys
import time

from .bank import Question, default_bank, load_bank, normalize_answer
from .exam import EXAM_MINUTES, EXAM_SIZE, Exam, ExamOver
from .practice import Feedback, Practice
from .progress import ProgressStore
from .render import as_text

HELP = {
    "multiple_choice": "one letter, e.g. B",
    "multiple_response": "letters, e.g. A D",
    "ordering": "every letter in order, first item first, e.g. C A B",
    "matching": "one letter per prompt in order (B A C) or pairs (1B 2A 3C)",
}


def parse_answer(q: Question, text: str):
    """Turn typed text into an answer :func:`~shared_lib.quiz.bank.normalize_answer` accepts."""
    text = text.strip()
    if q.type == "matching":
        pairs = re.findall(r"(\w+)\s*[=:-]?\s*([A-Za-z])\b", text)
        prompt_ids = [p.id for p in q.prompts]
        if pairs and all(p in prompt_ids for p, _ in pairs) and len(pairs) == len(prompt_ids):
            return {p: v.upper() for p, v in pairs}
        letters = re.findall(r"[A-Za-z]", text)
        return [x.upper() for x in letters]
    if q.type == "multiple_choice":
        return text.upper()
    return [x.upper() for x in re.findall(r"[A-Za-z]", text)]


def _ask(prompt: str, out) -> str | None:
    out.write(prompt)
    out.flush()
    line = sys.stdin.readline()
    if not line:  # end of input
        return None
    return line.strip()


def _open_store(args, out) -> ProgressStore:
    store = ProgressStore(args.db, learner=args.learner) if args.db else ProgressStore(learner=args.learner)
    if store.recovered:
        out.write("!" * 72 + "\n" + store.recovered + "\n" + "!" * 72 + "\n")
    return store


def _bank(args):
    return load_bank(args.bank) if args.bank else default_bank()


def run_practice(args, out=sys.stdout) -> int:
    bank = _bank(args)
    store = _open_store(args, out)
    try:
        p = Practice(
            bank,
            store,
            n=args.n,
            domain=args.domain,
            task=args.task,
            module=args.module,
            type=args.type,
            marked_only=args.marked,
            case_only=args.case,
            seed=args.seed,
        )
    except ValueError as exc:
        out.write(f"{exc}\n")
        return 2
    total = len(p.questions)
    while not p.done:
        q = p.current()
        out.write(f"\n--- Question {p.index + 1} of {total}  [D{q.domain} · task {q.task} · {q.id}]\n")
        out.write(as_text(q) + "\n\n")
        while True:
            line = _ask(f"Your answer ({HELP[q.type]}; m mark/unmark, s skip, q quit): ", out)
            if line is None or line.lower() == "q":
                return _practice_summary(p, out)
            if not line:
                out.write("Type your answer, or m, s or q.\n")
                continue
            if line.lower() == "m":
                out.write("Marked for review.\n" if p.toggle_mark(q.id) else "Mark removed.\n")
                continue
            if line.lower() == "s":
                p.skip()
                break
            try:
                fb = p.submit(parse_answer(q, line))
            except ValueError as exc:
                out.write(f"Could not read that answer: {exc}. Try again.\n")
                continue
            out.write("\n" + fb.as_text() + "\n")
            break
    return _practice_summary(p, out)


def _practice_summary(p: Practice, out) -> int:
    right, n = p.score()
    out.write(f"\nPractice finished: {right} of {n} right. Every answer is saved.\n")
    return 0


def _fmt_time(s: float) -> str:
    return f"{int(s) // 60:02d}:{int(s) % 60:02d}"


class _TimeUp(Exception):
    pass


def _alarm(seconds: float):
    """Interrupt a waiting ``input`` when the exam's time runs out (POSIX terminals; else a no-op)."""
    import signal

    if not hasattr(signal, "SIGALRM"):
        return lambda: None

    def ring(_sig, _frame):
        raise _TimeUp

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.01))

    def cancel():
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)

    return cancel


def run_exam(args, out=sys.stdout) -> int:
    bank = _bank(args)
    store = _open_store(args, out)
    exam = Exam.new(bank, n=args.n, minutes=args.minutes, seed=args.seed)
    qs = exam.questions
    out.write(
        f"Exam: {len(qs)} questions, {args.minutes:g} minutes. No feedback until you finish.\n"
        "Type an answer, or: n next, p previous, g N go to question N, m mark/unmark, l list, f finish.\n"
    )
    i, show = 0, True
    try:
        while exam.result is None:
            if exam.expired:
                raise _TimeUp
            q = qs[i]
            if show:
                flag = " [marked]" if q.id in exam.marked else ""
                out.write(
                    f"\n--- Question {i + 1} of {len(qs)}{flag}   time left {_fmt_time(exam.time_left())}\n"
                )
                out.write(as_text(q) + "\n")
                if exam.answers.get(q.id) is not None:
                    out.write(f"(your answer so far: {exam.answers[q.id]})\n")
            show = True
            cancel = _alarm(exam.time_left())
            try:
                line = _ask(f"Answer ({HELP[q.type]}) or command: ", out)
            finally:
                cancel()
            if line is None:
                break
            cmd = line.lower()
            if cmd in ("n", ""):
                i = min(i + 1, len(qs) - 1)
            elif cmd == "p":
                i = max(i - 1, 0)
            elif re.fullmatch(r"g\s*\d+", cmd):
                k = int(cmd[1:])
                if 1 <= k <= len(qs):
                    i = k - 1
                else:
                    out.write(f"There are questions 1 to {len(qs)}.\n")
                    show = False
            elif cmd == "m":
                out.write(f"Question {i + 1} {'marked' if exam.toggle_mark(q.id) else 'unmarked'}.\n")
                show = False
            elif cmd == "l":
                for k, x in enumerate(qs, 1):
                    state = "answered" if x.id in exam.answers else "-"
                    out.write(f"  {k:>2}. {state:<9}{' marked' if x.id in exam.marked else ''}\n")
                show = False
            elif cmd == "f":
                left = exam.unanswered()
                if left:
                    sure = _ask(f"{len(left)} question(s) unanswered. Finish anyway? (y/n) ", out)
                    if (sure or "").lower() != "y":
                        continue
                break
            else:
                try:
                    exam.answer(q.id, parse_answer(q, line))
                    i = min(i + 1, len(qs) - 1)
                except ExamOver:
                    raise _TimeUp from None
                except ValueError as exc:
                    out.write(f"Could not read that answer: {exc}.\n")
                    show = False
    except _TimeUp:
        out.write("\n\nTime is up: the exam is submitted with the answers given before the deadline.\n")
    except KeyboardInterrupt:
        out.write("\nExam abandoned: it was not scored or saved.\n")
        return 130
    result = exam.finish()
    store.record_exam(result)
    out.write("\n" + result.summary() + "\nThe exam is saved in your progress.\n")
    if args.review:
        _review(result, out)
    return 0


def _review(result, out) -> None:
    for k, r in enumerate(result.review, 1):
        q = r.question
        out.write(
            f"\n=== Review {k} of {len(result.review)}: {'right' if r.correct else 'wrong'}  [{q.id}]\n"
        )
        out.write(as_text(q) + "\n")
        out.write(f"Your answer: {r.given if r.given is not None else '(none)'}\n")
        try:
            given = normalize_answer(q, r.given) if r.given is not None else None
        except ValueError:
            given = None
        out.write(Feedback(q, given, r.correct, q.key).as_text() + "\n")
        line = _ask("Enter for the next one, q to stop the review: ", out)
        if line is None or line.lower() == "q":
            return


def run_progress(args, out=sys.stdout) -> int:
    from ..course import DOMAINS

    store = _open_store(args, out)
    ds = store.domain_stats()
    out.write(f"Progress of {args.learner!r} ({store.path})\n")
    for d, (name, _) in DOMAINS.items():
        c, n = ds.get(d, (0, 0))
        pct = f"{100 * c / n:5.1f} %" if n else "   -  "
        out.write(f"  D{d} {name:<55} {c:>4}/{n:<4} {pct}\n")
    boxes: dict[int, int] = {}
    for card in store.cards().values():
        boxes[card.box] = boxes.get(card.box, 0) + 1
    due = sum(1 for c in store.cards().values() if c.due <= time.time())
    out.write(
        f"Cards by Leitner box: {dict(sorted(boxes.items()))}; due now: {due}; marked: {len(store.marked())}\n"
    )
    for e in store.exams():
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(e["finished"]))
        out.write(
            f"  exam {when}: {e['scaled']} ({'pass' if e['passed'] else 'fail'}), {e['correct']}/{e['total']}\n"
        )
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        from .plots import plot_progress

        plot_progress(store).savefig(args.plot, dpi=120, bbox_inches="tight")
        out.write(f"Plot written to {args.plot}\n")
    return 0


def add_parsers(sub) -> None:
    def common(p):
        p.add_argument("--learner", default="me", help="whose progress to use (default: me)")
        p.add_argument("--db", default=None, help="progress file (default: ~/.ftfm/quiz/<learner>.sqlite3)")
        p.add_argument("--seed", type=int, default=None)
        p.add_argument(
            "--bank", nargs="+", default=None, help="bank files to drill (default: the shipped bank)"
        )

    p = sub.add_parser("practice", help="practice with instant feedback and spaced repetition")
    common(p)
    p.add_argument("-n", type=int, default=10, help="questions in this sitting")
    p.add_argument("--domain", type=int, choices=[1, 2, 3, 4, 5])
    p.add_argument("--task", help="task statement, e.g. 3.2")
    p.add_argument("--module", help="course module, e.g. 02_rag")
    p.add_argument("--type", choices=["multiple_choice", "multiple_response", "ordering", "matching"])
    p.add_argument("--marked", action="store_true", help="only questions marked for review")
    p.add_argument(
        "--case", action="store_true", help="only case-study questions (one scenario, several questions)"
    )
    p = sub.add_parser("exam", help=f"a timed exam ({EXAM_SIZE} questions, {EXAM_MINUTES} minutes)")
    common(p)
    p.add_argument("-n", type=int, default=EXAM_SIZE)
    p.add_argument("--minutes", type=float, default=EXAM_MINUTES)
    p.add_argument("--no-review", dest="review", action="store_false", help="skip the review afterwards")
    p = sub.add_parser("progress", help="scores by domain, Leitner boxes, past exams")
    common(p)
    p.add_argument("--plot", default=None, help="also write the progress plot to this PNG file")


RUNNERS = {"practice": run_practice, "exam": run_exam, "progress": run_progress}
