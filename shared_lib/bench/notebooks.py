"""Benchmarks: executing each module's notebook (fast and full mode) and autograding it.

These run from a checkout of the course (they read solutions/ and call grader/grade.py) and are
skipped when those are absent, e.g. in a pip-installed copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import Measurement, benchmark


def _repo() -> Path | None:
    for base in (Path.cwd(), *Path.cwd().parents):
        if (base / "solutions").is_dir() and (base / "grader" / "grade.py").is_file():
            return base
    return None


def _modules(repo: Path) -> list[str]:
    return sorted(p.parent.name for p in (repo / "solutions").glob("*/*.ipynb") if p.stem == p.parent.name)


# The kernel's own peak memory. Linux: VmHWM, the high-water mark of this process's address space.
# Not ru_maxrss: it survives fork and exec, so a kernel started by a big process (this benchmark, after
# loading models) would report its parent's size. Elsewhere ru_maxrss (bytes on macOS, KiB otherwise).
PEAK_PROBE = """import resource, sys
try:
    _kib = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    _kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 if sys.platform == "darwin" else 1)
print("PEAK_RSS_KIB", _kib)"""


def execute(path: Path, fast: bool, workdir: Path) -> float:
    """Seconds to execute a notebook top to bottom in a fresh kernel (offline)."""
    return execute_measured(path, fast, workdir)[0]


def execute_measured(path: Path, fast: bool, workdir: Path) -> tuple[float, float | None]:
    """Seconds to execute a notebook top to bottom in a fresh kernel (offline), and the kernel's peak
    resident memory in MiB (read by a probe cell appended after the timing; None if unavailable)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PEAK_PROBE))
    old = {k: os.environ.get(k) for k in ("FTFM_FAST", "HF_HUB_OFFLINE")}
    os.environ.update(FTFM_FAST="1" if fast else "0", HF_HUB_OFFLINE="1")
    try:
        client = NotebookClient(
            nb, timeout=1800, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
        )
        client.reset_execution_trackers()
        t0 = time.perf_counter()
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells[:-1]):
                client.execute_cell(cell, index)
            seconds = time.perf_counter() - t0
            client.execute_cell(nb.cells[-1], len(nb.cells) - 1)
        text = "".join(o.get("text", "") for o in nb.cells[-1].get("outputs", []))
        kib = [int(line.split()[1]) for line in text.splitlines() if line.startswith("PEAK_RSS_KIB")]
        return seconds, (kib[0] / 1024 if kib else None)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@benchmark("notebooks", "wall time and peak memory to execute each solutions notebook, fast and full mode")
def notebooks():
    repo = _repo()
    if repo is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for m in _modules(repo):
            nb = repo / "solutions" / m / f"{m}.ipynb"
            fast, fast_mem = execute_measured(nb, True, Path(tmp))
            yield Measurement(f"notebook.{m}.fast", fast, "s", "execute, fast mode")
            if fast_mem is not None:
                yield Measurement(
                    f"notebook.{m}.fast_peak_memory", fast_mem, "MiB", "kernel peak RSS, fast mode"
                )
            full, full_mem = execute_measured(nb, False, Path(tmp))
            yield Measurement(
                f"notebook.{m}.full", full, "s", f"execute, full mode ({full / fast:.1f}× fast)"
            )
            if full_mem is not None:
                yield Measurement(
                    f"notebook.{m}.full_peak_memory", full_mem, "MiB", "kernel peak RSS, full mode"
                )


@benchmark("autograde", "wall time to autograde one submission of each module")
def autograde():
    repo = _repo()
    if repo is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "solutions").symlink_to(repo / "solutions")
        (root / "course").symlink_to(repo / "course")
        grade = [sys.executable, str(repo / "grader" / "grade.py"), "--root", str(root), "--quiet"]
        for m in _modules(repo):
            subs = root / f"subs_{m}"
            subs.mkdir()
            shutil.copyfile(repo / "solutions" / m / f"{m}.ipynb", subs / "bench.ipynb")
            subprocess.run([*grade, "collect", m, str(subs)], check=True, capture_output=True)
            t0 = time.perf_counter()
            subprocess.run([*grade, "autograde", m], check=True, capture_output=True)
            yield Measurement(
                f"autograde.{m}",
                time.perf_counter() - t0,
                "s",
                "one submission, incl. gradebook registration",
            )
