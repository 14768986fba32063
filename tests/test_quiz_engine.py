"""The drill engine: exam drawing, timing and scaling; the Leitner scheduler; practice sessions;
SQLite progress under a kill and after corruption; the bank-wide quality checks."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from shared_lib.course import DOMAINS, TASKS
from shared_lib.quiz import load_bank, quality, scheduler, seal_key
from shared_lib.quiz.exam import Exam, ExamOver, domain_quota, draw_exam, scaled_score
from shared_lib.quiz.practice import Practice
from shared_lib.quiz.progress import Card, ProgressStore

REPO = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------------------- a synthetic bank
def _entry(qid, task, qtype="multiple_choice", key=None, stem=None):
    letters = "ABCDE" if qtype == "multiple_response" else "ABCD"
    opts = [{"id": i, "text": f"choice {i} of {qid}", "why": f"why {i} is or is not right"} for i in letters]
    entry = {
        "id": qid,
        "domain": int(task[0]),
        "task": task,
        "type": qtype,
        "difficulty": 2,
        "module": None,
        "stem": stem or f"Scenario {qid}: a company with requirement number {qid} picks which option?",
        "options": opts,
    }
    if qtype == "multiple_response":
        entry["stem"] += " (Select TWO.)"
        key = key or ["A", "C"]
    entry["key"] = seal_key(qid, key or "ABCD"[hash(qid) % 4])
    return entry


def _case(cid, task, n=3):
    subs = []
    for i in range(1, n + 1):
        sub = _entry(f"{cid}-{i}", task, key="B")
        for k in ("domain", "task", "difficulty", "module"):
            sub.pop(k)
        subs.append(sub)
    return {
        "id": cid,
        "type": "case_study",
        "domain": int(task[0]),
        "task": task,
        "difficulty": 3,
        "module": None,
        "scenario": f"The shared scenario of {cid}.",
        "questions": subs,
    }


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    entries = []
    for t in TASKS:
        entries += [_entry(f"q{t.replace('.', '')}-{i}", t) for i in range(12)]
    entries.append(_entry("mr-1", "3.2", "multiple_response"))
    entries.append(_case("case-a", "3.1"))
    path = tmp_path_factory.mktemp("bank") / "bank.jsonl"
    path.write_text("\n".join(json.dumps(e) for e in entries) + "\n")
    return load_bank([path])


@pytest.fixture
def store(tmp_path):
    s = ProgressStore(tmp_path / "p.sqlite3")
    yield s
    s.close()


# ----------------------------------------------------------------------------- exam mode
def test_exam_quota_follows_the_domain_weights():
    q = domain_quota(65)
    assert q == {1: 13, 2: 16, 3: 18, 4: 9, 5: 9}
    assert sum(q.values()) == 65
    for n in (10, 40, 65, 100):
        quota = domain_quota(n)
        assert sum(quota.values()) == n
        assert all(abs(quota[d] - w * n) < 1 for d, (_, w) in DOMAINS.items())


def test_draw_exam_has_the_quota_no_repeats_and_keeps_case_studies_together(bank):
    for seed in range(5):
        qs = draw_exam(bank, 65, random.Random(seed))
        assert len(qs) == 65 and len({q.id for q in qs}) == 65
        counts = {d: sum(q.domain == d for q in qs) for d in DOMAINS}
        assert counts == domain_quota(65)
        case_pos = [i for i, q in enumerate(qs) if q.case == "case-a"]
        assert case_pos == list(range(case_pos[0], case_pos[0] + len(case_pos))) if case_pos else True
    assert [q.id for q in draw_exam(bank, 65, random.Random(1))] == [
        q.id for q in draw_exam(bank, 65, random.Random(1))
    ]


def test_draw_exam_says_which_domain_is_short(bank):
    with pytest.raises(ValueError, match="domain-"):
        draw_exam(bank, 1000)


@pytest.mark.parametrize(
    "correct,total,scaled",
    [(0, 65, 100), (65, 65, 1000), (7, 10, 700), (50, 65, 769), (45, 65, 693), (33, 65, 535)],
)
def test_scaled_score_is_piecewise_linear_with_the_pass_mark_at_70_percent(correct, total, scaled):
    assert scaled_score(correct, total) == scaled


def test_scaled_score_is_monotonic_and_passes_only_at_700():
    scores = [scaled_score(c, 65) for c in range(66)]
    assert scores == sorted(scores) and scores[0] == 100 and scores[-1] == 1000
    first_pass = next(c for c in range(66) if scores[c] >= 700)
    assert first_pass == 46  # 46/65 = 70.8 %; 45/65 = 69.2 % fails


class FakeClock:
    def __init__(self, t=1_000_000.0):
        self.t = t

    def __call__(self):
        return self.t


def test_exam_timing_scoring_and_breakdown(bank):
    clock = FakeClock()
    exam = Exam.new(bank, n=20, minutes=90, seed=3, clock=clock)
    assert exam.time_left() == 90 * 60
    right = exam.questions[:12]
    for q in right:
        exam.answer(q.id, q.key)
    wrong_q = exam.questions[12]
    exam.answer(
        wrong_q.id,
        next(i for i in wrong_q.option_ids if i != wrong_q.key)
        if wrong_q.type == "multiple_choice"
        else ["A", "B"],
    )
    with pytest.raises(ValueError):
        exam.answer(exam.questions[13].id, "Z")  # malformed: nothing recorded
    assert exam.questions[13].id not in exam.answers
    clock.t += 45 * 60
    assert exam.time_left() == 45 * 60 and not exam.expired
    clock.t += 46 * 60  # past the deadline: late answers do not count
    with pytest.raises(ExamOver):
        exam.answer(exam.questions[14].id, exam.questions[14].key)
    res = exam.finish()
    assert res.timed_out and res.total == 20 and res.correct == 12
    assert res.finished == exam.deadline
    assert sum(t for _, t in res.by_domain.values()) == 20
    assert sum(c for c, _ in res.by_domain.values()) == 12
    assert res.scaled == scaled_score(12, 20) and not res.passed
    assert exam.finish() is res  # idempotent
    with pytest.raises(ExamOver):
        exam.answer(exam.questions[0].id, exam.questions[0].key)
    assert "FAIL" in res.summary() and "D3" in res.summary()


def test_exam_case_study_questions_score_separately(bank):
    subs = [q for q in bank if q.case == "case-a"]
    exam = Exam(subs, clock=FakeClock())
    exam.answer(subs[0].id, "B")
    exam.answer(subs[1].id, "A")
    res = exam.finish()
    assert (res.correct, res.total) == (1, 3)
    assert [r.correct for r in res.review] == [True, False, False]


# ----------------------------------------------------------------------------- scheduler
def test_leitner_intervals_up_on_right_back_to_box_1_on_wrong():
    now = 0.0
    card = Card("q")
    boxes, gaps = [], []
    for _ in range(6):
        card = scheduler.update(card, True, now)
        boxes.append(card.box)
        gaps.append(card.due - now)
    assert boxes == [1, 2, 3, 4, 5, 5]
    assert gaps == [scheduler.INTERVALS[b] for b in boxes]
    assert [g / scheduler.DAY for g in gaps[:5]] == [1, 3, 7, 16, 35]
    wrong = scheduler.update(card, False, now)
    assert (wrong.box, wrong.due, wrong.streak) == (1, now + scheduler.RELEARN, 0)
    assert (wrong.seen, wrong.correct) == (card.seen + 1, card.correct)
    assert card.box == 5  # update does not mutate


def test_due_cards_come_first_most_overdue_first(bank):
    qs = list(bank)[:30]
    now = 10 * scheduler.DAY
    cards = {
        qs[0].id: Card(qs[0].id, 2, now + 100, 1, 1, 1),  # not yet due
        qs[1].id: Card(qs[1].id, 3, now - 50, 2, 2, 2),  # due
        qs[2].id: Card(qs[2].id, 1, now - 500, 1, 0, 0),  # more overdue
    }
    order = scheduler.choose(qs, cards, {}, 5, now=now, rng=random.Random(0))
    assert [q.id for q in order[:2]] == [qs[2].id, qs[1].id]
    assert qs[0].id not in [q.id for q in order]  # new questions before drilling ahead
    only_later = scheduler.choose([qs[0]], cards, {}, 5, now=now)
    assert [q.id for q in only_later] == [qs[0].id]


def test_new_questions_target_the_weakest_task(bank):
    pool = [q for q in bank if not q.case and q.type == "multiple_choice"]
    stats = {t: (20, 20) for t in TASKS}
    stats["3.2"] = (0, 20)  # all wrong on prompt engineering
    picks = []
    for seed in range(40):
        picks += scheduler.choose(pool, {}, stats, 5, now=0, rng=random.Random(seed))
    share = sum(q.task == "3.2" for q in picks) / len(picks)
    base = sum(q.task == "3.2" for q in pool) / len(pool)
    assert share > 0.4 > 5 * base, (share, base)
    assert scheduler.weakness({}, "1.1") == 0.5


# ----------------------------------------------------------------------------- practice
def test_practice_records_attempts_cards_and_marks(bank, store):
    clock = FakeClock()
    p = Practice(bank, store, n=4, task="1.1", seed=0, clock=clock)
    assert len(p.questions) == 4 and all(q.task == "1.1" for q in p.questions)
    first = p.current()
    fb = p.submit(first.key)
    assert fb.correct and fb.key == first.key
    assert [m for m, _, _ in fb.lines()].count("key") == 1
    assert all(why for _, _, why in fb.lines())
    second = p.current()
    wrong = next(i for i in second.option_ids if i != second.key)
    fb2 = p.submit(wrong)
    assert not fb2.correct and "Not quite" in fb2.as_text() and "[your pick]" in fb2.as_text()
    with pytest.raises(ValueError):
        p.submit("Q")  # malformed: nothing recorded, still on the same question
    assert p.current().id == p.questions[2].id
    assert p.toggle_mark(second.id) is True and second.id in store.marked()
    assert p.toggle_mark(second.id) is False and second.id not in store.marked()
    p.toggle_mark(second.id)
    cards = store.cards()
    assert cards[first.id].box == 1 and cards[second.id].due == clock.t + scheduler.RELEARN
    assert [a["correct"] for a in store.attempts()] == [1, 0]
    assert store.task_stats() == {"1.1": (1, 2)}
    again = Practice(bank, store, marked_only=True, n=5)
    assert [q.id for q in again.questions] == [second.id]
    with pytest.raises(ValueError, match="no question"):
        Practice(bank, store, task="9.9")


def test_practice_brings_a_wrong_answer_back_after_ten_minutes(bank, store):
    clock = FakeClock()
    p = Practice(bank, store, n=1, task="2.2", seed=1, clock=clock)
    q = p.current()
    p.submit(next(i for i in q.option_ids if i != q.key))
    clock.t += scheduler.RELEARN + 1
    p2 = Practice(bank, store, n=3, task="2.2", seed=2, clock=clock)
    assert p2.questions[0].id == q.id


# ----------------------------------------------------------------------------- progress store
def test_progress_round_trip_and_exam_records(bank, tmp_path):
    path = tmp_path / "learner.sqlite3"
    with ProgressStore(path) as s:
        exam = Exam(list(bank)[:5], clock=FakeClock())
        exam.answer(exam.questions[0].id, exam.questions[0].key)
        res = exam.finish()
        s.record_exam(res)
    with ProgressStore(path) as s:
        (e,) = s.exams()
        assert (e["correct"], e["total"], e["scaled"]) == (1, 5, res.scaled)
        assert sum(t for _, t in e["by_domain"].values()) == 5
        assert len(s.attempts("exam")) == 1 and s.recovered is None  # only answered questions


def test_default_path_is_per_learner_and_safe(monkeypatch, tmp_path):
    from shared_lib.quiz.progress import default_path

    monkeypatch.setenv("FTFM_QUIZ_DIR", str(tmp_path))
    assert default_path("Ana María/../x") == tmp_path / "Ana_Mar_a_.._x.sqlite3"
    assert default_path("bob") != default_path("alice")


_WRITER = textwrap.dedent(
    """
    import sys
    from shared_lib.quiz.progress import ProgressStore, Card
    class Q:
        def __init__(self, i): self.id, self.domain, self.task = f"q{i}", 1, "1.1"
    s = ProgressStore(sys.argv[1])
    i = 0
    while True:
        s.record_attempt(Q(i), i % 2 == 0, "practice", Card(f"q{i}", 1, 0.0, 1, 1, 1))
        i += 1
        print(i, flush=True)
    """
)


@pytest.mark.parametrize("delay", [0.4, 0.9])
def test_a_kill_during_saving_loses_nothing_committed(tmp_path, delay):
    path = tmp_path / "p.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    lines = []
    deadline = time.time() + 60
    while len(lines) < 5 and time.time() < deadline:  # it is writing
        lines.append(proc.stdout.readline())
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    reported = int((lines + rest.split())[-1])
    with ProgressStore(path) as s:
        n = len(s.attempts())
        assert s.recovered is None
        assert reported <= n <= reported + 1  # every committed save is there; no half-written one
        assert len(s.cards()) == n  # attempt and card were saved together or not at all


def _fill(path, n=3):
    with ProgressStore(path) as s:

        class Q:
            domain, task = 2, "2.1"

            def __init__(self, i):
                self.id = f"q{i}"

        for i in range(n):
            s.record_attempt(Q(i), True, "practice", Card(f"q{i}", 1, 0.0, 1, 1, 1))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed_header"])
def test_a_corrupt_file_is_detected_kept_and_restored_from_the_backup(tmp_path, damage):
    path = tmp_path / "p.sqlite3"
    _fill(path, 3)
    raw = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all" * 100)
    elif damage == "truncated":
        path.write_bytes(raw[: len(raw) // 3])
    else:
        path.write_bytes(b"\0" * 100 + raw[100:])
    with ProgressStore(path) as s:
        assert s.recovered and "restored from the last backup" in s.recovered
        assert len(s.attempts()) == 3  # nothing lost
    kept = list(tmp_path.glob("p.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes()[:20] == path.with_name(kept[0].name).read_bytes()[:20]


def test_a_corrupt_file_without_backup_is_kept_and_reported_never_silently_reset(tmp_path):
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"garbage" * 200)
    with ProgressStore(path) as s:
        assert s.recovered and "no usable backup" in s.recovered and "corrupt-" in s.recovered
        assert s.attempts() == []
    (kept,) = tmp_path.glob("p.sqlite3.corrupt-*")
    assert kept.read_bytes() == b"garbage" * 200


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / "p.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    with ProgressStore(path) as s:
        assert s.recovered and "missing tables" in s.recovered
    assert list(tmp_path.glob("p.sqlite3.corrupt-*"))


# ----------------------------------------------------------------------------- quality checks
def test_near_duplicate_stems_are_reported_with_file_and_line(tmp_path):
    stem = "A retailer wants a chatbot that answers questions about its return policy using documents in S3."
    entries = [
        _entry("a-1", "3.1", stem=stem),
        _entry("a-2", "3.1", stem=stem.replace("retailer", "bank")),
        _entry("a-3", "3.1", stem="A hospital needs to translate discharge notes into Spanish quickly."),
    ]
    path = tmp_path / "dups.jsonl"
    path.write_text("\n".join(json.dumps(e) for e in entries) + "\n")
    found = quality.problems(load_bank([path]))
    assert len(found) == 1 and found[0].startswith("dups.jsonl:2:") and "a-1" in found[0]


def test_key_position_bias_and_longest_key_bias_are_reported(tmp_path):
    entries = []
    for i in range(50):
        e = _entry(
            f"b-{i}",
            "1.1",
            key="B",
            stem=f"Unique scenario number {i} " + "word " * (i % 7) + f"about topic {i * 7}",
        )
        e["options"][1]["text"] = "the longest option text by far, much longer than the others here"
        entries.append(e)
    path = tmp_path / "b.jsonl"
    path.write_text("\n".join(json.dumps(e) for e in entries) + "\n")
    found = quality.problems(load_bank([path]))
    assert any("option B is the key of 100%" in f for f in found)
    assert any("option A is the key of 0%" in f for f in found)
    assert any("the key is the longest option in 100%" in f for f in found)


def test_the_validator_fails_on_near_duplicates(tmp_path):
    stem = "A retailer wants a chatbot that answers questions about its return policy using documents in S3."
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps(_entry("d-1", "3.1", stem=stem))
        + "\n"
        + json.dumps(_entry("d-2", "3.1", stem=stem))
        + "\n"
    )
    out = subprocess.run(
        [sys.executable, "-m", "shared_lib.quiz", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert out.returncode == 1 and "d.jsonl:2:" in out.stderr and "nearly duplicates" in out.stderr
