"""The customization ladder, with a compute estimate for each rung.

Training compute per token: a forward pass costs about 2 FLOPs per parameter, the backward pass
about 2 per parameter to carry gradients back through every layer, plus 2 per *trainable* parameter
for the weight gradients. So full training costs ~6·N per token (the usual "6ND" rule), and training
only a small fraction of the weights still costs ~4·N per token: PEFT saves memory and optimizer
state far more than it saves FLOPs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rung:
    name: str
    changes: str  # what is modified
    data: str  # what data it needs
    train_tokens: float  # tokens processed in training (0: no training)
    trainable_fraction: float  # of the model's parameters


def training_flops(n_params: float, trainable_fraction: float, tokens: float) -> float:
    """Approximate training FLOPs: ``tokens * (4 N + 2 N_trainable)``."""
    if not 0.0 <= trainable_fraction <= 1.0:
        raise ValueError("trainable_fraction must be in [0, 1]")
    return tokens * (4 * n_params + 2 * trainable_fraction * n_params)


def ladder(
    n_params: float,
    *,
    examples: int = 1_000,
    example_tokens: int = 256,
    epochs: int = 3,
    domain_tokens: float = 1e9,
    pretrain_tokens: float | None = None,
    lora_fraction: float = 0.005,
) -> list[Rung]:
    """The rungs for a model of ``n_params`` parameters, cheapest first.

    Defaults: a fine-tuning set of 1,000 examples of 256 tokens for 3 epochs; a 1 B-token domain
    corpus; pre-training from scratch on 1 T tokens (open models read trillions of tokens whatever
    their size) or 20 tokens per parameter (the compute-optimal rule), whichever is more.
    """
    if pretrain_tokens is None:
        pretrain_tokens = max(1e12, 20.0 * n_params)
    ft_tokens = examples * example_tokens * epochs
    return [
        Rung("Prompt engineering", "nothing (the prompt)", "a few examples", 0.0, 0.0),
        Rung("RAG", "nothing (retrieved context)", "documents to index", 0.0, 0.0),
        Rung("PEFT (LoRA)", "a small added set of weights", "labeled pairs", ft_tokens, lora_fraction),
        Rung("Full fine-tuning", "every weight", "labeled pairs", ft_tokens, 1.0),
        Rung("Continued pre-training", "every weight", "unlabeled domain text", domain_tokens, 1.0),
        Rung(
            "Pre-training from scratch",
            "every weight, from random",
            "a huge general corpus",
            pretrain_tokens,
            1.0,
        ),
    ]


def ladder_table(n_params: float, **kwargs) -> list[dict]:
    """Rows for a table or plot: each rung with its estimated training FLOPs."""
    return [
        dict(
            rung=r.name,
            changes=r.changes,
            data=r.data,
            train_tokens=r.train_tokens,
            trainable_fraction=r.trainable_fraction,
            flops=training_flops(n_params, r.trainable_fraction, r.train_tokens),
        )
        for r in ladder(n_params, **kwargs)
    ]
