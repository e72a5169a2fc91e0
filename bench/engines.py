"""Engines side by side: the same ingest of generated articles and the same canned-query mix on the embedded
Oxigraph store, `oxigraph serve` and Virtuoso.

    python bench/engines.py --size 1000 --runs 3

The articles (bench/generate.py, cached under bench/out/corpus-N) are read, extracted and mapped once by the real
pipeline, writing to an embedded store through a recorder; the recorded writes (every `replace_graphs` batch, in
order: reference data, then the articles in batches) are then replayed on a fresh store of each engine, `--runs`
times, so every engine is timed on the same writes, and extraction, the same for all, is left out. After each
replay the canned-query mix runs on that store: every canned query once to warm up, then once timed, with
parameters picked from the data as bench/queries.py picks them (a different set each run). The servers are started
as the remote-store tests start them (tests/remote/server.py), fresh for each run, on 127.0.0.1. Figures are
medians over the runs, with ratios to the embedded store. Writes bench/out/engines-N.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from ingest import corpus  # noqa: E402
from proctree import cpu_seconds, tree  # noqa: E402
from queries import RESULT_LIMIT, ParameterPicker  # noqa: E402
from tests.remote.server import ENGINES  # noqa: E402

from cscgraph.graph.namespaces import Minter  # noqa: E402
from cscgraph.pipeline import ingest  # noqa: E402
from cscgraph.queries import list_queries, run_query  # noqa: E402
from cscgraph.settings import Settings  # noqa: E402
from cscgraph.store import EmbeddedStore, RemoteStore, Store  # noqa: E402

OUT = HERE / "out"
QUERY_TIMEOUT = 300.0
"""Seconds a remote query may take: long enough for the whole-graph queries of a benchmark store."""
SERVER_COMMANDS = {"oxigraph": "oxigraph", "virtuoso": "virtuoso-t"}
"""The process name of each engine's server, a child of this process while it runs."""


class Recorder:
    """An embedded store that keeps every write made to it, to replay on the other engines."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store
        self.writes: list[tuple[dict[str, str], dict[str, str]]] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        self.writes.append((dict(graphs), dict(additions or {})))
        self.store.replace_graphs(graphs, additions)


def server_cpu_s(command: str) -> float:
    """CPU seconds (user + system) used so far by the processes under this one named `command` (0 if none)."""
    total = 0.0
    for pid in tree(os.getpid())[1:]:
        try:
            name = Path(f"/proc/{pid}/comm").read_text().strip()
        except OSError:
            continue
        if name == command[:15]:  # the kernel keeps 15 characters of a command's name
            total += cpu_seconds(pid)
    return total


def folder_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


@contextmanager
def fresh_store(engine: str, folder: Path) -> Iterator[Store]:
    """An empty store of `engine` in `folder`: embedded, or a server started for it and stopped after."""
    if engine == "embedded":
        store = EmbeddedStore(folder / "store", Minter(Settings().base_iri))
        try:
            yield store
        finally:
            store.close()
        return
    with ENGINES[engine](folder / "data") as settings:
        remote = RemoteStore(replace(settings, query_timeout=QUERY_TIMEOUT))
        try:
            yield remote
        finally:
            remote.close()


def record(size: int, folder: Path, workers: int) -> tuple[list[tuple[dict[str, str], dict[str, str]]], float]:
    """The writes an ingest of the size's corpus makes, and the wall time of that ingest (extraction included)."""
    settings = Settings(store=str(folder / "store"), workers=workers)
    store = EmbeddedStore(folder / "store", Minter(settings.base_iri))
    recorder = Recorder(store)
    start = time.perf_counter()
    report = ingest(recorder, settings, [corpus(size)])  # type: ignore[arg-type]
    wall = time.perf_counter() - start
    store.close()
    print(f"recorded: {report.summary()} in {wall:.1f} s; {len(recorder.writes)} write batches", flush=True)
    return recorder.writes, wall


