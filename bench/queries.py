"""Query benchmark: every canned query's median and p95 on the stores bench/ingest.py built, as `cscgraph query`
answers it (from the read model's table where the index beside the store is in step and keeps the query, else
SPARQL: "answered_by"), against its text run straight through pyoxigraph on the same parameters ("raw", the
baseline side by side), and the same queries on rdflib's in-memory Dataset as a baseline.

    python bench/queries.py --sizes 1000,10000,100000 --rdflib 1000

Parameters are picked from the data: article parameters cycle through a deterministic sample of stored articles;
entity, measure and policy parameters through entities sampled in proportion to how often articles mention them
(so popular entities, the ones pages are most asked for, weigh most). Each query runs once to warm up, then up to
`--runs` times or until `--budget` seconds are spent (at least 3 runs), with the app's result limit (10,000 rows).
Writes bench/out/queries-N.json (and rdflib-N.json).

Old and new query text side by side on one store (the figures of a query rewrite):

    git -C . archive main queries | tar -x -C /tmp/queries-main    # the old text
    python bench/queries.py --store /tmp/qp-10k/store --baseline /tmp/queries-main/queries \
        --queries entity-claims,quotes-by --runs 3

runs each query's old and new text on the same distinct bound-entity samples, `--runs` times per sample (each side
in a forked child, stopped at `--timeout`), and writes bench/out/plans-<store folder name>.json: per side the
median of the samples' medians, the p95 over every run, and the worst sample's median with its entity.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from cscgraph.graph.namespaces import CSC, SCHEMA
from cscgraph.queries import PAGING, CannedQuery, list_queries, load_query, paged, run_query
from cscgraph.settings import Settings
from cscgraph.search import in_step_index
from cscgraph.store import EmbeddedStore, Results, Term
from cscgraph.store.results import ox_term
from cscgraph.graph.namespaces import Minter

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
RESULT_LIMIT = Settings().result_limit
SAMPLES = 20
PAGE = 50
"""Rows (articles, for the listings that page by article) per page when a query takes `limit`/`offset`."""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _child_answer(pid: int, read: int, timeout: float) -> bytes:
    """What a forked child wrote to its pipe, or b"" when it ran past `timeout` seconds and was killed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    raw = os.read(read, 1 << 20)
    os.close(read)
    return raw


def summary(times: list[float]) -> dict[str, float | int]:
    return {"runs": len(times), "median_ms": round(statistics.median(times) * 1000, 2),
            "p95_ms": round(percentile(times, 0.95) * 1000, 2), "max_ms": round(max(times) * 1000, 2)}


class ParameterPicker:
    """Values for each parameter kind, sampled from what the store holds."""

    def __init__(self, store: EmbeddedStore, seed: int = 7) -> None:
        self.store, self.rng = store, random.Random(seed)
        base = store.minter.base
        articles = [r["a"].value for r in store.query(f"SELECT ?a WHERE {{ ?a a <{SCHEMA}NewsArticle> }}").rows]
        self.articles = self.rng.sample(articles, min(SAMPLES, len(articles)))
        counts = store.query(f"SELECT ?e (COUNT(*) AS ?n) WHERE {{ ?a <{SCHEMA}mentions> ?e }} GROUP BY ?e").rows
        weighted = [(r["e"].value, int(r["n"].value)) for r in counts]
        self.by_kind: dict[str, list[str]] = {}
        for kind in ("person", "organisation", "policy", "measure", "statute", "programme"):
            pool = [(e, n) for e, n in weighted if e.startswith(f"{base}{kind}/")]
            if pool:
                self.by_kind[kind] = self.rng.choices([e for e, _ in pool], [n for _, n in pool], k=SAMPLES)
        entity_pool = [(e, n) for e, n in weighted
                       if any(e.startswith(f"{base}{k}/") for k in ("person", "organisation", "policy", "measure"))]
        self.by_kind["entity"] = self.rng.choices([e for e, _ in entity_pool], [n for _, n in entity_pool],
                                                  k=SAMPLES) if entity_pool else []
        self.most_mentioned = max(weighted, key=lambda en: en[1])[0] if weighted else None
        # A speaker parameter gets speakers (weighted by their quotes): most mentioned entities never speak.
        speakers = store.query(f"SELECT ?e (COUNT(*) AS ?n) WHERE {{ ?q <{SCHEMA}creator> ?e }} GROUP BY ?e").rows
        self.speakers = self.rng.choices([r["e"].value for r in speakers], [int(r["n"].value) for r in speakers],
                                         k=SAMPLES) if speakers else []
        # A stream parameter gets funding streams: no entity sampled above is one.
        streams = [r["s"].value for r in store.query(f"SELECT ?s WHERE {{ ?s a <{CSC}FundingStream> }}").rows]
        self.streams = self.rng.sample(streams, min(SAMPLES, len(streams)))

    def values(self, query: CannedQuery, run: int) -> dict[str, str]:
        params: dict[str, str] = {}
        for n, param in enumerate(query.parameters):
            if param.name == "limit":  # a paged query: a page of PAGE rows
                params["limit"] = str(PAGE)
            elif param.name == "offset":  # listings: the pages a reader turns to, first to fifth; an entity's: first
                scoped = any("(optional)" not in p.description for p in query.parameters)
                params["offset"] = "0" if scoped else str(PAGE * (run % 5))
            elif param.name == "speaker" and self.speakers:
                params[param.name] = self.speakers[(run + n) % len(self.speakers)]
            elif param.name == "stream" and self.streams:
                params[param.name] = self.streams[run % len(self.streams)]
            elif param.kind == "article":
                params[param.name] = self.articles[run % len(self.articles)]
            elif param.kind in self.by_kind and self.by_kind[param.kind]:
                pool = self.by_kind[param.kind]
                params[param.name] = pool[(run + n) % len(pool)]
            elif param.kind in self.by_kind or param.kind in ("policy", "measure", "entity"):
                continue
        return params


