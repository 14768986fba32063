"""The course's datasets: shipped, loadable with `datasets`, consistent, and regenerable bit for bit."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from shared_lib import data
from shared_lib.jsonl import validate_jsonl

ALL = [(n, s) for n, splits in data.DATASETS.items() for s in (splits or (None,))]


@pytest.mark.parametrize("name, split", ALL)
def test_every_dataset_loads_with_datasets(name, split):
    ds = data.load(name, split)
    assert ds.num_rows > 0
    assert set(data.REQUIRED[name]) <= set(ds.column_names)


def test_regenerated_data_is_identical_to_the_shipped_data():
    assert data.check() == [], "run `python -m shared_lib.data generate` and commit the files"


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_generation_does_not_depend_on_python_hash_randomisation(hash_seed):
    """A set's iteration order changes with PYTHONHASHSEED; no generator may depend on it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    code = "from shared_lib import data; print(data.check())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


def test_reading_passages_have_their_answers_and_several_questions():
    from shared_lib.build.pretrain import reading_passages

    passages = reading_passages("train")
    assert len(passages) > 10_000
    assert sum(len(p) > 1 for _, p in passages) > 0.8 * len(passages)
    for context, pairs in passages:
        assert all(answer in context for _, answer in pairs)
        assert len({q for q, _ in pairs}) == len(pairs)
    val = reading_passages("validation")
    train_contexts = {c for c, _ in passages}
    assert not train_contexts & {c for c, _ in val}


def test_one_question_prompt_is_a_prefix_of_the_training_text():
    from shared_lib.data.formats import qa_text, qa_text_multi

    pairs = [("Who?", "Ada"), ("When?", "in May")]
    assert qa_text_multi("Ada came in May.", pairs).startswith(qa_text("Ada came in May.", "Who?"))
    assert qa_text_multi("c", pairs).endswith("Question: When?\nAnswer: in May")


def test_a_malformed_line_is_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "intents_train.jsonl"
    bad.write_text('{"text": "hi", "label": "praise"}\n{"text": "oops"\n')
    with pytest.raises(data.DataError, match=r"intents_train\.jsonl:2: not valid JSON"):
        data.read_records("intents", file=bad)
    bad.write_text('{"text": "hi"}\n')
    with pytest.raises(data.DataError, match=r":1: missing field\(s\) \['label'\]"):
        data.read_records("intents", file=bad)


def _words(records, fields):
    words = set()
    for r in records:
        for f in fields:
            words |= set(re.findall(r"[a-z]+", str(r.get(f, "")).lower()))
    return words


def test_general_corpus_has_a_rich_vocabulary_and_no_domain_terms():
    text = data.read_records("general_text", "train")
    chat = data.read_records("general_chat", "train")
    qa = data.read_records("general_qa", "train")
    words = _words(text, ["text"]) | _words(qa, ["context", "question"])
    words |= {w for r in chat for m in r["messages"] for w in re.findall(r"[a-z]+", m["content"].lower())}
    assert len(words) >= 3000
    blob = " ".join(r["text"] for r in text).lower()
    for term in ("anycompany", "traillite", "warranty"):
        assert term not in blob


def test_chat_and_reading_items_are_in_the_general_corpus():
    chat = data.read_records("general_chat", "train")
    assert len(chat) > 1000 and all(r["messages"][-1]["role"] == "assistant" for r in chat)
    for r in data.read_records("general_qa", "validation"):
        assert r["answer"] in r["context"], "answers are spans of the passage"


def test_held_out_splits_do_not_leak():
    train = {r["text"] for r in data.read_records("general_text", "train")}
    assert not train & {r["text"] for r in data.read_records("general_text", "validation")}
    dom = {r["text"] for r in data.read_records("domain", "train")}
    assert not dom & {r["text"] for r in data.read_records("domain", "validation")}

    def users(split):
        return {
            m["content"]
            for r in data.read_records("instructions", split)
            for m in r["messages"]
            if m["role"] == "user"
        }

    assert not users("test") & (users("train") | users("validation"))
    intents = {r["text"] for r in data.read_records("intents", "train")}
    assert not intents & {r["text"] for r in data.read_records("intents", "test")}


def test_instructions_are_valid_chat_and_convert_to_bedrock_prompt_completion():
    from shared_lib.data import gen_domain

    for split in ("train", "validation", "test"):
        recs = data.read_records("instructions", split)
        assert (
            validate_jsonl("\n".join(json.dumps({"messages": r["messages"]}) for r in recs), "messages") == []
        )
        pc = [gen_domain.to_prompt_completion(r) for r in recs]
        assert validate_jsonl("\n".join(json.dumps(x) for x in pc)) == []
    for r in data.read_records("instructions", "train"):
        if r["task"] == "extract_json":
            json.loads(r["messages"][-1]["content"])


def test_knowledge_base_answers_exist_only_in_their_document():
    docs = {d["id"]: d for d in data.read_records("kb_documents")}
    qs = data.read_records("kb_questions")
    assert len(docs) >= 100 and len(qs) >= 100
    for q in qs:
        assert q["answer"] in docs[q["doc_id"]]["text"], q["id"]
    general = " ".join(r["text"] for r in data.read_records("general_text", "train"))
    specific = [q["answer"] for q in qs if re.search(r"\$\d|[A-Z]{2,}-\d", q["answer"])]
    assert len(specific) >= 30, "prices and codes: facts a model could only get from the knowledge base"
    leaked = [a for a in specific if a in general]
    assert not leaked, f"knowledge-base facts found in the general corpus: {leaked[:5]}"


