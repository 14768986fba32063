"""The exam drill in a notebook: practice, a timed exam, and a progress view, as ipywidgets.

Works with ipywidgets 8 and with Colab's ipywidgets 7.7: it uses only widgets and APIs present in both
(VBox, HBox, HTML, Label, Button, RadioButtons, Checkbox, Dropdown, IntProgress, Layout; ``on_click``,
``observe``). Every callback is a method, so tests drive a drill by setting widget values and calling
``button.click()``.

    from shared_lib.quiz.widgets import practice, exam, progress
    practice(n=10, domain=4)        # instant feedback with every explanation
    exam(n=65, minutes=90)          # no feedback until the end, then a scaled score and a full review
    progress()                      # per-domain table and plot
"""

from __future__ import annotations

import base64
import html
import io
import random
import sqlite3
import threading
import time
from typing import Any

import ipywidgets as widgets

from ..course import DOMAINS, TASKS
from .bank import Question, default_bank, normalize_answer
from .exam import PASS_SCALED, Exam, ExamOver, ExamResult, domain_quota, draw_exam, duration_text
from .practice import Feedback, Practice
from .progress import ProgressStore
from .scheduler import keep_cases_together

_WORDS = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR", 5: "FIVE"}
_ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"]
# Translucent colours read well on light and dark notebook themes alike.
_GREEN, _RED, _AMBER, _VIOLET = "85,168,104", "196,78,82", "221,132,82", "129,114,179"


# ----------------------------------------------------------------------------- small helpers
def _esc(text: Any) -> str:
    """Escape text for an HTML widget; keep the author's line breaks."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def _short(text: str, width: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _box(inner: str, rgb: str, border: bool = True) -> str:
    edge = f"border-left:4px solid rgb({rgb});" if border else ""
    return f'<div style="{edge}background:rgba({rgb},0.13);padding:6px 10px;margin:4px 0;">{inner}</div>'


def _notice(store) -> str:
    """The store's recovery message (if any), shown prominently at the top of every view."""
    msg = getattr(store, "recovered", None)
    if not msg:
        return ""
    return _box(f"<b>⚠ About your saved progress:</b> {_esc(msg)}", _AMBER)


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return False
    ip = get_ipython()
    return ip is not None and getattr(ip, "kernel", None) is not None


def question_html(q: Question, heading: str = "") -> str:
    """The question as HTML: case-study scenario, stem, prompts (matching) and every option, in full.
    Never shows the key."""
    where = f"domain {q.domain} · task {q.task} · {q.type.replace('_', ' ')}"
    parts = [
        f'<div style="opacity:0.75;font-size:90%;">{_esc(heading)}{" · " if heading else ""}{where}</div>'
    ]
    if q.scenario:
        parts.append(_box(f"<b>Case study</b><br>{_esc(q.scenario)}", _VIOLET))
    parts.append(f'<p style="font-size:105%;line-height:1.45;margin:6px 0;">{_esc(q.stem)}</p>')
    if q.type == "matching":
        parts.append("<b>Match each item</b> (choose an option for every item below):")
        parts.append(_listing(q.prompts))
        parts.append("<b>Options</b>")
    elif q.type == "ordering":
        parts.append("<b>Put these steps in order</b> (first step first):")
    parts.append(_listing(q.options))
    return "\n".join(parts)


def _listing(items) -> str:
    """Options or matching prompts as indented "A. text" lines."""
    return "".join(
        f"<div style='margin:2px 0 2px 12px;'><b>{_esc(i.id)}.</b> {_esc(i.text)}</div>" for i in items
    )


def answer_text(q: Question, answer: Any) -> str:
    """A learner's answer (or a key) in words; ``(no answer)`` for None."""
    if answer is None:
        return "(no answer)"
    try:
        a = normalize_answer(q, answer)
    except ValueError:
        return str(answer)
    if q.type == "matching":
        return ", ".join(f"{p} → {a[p]}" for p in sorted(a, key=str))
    if isinstance(a, list):
        return (" → " if q.type == "ordering" else ", ").join(a)
    return str(a)


