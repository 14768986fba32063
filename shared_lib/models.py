"""Loading the course's model and tokenizer.

Interim version: until the course's own pretrained model is bundled (issue [model-data]), the
"course-tiny" model is a small Llama built from a config in code (randomly initialised, seeded) and
its tokenizer is a byte-level BPE trained in about a second on text the course ships. Both are real
transformers objects, so every notebook uses them exactly as it will use the pretrained ones.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

BUNDLED = "course-tiny"
BUNDLED_DIR = Path(__file__).parent / "assets" / BUNDLED  # where the pretrained checkpoint will live
SPECIAL = {"bos_token": "<|bos|>", "eos_token": "<|eos|>", "pad_token": "<|pad|>"}


def _training_text() -> list[str]:
    """Our own text to learn sub-words from: the question bank and the course's module titles."""
    from .course import MODULES, TASKS
    from .quiz import default_bank

    texts = list(MODULES.values()) + list(TASKS.values())
    for q in default_bank():
        texts.append(q.stem)
        texts.extend(o.text + " " + o.why for o in q.options)
        if q.scenario:
            texts.append(q.scenario)
    return texts


@lru_cache(maxsize=1)
def _interim_tokenizer_json(vocab_size: int) -> str:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SPECIAL.values()),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_training_text(), trainer=trainer)
    bos = SPECIAL["bos_token"]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A", pair=f"{bos} $A {bos} $B", special_tokens=[(bos, tok.token_to_id(bos))]
    )
    return tok.to_str()


def load_tokenizer(name: str = BUNDLED, vocab_size: int = 1024):
    """The tokenizer of ``name`` (default: the course's own). Adds a BOS token to every text."""
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    if name != BUNDLED:
        return AutoTokenizer.from_pretrained(name)
    if BUNDLED_DIR.is_dir():
        return AutoTokenizer.from_pretrained(BUNDLED_DIR)
    from tokenizers import Tokenizer

    return PreTrainedTokenizerFast(
        tokenizer_object=Tokenizer.from_str(_interim_tokenizer_json(vocab_size)), **SPECIAL
    )


def tiny_config(vocab_size: int = 1024, **overrides):
    """A small Llama configuration (about 0.3 M parameters at the defaults)."""
    from transformers import LlamaConfig

    cfg = dict(
        vocab_size=vocab_size,
        hidden_size=64,
        intermediate_size=172,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=256,
        tie_word_embeddings=True,
        bos_token_id=0,
        eos_token_id=1,
        pad_token_id=2,
    )
    cfg.update(overrides)
    return LlamaConfig(**cfg)


def load_model(name: str = BUNDLED, seed: int = 0, **kwargs):
    """A causal language model: the course's own by default, or ``name`` through ``from_pretrained``."""
    import torch
    from transformers import AutoModelForCausalLM

    if name != BUNDLED:
        return AutoModelForCausalLM.from_pretrained(name, **kwargs)
    if BUNDLED_DIR.is_dir():
        return AutoModelForCausalLM.from_pretrained(BUNDLED_DIR, **kwargs)
    tok = load_tokenizer()
    ids = {k: tok.convert_tokens_to_ids(v) for k, v in SPECIAL.items()}
    cfg = tiny_config(
        len(tok), bos_token_id=ids["bos_token"], eos_token_id=ids["eos_token"], pad_token_id=ids["pad_token"]
    )
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(cfg)
    return model.eval()
