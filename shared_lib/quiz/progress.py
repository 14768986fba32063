"""A learner's drill progress in SQLite: every attempt, the spaced-repetition cards, marks, and exams.

Safety, because a learner's history is worth more than any one session:

* every change is one SQLite transaction (rollback journal, ``synchronous=FULL``): a process killed in
  the middle of a save leaves the previous state, never half of the new one;
* after each committed change a backup copy is refreshed atomically (written aside, then renamed);
* on opening, the file is checked (``PRAGMA quick_check`` and the expected tables). A damaged file is
  never silently replaced: it is moved aside as ``<name>.corrupt-<time>``, the backup is restored, and
  :attr:`ProgressStore.recovered` says what happened so the drill can tell the learner.

Standard library only (the terminal drill must start instantly).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    qid TEXT NOT NULL, domain INTEGER NOT NULL, task TEXT NOT NULL,
    correct INTEGER NOT NULL, mode TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS cards (
    qid TEXT PRIMARY KEY, box INTEGER NOT NULL, due REAL NOT NULL,
    seen INTEGER NOT NULL, correct INTEGER NOT NULL, streak INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS marks (qid TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS exams (
    id INTEGER PRIMARY KEY AUTOINCREMENT, started REAL NOT NULL, finished REAL NOT NULL,
    correct INTEGER NOT NULL, total INTEGER NOT NULL, scaled INTEGER NOT NULL, passed INTEGER NOT NULL,
    by_domain TEXT NOT NULL, answers TEXT NOT NULL);
"""
_TABLES = {"meta", "attempts", "cards", "marks", "exams"}


class ProgressError(RuntimeError):
    """The progress file cannot be used and could not be recovered (the message says where it is)."""


@dataclass
class Card:
    """Spaced-repetition state of one question (see :mod:`shared_lib.quiz.scheduler`)."""

    qid: str
    box: int = 0  # 0 = never seen
    due: float = 0.0
    seen: int = 0
    correct: int = 0
    streak: int = 0


def default_path(learner: str = "me") -> Path:
    """``$FTFM_QUIZ_DIR/<learner>.sqlite3`` (default folder ``~/.ftfm/quiz``)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", learner.strip()) or "me"
    root = Path(os.environ.get("FTFM_QUIZ_DIR") or Path.home() / ".ftfm" / "quiz")
    return root / f"{safe}.sqlite3"


def _check(path: Path) -> str | None:
    """None if ``path`` is a healthy progress database, else the reason it is not."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                return f"integrity check failed ({ok})"
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not _TABLES <= tables:
                return f"missing tables {sorted(_TABLES - tables)}"
            row = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or int(row[0]) != SCHEMA_VERSION:
                return "unknown schema version"
        finally:
            con.close()
    except (sqlite3.Error, ValueError) as exc:
        return f"not a readable progress database ({exc})"
    return None