def one_run(engine: str, run: int, writes: list[tuple[dict[str, str], dict[str, str]]],
            picker: ParameterPicker) -> dict[str, object]:
    """Replay the writes on a fresh store of `engine`, then run the query mix on it."""
    with tempfile.TemporaryDirectory(prefix=f"engines-{engine}-", dir=OUT) as tmp:
        folder = Path(tmp)
        with fresh_store(engine, folder) as store:
            server = SERVER_COMMANDS.get(engine, "")
            cpu0, server0, start = time.process_time(), server_cpu_s(server), time.perf_counter()
            for graphs, additions in writes:
                store.replace_graphs(graphs, additions)
            write = {"wall_s": time.perf_counter() - start, "client_cpu_s": time.process_time() - cpu0,
                     "server_cpu_s": server_cpu_s(server) - server0 if server else 0.0}
            queries: dict[str, object] = {}
            for query in list_queries():
                params = picker.values(query, run)
                try:
                    run_query(store, query, params, limit=RESULT_LIMIT)  # warm-up
                    start = time.perf_counter()
                    answer = run_query(store, query, params, limit=RESULT_LIMIT)
                    queries[query.name] = {"ms": (time.perf_counter() - start) * 1000,
                                           "rows": len(answer.rows) if answer.kind == "select" else 1}
                except Exception as exc:  # noqa: BLE001 - one failing query is reported, the others still run
                    queries[query.name] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
            disk = folder_mb(folder)
    mix = sum(q["ms"] for q in queries.values() if "ms" in q)  # type: ignore[index]
    print(f"{engine:9} run {run + 1}: writes {write['wall_s']:.1f} s (client CPU {write['client_cpu_s']:.1f} s, "
          f"server CPU {write['server_cpu_s']:.1f} s), query mix {mix / 1000:.1f} s, "
          f"{sum('error' in q for q in queries.values())} errors, {disk:.0f} MB on disk", flush=True)
    return {"write": write, "queries": queries, "disk_mb": disk}


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def summarise(runs: list[dict[str, object]]) -> dict[str, object]:
    """Medians over the runs: write wall and CPU, each query's time (and its rows), the whole mix."""
    writes = [r["write"] for r in runs]
    names = list(runs[0]["queries"])  # type: ignore[arg-type]
    queries: dict[str, object] = {}
    for name in names:
        done = [r["queries"][name] for r in runs if "ms" in r["queries"][name]]  # type: ignore[index]
        errors = [r["queries"][name]["error"] for r in runs if "error" in r["queries"][name]]  # type: ignore[index]
        queries[name] = {"median_ms": median([q["ms"] for q in done]), "runs": len(done),
                         "rows": [q["rows"] for q in done], **({"error": errors[0]} if errors else {})}
    mixes = [sum(q["ms"] for q in r["queries"].values() if "ms" in q) for r in runs]  # type: ignore[union-attr]
    return {"write_wall_s": median([w["wall_s"] for w in writes]),  # type: ignore[index]
            "write_client_cpu_s": median([w["client_cpu_s"] for w in writes]),  # type: ignore[index]
            "write_server_cpu_s": median([w["server_cpu_s"] for w in writes]),  # type: ignore[index]
            "mix_s": median([m / 1000 for m in mixes]), "disk_mb": median([r["disk_mb"] for r in runs]),  # type: ignore[misc]
            "queries": queries, "runs": runs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="generated articles")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engines", default="embedded,oxigraph,virtuoso")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes for the recorded ingest")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="engines-record-", dir=OUT) as tmp:
        writes, ingest_wall = record(args.size, Path(tmp), args.workers)
        recorded = EmbeddedStore(Path(tmp) / "store", Minter(Settings().base_iri), read_only=True)
        picker = ParameterPicker(recorded)
        recorded.close()
    results = {}
    for engine in args.engines.split(","):
        runs = [one_run(engine, run, writes, picker) for run in range(args.runs)]
        results[engine] = summarise(runs)
    articles = sum(1 for graphs, _ in writes for g in graphs if g.startswith(f"{Settings().base_iri}graph/article/"))
    out = {"size": args.size, "articles_written": articles, "write_batches": len(writes), "runs": args.runs,
           "recorded_ingest_wall_s": round(ingest_wall, 1), "engines": results,
           "load_average_before": load_before, "load_average_after": os.getloadavg(),
           "command": f"python bench/engines.py --size {args.size} --runs {args.runs}",
           "finished": time.strftime("%Y-%m-%d %H:%M:%S")}
    (OUT / f"engines-{args.size}.json").write_text(json.dumps(out, indent=2))
    print(f"wrote {OUT / f'engines-{args.size}.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
