"""Read model benchmark: the listings the read model caches, read from its tables and from SPARQL, side by side.

    python bench/readmodel.py --size 1000

On bench/out/store-N and its index (made by bench/ingest.py, or `cscgraph ingest`):

1. Listings: each canned query a table caches (`cscgraph.readmodel.TABLES`), with the parameters the pages pass
   (the first page of an entity page's section, 26 rows; /funding's streams whole), for up to `--entities` lookup
   values (the entities with the most rows and an even spread of the rest), `--runs` times each: from the table
   (`SearchIndex.listing`) and from the store (`run_query`, as before the read model).
2. Pages: `cscgraph serve` over the store with its index (tables read) and with a copy of the index marked as
   behind the store (every listing asked of the store, as before), `--servers` times each, alternating which runs
   first, each timed once its endpoint worker processes have loaded; the first view of /person (which reads the
   names catalogue, `entity-catalogue`, once per store generation), then of the home page, /funding, /lineage,
   /quotes and each sampled entity page on each server (computed, not yet kept), one at a time. With `--baseline REV`, a third
   kind of server runs the code of commit REV (its `src/`, from `git archive`) over the same store and index, in the
   same rotation: the tables read by that commit's code, side by side with this checkout's.

`--store PATH` reads a store made elsewhere (its index beside it, `PATH.search.sqlite`) instead of
bench/out/store-N; `--size` then only names the output. Median and p95 ms of each; writes
bench/out/readmodel-N.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from queries import percentile  # noqa: E402
from tests.web.conftest import running_server  # noqa: E402

from cscgraph.graph.namespaces import Minter  # noqa: E402
from cscgraph.queries import load_query, run_query  # noqa: E402
from cscgraph.readmodel import TABLES, ReadTable  # noqa: E402
from cscgraph.search import SearchIndex, store_written  # noqa: E402
from cscgraph.settings import BASE_IRI, Settings  # noqa: E402
from cscgraph.store import EmbeddedStore  # noqa: E402

OUT = HERE / "out"
ENDPOINT_WORKERS_SETTLE = 3.0
"""Seconds waited after the first endpoint answer, for the second worker process to finish loading."""
SECTION_ROWS = "26"
"""What an entity page asks of a section: a page of 25 items and one more (`web.views.entity.section_page`)."""


def summary(values: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(values), 2), "p95_ms": round(percentile(values, 0.95), 2),
            "n": len(values)}


def lookups(index: SearchIndex, table: ReadTable, most: int) -> list[dict[str, str]]:
    """The table's lookup values: the `most // 2` with the most rows and an even spread of the rest."""
    if not table.lookup:
        return [{}]
    counts = Counter(index._db.execute(f'SELECT "entity" FROM {table.name}').fetchall())
    keys = [key[0] for key, _ in counts.most_common()]
    if len(keys) > most:
        rest = keys[most // 2:]
        keys = keys[:most // 2] + rest[::max(1, len(rest) // (most - most // 2))][:most - most // 2]
    return [{"entity": key, "limit": SECTION_ROWS, "offset": "0"} for key in keys]


def _as_set(rows: list[dict[str, str]]) -> list[tuple[tuple[str, str], ...]]:
    return sorted(tuple(sorted(row.items())) for row in rows)


def time_listings(store: EmbeddedStore, index: SearchIndex, entities: int, runs: int) -> dict[str, dict]:
    out = {}
    for table in TABLES:
        query = load_query(table.query)
        in_order = "ORDER BY" in query.sparql  # entity-catalogue has no order: its rows are compared as a set
        from_table: list[float] = []
        from_sparql: list[float] = []
        same = True
        for params in lookups(index, table, entities):
            for _ in range(runs):
                start = time.perf_counter()
                rows = index.listing(table.query, params)
                from_table.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                answer = run_query(store, query, params)
                from_sparql.append((time.perf_counter() - start) * 1000)
                sparql = [{k: v.value for k, v in row.items()} for row in answer.rows]
                same = same and (rows == sparql if in_order else rows is not None and _as_set(rows) == _as_set(sparql))
        out[table.query] = {"table": summary(from_table), "sparql": summary(from_sparql), "same_rows": same}
        print(f"{table.query}: table {out[table.query]['table']}, sparql {out[table.query]['sparql']}, "
              f"same rows: {same}", file=sys.stderr)
    return out


_WHOLE_PAGES = {"/": "home", "/funding": "funding", "/lineage": "lineage", "/quotes": "quotes"}
"""Pages of the whole store timed apart from entity pages, by the name they are reported under."""


def page_paths(index: SearchIndex, entities: int) -> list[str]:
    """The home page, /funding, /lineage and /quotes, then entity pages: the most-named entities of the kinds whose
    pages read the tables."""
    named = Counter(index._db.execute('SELECT "entity" FROM entity_mentions').fetchall())
    paths = []
    for (iri,), _ in named.most_common():
        path = iri.removeprefix(BASE_IRI)
        if path.split("/", 1)[0] in ("person", "organisation", "policy", "measure", "programme"):
            paths.append(f"/{path}")
        if len(paths) >= entities:
            break
    return [*_WHOLE_PAGES, *paths]


def baseline_source(revision: str, folder: Path) -> str:
    """The `src/` folder of commit `revision`, unpacked under `folder` with the data folders beside it (as in a
    checkout, `cscgraph.resources`), for a server's PYTHONPATH."""
    archive = subprocess.run(["git", "archive", revision, "src", "queries", "ontology", "web"], capture_output=True,
                             check=True, cwd=HERE.parent)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return str(folder / "src")


def time_pages(settings: Settings, paths: list[str], folder: Path, servers: int, baseline: str = ""
               ) -> dict[str, dict]:
    stale_index = folder / "stale.sqlite"
    with sqlite3.connect(settings.search_index) as source, sqlite3.connect(stale_index) as target:
        source.backup(target)
    with sqlite3.connect(stale_index) as db:
        db.execute("UPDATE in_step SET generation = -1")
    # mode: (index, code): the code on the server's PYTHONPATH ('' for this checkout's)
    modes = {"sparql": (str(stale_index), ""), "table": (settings.search_index, "")}
    if baseline:
        modes["baseline"] = (settings.search_index, baseline_source(baseline, folder))
    kinds = ["names (first /person)", *_WHOLE_PAGES.values(), "entity pages"]
    times: dict[str, dict[str, list[float]]] = {mode: {kind: [] for kind in kinds} for mode in modes}
    order = list(modes)
    for round_ in range(servers):  # which mode starts first rotates
        for mode in order[round_ % len(order):] + order[:round_ % len(order)]:
            log = folder / f"{mode}-{round_}"
            log.mkdir()
            index, code = modes[mode]
            env = {"PYTHONPATH": code} if code else {}
            with running_server(replace(settings, search_index=index), log, **env) as server, \
                    server.client() as client:
                # The endpoint's worker processes load the store as the server starts (a second or two of both
                # cores): an endpoint query waits for one, and pages are timed after both have loaded.
                client.get("/sparql", params={"query": "ASK {}"}).raise_for_status()
                time.sleep(ENDPOINT_WORKERS_SETTLE)
                start = time.perf_counter()  # the names catalogue is read once per store generation: here
                client.get("/person").raise_for_status()
                times[mode]["names (first /person)"].append((time.perf_counter() - start) * 1000)
                for path in paths:
                    start = time.perf_counter()
                    client.get(path).raise_for_status()
                    times[mode][_WHOLE_PAGES.get(path, "entity pages")].append(
                        (time.perf_counter() - start) * 1000)
    out = {mode: {kind: summary(values) for kind, values in kinds.items()} for mode, kinds in times.items()}
    print(f"pages: {out}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="articles in bench/out/store-N")
    parser.add_argument("--entities", type=int, default=40, help="lookup values (entities) per table and pages")
    parser.add_argument("--runs", type=int, default=3, help="times each listing is read each way")
    parser.add_argument("--servers", type=int, default=3, help="servers started each way for the pages")
    parser.add_argument("--store", type=Path, help="a store made elsewhere, its index beside it (default: "
                                                   "bench/out/store-N)")
    parser.add_argument("--baseline", default="", help="a commit whose code also serves the pages, side by side")
    args = parser.parse_args(argv)
    store_path = args.store or OUT / f"store-{args.size}"
    settings = Settings(store=str(store_path), search_index=f"{store_path}.search.sqlite")
    store = EmbeddedStore(store_path, Minter(settings.base_iri), read_only=True)
    index = SearchIndex(Path(settings.search_index), read_only=True)
    if index.in_step_at() != store_written(store):
        raise SystemExit(f"{settings.search_index} is not in step with the store: run "
                         f"`cscgraph --store {store_path} rebuild-read-model` first")
    load_before = os.getloadavg()[0]
    listings = time_listings(store, index, args.entities, args.runs)
    paths = page_paths(index, args.entities)
    index.close()
    store.close()
    with tempfile.TemporaryDirectory() as folder:
        pages = time_pages(settings, paths, Path(folder), args.servers, args.baseline)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE)
    result = {"size": args.size, "entities": args.entities, "runs": args.runs, "servers": args.servers,
              **({"store": str(args.store)} if args.store else {}),
              **({"baseline": subprocess.run(["git", "rev-parse", "--short", args.baseline], capture_output=True,
                                             text=True, cwd=HERE).stdout.strip()} if args.baseline else {}),
              "listings": listings,
              "pages": pages, "page_paths": len(paths), "commit": commit.stdout.strip(),
              "load_average_before": round(load_before, 1), "load_average_after": round(os.getloadavg()[0], 1)}
    (OUT / f"readmodel-{args.size}.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
