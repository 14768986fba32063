"""Instructor tooling: release, collect, autograde, feedback and a grade report, for a whole class.

    python grader/grade.py release [MODULE ...]        regenerate course/ from solutions/
    python grader/grade.py grade MODULE SUBMISSIONS    collect + autograde + feedback + report
    python grader/grade.py collect MODULE SUBMISSIONS  copy a class's notebooks in (folder or .zip)
    python grader/grade.py autograde MODULE            grade every collected submission
    python grader/grade.py feedback MODULE             HTML feedback per student (hidden tests removed)
    python grader/grade.py report MODULE               score table, also written as CSV

SUBMISSIONS is a folder (or a .zip of one) holding either ``<student>.ipynb`` files or
``<student>/<anything>.ipynb``. A file that is not a readable notebook is reported and skipped; it is
never modified or deleted, and the rest of the class is graded. Everything nbgrader writes goes to
grader/work/ (or under ``--root``).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# nbgrader runs the `alembic` script by name: make the running environment's scripts findable even
# when the virtual environment is not activated (e.g. `.venv/bin/python grader/grade.py ...`).
_BIN = str(Path(sys.executable).parent)
if _BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _BIN + os.pathsep + os.environ.get("PATH", "")


def modules(root: Path = ROOT) -> list[str]:
    """Modules with a solutions notebook: solutions/<m>/<m>.ipynb."""
    return sorted(p.parent.name for p in (root / "solutions").glob("*/*.ipynb") if p.stem == p.parent.name)


def nbgrader(args: list[str], root: Path = ROOT, quiet: bool = False, extra: list[str] = ()) -> int:
    """Run one nbgrader command with the course's config (from grader/) on the course at ``root``."""
    cmd = [sys.executable, "-m", "nbgrader", *args, f"--CourseDirectory.root={root}", *extra]
    if root != ROOT:
        cmd.append(f"--CourseDirectory.db_url=sqlite:///{root / 'grader' / 'work' / 'gradebook.db'}")
        (root / "grader" / "work").mkdir(parents=True, exist_ok=True)
    if quiet:
        cmd.append("--log-level=WARN")
    return subprocess.run(cmd, cwd=HERE).returncode


def release(names: list[str], root: Path = ROOT, quiet: bool = False) -> int:
    rc = 0
    for m in names or modules(root):
        rc |= nbgrader(["generate_assignment", m, "--force"], root, quiet)
    return rc


@dataclass
class Collected:
    accepted: dict[str, Path]  # student id -> source file
    rejected: dict[str, str]  # source file -> reason


def _student_id(name: str) -> str:
    sid = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._") or "student"
    return sid


