"""``python -m shared_lib.quiz`` — the drill and the bank's tools.

practice [-n 10] [--domain 3] [--task 3.2] [--module 02_rag] [--type ...] [--marked]
exam [-n 65] [--minutes 90]        a timed exam, scored 100-1000 (pass 700), then a review
progress [--plot FILE.png]         scores by domain, spaced-repetition boxes, past exams
validate | stats | seal [FILES]    the bank's tools (validate exits 1 with file:line problems)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .bank import BANK_DIR, BankError, load_bank, seal_file
from .cli import RUNNERS, add_parsers
from .quality import coverage, problems


def _paths(args) -> list[Path]:
    return [Path(p) for p in args.files] if args.files else sorted(BANK_DIR.glob("*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m shared_lib.quiz",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, helptext in (
        ("validate", "check bank files; print file:line for every problem; exit 1 if any"),
        ("stats", "print size, domain share, item types and task coverage as JSON"),
        ("seal", "seal plain keys in bank files (authoring aid)"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("files", nargs="*", help="bank files (default: the shipped bank)")
    add_parsers(sub)
    args = ap.parse_args(argv)
    if args.cmd in RUNNERS:
        try:
            return RUNNERS[args.cmd](args)
        except BankError as exc:
            for line in exc.problems:
                print(line, file=sys.stderr)
            print(f"{len(exc.problems)} problem(s) in the bank", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("\nStopped. Everything answered so far is saved.")
            return 130
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
        found = problems(bank)
        for line in found:
            print(line, file=sys.stderr)
        if found:
            print(f"{len(found)} problem(s) in the bank", file=sys.stderr)
            return 1
        print(f"ok: {len(bank)} questions in {len(paths)} file(s)")
    else:
        print(json.dumps(coverage(bank), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
