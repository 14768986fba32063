"""Pretrain the course's own foundation model from the project's general corpus.

    python -m shared_lib.build.pretrain                         # CPU: 30 min on 2 cores
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
from ..data.formats import qa_text_multi
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
    docs += reading_documents(tokenizer, split)
    return docs


def reading_passages(split: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Context -> question -> answer items grouped by passage (consecutive records share a context)."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for r in data.read_records("general_qa", split):
        if groups and groups[-1][0] == r["context"]:
            groups[-1][1].append((r["question"], r["answer"]))
        else:
            groups.append((r["context"], [(r["question"], r["answer"])]))
    return groups


def _labelled(tokenizer, text: str, spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Token ids of ``text`` + EOS, and labels that keep only tokens overlapping ``spans`` (a token such
    as " year" starts at the space before its span)."""
    enc = tokenizer(text, return_offsets_mapping=True)
    ids = list(enc["input_ids"])
    labels = [
        t if any(s < b and e > a for a, b in spans) else -100 for t, (s, e) in zip(ids, enc["offset_mapping"])
    ]
    return ids + [tokenizer.eos_token_id], labels + [tokenizer.eos_token_id]


def practice_examples(tokenizer, split: str) -> list[tuple[list[int], list[int]]]:
    """Reading practice: the loss falls only on what must be read from earlier in the text.

    - copy drills: the second copy of the word list (nothing but the first copy predicts it);
    - passages with their questions: the answers.

    Plain language modelling spreads the loss over every token, and a few answer tokens in a long
    passage are too weak a signal for a small model to learn to look things up within a CPU budget
    (trained that way it answered 0.065 of held-out items with the passage and 0.075 without). Putting
    the loss on the answers alone, late in training, is the same move as the reading-comprehension and
    instruction data that larger models see while annealing.
    """
    out = []
    for r in data.read_records("general_text", split):
        if r.get("kind") == "copy":
            text = r["text"]
            # the drill repeats one list: label the second occurrence
            frame_end = text.find(": ") + 2 if ": " in text else 0
            first = text[frame_end:].split(".")[0]
            if first and text.count(first) >= 2:
                start = text.rfind(first)
                out.append(_labelled(tokenizer, text, [(start, start + len(first) + 1)]))
    for context, pairs in reading_passages(split):
        text = qa_text_multi(context, pairs)
        spans, k = [], 0
        while (j := text.find("\nAnswer: ", k)) >= 0:
            a = j + len("\nAnswer: ")
            b = text.find("\n", a)
            # from the space before the answer: it is its own token before some answers ("-3 degrees")
            spans.append((a - 1, len(text) if b < 0 else b))
            k = a
        out.append(_labelled(tokenizer, text, spans))
    return out


def by_length(examples: list, batch_size: int, rng: random.Random) -> list:
    """Order examples so that each run of ``batch_size`` holds examples of similar length (little
    padding: about twice as many practice steps in the same time), with the batches in random order."""
    ordered = sorted(examples, key=lambda e: len(e[0]))
    batches = [ordered[i : i + batch_size] for i in range(0, len(ordered) - batch_size + 1, batch_size)]
    rng.shuffle(batches)
    return [e for b in batches for e in b]


def practice_batch(examples, n: int, batch_size: int, pad_id: int, device: str):
    """The ``n``-th batch of practice examples, right-padded: (input ids, labels, attention mask)."""
    import torch

    start = (n * batch_size) % max(1, len(examples) - batch_size)
    items = examples[start : start + batch_size]
    width = max(len(ids) for ids, _ in items)
    x = torch.full((len(items), width), pad_id, dtype=torch.long)
    y = torch.full((len(items), width), -100, dtype=torch.long)
    mask = torch.zeros((len(items), width), dtype=torch.long)
    for i, (ids, labels) in enumerate(items):
        x[i, : len(ids)] = torch.tensor(ids)
        y[i, : len(labels)] = torch.tensor(labels)
        mask[i, : len(ids)] = 1
    return x.to(device), y.to(device), mask.to(device)


def reading_documents(tokenizer, split: str) -> list[list[int]]:
    """One document per passage: the passage, then every question about it with its answer."""
    eos = tokenizer.eos_token_id
    return [tokenizer(qa_text_multi(c, pairs))["input_ids"] + [eos] for c, pairs in reading_passages(split)]


def domain_documents(tokenizer, split: str = "validation") -> list[list[int]]:
    eos = tokenizer.eos_token_id
    return [tokenizer(r["text"])["input_ids"] + [eos] for r in data.read_records("domain", split)]