@pytest.mark.parametrize("name", ["kb_questions_heldout", "kb_questions_heldout_2"])
def test_held_out_questions_are_new_and_answered_by_their_document(name):
    docs = {d["id"]: d for d in data.read_records("kb_documents")}
    dev = data.read_records("kb_questions")
    held = data.read_records(name)
    assert len(held) >= 80 and len({q["id"] for q in held}) == len(held)
    for q in held:
        assert re.search(rf"(?<!\w){re.escape(q['answer'])}(?!\w)", docs[q["doc_id"]]["text"]), q["id"]
    asked = {(q["doc_id"], q["answer"]) for q in dev}
    assert not {q["question"].lower() for q in held} & {q["question"].lower() for q in dev}
    assert all(q["new_fact"] == ((q["doc_id"], q["answer"]) not in asked) for q in held)
    assert sum(q["new_fact"] for q in held) >= 0.75 * len(held), "mostly facts the dev questions never ask"
    assert {docs[q["doc_id"]]["kind"] for q in held} == {d["kind"] for d in docs.values()}, "every kind"


def test_second_held_out_set_asks_nothing_the_first_asks():
    first = data.read_records("kb_questions_heldout")
    second = data.read_records("kb_questions_heldout_2")
    assert not {(q["doc_id"], q["answer"]) for q in first} & {(q["doc_id"], q["answer"]) for q in second}
    assert not {q["question"].lower() for q in first} & {q["question"].lower() for q in second}
    worded = [q for q in second if not re.search(r"\d", q["answer"])]
    assert len(worded) >= 0.4 * len(second), "about half answered in words"


def test_fresh_facts_change_an_answer():
    qs = {q["id"]: q for q in data.read_records("kb_questions")}
    updates = data.read_records("kb_updates")
    assert len(updates) >= 10
    for u in updates:
        assert u["new_answer"] in u["new_text"] and u["old_answer"] not in u["new_text"]
        assert qs[u["question_id"]]["answer"] == u["old_answer"]


def test_preferences_cover_helpful_harmless_honest():
    prefs = data.read_records("preferences", "train")
    reasons = Counter(p["reason"] for p in prefs)
    assert set(reasons) == {"helpful", "harmless", "honest"}
    assert min(reasons.values()) >= len(prefs) // 5
    assert all(p["chosen"] != p["rejected"] for p in prefs)


def test_intents_are_balanced():
    counts = Counter(r["label"] for r in data.read_records("intents", "train"))
    assert len(counts) >= 5 and max(counts.values()) <= 2 * min(counts.values())


def test_prose_practice_answers_are_read_not_guessed():
    """Every prose page answers its questions from its own text, never from the question, and values
    are drawn at random: the commonest answer of a page kind is rare, so only reading gets it right."""
    import collections
    import random

    from shared_lib.data import gen_prose

    rng = random.Random(0)
    for page in gen_prose.PAGES + gen_prose.PAGES_2 + gen_prose.PAGES_3:
        answers = collections.Counter()
        for _ in range(400):
            sents, qs = page(rng)
            context = " ".join(sents)
            assert len(qs) >= 3, page.__name__
            for question, clause, answer, *short in qs:  # the third set adds a terse form of the question
                assert answer in context, (page.__name__, answer)
                asked = [question, clause] + [x for x in short if x]
                assert not any(answer in x for x in asked), (page.__name__, question)
                answers[answer] += 1
        top, n = answers.most_common(1)[0]
        assert n / sum(answers.values()) < 0.05, (page.__name__, top)


def test_prose_practice_keeps_the_company_world_out():
    import random

    from shared_lib.data import gen_domain as D
    from shared_lib.data import gen_prose

    names = [p["name"] for p in D.PRODUCTS] + [s["town"] for s in D.STORES] + [D.COMPANY]
    names += [t["term"] for t in D.TERMS if t["term"][:1].isupper()]  # "Gear Guide", "Hut Shelf", ...
    names += [r["role"] for r in D.STAFF_ROLES] + [r["reports_to"] for r in D.STAFF_ROLES]
    rng = random.Random(1)
    pages = [gen_prose.make_prose_qa(rng, 3, gen_prose.PAGES + gen_prose.PAGES_2) for _ in range(3000)]
    pages += [gen_prose.make_varied_qa(rng, 4) for _ in range(3000)]
    blob = " ".join(c + " " + " ".join(q for q, _ in qs) for c, qs in pages).lower()
    found = [n for n in names if re.search(rf"\b{re.escape(n.lower())}\b", blob)]
    assert not found, found


def test_prose_practice_is_in_both_splits_without_overlap():
    train = {r["context"] for r in data.read_records("general_qa", "train")}
    val = data.read_records("general_qa", "validation")
    prose = [
        r for r in val if r["context"].startswith(("Care guide", "Looking after", "Staff role", "Glossary."))
    ]
    assert len(prose) >= 50
    assert not {r["context"] for r in val} & train


def test_third_prose_set_asks_in_its_own_ways_and_answers_in_words():
    """The third set exists for answers written in words, asked in ways the first two never use."""
    import random

    from shared_lib.data import gen_prose, gen_reading

    assert not (set(gen_prose.ASK_3) - {"{Q}"}) & set(gen_reading.WRAPPERS)
    rng = random.Random(2)
    answers = [a for _ in range(500) for _, a in gen_prose.make_varied_qa(rng, 4)[1]]
    worded = [a for a in answers if not re.search(r"\d", a)]
    assert len(worded) >= 0.6 * len(answers), len(worded) / len(answers)