class ProgressStore:
    """Open (creating if needed) the progress file of one learner.

    ``store.recovered`` is ``None`` normally, or a sentence describing a recovery that just happened.
    """

    def __init__(self, path: Path | str | None = None, *, learner: str = "me", backup: bool = True):
        self.path = Path(path) if path is not None else default_path(learner)
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        self.use_backup = backup
        self.recovered: str | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        journal = self.path.with_name(self.path.name + "-journal")
        if self.path.exists() and self.path.stat().st_size > 0 and not journal.exists():
            problem = _check(self.path)
            if problem:
                self._recover(problem)
        try:
            self._con = self._connect()
        except sqlite3.DatabaseError as exc:  # e.g. a hot journal over a damaged file
            self._recover(f"not a readable progress database ({exc})")
            self._con = self._connect()
        problem = _check(self.path)
        if problem:
            raise ProgressError(f"{self.path}: {problem}")
        self._save_backup()

    def _connect(self) -> sqlite3.Connection:
        """Open the file and create the tables if they are missing (closing it again on failure)."""
        con = sqlite3.connect(self.path, timeout=10)
        try:
            con.execute("PRAGMA synchronous=FULL")
            with con:
                con.executescript(_SCHEMA)
                con.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),)
                )
        except sqlite3.DatabaseError:
            con.close()
            raise
        return con

    # ------------------------------------------------------------------ safety
    def _recover(self, problem: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        quarantine = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while quarantine.exists():
            n += 1
            quarantine = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        os.replace(self.path, quarantine)
        for suffix in ("-journal", "-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.replace(side, quarantine.with_name(quarantine.name + suffix))
        if self.backup_path.exists() and _check(self.backup_path) is None:
            tmp = self.path.with_name(self.path.name + ".restore")
            shutil.copyfile(self.backup_path, tmp)
            os.replace(tmp, self.path)
            self.recovered = (
                f"Your progress file was damaged ({problem}). It was moved to {quarantine.name} and your "
                f"progress was restored from the last backup ({self.backup_path.name})."
            )
        else:
            self.recovered = (
                f"Your progress file was damaged ({problem}) and no usable backup exists. The damaged file "
                f"was kept as {quarantine} and a new progress file was started."
            )

    def _save_backup(self) -> None:
        if not self.use_backup:
            return
        tmp = self.backup_path.with_name(self.backup_path.name + ".tmp")
        dst = sqlite3.connect(tmp)
        try:
            self._con.backup(dst)
        finally:
            dst.close()
        os.replace(tmp, self.backup_path)

    def _write(self, sql_and_args: list[tuple[str, tuple]]) -> None:
        """Apply several statements as ONE transaction, then refresh the backup."""
        with self._con:
            for sql, args in sql_and_args:
                self._con.execute(sql, args)
        self._save_backup()

    def close(self) -> None:
        self._con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------------ writing
    def record_attempt(self, question, correct: bool, mode: str, card: Card | None = None, at=None) -> None:
        """One answered question (and its updated card, in the same transaction)."""
        at = time.time() if at is None else at
        ops = [
            (
                "INSERT INTO attempts(qid, domain, task, correct, mode, at) VALUES (?,?,?,?,?,?)",
                (question.id, question.domain, question.task, int(bool(correct)), mode, at),
            )
        ]
        if card is not None:
            ops.append(
                (
                    "INSERT OR REPLACE INTO cards(qid, box, due, seen, correct, streak) VALUES (?,?,?,?,?,?)",
                    (card.qid, card.box, card.due, card.seen, card.correct, card.streak),
                )
            )
        self._write(ops)

    def set_mark(self, qid: str, marked: bool = True) -> None:
        if marked:
            self._write([("INSERT OR REPLACE INTO marks(qid, at) VALUES (?, ?)", (qid, time.time()))])
        else:
            self._write([("DELETE FROM marks WHERE qid = ?", (qid,))])

    def record_exam(self, result) -> None:
        """A finished exam (an :class:`~shared_lib.quiz.exam.ExamResult`) and all of its answers."""
        ops = [
            (
                "INSERT INTO exams(started, finished, correct, total, scaled, passed, by_domain, answers) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (
                    result.started,
                    result.finished,
                    result.correct,
                    result.total,
                    result.scaled,
                    int(result.passed),
                    json.dumps({str(d): list(v) for d, v in result.by_domain.items()}),
                    json.dumps([[r.question.id, r.given, r.correct] for r in result.review], default=str),
                ),
            )
        ]
        for r in result.review:
            if r.given is None:  # unanswered: scored wrong in the exam, but no evidence for the drill
                continue
            ops.append(
                (
                    "INSERT INTO attempts(qid, domain, task, correct, mode, at) VALUES (?,?,?,?,?,?)",
                    (
                        r.question.id,
                        r.question.domain,
                        r.question.task,
                        int(r.correct),
                        "exam",
                        result.finished,
                    ),
                )
            )
        self._write(ops)

    # ------------------------------------------------------------------ reading
    def cards(self) -> dict[str, Card]:
        rows = self._con.execute("SELECT qid, box, due, seen, correct, streak FROM cards").fetchall()
        return {r[0]: Card(*r) for r in rows}

    def marked(self) -> set[str]:
        return {r[0] for r in self._con.execute("SELECT qid FROM marks")}

    def attempts(self, mode: str | None = None) -> list[dict]:
        sql = "SELECT qid, domain, task, correct, mode, at FROM attempts"
        rows = self._con.execute(
            sql + (" WHERE mode = ?" if mode else "") + " ORDER BY id", (mode,) if mode else ()
        )
        keys = ("qid", "domain", "task", "correct", "mode", "at")
        return [dict(zip(keys, r)) for r in rows]

    def exams(self) -> list[dict]:
        rows = self._con.execute(
            "SELECT id, started, finished, correct, total, scaled, passed, by_domain FROM exams ORDER BY id"
        ).fetchall()
        out = []
        for r in rows:
            out.append(
                dict(
                    id=r[0],
                    started=r[1],
                    finished=r[2],
                    correct=r[3],
                    total=r[4],
                    scaled=r[5],
                    passed=bool(r[6]),
                    by_domain={int(k): tuple(v) for k, v in json.loads(r[7]).items()},
                )
            )
        return out

    def task_stats(self) -> dict[str, tuple[int, int]]:
        """``{task: (correct, attempts)}`` over every recorded attempt."""
        rows = self._con.execute("SELECT task, SUM(correct), COUNT(*) FROM attempts GROUP BY task")
        return {t: (int(c), int(n)) for t, c, n in rows}

    def domain_stats(self) -> dict[int, tuple[int, int]]:
        rows = self._con.execute("SELECT domain, SUM(correct), COUNT(*) FROM attempts GROUP BY domain")
        return {int(d): (int(c), int(n)) for d, c, n in rows}
