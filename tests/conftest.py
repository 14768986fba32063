"""Shared fixtures. Module discovery is by what is on disk: solutions/<m>/<m>.ipynb."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "grader"))

import grade  # noqa: E402  (grader/grade.py)

MODULES = grade.modules(REPO)

# Tests run offline and in fast mode, like CI and nbgrader.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["FTFM_FAST"] = "1"


def solutions_nb(module: str) -> Path:
    return REPO / "solutions" / module / f"{module}.ipynb"


def graded_cell(module: str, grade_id: str) -> str:
    """The source of the solutions notebook's cell with this nbgrader ``grade_id``."""
    import nbformat

    nb = nbformat.read(str(solutions_nb(module)), as_version=4)
    for c in nb.cells:
        if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            return c.source
    raise KeyError(grade_id)


def passes_graded_test(module: str, namespace: dict, exercise: str, source: str) -> bool:
    """Run a learner's ``source`` and then the exercise's real test cell (visible and hidden tests), in
    a copy of ``namespace``: True when it would score, False when the test cell raises as grading would
    count it (a failed assert or check, or an error the wrong answer causes)."""
    from shared_lib.selfcheck import CheckFailed

    ns = dict(namespace)
    exec(source, ns)
    try:
        exec(graded_cell(module, f"{exercise}_test"), ns)
        return True
    except (
        AssertionError,
        CheckFailed,
        ValueError,
        TypeError,
        AttributeError,
        KeyError,
        IndexError,
        ZeroDivisionError,
    ):
        return False


def course_nb(module: str) -> Path:
    return REPO / "course" / module / f"{module}.ipynb"


@pytest.fixture(scope="session")
def tok():
    """The course tokenizer (shared: loading it once keeps the suite fast)."""
    from shared_lib.models import load_tokenizer

    return load_tokenizer()


@pytest.fixture(scope="session")
def model():
    """The course model, in eval mode. Tests must not change its weights."""
    from shared_lib.models import load_model

    return load_model()


@pytest.fixture(scope="session")
def course_root(tmp_path_factory) -> Path:
    """A throwaway course root: solutions/ and course/ linked in, its own grader/work."""
    root = tmp_path_factory.mktemp("course_root")
    (root / "solutions").symlink_to(REPO / "solutions")
    (root / "course").symlink_to(REPO / "course")
    return root


@pytest.fixture(scope="session")
def graded(course_root, tmp_path_factory):
    """A class of three handed in for every module and graded in one batch:
    'solver' hands in the solutions notebook, 'blank' the untouched release, and 'broken' a file
    that is not a notebook. Returns {module: {"scores": {...}, "collected": Collected}}."""
    out = {}
    for module in MODULES:
        subs = tmp_path_factory.mktemp(f"subs_{module}")
        shutil.copyfile(solutions_nb(module), subs / "solver.ipynb")
        shutil.copyfile(course_nb(module), subs / "blank.ipynb")
        (subs / "broken.ipynb").write_text('{"cells": [ {"cell_type": "code", "sou')
        broken_before = (subs / "broken.ipynb").read_bytes()
        collected = grade.collect(module, subs, course_root)
        codes = grade.autograde(module, course_root, quiet=True)
        grade.feedback(module, course_root, quiet=True)
        rows = {r["student"]: r for r in grade.scores(module, course_root)}
        out[module] = dict(
            collected=collected,
            codes=codes,
            scores=rows,
            broken_kept=(subs / "broken.ipynb").read_bytes() == broken_before,
        )
    return out
