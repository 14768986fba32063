"""The question bank: one format for the drill and for every module's graded scenario questions.

A bank file is JSON Lines under ``shared_lib/quiz/bank/``: one question per line, so a problem is
reported as ``file:line``. Standard library only: the terminal drill must start instantly.

Fields of a question (see CONTRIBUTING.md for a full example of each item type):

``id``          unique slug, e.g. ``"m00-ladder-cheapest-rung"``
``domain``      exam domain, 1..5
``task``        exam task statement, e.g. ``"3.1"`` (its first digit is the domain)
``type``        ``multiple_choice`` | ``multiple_response`` | ``ordering`` | ``matching`` | ``case_study``
``difficulty``  1 (recall) .. 3 (multi-step scenario)
``module``      the course module that teaches it (a key of ``shared_lib.course.MODULES``) or null
``stem``        the question, ideally a scenario
``options``     ``[{"id": "A", "text": ..., "why": ...}, ...]``: ``why`` explains why it is right or wrong
``prompts``     matching only: ``[{"id": "1", "text": ...}, ...]``, each to be paired with an option
``key``         sealed answer (see :func:`seal_key`): ``"B"``; ``["A", "D"]``; ``["C", "A", "B"]`` (order);
                ``{"1": "B", "2": "A"}`` (matching)
``scenario``    case_study only, with ``questions``: a list of sub-questions (same fields, minus
                domain/task/module/difficulty, which they inherit unless given), scored separately.

Keys are sealed (XOR with a hash of the id, base64) so that browsing a bank file does not spoil the
drill. This hides, it does not protect: the course grades with nbgrader, not with secrecy.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BANK_DIR = Path(__file__).with_name("bank")
ITEM_TYPES = ("multiple_choice", "multiple_response", "ordering", "matching", "case_study")
SEAL_PREFIX = "k1."


# ----------------------------------------------------------------------------- sealing keys
def _pad(qid: str, n: int) -> bytes:
    out = b""
    block = hashlib.sha256(("ftfm-quiz:" + qid).encode()).digest()
    while len(out) < n:
        out += block
        block = hashlib.sha256(block).digest()
    return out[:n]


def seal_key(qid: str, key: Any) -> str:
    """Encode a plain key (``"B"``, a list or a dict) for question ``qid``."""
    raw = json.dumps(key, sort_keys=True, separators=(",", ":")).encode()
    mixed = bytes(a ^ b for a, b in zip(raw, _pad(qid, len(raw))))
    return SEAL_PREFIX + base64.urlsafe_b64encode(mixed).decode()


def unseal_key(qid: str, sealed: str) -> Any:
    """Decode a key sealed by :func:`seal_key`; ``ValueError`` if it is not a sealed key."""
    if not isinstance(sealed, str) or not sealed.startswith(SEAL_PREFIX):
        raise ValueError("key is not sealed (run `python -m shared_lib.quiz seal FILE`)")
    try:
        mixed = base64.urlsafe_b64decode(sealed[len(SEAL_PREFIX) :].encode())
        raw = bytes(a ^ b for a, b in zip(mixed, _pad(qid, len(mixed))))
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"sealed key does not decode for id {qid!r}") from exc


# ----------------------------------------------------------------------------- the data model
@dataclass(frozen=True)
class Option:
    id: str
    text: str
    why: str


@dataclass(frozen=True)
class Question:
    """One scorable item. A case study's sub-questions are Questions with ``case`` set."""

    id: str
    domain: int
    task: str
    type: str
    difficulty: int
    module: str | None
    stem: str
    options: tuple[Option, ...]
    key: Any  # unsealed
    prompts: tuple[Option, ...] = ()  # matching only (``why`` unused, empty)
    case: str | None = None  # id of the parent case study
    scenario: str | None = None  # the case study's shared scenario
    source: str = ""  # "file:line"

    @property
    def option_ids(self) -> list[str]:
        return [o.id for o in self.options]

    def option(self, oid: str) -> Option:
        for o in self.options:
            if o.id == oid:
                return o
        raise KeyError(oid)

    def select_count(self) -> int:
        """How many options a multiple-response answer must select."""
        return len(self.key) if self.type == "multiple_response" else 1


