"""Benchmarks of the course model: load time, size, perplexities, reading, chat format after LoRA."""

from __future__ import annotations

import json
import time

from . import Measurement, benchmark


def _bundled():
    from ..models import BUNDLED_DIR

    return BUNDLED_DIR if (BUNDLED_DIR / "config.json").exists() else None


@benchmark("model", "course model: load time, size, validation perplexities, pretraining speed")
def model_basics():
    folder = _bundled()
    if folder is None:
        return
    from ..build.pretrain import documents, domain_documents
    from ..lm import pack, perplexity
    from ..models import load_model, load_tokenizer

    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        model, tok = load_model(), load_tokenizer()
        best = min(best, time.perf_counter() - t0)
    yield Measurement("model.load", best, "s", "from_pretrained, model + tokenizer, best of 3")
    size = sum(f.stat().st_size for f in folder.glob("*.safetensors")) / 2**20
    yield Measurement("model.checkpoint", size, "MiB", f"{model.num_parameters():,} parameters, safetensors")
    log = json.loads((folder / "training_log.json").read_text())["metrics"]
    yield Measurement(
        "model.pretrain_speed",
        log["tokens_per_second"],
        "tokens/s",
        f"{log['steps']} steps, {log['train_seconds'] / 60:.1f} min on {log['device']}",
    )
    general = perplexity(model, pack(documents(tok, "validation"), 257)[:200])
    domain = perplexity(model, pack(domain_documents(tok), 257)[:200])
    yield Measurement("model.ppl_general", general, "ppl", "general corpus, validation split")
    yield Measurement(
        "model.ppl_domain", domain, "ppl", f"AnyCompany domain text ({domain / general:.1f}× general)"
    )


@benchmark("model_skills", "course model: reading from context, and chat format after a LoRA q/v fine-tune")
def model_skills():
    if _bundled() is None:
        return
    from ..build.evaluate import skills
    from ..models import load_model, load_tokenizer

    m = skills(load_model(), load_tokenizer(), lora=True)
    n = m["reading_items"]
    yield Measurement(
        "model.qa_with_context", m["reading_with_passage"], "exact match", f"{n} held-out items"
    )
    yield Measurement(
        "model.qa_closed_book",
        m["reading_closed_book"],
        "exact match",
        "same items without the passage (guessing)",
    )
    yield Measurement(
        "model.kb_with_document",
        m["kb_with_document"],
        "exact match",
        f"{m['kb_items']} knowledge-base questions, each with the document that answers it (best-case RAG)",
    )
    yield Measurement(
        "model.kb_closed_book", m["kb_closed_book"], "exact match", "the same questions without the document"
    )
    yield Measurement(
        "model.lora_stop_rate",
        m["stop_rate_after"],
        "share",
        f"of {m['lora_prompts']} held-out prompts, replies ending at <|end|> after LoRA q/v "
        f"({m['lora_seconds']:.0f} s); before: {m['stop_rate_before']:.2f}",
    )
    yield Measurement(
        "model.lora_house_format",
        m["house_format_after"],
        "share",
        f"replies in house format (Tip line) after LoRA; before: {m['house_format_before']:.2f}",
    )
