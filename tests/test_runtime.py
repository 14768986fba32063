"""Runtime: device and dtype policy, seeding, fast mode and sizes, quiet running, the report."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from shared_lib import runtime, settings


@pytest.mark.parametrize(
    "capability, compute",
    [
        ((7, 5), "float16"),
        ((7, 0), "float16"),
        ((8, 0), "bfloat16"),
        ((8, 6), "bfloat16"),
        ((9, 0), "bfloat16"),
    ],
)
def test_cuda_dtype_policy_follows_compute_capability(capability, compute):
    policy = runtime.dtype_policy("cuda", capability)
    assert policy.compute == compute
    assert policy.trainable == "float32", "trainable weights stay fp32 under mixed precision"
    assert policy.autocast


@pytest.mark.parametrize("device", ["cpu", "mps"])
def test_cpu_and_mps_run_in_fp32(device):
    policy = runtime.dtype_policy(device)
    assert (policy.compute, policy.trainable, policy.autocast) == ("float32", "float32", False)


def test_device_choice_honours_a_request_and_refuses_absent_devices(monkeypatch):
    import torch

    assert runtime.get_device("cpu") == "cpu"
    with pytest.raises(ValueError):
        runtime.get_device("tpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(RuntimeError):
        runtime.get_device("cuda")
    monkeypatch.setenv("FTFM_DEVICE", "cpu")
    assert runtime.get_device() == "cpu"


def test_set_seed_makes_python_numpy_and_torch_repeatable():
    import random

    import numpy as np
    import torch

    def draw():
        return random.random(), float(np.random.rand()), float(torch.rand(1))

    runtime.set_seed(123)
    first = draw()
    runtime.set_seed(123)
    assert draw() == first
    runtime.set_seed(124)
    assert draw() != first


@pytest.mark.parametrize(
    "env, fast",
    [
        ({}, False),
        ({"FTFM_FAST": "1"}, True),
        ({"NBGRADER_EXECUTION": "autograde"}, True),
        ({"CI": "true"}, True),
        ({"CI": "true", "FTFM_FAST": "0"}, False),
        ({"NBGRADER_EXECUTION": "validate", "FTFM_FAST": "off"}, False),
    ],
)
def test_fast_mode_switches(monkeypatch, env, fast):
    for k in ("FTFM_FAST", "NBGRADER_EXECUTION", "CI"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert settings.fast_mode() is fast


def test_every_module_declares_the_same_size_names_for_fast_and_full():
    for module, (fast, full) in settings._SIZES.items():
        assert fast.keys() == full.keys(), module
        # a number is a size; a tuple (shot counts, temperatures) is as big as its length
        size = {k: (len(v) if isinstance(v, tuple) else v) for k, v in fast.items()}
        full_size = {k: (len(v) if isinstance(v, tuple) else v) for k, v in full.items()}
        bigger = [k for k in fast if size[k] > full_size[k]]
        assert not bigger, f"{module}: fast must not be bigger than full: {bigger}"
    assert (
        settings.sizes("00_orientation", fast=True)["n_texts"]
        < settings.sizes("00_orientation", fast=False)["n_texts"]
    )
    with pytest.raises(KeyError, match="add a row"):
        settings.sizes("99_nope")
    with pytest.raises(TypeError):
        settings.sizes("00_orientation", fast=True)["n_texts"] = 5  # read-only


def test_quiet_mode_silences_library_logging_and_warnings_under_the_grader(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    code = (
        "import sys, warnings, logging\n"
        "from shared_lib.runtime import quiet\n"
        "assert quiet() is True\n"
        "import transformers\n"
        "warnings.warn('noise', UserWarning)\n"
        "logging.getLogger('transformers').warning('noise')\n"
        "transformers.logging.get_logger('transformers.x').warning('noise')\n"
        "from shared_lib.models import load_embedding_model, load_model\n"
        "load_model(); load_embedding_model()  # progress bars while loading weights\n"
        "print('done')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "done"
    assert out.stderr == "", f"stderr under the grader scores 0: {out.stderr!r}"


def test_not_quiet_for_learners(monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.delenv("TQDM_DISABLE", raising=False)
    logging.getLogger("datasets").setLevel(logging.NOTSET)
    assert runtime.quiet() is False
    assert logging.getLogger("datasets").level == logging.NOTSET, "learners keep library messages"
    bar = runtime.progress(range(3))
    assert not bar.disable, "learners see progress bars"


def test_setup_reports_versions_device_and_mode(capsys, monkeypatch):
    monkeypatch.setenv("FTFM_FAST", "1")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    session = runtime.setup("00_orientation")
    out = capsys.readouterr().out
    assert "device: cpu" in out and "mode: fast" in out and "torch" in out
    assert session.fast and session.device == "cpu" and session.sizes["n_texts"] == 40


def test_importing_shared_lib_and_the_quiz_does_not_import_torch():
    code = "import sys, shared_lib, shared_lib.quiz, shared_lib.selfcheck; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_autocast_is_a_no_op_in_fp32_on_cpu():
    import torch

    x = torch.randn(3, 3)
    with runtime.autocast("cpu"):
        y = x @ x
    assert y.dtype == torch.float32


def test_autocast_uses_the_policy_dtype_when_mixed_precision_is_on():
    import torch

    bf16 = runtime.DTypePolicy("bfloat16", "float32", True, "test")
    with runtime.autocast("cpu", bf16):
        y = torch.randn(4, 4) @ torch.randn(4, 4)
    assert y.dtype == torch.bfloat16


def test_self_checks_work_without_nbgrader_like_on_colab():
    code = (
        "import sys\n"
        "sys.modules['nbgrader'] = None  # as on Colab: not installed\n"
        "from shared_lib import check\n"
        "def max_new_tokens(p, w, r):\n"
        "    if p >= w: raise ValueError\n"
        "    return min(r, w - p)\n"
        "assert check(max_new_tokens).ok\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip().endswith("ok"), out.stderr


def test_best_time_returns_the_fastest_call_and_passes_the_call_number():
    import time

    from shared_lib.runtime import best_time

    calls = []

    def fn(i):
        calls.append(i)
        time.sleep(0.02 if i else 0.0)

    assert best_time(fn, 3) < 0.015, "the fastest call (the first) sets the time"
    assert calls == [0, 1, 2]