def feedback_html(q: Question, given: Any, correct: bool, *, head: bool = True) -> str:
    """Right or wrong, the key, and every option's explanation: the key highlighted, a wrong pick flagged."""
    fb = Feedback(q, given, correct, q.key)
    out = []
    if head:
        if correct:
            out.append(_box("<b>✔ Correct!</b>", _GREEN))
        else:
            out.append(_box(f"<b>✘ Not quite.</b> The answer is <b>{_esc(answer_text(q, q.key))}</b>.", _RED))
    if q.type == "ordering":
        steps = "".join(f"<li><b>{_esc(k)}.</b> {_esc(q.option(k).text)}</li>" for k in q.key)
        out.append(
            f"<div>Your order: <b>{_esc(answer_text(q, given))}</b>. The right order:</div><ol>{steps}</ol>"
        )
    if q.type == "matching":
        rows = []
        mine = given if isinstance(given, dict) else {}
        for p in q.prompts:
            k, g = q.key[p.id], mine.get(p.id)
            ok = g == k
            mark = (
                f"<span style='color:rgb({_GREEN})'>✔</span>"
                if ok
                else f"<span style='color:rgb({_RED})'>✘</span>"
            )
            you = "" if ok or g is None else f" (you chose {_esc(g)})"
            rows.append(f"<li>{mark} <b>{_esc(p.id)}.</b> {_esc(p.text)} → <b>{_esc(k)}</b>{you}</li>")
        out.append(f"<ul style='list-style:none;padding-left:8px;'>{''.join(rows)}</ul>")
    out.append("<b>Why each option is right or wrong</b>")
    position = {k: i + 1 for i, k in enumerate(q.key)} if q.type == "ordering" else {}
    used_for = {}
    if q.type == "matching":
        for pid, oid in q.key.items():
            used_for.setdefault(oid, []).append(str(pid))
    for o, (mark, text, why) in zip(q.options, fb.lines()):
        if mark == "key":
            tag, rgb = "✔ key", _GREEN
        elif mark == "wrong pick":
            tag, rgb = "✘ your pick", _RED
        else:
            tag, rgb = "", None
        if o.id in position:
            tag = f"step {position[o.id]}"
        if o.id in used_for:
            tag, rgb = "answers item " + ", ".join(sorted(used_for[o.id])), _GREEN
        label = f" <span style='font-size:85%;opacity:0.85;'>[{tag}]</span>" if tag else ""
        inner = f"<b>{_esc(text)}</b>{label}<br><span style='opacity:0.9'>{_esc(why)}</span>"
        out.append(_box(inner, rgb) if rgb else f"<div style='padding:6px 14px;margin:4px 0;'>{inner}</div>")
    return "\n".join(out)


# ----------------------------------------------------------------------------- answer controls
class AnswerControls:
    """The input widgets for one question: RadioButtons (multiple choice), one Checkbox per option
    (multiple response), one Dropdown per position (ordering) or per prompt (matching).

    :meth:`answer` returns a normalized answer or raises ``ValueError`` with a message for the learner.
    """

    def __init__(self, q: Question):
        self.question = q
        self.inputs: list = []
        label = {o.id: f"{o.id}. {_short(o.text)}" for o in q.options}
        choices = [(label[o.id], o.id) for o in q.options]
        wide = widgets.Layout(width="auto")
        if q.type == "multiple_choice":
            self.radio = widgets.RadioButtons(options=choices, index=None, layout=wide)
            self.inputs = [self.radio]
            rows = [self.radio]
        elif q.type == "multiple_response":
            self.checks = {
                o.id: widgets.Checkbox(value=False, description=label[o.id], indent=False, layout=wide)
                for o in q.options
            }
            self.inputs = list(self.checks.values())
            rows = self.inputs
        elif q.type == "ordering":
            self.dropdowns = [
                widgets.Dropdown(
                    options=choices,
                    index=None,
                    description=_ORDINALS[i] if i < len(_ORDINALS) else f"{i + 1}th",
                    style={"description_width": "3em"},
                    layout=widgets.Layout(width="34em"),
                )
                for i in range(len(q.options))
            ]
            self.inputs = list(self.dropdowns)
            rows = self.inputs
        elif q.type == "matching":
            self.dropdowns = {
                p.id: widgets.Dropdown(options=choices, index=None, layout=widgets.Layout(width="30em"))
                for p in q.prompts
            }
            self.inputs = list(self.dropdowns.values())
            rows = [
                widgets.HBox(
                    [
                        widgets.HTML(
                            f"<b>{_esc(p.id)}.</b> {_esc(_short(p.text, 48))}",
                            layout=widgets.Layout(width="26em"),
                        ),
                        self.dropdowns[p.id],
                    ]
                )
                for p in q.prompts
            ]
        else:  # pragma: no cover - the bank rejects other types
            raise ValueError(f"cannot show an item of type {q.type!r}")
        self.box = widgets.VBox(rows)

    def values(self) -> Any:
        """The raw selection (None, a letter, a list, or a dict with None for empty dropdowns)."""
        t = self.question.type
        if t == "multiple_choice":
            return self.radio.value
        if t == "multiple_response":
            return [oid for oid, c in self.checks.items() if c.value]
        if t == "ordering":
            return [d.value for d in self.dropdowns]
        return {pid: d.value for pid, d in self.dropdowns.items()}

    def is_empty(self) -> bool:
        v = self.values()
        if isinstance(v, dict):
            return all(x is None for x in v.values())
        if isinstance(v, list):
            return not any(x is not None for x in v)
        return v is None

    def answer(self) -> Any:
        """The normalized answer; ``ValueError`` (a message for the learner) if it is incomplete."""
        q, v = self.question, self.values()
        if q.type == "multiple_choice" and v is None:
            raise ValueError("Choose an option first.")
        if q.type == "multiple_response":
            need = q.select_count()
            if len(v) != need:
                raise ValueError(f"Select exactly {_WORDS.get(need, need)} options (you selected {len(v)}).")
        if q.type == "ordering":
            empty = sum(x is None for x in v)
            if empty:
                raise ValueError(f"Choose an item for every step ({empty} of {len(v)} still empty).")
            twice = sorted({x for x in v if v.count(x) > 1})
            if twice:
                raise ValueError(
                    f"Each item goes in exactly one step: {', '.join(twice)} is used more than once."
                )
        if q.type == "matching":
            empty = [pid for pid, x in v.items() if x is None]
            if empty:
                raise ValueError(f"Choose an option for every item (still empty: {', '.join(empty)}).")
        return normalize_answer(q, v)

    def disable(self, flag: bool = True) -> None:
        for w in self.inputs:
            w.disabled = flag

    def observe(self, fn) -> None:
        for w in self.inputs:
            w.observe(fn, names="value")


