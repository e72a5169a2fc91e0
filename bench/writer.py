"""CPU the ingest's main process (the writer) spends per article, apart from the workers: reading the files, the
store's writes, the search index and read model, and the swap of a first load.

    python bench/writer.py --articles 1000 --runs 3 [--no-bulk] [--profile out.prof]

Maps the generated corpus (bench/out/corpus-N, made if missing) once, in worker processes as `cscgraph ingest`
does, and keeps each article's result pickled as a worker sends it. Each run then ingests the corpus into a fresh
store with the real `pipeline` code, the workers' results replayed (unpickled, as the pool hands them over) instead
of mapped again, and times the process's CPU (`time.process_time`, every thread: RocksDB's and SQLite's work
included). Prints each run's and the median's CPU ms an article. Runs against whatever `cscgraph` is importable, so
the same script measures two checkouts (`PYTHONPATH=…/src`).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pickle
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from cscgraph import pipeline
from cscgraph.graph import Minter
from cscgraph.ingest import article_id
from cscgraph.models import Article
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest import corpus  # noqa: E402


def mapped_results(folder: Path, settings: Settings) -> dict[str, bytes]:
    """Each article's worker result, pickled, by article id (the last copy read wins, as in an ingest)."""
    articles = (a for a in pipeline.read_sources([folder], None) if isinstance(a, Article))
    now = datetime.now(timezone.utc).replace(microsecond=0)
    return {result.article_id: pickle.dumps(result)
            for result in pipeline._mapped(articles, settings, pipeline.extractor_version(), now)
            if isinstance(result, pipeline.MappedArticle)}


def one_run(folder: Path, settings: Settings, results: dict[str, bytes], bulk: bool,
            profile: cProfile.Profile | None) -> float:
    """CPU seconds of one ingest of `folder` into a fresh store, the workers' `results` replayed."""

    def replayed(articles: Iterator[Article], *_: object) -> Iterator[pipeline.MappedArticle]:
        return (pickle.loads(results[article_id(article)]) for article in articles)

    pipeline._mapped = replayed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(dir=HERE / "out") as scratch:
        path = Path(scratch) / "store"
        start = time.process_time()
        if profile:
            profile.enable()
        store = EmbeddedStore(path, Minter(settings.base_iri))
        if bulk and pipeline.is_first_load(store):
            pipeline.ingest_first_load(store, settings, [folder], Path(f"{path}.search.sqlite"))
        else:
            index = SearchIndex(Path(f"{path}.search.sqlite"))
            pipeline.ingest(store, settings, [folder], search=index)
            index.close()
        store.close()
        if profile:
            profile.disable()
        return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="size of the generated corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-bulk", action="store_true", help="article by article, not a bulk first load")
    parser.add_argument("--profile", help="write a cProfile of the runs (CPU time) to this file")
    parser.add_argument("--mapped", type=Path, help="read the workers' results from this file if it exists, else "
                                                     "write them there (to compare checkouts on the same results)")
    args = parser.parse_args()
    settings = Settings()
    folder = corpus(args.articles)
    if args.mapped and args.mapped.exists():
        results = pickle.loads(args.mapped.read_bytes())
    else:
        results = mapped_results(folder, settings)
        if args.mapped:
            args.mapped.write_bytes(pickle.dumps(results))
    profile = cProfile.Profile(time.process_time) if args.profile else None
    runs = [one_run(folder, settings, results, not args.no_bulk, profile) for _ in range(args.runs)]
    if profile:
        profile.dump_stats(args.profile)
    ms = [round(cpu * 1000 / len(results), 2) for cpu in runs]
    print(json.dumps({"articles": len(results), "bulk": not args.no_bulk, "writer_cpu_ms_per_article": ms,
                      "median": statistics.median(ms), "load_average": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
