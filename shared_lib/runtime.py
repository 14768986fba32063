"""Device, dtype policy, seeding, threads, quiet running and the environment report.

The device and dtype are chosen here and nowhere else.
"""

from __future__ import annotations

import logging
import os
import platform
import random
import sys
import time
import warnings
from dataclasses import dataclass

from .settings import fast_mode, under_grader


@dataclass(frozen=True)
class DTypePolicy:
    """How to hold weights and run compute on a device.

    ``compute``: dtype for autocast / inference; ``trainable``: dtype of weights that get gradients;
    ``autocast``: whether mixed precision is used at all.
    """

    compute: str  # "float32" | "float16" | "bfloat16"
    trainable: str
    autocast: bool
    reason: str

    def torch_dtype(self):
        import torch

        return getattr(torch, self.compute)


def get_device(prefer: str | None = None) -> str:
    """``"cuda"`` if a GPU is usable, else ``"mps"`` (Apple), else ``"cpu"``.

    ``prefer`` (or the env var ``FTFM_DEVICE``) forces a choice; asking for an absent device raises.
    """
    import torch

    want = prefer or os.environ.get("FTFM_DEVICE")
    available = {
        "cuda": torch.cuda.is_available(),
        "mps": getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available(),
        "cpu": True,
    }
    if want:
        if want not in available:
            raise ValueError(f"unknown device {want!r}; choose one of {sorted(available)}")
        if not available[want]:
            raise RuntimeError(f"device {want!r} was requested but is not available here")
        return want
    return next(d for d in ("cuda", "mps", "cpu") if available[d])


def dtype_policy(device: str | None = None, capability: tuple[int, int] | None = None) -> DTypePolicy:
    """The precision policy for a device.

    - CUDA with compute capability >= 8 (Ampere, Hopper…): bf16 compute, fp32 trainable weights.
    - Older CUDA (a T4 is 7.5): fp16 compute with fp32 trainable weights (``torch.cuda.is_bf16_supported``
      wrongly says True on a T4, so the capability is what decides).
    - MPS and CPU: fp32 throughout (the course's model is small; fp16 on CPU is slow and unstable).
    """
    device = device or get_device()
    if device == "cuda":
        if capability is None:
            import torch

            capability = torch.cuda.get_device_capability()
        if capability[0] >= 8:
            return DTypePolicy("bfloat16", "float32", True, f"CUDA sm_{capability[0]}{capability[1]}: bf16")
        return DTypePolicy(
            "float16", "float32", True, f"CUDA sm_{capability[0]}{capability[1]}: no bf16, fp16"
        )
    return DTypePolicy("float32", "float32", False, f"{device}: fp32")


def autocast(device: str | None = None, policy: DTypePolicy | None = None):
    """A context manager that runs compute in the policy's dtype (a no-op in fp32).

    Trainable weights stay fp32; on fp16 devices pair it with ``torch.amp.GradScaler``.
    """
    import contextlib

    import torch

    device = device or get_device()
    policy = policy or dtype_policy(device)
    if not policy.autocast:
        return contextlib.nullcontext()
    return torch.autocast(device_type=device, dtype=policy.torch_dtype())


def set_seed(seed: int = 0) -> None:
    """Seed Python's ``random``, NumPy and torch (all devices) for repeatable runs."""
    import numpy as np
    import torch

    random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # also seeds CUDA and MPS generators


def set_threads(n: int | None = None) -> int:
    """Use ``n`` CPU threads for torch (default: ``$FTFM_THREADS``, else every core, at most 8). Returns
    the count used. Set ``FTFM_THREADS=1`` to leave a core free for other work: two jobs that each
    want every core slow each other down far more than twice."""
    import torch

    n = n or int(os.environ.get("FTFM_THREADS") or 0) or min(os.cpu_count() or 1, 8)
    torch.set_num_threads(n)
    return n


_NOISY_LOGGERS = (
    "transformers",
    "datasets",
    "peft",
    "trl",
    "accelerate",
    "huggingface_hub",
    "sentence_transformers",
    "torch",
    "filelock",
    "urllib3",
)