def _resolve(bank, store, learner):
    bank = default_bank() if bank is None else bank
    store = ProgressStore(learner=learner) if store is None else store
    return bank, store


class _View:
    widget: widgets.Widget

    def _ipython_display_(self, **kwargs):
        from IPython.display import display

        display(self.widget)


# ----------------------------------------------------------------------------- practice
class PracticeDrill(_View):
    """One question at a time with instant feedback; progress is saved after every answer."""

    def __init__(self, sitting: Practice, store: ProgressStore | None = None, title: str = "Practice"):
        self.practice, self.store = sitting, store
        self.total = len(sitting.questions)
        self.shown: Question | None = None
        self.controls: AnswerControls | None = None
        self.answered = False
        self.skipped: list[Question] = []

        self.notice = widgets.HTML(_notice(store))
        self.title = widgets.HTML(f"<h3 style='margin:4px 0'>{_esc(title)}</h3>")
        self.progress_label = widgets.Label()
        self.bar = widgets.IntProgress(
            value=0, min=0, max=max(self.total, 1), layout=widgets.Layout(width="16em")
        )
        self.question = widgets.HTML()
        self.answer_box = widgets.VBox()
        self.message = widgets.HTML()
        self.feedback = widgets.HTML()
        self.summary = widgets.HTML()
        self.submit_button = widgets.Button(description="Submit", button_style="primary", icon="check")
        self.next_button = widgets.Button(description="Next", icon="arrow-right", disabled=True)
        self.mark_button = widgets.Button(description="Mark for review", icon="flag")
        self.skip_button = widgets.Button(description="Skip", icon="forward")
        self.submit_button.on_click(self.on_submit)
        self.next_button.on_click(self.on_next)
        self.mark_button.on_click(self.on_mark)
        self.skip_button.on_click(self.on_skip)
        self.buttons = widgets.HBox(
            [self.submit_button, self.next_button, self.mark_button, self.skip_button]
        )
        self.body = widgets.VBox([self.question, self.answer_box, self.buttons, self.message, self.feedback])
        self.widget = widgets.VBox(
            [self.notice, self.title, widgets.HBox([self.bar, self.progress_label]), self.body, self.summary],
            layout=widgets.Layout(max_width="60em"),
        )
        self._show(sitting.current())

    # -- state
    def right(self) -> int:
        return self.practice.score()[0]

    def _update_progress(self) -> None:
        done = len(self.practice.results) + len(self.skipped)
        self.bar.value = min(done, self.bar.max)
        if self.shown is None:
            c, n = self.practice.score()
            self.progress_label.value = f"finished: {c} of {n} right"
        else:
            pos = self.practice.questions.index(self.shown) + 1
            self.progress_label.value = f"question {pos} of {self.total}, {self.right()} right"

    def _show(self, q: Question | None) -> None:
        self.shown, self.answered = q, False
        self.message.value = self.feedback.value = ""
        if q is None:
            self._finish()
            return
        pos = self.practice.questions.index(q) + 1
        self.question.value = question_html(q, f"Question {pos} of {self.total} · {q.id}")
        self.controls = AnswerControls(q)
        self.answer_box.children = (self.controls.box,)
        self.submit_button.disabled = self.skip_button.disabled = False
        self.next_button.disabled = True
        self._update_mark_button()
        self._update_progress()

    def _update_mark_button(self) -> None:
        marked = self.store is not None and self.shown is not None and self.shown.id in self.store.marked()
        self.mark_button.description = "Unmark" if marked else "Mark for review"
        self.mark_button.button_style = "warning" if marked else ""

    def _error(self, text: str) -> None:
        self.message.value = f"<span style='color:rgb({_RED});font-weight:bold;'>⚠ {_esc(text)}</span>"

    # -- callbacks
    def on_submit(self, _button=None) -> None:
        if self.shown is None or self.answered:
            return
        try:
            answer = self.controls.answer()
            fb = self.practice.submit(answer)
        except ValueError as exc:  # incomplete or malformed: nothing is recorded
            self._error(str(exc))
            return
        self.answered = True
        self.message.value = ""
        self.controls.disable()
        self.feedback.value = feedback_html(fb.question, fb.given, fb.correct)
        self.submit_button.disabled = self.skip_button.disabled = True
        self.next_button.disabled = False
        self.next_button.description = "Next" if not self.practice.done else "See summary"
        self._update_progress()

    def on_next(self, _button=None) -> None:
        if self.shown is not None and not self.answered:
            return  # Next follows an answer; Skip moves on without one
        self._show(self.practice.current())

    def on_skip(self, _button=None) -> None:
        if self.shown is None or self.answered:
            return
        self.skipped.append(self.shown)
        self.practice.skip()
        self._show(self.practice.current())

    def on_mark(self, _button=None) -> None:
        if self.shown is None:
            return
        now = self.practice.toggle_mark(self.shown.id)
        self._update_mark_button()
        if now:
            self.message.value = "⚑ Marked for review: drill your marked questions with <code>practice(marked_only=True)</code>."
        else:
            self.message.value = "Mark removed."

    # -- the end
    def _finish(self) -> None:
        self.body.layout.display = "none"
        self.answer_box.children = ()
        self._update_progress()
        self.summary.value = self.summary_html()

    def summary_html(self) -> str:
        c, n = self.practice.score()
        pct = 100 * c / n if n else 0
        rgb = _GREEN if n and pct >= 70 else _RED if n else _AMBER
        parts = [
            _box(
                f"<b style='font-size:115%'>Sitting finished: {c} of {n} right"
                + (f" ({pct:.0f} %)" if n else "")
                + "</b>"
                + (f" · {len(self.skipped)} skipped" if self.skipped else ""),
                rgb,
            )
        ]
        by_domain: dict[int, list[int]] = {}
        for fb in self.practice.results:
            s = by_domain.setdefault(fb.question.domain, [0, 0])
            s[0] += fb.correct
            s[1] += 1
        if by_domain:
            rows = "".join(
                f"<tr><td>D{d}</td><td>{_esc(DOMAINS[d][0])}</td><td style='text-align:right'>{r}/{t}</td></tr>"
                for d, (r, t) in sorted(by_domain.items())
            )
            parts.append(f"<table>{rows}</table>")
        missed = [fb.question for fb in self.practice.results if not fb.correct]
        if missed:
            items = "".join(f"<li><code>{_esc(q.id)}</code> {_esc(_short(q.stem, 90))}</li>" for q in missed)
            parts.append(
                f"<b>To revisit</b> (they come back in about ten minutes, then by spaced repetition):"
                f"<ul>{items}</ul>"
            )
        marked = len(self.store.marked()) if self.store is not None else 0
        if marked:
            parts.append(f"{marked} question(s) marked for review: <code>practice(marked_only=True)</code>.")
        parts.append("Run the cell again for a new sitting; <code>progress()</code> shows how you are doing.")
        return "\n".join(parts)


