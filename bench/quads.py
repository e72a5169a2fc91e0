"""Quads per article, by what they record: map articles as ingest does (no store) and count their article graphs.

    python bench/quads.py corpus/
    python bench/quads.py bench/out/corpus-1000

Prints the mean number of quads in one article's named graph, split into evidence selectors (the nodes under
`<article>/sentence/`), fact provenance (`prov:wasDerivedFrom` and `csc:evidence` on fact nodes), mentions (the
nodes under `<article>/mention/` and `schema:mentions`) and the rest (article, quotes, roles, funding, lineage).
Descriptions written to the shared entities graph are counted apart.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from cscgraph import pipeline
from cscgraph.errors import ReadError
from cscgraph.graph.namespaces import CSC, PROV, SCHEMA
from cscgraph.ingest import read_paths
from cscgraph.settings import Settings

PROVENANCE = (f"<{PROV}wasDerivedFrom>", f"<{CSC}evidence>")


def kind_of(line: str) -> str:
    """Which part of the encoding one N-Triples line belongs to."""
    subject, predicate, _ = line.split(" ", 2)
    if "/sentence/" in subject:
        return "evidence selectors"
    if predicate in PROVENANCE:
        return "fact provenance"
    if "/mention/" in subject or predicate == f"<{SCHEMA}mentions>":
        return "mentions"
    return "other"


def count(paths: list[Path]) -> tuple[int, Counter[str]]:
    """(article graphs, lines by kind over all of them, plus `shared` for entity descriptions)."""
    pipeline._init_worker(Settings().base_iri, pipeline.extractor_version(), datetime.now(timezone.utc))
    graphs: dict[str, Counter[str]] = {}  # by graph: an article read twice (two feeds) is stored once
    for article in read_paths(paths):
        if isinstance(article, ReadError):
            continue
        mapped = pipeline._map_article(article)
        if isinstance(mapped, ReadError):
            print(mapped, file=sys.stderr)
            continue
        kinds = Counter(kind_of(line) for line in mapped.ntriples.splitlines())
        kinds["shared"] = mapped.shared_ntriples.count("\n")
        graphs[mapped.graph] = kinds
    return len(graphs), sum(graphs.values(), Counter[str]())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders `cscgraph ingest` reads")
    args = parser.parse_args()
    articles, kinds = count(args.paths)
    total = sum(n for kind, n in kinds.items() if kind != "shared")
    print(f"{articles} articles, {total / articles:.1f} quads per article graph")
    for kind in ("evidence selectors", "fact provenance", "mentions", "other"):
        print(f"  {kind:<20} {kinds[kind] / articles:7.1f}  ({kinds[kind] / total:.0%})")
    print(f"  (entity descriptions in the shared graph: {kinds['shared'] / articles:.1f} per article, before the"
          " store keeps each once)")


if __name__ == "__main__":
    main()
