"""Packaging: the wheel carries the package data; ranges admit Colab's stack; the pins are tested."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import metadata

import pytest
import tomllib
from conftest import REPO
from packaging.requirements import Requirement
from packaging.version import Version

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())
# Colab's preinstalled versions (GPU image); installing the course must not replace these.
COLAB = {
    "torch": "2.11.0",
    "transformers": "5.15.0",
    "peft": "0.20.0",
    "accelerate": "1.14.0",
    "datasets": "4.0.0",
    "ipywidgets": "7.7.1",
}


def _requirements():
    return {Requirement(r).name: Requirement(r) for r in PYPROJECT["project"]["dependencies"]}


@pytest.mark.parametrize("name, version", sorted(COLAB.items()))
def test_dependency_ranges_keep_colabs_preinstalled_packages(name, version):
    req = _requirements()[name]
    assert req.specifier.contains(version), f"{req} would replace Colab's {name} {version}"


def test_no_exact_pins_in_pyproject():
    for req in _requirements().values():
        assert not any(s.operator == "==" for s in req.specifier), (
            f"{req}: pin exactly only in constraints.txt"
        )


def _pins():
    pins = {}
    for line in (REPO / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_constraints_pin_torch_without_a_local_build_label():
    assert _pins()["torch"] == "2.13.0"


@pytest.mark.parametrize(
    "name",
    [
        "torch",
        "transformers",
        "tokenizers",
        "peft",
        "trl",
        "datasets",
        "accelerate",
        "nbgrader",
        "jupyterlab",
        "notebook",
        "ipywidgets",
        "nbclient",
        "huggingface-hub",
    ],
)
def test_the_tested_environment_is_the_pinned_one(name):
    installed = Version(metadata.version(name)).base_version
    assert installed == Version(_pins()[name]).base_version, f"{name} {installed} is not the pinned version"


def test_pip_check_is_clean():
    out = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout


def test_wheel_contains_the_library_and_its_data(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    [wheel] = tmp_path.glob("ftfm_course-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "shared_lib/quiz/bank/m00_orientation.jsonl" in names
    assert "shared_lib/checks/m00_orientation.py" in names
    assert "shared_lib/assets/course-tiny/model.safetensors" in names
    assert "shared_lib/assets/course-tiny/tokenizer.json" in names
    assert "shared_lib/data/files/instructions_test.jsonl" in names
    assert not any(n.startswith(("tests/", "grader/", "solutions/", "course/")) for n in names)


def _top_level_imports(source: str) -> set[str]:
    import ast

    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _declared(*extras: str) -> set[str]:
    reqs = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
    for extra in extras:
        reqs += [Requirement(r) for r in PYPROJECT["project"]["optional-dependencies"][extra]]
    return {r.name.lower().replace("_", "-") for r in reqs}


def _undeclared(modules: set[str], declared: set[str]) -> dict[str, list[str]]:
    dists = metadata.packages_distributions()
    missing = {}
    for mod in sorted(modules - set(sys.stdlib_module_names) - {"shared_lib", "conftest", "__future__"}):
        owners = [d.lower().replace("_", "-") for d in dists.get(mod, [mod])]
        if not declared & set(owners):
            missing[mod] = owners
    return missing


def test_every_package_the_notebooks_import_is_a_core_dependency():
    """A notebook on Colab gets only the core dependencies: anything a notebook imports must be one
    (a package installed by hand here once hid a missing faiss-cpu from every test but a fresh clone)."""
    import nbformat

    modules = set()
    for nb_path in sorted((REPO / "solutions").glob("*/*.ipynb")) + sorted(
        (REPO / "course").glob("quiz/*.ipynb")
    ):
        nb = nbformat.read(str(nb_path), as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                src = "\n".join(
                    line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!"))
                )
                modules |= _top_level_imports(src)
    assert not _undeclared(modules, _declared()), "imported by a notebook but not in [project].dependencies"


def test_every_package_the_library_imports_is_declared():
    """The library runs in the learner's notebooks, so it may use only the core dependencies; its
    benchmarks and build scripts (instructor and maintainer tools) may also use the extras."""
    lib = REPO / "shared_lib"
    tools = ("bench", "build")
    core, extra = set(), set()
    for path in lib.rglob("*.py"):
        (extra if path.relative_to(lib).parts[0] in tools else core).update(
            _top_level_imports(path.read_text())
        )
    assert not _undeclared(core, _declared()), "imported by shared_lib but not in [project].dependencies"
    assert not _undeclared(extra, _declared("grading", "dev")), "imported by a tool but not declared"
