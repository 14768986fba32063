"""Module 00's techniques in shared_lib agree with transformers / peft / datasets."""

from __future__ import annotations

import json
import time

import pytest
import torch

from shared_lib.jsonl import validate_jsonl
from shared_lib.ladder import ladder_table, training_flops
from shared_lib.models import load_model
from shared_lib.params import count_parameters, freeze
from shared_lib.tokens import count_tokens, max_new_tokens


def test_tokenizer_is_a_transformers_tokenizer_with_bos_eos_pad(tok):
    from transformers import PreTrainedTokenizerBase

    assert isinstance(tok, PreTrainedTokenizerBase)
    ids = tok("Fine-tuning")["input_ids"]
    assert ids[0] == tok.bos_token_id
    assert tok.decode(ids, skip_special_tokens=True) == "Fine-tuning"
    assert len({tok.bos_token_id, tok.eos_token_id, tok.pad_token_id}) == 3


def test_model_loads_offline_quickly_and_is_seeded(model):
    from transformers import LlamaForCausalLM

    assert isinstance(model, LlamaForCausalLM)
    t0 = time.perf_counter()
    again = load_model()
    assert time.perf_counter() - t0 < 30  # generous: a sanity bound, not a benchmark
    for a, b in zip(model.parameters(), again.parameters()):
        torch.testing.assert_close(a, b)
    assert model.config.tie_word_embeddings
    assert model.get_input_embeddings().weight is model.get_output_embeddings().weight


def test_count_tokens_matches_the_tokenizer(tok):
    texts = ["Hello world", "", "naïve café 🙂"]
    assert count_tokens(tok, texts) == [len(tok(t)["input_ids"]) for t in texts]
    assert count_tokens(tok, texts, add_special_tokens=False) == [n - 1 for n in count_tokens(tok, texts)]
    assert count_tokens(tok, []) == []
    with pytest.raises(TypeError):
        count_tokens(tok, "a string, not a list")


@pytest.mark.parametrize(
    "prompt, window, requested, want", [(100, 512, 50, 50), (500, 512, 50, 12), (511, 512, 9, 1)]
)
def test_max_new_tokens(prompt, window, requested, want):
    assert max_new_tokens(prompt, window, requested) == want


def test_max_new_tokens_refuses_a_full_window():
    with pytest.raises(ValueError):
        max_new_tokens(512, 512, 1)


def test_count_parameters_agrees_with_transformers_and_peft(model):
    from peft import LoraConfig, get_peft_model

    full = count_parameters(model)
    assert full.total == model.num_parameters() == full.trainable
    assert full.total < sum(t.numel() for t in model.state_dict().values()), "tied weights count once"
    m = load_model()
    freeze(m, except_names=("layers.0.",))
    part = count_parameters(m)
    assert part.trainable == m.num_parameters(only_trainable=True) < part.total
    lora = get_peft_model(load_model(), LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]))
    trainable, total = lora.get_nb_trainable_parameters()
    assert (count_parameters(lora).trainable, count_parameters(lora).total) == (trainable, total)
    assert "%" in str(part)


def test_validate_jsonl_finds_every_bad_line_with_a_reason():
    lines = [
        json.dumps({"prompt": "a", "completion": "b"}),
        "",
        "{",
        json.dumps([1]),
        json.dumps({"prompt": "a"}),
        json.dumps({"prompt": "a", "completion": " "}),
        json.dumps({"prompt": "a", "completion": "b", "extra": 1}),
    ]
    problems = validate_jsonl("\n".join(lines) + "\n")
    assert [p.line for p in problems] == [2, 3, 4, 5, 6, 7]
    assert (
        "missing" in problems[3].reason
        and "empty" in problems[4].reason
        and "unexpected" in problems[5].reason
    )


def test_validate_jsonl_knows_the_other_shapes(tmp_path):
    chat = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello"},
        ]
    }
    ends_with_user = {"messages": chat["messages"][:2]}
    path = tmp_path / "chat.jsonl"
    path.write_text(json.dumps(chat) + "\n" + json.dumps(ends_with_user) + "\n")
    assert [p.line for p in validate_jsonl(path, "messages")] == [2]
    assert validate_jsonl(json.dumps({"input": "raw domain text"}), "input") == []
    with pytest.raises(ValueError):
        validate_jsonl("{}", "nope")


def test_clean_file_loads_with_datasets_after_validation(tmp_path):
    from datasets import load_dataset

    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps({"prompt": f"q{i}", "completion": f"a{i}"}) + "\n" for i in range(5)))
    assert validate_jsonl(path) == []
    ds = load_dataset("json", data_files=str(path), split="train")
    assert ds.num_rows == 5 and ds.column_names == ["prompt", "completion"]


def test_ladder_costs_rise_rung_by_rung():
    rows = ladder_table(7e9)
    flops = [r["flops"] for r in rows]
    assert flops == sorted(flops)
    assert [r["rung"] for r in rows][0] == "Prompt engineering" and rows[-1]["rung"].startswith(
        "Pre-training"
    )
    assert training_flops(10, 1.0, 1) == 60, "full training is 6 FLOPs per parameter per token"
    assert training_flops(10, 0.0, 1) == 40
    with pytest.raises(ValueError):
        training_flops(10, 1.5, 1)


@pytest.mark.parametrize("n_params", [1.6e5, 1.35e8, 7e9, 7e10])
def test_ladder_is_ordered_for_small_and_large_models(n_params):
    flops = [r["flops"] for r in ladder_table(n_params)]
    assert flops == sorted(flops), "each rung costs at least as much as the one below"
    assert flops[-1] > 100 * flops[-2] > 100 * flops[3], "scratch >> continued pre-training >> fine-tuning"
