"""Inference parameters written from scratch agree with transformers' logits processors."""

from __future__ import annotations

import math

import pytest
import torch

from shared_lib import sampling as S

CASES = [
    dict(temperature=0.7),
    dict(temperature=1.5),
    dict(top_k=1),
    dict(top_k=5),
    dict(top_k=10_000),
    dict(top_p=0.9),
    dict(top_p=0.3),
    dict(top_p=1e-6),
    dict(temperature=0.8, top_k=40, top_p=0.95),
    dict(penalty=1.3),
    dict(penalty=0.8),
    dict(penalty=1.2, temperature=0.9, top_k=20, top_p=0.8),
]


@pytest.mark.parametrize("params", CASES, ids=lambda p: ",".join(f"{k}={v}" for k, v in p.items()))
@pytest.mark.parametrize("batch", [False, True])
def test_from_scratch_equals_transformers(params, batch):
    g = torch.Generator().manual_seed(0)
    logits = torch.randn((3, 50) if batch else (50,), generator=g) * 3
    ids = torch.randint(0, 50, (3, 7) if batch else (7,), generator=g)
    if "penalty" in params:
        params = {**params, "input_ids": ids}
    mine = S.process(logits, **params)
    ref = S.library_process(logits, **params)
    assert torch.equal(torch.isinf(mine), torch.isinf(ref))
    finite = ~torch.isinf(ref)
    assert torch.allclose(mine[finite], ref[finite], atol=1e-5)


def test_top_k_and_top_p_keep_what_they_should():
    logits = torch.log(torch.tensor([0.5, 0.25, 0.15, 0.1]))
    assert (~torch.isinf(S.top_k_filter(logits, 2))).tolist() == [True, True, False, False]
    # 0.5 + 0.25 = 0.75 < 0.8, so the nucleus needs the third token too
    assert (~torch.isinf(S.top_p_filter(logits, 0.8))).tolist() == [True, True, True, False]
    assert (~torch.isinf(S.top_p_filter(logits, 0.75))).tolist() == [True, True, False, False]
    assert (~torch.isinf(S.top_p_filter(logits, 0.01))).tolist() == [True, False, False, False]


def test_temperature_sharpens_and_flattens():
    logits = torch.tensor([2.0, 1.0, 0.0])

    def entropy(t):
        p = S.apply_temperature(logits, t).softmax(-1)
        return -(p * p.log()).sum().item()

    assert entropy(0.5) < entropy(1.0) < entropy(2.0) < math.log(3)


def test_repetition_penalty_lowers_seen_tokens_whatever_their_sign():
    logits = torch.tensor([2.0, -2.0, 1.0])
    out = S.repetition_penalty(logits, torch.tensor([0, 1]), 2.0)
    assert out.tolist() == [1.0, -4.0, 1.0]


@pytest.mark.parametrize("bad", [dict(temperature=0), dict(top_k=0), dict(top_p=0), dict(top_p=1.5)])
def test_bad_parameters_are_explained(bad):
    with pytest.raises(ValueError):
        S.process(torch.zeros(5), **bad)


def test_sampling_respects_the_filters():
    logits = torch.tensor([0.0, 5.0, 4.0, -3.0])
    g = torch.Generator().manual_seed(1)
    draws = {S.sample(logits, generator=g, top_k=2).item() for _ in range(200)}
    assert draws == {1, 2}
