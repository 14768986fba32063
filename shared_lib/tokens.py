"""Tokens and context windows: what a model actually counts."""

from __future__ import annotations


def count_tokens(tokenizer, texts: list[str], add_special_tokens: bool = True) -> list[int]:
    """Number of token ids each text becomes, including the special tokens the tokenizer adds.

    >>> count_tokens(tok, ["Hello world", ""])   # doctest: +SKIP
    [3, 1]      # with a BOS token added to each
    """
    if isinstance(texts, str):
        raise TypeError("pass a list of texts, e.g. [text]")
    texts = list(texts)
    if not texts:  # transformers 5 fails on an empty batch
        return []
    enc = tokenizer(texts, add_special_tokens=add_special_tokens)
    return [len(ids) for ids in enc["input_ids"]]


def max_new_tokens(prompt_tokens: int, context_window: int, requested: int) -> int:
    """How many tokens a model may generate after a prompt of ``prompt_tokens`` tokens.

    The prompt and the output share the context window, so the answer is
    ``min(requested, context_window - prompt_tokens)``. A prompt that leaves no room raises.
    """
    if prompt_tokens < 0 or requested < 0 or context_window <= 0:
        raise ValueError("token counts must be non-negative and the window positive")
    room = context_window - prompt_tokens
    if room <= 0:
        raise ValueError(f"the prompt ({prompt_tokens} tokens) fills the {context_window}-token window")
    return min(requested, room)
