"""Module 02's graded cells (visible + hidden tests) fail plausible wrong answers and pass right ones.

Each case runs the real test cell from the solutions notebook against an implementation, in-process.
"""

from __future__ import annotations

import pytest
from conftest import passes_graded_test

MODULE = "02_rag"


@pytest.fixture(scope="module")
def namespace():
    ns: dict = {}
    exec(
        "import torch\nfrom shared_lib import check, data, rag\n"
        "from shared_lib.models import load_tokenizer\ntokenizer = load_tokenizer()\n"
        "chunks = rag.chunk_documents(data.read_records('kb_documents'), lambda t: rag.chunk_sentences(t, 40, 1))",
        ns,
    )
    return ns


def _grade(namespace, exercise: str, source: str) -> bool:
    return passes_graded_test(MODULE, namespace, exercise, source)


CHUNK = (
    "def chunk_words(text, size, overlap):\n"
    "    if size < 1 or not 0 <= overlap < size:\n        raise ValueError('bad')\n"
    "    words = text.split()\n    out = []\n    i = 0\n"
    "    while i < len(words):\n        out.append(' '.join(words[i:i + size]))\n"
    "        if i + size >= len(words):\n            break\n        i += size - overlap\n    return out"
)
TOPK = (
    "def cosine_top_k(queries, docs, k):\n"
    "    q = queries / queries.norm(dim=1, keepdim=True)\n    d = docs / docs.norm(dim=1, keepdim=True)\n"
    "    s, i = (q @ d.T).sort(dim=1, descending=True)\n    return s[:, :k], i[:, :k]"
)
METRICS = (
    "def _check(r, rel):\n    if len(r) != len(rel) or not r:\n        raise ValueError('bad')\n"
    "def recall_at_k(retrieved, relevant, k):\n    _check(retrieved, relevant)\n"
    "    return sum(rel in r[:k] for r, rel in zip(retrieved, relevant)) / len(relevant)\n"
    "def mrr(retrieved, relevant):\n    _check(retrieved, relevant)\n    total = 0\n"
    "    for r, rel in zip(retrieved, relevant):\n        for i, x in enumerate(r):\n"
    "            if x == rel:\n                total += 1 / (i + 1)\n                break\n"
    "    return total / len(relevant)"
)
PROMPT = (
    "def build_rag_prompt(question, passages, tokenizer, max_tokens):\n"
    "    for n in range(len(passages), -1, -1):\n"
    "        p = 'Context: ' + ' '.join(passages[:n]) + '\\nQuestion: ' + question + '\\nAnswer:'\n"
    "        if len(tokenizer(p)['input_ids']) <= max_tokens:\n            return p\n"
    "    raise ValueError('too long')"
)
QUOTE = (
    "def quote_next_tokens(context_ids, generated):\n"
    "    n = len(generated)\n    if n == 0:\n        return set(context_ids)\n"
    "    out = set()\n    for p in range(n, len(context_ids)):\n"
    "        if list(context_ids[p - n:p]) == list(generated):\n            out.add(context_ids[p])\n"
    "    return out"
)
RIGHT = {
    "chunk_words": CHUNK,
    "cosine_top_k": TOPK,
    "retrieval_metrics": METRICS,
    "build_rag_prompt": PROMPT,
    "quote_next_tokens": QUOTE,
}

