"""Whether a rewritten canned query gives the same rows as its old text, for every entity of a store.

    git archive main queries | tar -x -C /tmp/queries-main      # the old text
    python bench/same_rows.py --store STORE --baseline /tmp/queries-main/queries --queries entity-links,entity-updates

For each query, every entity of the store (every IRI an article mentions or a label names) is bound to the query's
one required parameter, and the whole answer (no page) of the old and the new text is compared as an ordered list
of rows; rows equal as a multiset but in another order are counted apart (ties on every sort key may come in any
order, so look at those by hand). Exit 1 if any entity's rows differ. Queries with more than one required parameter
are not handled.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from cscgraph.queries import load_query

ENTITIES = """SELECT DISTINCT ?e WHERE {
  { ?a <https://schema.org/mentions> ?e } UNION { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }
  FILTER(isIRI(?e))
} ORDER BY ?e"""


def _rows(store: ox.Store, sparql: str, name: str, value: ox.NamedNode) -> list[tuple[str | None, ...]]:
    answer = store.query(sparql, use_default_graph_as_union=True, substitutions={ox.Variable(name): value})
    width = len(answer.variables)  # type: ignore[union-attr]
    return [tuple(None if row[i] is None else str(row[i]) for i in range(width)) for row in answer]  # type: ignore[union-attr]


def compare(store: ox.Store, old_text: str, new_text: str, parameter: str,
            entities: list[ox.NamedNode]) -> tuple[int, int, list[str]]:
    """(identical, same rows in another order, entities whose rows differ)."""
    identical = reordered = 0
    differ = []
    for entity in entities:
        old, new = _rows(store, old_text, parameter, entity), _rows(store, new_text, parameter, entity)
        if old == new:
            identical += 1
        elif Counter(old) == Counter(new):
            reordered += 1
            print(f"  other order: {entity.value}", file=sys.stderr)
        else:
            differ.append(entity.value)
            print(f"  different: {entity.value} ({len(old)} rows before, {len(new)} after)", file=sys.stderr)
    return identical, reordered, differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="an embedded store folder (opened read-only)")
    parser.add_argument("--baseline", type=Path, required=True, help="a folder of the old .rq files")
    parser.add_argument("--queries", required=True, help="comma-separated query names")
    args = parser.parse_args(argv)
    store = ox.Store.read_only(str(args.store))
    entities = [row[0] for row in store.query(ENTITIES, use_default_graph_as_union=True)]  # type: ignore[union-attr]
    failed = False
    for name in args.queries.split(","):
        new, old = load_query(name), load_query(name, args.baseline)
        required = [p.name for p in new.parameters if "(optional)" not in p.description]
        if len(required) != 1:
            print(f"{name}: takes {len(required)} required parameters; only one is handled", file=sys.stderr)
            failed = True
            continue
        identical, reordered, differ = compare(store, old.sparql, new.sparql, required[0], entities)
        failed |= bool(differ)
        print(f"{name}: {len(entities)} entities: {identical} identical, {reordered} same rows in another order, "
              f"{len(differ)} different")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
