"""Benchmarks of module 01: the prompting baseline on the course task, and the prompt-attack defences.

The baseline is what every later module must beat: intent accuracy with the best k-shot prompt (chosen
on a development split) and the share of AnyCompany replies in the house format with the best prompt.
The same functions produce the notebook's plots (with the fast or full sizes).
"""

from __future__ import annotations

from . import Measurement, benchmark

MODULE = "01_prompt_engineering"


@benchmark(
    "prompting_baseline", "prompting baseline on the course task: intents by k-shot prompts, house format"
)
def prompting_baseline():
    from ..models import BUNDLED_DIR, load_model, load_tokenizer
    from ..prompting import prompting_baseline as baseline
    from ..settings import sizes

    if not (BUNDLED_DIR / "config.json").exists():
        return
    b = baseline(load_model(), load_tokenizer(), sizes(MODULE, fast=False))
    intent, fmt = b["intent"], b["house_format"]
    best = intent["best_prompt"]
    yield Measurement(
        "prompting.intent_accuracy",
        intent["best_test_accuracy"],
        "accuracy",
        f"7 intents, {intent['n_test']} test messages, best prompt on dev: {best['shots']}-shot"
        f"{', calibrated' if best['calibrated'] else ''}; chance {intent['chance']:.3f}",
        detail={k: intent[k] for k in ("dev", "test", "best_prompt", "chance", "n_dev", "n_test")},
    )
    yield Measurement(
        "prompting.house_format",
        fmt["best_rate"],
        "share",
        f"{fmt['n']} AnyCompany requests in the house format, best of: "
        + ", ".join(f"{k} {v:.2f}" for k, v in fmt["rates"].items()),
        detail={k: fmt[k] for k in ("rates", "best_prompt", "n")},
    )


@benchmark("prompt_defences", "input screen and system-prompt leak check: catch and false-positive rates")
def prompt_defences():
    from .. import data
    from ..prompting import ATTACKS, HARD_BENIGN, leak_examples, leaks_prompt, screen_rates

    benign = [r["text"] for r in data.read_records("intents", "test")] + [
        m["content"]
        for r in data.read_records("instructions", "test")
        for m in r["messages"]
        if m["role"] == "user"
    ]
    screen, hard = screen_rates(ATTACKS, benign), screen_rates(ATTACKS, HARD_BENIGN)
    yield Measurement(
        "prompting.screen_catch_rate",
        screen["catch_rate"],
        "share",
        f"{len(ATTACKS)} crafted attacks: plain {screen['catch_rate_plain']:.2f}, "
        f"obfuscated {screen['catch_rate_obfuscated']:.2f}",
    )
    yield Measurement(
        "prompting.screen_false_positives",
        screen["false_positive_rate"],
        "share",
        f"of {len(benign)} customer messages; {hard['false_positive_rate']:.2f} of {len(HARD_BENIGN)} "
        "harmless messages written to look like attacks",
    )
    tests = data.read_records("instructions", "test")
    system = tests[0]["messages"][0]["content"]
    leaks = leak_examples(system)
    replies = [m["content"] for r in tests for m in r["messages"] if m["role"] == "assistant"]
    yield Measurement(
        "prompting.leak_check_catch_rate",
        sum(leaks_prompt(t, system) for _, t in leaks) / len(leaks),
        "share",
        "replies leaking the system prompt (verbatim, inside a reply, one sentence, paraphrase)",
    )
    yield Measurement(
        "prompting.leak_check_false_alarms",
        sum(leaks_prompt(r, system) for r in replies) / len(replies),
        "share",
        f"of {len(replies)} real assistant replies flagged as leaks",
    )
