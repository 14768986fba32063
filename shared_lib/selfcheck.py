"""``check(fn)``: the instant self-check a learner runs after writing an exercise.

Checks live in ``shared_lib/checks/<module>.py``, registered with :func:`register`. They need no
notebook file and no nbgrader, so they work in Colab. Output goes to stdout only (under nbgrader any
stderr in a test cell scores 0). The graded (visible) test cells call ``check(fn, strict=True)``;
hidden tests add other inputs on top.
"""

from __future__ import annotations

import importlib
import pkgutil
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

_REGISTRY: dict[str, list[tuple[str, Callable]]] = {}
_LOADED = False


def register(exercise: str, description: str):
    """Decorator: add a check case for ``exercise``. The case receives the learner's function and
    raises ``AssertionError`` with a hint when it fails."""

    def deco(case: Callable) -> Callable:
        _REGISTRY.setdefault(exercise, []).append((description, case))
        return case

    return deco


def _load_all() -> None:
    global _LOADED
    if _LOADED:
        return
    from . import checks

    for info in pkgutil.iter_modules(checks.__path__):
        importlib.import_module(f"{checks.__name__}.{info.name}")
    _LOADED = True


def exercises() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)


@dataclass
class CheckResult:
    exercise: str
    passed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (description, hint)
    not_implemented: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.not_implemented and self.passed > 0

    def __bool__(self) -> bool:
        return self.ok

    def __repr__(self) -> str:  # what a notebook shows if the result is the last expression
        return (
            f"CheckResult({self.exercise!r}, ok={self.ok}, passed={self.passed}, failed={len(self.failed)})"
        )


class CheckFailed(AssertionError):
    pass


def check(fn: Callable, exercise: str | None = None, *, strict: bool = False, quiet: bool = False):
    """Run the self-checks of the exercise that ``fn`` answers (found by its name).

    Prints a line per failed check with a hint, and a summary. With ``strict=True`` a failure raises
    :class:`CheckFailed` (that is how graded visible tests use it).
    """
    _load_all()
    name = exercise or getattr(fn, "__name__", None)
    if name not in _REGISTRY:
        raise KeyError(f"no self-check named {name!r}; known: {', '.join(exercises())}")
    result = CheckResult(name)
    for description, case in _REGISTRY[name]:
        try:
            case(fn)
            result.passed += 1
        except NotImplementedError:
            result.not_implemented = True
            break
        except AssertionError as exc:
            result.failed.append((description, str(exc) or "wrong result"))
        except Exception as exc:  # the learner's code crashed: show where, briefly
            last = traceback.extract_tb(exc.__traceback__)[-1]
            result.failed.append(
                (description, f"raised {type(exc).__name__}: {exc} (line {last.lineno}: {last.line})")
            )
    if not quiet:
        _print(result, len(_REGISTRY[name]))
    if strict and not result.ok:
        if result.not_implemented:
            raise CheckFailed(f"{name}: not implemented yet")
        raise CheckFailed(f"{name}: " + "; ".join(f"{d}: {h}" for d, h in result.failed))
    return result


def _print(result: CheckResult, total: int) -> None:
    if result.not_implemented:
        print(f"… {result.exercise}: not implemented yet (replace `raise NotImplementedError()`)")
        return
    for description, hint in result.failed:
        print(f"✗ {description}\n    hint: {hint}")
    mark = "✓" if result.ok else "✗"
    print(f"{mark} {result.exercise}: {result.passed}/{total} checks passed")


def check_answer(qid: str, answer) -> bool:
    """Self-check for a graded scenario question: is the answer well formed? (Its correctness is
    graded when you submit; drill the bank with feedback in the quiz notebook.)"""
    from .quiz import default_bank, normalize_answer

    q = default_bank()[qid]
    try:
        given = normalize_answer(q, answer)
    except ValueError as exc:
        print(f"✗ {qid}: {exc}")
        return False
    print(f"✓ {qid}: answer recorded as {given!r} (scored when graded)")
    return True
