"""Module 00's graded cells (visible + hidden tests) fail plausible wrong answers and pass right ones.

Each case runs the real test cell from the solutions notebook against an implementation, in-process.
"""

from __future__ import annotations

import json

import pytest
from conftest import passes_graded_test

MODULE = "00_orientation"


@pytest.fixture(scope="module")
def namespace():
    ns: dict = {}
    exec(
        "from shared_lib.models import load_model, load_tokenizer\ntokenizer = load_tokenizer()\n"
        "from shared_lib import check\nimport json",
        ns,
    )
    return ns


def _grade(namespace, exercise: str, source: str) -> bool:
    return passes_graded_test(MODULE, namespace, exercise, source)


RIGHT = {
    "count_tokens": "def count_tokens(tokenizer, texts):\n    return [len(tokenizer(t)['input_ids']) for t in texts]",
    "max_new_tokens": (
        "def max_new_tokens(p, w, r):\n    if p >= w:\n        raise ValueError('full')\n    return min(r, w - p)"
    ),
    "count_parameters": (
        "def count_parameters(m):\n    ps = list(m.parameters())\n"
        "    return sum(p.numel() for p in ps if p.requires_grad), sum(p.numel() for p in ps)"
    ),
    "find_bad_lines": (
        "def find_bad_lines(text):\n    bad = []\n    for i, line in enumerate(text.splitlines(), 1):\n"
        "        try:\n            r = json.loads(line)\n        except ValueError:\n            bad.append(i); continue\n"
        "        if not (isinstance(r, dict) and sorted(r) == ['completion', 'prompt'] and all(isinstance(v, str) and v.strip() for v in r.values())):\n"
        "            bad.append(i)\n    return bad"
    ),
}

WRONG = {
    "count_tokens": {
        "counts words": "def count_tokens(tokenizer, texts):\n    return [len(t.split()) for t in texts]",
        "drops the BOS token": (
            "def count_tokens(tokenizer, texts):\n"
            "    return [len(tokenizer(t, add_special_tokens=False)['input_ids']) for t in texts]"
        ),
        "counts characters": "def count_tokens(tokenizer, texts):\n    return [len(t) for t in texts]",
        "one total instead of a list": (
            "def count_tokens(tokenizer, texts):\n    return sum(len(tokenizer(t)['input_ids']) for t in texts)"
        ),
    },
    "max_new_tokens": {
        "off by one": "def max_new_tokens(p, w, r):\n    if p >= w:\n        raise ValueError\n    return min(r, w - p - 1)",
        "allows an empty window": "def max_new_tokens(p, w, r):\n    if p > w:\n        raise ValueError\n    return min(r, w - p)",
        "ignores the request": "def max_new_tokens(p, w, r):\n    if p >= w:\n        raise ValueError\n    return w - p",
        "never raises": "def max_new_tokens(p, w, r):\n    return max(0, min(r, w - p))",
        "raises one token early": "def max_new_tokens(p, w, r):\n    if p >= w - 1:\n        raise ValueError\n    return min(r, w - p)",
    },
    "count_parameters": {
        "uses the state dict (tied weights twice, buffers)": (
            "def count_parameters(m):\n    n = sum(t.numel() for t in m.state_dict().values())\n    return n, n"
        ),
        "ignores requires_grad": "def count_parameters(m):\n    n = sum(p.numel() for p in m.parameters())\n    return n, n",
        "counts tensors, not elements": (
            "def count_parameters(m):\n    ps = list(m.parameters())\n    return sum(p.requires_grad for p in ps), len(ps)"
        ),
        "named_parameters without dedup (remove_duplicate=False)": (
            "def count_parameters(m):\n    ps = [p for _, p in m.named_parameters(remove_duplicate=False)]\n"
            "    return sum(p.numel() for p in ps if p.requires_grad), sum(p.numel() for p in ps)"
        ),
    },
    "find_bad_lines": {
        "numbers from 0": RIGHT["find_bad_lines"].replace("splitlines(), 1)", "splitlines(), 0)"),
        "stops at the first bad line": RIGHT["find_bad_lines"].replace(
            "bad.append(i)\n    return bad", "bad.append(i); return bad\n    return bad"
        ),
        "accepts whitespace-only strings": RIGHT["find_bad_lines"].replace("v.strip()", "v"),
        "allows extra keys": RIGHT["find_bad_lines"].replace(
            "sorted(r) == ['completion', 'prompt']", "{'prompt', 'completion'} <= set(r)"
        ),
        "skips blank lines": RIGHT["find_bad_lines"].replace(
            "        try:", "        if not line.strip():\n            continue\n        try:"
        ),
    },
}


@pytest.mark.parametrize("exercise", sorted(RIGHT))
def test_right_answer_passes_the_graded_cell(namespace, exercise):
    assert _grade(namespace, exercise, RIGHT[exercise])


@pytest.mark.parametrize("exercise, mistake", [(e, m) for e in WRONG for m in WRONG[e]])
def test_plausible_wrong_answer_fails_the_graded_cell(namespace, exercise, mistake):
    assert not _grade(namespace, exercise, WRONG[exercise][mistake]), f"{exercise}: '{mistake}' scored points"


def test_every_exercise_has_wrong_answers():
    assert set(WRONG) == set(RIGHT) and all(len(v) >= 3 for v in WRONG.values())
    assert json  # used by the exec'd answers through the namespace
