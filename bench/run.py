"""Every benchmark in order, then bench/RESULTS.md: `make bench` runs this.

    python bench/run.py                       # 1k, 10k, 100k ingest; queries at each; rdflib at 1k; web at 100k
    python bench/run.py --sizes 1000 --web 1000 --rdflib 1000     # a quick pass (a few minutes)
    python bench/run.py --replicate-from 10000 --sizes 1000,10000 --query-sizes 1000,10000,100000

`--replicate-from N` builds the 100k store for the query and web benchmarks by copying the N-article store
(bench/replicate.py) instead of ingesting the 100k corpus, when the ingest of 100k articles would take too long
on the machine at hand; the ingest figures then stop at the sizes actually ingested, and RESULTS.md says so.
Needs `wrk` (`apt-get install -y wrk`) for the web stage.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable


def stage(*args: str) -> None:
    print(f"$ {' '.join(args)}", file=sys.stderr, flush=True)
    subprocess.run([PY, *args], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes to ingest")
    parser.add_argument("--query-sizes", help="store sizes to query (default: --sizes)")
    parser.add_argument("--rdflib", default="1000", help="sizes for the rdflib baseline")
    parser.add_argument("--web", default="100000", help="store size for the web load test ('' to skip)")
    parser.add_argument("--replicate-from", type=int, help="build the 100k store by copying this ingested size")
    args = parser.parse_args(argv)
    if args.sizes:
        stage(str(HERE / "ingest.py"), "--sizes", args.sizes)
    if args.replicate_from:
        copies = 100_000 // args.replicate_from
        stage(str(HERE / "replicate.py"), "--source", str(HERE / "out" / f"store-{args.replicate_from}"),
              "--copies", str(copies), "--out", str(HERE / "out" / "store-100000"))
    stage(str(HERE / "queries.py"), "--sizes", args.query_sizes or args.sizes, "--rdflib", args.rdflib)
    if args.web:
        stage(str(HERE / "web.py"), "--size", args.web)
    stage(str(HERE / "report.py"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
