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


def execute(path: Path, fast: bool, workdir: Path) -> float:
    """Seconds to execute a notebook top to bottom in a fresh kernel (offline)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    old = {k: os.environ.get(k) for k in ("FTFM_FAST", "HF_HUB_OFFLINE")}
    os.environ.update(FTFM_FAST="1" if fast else "0", HF_HUB_OFFLINE="1")
    try:
        t0 = time.perf_counter()
        NotebookClient(
            nb, timeout=1800, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
        ).execute()
        return time.perf_counter() - t0
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@benchmark("notebooks", "wall time to execute each solutions notebook, fast and full mode")
def notebooks():
    repo = _repo()
    if repo is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for m in _modules(repo):
            nb = repo / "solutions" / m / f"{m}.ipynb"
            fast = execute(nb, True, Path(tmp))
            yield Measurement(f"notebook.{m}.fast", fast, "s", "execute, fast mode")
            full = execute(nb, False, Path(tmp))
            yield Measurement(
                f"notebook.{m}.full", full, "s", f"execute, full mode ({full / fast:.1f}× fast)"
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
