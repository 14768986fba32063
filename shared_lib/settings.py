"""Fast mode and the sizes every notebook reads from one place.

Fast mode shrinks steps and data so a notebook executes (and is graded) in seconds. It is on when
``FTFM_FAST=1``, while nbgrader executes a notebook (``NBGRADER_EXECUTION``), or in CI (``CI``);
``FTFM_FAST=0`` forces it off even there. Stdlib only.
"""

from __future__ import annotations

import os
from types import MappingProxyType

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def fast_mode() -> bool:
    """True when notebooks should run their small, quick configuration."""
    forced = os.environ.get("FTFM_FAST", "").strip().lower()
    if forced in _TRUE:
        return True
    if forced in _FALSE:
        return False
    return bool(os.environ.get("NBGRADER_EXECUTION")) or os.environ.get("CI", "").lower() in _TRUE


def under_grader() -> bool:
    """True while nbgrader (autograde / validate) runs the notebook."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


# One table, one row per module: (fast, full). Add a module's sizes here, never in its notebook.
_SIZES: dict[str, tuple[dict, dict]] = {
    "00_orientation": (
        dict(n_texts=40, context_demo_tokens=64, n_jsonl_lines=20),
        dict(n_texts=400, context_demo_tokens=256, n_jsonl_lines=200),
    ),
    "01_prompt_engineering": (
        dict(
            n_template_convs=8,
            n_reading=8,
            shot_counts=(0, 2, 7),
            shot_seeds=1,
            n_intent_dev=14,
            n_intent_test=14,
            n_format=4,
            n_demos=2,
            n_cot=3,
            temperatures=(0.3, 1.0, 1.6),
            n_stories=2,
            story_tokens=40,
            penalties=(1.0, 1.3),
            n_loop_starts=2,
            loop_tokens=100,
            max_new_tokens=64,
        ),
        dict(
            n_template_convs=48,
            n_reading=100,
            shot_counts=(0, 1, 2, 4, 6, 8),
            shot_seeds=2,
            n_intent_dev=140,
            n_intent_test=200,
            n_format=40,
            n_demos=2,
            n_cot=15,
            temperatures=(0.2, 0.5, 0.8, 1.0, 1.3, 1.6),
            n_stories=8,
            story_tokens=60,
            penalties=(1.0, 1.1, 1.3, 1.6),
            n_loop_starts=4,
            loop_tokens=100,
            max_new_tokens=128,
        ),
    ),
    "02_rag": (
        dict(
            n_questions=40,
            chunk_words=40,
            chunk_overlap=10,
            top_chunks=1,
            chunk_counts=(1, 2, 3),
            max_prompt_tokens=256,
            timing_repeats=3,
        ),
        dict(
            n_questions=302,
            chunk_words=40,
            chunk_overlap=10,
            top_chunks=1,
            chunk_counts=(1, 2, 3),
            max_prompt_tokens=256,
            timing_repeats=20,
        ),
    ),
}


def sizes(module: str, fast: bool | None = None) -> MappingProxyType:
    """The sizes for ``module`` in the current mode (read-only). ``fast`` overrides the mode."""
    try:
        fast_sizes, full_sizes = _SIZES[module]
    except KeyError:
        raise KeyError(f"no sizes for module {module!r}; add a row to shared_lib/settings.py") from None
    chosen = fast_sizes if (fast_mode() if fast is None else fast) else full_sizes
    return MappingProxyType(dict(chosen))
