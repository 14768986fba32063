"""The notebook drill (ipywidgets), driven through its callbacks; the progress plot; the drill notebook."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import matplotlib
import nbformat
import pytest

from shared_lib.quiz import is_correct, load_bank, seal_key
from shared_lib.quiz.bank import BANK_DIR
from shared_lib.quiz.exam import Exam
from shared_lib.quiz.progress import ProgressStore

matplotlib.use("Agg")
widgets_mod = pytest.importorskip("shared_lib.quiz.widgets")
W = widgets_mod

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "course" / "quiz" / "exam_drill.ipynb"


@pytest.fixture(scope="module")
def bank():
    """The module-00 bank file: every item type and a case study, in a file that ships with the course."""
    return load_bank([BANK_DIR / "m00_orientation.jsonl"])


@pytest.fixture
def store(tmp_path):
    s = ProgressStore(tmp_path / "p.sqlite3")
    yield s
    s.close()


def _one(bank, store, qtype, **kw):
    drill = W.practice(n=1, type=qtype, bank=bank, store=store, seed=0, **kw)
    assert isinstance(drill, W.PracticeDrill)
    assert drill.shown is not None and drill.shown.type == qtype
    return drill


def _wrong_option(q):
    return next(o.id for o in q.options if o.id != q.key)


# ----------------------------------------------------------------------------- practice
def test_multiple_choice_right_shows_every_explanation_and_is_recorded(bank, store):
    drill = W.practice(n=3, type="multiple_choice", bank=bank, store=store, seed=1)
    q = drill.shown
    assert "question 1 of 3, 0 right" == drill.progress_label.value
    assert drill.feedback.value == ""
    drill.controls.radio.value = q.key
    drill.submit_button.click()
    fb = drill.feedback.value
    assert "Correct" in fb
    for o in q.options:  # every option's explanation, escaped as HTML
        assert W._esc(o.why) in fb
    assert "✔ key" in fb
    attempts = store.attempts()
    assert [(a["qid"], a["correct"], a["mode"]) for a in attempts] == [(q.id, 1, "practice")]
    assert drill.progress_label.value == "question 1 of 3, 1 right"
    assert drill.submit_button.disabled and not drill.next_button.disabled
    drill.submit_button.click()  # a second click on the same question records nothing
    assert len(store.attempts()) == 1
    drill.next_button.click()
    assert drill.shown is not None and drill.shown.id != q.id
    assert drill.progress_label.value == "question 2 of 3, 1 right"
    assert drill.feedback.value == ""


def test_multiple_response_wrong_flags_the_wrong_pick(bank, store):
    drill = _one(bank, store, "multiple_response")
    q = drill.shown
    wrong = [o.id for o in q.options if o.id not in q.key][0]
    picks = [*q.key[: q.select_count() - 1], wrong]
    for oid in picks:
        drill.controls.checks[oid].value = True
    drill.submit_button.click()
    fb = drill.feedback.value
    assert "Not quite" in fb and "✘ your pick" in fb
    assert fb.count("✔ key") == len(q.key)
    assert store.attempts()[0]["correct"] == 0
    assert "0 right" in drill.progress_label.value


def test_multiple_response_needs_the_stated_number_of_picks(bank, store):
    drill = _one(bank, store, "multiple_response")
    drill.controls.checks[drill.shown.key[0]].value = True
    drill.submit_button.click()
    word = {2: "TWO", 3: "THREE", 4: "FOUR"}[drill.shown.select_count()]
    assert f"Select exactly {word} options (you selected 1)" in drill.message.value
    assert store.attempts() == [] and drill.feedback.value == ""


def test_ordering_through_its_dropdowns(bank, store):
    drill = _one(bank, store, "ordering")
    q = drill.shown
    dds = drill.controls.dropdowns
    assert len(dds) == len(q.options)
    # a letter used twice is refused, nothing recorded
    for dd, oid in zip(dds, [q.key[0]] * len(dds)):
        dd.value = oid
    drill.submit_button.click()
    assert "more than once" in drill.message.value
    assert store.attempts() == []
    for dd, oid in zip(dds, q.key):
        dd.value = oid
    drill.submit_button.click()
    assert "Correct" in drill.feedback.value and drill.message.value == ""
    assert "The right order" in drill.feedback.value
    assert store.attempts()[0]["correct"] == 1


def test_matching_through_its_dropdowns(bank, store):
    drill = _one(bank, store, "matching")
    q = drill.shown
    answer = dict(q.key)
    first = q.prompts[0].id
    answer[first] = next(o.id for o in q.options if o.id != q.key[first])
    for pid, dd in drill.controls.dropdowns.items():
        dd.value = answer[pid]
    drill.submit_button.click()
    fb = drill.feedback.value
    assert "Not quite" in fb and f"you chose {answer[first]}" in fb
    assert all(W._esc(o.why) in fb for o in q.options)
    assert store.attempts()[0]["correct"] == 0


def test_an_empty_or_partial_submit_shows_a_message_and_records_nothing(bank, store):
    drill = W.practice(n=2, type="multiple_choice", bank=bank, store=store, seed=3)
    drill.submit_button.click()
    assert "Choose an option" in drill.message.value
    assert drill.feedback.value == "" and store.attempts() == [] and store.cards() == {}
    assert not drill.submit_button.disabled
    m = _one(bank, store, "matching")
    m.controls.dropdowns[m.shown.prompts[0].id].value = m.shown.options[0].id
    m.submit_button.click()
    assert "every item" in m.message.value and store.attempts() == []


def test_mark_for_review_lands_in_the_store_and_can_be_removed(bank, store):
    drill = W.practice(n=2, type="multiple_choice", bank=bank, store=store, seed=2)
    q = drill.shown
    drill.mark_button.click()
    assert store.marked() == {q.id}
    assert drill.mark_button.description == "Unmark"
    # marking after answering marks the question on screen, not the next one
    drill.controls.radio.value = _wrong_option(q)
    drill.submit_button.click()
    drill.mark_button.click()
    assert store.marked() == set()
    drill.mark_button.click()
    again = W.practice(marked_only=True, bank=bank, store=store, seed=0)
    assert [x.id for x in again.practice.questions] == [q.id]


def test_skip_then_summary(bank, store):
    drill = W.practice(n=2, type="multiple_choice", bank=bank, store=store, seed=5)
    first = drill.shown
    drill.skip_button.click()
    assert store.attempts() == []
    drill.controls.radio.value = drill.shown.key
    drill.submit_button.click()
    assert drill.next_button.description == "See summary"
    drill.next_button.click()
    assert drill.shown is None
    assert "1 of 1 right" in drill.summary.value and "1 skipped" in drill.summary.value
    assert drill.progress_label.value == "finished: 1 of 1 right"
    assert first.id not in {a["qid"] for a in store.attempts()}


def test_case_study_questions_show_their_scenario(bank, store):
    case_q = next(q for q in bank if q.case)
    sitting = W.Practice(bank, store, n=1, task=case_q.task, seed=0)
    sitting.questions = [case_q]
    drill = W.PracticeDrill(sitting, store)
    assert "Case study" in drill.question.value
    assert W._esc(case_q.scenario) in drill.question.value


def test_text_is_escaped_and_the_key_is_not_shown_before_answering(tmp_path, store):
    qid = "t-esc"
    entry = {
        "id": qid,
        "domain": 1,
        "task": "1.1",
        "type": "multiple_choice",
        "difficulty": 1,
        "module": None,
        "stem": "Which tag is <script>alert(1)</script> & why?",
        "options": [{"id": i, "text": f"<b>opt {i}</b>", "why": f"because <i>{i}</i> is so"} for i in "ABCD"],
        "key": seal_key(qid, "C"),
    }
    path = tmp_path / "esc.jsonl"
    path.write_text(json.dumps(entry) + "\n")
    drill = W.practice(n=1, bank=load_bank([path]), store=store)
    assert "<script>" not in drill.question.value and "&lt;script&gt;" in drill.question.value
    assert "<b>opt A</b>" not in drill.question.value
    assert "key" not in drill.question.value.lower()
    drill.controls.radio.value = "A"
    drill.submit_button.click()
    assert (
        "<i>A</i>" not in drill.feedback.value
        and "because &lt;i&gt;A&lt;/i&gt; is so" in drill.feedback.value
    )


def test_no_matching_question_gives_a_message_not_an_exception(bank, store):
    view = W.practice(marked_only=True, bank=bank, store=store)
    assert "marked for review" in view.message.value


def test_a_recovery_message_is_shown_at_the_top(bank, store):
    store.recovered = "Your progress file was damaged (test). It was restored from the last backup."
    drill = W.practice(n=1, bank=bank, store=store)
    assert drill.widget.children[0] is drill.notice
    assert "was damaged (test)" in drill.notice.value
    ex = W.exam(n=3, bank=bank, store=store, seed=0, clock=lambda: 0.0)
    assert "was damaged (test)" in ex.notice.value
    assert "was damaged (test)" in W.progress(store=store, plot=False).widget.children[0].value


# ----------------------------------------------------------------------------- exam
class FakeClock:
    def __init__(self, t=1000.0):
        self.t = t

    def __call__(self):
        return self.t


def _all_html(drill) -> str:
    """Every HTML/Label value currently visible in a drill (for 'no feedback' checks)."""
    out, todo = [], [drill.widget]
    while todo:
        w = todo.pop()
        if w.layout.display == "none":
            continue
        todo += list(getattr(w, "children", ()))
        if isinstance(getattr(w, "value", None), str):
            out.append(w.value)
    return "\n".join(out)


def _exam_questions(bank):
    """One question of each item type, plus two more multiple-choice ones."""
    by_type = {}
    for q in bank:
        if not q.case:
            by_type.setdefault(q.type, []).append(q)
    return [
        by_type[t][0] for t in ("multiple_choice", "multiple_response", "ordering", "matching")
    ] + by_type["multiple_choice"][1:3]


def test_exam_gives_no_feedback_until_time_runs_out_then_auto_finishes(bank, store):
    clock = FakeClock()
    qs = _exam_questions(bank)
    drill = W.ExamDrill(Exam(qs, minutes=10, clock=clock), store)
    assert drill._thread is None, "no ticker thread in tests"
    assert "10:00 left" in drill.time_label.value
    # Q1 multiple choice, answered wrong
    q1 = drill.current()
    drill.controls[q1.id].radio.value = _wrong_option(q1)
    assert drill.exam.answers == {q1.id: _wrong_option(q1)}
    drill.next_button.click()
    # Q2 multiple response, answered right (an incomplete selection is not saved)
    q2 = drill.current()
    assert q2.type == "multiple_response"
    c2 = drill.controls[q2.id]
    c2.checks[q2.key[0]].value = True
    assert q2.id not in drill.exam.answers and "Not saved yet" in drill.message.value
    for oid in q2.key[1:]:
        c2.checks[oid].value = True
    assert is_correct(q2, drill.exam.answers[q2.id])
    drill.mark_button.click()
    assert q2.id in drill.exam.marked
    # jump to Q4 (matching) and answer it right; the navigator flags answered, unanswered and marked
    drill.nav.value = 3
    q4 = drill.current()
    assert q4.type == "matching"
    for pid, dd in drill.controls[q4.id].dropdowns.items():
        dd.value = q4.key[pid]
    labels = [label for label, _ in drill.nav.options]
    assert "✓ answered" in labels[0] and "⚑ marked" in labels[1] and "○ unanswered" in labels[2]
    assert "unanswered: 3, 5, 6" in drill.status.value
    drill.prev_button.click()
    assert drill.i == 2
    # no feedback of any kind before the end
    shown = _all_html(drill)
    for word in ("Correct", "Not quite", "✔ key", "your pick", "Scaled", "PASS", "FAIL"):
        assert word not in shown
    assert all(W._esc(o.why) not in shown for q in qs for o in q.options)
    assert drill.result.value == "" and store.exams() == []
    # time passes; the next action submits the exam with the answers given before the deadline
    clock.t += 10 * 60 + 1
    drill.next_button.click()
    assert drill.exam.result is not None and drill.exam.result.timed_out
    r = drill.exam.result
    assert r.correct == 2 and r.total == len(qs)
    assert f"{r.scaled} / 1000" in drill.result.value and "FAIL" in drill.result.value
    assert "Time ran out" in drill.time_label.value
    for q in qs:  # the review: every question, its key and all explanations
        assert all(W._esc(o.why) in drill.result.value for o in q.options)
    assert "your answer: <b>(no answer)</b>" in drill.result.value
    exams = store.exams()
    assert len(exams) == 1 and exams[0]["scaled"] == r.scaled and exams[0]["total"] == len(qs)
    # answered questions become drill evidence; unanswered ones only count in the exam's score
    assert len(store.attempts("exam")) == sum(r.given is not None for r in r.review) < len(qs)
    # anything after that changes nothing and saves nothing twice
    drill.finish_button.click()
    drill.controls[q1.id].radio.value = q1.key
    assert len(store.exams()) == 1 and drill.exam.answers[q1.id] != q1.key


def test_exam_finish_asks_before_leaving_questions_unanswered(bank, store):
    clock = FakeClock()
    qs = _exam_questions(bank)[:3]
    drill = W.ExamDrill(Exam(qs, minutes=90, clock=clock), store)
    q = drill.current()
    drill.controls[q.id].radio.value = q.key
    drill.finish_button.click()
    assert drill.confirm.layout.display != "none" and "2 question(s) unanswered" in drill.confirm_text.value
    assert drill.exam.result is None
    drill.confirm_no.click()
    assert drill.confirm.layout.display == "none" and drill.exam.result is None
    drill.finish_button.click()
    clock.t += 5 * 60
    drill.confirm_yes.click()
    r = drill.exam.result
    assert r is not None and not r.timed_out and r.correct == 1
    assert "PASS" in drill.result.value or "FAIL" in drill.result.value
    assert "D3" in drill.result.value
    assert len(store.exams()) == 1


def test_exam_with_every_answer_right_passes_without_confirmation(bank, store):
    qs = _exam_questions(bank)[:4]
    drill = W.ExamDrill(Exam(qs, clock=FakeClock()), store)
    for i, q in enumerate(qs):
        drill.nav.value = i
        c = drill.controls[q.id]
        if q.type == "multiple_choice":
            c.radio.value = q.key
        elif q.type == "multiple_response":
            for oid in q.key:
                c.checks[oid].value = True
        elif q.type == "ordering":
            for dd, oid in zip(c.dropdowns, q.key):
                dd.value = oid
        else:
            for pid, dd in c.dropdowns.items():
                dd.value = q.key[pid]
    drill.finish_button.click()
    assert drill.exam.result.scaled == 1000 and "PASS" in drill.result.value
    assert store.exams()[0]["passed"]


def test_exam_function_draws_from_a_small_bank_with_a_note_and_no_ticker(bank, store):
    clock = FakeClock()
    drill = W.exam(n=8, minutes=12, bank=bank, store=store, seed=4, clock=clock)
    assert isinstance(drill, W.ExamDrill) and drill._thread is None
    assert len(drill.exam.questions) == 8 and len({q.id for q in drill.exam.questions}) == 8
    assert "still growing" in drill.title.value  # the module-00 file has no domain-1 question
    # running the cell does not start the clock: the Start button does
    assert drill.body.layout.display == "none" and "starts when you press Start" in drill.time_label.value
    clock.t += 3600  # an hour later the learner presses Start: the full 12 minutes remain
    drill.start_button.click()
    assert drill.body.layout.display != "none" and drill.start_button.layout.display == "none"
    assert "12:00 left" in drill.time_label.value
    assert drill.exam.result is None


# ----------------------------------------------------------------------------- progress and plot
def test_plot_progress_on_empty_and_filled_stores(bank, store):
    from matplotlib.figure import Figure

    from shared_lib.quiz.plots import plot_progress

    fig = plot_progress(store)
    assert isinstance(fig, Figure)
    texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
    assert "No attempts yet" in texts
    fig.canvas.draw()

    drill = W.practice(n=4, type="multiple_choice", bank=bank, store=store, seed=0)
    for k in range(4):
        q = drill.shown
        drill.controls.radio.value = q.key if k % 2 else _wrong_option(q)
        drill.submit_button.click()
        drill.next_button.click()
    ex = W.ExamDrill(Exam(_exam_questions(bank)[:2], clock=FakeClock()), store)
    ex.finish_button.click()
    ex.confirm_yes.click()
    fig = plot_progress(store)
    assert isinstance(fig, Figure) and len(fig.axes) == 2
    left, right = fig.axes
    assert left.get_lines() and any(line.get_label().startswith("D3") for line in left.get_lines())
    assert right.collections, "exam scores are plotted"
    fig.canvas.draw()

    view = W.progress(store=store)
    assert "D3" in view.table.value and "1 exam(s) taken" in view.table.value
    assert view.plot.value.startswith("<img src='data:image/png;base64,")


# ----------------------------------------------------------------------------- notebook
def test_the_drill_notebook_is_stored_without_outputs():
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    assert nb.nbformat == 4 and nb.metadata.kernelspec.name == "python3"
    for c in nb.cells:
        if c.cell_type == "code":
            assert not c.outputs and c.execution_count is None
    text = "\n".join(c.source for c in nb.cells)
    assert "LEARNER =" in text and "FTFM_QUIZ_DIR" in text and "python -m shared_lib.quiz" in text


@pytest.mark.notebooks
def test_the_drill_notebook_executes(tmp_path, monkeypatch):
    from nbclient import NotebookClient

    quiz_dir = tmp_path / "quiz"
    monkeypatch.setenv("FTFM_QUIZ_DIR", str(quiz_dir))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert (quiz_dir / "me.sqlite3").exists(), "progress goes to $FTFM_QUIZ_DIR"


# ----------------------------------------------------------------------------- ipywidgets 7.7 (Colab)
# Widget classes and helpers present in ipywidgets 7.7 AND 8 (checked against both releases' __all__).
IPYWIDGETS_77 = {
    "Layout",
    "Widget",
    "DOMWidget",
    "VBox",
    "HBox",
    "Box",
    "HTML",
    "Label",
    "Button",
    "RadioButtons",
    "Checkbox",
    "Dropdown",
    "Output",
    "ToggleButtons",
    "IntProgress",
    "FloatProgress",
    "Textarea",
    "Text",
    "Accordion",
    "Tab",
}


def test_widgets_module_uses_only_ipywidgets_77_names():
    src = (REPO / "shared_lib" / "quiz" / "widgets.py").read_text()
    tree = ast.parse(src)
    aliases = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "widgets" in aliases, "ipywidgets is imported as `widgets`"
    used = {
        n.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "widgets"
    }
    assert used, "the module builds its UI from ipywidgets"
    assert used <= IPYWIDGETS_77, f"not in ipywidgets 7.7: {sorted(used - IPYWIDGETS_77)}"
    from_imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == "ipywidgets"]
    assert not from_imports, "use `widgets.<Name>` so this test sees every name"
    # 8-only keyword arguments and traits
    for banned in ("description_allow_html", "TagsInput", "Stack", "TypedTuple", "ColorsInput"):
        assert not re.search(rf"\b{banned}\b", src), banned


def test_the_opt_in_clock_thread_submits_and_saves_at_the_deadline(bank, store):
    clock = FakeClock()
    qs = _exam_questions(bank)[:2]
    drill = W.ExamDrill(Exam(qs, minutes=1, clock=clock), store, ticker=True, interval=0.01)
    try:
        q = drill.current()
        drill.controls[q.id].radio.value = q.key
        clock.t += 61
        drill._thread.join(timeout=10)
        assert not drill._thread.is_alive()
    finally:
        drill.stop_ticker()
    assert drill.exam.result is not None and drill.exam.result.timed_out and drill.saved
    assert "Time ran out" in drill.time_label.value
    exams = store.exams()  # saved from the clock thread through its own connection
    assert len(exams) == 1 and exams[0]["correct"] == 1
