"""Tests every module gets for free: release in sync, no leaks, grading, offline execution."""

from __future__ import annotations

import re

import nbformat
import pytest
from conftest import MODULES, REPO, course_nb, solutions_nb

pytestmark = pytest.mark.notebooks
MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")


def test_there_is_at_least_one_module():
    assert "00_orientation" in MODULES


def _cells(path):
    nb = nbformat.read(str(path), as_version=4)
    return [(c.cell_type, c.source, c.metadata.get("nbgrader", {})) for c in nb.cells]


@pytest.mark.parametrize("module", MODULES)
def test_course_is_in_sync_with_a_fresh_release(module, course_root):
    import grade

    rc = grade.nbgrader(
        ["generate_assignment", module, "--force"],
        course_root,
        quiet=True,
        extra=["--CourseDirectory.release_directory=fresh_release"],
    )
    assert rc == 0
    fresh = _cells(course_root / "fresh_release" / module / f"{module}.ipynb")
    assert fresh == _cells(course_nb(module)), f"course/{module} is stale: run `make release`"


def _solution_lines(module):
    """Non-trivial code lines that sit between solution markers in the solutions notebook."""
    lines = []
    for _, src, _ in _cells(solutions_nb(module)):
        for block in re.findall(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", src, re.S):
            lines += [ln.strip() for ln in block.splitlines() if len(ln.strip()) > 12]
    return lines


def _public_lines(module):
    """Stripped lines of the solutions notebook outside every solution and hidden-test region."""
    lines = set()
    for _, src, _ in _cells(solutions_nb(module)):
        src = re.sub(r"### BEGIN SOLUTION\n.*?### END SOLUTION", "", src, flags=re.S)
        src = re.sub(r"### BEGIN HIDDEN TESTS\n.*?### END HIDDEN TESTS", "", src, flags=re.S)
        lines |= {ln.strip() for ln in src.splitlines()}
    return lines


def _hidden_lines(module):
    lines = []
    for _, src, _ in _cells(solutions_nb(module)):
        for block in re.findall(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", src, re.S):
            lines += [ln.strip() for ln in block.splitlines() if len(ln.strip()) > 12]
    return lines


@pytest.mark.parametrize("module", MODULES)
def test_course_holds_no_solution_no_hidden_test_no_output(module):
    raw = course_nb(module).read_text()
    for marker in MARKERS:
        assert marker not in raw, f"{marker!r} leaked into course/{module}"
    nb = nbformat.read(str(course_nb(module)), as_version=4)
    text = "\n".join(c.source for c in nb.cells)
    public = _public_lines(module)  # lines shown to learners anyway (e.g. a shared `except ValueError:`)
    leaked = [ln for ln in _solution_lines(module) + _hidden_lines(module) if ln in text and ln not in public]
    assert not leaked, f"solution or hidden-test lines in course/{module}: {leaked[:3]}"
    assert _solution_lines(module) and _hidden_lines(module), "the solutions notebook has no markers"
    for path in (course_nb(module), solutions_nb(module)):
        nb = nbformat.read(str(path), as_version=4)
        assert not any(
            c.get("outputs") or c.get("execution_count") for c in nb.cells if c.cell_type == "code"
        ), f"{path.relative_to(REPO)} is stored with outputs"


@pytest.mark.parametrize("module", MODULES)
def test_solutions_notebook_scores_full_marks(module, graded):
    row = graded[module]["scores"]["solver"]
    assert row["max_score"] > 0
    assert row["score"] == row["max_score"], {k: v for k, v in row.items() if v == 0}


@pytest.mark.parametrize("module", MODULES)
def test_untouched_release_scores_zero_and_the_batch_goes_on(module, graded):
    g = graded[module]
    assert g["scores"]["blank"]["score"] == 0
    assert "solver" in g["scores"], "the batch stopped after a bad submission"


@pytest.mark.parametrize("module", MODULES)
def test_broken_submission_is_reported_and_left_untouched(module, graded):
    g = graded[module]
    assert set(g["collected"].accepted) == {"solver", "blank"}
    [(path, why)] = g["collected"].rejected.items()
    assert path.endswith("broken.ipynb") and "not a readable notebook" in why
    assert g["broken_kept"]


@pytest.mark.parametrize("module", MODULES)
def test_feedback_shows_no_hidden_tests(module, course_root, graded):
    for student in ("solver", "blank"):
        html = (course_root / "grader/work/feedback" / student / module / f"{module}.html").read_text()
        assert "HIDDEN TESTS" not in html
        leaked = [ln for ln in _hidden_lines(module) if ln.replace('"', "&quot;") in html or ln in html]
        assert not leaked, f"hidden test code in {student}'s feedback: {leaked[:2]}"


@pytest.mark.parametrize("mode", ["learner", "grader"])
@pytest.mark.parametrize("module", MODULES)
def test_solutions_notebook_executes_offline_in_fast_mode(module, mode, tmp_path, monkeypatch):
    """Runs top to bottom offline in fast mode; as nbgrader runs it, not one byte reaches stderr."""
    from nbclient import NotebookClient

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("FTFM_FAST", "1")
    if mode == "grader":
        monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    else:
        monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    nb = nbformat.read(str(solutions_nb(module)), as_version=4)
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    stderr = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    if mode == "grader":
        assert stderr == [], f"stderr under nbgrader scores 0: {stderr[:2]}"
    else:
        printed = "".join(o.get("text", "") for o in outputs)
        assert "mode: fast" in printed, "the set-up cell reports the mode"
        assert all("Traceback" not in s for s in stderr)
