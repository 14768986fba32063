"""Validating fine-tuning data files (JSON Lines) before a training job sees them.

A training job that meets a bad line fails late (or silently trains on garbage); a validator that
reports every bad line with its number lets the data owner fix them all at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# Record shapes. prompt_completion: Bedrock fine-tuning; input: Bedrock continued pre-training;
# messages: chat-formatted conversations (as trl and the course's instruction data use).
SCHEMAS = {
    "prompt_completion": ("prompt", "completion"),
    "input": ("input",),
    "messages": ("messages",),
}
ROLES = ("system", "user", "assistant")


@dataclass(frozen=True)
class LineProblem:
    line: int  # 1-based, as an editor shows it
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def _check_messages(messages) -> str | None:
    if not isinstance(messages, list) or not messages:
        return "'messages' must be a non-empty list"
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            return f"message {i} needs a role among {ROLES}"
        if not isinstance(m.get("content"), str) or not m["content"].strip():
            return f"message {i} has empty content"
        if m["role"] == "system" and i != 0:
            return "a system message may only come first"
    if messages[-1]["role"] != "assistant":
        return "the last message must be the assistant's (the target to learn)"
    return None


def check_record(record, schema: str = "prompt_completion") -> str | None:
    """Why ``record`` (a decoded JSON value) is not a valid example, or ``None`` if it is."""
    if schema not in SCHEMAS:
        raise ValueError(f"unknown schema {schema!r}; choose one of {sorted(SCHEMAS)}")
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    fields = SCHEMAS[schema]
    missing = [f for f in fields if f not in record]
    if missing:
        return f"missing field(s) {missing}"
    extra = sorted(set(record) - set(fields))
    if extra:
        return f"unexpected field(s) {extra}"
    if schema == "messages":
        return _check_messages(record["messages"])
    for f in fields:
        if not isinstance(record[f], str):
            return f"field {f!r} must be a string"
        if not record[f].strip():
            return f"field {f!r} is empty"
    return None


def validate_jsonl(source: str | Path, schema: str = "prompt_completion") -> list[LineProblem]:
    """Every problem in a JSONL text (or file path), one per bad line, numbered from 1.

    Blank lines are problems too (many training services reject them); a final newline is fine.
    """
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, Path) else source
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            problems.append(LineProblem(n, "empty line"))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(LineProblem(n, f"not valid JSON ({exc.msg})"))
            continue
        reason = check_record(record, schema)
        if reason:
            problems.append(LineProblem(n, reason))
    return problems
