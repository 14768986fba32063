"""The bundled course model: loads offline like a hub model, chat tokens wired, measured card."""

from __future__ import annotations

import json

import torch

from shared_lib.build.tokenizer import ASSISTANT, END, SPECIAL_TOKENS, stop_token_ids
from shared_lib.models import BUNDLED_DIR


def test_the_checkpoint_is_shipped_small_and_loads_with_auto_classes(monkeypatch):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    weights = BUNDLED_DIR / "model.safetensors"
    assert weights.exists(), "run `python -m shared_lib.build.pretrain` to build the course model"
    assert weights.stat().st_size <= 20 * 2**20
    m = AutoModelForCausalLM.from_pretrained(BUNDLED_DIR)
    t = AutoTokenizer.from_pretrained(BUNDLED_DIR)
    assert m.config.model_type == "llama" and 1e6 < m.num_parameters() < 2e7
    assert len(t) == m.config.vocab_size


def test_special_tokens_and_stop_tokens(tok, model):
    for s in SPECIAL_TOKENS:
        assert tok.convert_tokens_to_ids(s) != tok.unk_token_id and len(tok.tokenize(s)) == 1
    assert tok("Hi")["input_ids"][0] == tok.bos_token_id
    assert len({tok.bos_token_id, tok.eos_token_id, tok.pad_token_id}) == 3
    assert set(model.generation_config.eos_token_id) == set(stop_token_ids(tok))


def test_chat_template_marks_the_assistant_reply_for_assistant_only_loss(tok):
    assert "{% generation %}" in tok.chat_template
    msgs = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello there."}]
    enc = tok.apply_chat_template(msgs, tokenize=True, return_dict=True, return_assistant_tokens_mask=True)
    marked = [i for i, m in zip(enc["input_ids"], enc["assistant_masks"]) if m]
    assert tok.decode(marked) == "Hello there." + END
    prompt = tok.apply_chat_template(msgs[:1], tokenize=False, add_generation_prompt=True)
    assert prompt.endswith(ASSISTANT + "\n")


def test_chat_tokens_were_trained(model, tok):
    """Pretraining saw chat text, so the chat tokens' embeddings moved away from initialisation:
    after '<|user|>' the model predicts a newline, not noise."""
    ids = torch.tensor([[tok.bos_token_id, tok.convert_tokens_to_ids("<|user|>")]])
    with torch.no_grad():
        nxt = model(input_ids=ids).logits[0, -1].argmax().item()
    assert tok.decode([nxt]) == "\n"


def test_model_card_reports_measured_numbers():
    card = (BUNDLED_DIR / "README.md").read_text()
    log = json.loads((BUNDLED_DIR / "training_log.json").read_text())["metrics"]
    assert f"{log['val_perplexity_general']:.2f}" in card and f"{log['val_perplexity_domain']:.2f}" in card
    assert log["val_perplexity_domain"] > 2 * log["val_perplexity_general"], "domain text is new to the model"
    assert "Limitations" in card and "Sample generations" in card


def test_model_card_reports_reading_far_above_guessing_and_a_working_lora():
    """The measured skills (shared_lib.build.evaluate.skills, run at the end of pretraining) are in the
    card, reading from a passage beats guessing by a wide margin, and a LoRA q/v fine-tune learns the
    house format and the end-of-turn token."""
    card = (BUNDLED_DIR / "README.md").read_text()
    m = json.loads((BUNDLED_DIR / "training_log.json").read_text())["metrics"]
    assert f"{m['reading_with_passage']:.3f}" in card and f"{m['reading_closed_book']:.3f}" in card
    assert m["reading_items"] >= 200
    assert m["reading_with_passage"] >= max(3 * m["reading_closed_book"], m["reading_closed_book"] + 0.15)
    assert m["house_format_after"] >= 0.6 > m["house_format_before"]
    # 0.825 on the model before the prose reading practice, 0.725 after it (see the model card)
    assert m["stop_rate_after"] >= 0.7


def test_the_model_reads_an_answer_it_cannot_guess(model, tok):
    """A live check on fresh items (not the card): a key-value list with random values."""
    import random

    from shared_lib.build.evaluate import qa_accuracy
    from shared_lib.data import gen_reading

    rng = random.Random(2026)
    items = []
    for _ in range(30):
        context, pairs = gen_reading.make_sheet_qa(rng, 1)
        items.append(dict(context=context, question=pairs[0][0], answer=pairs[0][1]))
    with_passage = qa_accuracy(model, tok, items)
    closed = qa_accuracy(model, tok, items, with_context=False)
    assert with_passage >= closed + 0.15, (with_passage, closed)
