"""Measurements of the course model that its model card and benchmarks report.

- reading: exact-match of greedy answers to context → question → answer items, with the passage
  and without it (closed book: what guessing gets);
- chat: after a short LoRA fine-tune on q/v only, does the model answer in the house format and stop
  at the end-of-turn token?
"""

from __future__ import annotations

import time

from ..data.formats import exact_match, qa_text


def qa_accuracy(
    model, tok, records: list[dict], with_context: bool = True, max_new_tokens: int = 12
) -> float:
    """Share of items whose greedy answer (up to the first newline / EOS) equals the gold answer."""
    from ..lm import generate_text

    hits = 0
    for r in records:
        context = r["context"] if with_context else ""
        prompt = qa_text(context, r["question"]) if with_context else f"Question: {r['question']}\nAnswer:"
        out = generate_text(model, tok, prompt, max_new_tokens=max_new_tokens, eos_token_id=tok.eos_token_id)
        answer = out.split("\n")[0].replace(tok.eos_token, "").strip().rstrip(".")
        hits += exact_match(answer, r["answer"])
    return hits / len(records)


def chat_reply(model, tok, messages: list[dict], max_new_tokens: int = 192) -> tuple[str, bool]:
    """The model's reply to a conversation and whether it ended with an end-of-turn/EOS token."""
    import torch

    from .tokenizer import END, stop_token_ids

    ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt", return_dict=True)
    with torch.no_grad():
        out = model.generate(
            **ids,
            max_new_tokens=max_new_tokens,
            do_sample=False,
            eos_token_id=stop_token_ids(tok),
            pad_token_id=tok.pad_token_id,
        )
    new = out[0, ids["input_ids"].shape[1] :].tolist()
    stopped = bool(new) and new[-1] in stop_token_ids(tok)
    text = tok.decode(new, skip_special_tokens=False).replace(END, "").replace(tok.eos_token, "")
    return text, stopped


def format_rates(model, tok, records: list[dict], n: int = 40, max_new_tokens: int = 192) -> dict:
    """On ``n`` instruction records whose prompt leaves room for ``max_new_tokens`` in the context:
    share of replies that stop by themselves, and that do so after a closing "Tip:" line."""
    limit = model.config.max_position_embeddings - max_new_tokens
    stops = tips = count = 0
    for r in records:
        prompt = [m for m in r["messages"] if m["role"] != "assistant"]
        if (
            len(
                tok.apply_chat_template(prompt, add_generation_prompt=True, tokenize=True, return_dict=True)[
                    "input_ids"
                ]
            )
            > limit
        ):
            continue
        reply, stopped = chat_reply(model, tok, prompt, max_new_tokens)
        stops += stopped
        tips += stopped and reply.strip().splitlines()[-1].startswith("Tip:")
        count += 1
        if count == n:
            break
    return {"stops": stops / count, "house_format": tips / count, "n": count}


def lora_finetune(
    model,
    tok,
    records: list[dict],
    steps: int = 400,
    lr: float = 2e-3,
    r: int = 8,
    batch_size: int = 8,
    seed: int = 0,
):
    """LoRA on q_proj and v_proj only, loss on the assistant's tokens only. Returns (model, seconds)."""
    import random

    import torch
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(seed)
    peft_model = get_peft_model(
        model, LoraConfig(r=r, lora_alpha=2 * r, target_modules=["q_proj", "v_proj"], lora_dropout=0.0)
    )
    examples = []
    for rec in records:
        enc = tok.apply_chat_template(
            rec["messages"], tokenize=True, return_dict=True, return_assistant_tokens_mask=True
        )
        ids, mask = enc["input_ids"], enc["assistant_masks"]
        if len(ids) > model.config.max_position_embeddings:
            continue  # never train on a conversation cut before its end-of-turn token
        examples.append((ids, [t if m else -100 for t, m in zip(ids, mask)]))
    opt = torch.optim.AdamW([p for p in peft_model.parameters() if p.requires_grad], lr=lr)
    rng = random.Random(seed)
    peft_model.train()
    t0 = time.perf_counter()
    for _ in range(steps):
        batch = rng.sample(examples, batch_size)
        width = max(len(i) for i, _ in batch)
        ids = torch.tensor([i + [tok.pad_token_id] * (width - len(i)) for i, _ in batch])
        labels = torch.tensor([lab + [-100] * (width - len(lab)) for _, lab in batch])
        attn = torch.tensor([[1] * len(i) + [0] * (width - len(i)) for i, _ in batch])
        loss = peft_model(input_ids=ids, attention_mask=attn, labels=labels).loss
        loss.backward()
        opt.step()
        opt.zero_grad()
    peft_model.eval()
    return peft_model, time.perf_counter() - t0


def kb_items(docs: list[dict], questions: list[dict]) -> list[dict]:
    """Knowledge-base questions as reading items, each with the document that answers it."""
    text = {d["id"]: d["text"] for d in docs}
    return [dict(context=text[q["doc_id"]], question=q["question"], answer=q["answer"]) for q in questions]


def skills(model, tok, lora: bool = True, n: int = 200) -> dict:
    """The measured skills that the model card and the benchmark report.

    Reading: greedy exact match on ``n`` held-out general reading items, with the passage and without
    it (closed book: what guessing gets), and on the knowledge-base questions with the one document
    that answers them (the best case for RAG) and without. Chat: after a 400-step LoRA on q/v, the share
    of held-out replies that stop at the end-of-turn token and that end in the house "Tip:" line.
    """
    from .. import data

    qa = data.read_records("general_qa", "validation")[:n]
    kb = kb_items(data.read_records("kb_documents"), data.read_records("kb_questions"))
    out = {
        "reading_items": len(qa),
        "reading_with_passage": qa_accuracy(model, tok, qa),
        "reading_closed_book": qa_accuracy(model, tok, qa, with_context=False),
        "kb_items": len(kb),
        "kb_with_document": qa_accuracy(model, tok, kb),
        "kb_closed_book": qa_accuracy(model, tok, kb, with_context=False),
    }
    if lora:
        test = data.read_records("instructions", "test")
        before = format_rates(model, tok, test)
        tuned, seconds = lora_finetune(model, tok, data.read_records("instructions", "train"))
        after = format_rates(tuned, tok, test)
        tuned.unload()  # the base model is left as it was
        out.update(
            lora_seconds=round(seconds, 1),
            lora_prompts=after["n"],
            stop_rate_before=before["stops"],
            stop_rate_after=after["stops"],
            house_format_before=before["house_format"],
            house_format_after=after["house_format"],
        )
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}
