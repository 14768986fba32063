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
    from .. import data
    from ..build.evaluate import format_rates, lora_finetune, qa_accuracy
    from ..models import load_model, load_tokenizer

    model, tok = load_model(), load_tokenizer()
    qa = data.read_records("general_qa", "validation")[:200]
    with_ctx = qa_accuracy(model, tok, qa, with_context=True)
    closed = qa_accuracy(model, tok, qa, with_context=False)
    yield Measurement("model.qa_with_context", with_ctx, "exact match", f"{len(qa)} held-out items")
    yield Measurement(
        "model.qa_closed_book", closed, "exact match", "same items without the passage (guessing)"
    )
    test = data.read_records("instructions", "test")
    before = format_rates(model, tok, test)
    tuned, seconds = lora_finetune(model, tok, data.read_records("instructions", "train"))
    after = format_rates(tuned, tok, test)
    yield Measurement(
        "model.lora_stop_rate",
        after["stops"],
        "share",
        f"of {after['n']} held-out prompts, replies ending at <|end|> after LoRA q/v ({seconds:.0f} s); "
        f"before: {before['stops']:.2f}",
    )
    yield Measurement(
        "model.lora_house_format",
        after["house_format"],
        "share",
        f"replies in house format (Tip line) after LoRA; before: {before['house_format']:.2f}",
    )
