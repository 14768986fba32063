"""python -m shared_lib.bench [--only NAME ...] [--list]  — run benchmarks, update the results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import registered, run, save, to_markdown


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m shared_lib.bench", description=__doc__)
    ap.add_argument("--only", nargs="*", help="run benchmarks whose name contains one of these")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    ap.add_argument("--json", type=Path, default=Path("benchmarks.json"))
    ap.add_argument("--md", type=Path, default=Path("BENCHMARKS.md"))
    args = ap.parse_args(argv)
    if args.list:
        for name, desc in registered().items():
            print(f"{name:<28} {desc}")
        return 0
    results = run(args.only)
    if not results:
        print("no benchmark matched", file=sys.stderr)
        return 1
    data = save(results, args.json, args.md)
    print()
    print(to_markdown(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