def tokenizer_texts() -> list[str]:
    texts = [r["text"] for r in data.read_records("general_text", "train")]
    texts += [m["content"] for r in data.read_records("general_chat", "train") for m in r["messages"]]
    texts += [qa_text_multi(c, pairs) for c, pairs in reading_passages("train")]
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
    practice: float = 0.45,
    init: Path | None = None,
    skills: bool = True,
) -> dict:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from ..lm import generate_text, pack, perplexity

    set_seed(seed)
    threads = set_threads()
    device = get_device()
    t_start = time.perf_counter()
    if init is None:
        tok = train_tokenizer(tokenizer_texts(), vocab_size)
    else:  # continue from a checkpoint (a trial run, or resuming): keep its tokenizer
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(init)
    t_tok = time.perf_counter() - t_start
    train_blocks = pack(documents(tok, "train"), seq_len + 1)
    random.Random(seed).shuffle(train_blocks)
    # Reading practice, the last `practice` share of the time budget (see practice_examples).
    practice_set = by_length(
        [e for e in practice_examples(tok, "train") if len(e[0]) <= MODEL_CONFIG["max_position_embeddings"]],
        batch_size,
        random.Random(seed + 1),
    )
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
    if init is None:
        model = LlamaForCausalLM(cfg).to(device)
    else:
        model = LlamaForCausalLM.from_pretrained(init).to(device)
    n_params = model.num_parameters()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.95), weight_decay=0.1)
    budget = minutes * 60
    warmup = 100
    log, step, seen, n_practice = [], 0, 0, 0
    t0 = time.perf_counter()
    model.train()
    while True:
        elapsed = time.perf_counter() - t0
        # progress through training: by steps when a step count is given, else by the time budget
        frac = step / max_steps if max_steps else elapsed / budget
        if frac >= 1.0:
            break
        if frac < 1.0 - practice:  # language modelling: cosine from lr down to lr/3
            lm_frac = frac / max(1e-9, 1.0 - practice)
            scale = min(1.0, (step + 1) / warmup) * (
                1 / 3 + (2 / 3) * 0.5 * (1 + math.cos(math.pi * lm_frac))
            )
            practising = False
        else:  # reading practice at lr/3, one language-modelling step in four to keep general text
            scale = 1 / 3
            practising = step % 4 != 0
        for g in opt.param_groups:
            g["lr"] = lr * scale
        if practising:
            x, labels, mask = practice_batch(practice_set, n_practice, batch_size, tok.pad_token_id, device)
            n_practice += 1
            with autocast(device):
                loss = model(input_ids=x, attention_mask=mask, labels=labels).loss
        else:
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
        practice_share=practice,
        practice_steps=n_practice,
        practice_examples=len(practice_set),
        initialised_from=str(init) if init else None,
    )
    if init is not None:
        metrics["earlier_stages"] = earlier_stages(Path(init))
    if skills:
        from .evaluate import skills as measure_skills

        metrics.update(measure_skills(model.cpu(), tok, lora=True))
    save(model.cpu(), tok, out, metrics, log, samples)
    return metrics


STAGE_KEYS = (
    "steps",
    "tokens_seen",
    "train_seconds",
    "tokens_per_second",
    "device",
    "threads",
    "lr",
    "epochs",
    "practice_share",
    "practice_steps",
    "practice_examples",
)


def earlier_stages(init: Path) -> list[dict]:
    """The training stages behind a checkpoint we continue from (its own, and the ones before it), so
    the model card can tell the whole recipe."""
    path = init / "training_log.json"
    if not path.exists():
        return []
    m = json.loads(path.read_text())["metrics"]
    return m.get("earlier_stages", []) + [{k: m[k] for k in STAGE_KEYS if k in m}]


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
    ap.add_argument("--minutes", type=float, default=30.0, help="training time budget")
    ap.add_argument("--steps", type=int, default=None, help="fixed number of steps instead of a time budget")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seq-len", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--practice", type=float, default=0.45, help="share of the budget for reading practice")
    ap.add_argument(
        "--init", type=Path, default=None, help="continue from this checkpoint (keeps its tokenizer)"
    )
    ap.add_argument(
        "--no-skills", dest="skills", action="store_false", help="skip the reading and LoRA checks at the end"
    )
    args = ap.parse_args(argv)
    train(
        args.minutes,
        args.out,
        args.seq_len,
        args.batch_size,
        args.lr,
        seed=args.seed,
        max_steps=args.steps,
        practice=args.practice,
        init=args.init,
        skills=args.skills,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
