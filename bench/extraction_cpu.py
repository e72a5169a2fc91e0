"""CPU `extract_article` spends per article, in one process: each pass's mean, and the median over passes.

    python bench/extraction_cpu.py --set generated --passes 3       # bench/out/corpus-1000 (made if missing)
    python bench/extraction_cpu.py --set corpus --passes 3          # the bundled corpus and eval/articles
    python bench/extraction_cpu.py --set generated --profile 30     # cProfile one pass; the top 30 by own time

Reads the articles once, loads the gazetteer once, then times `extract_article` over every article per pass in
CPU time (`time.process_time`); the first pass warms the caches like any later one, so the median is the steady
state a long-running worker sees. Runs against whatever `cscgraph` is importable, so the same script measures two
checkouts side by side (`PYTHONPATH=…/src`).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

from cscgraph.errors import ReadError
from cscgraph.extract import extract_article
from cscgraph.ingest import read_paths
from cscgraph.pipeline import load_gazetteer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from ingest import corpus  # noqa: E402

SETS = {"generated": lambda: [corpus(1000)], "corpus": lambda: [ROOT / "corpus", ROOT / "eval/articles"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="generated", help="which articles to extract")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="profile one pass and print this many functions")
    args = parser.parse_args()
    articles = [a for a in read_paths(SETS[args.set]()) if not isinstance(a, ReadError)]
    gazetteer = load_gazetteer()
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [extract_article(a, gazetteer) for a in articles])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
        return 0
    passes = []
    for _ in range(args.passes):
        start = time.process_time()
        for article in articles:
            extract_article(article, gazetteer)
        passes.append((time.process_time() - start) * 1000 / len(articles))
    print(json.dumps({"set": args.set, "articles": len(articles), "ms_per_article": [round(p, 2) for p in passes],
                      "median": round(statistics.median(passes), 2), "load_average": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
