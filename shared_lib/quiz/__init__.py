"""Exam drill: the AIF-C01 question bank and the tools that use it (stdlib only, no torch)."""

from .bank import (
    Bank,
    BankError,
    Question,
    default_bank,
    is_correct,
    load_bank,
    normalize_answer,
    seal_key,
    unseal_key,
)

__all__ = [
    "Bank",
    "BankError",
    "Question",
    "default_bank",
    "is_correct",
    "load_bank",
    "normalize_answer",
    "seal_key",
    "unseal_key",
]