def quiet(enable: bool | None = None) -> bool:
    """Silence warnings, library logging and progress bars; keep them for learners otherwise.

    Under nbgrader any stderr in a test cell scores 0, so there (and whenever ``enable`` is True)
    everything that writes to stderr on its own is turned off. Returns whether quiet mode is on.
    """
    enable = under_grader() if enable is None else enable
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # Deprecation notices are for library maintainers, not learners.
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    if not enable:
        return False
    # Only exceptions matter to a grader: library log records of any level would land on stderr.
    warnings.filterwarnings("ignore")
    os.environ["TRANSFORMERS_VERBOSITY"] = "critical"  # read by the libraries when first imported
    os.environ["DATASETS_VERBOSITY"] = "critical"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ["TQDM_DISABLE"] = "1"
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    # Libraries already imported read no environment variables any more: set them directly.
    # (Never import them here: importing torch-heavy libraries is not quiet()'s business.)
    for mod, bars_off in (
        ("transformers", "utils.logging.disable_progress_bar"),
        ("datasets", "disable_progress_bars"),
    ):
        lib = sys.modules.get(mod)
        if lib is None:
            continue
        try:
            lib.utils.logging.set_verbosity(logging.CRITICAL)
            fn = lib
            for part in bars_off.split("."):
                fn = getattr(fn, part)
            fn()
        except AttributeError:
            pass
    return True


def best_time(fn, repeat: int = 20) -> float:
    """Seconds taken by the fastest of ``repeat`` calls of ``fn(i)`` (``i`` = 0, 1, …): the least noisy
    single number on a busy machine."""
    best = float("inf")
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(i)
        best = min(best, time.perf_counter() - t0)
    return best


def progress(iterable=None, **kwargs):
    """A progress bar for long loops: a notebook bar for learners, nothing under the grader."""
    from tqdm.auto import tqdm

    kwargs.setdefault("disable", under_grader() or os.environ.get("TQDM_DISABLE") == "1")
    return tqdm(iterable, **kwargs)


_PACKAGES = (
    "torch",
    "transformers",
    "tokenizers",
    "peft",
    "trl",
    "datasets",
    "accelerate",
    "ipywidgets",
    "nbgrader",
)


def environment_report() -> dict:
    """Versions, device and mode, as a dict (``setup()`` prints it)."""
    from importlib import metadata

    versions = {}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    device = get_device()
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "device": device,
        "dtype": dtype_policy(device).reason,
        "fast_mode": fast_mode(),
        "grader": under_grader(),
        "hf_offline": os.environ.get("HF_HUB_OFFLINE") == "1",
        "versions": versions,
    }
    if device == "cuda":
        import torch

        info["gpu"] = torch.cuda.get_device_name(0)
    return info


def format_report(info: dict) -> str:
    vers = ", ".join(f"{k} {v}" for k, v in info["versions"].items() if v)
    mode = "fast" if info["fast_mode"] else "full"
    gpu = f" ({info['gpu']})" if "gpu" in info else ""
    return (
        f"Python {info['python']} on {info['platform']}\n"
        f"device: {info['device']}{gpu} — {info['dtype']}; mode: {mode}"
        f"{'; grading' if info['grader'] else ''}\n{vers}"
    )


@dataclass(frozen=True)
class Session:
    """What ``setup()`` chose: read ``device``, ``dtype``, ``fast`` and ``sizes`` from it."""

    device: str
    dtype: DTypePolicy
    fast: bool
    seed: int
    sizes: object


def setup(module: str | None = None, seed: int = 0, verbose: bool | None = None) -> Session:
    """The first cell of every notebook: quiet, seeded, fast-aware running, and a report.

    >>> S = setup("00_orientation")        # doctest: +SKIP
    """
    from .settings import sizes

    is_quiet = quiet()
    set_threads()
    set_seed(seed)
    device = get_device()
    if verbose if verbose is not None else not is_quiet:
        print(format_report(environment_report()))
    return Session(device, dtype_policy(device), fast_mode(), seed, sizes(module) if module else None)
