"""Showing a question as text (terminal) or Markdown (notebook). Never shows the key."""

from __future__ import annotations

from .bank import Question, default_bank

_HOW = {
    "multiple_choice": 'one letter, e.g. "B"',
    "multiple_response": 'a list of letters, e.g. ["A", "D"]',
    "ordering": 'every letter in order, first item first, e.g. ["C", "A", "B"]',
    "matching": 'a dict from each prompt number to a letter, e.g. {"1": "B", "2": "A", ...}',
}


def how_to_answer(q: Question) -> str:
    return _HOW[q.type]


def as_markdown(q: Question, heading: str | None = None) -> str:
    parts = [f"**{heading}**" if heading else ""]
    if q.scenario:
        parts.append(f"*Case study:* {q.scenario}")
    parts.append(q.stem)
    if q.type == "matching":
        parts.append("\n".join(f"- **{p.id}.** {p.text}" for p in q.prompts))
        parts.append("Options:")
    elif q.type == "ordering":
        parts.append("Items (shuffled):")
    parts.append("\n".join(f"- **{o.id}.** {o.text}" for o in q.options))
    parts.append(f"<small>{q.id} · domain {q.domain}, task {q.task} · answer with {how_to_answer(q)}</small>")
    return "\n\n".join(p for p in parts if p)


def as_text(q: Question, width: int = 88) -> str:
    import textwrap

    def wrap(s, indent=""):
        return textwrap.fill(s, width, initial_indent=indent, subsequent_indent=indent + "   ")

    def para(s):
        return textwrap.fill(s, width)

    lines = []
    if q.scenario:
        lines += [para("Case study: " + q.scenario), ""]
    lines += [para(q.stem), ""]
    if q.type == "matching":
        lines += [wrap(f"{p.id}. {p.text}", "  ") for p in q.prompts] + ["", "Options:"]
    lines += [wrap(f"{o.id}. {o.text}", "  ") for o in q.options]
    return "\n".join(lines)


def show_question(qid: str, heading: str | None = None) -> None:
    """Display question ``qid`` from the bank in a notebook (falls back to text)."""
    q = default_bank()[qid]
    try:
        from IPython.display import Markdown, display

        display(Markdown(as_markdown(q, heading)))
    except ImportError:  # pragma: no cover - plain Python
        print(as_text(q))