def practice(
    n: int = 10,
    domain=None,
    task=None,
    module=None,
    type=None,
    marked_only: bool = False,
    learner: str = "me",
    store: ProgressStore | None = None,
    bank=None,
    seed: int | None = None,
    clock=time.time,
) -> PracticeDrill:
    """A practice sitting of up to ``n`` questions, chosen by spaced repetition (due questions first,
    then new ones from your weakest task statements). Filters take a value or a list, e.g.
    ``domain=[4, 5]``, ``task="3.2"``, ``module="00_orientation"``, ``type="ordering"``."""
    bank, store = _resolve(bank, store, learner)
    filters = {"domain": domain, "task": task, "module": module, "type": type}
    try:
        sitting = Practice(bank, store, n=n, marked_only=marked_only, seed=seed, clock=clock, **filters)
    except ValueError as exc:
        return _MessageView(
            store,
            f"{exc}: "
            + (
                "you have no questions marked for review yet."
                if marked_only
                else "try fewer or other filters."
            ),
        )
    wanted = ", ".join(f"{k} {v}" for k, v in filters.items() if v is not None)
    title = "Practice" + (f" ({wanted})" if wanted else "") + (" · marked questions" if marked_only else "")
    return PracticeDrill(sitting, store, title=title)


class _MessageView(_View):
    def __init__(self, store, text: str):
        self.message = widgets.HTML(_box(_esc(text), _AMBER))
        self.widget = widgets.VBox([widgets.HTML(_notice(store)), self.message])


