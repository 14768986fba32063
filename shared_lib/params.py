"""Counting parameters: the first number of every fine-tuning cost estimate."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParamCount:
    trainable: int
    total: int

    @property
    def fraction(self) -> float:
        return self.trainable / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"trainable {self.trainable:,} of {self.total:,} ({100 * self.fraction:.3f} %)"


def count_parameters(model) -> ParamCount:
    """Trainable and total parameter counts of a torch module.

    A weight shared by two modules (tied input and output embeddings) counts once, as in
    ``model.parameters()``; a weight counts as trainable when ``requires_grad`` is set.
    """
    trainable = total = 0
    for p in model.parameters():  # parameters() yields a shared tensor only once
        total += p.numel()
        if p.requires_grad:
            trainable += p.numel()
    return ParamCount(trainable, total)


def freeze(model, except_names: tuple[str, ...] = ()) -> None:
    """Set ``requires_grad=False`` on every parameter whose name contains none of ``except_names``."""
    for name, p in model.named_parameters():
        p.requires_grad = any(s in name for s in except_names)