@dataclass
class Bank:
    questions: list[Question] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {q.id: q for q in self.questions}

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self):
        return iter(self.questions)

    def __getitem__(self, qid: str) -> Question:
        try:
            return self._by_id[qid]
        except KeyError:
            raise KeyError(f"no question with id {qid!r} in the bank") from None

    def __contains__(self, qid: str) -> bool:
        return qid in self._by_id

    def filter(self, *, domain=None, task=None, module=None, type=None) -> list[Question]:
        """Questions matching every given criterion (each may be a value or a collection)."""

        def ok(value, want):
            if want is None:
                return True
            if isinstance(want, (list, tuple, set, frozenset)):
                return value in want
            return value == want

        return [
            q
            for q in self.questions
            if ok(q.domain, domain) and ok(q.task, task) and ok(q.module, module) and ok(q.type, type)
        ]


class BankError(ValueError):
    """A malformed bank entry; ``str()`` starts with ``file:line``."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# ----------------------------------------------------------------------------- answers and scoring
def normalize_answer(question: Question, answer: Any) -> Any:
    """Turn a learner's answer into the key's shape; ``ValueError`` with a readable message if it can't.

    Accepted: multiple choice ``"B"``/``"b"``; multiple response ``"AD"``, ``"A, D"``, ``["A", "D"]``,
    ``{"A", "D"}``; ordering ``"CAB"``, ``"C,A,B"``, ``["C", "A", "B"]``; matching ``{"1": "B", ...}``
    (or a list of option ids, one per prompt, in prompt order).
    """
    ids = question.option_ids
    upper = {i.upper(): i for i in ids}

    def one(x) -> str:
        if not isinstance(x, str) or x.strip().upper() not in upper:
            raise ValueError(f"{x!r} is not one of the options {ids}")
        return upper[x.strip().upper()]

    def many(x) -> list[str]:
        if isinstance(x, str):
            parts = [p for p in x.replace(",", " ").split() if p]
            if len(parts) == 1 and len(parts[0]) > 1 and all(len(i) == 1 for i in ids):
                parts = list(parts[0])
            x = parts
        if not isinstance(x, (list, tuple, set, frozenset)):
            raise ValueError(f"expected several option ids, got {x!r}")
        return [one(v) for v in x]

    if answer is None:
        raise ValueError("no answer given (the variable is still None)")
    t = question.type
    if t == "multiple_choice":
        return one(answer)
    if t == "multiple_response":
        chosen = many(answer)
        if len(set(chosen)) != len(chosen):
            raise ValueError("an option is selected twice")
        if len(chosen) != len(question.key):  # the stem says how many: "(Select TWO.)"
            raise ValueError(f"select exactly {len(question.key)} options (you selected {len(chosen)})")
        return sorted(chosen)
    if t == "ordering":
        order = many(answer)
        if sorted(order) != sorted(ids):
            raise ValueError(f"an ordering must use every option exactly once: {ids}")
        return order
    if t == "matching":
        prompt_ids = [p.id for p in question.prompts]
        if isinstance(answer, (list, tuple)):
            if len(answer) != len(prompt_ids):
                raise ValueError(f"expected {len(prompt_ids)} matches, one per prompt")
            answer = dict(zip(prompt_ids, answer))
        if not isinstance(answer, dict):
            raise ValueError("a matching answer is a dict {prompt id: option id}")
        answer = {str(k): one(v) for k, v in answer.items()}
        if sorted(answer) != sorted(prompt_ids):
            raise ValueError(f"match every prompt exactly once: {prompt_ids}")
        return answer
    raise ValueError(f"cannot answer an item of type {t!r}")


def is_correct(question: Question, answer: Any) -> bool:
    """Exam scoring: all-or-nothing for every item type. A malformed answer is simply wrong."""
    try:
        given = normalize_answer(question, answer)
    except ValueError:
        return False
    key = question.key
    if question.type == "multiple_response":
        return given == sorted(key)
    return given == key


# ----------------------------------------------------------------------------- loading and validating
def _req(entry: dict, name: str, kind, problems: list[str], where: str):
    value = entry.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        problems.append(f"{where}: field {name!r} must be {getattr(kind, '__name__', kind)}")
        return None
    if isinstance(value, str) and not value.strip():
        problems.append(f"{where}: field {name!r} is empty")
        return None
    return value


def _parse_options(raw, where: str, problems: list[str], *, need_why=True) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        problems.append(f"{where}: options must be a non-empty list")
        return ()
    out = []
    for i, o in enumerate(raw):
        if not isinstance(o, dict):
            problems.append(f"{where}: option {i} must be an object")
            continue
        oid, text, why = o.get("id"), o.get("text"), o.get("why", "")
        if not isinstance(oid, str) or not oid or not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: option {i} needs a non-empty 'id' and 'text'")
            continue
        if need_why and (not isinstance(why, str) or len(why.strip()) < 10):
            problems.append(f"{where}: option {oid} has no explanation ('why')")
        out.append(Option(oid, text.strip(), (why or "").strip()))
    ids = [o.id for o in out]
    if len(set(ids)) != len(ids):
        problems.append(f"{where}: duplicate option ids {ids}")
    return tuple(out)


def _check_key(q: Question, where: str, problems: list[str]) -> None:
    ids, key, t = q.option_ids, q.key, q.type
    if t == "multiple_choice":
        if len(ids) != 4:
            problems.append(f"{where}: multiple_choice needs exactly 4 options, has {len(ids)}")
        if key not in ids:
            problems.append(f"{where}: key {key!r} is not an option id")
    elif t == "multiple_response":
        if len(ids) < 5:
            problems.append(f"{where}: multiple_response needs at least 5 options, has {len(ids)}")
        if not isinstance(key, list) or len(key) < 2 or any(k not in ids for k in key):
            problems.append(f"{where}: multiple_response key must list >= 2 option ids")
        elif len(set(key)) != len(key):
            problems.append(f"{where}: multiple_response key repeats an option")
        else:
            words = {2: "TWO", 3: "THREE", 4: "FOUR"}
            if f"(Select {words.get(len(key), len(key))}.)" not in q.stem:
                problems.append(f"{where}: multiple_response stem must say '(Select {words.get(len(key))}.)'")
    elif t == "ordering":
        if not 3 <= len(ids) <= 5:
            problems.append(f"{where}: ordering needs 3 to 5 steps, has {len(ids)}")
        if not isinstance(key, list) or sorted(key) != sorted(ids):
            problems.append(f"{where}: ordering key must be every option id exactly once")
    elif t == "matching":
        pids = [p.id for p in q.prompts]
        if not 3 <= len(pids) <= 7:
            problems.append(f"{where}: matching needs 3 to 7 prompts, has {len(pids)}")
        if not isinstance(key, dict) or sorted(key) != sorted(pids):
            problems.append(f"{where}: matching key must map every prompt id to an option id")
        elif any(v not in ids for v in key.values()):
            problems.append(f"{where}: matching key names an unknown option")


def _parse_question(entry: dict, where: str, problems: list[str], parent: dict | None = None):
    from ..course import MODULES, TASKS

    inherited = parent or {}
    n_before = len(problems)
    qid = _req(entry, "id", str, problems, where)
    qtype = _req(entry, "type", str, problems, where)
    stem = _req(entry, "stem", str, problems, where)
    fields = {}
    for name, kind in (("domain", int), ("task", str), ("difficulty", int)):
        if name in entry or name not in inherited:
            fields[name] = _req(entry, name, kind, problems, where)
        else:
            fields[name] = inherited[name]
    module = entry.get("module", inherited.get("module"))
    if module is not None and module not in MODULES:
        problems.append(f"{where}: unknown module {module!r}")
    if fields["domain"] is not None and fields["domain"] not in (1, 2, 3, 4, 5):
        problems.append(f"{where}: domain must be 1..5")
    if fields["task"] is not None:
        if fields["task"] not in TASKS:
            problems.append(f"{where}: unknown task statement {fields['task']!r}")
        elif fields["domain"] is not None and not fields["task"].startswith(f"{fields['domain']}."):
            problems.append(f"{where}: task {fields['task']} is not in domain {fields['domain']}")
    if fields["difficulty"] is not None and fields["difficulty"] not in (1, 2, 3):
        problems.append(f"{where}: difficulty must be 1, 2 or 3")
    if qtype is not None and qtype not in ITEM_TYPES:
        problems.append(f"{where}: type must be one of {ITEM_TYPES}")
        return None
    if len(problems) > n_before:
        return None
    if qtype == "case_study":
        problems.append(f"{where}: a case study cannot contain a case study")
        return None
    options = _parse_options(entry.get("options"), where, problems)
    prompts = ()
    if qtype == "matching":
        prompts = _parse_options(entry.get("prompts"), where + " prompts", problems, need_why=False)
    try:
        key = unseal_key(qid, entry.get("key"))
    except ValueError as exc:
        problems.append(f"{where}: {exc}")
        return None
    q = Question(
        id=qid,
        domain=fields["domain"],
        task=fields["task"],
        type=qtype,
        difficulty=fields["difficulty"],
        module=module,
        stem=stem.strip(),
        options=options,
        key=key,
        prompts=prompts,
        case=inherited.get("id"),
        scenario=inherited.get("scenario"),
        source=where,
    )
    _check_key(q, where, problems)
    return q


def parse_entry(entry: Any, where: str, problems: list[str]) -> list[Question]:
    """Parse one bank line (already JSON-decoded) into its scorable questions."""
    if not isinstance(entry, dict):
        problems.append(f"{where}: a bank line must be a JSON object")
        return []
    if entry.get("type") != "case_study":
        q = _parse_question(entry, where, problems)
        return [q] if q else []
    n_before = len(problems)
    cid = _req(entry, "id", str, problems, where)
    scenario = _req(entry, "scenario", str, problems, where)
    subs = entry.get("questions")
    if not isinstance(subs, list) or len(subs) < 2:
        problems.append(f"{where}: a case study needs a list of at least 2 'questions'")
    if len(problems) > n_before:
        return []
    parent = {k: entry.get(k) for k in ("domain", "task", "difficulty", "module") if k in entry}
    parent.update(id=cid, scenario=scenario.strip())
    out = []
    for i, sub in enumerate(subs):
        if not isinstance(sub, dict):
            problems.append(f"{where}: case-study question {i} must be an object")
            continue
        q = _parse_question(sub, f"{where} (question {i + 1})", problems, parent=parent)
        if q:
            out.append(q)
    return out


def load_bank(paths: Iterable[Path | str] | None = None, *, strict: bool = True) -> Bank:
    """Load bank files (default: every ``*.jsonl`` under ``BANK_DIR``).

    With ``strict=True`` any malformed entry raises :class:`BankError` listing every problem as
    ``file:line: message``; with ``strict=False`` bad entries are skipped.
    """
    paths = sorted(BANK_DIR.glob("*.jsonl")) if paths is None else [Path(p) for p in paths]
    problems: list[str] = []
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            problems.append(f"{path}: cannot read ({exc})")
            continue
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            for q in parse_entry(entry, where, problems):
                if q.id in seen:
                    problems.append(f"{where}: duplicate id {q.id!r} (first at {seen[q.id]})")
                    continue
                seen[q.id] = where
                questions.append(q)
    if problems and strict:
        raise BankError(problems)
    return Bank(questions)


_DEFAULT: Bank | None = None


def default_bank() -> Bank:
    """The shipped bank, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_bank()
    return _DEFAULT


def seal_file(path: Path | str) -> int:
    """Seal every plain key in a bank file in place (an authoring aid). Returns how many it sealed.

    The file is rewritten atomically; a line that is not valid JSON stops it with ``file:line``.
    """
    path = Path(path)
    out, count = [], 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BankError([f"{path.name}:{lineno}: not valid JSON ({exc.msg})"]) from None
        items = entry.get("questions", []) if entry.get("type") == "case_study" else [entry]
        for item in items:
            key = item.get("key")
            if not (isinstance(key, str) and key.startswith(SEAL_PREFIX)) and "id" in item:
                item["key"] = seal_key(item["id"], key)
                count += 1
        out.append(json.dumps(entry, ensure_ascii=False))
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("\n".join(out) + "\n", encoding="utf-8")
    tmp.replace(path)
    return count
