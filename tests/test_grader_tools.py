"""Instructor tooling: collecting a class (folder or zip), bad files, timeouts, config."""

from __future__ import annotations

import shutil
import zipfile

import course_tools
import grade
import nbformat
from conftest import MODULES, REPO, course_nb


def test_modules_are_found_on_disk():
    assert grade.modules(REPO) == MODULES


def test_collect_from_a_zip_with_student_folders_and_odd_names(tmp_path):
    module = MODULES[0]
    src = tmp_path / "class"
    (src / "Ana María").mkdir(parents=True)
    shutil.copyfile(course_nb(module), src / "Ana María" / "my work.ipynb")
    shutil.copyfile(course_nb(module), src / "bo.ipynb")
    (src / "empty.ipynb").write_text("")
    (src / ".ipynb_checkpoints").mkdir()
    shutil.copyfile(course_nb(module), src / ".ipynb_checkpoints" / "bo-checkpoint.ipynb")
    other = nbformat.v4.new_notebook()
    nbformat.write(other, str(src / "wrongfile.ipynb"))
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in src.rglob("*"):
            zf.write(p, p.relative_to(src))
    root = tmp_path / "root"
    got = grade.collect(module, archive, root)
    assert sorted(got.accepted) == ["Ana_Mar_a", "bo"]
    reasons = {k.rsplit("/", 1)[-1]: v for k, v in got.rejected.items()}
    assert "not a readable notebook" in reasons["empty.ipynb"]
    assert "no nbgrader cells" in reasons["wrongfile.ipynb"]
    assert (root / "grader/work/submitted/bo" / module / f"{module}.ipynb").exists()


def test_training_cells_get_a_longer_timeout():
    assert course_tools.cell_timeout({"metadata": {"tags": ["training"]}}) > course_tools.cell_timeout(
        {"metadata": {}}
    )
    assert course_tools.cell_timeout(None) == course_tools.DEFAULT_TIMEOUT


def test_config_maps_the_fixed_layout_and_keeps_work_out_of_git():
    cfg = (REPO / "grader" / "nbgrader_config.py").read_text()
    for setting in (
        'source_directory = "solutions"',
        'release_directory = "course"',
        "add_missing_cells = True",
        "ClearHiddenTests",
        "timeout_func = cell_timeout",
    ):
        assert setting in cfg
    assert "grader/work/" in (REPO / ".gitignore").read_text()


def test_unknown_module_is_a_clear_error(capsys):
    import pytest

    with pytest.raises(SystemExit):
        grade.main(["report", "99_nope"])
    assert "unknown module" in capsys.readouterr().err


def _with_cell_replaced(src_nb, grade_id, new_source, dest):
    nb = nbformat.read(str(src_nb), as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            cell.source = new_source
    nbformat.write(nb, str(dest))


def test_an_infinite_loop_and_a_dead_kernel_cost_only_their_own_points(tmp_path, monkeypatch):
    """One student loops forever in one exercise, another kills the kernel: both are graded as far
    as possible (or reported), and the rest of the class is graded normally."""
    from conftest import solutions_nb

    module = "00_orientation"
    monkeypatch.setenv("FTFM_CELL_TIMEOUT", "8")
    root = tmp_path / "root"
    root.mkdir()
    (root / "solutions").symlink_to(REPO / "solutions")
    (root / "course").symlink_to(REPO / "course")
    subs = tmp_path / "subs"
    subs.mkdir()
    shutil.copyfile(solutions_nb(module), subs / "good.ipynb")
    _with_cell_replaced(
        solutions_nb(module),
        "count_tokens",
        "def count_tokens(tokenizer, texts):\n    while True:\n        pass",
        subs / "looper.ipynb",
    )
    _with_cell_replaced(
        solutions_nb(module), "max_new_tokens", "import os\nos._exit(1)", subs / "killer.ipynb"
    )
    grade.collect(module, subs, root)
    codes = grade.autograde(module, root, quiet=True)
    assert codes["good"] == 0 and codes["looper"] == 0
    assert codes["killer"] != 0, "a dead kernel is reported"
    rows = {r["student"]: r for r in grade.scores(module, root)}
    assert rows["good"]["score"] == rows["good"]["max_score"]
    looper = rows["looper"]
    assert looper["count_tokens_test"] == 0, "the looping exercise scores nothing"
    assert looper["score"] == looper["max_score"] - 2, "every other exercise still counts"
    assert "killer" not in rows or rows["killer"]["score"] < rows["killer"]["max_score"]
