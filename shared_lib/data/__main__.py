"""python -m shared_lib.data generate|check|stats"""

from __future__ import annotations

import argparse
import sys

from . import DATASETS, FILES_DIR, check, generate, path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m shared_lib.data", description=__doc__)
    ap.add_argument("cmd", choices=["generate", "check", "stats"])
    args = ap.parse_args(argv)
    if args.cmd == "generate":
        for stem, n in generate().items():
            print(f"{stem:<28} {n:>7} records")
        return 0
    if args.cmd == "check":
        diffs = check()
        if diffs:
            print("differ from a fresh generation:", ", ".join(diffs), file=sys.stderr)
            return 1
        print(f"ok: every file in {FILES_DIR} regenerates identically")
        return 0
    for name, splits in DATASETS.items():
        for split in splits or (None,):
            p = path(name, split)
            size = p.stat().st_size if p.exists() else 0
            lines = sum(1 for _ in p.open(encoding="utf-8")) if p.exists() else 0
            print(f"{p.name:<32} {lines:>7} records {size / 1e6:>8.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