# ----------------------------------------------------------------------------- exam
def draw_questions(bank, n: int, seed: int | None = None) -> tuple[list[Question], str | None]:
    """An exam's questions, and a note if the bank is too small for the exam's domain mix.

    With enough questions this is :func:`~shared_lib.quiz.exam.draw_exam`. While the bank is still
    growing, it takes what each domain has and tops up from the others, and says so.
    """
    rng = random.Random(seed)
    try:
        return draw_exam(bank, n, rng), None
    except ValueError as exc:
        reason = str(exc)
    pool = list(bank)
    if not pool:
        raise ValueError("the question bank is empty")
    n = min(n, len(pool))
    picked: list[Question] = []
    for d, k in domain_quota(n).items():
        in_domain = [q for q in pool if q.domain == d]
        picked += rng.sample(in_domain, min(k, len(in_domain)))
    rest = [q for q in pool if q not in picked]
    picked += rng.sample(rest, n - len(picked))
    rng.shuffle(picked)
    note = (
        f"The question bank is still growing ({reason}), so this {n}-question exam does not have the "
        "real exam's domain mix. Its score is a rougher signal than usual."
    )
    return keep_cases_together(picked), note


class ExamDrill(_View):
    """A timed exam: navigate freely, mark questions, no feedback until you finish (or time runs out).

    Answers are saved as soon as they are complete. Any action after the deadline submits the exam.
    ``ticker=True`` starts a background thread that updates the clock every second (and submits at the
    deadline); it is off by default and must stay off in tests.
    """

    def __init__(
        self,
        ex: Exam,
        store: ProgressStore | None = None,
        *,
        ticker: bool = False,
        note: str | None = None,
        interval: float = 1.0,
        started: bool = True,
    ):
        self.exam, self.store = ex, store
        self._want_ticker, self._interval = ticker, interval
        self.i = 0
        self.controls: dict[str, AnswerControls] = {}
        self.saved = False
        self._syncing = False
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

        n = len(ex.questions)
        self.notice = widgets.HTML(_notice(store))
        self.title = widgets.HTML(
            f"<h3 style='margin:4px 0'>Exam: {n} questions, {ex.minutes:g} minutes</h3>"
            "<div style='opacity:0.8'>No feedback until you finish. Unanswered questions count as wrong, "
            "so answer every one.</div>" + (_box(_esc(note), _AMBER) if note else "")
        )
        self.time_label = widgets.HTML()
        self.status = widgets.HTML()
        self.nav = widgets.Dropdown(
            options=[(f"Q{i + 1}", i) for i in range(n)],
            index=0,
            description="Go to",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="22em"),
        )
        self.prev_button = widgets.Button(description="Previous", icon="arrow-left")
        self.next_button = widgets.Button(description="Next", icon="arrow-right")
        self.mark_button = widgets.Button(description="Mark for review", icon="flag")
        self.finish_button = widgets.Button(description="Finish exam", button_style="danger", icon="stop")
        self.question = widgets.HTML()
        self.answer_box = widgets.VBox()
        self.message = widgets.HTML()
        self.confirm_text = widgets.HTML()
        self.confirm_yes = widgets.Button(description="Yes, finish now", button_style="danger")
        self.confirm_no = widgets.Button(description="Keep going")
        self.confirm = widgets.VBox(
            [self.confirm_text, widgets.HBox([self.confirm_yes, self.confirm_no])],
            layout=widgets.Layout(display="none"),
        )
        self.result = widgets.HTML()

        self.prev_button.on_click(self.on_prev)
        self.next_button.on_click(self.on_next)
        self.mark_button.on_click(self.on_mark)
        self.finish_button.on_click(self.on_finish)
        self.confirm_yes.on_click(self.on_confirm)
        self.confirm_no.on_click(self.on_cancel)
        self.nav.observe(self.on_jump, names="value")

        self.body = widgets.VBox(
            [
                widgets.HBox(
                    [self.prev_button, self.nav, self.next_button, self.mark_button, self.finish_button]
                ),
                self.status,
                self.question,
                self.answer_box,
                self.message,
                self.confirm,
            ]
        )
        self.start_button = widgets.Button(
            description=f"Start the {ex.minutes:g}-minute exam",
            button_style="primary",
            icon="play",
            layout=widgets.Layout(width="auto"),
        )
        self.start_button.on_click(self.on_start)
        self.widget = widgets.VBox(
            [self.notice, self.title, self.start_button, self.time_label, self.body, self.result],
            layout=widgets.Layout(max_width="60em"),
        )
        self.running = False
        if started:
            self.on_start()
        else:
            self.body.layout.display = "none"
            self.time_label.value = "The clock starts when you press Start."

    def on_start(self, _button=None) -> None:
        """Start the clock now (not when the cell ran) and show the first question."""
        if self.running:
            return
        self.running = True
        self.exam.started = self.exam.clock()
        self.start_button.layout.display = "none"
        self.body.layout.display = None
        self._go(0)
        if self._want_ticker:
            self.start_ticker(self._interval)

    # -- clock
    def _update_time(self) -> None:
        if self.exam.result is not None:
            r = self.exam.result
            self.time_label.value = (
                "<b>Time ran out: the exam was submitted.</b>" if r.timed_out else "<b>Exam finished.</b>"
            )
            return
        left = int(self.exam.time_left())
        h, rem = divmod(left, 3600)
        text = (f"{h}:{rem // 60:02d}:{rem % 60:02d}" if h else f"{rem // 60:02d}:{rem % 60:02d}") + " left"
        style = f"color:rgb({_RED});" if left < 300 else ""
        self.time_label.value = f"<span style='font-size:110%;font-weight:bold;{style}'>⏱ {text}</span>"

    def _check_time(self) -> bool:
        """Update the clock; submit the exam if time is up. True if the exam is over."""
        if self.exam.result is not None:
            return True
        if self.exam.expired:
            self._finish()
            return True
        self._update_time()
        return False

    def start_ticker(self, interval: float = 1.0) -> None:
        """Update the clock from a background thread (live notebooks only), submitting at the deadline."""
        if self._thread is not None:
            return

        def run():
            while not self._stop.wait(interval):
                with self._lock:
                    if self.exam.result is not None or self._check_time():
                        return

        self._thread = threading.Thread(target=run, name="ftfm-exam-clock", daemon=True)
        self._thread.start()

    def stop_ticker(self) -> None:
        self._stop.set()

    # -- navigation and display
    def _controls(self, q: Question) -> AnswerControls:
        if q.id not in self.controls:
            c = AnswerControls(q)
            c.observe(lambda change, qid=q.id: self.on_change(qid))
            self.controls[q.id] = c
        return self.controls[q.id]

    def _labels(self) -> list[tuple[str, int]]:
        out = []
        for i, q in enumerate(self.exam.questions):
            label = f"Q{i + 1}  " + ("✓ answered" if q.id in self.exam.answers else "○ unanswered")
            if q.id in self.exam.marked:
                label += "  ⚑ marked"
            out.append((label, i))
        return out

    def _refresh(self) -> None:
        """Navigator labels, status line and mark button, after any change."""
        self._syncing = True
        try:
            self.nav.options = self._labels()
            self.nav.index = self.i
        finally:
            self._syncing = False
        n, ex = len(self.exam.questions), self.exam
        missing = [str(k + 1) for k, q in enumerate(ex.questions) if q.id not in ex.answers]
        marked = [str(k + 1) for k, q in enumerate(ex.questions) if q.id in ex.marked]
        line = f"Answered <b>{n - len(missing)}</b> of {n}"
        if missing:
            shown = ", ".join(missing[:15]) + (" …" if len(missing) > 15 else "")
            line += f" · <span style='color:rgb({_AMBER})'>○ unanswered: {shown}</span>"
        if marked:
            line += f" · <span style='color:rgb({_VIOLET})'>⚑ marked: {', '.join(marked)}</span>"
        self.status.value = f"<div style='font-size:90%'>{line}</div>"
        is_marked = self.current().id in ex.marked
        self.mark_button.description = "Unmark" if is_marked else "Mark for review"
        self.mark_button.button_style = "warning" if is_marked else ""
        self.prev_button.disabled = self.i == 0
        self.next_button.disabled = self.i == n - 1

    def current(self) -> Question:
        return self.exam.questions[self.i]

    def _go(self, i: int) -> None:
        self.i = max(0, min(i, len(self.exam.questions) - 1))
        q = self.current()
        self.question.value = question_html(q, f"Question {self.i + 1} of {len(self.exam.questions)}")
        self.answer_box.children = (self._controls(q).box,)
        self.message.value = ""
        self.confirm.layout.display = "none"
        self._refresh()
        self._update_time()

    # -- callbacks
    def on_change(self, qid: str) -> None:
        """A control of question ``qid`` changed: save the answer if it is complete."""
        with self._lock:
            if self._syncing or self._check_time():
                return
            c = self.controls[qid]
            try:
                ans = c.answer()
            except ValueError as exc:
                self.exam.answers.pop(qid, None)  # what is on screen is what counts
                self.message.value = (
                    "" if c.is_empty() else f"<span style='opacity:0.85'>Not saved yet: {_esc(exc)}</span>"
                )
                self._refresh()
                return
            try:
                self.exam.answer(qid, ans)
            except ExamOver:
                self._finish()
                return
            except ValueError as exc:  # pragma: no cover - AnswerControls already validated it
                self.message.value = f"<span style='color:rgb({_RED})'>⚠ {_esc(exc)}</span>"
                return
            self.message.value = "<span style='opacity:0.7'>Answer saved.</span>"
            self._refresh()

    def on_prev(self, _button=None) -> None:
        with self._lock:
            if not self._check_time():
                self._go(self.i - 1)

    def on_next(self, _button=None) -> None:
        with self._lock:
            if not self._check_time():
                self._go(self.i + 1)

    def on_jump(self, change) -> None:
        with self._lock:
            if self._syncing or change.get("new") is None or self._check_time():
                return
            self._go(change["new"])

    def on_mark(self, _button=None) -> None:
        with self._lock:
            if not self._check_time():
                self.exam.toggle_mark(self.current().id)
                self._refresh()

    def on_finish(self, _button=None) -> None:
        with self._lock:
            if self._check_time():
                return
            missing = self.exam.unanswered()
            if not missing:
                self._finish()
                return
            nums = [str(k + 1) for k, q in enumerate(self.exam.questions) if q.id in missing]
            self.confirm_text.value = _box(
                f"<b>{len(missing)} question(s) unanswered</b> (Q{', Q'.join(nums[:20])}"
                f"{' …' if len(nums) > 20 else ''}). They count as wrong. Finish anyway?",
                _AMBER,
            )
            self.confirm.layout.display = ""

    def on_confirm(self, _button=None) -> None:
        with self._lock:
            self._finish()

    def on_cancel(self, _button=None) -> None:
        with self._lock:
            self.confirm.layout.display = "none"
            self._check_time()

    # -- the end
    def _finish(self) -> ExamResult:
        with self._lock:
            result = self.exam.finish()
            self._stop.set()
            save_error = None
            if not self.saved and self.store is not None:
                try:
                    self._save(result)
                    self.saved = True
                except Exception as exc:  # never lose the result on screen because a save failed
                    save_error = f"Your exam could not be saved ({exc})."
            for c in self.controls.values():
                c.disable()
            for b in (self.prev_button, self.next_button, self.mark_button, self.finish_button, self.nav):
                b.disabled = True
            self.body.layout.display = "none"
            self.result.value = (_box(_esc(save_error), _RED) if save_error else "") + self.result_html(
                result
            )
            self._update_time()
            return result

    def _save(self, result: ExamResult) -> None:
        """Record the exam. SQLite connections belong to the thread that opened them: when the clock
        thread submits the exam, it saves through its own connection to the same file."""
        try:
            self.store.record_exam(result)
        except sqlite3.ProgrammingError:
            with ProgressStore(self.store.path, backup=self.store.use_backup) as own:
                own.record_exam(result)

    def result_html(self, r: ExamResult) -> str:
        verdict = "PASS" if r.passed else "FAIL"
        head = _box(
            f"<div style='font-size:150%;font-weight:bold'>{r.scaled} / 1000 · {verdict}</div>"
            f"<div>pass mark {PASS_SCALED} · {r.correct} of {r.total} right in {duration_text(r.finished - r.started)}"
            + (" · time ran out" if r.timed_out else "")
            + "</div>",
            _GREEN if r.passed else _RED,
        )
        rows = []
        for d, (c, t) in sorted(r.by_domain.items()):
            pct = 100 * c / t if t else 0
            color = _GREEN if pct >= 70 else _RED
            bar = (
                f"<div style='width:10em;background:rgba(128,128,128,0.2)'><div style='width:{pct:.0f}%;"
                f"background:rgb({color});height:0.8em'></div></div>"
            )
            rows.append(
                f"<tr><td><b>D{d}</b></td><td>{_esc(DOMAINS[d][0])}</td>"
                f"<td style='text-align:right'>{c}/{t}</td><td style='text-align:right'>{pct:.0f} %</td>"
                f"<td>{bar}</td></tr>"
            )
        table = f"<table style='margin:6px 0'>{''.join(rows)}</table>"
        review = []
        seen_cases = set()
        for k, rv in enumerate(r.review, 1):
            q = rv.question
            mark = "✔" if rv.correct else "✘"
            flag = " ⚑" if q.id in self.exam.marked else ""
            summary = (
                f"<b>Q{k} {mark}</b>{flag} · your answer: <b>{_esc(answer_text(q, rv.given))}</b> · "
                f"key: <b>{_esc(answer_text(q, q.key))}</b> · {_esc(_short(q.stem, 70))}"
            )
            body = question_html(q, f"{q.id} · task {q.task}: {TASKS.get(q.task, '')}")
            if q.case in seen_cases:  # show a case study's scenario once
                body = body.replace(_box(f"<b>Case study</b><br>{_esc(q.scenario)}", _VIOLET), "")
            seen_cases.add(q.case)
            body += feedback_html(q, rv.given, rv.correct, head=False)
            color = _GREEN if rv.correct else _RED
            review.append(
                f"<details{'' if rv.correct else ' open'} style='margin:4px 0;border-left:4px solid rgb({color});"
                f"padding-left:8px'><summary style='cursor:pointer'>{summary}</summary>{body}</details>"
            )
        saved = "Saved to your progress. " if self.saved else ""
        note = f"<p>{saved}Wrong answers are open below; click any question to expand it.</p>"
        return head + table + note + "<h4>Review</h4>" + "".join(review)


