"""Every canned query's answers on a store, for comparing two versions of cscgraph (a graph-layout change must not
change them).

    git archive <old-commit> | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before/src python bench/answers.py dump --store /tmp/before-store corpus/ > before.json
    PYTHONPATH=src python bench/answers.py dump --store /tmp/after-store corpus/ > after.json
    python bench/answers.py diff before.json after.json

`dump` ingests the paths into a fresh embedded store (with whichever cscgraph is on the path, and its own
queries/), then runs every canned query with parameters taken from the data: every article for an article
parameter, the four entities of each kind the most articles mention for an entity parameter, four funding streams,
six stated lineage edges; optional parameters are left out. `diff` reports, per query and parameter set, rows only
in one dump (as multisets), and rows in another order where the query sorts (rows tied on every sort key may
come in any order).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

EDGES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?from ?relation ?to WHERE { ?c rdf:subject ?from ; rdf:predicate ?relation ; rdf:object ?to ;
  <https://w3id.org/cscgraph/ontology#evidence> ?s } ORDER BY ?from ?relation ?to LIMIT 6"""
ORDER_BY = re.compile(r"ORDER BY ([^\n]*)\s*(?:LIMIT[^\n]*)?\s*$", re.IGNORECASE)
KINDS = ("person", "organisation", "policy", "measure", "statute", "programme")


def _top(store: Any, prefix: str, n: int) -> list[str]:
    rows = store.query(f"SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a <https://schema.org/mentions> ?e "
                       f"FILTER(STRSTARTS(STR(?e), \"{prefix}\")) }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT {n}").rows
    return [row["e"].value for row in rows]


def parameter_sets(store: Any, query: Any) -> list[dict[str, str]]:
    """Values for the query's required parameters, each set a dict; [{}] when it needs none."""
    required = [p for p in query.parameters if "(optional)" not in p.description]
    if not required:
        return [{}]
    names = {p.name for p in required}
    if {"from", "to"} <= names:
        edges = [{k: v.value for k, v in row.items()} for row in store.query(EDGES).rows]
        return [{k: v for k, v in edge.items() if k in names} for edge in edges]
    base = store.minter.base
    pools = {kind: _top(store, f"{base}{kind}/", 4) for kind in KINDS}
    pools["entity"] = [e for kind in KINDS for e in pools[kind]]
    pools["article"] = [row["a"].value for row in store.query(
        "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> } ORDER BY ?a").rows]
    pools["stream"] = [row["s"].value for row in store.query(
        "SELECT ?s WHERE { ?s a <https://w3id.org/cscgraph/ontology#FundingStream> } ORDER BY ?s LIMIT 4").rows]
    longest = max(len(pools.get(p.name if p.name == "stream" else p.kind, [])) for p in required)
    sets = []
    for k in range(longest):
        values = {}
        for p in required:
            pool = pools.get(p.name if p.name == "stream" else p.kind) or []
            if pool:
                values[p.name] = pool[k % len(pool)]
        sets.append(values)
    return sets


def sort_keys(sparql: str) -> list[str]:
    """The variables of the query's last ORDER BY (the one that orders its answer), in order; [] if none."""
    found = ORDER_BY.search(sparql.split("#page")[-1])
    return re.findall(r"\?(\w+)", found.group(1)) if found else []


def dump(store_path: Path, paths: list[Path]) -> dict[str, Any]:
    from cscgraph.pipeline import ingest
    from cscgraph.queries import list_queries, run_query
    from cscgraph.settings import Settings
    from cscgraph.store import open_store

    settings = Settings(store=str(store_path), search_index=str(store_path) + ".search.sqlite", workers=2)
    store = open_store(settings)
    ingest(store, settings, paths)
    out: dict[str, Any] = {}
    for query in list_queries():
        if query.name == "dataset-modified":  # the time of the dump's own ingest
            continue
        answers = []
        for params in parameter_sets(store, query):
            results = run_query(store, query, params)
            rows = [{name: [t.type, t.value, t.datatype or t.lang or ""] for name, t in row.items()}
                    for row in results.rows] if results.kind == "select" else [[str(results.boolean)]]
            answers.append({"params": params, "order": sort_keys(query.sparql), "rows": rows})
        out[query.name] = answers
    store.close()
    return out


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per difference; empty when every answer is the same."""
    problems = []
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            problems.append(f"{name}: only in {'after' if name in after else 'before'}")
            continue
        old = {json.dumps(a["params"], sort_keys=True): a for a in before[name]}
        new = {json.dumps(a["params"], sort_keys=True): a for a in after[name]}
        if old.keys() != new.keys():
            problems.append(f"{name}: parameter sets differ")
        for key in sorted(old.keys() & new.keys()):
            a, b = old[key]["rows"], new[key]["rows"]
            ca = Counter(json.dumps(r, sort_keys=True) for r in a)
            cb = Counter(json.dumps(r, sort_keys=True) for r in b)
            if ca != cb:
                problems.append(f"{name} {key}: {sum((ca - cb).values())} row(s) only before, "
                                f"{sum((cb - ca).values())} only after; e.g. before {list(ca - cb)[:1]} "
                                f"after {list(cb - ca)[:1]}")
            elif old[key]["order"] and _keys(a, old[key]["order"]) != _keys(b, old[key]["order"]):
                problems.append(f"{name} {key}: same rows in another order of {old[key]['order']}")
    return problems


def _keys(rows: list[dict[str, Any]], order: list[str]) -> list[tuple[Any, ...]]:
    """Each row's sort key: rows tied on every ORDER BY variable may come in any order."""
    return [tuple(json.dumps(row.get(v)) for v in order) for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="ingest into a fresh store and print every canned query's answers as JSON")
    d.add_argument("--store", type=Path, required=True, help="store folder to create")
    d.add_argument("paths", nargs="+", type=Path)
    c = sub.add_parser("diff", help="compare two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        json.dump(dump(args.store, args.paths), sys.stdout)
        return
    problems = diff(json.loads(args.before.read_text()), json.loads(args.after.read_text()))
    for line in problems:
        print(line)
    counts = json.loads(args.after.read_text())
    print(f"{len(counts)} queries, {sum(len(v) for v in counts.values())} parameter sets, "
          f"{sum(len(a['rows']) for v in counts.values() for a in v)} rows after; {len(problems)} difference(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
