"""The benchmark entry point: registry, JSON merge and the markdown table."""

from __future__ import annotations

import json
import subprocess
import sys

from shared_lib import bench


def test_benchmarks_are_registered():
    names = bench.registered()
    assert {"notebooks", "autograde", "quiz", "rag_retrieval", "rag_answers", "prompting_baseline"} <= set(
        names
    )


def test_run_writes_json_and_markdown_and_merges(tmp_path):
    js, md = tmp_path / "b.json", tmp_path / "B.md"
    js.write_text(
        json.dumps(
            {
                "results": {
                    "old.thing": {
                        "name": "old.thing",
                        "value": 1.0,
                        "unit": "s",
                        "note": "",
                        "detail": {},
                        "when": "2026-01-01T00:00",
                    }
                }
            }
        )
    )
    out = subprocess.run(
        [sys.executable, "-m", "shared_lib.bench", "--only", "quiz", "--json", str(js), "--md", str(md)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(js.read_text())
    assert {"old.thing", "quiz.load_bank"} <= set(data["results"])
    assert data["results"]["quiz.load_bank"]["unit"] == "ms"
    assert "| `quiz.load_bank` |" in md.read_text()


def test_an_unmatched_filter_fails(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "shared_lib.bench",
            "--only",
            "nothing-matches",
            "--json",
            str(tmp_path / "x.json"),
            "--md",
            str(tmp_path / "x.md"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1


def test_the_notebook_memory_probe_reports_the_kernels_own_peak_not_its_parents():
    """A kernel started by a process that holds a lot of memory must not report that memory as its
    own (ru_maxrss survives fork and exec; it made every notebook read 1,310 MiB)."""
    import subprocess
    import sys

    from shared_lib.bench.notebooks import PEAK_PROBE

    ballast = bytearray(400 * 2**20)  # 400 MiB, touched so that it is resident
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    out = subprocess.run(
        [sys.executable, "-c", PEAK_PROBE], capture_output=True, text=True, check=True
    ).stdout
    kib = int(out.split()[1])
    assert 1_000 < kib < 200 * 1024, f"the probe reported {kib} KiB for a bare python"
    del ballast