def _raw(ox_store: ox.Store, query: CannedQuery, params: dict[str, str], bindings: dict[str, Term]) -> int:
    """The same query straight through pyoxigraph: parse, evaluate, read every value of the first rows."""
    sparql = paged(query, **{k: v for k, v in params.items() if k in PAGING})
    answer = ox_store.query(sparql, use_default_graph_as_union=True,
                            substitutions={ox.Variable(k): ox_term(v) for k, v in bindings.items()} or None)
    if isinstance(answer, ox.QueryBoolean):
        return 1
    if isinstance(answer, ox.QueryTriples):
        return sum(1 for _ in zip(range(RESULT_LIMIT), answer))
    names = [v.value for v in answer.variables]
    n = 0
    for n, solution in enumerate(answer, 1):
        [solution[v] for v in names]
        if n >= RESULT_LIMIT:
            break
    return n


def _measure(store: EmbeddedStore, picker: ParameterPicker, query: CannedQuery, runs: int,
             budget: float) -> dict[str, object]:
    """The query as `cscgraph query` runs it (from the read model's table where the index beside the store is in
    step and keeps the query: "answered_by"), and its text straight through pyoxigraph ("raw") on the same
    parameters, run after run."""
    times, raw_times, rows = [], [], []
    index = in_step_index(Settings(store=str(store.path)), store)
    read = []

    def answers(asked: CannedQuery, params: dict[str, str], limit: int | None) -> Results | str | None:
        answer = index.answer(asked, params, limit) if index else None
        read.append(answer is not None)
        return answer

    run_query(store, query, picker.values(query, 0), limit=RESULT_LIMIT, answers=answers)  # warm-up
    spent_start = time.monotonic()
    for run in range(runs):
        params = picker.values(query, run)
        bindings = {p.name: Term("uri", params[p.name]) for p in query.parameters
                    if p.name in params and p.name not in PAGING}
        t = time.perf_counter()
        answer = run_query(store, query, params, limit=RESULT_LIMIT, answers=answers)
        times.append(time.perf_counter() - t)
        rows.append(len(answer.rows) if answer.kind == "select" else 1)
        t = time.perf_counter()
        _raw(store._store, query, params, bindings)
        raw_times.append(time.perf_counter() - t)
        if run >= 2 and time.monotonic() - spent_start > budget:
            break
    return {"app": summary(times), "raw": summary(raw_times), "rows_median": statistics.median(rows),
            "overhead_ms": round((statistics.median(times) - statistics.median(raw_times)) * 1000, 2),
            "answered_by": "read model" if read and all(read) else "SPARQL" if not any(read) else "both"}


