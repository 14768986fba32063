"""The model card written next to the checkpoint (README.md), from the measured numbers."""

from __future__ import annotations


def model_card(metrics: dict, samples: dict, config: dict) -> str:
    m = metrics
    cfg = "\n".join(f"| `{k}` | {v} |" for k, v in config.items())
    skills = _skills(m)
    gens = "\n\n".join(f"**Prompt** `{p!r}`\n\n```text\n{s.strip()}\n```" for p, s in samples.items())
    return f"""---
license: mit
language: en
library_name: transformers
pipeline_tag: text-generation
---

# course-tiny: the course's own foundation model

A small Llama-architecture causal language model pretrained from scratch by the *Fine-Tuning Foundation
Models* course on text the course generated itself (`shared_lib/data`, see DATASHEET.md). It exists so
that every module can pretrain, fine-tune, align and evaluate a real transformers model on a laptop CPU
with no network: it loads with `AutoModelForCausalLM.from_pretrained` like any hub model.

## Architecture

`LlamaForCausalLM`, {m["parameters"]:,} parameters, vocabulary {m["vocab_size"]:,} (byte-level BPE trained by the
project), context {config["max_position_embeddings"]} positions.

| setting | value |
|---|---|
{cfg}

Special tokens: `<|bos|>`, `<|eos|>` (end of text), `<|pad|>`, and the chat tokens `<|system|>`,
`<|user|>`, `<|assistant|>`, `<|end|>` (end of turn). The chat template marks the assistant's reply
with `{{% generation %}}` so trl's `assistant_only_loss=True` works. Generation stops at `<|eos|>` or
`<|end|>`.

## Training

- Data: the general corpus only (stories, true facts, explanations, dialogues, chat conversations,
  context → question → answer passages). The AnyCompany domain corpus is **not** in pretraining, so
  continued pre-training (module 07) has something to add.
- Batches of {m["batch_size"]} × {m["seq_len"]} tokens, AdamW (β = 0.9, 0.95, weight decay 0.1), gradient
  clipping 1.0.
- *Reading practice*: three steps in four train on copy drills and passages with their questions, with
  the loss on the copied list and the answers only; one in four continues plain language modelling.
  The practice items grew between stages (DATASHEET.md): stages 4 and 5 added pages in the prose shapes
  of a company's help pages (`gen_prose.py`: care and safety guides, roles, policies, rate cards…), with
  random values, which took reading of the knowledge base's shapes from 0.17 to 0.72 (whole document).
  Stage 8 added a third set whose answers are written in words (colours, materials, people, topics, the
  steps of a routine), asked in new ways, which moved quote-constrained RAG on the 90 questions of
  `kb_questions_heldout_2` from 0.27 to 0.36 (module 02).
{_stages(m)}
## Evaluation (held-out validation blocks of {m["seq_len"]} tokens)

| text | perplexity |
|---|---:|
| general corpus (validation split) | {m["val_perplexity_general"]:.2f} |
| AnyCompany domain corpus (never seen) | {m["val_perplexity_domain"]:.2f} |

{skills}
## Sample generations (temperature 0.7, top-k 40)

{gens}

## Limitations

A few million parameters trained for minutes: it writes grammatical, mostly coherent short English on
the topics of its corpus, copies answers from a passage it is given, and follows the chat format, but it
knows little about the world, reasons poorly, invents facts, and understands nothing outside its
corpus. Chain-of-thought and other abilities that emerge only at scale do not appear. Use it to see
effects (what fine-tuning, LoRA, RLHF change), never as an assistant.
"""


def _stage_text(st: dict) -> str:
    share = st.get("practice_share", 0)
    if share >= 1:
        how = (
            f"reading practice only ({st.get('practice_steps', 0):,} of the steps, drawn from "
            f"{st.get('practice_examples', 0):,} practice items; one in four plain language "
            f"modelling) at a constant learning rate of {st['lr'] / 3:g}"
        )
    elif share <= 0:
        how = f"plain language modelling, warm-up then cosine decay from {st['lr']:.2g} to {st['lr'] / 3:.2g}"
    else:
        how = (
            f"language modelling (peak learning rate {st['lr']:g}), then reading practice in the last "
            f"{share:.0%} ({st.get('practice_steps', 0):,} steps)"
        )
    return (
        f"{st['steps']:,} steps, {st['tokens_seen']:,} tokens, {st['train_seconds'] / 60:.1f} min on "
        f"{st['device']} ({st['threads']} thread{'s' if st['threads'] != 1 else ''}): {how}."
    )


def _stages(m: dict) -> str:
    """The training run, or every stage when this checkpoint continued from others (``--init``)."""
    stages = m.get("earlier_stages") or []
    if not stages:
        return f"- {_stage_text(m)} ({m['tokens_per_second']:,.0f} tokens/s)\n"
    lines = ["", "Trained in stages, each continuing from the previous checkpoint (`--init`):", ""]
    lines += [f"{i}. {_stage_text(st)}" for i, st in enumerate(stages + [m], 1)]
    return "\n".join(lines) + "\n"


def _skills(m: dict) -> str:
    if "reading_with_passage" not in m:
        return ""
    rows = [
        f"| general reading items, with the passage | {m['reading_with_passage']:.3f} | {m['reading_items']} held-out |",
        f"| same items, closed book (guessing) | {m['reading_closed_book']:.3f} | |",
        f"| knowledge-base questions, with their document | {m['kb_with_document']:.3f} | {m['kb_items']} |",
        f"| knowledge-base questions, closed book | {m['kb_closed_book']:.3f} | |",
    ]
    text = (
        "## Skills (measured by `shared_lib.build.evaluate.skills`)\n\n"
        "Greedy exact match of the answer, `Context: … / Question: … / Answer:` prompts:\n\n"
        "| task | exact match | items |\n|---|---:|---:|\n" + "\n".join(rows) + "\n"
    )
    if "stop_rate_after" in m:
        text += (
            f"\nChat format after a {m['lora_seconds']:.0f}-second LoRA (r = 8, q_proj and v_proj only) on the "
            f"instruction pairs, on {m['lora_prompts']} held-out prompts: replies that stop at `<|end|>` "
            f"{m['stop_rate_before']:.2f} → {m['stop_rate_after']:.2f}; replies in the house format (a final "
            f"`Tip:` line) {m['house_format_before']:.2f} → {m['house_format_after']:.2f}.\n"
        )
    return text + "\n"
