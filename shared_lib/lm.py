"""Language-model utilities used across modules: packing token streams, perplexity, generation."""

from __future__ import annotations

import math
from collections.abc import Iterable


def pack(token_lists: Iterable[list[int]], seq_len: int) -> list[list[int]]:
    """Concatenate documents and cut the stream into blocks of ``seq_len`` tokens (the tail that
    does not fill a block is dropped). Documents already carry their own BOS/EOS tokens."""
    stream: list[int] = []
    blocks = []
    for ids in token_lists:
        stream.extend(ids)
        while len(stream) >= seq_len:
            blocks.append(stream[:seq_len])
            stream = stream[seq_len:]
    return blocks


def perplexity(model, blocks: list[list[int]], batch_size: int = 16) -> float:
    """exp(mean next-token cross-entropy) over equal-length token blocks: ``blocks`` (N, T)."""
    import torch
    import torch.nn.functional as F

    if not blocks:
        raise ValueError("no blocks to evaluate")
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for i in range(0, len(blocks), batch_size):
            x = torch.tensor(blocks[i : i + batch_size], device=device)
            logits = model(input_ids=x).logits[:, :-1].float()
            loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), x[:, 1:].reshape(-1), reduction="sum")
            total += loss.item()
            count += x[:, 1:].numel()
    model.train(was_training)
    return math.exp(total / count)


def generate_text(model, tokenizer, prompt: str, max_new_tokens: int = 60, **kwargs) -> str:
    """Decode a continuation of ``prompt`` (greedy unless sampling arguments are given)."""
    import torch

    device = next(model.parameters()).device
    enc = tokenizer(prompt, return_tensors="pt").to(device)
    kwargs.setdefault("do_sample", False)
    kwargs.setdefault("pad_token_id", tokenizer.pad_token_id)
    with torch.no_grad():
        out = model.generate(**enc, max_new_tokens=max_new_tokens, **kwargs)
    return tokenizer.decode(out[0, enc["input_ids"].shape[1] :], skip_special_tokens=False)