def bench_store(size: int, runs: int, budget: float, timeout: float, only: set[str] | None = None
                ) -> dict[str, object]:
    """Each query in a forked child holding its own read-only store, stopped after `timeout` seconds (Oxigraph
    cannot cancel a running query). With `only`, just those queries run and replace their entries in the
    size's earlier results."""
    store_path = OUT / f"store-{size}"
    store = EmbeddedStore(store_path, Minter(Settings().base_iri), read_only=True)
    picker = ParameterPicker(store)
    store.close()
    earlier = OUT / f"queries-{size}.json"
    results: dict[str, object] = json.loads(earlier.read_text())["queries"] if only and earlier.exists() else {}
    for query in list_queries():
        if only and query.name not in only:
            continue
        paged = any(p.name == "limit" for p in query.parameters)
        required = [p for p in query.parameters if "(optional)" not in p.description]
        entry: dict[str, object] = {"scoped": bool(required), "paged": paged, "title": query.title,
                                    "params": [f"{p.name} ({p.kind})" for p in query.parameters]}
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                mine = EmbeddedStore(store_path, Minter(Settings().base_iri), read_only=True)
                message = json.dumps(_measure(mine, picker, query, runs, budget))
            except Exception as exc:  # noqa: BLE001 - a broken query is reported, the others still run
                message = json.dumps({"error": f"{type(exc).__name__}: {exc}"[:300]})
            os.write(write, message.encode())
            os._exit(0)
        os.close(write)
        raw = _child_answer(pid, read, timeout)
        entry.update(json.loads(raw) if raw else {"timeout_s": timeout})
        results[query.name] = entry
        print(f"{size:>7} {query.name:22} {json.dumps(entry.get('app') or entry.get('timeout_s'))} "
              f"rows={entry.get('rows_median')}{' ERROR ' + str(entry['error']) if 'error' in entry else ''}",
              flush=True)
    out = {"size": size, "runs": runs, "budget_s": budget, "timeout_s": timeout, "queries": results,
           "load_average": os.getloadavg(), "finished": time.strftime("%Y-%m-%d %H:%M:%S")}
    (OUT / f"queries-{size}.json").write_text(json.dumps(out, indent=2))
    return out


def _timed_samples(store_path: Path, query: CannedQuery, samples: list[dict[str, str]], runs: int, write: int
                   ) -> None:
    """In a forked child: each sample `runs` times, one JSON line per sample written to `write` as it is done (so a
    child killed at its timeout still reports the samples it finished)."""
    store = EmbeddedStore(store_path, Minter(Settings().base_iri), read_only=True)
    for params in samples:
        times, rows = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = len(run_query(store, query, params, limit=RESULT_LIMIT).rows)
            times.append(time.perf_counter() - t)
        os.write(write, (json.dumps({"params": params, "times": times, "rows": rows}) + "\n").encode())


def _side_summary(lines: list[dict[str, object]], samples: int, timeout: float) -> dict[str, object]:
    medians = [statistics.median(line["times"]) for line in lines]
    every = [t for line in lines for t in line["times"]]
    worst = max(range(len(lines)), key=lambda i: medians[i]) if lines else None
    out: dict[str, object] = {"samples_done": len(lines), "samples": samples}
    if lines:
        out.update(median_ms=round(statistics.median(medians) * 1000, 2),
                   p95_ms=round(percentile(every, 0.95) * 1000, 2), max_ms=round(max(every) * 1000, 2),
                   worst_sample_median_ms=round(medians[worst] * 1000, 2), worst_sample=lines[worst]["params"],
                   rows=[line["rows"] for line in lines])
    if len(lines) < samples:
        out["stopped_after_s"] = timeout
    return out


