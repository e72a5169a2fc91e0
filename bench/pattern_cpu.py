"""CPU one pattern's `finditer` spends per generated body, alone: the median over runs, and its match count.

    python bench/pattern_cpu.py people:ROLE_THEN_NAME documents:TITLE_BEFORE_CUE --runs 5

Each argument names a compiled constant of `cscgraph.extract.patterns.<module>`. Every body of bench/out/corpus-1000
(made if missing) is scanned, with no required-words test or gate in front (`all_matches` skips some bodies), so the
figure is the scan's own cost. Runs against whatever `cscgraph` is importable (`PYTHONPATH=…/src`), as
bench/extraction_cpu.py does.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path

from cscgraph.ingest import read_paths

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="+", help="module:NAME, e.g. people:ROLE_THEN_NAME")
    parser.add_argument("--runs", type=int, default=5, help="scans of every body per pattern; the median is shown")
    args = parser.parse_args()
    bodies = [article.body for article in read_paths([corpus(1000)])]
    for spec in args.patterns:
        module, name = spec.split(":")
        pattern = getattr(importlib.import_module(f"cscgraph.extract.patterns.{module}"), name)
        runs, found = [], 0
        for _ in range(args.runs):
            start = time.process_time()
            found = sum(1 for body in bodies for _ in pattern.finditer(body))
            runs.append((time.process_time() - start) / len(bodies) * 1000)
        print(f"{name}: {statistics.median(runs):.3f} ms a body, {found} matches")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
