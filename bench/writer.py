"""CPU the ingest's main process (the writer) spends per article, apart from the workers: reading the files, the
store's writes, the search index and read model, and the swap of a first load.

    python bench/writer.py --articles 1000 --runs 3 [--no-bulk] [--profile out.prof]
    python bench/writer.py --articles 20000 --tail 2000 --runs 3 --mapped bench/out/mapped-20000.pickle


Maps the generated corpus (bench/out/corpus-N, made if missing) once, in worker processes as `cscgraph ingest`
does, and keeps each article's result pickled as a worker sends it. Each run then ingests the corpus into a fresh
store with the real `pipeline` code, the workers' results replayed (unpickled, as the pool hands them over) instead
of mapped again, and times the process's CPU (`time.process_time`, every thread: RocksDB's and SQLite's work
included). Prints each run's and the median's CPU ms an article. Runs against whatever `cscgraph` is importable, so
the same script measures two checkouts (`PYTHONPATH=…/src`).

`--tail N`: does the writer's cost grow with the store? The corpus's last files holding about N articles (the
tail) are written into an empty store and into a copy of one that holds the rest of the corpus already, each a
first load in progress (a bulk-loaded store and a search index without its lookup indexes, as `cscgraph ingest`
builds them; `--no-bulk`: a store and index as an ingest into a non-empty store finds them). The store holding the
rest is built once (its own CPU per stretch of articles printed) and kept under bench/out/writer-prefill-*; each
run copies it. Timed: the ingest of the tail and the store's close (its last bulk load); not timed, printed apart:
the index's close, which builds its lookup indexes over all its rows once at the end of a first load.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from cscgraph import pipeline
from cscgraph.graph.namespaces import Minter
from cscgraph.ingest import article_id
from cscgraph.models import Article
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore
from cscgraph.store import bulk
from cscgraph.store.bulk import BulkLoadedStore

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


def thread_cpu() -> dict[str, float]:
    """CPU seconds of this process's live threads, summed by thread name (RocksDB's background threads are
    `rocksdb:low`/`rocksdb:high`; threads that have ended are left out, their time is in the process's)."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def split_files(folder: Path, results: dict[str, bytes], tail: int) -> tuple[list[Path], list[Path], int]:
    """The corpus's files in reading order, cut so that the second part holds about `tail` articles (by the
    workers' results, which name the file each article was read from), and how many articles the second holds."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    per_file: dict[str, int] = {}
    for blob in results.values():
        source = pickle.loads(blob).source
        per_file[source] = per_file.get(source, 0) + 1
    count, cut = 0, len(files)
    while cut > 0 and count < tail:
        cut -= 1
        count += per_file.get(str(files[cut]), 0)
    return files[:cut], files[cut:], count


def continue_build(path: Path, files: list[Path], settings: Settings, results: dict[str, bytes], bulk: bool,
                   stretch: int = 0, profile: cProfile.Profile | None = None) -> tuple[float, float, list[float]]:
    """Ingest `files` into the store in `path` (and its index beside it), empty or holding articles already, as a
    first load in progress (`bulk`) or as an ingest into a non-empty store. Returns the CPU seconds of the writes
    (the ingest and the store's close), of the index's close, and, with `stretch`, of each `stretch` articles."""

    def replayed(articles: Iterator[Article], *_: object) -> Iterator[pipeline.MappedArticle]:
        return (pickle.loads(results[article_id(article)]) for article in articles)

    pipeline._mapped = replayed  # type: ignore[assignment]
    marks: list[float] = []

    def progress(status: str, _: str) -> None:
        if status in ("new", "updated"):
            done[0] += 1
            if stretch and done[0] % stretch == 0:
                marks.append(time.process_time())

    done = [0]
    minter = Minter(settings.base_iri)
    threads_before = thread_cpu()
    start = time.process_time()
    store = BulkLoadedStore(path, minter) if bulk else EmbeddedStore(path, minter)
    index = SearchIndex(Path(f"{path}.search.sqlite"), building=bulk)
    if profile:
        profile.enable()
    pipeline.ingest(store, settings, files, progress=progress, search=index)
    store.close()
    if profile:
        profile.disable()
    written = time.process_time()
    threads = {name: round(cpu - threads_before.get(name, 0.0), 2) for name, cpu in thread_cpu().items()}
    threads["(ended threads)"] = round(written - start - sum(threads.values()), 2)
    print(json.dumps({"cpu_s_by_thread": {k: v for k, v in threads.items() if v}}), flush=True)
    if bulk:  # as a first load leaves it until the end: no lookup indexes yet
        index._db.close()
    else:
        index.close()
    closed = time.process_time()
    stretches = [b - a for a, b in zip([start, *marks], marks)]
    return written - start, closed - written, stretches


def tail_runs(args: argparse.Namespace, folder: Path, settings: Settings, results: dict[str, bytes]) -> dict:
    """The tail written into an empty store and into one holding the rest of the corpus, `args.runs` times each,
    alternating."""
    head, tail, tail_articles = split_files(folder, results, args.tail)
    prefill = HERE / "out" / f"writer-prefill-{args.articles}-{args.tail}"
    report: dict[str, object] = {"tail_files": len(tail), "tail_articles": tail_articles}
    if not (prefill / ".complete").exists():
        shutil.rmtree(prefill, ignore_errors=True)
        prefill.mkdir(parents=True)
        cpu, _, stretches = continue_build(prefill / "store", head, settings, results, True, stretch=1000)
        (prefill / ".complete").write_text(json.dumps({"cpu_s": cpu, "stretch_cpu_ms_per_article": [
            round(s, 2) for s in stretches]}))
    built = json.loads((prefill / ".complete").read_text())
    report["prefill"] = built | {"articles": len(results) - tail_articles}
    print(json.dumps({"prefill": report["prefill"]}), flush=True)
    sizes: dict[str, list[tuple[float, float]]] = {"empty": [], "prefilled": []}
    for _ in range(args.runs):
        for size in sizes:
            with tempfile.TemporaryDirectory(dir=HERE / "out") as scratch:
                path = Path(scratch) / "store"
                if size == "prefilled":
                    shutil.copytree(prefill / "store", path)
                    shutil.copy(prefill / "store.search.sqlite", f"{path}.search.sqlite")
                    if args.no_bulk:  # an index as an ingest into a non-empty store finds it: lookups made
                        SearchIndex(Path(f"{path}.search.sqlite")).close()
                # The main thread's CPU only (`thread_time`): RocksDB's and the bulk loader's threads are apart.
                profile = cProfile.Profile(time.thread_time) if args.profile else None
                cpu, close, _ = continue_build(path, tail, settings, results, not args.no_bulk, profile=profile)
                if profile:
                    profile.dump_stats(f"{args.profile}.{size}")
                sizes[size].append((cpu * 1000 / tail_articles, close))
                print(json.dumps({"size": size, "writer_cpu_ms_per_article": round(cpu * 1000 / tail_articles, 2),
                                  "index_close_s": round(close, 2), "load_average": os.getloadavg()}), flush=True)
    for size, runs in sizes.items():
        ms = [round(m, 2) for m, _ in runs]
        report[size] = {"writer_cpu_ms_per_article": ms, "median": statistics.median(ms),
                        "index_close_s": [round(c, 2) for _, c in runs]}
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="size of the generated corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-bulk", action="store_true", help="article by article, not a bulk first load")
    parser.add_argument("--profile", help="write a cProfile of the runs (CPU time) to this file")
    parser.add_argument("--mapped", type=Path, help="read the workers' results from this file if it exists, else "
                                                     "write them there (to compare checkouts on the same results)")
    parser.add_argument("--bulk-load-bytes", type=int, help="N-Quads spooled per bulk load (cscgraph.store.bulk."
                                                                 "BULK_LOAD_BYTES) for this run")
    parser.add_argument("--tail", type=int, help="write the corpus's last files holding about this many articles "
                                                   "into an empty store and into one holding the rest")
    args = parser.parse_args()
    if args.bulk_load_bytes:
        bulk.BULK_LOAD_BYTES = args.bulk_load_bytes
    settings = Settings()
    folder = corpus(args.articles)
    if args.mapped and args.mapped.exists():
        results = pickle.loads(args.mapped.read_bytes())
    else:
        results = mapped_results(folder, settings)
        if args.mapped:
            args.mapped.write_bytes(pickle.dumps(results))
    if args.tail:
        report = tail_runs(args, folder, settings, results)
        print(json.dumps({"articles": len(results), "bulk": not args.no_bulk, **report}))
        return 0
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