def compare_texts(store_path: Path, baseline: Path, names: list[str], runs: int, timeout: float
                  ) -> dict[str, object]:
    """Old (`baseline` folder) and new (`queries/`) text of each named query on the same store and samples; each
    side in a forked child stopped after `timeout` seconds."""
    store = EmbeddedStore(store_path, Minter(Settings().base_iri), read_only=True)
    picker = ParameterPicker(store)
    store.close()
    results: dict[str, object] = {}
    for name in names:
        new, old = load_query(name), load_query(name, baseline)
        samples: list[dict[str, str]] = []
        for run in range(SAMPLES):
            params = picker.values(new, run)
            if params not in samples:
                samples.append(params)
        entry: dict[str, object] = {}
        for side, query in (("old", old), ("new", new)):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read)
                try:
                    _timed_samples(store_path, query, samples, runs, write)
                finally:
                    os._exit(0)
            os.close(write)
            lines = [json.loads(line) for line in _child_answer(pid, read, timeout).decode().splitlines()]
            entry[side] = _side_summary(lines, len(samples), timeout)
        both = min(entry["old"]["samples_done"], entry["new"]["samples_done"])  # type: ignore[type-var]
        entry["same_row_counts"] = entry["old"].get("rows", [])[:both] == entry["new"].get("rows", [])[:both]
        results[name] = entry
        for side in ("old", "new"):
            shown = {k: v for k, v in entry[side].items() if k not in ("rows", "worst_sample")}
            print(f"{name if side == 'old' else '':22} {side:4} {json.dumps(shown)}", flush=True)
    out = {"store": str(store_path), "runs": runs, "timeout_s": timeout, "queries": results,
           "load_average": os.getloadavg(), "finished": time.strftime("%Y-%m-%d %H:%M:%S")}
    OUT.mkdir(exist_ok=True)
    (OUT / f"plans-{store_path.parent.name}.json").write_text(json.dumps(out, indent=2))
    return out


def bench_rdflib(size: int, runs: int, timeout: float) -> dict[str, object]:
    """The canned queries on rdflib.Dataset(default_union=True) holding the same quads; each query in a forked
    child (so a runaway query is stopped at `timeout`), parameters as for pyoxigraph."""
    import rdflib

    store_path = OUT / f"store-{size}"
    store = EmbeddedStore(store_path, Minter(Settings().base_iri), read_only=True)
    picker = ParameterPicker(store)
    data = store.export("nquads")
    t = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=data, format="nquads")
    load_s = time.perf_counter() - t
    quads = len(dataset)
    del data
    results: dict[str, object] = {}
    for query in list_queries():
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: run the query, report timings, exit without cleanup
            os.close(read)
            try:
                times, rows = [], 0
                for run in range(runs):
                    params = picker.values(query, run)
                    bindings = {k: rdflib.URIRef(v) for k, v in params.items() if k not in PAGING}
                    sparql = paged(query, **{k: v for k, v in params.items() if k in PAGING})
                    t = time.perf_counter()
                    answer = dataset.query(sparql, initBindings=bindings)
                    rows = len(list(answer)) if answer.type == "SELECT" else 1
                    times.append(time.perf_counter() - t)
                message = json.dumps({"times": times, "rows": rows})
            except Exception as exc:  # noqa: BLE001
                message = json.dumps({"error": f"{type(exc).__name__}: {exc}"[:300]})
            os.write(write, message.encode())
            os._exit(0)
        os.close(write)
        raw = _child_answer(pid, read, timeout)
        if raw:
            answer = json.loads(raw)
            entry = {"error": answer["error"]} if "error" in answer else {**summary(answer["times"]),
                                                                         "rows": answer["rows"]}
        else:
            entry = {"timeout_s": timeout}
        results[query.name] = entry
        print(f"{size:>7} rdflib {query.name:22} {json.dumps(entry)}", flush=True)
    out = {"size": size, "quads": quads, "load_s": round(load_s, 1), "runs": runs, "timeout_s": timeout,
           "queries": results, "finished": time.strftime("%Y-%m-%d %H:%M:%S")}
    (OUT / f"rdflib-{size}.json").write_text(json.dumps(out, indent=2))
    store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="stores to measure (built by ingest.py)")
    parser.add_argument("--rdflib", default="1000", help="sizes to run the rdflib baseline at ('' for none)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per query before stopping early")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a query is killed")
    parser.add_argument("--queries", help="comma-separated query names to (re)measure; the rest keep earlier results")
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    parser.add_argument("--store", type=Path, help="with --baseline: the store to compare on (any folder)")
    parser.add_argument("--baseline", type=Path, help="a folder of the old .rq files: compare old and new text of "
                                                      "--queries on --store instead of the size runs")
    args = parser.parse_args(argv)
    only = set(args.queries.split(",")) if args.queries else None
    if args.baseline:
        if not (args.store and only):
            parser.error("--baseline needs --store and --queries")
        compare_texts(args.store, args.baseline, args.queries.split(","), args.runs, args.timeout)
        return 0
    for size in (int(s) for s in args.sizes.split(",") if s):
        bench_store(size, args.runs, args.budget, args.timeout, only)
    for size in (int(s) for s in args.rdflib.split(",") if s):
        bench_rdflib(size, args.rdflib_runs, args.rdflib_timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
