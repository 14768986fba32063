"""Pretrain the course's own foundation model from the project's general corpus.

    python -m shared_lib.build.pretrain --minutes 15            # CPU: ~15 min on 2 cores
    python -m shared_lib.build.pretrain --minutes 3 --out /tmp/m  # a quick trial

Writes a transformers checkpoint (safetensors), the tokenizer, a generation config that stops at the
end of text or of a turn, ``training_log.json`` and a model card (README.md) with the measured
validation perplexities and sample generations. Uses a GPU (bf16 autocast) when one is available.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

from .. import data
from ..data.formats import qa_text
from ..runtime import autocast, get_device, set_seed, set_threads
from .tokenizer import stop_token_ids, train_tokenizer

OUT = Path(__file__).resolve().parent.parent / "assets" / "course-tiny"

MODEL_CONFIG = dict(
    hidden_size=256,
    intermediate_size=688,
    num_hidden_layers=4,
    num_attention_heads=4,
    num_key_value_heads=4,
    max_position_embeddings=512,
    rope_theta=10000.0,
    tie_word_embeddings=True,
)


def documents(tokenizer, split: str) -> list[list[int]]:
    """Token ids of every general-corpus document of a split, each ending with EOS."""
    eos = tokenizer.eos_token_id
    docs = [tokenizer(r["text"])["input_ids"] + [eos] for r in data.read_records("general_text", split)]
    for r in data.read_records("general_chat", split):
        ids = tokenizer.apply_chat_template(r["messages"], tokenize=True, return_dict=True)["input_ids"]
        docs.append(list(ids) + [eos])
    for r in data.read_records("general_qa", split):
        docs.append(tokenizer(qa_text(r["context"], r["question"], r["answer"]))["input_ids"] + [eos])
    return docs


def domain_documents(tokenizer, split: str = "validation") -> list[list[int]]:
    eos = tokenizer.eos_token_id
    return [tokenizer(r["text"])["input_ids"] + [eos] for r in data.read_records("domain", split)]


def tokenizer_texts() -> list[str]:
    texts = [r["text"] for r in data.read_records("general_text", "train")]
    texts += [m["content"] for r in data.read_records("general_chat", "train") for m in r["messages"]]
    texts += [
        qa_text(r["context"], r["question"], r["answer"]) for r in data.read_records("general_qa", "train")
    ]
    return texts


SAMPLE_PROMPTS = [
    "Once upon a time,",
    "The river",
    "Water boils",
    "<|bos|><|user|>\nWhat is a good breakfast?<|end|>\n<|assistant|>\n",
]


def train(
    minutes: float,
    out: Path,
    seq_len: int = 256,
    batch_size: int = 16,
    lr: float = 3e-3,
    vocab_size: int = 4096,
    seed: int = 0,
    max_steps: int | None = None,
    log_every: int = 25,
) -> dict:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from ..lm import generate_text, pack, perplexity

    set_seed(seed)
    threads = set_threads()
    device = get_device()
    t_start = time.perf_counter()
    tok = train_tokenizer(tokenizer_texts(), vocab_size)
    t_tok = time.perf_counter() - t_start
    train_blocks = pack(documents(tok, "train"), seq_len + 1)
    random.Random(seed).shuffle(train_blocks)
    val_blocks = pack(documents(tok, "validation"), seq_len + 1)
    dom_blocks = pack(domain_documents(tok), seq_len + 1)
    print(f"tokenizer {len(tok)} tokens ({t_tok:.1f} s); {len(train_blocks)} train blocks of {seq_len + 1}")

    cfg = LlamaConfig(
        vocab_size=len(tok),
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        **MODEL_CONFIG,
    )
    model = LlamaForCausalLM(cfg).to(device)
    n_params = model.num_parameters()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.95), weight_decay=0.1)
    budget = minutes * 60
    warmup = 100
    log, step, seen = [], 0, 0
    t0 = time.perf_counter()
    model.train()
    while True:
        elapsed = time.perf_counter() - t0
        # progress through training: by steps when a step count is given, else by the time budget
        frac = step / max_steps if max_steps else elapsed / budget
        if frac >= 1.0:
            break
        scale = min(1.0, (step + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(frac, 1.0))))
        for g in opt.param_groups:
            g["lr"] = lr * scale
        i = (step * batch_size) % max(1, len(train_blocks) - batch_size)
        x = torch.tensor(train_blocks[i : i + batch_size], device=device)
        with autocast(device):
            loss = model(input_ids=x, labels=x).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        seen += x.numel()
        if step % log_every == 0:
            rate = seen / (time.perf_counter() - t0)
            log.append(
                dict(
                    step=step,
                    loss=round(loss.item(), 4),
                    lr=round(lr * scale, 6),
                    tokens=seen,
                    seconds=round(time.perf_counter() - t0, 1),
                )
            )
            print(f"step {step:>5}  loss {loss.item():.3f}  {rate:,.0f} tokens/s  {elapsed / 60:.1f} min")
    train_seconds = time.perf_counter() - t0
    model.eval()
    n_eval = 200
    ppl_general = perplexity(model, val_blocks[:n_eval])
    ppl_domain = perplexity(model, dom_blocks[:n_eval])
    samples = {}
    for p in SAMPLE_PROMPTS:
        torch.manual_seed(seed)
        samples[p] = generate_text(
            model.cpu(),
            tok,
            p.replace("<|bos|>", ""),
            max_new_tokens=80,
            do_sample=True,
            temperature=0.7,
            top_k=40,
            eos_token_id=stop_token_ids(tok),
        )
    metrics = dict(
        parameters=n_params,
        steps=step,
        tokens_seen=seen,
        train_seconds=round(train_seconds, 1),
        tokens_per_second=round(seen / train_seconds, 1),
        device=device,
        threads=threads,
        train_blocks=len(train_blocks),
        seq_len=seq_len,
        batch_size=batch_size,
        lr=lr,
        vocab_size=len(tok),
        val_perplexity_general=round(ppl_general, 3),
        val_perplexity_domain=round(ppl_domain, 3),
        epochs=round(seen / (len(train_blocks) * (seq_len + 1)), 2),
    )
    save(model.cpu(), tok, out, metrics, log, samples)
    return metrics


def save(model, tok, out: Path, metrics: dict, log: list, samples: dict) -> None:
    from transformers import GenerationConfig

    out.mkdir(parents=True, exist_ok=True)
    model.generation_config = GenerationConfig(
        bos_token_id=tok.bos_token_id,
        eos_token_id=stop_token_ids(tok),
        pad_token_id=tok.pad_token_id,
        max_new_tokens=128,
    )
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    (out / "training_log.json").write_text(
        json.dumps(dict(metrics=metrics, log=log, samples=samples), indent=1)
    )
    from .model_card import model_card

    (out / "README.md").write_text(model_card(metrics, samples, MODEL_CONFIG))
    print(json.dumps(metrics, indent=1))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m shared_lib.build.pretrain",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--minutes", type=float, default=15.0, help="training time budget")
    ap.add_argument("--steps", type=int, default=None, help="fixed number of steps instead of a time budget")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seq-len", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    train(
        args.minutes, args.out, args.seq_len, args.batch_size, args.lr, seed=args.seed, max_steps=args.steps
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
