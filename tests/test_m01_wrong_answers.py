"""Module 01's graded cells (visible + hidden tests) fail plausible wrong answers and pass right ones.

Each case runs the real test cell from the solutions notebook against an implementation, in-process.
"""

from __future__ import annotations

import pytest
from conftest import passes_graded_test

MODULE = "01_prompt_engineering"


@pytest.fixture(scope="module")
def namespace():
    ns: dict = {}
    exec("import json\nimport torch\nfrom shared_lib import check", ns)
    return ns


def _grade(namespace, exercise: str, source: str) -> bool:
    return passes_graded_test(MODULE, namespace, exercise, source)


FEW_SHOT = """
def build_few_shot_prompt(examples, query, instruction="", verbalizer=None):
    verbalizer = verbalizer or {}
    blocks = [instruction] if instruction else []
    for ex in examples:
        if ex["text"] == query["text"]:
            continue
        blocks.append(f"Message: {ex['text']}\\nIntent: {verbalizer.get(ex['label'], ex['label'])}")
    blocks.append(f"Message: {query['text']}\\nIntent:")
    return "\\n\\n".join(blocks)
"""

PROBS = """
def next_token_probs(logits, temperature=1.0, top_k=None, top_p=None):
    if temperature <= 0:
        raise ValueError("temperature")
    logits = logits / temperature
    if top_k is not None:
        k = min(top_k, logits.shape[-1])
        kth = torch.topk(logits, k, dim=-1).values[..., -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if top_p is not None:
        s, order = torch.sort(logits, dim=-1, descending=True)
        p = s.softmax(-1)
        before = p.cumsum(-1) - p
        rm = before >= top_p
        logits = logits.masked_fill(rm.scatter(-1, order, rm), float("-inf"))
    return logits.softmax(-1)
"""

PARSE = """
def parse_json_reply(text, required=()):
    dec = json.JSONDecoder()
    i = text.find("{")
    while i >= 0:
        try:
            data, _ = dec.raw_decode(text, i)
        except json.JSONDecodeError:
            i = text.find("{", i + 1)
            continue
        missing = [k for k in required if k not in data]
        if missing:
            return None, "missing: " + ", ".join(missing)
        return data, None
    return None, "no valid JSON object"
"""

RIGHT = {
    "build_few_shot_prompt": FEW_SHOT,
    "next_token_probs": PROBS,
    "parse_json_reply": PARSE,
    # alternative right answers: other ways to write the same thing
    "next_token_probs (ascending sort, as transformers)": """
def next_token_probs(logits, temperature=1.0, top_k=None, top_p=None):
    if not temperature > 0:
        raise ValueError("temperature")
    x = logits / temperature
    if top_k is not None and top_k < x.shape[-1]:
        x = x.masked_fill(x < torch.topk(x, top_k).values[..., -1:], float("-inf"))
    if top_p is not None:
        s, idx = torch.sort(x, descending=False)
        cum = s.softmax(-1).cumsum(-1)
        rm = cum <= 1 - top_p
        rm[..., -1] = False
        x = x.masked_fill(rm.scatter(-1, idx, rm), float("-inf"))
    return torch.softmax(x, dim=-1)
""",
    "parse_json_reply (scan every brace)": """
def parse_json_reply(text, required=()):
    for i, ch in enumerate(text):
        if ch != "{":
            continue
        try:
            data, _ = json.JSONDecoder().raw_decode(text[i:])
        except ValueError:
            continue
        lost = [k for k in required if k not in data]
        return (None, f"missing {lost}") if lost else (data, None)
    return None, "nothing parsable"
""",
}