def _find_notebooks(src: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for nb in sorted(src.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in nb.parts or nb.name.startswith("._"):
            continue
        rel = nb.relative_to(src)
        sid = _student_id(rel.parts[0] if len(rel.parts) > 1 else nb.stem)
        if sid in found:
            sid = _student_id(str(rel.with_suffix("")).replace("/", "_"))
        found[sid] = nb
    return found


def read_problem(path: Path) -> str | None:
    """Why ``path`` is not a gradable notebook, or None."""
    import nbformat

    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a notebook"
        return f"not a readable notebook ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})"
    if not any(c.get("metadata", {}).get("nbgrader") for c in nb.cells):
        return "has no nbgrader cells (is it the course notebook?)"
    return None


def collect(module: str, src: Path, root: Path = ROOT) -> Collected:
    """Copy submissions into <root>/grader/work/submitted/<student>/<module>/<module>.ipynb."""
    src = Path(src)
    if not src.exists():
        raise SystemExit(f"no such file or folder: {src}")
    tmp = None
    if src.is_file() and src.suffix == ".zip":
        tmp = Path(tempfile.mkdtemp(prefix="ftfm-collect-"))
        with zipfile.ZipFile(src) as zf:
            zf.extractall(tmp)
        src = tmp
    try:
        accepted, rejected = {}, {}
        for sid, nb in _find_notebooks(src).items():
            problem = read_problem(nb)
            if problem:
                rejected[str(nb)] = problem
                continue
            dest = root / "grader" / "work" / "submitted" / sid / module / f"{module}.ipynb"
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(nb, dest)
            accepted[sid] = nb
        return Collected(accepted, rejected)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def submitted_students(module: str, root: Path = ROOT) -> list[str]:
    base = root / "grader" / "work" / "submitted"
    return sorted(p.parent.parent.name for p in base.glob(f"*/{module}/{module}.ipynb"))


def register(module: str, root: Path = ROOT, quiet: bool = False) -> int:
    """Record the module's graded cells in the gradebook (needed once per fresh gradebook).

    It runs generate_assignment into grader/work/release, so course/ is never touched by grading.
    """
    return nbgrader(
        ["generate_assignment", module, "--force"],
        root,
        quiet,
        extra=["--CourseDirectory.release_directory=grader/work/release"],
    )


def autograde(module: str, root: Path = ROOT, quiet: bool = False) -> dict[str, int]:
    """Autograde each student separately, so one broken kernel cannot stop the batch."""
    if register(module, root, quiet):
        raise SystemExit(f"could not record {module} in the gradebook (see the log above)")
    codes = {}
    for sid in submitted_students(module, root):
        codes[sid] = nbgrader(["autograde", module, "--force", f"--student={sid}"], root, quiet)
    return codes


def feedback(module: str, root: Path = ROOT, quiet: bool = False) -> int:
    return nbgrader(["generate_feedback", module, "--force"], root, quiet)


def scores(module: str, root: Path = ROOT) -> list[dict]:
    """One row per autograded student: score, max score and per-cell points."""
    from nbgrader.api import Gradebook, MissingEntry

    rows = []
    db = f"sqlite:///{root / 'grader' / 'work' / 'gradebook.db'}"
    with Gradebook(db) as gb:
        for student in sorted(s.id for s in gb.students):
            try:
                sub = gb.find_submission(module, student)
            except MissingEntry:
                continue
            row = {"student": student, "score": sub.score, "max_score": sub.max_score}
            for nb in sub.notebooks:
                for g in nb.grades:
                    row[g.name] = g.score
            rows.append(row)
    return rows


def report(module: str, root: Path = ROOT, out: Path | None = None) -> list[dict]:
    rows = scores(module, root)
    out = out or root / "grader" / "work" / f"grades-{module}.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    fields = ["student", "score", "max_score"] + sorted(
        {k for r in rows for k in r} - {"student", "score", "max_score"}
    )
    with open(out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    width = max([len(r["student"]) for r in rows] + [7])
    print(f"{'student':<{width}}  score")
    for r in rows:
        print(f"{r['student']:<{width}}  {r['score']:g} / {r['max_score']:g}")
    print(f"({len(rows)} graded; CSV: {out})")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python grader/grade.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--root", type=Path, default=ROOT, help="course root (default: this repository)")
    ap.add_argument("--quiet", action="store_true", help="only warnings from nbgrader")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("release", help="regenerate course/ from solutions/")
    p.add_argument("modules", nargs="*")
    for name in ("collect", "grade"):
        p = sub.add_parser(name)
        p.add_argument("module")
        p.add_argument("submissions", type=Path)
    for name in ("autograde", "feedback", "report"):
        sub.add_parser(name).add_argument("module")
    args = ap.parse_args(argv)
    root = args.root.resolve()

    if getattr(args, "module", None) and args.module not in modules(root):
        ap.error(f"unknown module {args.module!r}; modules: {', '.join(modules(root))}")
    if args.cmd == "release":
        return release(args.modules, root, args.quiet)
    if args.cmd in ("collect", "grade"):
        got = collect(args.module, args.submissions, root)
        print(f"collected {len(got.accepted)} submission(s) for {args.module}")
        for path, why in got.rejected.items():
            print(f"  skipped {path}: {why}")
        if args.cmd == "collect":
            return 0
    if args.cmd in ("autograde", "grade"):
        codes = autograde(args.module, root, args.quiet)
        failed = [s for s, rc in codes.items() if rc]
        if failed:
            print(f"  autograde had problems for: {', '.join(failed)} (see the log above)")
    if args.cmd in ("feedback", "grade"):
        feedback(args.module, root, args.quiet)
    if args.cmd in ("report", "grade"):
        report(args.module, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
