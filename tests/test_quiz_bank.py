"""The question bank: format, validator (file:line), sealing, and the scoring of every item type."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import nbformat
import pytest
from conftest import MODULES, solutions_nb

from shared_lib.quiz import bank as B
from shared_lib.quiz import (
    default_bank,
    is_correct,
    load_bank,
    normalize_answer,
    quality,
    seal_key,
    unseal_key,
)


def _mc(qid="t-mc", key="B", **extra):
    opts = [{"id": i, "text": f"option {i}", "why": f"reason for option {i} here"} for i in "ABCD"]
    return {
        "id": qid,
        "domain": 3,
        "task": "3.1",
        "type": "multiple_choice",
        "difficulty": 1,
        "module": "00_orientation",
        "stem": "Which one?",
        "options": opts,
        "key": seal_key(qid, key),
        **extra,
    }


def _write(tmp_path, entries, name="t.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(e if isinstance(e, str) else json.dumps(e) for e in entries) + "\n")
    return path


def test_the_shipped_bank_is_valid_and_passes_the_quality_checks():
    bank = load_bank()
    assert quality.problems(bank) == []


def test_the_shipped_bank_meets_the_exam_goals():
    """>= 500 questions weighted like the exam (+-3 points), every task statement >= 5, all item types,
    every case study with >= 2 separately scored questions, each module with >= 5 graded candidates."""
    report = quality.coverage(load_bank())
    assert report["questions"] >= 500
    for d, share in report["domain_share"].items():
        assert abs(share - report["domain_target"][d]) <= 0.03, (d, share)
    assert report["tasks_below_minimum"] == []
    assert min(report["task_coverage"].values()) >= 5
    assert set(report["types"]) == {"multiple_choice", "multiple_response", "ordering", "matching"}
    assert report["case_studies"] >= 10
    assert all(0.18 <= v <= 0.32 for v in report["mc_key_share"].values()), report["mc_key_share"]
    assert report["near_duplicate_pairs"] == 0
    assert max(report["mc_key_length_rank_share"].values()) <= 0.35, report["mc_key_length_rank_share"]
    assert report["mr_keys_are_longest_share"] <= 0.25
    for module in ("00_orientation", "01_prompt_engineering", "02_rag", "04_evaluation", "09_aws"):
        assert report["modules"].get(module, 0) >= 5, module


def test_no_key_is_stored_in_plain_text():
    for path in B.BANK_DIR.glob("*.jsonl"):
        for line in path.read_text().splitlines():
            entry = json.loads(line)
            for item in entry.get("questions", [entry]):
                assert item["key"].startswith(B.SEAL_PREFIX), f"{path.name}: {item['id']} has an unsealed key"


@pytest.mark.parametrize("key", ["C", ["A", "D"], ["C", "A", "B"], {"1": "B", "2": "A"}])
def test_seal_and_unseal_round_trip_and_depend_on_the_id(key):
    sealed = seal_key("q-1", key)
    assert unseal_key("q-1", sealed) == key
    assert json.dumps(key) not in sealed
    assert seal_key("q-2", key) != sealed


def test_validator_reports_file_and_line_for_each_problem(tmp_path):
    bad_key = _mc("t-2")
    bad_key["key"] = "B"  # not sealed
    few_options = _mc("t-3")
    few_options["options"] = few_options["options"][:3]
    no_why = _mc("t-4")
    no_why["options"][2]["why"] = ""
    path = _write(
        tmp_path, [_mc("t-1"), "{not json", bad_key, few_options, no_why, _mc("t-1"), _mc("t-5", task="4.1")]
    )
    with pytest.raises(B.BankError) as err:
        load_bank([path])
    text = str(err.value)
    for line, words in [
        (2, "not valid JSON"),
        (3, "not sealed"),
        (4, "exactly 4 options"),
        (5, "no explanation"),
        (6, "duplicate id"),
        (7, "not in domain"),
    ]:
        assert re.search(rf"t\.jsonl:{line}: .*{words}", text), f"line {line}: {words!r} missing in\n{text}"
    assert "t.jsonl:1:" not in text


def test_validator_command_exits_non_zero_on_a_malformed_bank(tmp_path):
    path = _write(tmp_path, [_mc("t-1"), '{"id": "t-2", "type": "multiple_choice"}'])
    out = subprocess.run(
        [sys.executable, "-m", "shared_lib.quiz", "validate", str(path)], capture_output=True, text=True
    )
    assert out.returncode == 1
    assert "t.jsonl:2:" in out.stderr
    ok = subprocess.run([sys.executable, "-m", "shared_lib.quiz", "validate"], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.startswith("ok:")


def test_seal_command_seals_plain_keys_in_place(tmp_path):
    entry = _mc("t-1")
    entry["key"] = "D"
    path = _write(tmp_path, [entry])
    out = subprocess.run(
        [sys.executable, "-m", "shared_lib.quiz", "seal", str(path)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert load_bank([path])["t-1"].key == "D"


def test_stats_reports_shares_types_and_coverage():
    out = subprocess.run([sys.executable, "-m", "shared_lib.quiz", "stats"], capture_output=True, text=True)
    stats = json.loads(out.stdout)
    assert stats["questions"] == len(default_bank())
    assert abs(sum(stats["domain_share"].values()) - 1) < 0.01
    assert set(stats["task_coverage"]) >= {"3.1", "3.3"}


def _question(qtype):
    return next(q for q in default_bank() if q.type == qtype)


def test_multiple_choice_scoring_accepts_case_and_space_and_rejects_others():
    q = _question("multiple_choice")
    wrong = next(i for i in q.option_ids if i != q.key)
    assert is_correct(q, q.key) and is_correct(q, f" {q.key.lower()} ")
    assert not is_correct(q, wrong)
    assert not is_correct(q, None) and not is_correct(q, "Z") and not is_correct(q, [q.key])


def test_multiple_response_is_all_or_nothing():
    q = _question("multiple_response")
    key = list(q.key)
    assert is_correct(q, key) and is_correct(q, list(reversed(key))) and is_correct(q, "".join(key))
    assert is_correct(q, ", ".join(key)) and is_correct(q, set(key))
    assert not is_correct(q, key[:-1]), "a subset of the right options scores nothing"
    extra = next(i for i in q.option_ids if i not in key)
    assert not is_correct(q, key + [extra]), "a superset scores nothing"
    assert not is_correct(q, key + key[:1]), "a duplicated option is malformed"


def test_ordering_needs_the_exact_order():
    q = _question("ordering")
    assert is_correct(q, q.key) and is_correct(q, "".join(q.key))
    swapped = list(q.key)
    swapped[0], swapped[1] = swapped[1], swapped[0]
    assert not is_correct(q, swapped)
    assert not is_correct(q, q.key[:-1]), "every step must be placed"


def test_matching_needs_every_pair():
    q = _question("matching")
    assert is_correct(q, dict(q.key))
    assert is_correct(q, [q.key[p.id] for p in q.prompts]), "a list in prompt order works too"
    one_wrong = dict(q.key)
    first = q.prompts[0].id
    one_wrong[first] = next(o for o in q.option_ids if o != q.key[first])
    assert not is_correct(q, one_wrong)
    missing = dict(q.key)
    missing.pop(first)
    assert not is_correct(q, missing)


def test_case_study_questions_are_scored_separately():
    bank = default_bank()
    case = next(q.case for q in bank if q.case)
    subs = [q for q in bank if q.case == case]
    assert len(subs) >= 2 and all(q.scenario for q in subs)
    right = [is_correct(q, q.key) for q in subs]
    wrong_first = [is_correct(subs[0], next(o for o in subs[0].option_ids if o != subs[0].key))] + right[1:]
    assert all(right) and wrong_first.count(True) == len(subs) - 1


def test_normalize_answer_explains_a_malformed_answer():
    q = _question("ordering")
    with pytest.raises(ValueError, match="every option exactly once"):
        normalize_answer(q, q.key[:-1])
    with pytest.raises(ValueError, match="still None"):
        normalize_answer(q, None)


@pytest.mark.parametrize("module", MODULES)
def test_graded_questions_in_notebooks_come_from_the_bank(module):
    nb = nbformat.read(str(solutions_nb(module)), as_version=4)
    src = "\n".join(c.source for c in nb.cells)
    shown = re.findall(r'show_question\("([^"]+)"', src)
    checked = re.findall(r'check_answer\("([^"]+)"', src)
    assert len(set(checked)) >= 5, "at least 5 graded scenario questions per module"
    assert set(checked) <= set(shown)
    for qid in checked:
        assert qid in default_bank()