WRONG = {
    "build_few_shot_prompt": {
        "writes the query's label (formats the query like an example)": FEW_SHOT.replace(
            "blocks.append(f\"Message: {query['text']}\\nIntent:\")",
            "blocks.append(f\"Message: {query['text']}\\nIntent: {query.get('label', '')}\".rstrip())",
        ),
        "keeps an example that is the query": FEW_SHOT.replace(
            '        if ex["text"] == query["text"]:\n            continue\n', ""
        ),
        "single newline between blocks": FEW_SHOT.replace(
            'return "\\n\\n".join(blocks)', 'return "\\n".join(blocks)'
        ),
        "trailing space after Intent:": FEW_SHOT.replace('\\nIntent:")', '\\nIntent: ")'),
        "examples in reverse order": FEW_SHOT.replace("for ex in examples:", "for ex in reversed(examples):"),
        "examples sorted by label": FEW_SHOT.replace(
            "for ex in examples:", "for ex in sorted(examples, key=lambda e: e['label']):"
        ),
        "ignores the verbalizer": FEW_SHOT.replace("verbalizer.get(ex['label'], ex['label'])", "ex['label']"),
        "instruction glued to the first example": FEW_SHOT.replace(
            "blocks = [instruction] if instruction else []\n",
            "blocks = []\n",
        ).replace(
            'return "\\n\\n".join(blocks)',
            'return (instruction + "\\n" if instruction else "") + "\\n\\n".join(blocks)',
        ),
    },
    "next_token_probs": {
        "temperature multiplied": PROBS.replace(
            "logits = logits / temperature", "logits = logits * temperature"
        ),
        "top-p drops the token that crosses the threshold": PROBS.replace(
            "before = p.cumsum(-1) - p\n        rm = before >= top_p", "rm = p.cumsum(-1) > top_p"
        ),
        "top-p keeps one token too many": PROBS.replace(
            "before = p.cumsum(-1) - p\n        rm = before >= top_p",
            "before = p.cumsum(-1) - p\n        rm = (before >= top_p).roll(1, -1)\n        rm[..., 0] = False",
        ),
        "top-k off by one (keeps k + 1)": PROBS.replace(
            "k = min(top_k, logits.shape[-1])", "k = min(top_k + 1, logits.shape[-1])"
        ),
        "top-k off by one (keeps k - 1)": PROBS.replace(
            "kth = torch.topk(logits, k, dim=-1).values[..., -1:]",
            "kth = torch.topk(logits, k, dim=-1).values[..., -1:]\n        kth = torch.nextafter(kth, kth + 1)",
        ),
        "not renormalised after filtering": PROBS.replace(
            "    if temperature <= 0:",
            "    orig = (logits / temperature).softmax(-1)\n    if temperature <= 0:",
        ).replace("return logits.softmax(-1)", "return torch.where(torch.isinf(logits), 0.0, orig)"),
        "top-p before temperature": PROBS.replace("    logits = logits / temperature\n", "").replace(
            "    return logits.softmax(-1)", "    return (logits / temperature).softmax(-1)"
        ),
        "top-p on the distribution before top-k": PROBS.replace(
            "        s, order = torch.sort(logits, dim=-1, descending=True)",
            "        s, order = torch.sort(raw, dim=-1, descending=True)",
        ).replace("    if top_k is not None:", "    raw = logits\n    if top_k is not None:"),
        "sorts along the batch dimension": PROBS.replace(
            "torch.sort(logits, dim=-1, descending=True)", "torch.sort(logits, dim=0, descending=True)"
        )
        .replace("p = s.softmax(-1)", "p = s.softmax(0)")
        .replace("p.cumsum(-1)", "p.cumsum(0)")
        .replace("rm.scatter(-1, order, rm)", "rm.scatter(0, order, rm)"),
        "no error for temperature 0": PROBS.replace(
            '    if temperature <= 0:\n        raise ValueError("temperature")\n',
            "    temperature = max(temperature, 1e-6)\n",
        ),
    },
    "parse_json_reply": {
        "json.loads on the whole reply": (
            "def parse_json_reply(text, required=()):\n"
            "    data = json.loads(text)\n"
            "    missing = [k for k in required if k not in data]\n"
            "    return (None, 'missing ' + str(missing)) if missing else (data, None)"
        ),
        "strips code fences only": (
            "def parse_json_reply(text, required=()):\n"
            "    body = text.strip().removeprefix('```json').removeprefix('```').removesuffix('```').strip()\n"
            "    try:\n        data = json.loads(body)\n"
            "    except json.JSONDecodeError as e:\n        return None, str(e)\n"
            "    missing = [k for k in required if k not in data]\n"
            "    return (None, 'missing ' + ', '.join(missing)) if missing else (data, None)"
        ),
        "first { to last }": (
            "def parse_json_reply(text, required=()):\n"
            "    i, j = text.find('{'), text.rfind('}')\n"
            "    if i < 0 or j < i:\n        return None, 'no object'\n"
            "    try:\n        data = json.loads(text[i:j + 1])\n"
            "    except json.JSONDecodeError as e:\n        return None, str(e)\n"
            "    missing = [k for k in required if k not in data]\n"
            "    return (None, 'missing ' + ', '.join(missing)) if missing else (data, None)"
        ),
        "non-greedy regex {.*?}": (
            "import re\n"
            "def parse_json_reply(text, required=()):\n"
            "    m = re.search(r'\\{.*?\\}', text, re.S)\n"
            "    if not m:\n        return None, 'no object'\n"
            "    try:\n        data = json.loads(m.group(0))\n"
            "    except json.JSONDecodeError as e:\n        return None, str(e)\n"
            "    missing = [k for k in required if k not in data]\n"
            "    return (None, 'missing ' + ', '.join(missing)) if missing else (data, None)"
        ),
        "guesses single quotes with ast.literal_eval": PARSE.replace(
            '    return None, "no valid JSON object"',
            "    import ast\n    try:\n        return ast.literal_eval(text[text.find('{'):text.rfind('}') + 1]), None\n"
            "    except Exception:\n        return None, 'no valid JSON object'",
        ),
        "raises on invalid JSON": PARSE.replace(
            '        except json.JSONDecodeError:\n            i = text.find("{", i + 1)\n            continue\n',
            "        except json.JSONDecodeError:\n            raise\n",
        ),
        "ignores required keys": PARSE.replace(
            "missing = [k for k in required if k not in data]", "missing = []"
        ),
        "names only the first missing key": PARSE.replace('", ".join(missing)', "missing[0]"),
        "returns an empty error string": PARSE.replace('"no valid JSON object"', '""'),
    },
}


@pytest.mark.parametrize("exercise", sorted(RIGHT))
def test_right_answer_passes_the_graded_cell(namespace, exercise):
    assert _grade(namespace, exercise.split(" ")[0], RIGHT[exercise])


@pytest.mark.parametrize("exercise, mistake", [(e, m) for e in WRONG for m in WRONG[e]])
def test_plausible_wrong_answer_fails_the_graded_cell(namespace, exercise, mistake):
    source = WRONG[exercise][mistake]
    base = RIGHT[exercise]
    assert source != base, f"{exercise}: the mutation '{mistake}' did not change the right answer"
    assert not _grade(namespace, exercise, source), f"{exercise}: '{mistake}' scored points"


def test_every_exercise_has_wrong_answers():
    graded = {k.split(" ")[0] for k in RIGHT}
    assert set(WRONG) == graded and all(len(v) >= 3 for v in WRONG.values())
