"""``python -m shared_lib.quiz validate|seal|stats|show`` — the bank's command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from ..course import DOMAINS, TASKS
from .bank import BANK_DIR, BankError, load_bank, seal_file


def _paths(args) -> list[Path]:
    return [Path(p) for p in args.files] if args.files else sorted(BANK_DIR.glob("*.jsonl"))


def stats(bank) -> dict:
    n = len(bank)
    by_domain = Counter(q.domain for q in bank)
    return {
        "questions": n,
        "domain_share": {f"D{d}": round(by_domain[d] / n, 3) if n else 0.0 for d in DOMAINS},
        "domain_target": {f"D{d}": w for d, (_, w) in DOMAINS.items()},
        "types": dict(sorted(Counter(q.type for q in bank).items())),
        "case_studies": len({q.case for q in bank if q.case}),
        "task_coverage": {t: sum(q.task == t for q in bank) for t in TASKS},
        "modules": dict(sorted(Counter(q.module or "-" for q in bank).items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m shared_lib.quiz", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, helptext in (
        ("validate", "check bank files; print file:line for every problem; exit 1 if any"),
        ("stats", "print size, domain share, item types and task coverage as JSON"),
        ("seal", "seal plain keys in bank files (authoring aid)"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("files", nargs="*", help="bank files (default: the shipped bank)")
    args = ap.parse_args(argv)
    paths = _paths(args)
    if args.cmd == "seal":
        for p in paths:
            print(f"{p}: sealed {seal_file(p)} key(s)")
        return 0
    try:
        bank = load_bank(paths)
    except BankError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in the bank", file=sys.stderr)
        return 1
    if args.cmd == "validate":
        print(f"ok: {len(bank)} questions in {len(paths)} file(s)")
    else:
        print(json.dumps(stats(bank), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
