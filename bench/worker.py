"""CPU an ingest worker spends per article, by part: extraction, mapping, and the rest of `pipeline._map_article`
(the rows it sends the search index and read model), in one process.

    python bench/worker.py --articles 300 --passes 3

Reads the first `--articles` of the generated corpus (bench/out/corpus-1000, made if missing), then for each pass
times `extract_article`, then `article_graph`, then the whole `_map_article`, on every article, in CPU time
(`time.process_time`); prints the median over passes of each part's mean per article. Runs against whatever
`cscgraph` is importable, so the same script measures two checkouts (`PYTHONPATH=…/src`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from cscgraph import pipeline
from cscgraph.errors import ReadError
from cscgraph.extract import extract_article
from cscgraph.graph.mapping import article_graph
from cscgraph.ingest import read_paths
from cscgraph.settings import Settings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest import corpus  # noqa: E402

FIXED_AT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    articles = [a for a in read_paths([corpus(1000)]) if not isinstance(a, ReadError)][:args.articles]
    pipeline._init_worker(Settings().base_iri, "bench", FIXED_AT)
    worker = pipeline._WORKER
    parts: dict[str, list[float]] = {"extract": [], "map": [], "whole": []}
    for _ in range(args.passes):
        start = time.process_time()
        extractions = [extract_article(a, worker["gazetteer"]) for a in articles]  # type: ignore[arg-type]
        parts["extract"].append(time.process_time() - start)
        start = time.process_time()
        for article, extraction in zip(articles, extractions):
            article_graph(extraction, worker["minter"], FIXED_AT, "bench",  # type: ignore[arg-type]
                          publisher=pipeline._publisher(article, worker["gazetteer"]))  # type: ignore[arg-type]
        parts["map"].append(time.process_time() - start)
        start = time.process_time()
        for article in articles:
            pipeline._map_article(article)
        parts["whole"].append(time.process_time() - start)
    ms = {name: round(statistics.median(values) * 1000 / len(articles), 2) for name, values in parts.items()}
    ms["rows"] = round(ms["whole"] - ms["extract"] - ms["map"], 2)
    print(json.dumps({"articles": len(articles), "passes": args.passes, "cpu_ms_per_article": ms,
                      "load_average": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
