"""Text formats shared by the data generators, the pretraining script and the notebooks.

One place defines how a "context → question → answer" item is written as text, so the corpus that
teaches the model to read a passage and the RAG module's prompts agree exactly.
"""

from __future__ import annotations

import re


def qa_text(context: str, question: str, answer: str | None = None) -> str:
    """``Context: …\\nQuestion: …\\nAnswer: …`` (answer omitted: a prompt to complete)."""
    head = f"Context: {context.strip()}\nQuestion: {question.strip()}\nAnswer:"
    return head if answer is None else f"{head} {answer.strip()}"


def qa_text_multi(context: str, pairs: list[tuple[str, str]]) -> str:
    """One passage followed by several ``Question: … / Answer: …`` pairs; the first pair reads exactly
    like :func:`qa_text`, so a single-question prompt is a prefix of the training text."""
    lines = [f"Context: {context.strip()}"]
    for question, answer in pairs:
        lines += [f"Question: {question.strip()}", f"Answer: {answer.strip()}"]
    return "\n".join(lines)


def normalise_answer(s: str) -> str:
    """Lower case, punctuation and extra spaces removed: "$289.00." and "$289 00" compare equal."""
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def exact_match(prediction: str, gold: str) -> bool:
    """Whether an answer equals the gold answer once both are normalised (:func:`normalise_answer`):
    the one scoring rule of every reading measurement (model card, module 01, module 02)."""
    return normalise_answer(prediction) == normalise_answer(gold)
