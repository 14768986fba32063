"""Inference parameters from the logits up: temperature, top-k, top-p, repetition penalty, sampling.

Each function takes next-token logits (a 1-D or 2-D float tensor, the last dimension the vocabulary)
and returns new logits, with removed tokens set to ``-inf``, exactly like the logits processors that
``transformers.generate`` applies (``TemperatureLogitsWarper``, ``TopKLogitsWarper``,
``TopPLogitsWarper``, ``RepetitionPenaltyLogitsProcessor``); a test checks that they agree to 1e-5.
Module 01 (prompt engineering) builds them by hand and plots what each one does to the distribution.
"""

from __future__ import annotations

import torch

NEG_INF = float("-inf")


def apply_temperature(logits: torch.Tensor, temperature: float) -> torch.Tensor:
    """Divide by the temperature: below 1 sharpens the distribution, above 1 flattens it."""
    if temperature <= 0:
        raise ValueError("temperature must be > 0 (use greedy decoding for 'temperature 0')")
    return logits / temperature


def top_k_filter(logits: torch.Tensor, k: int) -> torch.Tensor:
    """Keep the ``k`` highest logits (ties at the k-th value are kept too), set the rest to -inf."""
    if k <= 0:
        raise ValueError("top_k must be a positive integer")
    k = min(k, logits.shape[-1])
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits < kth, NEG_INF)


def top_p_filter(logits: torch.Tensor, p: float, min_tokens_to_keep: int = 1) -> torch.Tensor:
    """Nucleus filtering: keep the smallest set of most likely tokens whose probabilities add up to at
    least ``p``; at least ``min_tokens_to_keep`` tokens survive."""
    if not 0 < p <= 1:
        raise ValueError("top_p must be in (0, 1]")
    sorted_logits, order = torch.sort(logits, descending=False, dim=-1)
    cumulative = sorted_logits.softmax(dim=-1).cumsum(dim=-1)
    remove_sorted = cumulative <= (1 - p)  # the low-probability tail, in ascending order
    remove_sorted[..., -min_tokens_to_keep:] = False
    remove = remove_sorted.scatter(-1, order, remove_sorted)
    return logits.masked_fill(remove, NEG_INF)


def repetition_penalty(logits: torch.Tensor, input_ids: torch.Tensor, penalty: float) -> torch.Tensor:
    """Make tokens that already occur in ``input_ids`` less likely: positive logits are divided by
    ``penalty``, negative ones multiplied (CTRL's rule, as in transformers). ``penalty`` 1 does nothing."""
    if penalty <= 0:
        raise ValueError("repetition penalty must be > 0")
    squeeze = logits.dim() == 1
    if squeeze:
        logits, input_ids = logits[None], input_ids[None]
    seen = torch.gather(logits, 1, input_ids)
    seen = torch.where(seen < 0, seen * penalty, seen / penalty)
    out = logits.scatter(1, input_ids, seen)
    return out[0] if squeeze else out


def process(
    logits: torch.Tensor,
    *,
    temperature: float = 1.0,
    top_k: int | None = None,
    top_p: float | None = None,
    penalty: float | None = None,
    input_ids: torch.Tensor | None = None,
) -> torch.Tensor:
    """Apply the processors in transformers' order: repetition penalty, temperature, top-k, top-p."""
    if penalty is not None and penalty != 1.0:
        if input_ids is None:
            raise ValueError("a repetition penalty needs the input_ids generated so far")
        logits = repetition_penalty(logits, input_ids, penalty)
    if temperature != 1.0:
        logits = apply_temperature(logits, temperature)
    if top_k is not None:
        logits = top_k_filter(logits, top_k)
    if top_p is not None and (top_p < 1.0 or top_p > 1.0):
        logits = top_p_filter(logits, top_p)  # raises for a value outside (0, 1]
    return logits


def sample(logits: torch.Tensor, generator: torch.Generator | None = None, **params) -> torch.Tensor:
    """Draw next-token ids from processed logits (``params`` as in :func:`process`)."""
    probs = process(logits, **params).softmax(dim=-1)
    return torch.multinomial(probs.reshape(-1, probs.shape[-1]), 1, generator=generator).reshape(
        probs.shape[:-1]
    )


def library_process(logits: torch.Tensor, **params) -> torch.Tensor:
    """The same processing through transformers' own logits processors (for comparison)."""
    from transformers import (
        LogitsProcessorList,
        RepetitionPenaltyLogitsProcessor,
        TemperatureLogitsWarper,
        TopKLogitsWarper,
        TopPLogitsWarper,
    )

    procs = LogitsProcessorList()
    if params.get("penalty") not in (None, 1.0):
        procs.append(RepetitionPenaltyLogitsProcessor(params["penalty"]))
    if params.get("temperature", 1.0) != 1.0:
        procs.append(TemperatureLogitsWarper(params["temperature"]))
    if params.get("top_k") is not None:
        procs.append(TopKLogitsWarper(params["top_k"]))
    if params.get("top_p") is not None and params["top_p"] < 1.0:
        procs.append(TopPLogitsWarper(params["top_p"]))
    squeeze = logits.dim() == 1
    scores = logits[None] if squeeze else logits
    ids = params.get("input_ids")
    if ids is None:
        ids = torch.zeros((scores.shape[0], 1), dtype=torch.long)
    elif ids.dim() == 1:
        ids = ids[None]
    out = procs(ids, scores.clone())
    return out[0] if squeeze else out


def generate_sampled(
    model,
    input_ids: torch.Tensor,
    max_new_tokens: int,
    eos_token_id: int | list[int] | None = None,
    generator: torch.Generator | None = None,
    **params,
) -> torch.Tensor:
    """Decode token by token with :func:`sample` (``params`` as in :func:`process`), reusing the
    key/value cache like ``model.generate``. ``input_ids``: (1, T) → (1, T + new).

    With the same seed it draws the same tokens as ``model.generate(do_sample=True, …)`` (a test
    checks it): the from-scratch processors are the whole story of sampling.
    """
    stops = {eos_token_id} if isinstance(eos_token_id, int) else set(eos_token_id or ())
    ids, step, past = input_ids, input_ids, None
    for _ in range(max_new_tokens):
        with torch.no_grad():
            out = model(input_ids=step, past_key_values=past, use_cache=True)
        past = out.past_key_values
        nxt = sample(out.logits[:, -1].float(), generator=generator, input_ids=ids, **params)
        ids = torch.cat([ids, nxt.reshape(1, 1)], dim=1)
        step = ids[:, -1:]
        if nxt.item() in stops:
            break
    return ids
