"""The terminal drill driven end to end through a pseudo-terminal (pexpect), as a learner types."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pexpect
import pytest

from shared_lib.course import TASKS
from shared_lib.quiz import load_bank, seal_key
from shared_lib.quiz.progress import ProgressStore

REPO = Path(__file__).resolve().parents[1]


def _entry(qid, task, key):
    opts = [
        {
            "id": i,
            "text": f"choice {i} for {qid}",
            "why": f"because {i} is {'right' if i == key else 'wrong'}",
        }
        for i in "ABCD"
    ]
    return {
        "id": qid,
        "domain": int(task[0]),
        "task": task,
        "type": "multiple_choice",
        "difficulty": 1,
        "module": None,
        "stem": f"Question {qid}: which choice fits scenario {qid}?",
        "options": opts,
        "key": seal_key(qid, key),
    }


@pytest.fixture
def bank_file(tmp_path):
    entries = [_entry(f"c{t.replace('.', '')}-{i}", t, "ABCD"[i % 4]) for t in TASKS for i in range(3)]
    ordering = {
        "id": "ord-1",
        "domain": 1,
        "task": "1.3",
        "type": "ordering",
        "difficulty": 1,
        "module": None,
        "stem": "Put the steps in order.",
        "key": seal_key("ord-1", ["B", "C", "A"]),
        "options": [{"id": i, "text": f"step {i}", "why": f"step {i} has its place"} for i in "ABC"],
    }
    path = tmp_path / "cli_bank.jsonl"
    path.write_text("\n".join(json.dumps(e) for e in [*entries, ordering]) + "\n")
    return path


def _spawn(args, tmp_path):
    env = {
        "FTFM_QUIZ_DIR": str(tmp_path / "quiz"),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path),
    }
    return pexpect.spawn(
        sys.executable,
        ["-m", "shared_lib.quiz", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 120),
    )


def test_practice_in_the_terminal_gives_feedback_marks_and_saves(tmp_path, bank_file):
    bank = load_bank([bank_file])
    child = _spawn(
        ["practice", "-n", "3", "--task", "2.1", "--seed", "4", "--bank", str(bank_file)], tmp_path
    )
    child.expect(r"\[D2 · task 2\.1 · (c21-\d)\]")
    first = bank[child.match.group(1)]
    child.expect("Your answer")
    child.sendline("x")  # not an option: explained, asked again
    child.expect("Could not read that answer")
    child.expect("Your answer")
    child.sendline(first.key.lower())
    child.expect("Correct!")
    child.expect(f"because {first.key} is right")
    child.expect(r"· (c21-\d)\]")
    second = bank[child.match.group(1)]
    wrong = next(i for i in "ABCD" if i != second.key)
    child.expect("Your answer")
    child.sendline("m")
    child.expect("Marked for review")
    child.sendline(wrong)
    child.expect(f"Not quite. The answer is {second.key}")
    child.expect(r"\[your pick\]")
    child.expect("Your answer")
    child.sendline("q")
    child.expect("Practice finished: 1 of 2 right")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    with ProgressStore(tmp_path / "quiz" / "me.sqlite3") as s:
        assert [a["correct"] for a in s.attempts()] == [1, 0]
        assert s.marked() == {second.id}


def test_exam_in_the_terminal_scores_saves_and_reviews(tmp_path, bank_file):
    bank = load_bank([bank_file])
    child = _spawn(["exam", "-n", "5", "--seed", "2", "--bank", str(bank_file), "--learner", "kim"], tmp_path)
    child.expect("Exam: 5 questions, 90 minutes")
    answered = []
    for k in range(5):
        child.expect(rf"Question {k + 1} of 5.*time left (\d\d):\d\d")
        assert int(child.match.group(1)) >= 89
        child.expect(r"\n\s*A\. (?:choice A for (\S+)|step A)")
        qid = child.match.group(1) or "ord-1"
        q = bank[qid]
        child.expect("Answer .* or command: ")
        if k == 0:
            child.sendline("m")  # mark, stay on the question
            child.expect("Question 1 marked")
            child.expect("or command: ")
            child.sendline("g9")  # out of range: explained, no jump
            child.expect("There are questions 1 to 5")
            child.expect("or command: ")
            child.sendline(" ".join("ABCD") if q.type == "multiple_choice" else "A")  # malformed
            child.expect("Could not read that answer")
            child.expect("or command: ")
        if k < 3:
            child.sendline(" ".join(q.key) if isinstance(q.key, list) else q.key)
            answered.append(qid)
        elif k == 3:
            child.sendline("n")  # leave one unanswered
        else:
            child.sendline("f")
    child.expect(r"unanswered\. Finish anyway\? \(y/n\)")
    child.sendline("y")
    child.expect(r"Scaled score (\d+) / 1000: (PASS|FAIL)")
    scaled = int(child.match.group(1))
    child.expect("3 of 5 right")
    child.expect("Review 1 of 5")
    child.expect("Enter for the next one")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert scaled == 100 + round(600 * 0.6 / 0.7)
    with ProgressStore(tmp_path / "quiz" / "kim.sqlite3") as s:
        (exam,) = s.exams()
        assert (exam["correct"], exam["total"], exam["scaled"]) == (3, 5, scaled)


def test_progress_command_reports_domains_and_writes_a_plot(tmp_path, bank_file):
    child = _spawn(
        ["practice", "-n", "1", "--task", "1.1", "--seed", "1", "--bank", str(bank_file)], tmp_path
    )
    child.expect("Your answer")
    child.sendline("A")
    child.expect("Practice finished")
    child.expect(pexpect.EOF)
    plot = tmp_path / "progress.png"
    child = _spawn(["progress", "--plot", str(plot)], tmp_path)
    child.expect(r"D1 Fundamentals of AI and ML\s+\d/1")
    child.expect("Cards by Leitner box")
    child.expect(pexpect.EOF)
    assert plot.exists() and plot.stat().st_size > 5000


def test_a_damaged_progress_file_is_announced_in_the_terminal(tmp_path, bank_file):
    (tmp_path / "quiz").mkdir()
    (tmp_path / "quiz" / "me.sqlite3").write_bytes(b"not sqlite" * 50)
    child = _spawn(["progress"], tmp_path)
    child.expect("progress file was damaged")
    child.expect(pexpect.EOF)
    assert list((tmp_path / "quiz").glob("me.sqlite3.corrupt-*"))


def test_the_exam_is_submitted_when_time_runs_out_even_while_waiting_for_input(tmp_path, bank_file):
    child = _spawn(
        ["exam", "-n", "5", "--minutes", "0.05", "--seed", "1", "--bank", str(bank_file)], tmp_path
    )
    child.expect("or command: ")
    child.expect("Time is up", timeout=20)  # nobody typed anything: the alarm interrupts the prompt
    child.expect(r"Scaled score 100 / 1000: FAIL")
    child.expect("Enter for the next one")
    child.sendline("q")
    child.expect(pexpect.EOF)
    with ProgressStore(tmp_path / "quiz" / "me.sqlite3") as s:
        (exam,) = s.exams()
        assert exam["correct"] == 0 and s.attempts() == []  # unanswered: not drill evidence


def test_ctrl_c_abandons_an_exam_without_saving_and_says_so(tmp_path, bank_file):
    child = _spawn(["exam", "-n", "5", "--seed", "1", "--bank", str(bank_file)], tmp_path)
    child.expect("or command: ")
    child.sendcontrol("c")
    child.expect("Exam abandoned: it was not scored or saved")
    child.expect(pexpect.EOF)
    with ProgressStore(tmp_path / "quiz" / "me.sqlite3") as s:
        assert s.exams() == []


def test_multiple_response_needs_the_stated_number_of_picks_in_the_terminal(tmp_path):
    from shared_lib.quiz import seal_key

    opts = [{"id": i, "text": f"choice {i}", "why": f"because {i} is what it is"} for i in "ABCDE"]
    entry = {
        "id": "mr-x",
        "domain": 3,
        "task": "3.1",
        "type": "multiple_response",
        "difficulty": 1,
        "module": None,
        "stem": "Pick the two right ones. (Select TWO.)",
        "options": opts,
        "key": seal_key("mr-x", ["B", "D"]),
    }
    path = tmp_path / "mr.jsonl"
    path.write_text(json.dumps(entry) + "\n")
    child = _spawn(["practice", "-n", "1", "--bank", str(path)], tmp_path)
    child.expect("Your answer")
    child.sendline("B")
    child.expect(r"select exactly 2 options \(you selected 1\)")
    child.sendline("b d")
    child.expect("Correct!")
    child.expect(pexpect.EOF)
    with ProgressStore(tmp_path / "quiz" / "me.sqlite3") as s:
        assert [a["correct"] for a in s.attempts()] == [1]
