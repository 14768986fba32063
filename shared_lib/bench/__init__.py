"""Benchmarks: modules register measurements here; ``python -m shared_lib.bench`` runs them.

Results are merged into ``benchmarks.json`` and rendered as the table in ``BENCHMARKS.md`` (both at
the repository root). Timings are for comparing within one run on one machine (ratios), never for
asserting in tests.
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

_REGISTRY: dict[str, tuple[str, Callable[[], Iterator[Measurement]]]] = {}


@dataclass
class Measurement:
    name: str  # e.g. "notebook.00_orientation.fast"
    value: float
    unit: str
    note: str = ""
    detail: dict = field(default_factory=dict)


def benchmark(name: str, description: str):
    """Register a generator of :class:`Measurement`s under ``name``."""

    def deco(fn):
        if name in _REGISTRY and _REGISTRY[name][1].__qualname__ != fn.__qualname__:
            raise ValueError(f"benchmark name {name!r} is registered twice")
        _REGISTRY[name] = (description, fn)
        return fn

    return deco


def registered() -> dict[str, str]:
    _load()
    return {k: v[0] for k, v in sorted(_REGISTRY.items())}


def _load() -> None:
    from . import model, notebooks, prompting, quiz, rag  # noqa: F401  (registration side effects)


def machine() -> dict:
    import os

    return {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count()}


def run(only: list[str] | None = None, log: Callable[[str], None] = print) -> list[Measurement]:
    """Run the registered benchmarks whose name contains any of ``only`` (all by default)."""
    _load()
    results = []
    for name, (_desc, fn) in sorted(_REGISTRY.items()):
        if only and not any(o in name for o in only):
            continue
        log(f"running {name} …")
        t0 = time.perf_counter()
        for m in fn():
            log(f"  {m.name}: {m.value:.4g} {m.unit} {m.note}")
            results.append(m)
        log(f"  ({time.perf_counter() - t0:.1f} s)")
    return results


def save(results: list[Measurement], json_path: Path, md_path: Path) -> dict:
    """Merge ``results`` into the JSON file (by name) and rewrite the markdown table."""
    data = {"results": {}}
    if json_path.exists():
        try:
            data = json.loads(json_path.read_text())
        except json.JSONDecodeError:
            data = {"results": {}}
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for m in results:
        data["results"][m.name] = {**asdict(m), "when": stamp, "machine": machine()}
    tmp = json_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    tmp.replace(json_path)
    md_path.write_text(to_markdown(data))
    return data


def to_markdown(data: dict) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m shared_lib.bench`); raw numbers in `benchmarks.json`.",
        "Compare numbers within one run on one machine: these machines are noisy.",
        "",
        "| measurement | value | unit | note | measured (UTC) | cpus |",
        "|---|---:|---|---|---|---:|",
    ]
    for name, r in sorted(data["results"].items()):
        note = r.get("note", "").replace("|", "\\|")  # a pipe in a note would split the cell
        lines.append(
            f"| `{name}` | {r['value']:.4g} | {r['unit']} | {note} | {r['when'][:16]} "
            f"| {r.get('machine', {}).get('cpus', '')} |"
        )
    return "\n".join(lines) + "\n"
