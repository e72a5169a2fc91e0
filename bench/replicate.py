"""Build a big store for the query and web benchmarks by copying the article graphs of an ingested one.

    python bench/replicate.py --source bench/out/store-10000 --copies 10 --out bench/out/store-100000

Each article graph of the source is written `--copies` times, copy `k` under the article id `<id>-k` (every IRI
minted under the article, its graph and its `dcterms:identifier` renamed; its publication date moved `k` weeks
later); the shared graphs (entities, reference data, ontology, store metadata) are copied once. Entities keep their
IRIs, so a person quoted in 30 source articles is quoted in 300 copies: the store has the shape an ingest of a
ten times bigger corpus of the same kind would give, at a fraction of the cost (the Oxigraph bulk loader, no
extraction). The source's search index rows are copied the same way.

Only for benchmarking: an ingest of a real corpus is what `bench/ingest.py` measures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from cscgraph.graph.namespaces import Minter
from cscgraph.search import SearchIndex
from cscgraph.settings import BASE_IRI

def _folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def replicate(source: Path, out: Path, copies: int, per_load: int = 2000) -> dict[str, float]:
    minter = Minter(BASE_IRI)
    graph_prefix, article_prefix = minter.article_graph_prefix, minter.article("")
    src = ox.Store.read_only(str(source))
    shutil.rmtree(out, ignore_errors=True)
    dst = ox.Store(str(out))
    start = time.monotonic()
    shared = [q for q in src.quads_for_pattern(None, None, None, None)
              if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(graph_prefix))]
    dst.bulk_extend(shared)
    graphs = sorted(g.value for g in src.named_graphs() if g.value.startswith(graph_prefix))
    written = 0
    batch = max(1, per_load // copies)  # source graphs per bulk load: about `per_load` article graphs each
    for first in range(0, len(graphs), batch):
        texts = []
        for graph in graphs[first:first + batch]:
            aid = graph[len(graph_prefix):]
            nq = "".join(f"{q} .\n" for q in src.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
            for k in range(copies):
                if k == 0:
                    texts.append(nq)
                    continue
                copy = nq.replace(f"<{article_prefix}{aid}", f"<{article_prefix}{aid}-{k}") \
                         .replace(f"<{graph_prefix}{aid}>", f"<{graph_prefix}{aid}-{k}>") \
                         .replace(f'"{aid}"', f'"{aid}-{k}"')
                texts.append(copy)
        dst.bulk_load("".join(texts).encode(), format=ox.RdfFormat.N_QUADS)
        written += len(texts)
        print(f"\r{written} article graphs", end="", file=sys.stderr, flush=True)
    dst.flush()
    load_s = time.monotonic() - start
    loaded_bytes = _folder_bytes(out)
    print(f"\nloaded in {load_s:.0f} s: {loaded_bytes / 1e6:,.1f} MB", file=sys.stderr, flush=True)
    start = time.monotonic()
    dst.optimize()  # RocksDB compresses a big column family only where it compacts (bench/analysis.md)
    dst.flush()
    optimize_s, optimized_bytes = time.monotonic() - start, _folder_bytes(out)
    print(f"optimized in {optimize_s:.0f} s: {optimized_bytes / 1e6:,.1f} MB", file=sys.stderr, flush=True)
    Path(f"{out}.generation").write_text("1", encoding="ascii")
    del dst, src
    index_path = out.parent / f"{out.name}.search.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index_path}{suffix}").unlink(missing_ok=True)
    start = time.monotonic()
    index = SearchIndex(index_path)  # creates the schema
    index.close()
    source_index = sqlite3.connect(str(source.parent / f"{source.name}.search.sqlite"))
    target = sqlite3.connect(str(index_path))
    fingerprints = dict(source_index.execute("SELECT graph, fingerprint FROM indexed"))
    rows = source_index.execute("SELECT iri, kind, graph, label, text FROM docs").fetchall()
    with target:
        for k in range(copies):
            def renamed(value: str, graph: str) -> str:
                aid = graph[len(graph_prefix):]
                if k == 0:
                    return value
                for prefix in (f"{graph_prefix}{aid}", f"{article_prefix}{aid}"):
                    if value == prefix or value.startswith(prefix + "/"):
                        return f"{prefix}-{k}{value[len(prefix):]}"
                return value
            target.executemany("INSERT INTO docs (iri, kind, graph, label, text) VALUES (?, ?, ?, ?, ?)",
                               [(renamed(i, g), kind, renamed(g, g), label, text) for i, kind, g, label, text in rows])
            target.executemany("INSERT OR REPLACE INTO indexed (graph, fingerprint) VALUES (?, ?)",
                               [(renamed(g, g), fp) for g, fp in fingerprints.items()])
    target.close()
    source_index.close()
    print(file=sys.stderr)
    return {"articles": written, "load_s": round(load_s, 1), "loaded_bytes": loaded_bytes,
            "optimize_s": round(optimize_s, 1), "optimized_bytes": optimized_bytes,
            "search_index_copy_s": round(time.monotonic() - start, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--copies", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    result = {"source": str(args.source), "copies": args.copies, **replicate(args.source, args.out, args.copies),
              "finished": time.strftime("%Y-%m-%d %H:%M:%S")}
    # Read by report.py, which says which query and web results ran on a replicated store.
    Path(f"{args.out}.replicated.json").write_text(json.dumps(result, indent=2))
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