def exam(
    n: int = 65,
    minutes: float = 90,
    learner: str = "me",
    store: ProgressStore | None = None,
    bank=None,
    seed: int | None = None,
    clock=time.time,
    ticker: bool | None = None,
) -> ExamDrill:
    """A timed exam like AIF-C01: ``n`` questions in the exam's domain proportions, ``minutes`` on the clock.

    ``ticker`` (a live clock from a background thread) defaults to on only in a running kernel with the
    real clock; pass ``ticker=False`` to update the clock on each click only.
    """
    bank, store = _resolve(bank, store, learner)
    questions, note = draw_questions(bank, n, seed)
    if ticker is None:
        ticker = clock is time.time and _in_kernel()
    return ExamDrill(
        Exam(questions, minutes=minutes, clock=clock), store, ticker=ticker, note=note, started=False
    )


# ----------------------------------------------------------------------------- progress
def progress_html(store: ProgressStore) -> str:
    """Per-domain table (answers, right, accuracy), exams taken, marked questions, weakest tasks."""
    stats = store.domain_stats()
    rows = []
    for d, (name, weight) in DOMAINS.items():
        c, t = stats.get(d, (0, 0))
        pct = f"{100 * c / t:.0f} %" if t else "–"
        color = "" if not t else f"color:rgb({_GREEN if c / t >= 0.7 else _RED});"
        rows.append(
            f"<tr><td><b>D{d}</b></td><td>{_esc(name)}</td><td style='text-align:right'>{weight:.0%}</td>"
            f"<td style='text-align:right'>{t}</td><td style='text-align:right'>{c}</td>"
            f"<td style='text-align:right;font-weight:bold;{color}'>{pct}</td></tr>"
        )
    head = (
        "<tr><th></th><th style='text-align:left'>Exam domain</th><th>weight</th><th>answered</th>"
        "<th>right</th><th>accuracy</th></tr>"
    )
    parts = [f"<table>{head}{''.join(rows)}</table>"]
    exams = store.exams()
    if exams:
        last, best = exams[-1], max(e["scaled"] for e in exams)
        parts.append(
            f"<p>{len(exams)} exam(s) taken · last {last['scaled']} "
            f"({'PASS' if last['passed'] else 'FAIL'}) · best {best}</p>"
        )
    weak = sorted(((c / t, task) for task, (c, t) in store.task_stats().items() if t >= 3))[:3]
    if weak and weak[0][0] < 0.7:
        items = "".join(
            f"<li>{_esc(task)} {_esc(TASKS.get(task, ''))}: {100 * acc:.0f} %</li>"
            for acc, task in weak
            if acc < 0.7
        )
        parts.append(f"<b>Weakest task statements</b> (try <code>practice(task=...)</code>):<ul>{items}</ul>")
    marked = store.marked()
    if marked:
        parts.append(
            f"<p>{len(marked)} question(s) marked for review: <code>practice(marked_only=True)</code></p>"
        )
    if not stats:
        parts.append("<p>No attempts yet: start with <code>practice()</code>.</p>")
    return "\n".join(parts)


def figure_html(fig, dpi: int = 96) -> str:
    """A matplotlib Figure as an inline PNG (shows the same in every notebook front end)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    data = base64.b64encode(buf.getvalue()).decode()
    return f"<img src='data:image/png;base64,{data}' style='max-width:100%'>"


class ProgressView(_View):
    def __init__(self, store: ProgressStore, plot: bool = True):
        from .plots import plot_progress

        self.store = store
        self.table = widgets.HTML(progress_html(store))
        self.figure = plot_progress(store) if plot else None
        self.plot = widgets.HTML(figure_html(self.figure) if plot else "")
        self.widget = widgets.VBox(
            [widgets.HTML(_notice(store)), widgets.HTML("<h3>Your progress</h3>"), self.table, self.plot]
        )


def progress(learner: str = "me", store: ProgressStore | None = None, plot: bool = True) -> ProgressView:
    """Your progress: a per-domain table and the progress plot."""
    store = ProgressStore(learner=learner) if store is None else store
    return ProgressView(store, plot=plot)


__all__ = ["AnswerControls", "ExamDrill", "PracticeDrill", "ProgressView", "exam", "practice", "progress"]