WRONG = {
    "chunk_words": {
        "step of size (overlap ignored)": CHUNK.replace("i += size - overlap", "i += size"),
        "step of overlap": CHUNK.replace("i += size - overlap", "i += max(1, overlap)"),
        "a trailing window of covered words": CHUNK.replace(
            "        if i + size >= len(words):\n            break\n", ""
        ),
        "accepts overlap == size": CHUNK.replace("0 <= overlap < size", "0 <= overlap <= size").replace(
            "i += size - overlap", "i += max(1, size - overlap)"
        ),
        "chunks characters, not words": CHUNK.replace("words = text.split()", "words = list(text)").replace(
            "' '.join", "''.join"
        ),
    },
    "cosine_top_k": {
        "dot product (no normalisation)": TOPK.replace(
            "q = queries / queries.norm(dim=1, keepdim=True)", "q = queries"
        ).replace("d = docs / docs.norm(dim=1, keepdim=True)", "d = docs"),
        "normalises only the queries": TOPK.replace("d = docs / docs.norm(dim=1, keepdim=True)", "d = docs"),
        "normalises over the wrong dimension": TOPK.replace("docs.norm(dim=1,", "docs.norm(dim=0,"),
        "lowest first": TOPK.replace("descending=True", "descending=False"),
        "Euclidean distance ranking on raw vectors": (
            "def cosine_top_k(queries, docs, k):\n    dist = torch.cdist(queries, docs)\n"
            "    s, i = dist.sort(dim=1)\n    return 1 - s[:, :k], i[:, :k]"
        ),
    },
    "retrieval_metrics": {
        "recall uses k + 1 items": METRICS.replace("r[:k]", "r[:k + 1]"),
        "ranks counted from 0 (1 / (i + 2))": METRICS.replace("1 / (i + 1)", "1 / (i + 2)"),
        "last occurrence gives the rank": METRICS.replace("                break\n", ""),
        "averages over found queries only": METRICS.replace(
            "    return total / len(relevant)",
            "    found = sum(rel in r for r, rel in zip(retrieved, relevant))\n    return total / max(1, found)",
        ),
        "no error on mismatched lengths": METRICS.replace("raise ValueError('bad')", "pass"),
    },
    "build_rag_prompt": {
        "drops the best passage first": PROMPT.replace("passages[:n]", "passages[len(passages) - n:]"),
        "counts words, not tokens": PROMPT.replace("len(tokenizer(p)['input_ids'])", "len(p.split())"),
        "strictly shorter than the budget": PROMPT.replace("<= max_tokens", "< max_tokens"),
        "passages in reverse order": PROMPT.replace("' '.join(passages[:n])", "' '.join(passages[:n][::-1])"),
        "returns the question alone instead of raising": PROMPT.replace(
            "    raise ValueError('too long')", "    return 'Question: ' + question"
        ),
        "joins passages with newlines": PROMPT.replace("' '.join(passages[:n])", "'\\n'.join(passages[:n])"),
    },
    "quote_next_tokens": {
        "only the first occurrence": QUOTE.replace(
            "            out.add(context_ids[p])\n",
            "            out.add(context_ids[p])\n            break\n",
        ),
        "off by one: the last copied token, not the next": QUOTE.replace(
            "out.add(context_ids[p])", "out.add(context_ids[p - 1])"
        ),
        "matches only the last generated token": QUOTE.replace(
            "list(context_ids[p - n:p]) == list(generated)", "context_ids[p - 1] == generated[-1]"
        ),
        "nothing allowed before the first token": QUOTE.replace("return set(context_ids)", "return set()"),
        "returns a list": QUOTE.replace("    return out", "    return sorted(out)"),
        "may continue past the end (wraps around)": QUOTE.replace(
            "out.add(context_ids[p])", "out.add(context_ids[p % len(context_ids)])"
        ).replace("range(n, len(context_ids))", "range(n, len(context_ids) + 1)"),
        "consumes the generated list": QUOTE.replace(
            "    n = len(generated)\n", "    n = len(generated)\n    g = list(generated)\n"
        ).replace("    return out", "    generated.clear()\n    return out"),
    },
}


@pytest.mark.parametrize("exercise", sorted(RIGHT))
def test_right_answer_passes_the_graded_cell(namespace, exercise):
    assert _grade(namespace, exercise, RIGHT[exercise])


@pytest.mark.parametrize("exercise, mistake", [(e, m) for e in WRONG for m in WRONG[e]])
def test_plausible_wrong_answer_fails_the_graded_cell(namespace, exercise, mistake):
    assert not _grade(namespace, exercise, WRONG[exercise][mistake]), f"{exercise}: '{mistake}' scored points"
