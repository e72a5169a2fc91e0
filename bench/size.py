"""Store size benchmark: the bytes on disk of a store and of the index beside it, by part, side by side with a
baseline revision, with a check that both give the same answers.

    python bench/size.py --size 10000 --baseline main
    python bench/size.py --size 10000 --baseline main --baseline-store bench/out/store-10000 --optimize --vacuum

For this checkout (and, with `--baseline REV`, for commit REV's `src/`, unpacked from `git archive` and run with
the same interpreter): ingest the generated corpus of `--size` articles (bench/out/corpus-N, as bench/ingest.py
makes it) into a fresh store with the real CLI (a first load, bulk path), then measure

- the store folder's bytes (RocksDB's files) and the index file's (search, lineage claims, read model), each per
  article;
- the index by table and index (SQLite's `dbstat`: pages, payload, unused bytes in pages), its page size and free
  pages;
- the answers, read through each revision's own code from its own index: every read-model listing for every
  lookup value, the lineage edges, the article quad count and the search hits for `SEARCH_WORDS`, as one digest
  (the two revisions' must be equal), and the time each listing took (median, p95 and total per table: a check
  that a smaller file is not a slower one; one pass, the file's pages warm or not as the OS left them).

`--store PATH` / `--baseline-store PATH` measure stores made already (the index beside each, `PATH.search.sqlite`)
instead of building them. `--optimize`: pyoxigraph's `Store.optimize()` (RocksDB compaction) on a copy of this
checkout's store: bytes after and seconds. `--vacuum`: SQLite's VACUUM on a copy of its index, at each of
`--page-sizes`: bytes after and seconds. Writes bench/out/size-N.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest import corpus  # noqa: E402
from proctree import run_watched  # noqa: E402
from readmodel import baseline_source  # noqa: E402

OUT = HERE / "out"
CLI = [str(Path(sys.executable).parent / "cscgraph")]
SEARCH_WORDS = ("foster", "council", "funding", "care review", "Department for Education", "kinship", "adoption",
                "children's homes", "Ofsted", "social workers", "family hubs", "youth")
"""Searches whose hits the answers digest holds (each also restricted to quotes)."""


def folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def index_bytes(path: Path) -> int:
    return sum(Path(f"{path}{suffix}").stat().st_size for suffix in ("", "-wal", "-shm")
               if Path(f"{path}{suffix}").exists())


def index_parts(path: Path) -> dict[str, object]:
    """The index file by table and index (dbstat), its page size and free pages."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        parts = {name: {"bytes": size, "payload": payload, "unused": unused, "pages": pages}
                 for name, size, payload, unused, pages in db.execute(
                     "SELECT name, SUM(pgsize), SUM(payload), SUM(unused), COUNT(*) FROM dbstat GROUP BY name "
                     "ORDER BY 2 DESC")}
        return {"page_size": db.execute("PRAGMA page_size").fetchone()[0],
                "free_pages": db.execute("PRAGMA freelist_count").fetchone()[0], "parts": parts}


def answers_digest(index_path: Path) -> dict[str, object]:
    """What the index answers, read with the code on sys.path (run in a subprocess per revision)."""
    from cscgraph import readmodel
    from cscgraph.search import SearchIndex

    index = SearchIndex(index_path, read_only=True)
    if index.problem:
        raise SystemExit(index.problem)
    digest, counts, times = hashlib.sha256(), {}, {}
    for table in readmodel.TABLES:
        keys = ([row[0] for row in index._db.execute(f'SELECT DISTINCT "entity" FROM {table.name} ORDER BY 1')]
                if table.lookup else [None])
        rows, ms = 0, []
        for key in keys:
            start = time.perf_counter()
            answer = index.listing(table.query, {"entity": key} if key is not None else {})
            ms.append((time.perf_counter() - start) * 1000)
            digest.update(json.dumps([key, answer], sort_keys=True).encode())
            rows += len(answer or ())
        counts[table.query] = rows
        ms.sort()
        times[table.query] = {"calls": len(ms), "median_ms": round(ms[len(ms) // 2], 3),
                              "p95_ms": round(ms[int(len(ms) * 0.95)], 3), "total_ms": round(sum(ms), 1)}
    edges = sorted(json.dumps(edge, sort_keys=True) for edge in index.lineage_edges())
    digest.update(json.dumps(edges).encode())
    counts["lineage_edges"] = len(edges)
    counts["article_quads"] = index.article_quads()
    digest.update(str(counts["article_quads"]).encode())
    hits, start = 0, time.perf_counter()
    for word in SEARCH_WORDS:
        for kind in (None, "quote"):
            found = [dataclasses.astuple(hit) for hit in index.search(word, limit=50, kind=kind)]
            digest.update(json.dumps([word, kind, found]).encode())
            hits += len(found)
    counts["search_hits"] = hits
    times["search"] = {"calls": 2 * len(SEARCH_WORDS), "total_ms": round((time.perf_counter() - start) * 1000, 1)}
    index.close()
    return {"sha256": digest.hexdigest(), "rows": counts, "listing_times": times}


def revision_digest(index_path: Path, src: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, __file__, "--digest", str(index_path)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def build(size: int, store: Path, src: str) -> dict[str, object]:
    """A first load of the generated corpus into a fresh `store` with the code in `src`."""
    shutil.rmtree(store, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": src}
    cmd = [*CLI, "--store", str(store), "ingest", "--quiet", str(corpus(size))]
    lines: list[str] = []
    code, wall, watch, cpu = run_watched(cmd, env=env, stderr_lines=lines)
    if code:
        raise SystemExit(f"{' '.join(cmd)}: exit {code}\n" + "\n".join(lines[-10:]))
    return {"ingest_wall_s": round(wall, 1), "ingest_cpu_s": round(cpu, 1), "load_average": os.getloadavg()}


def measure(store: Path, src: str, articles: int) -> dict[str, object]:
    index = Path(f"{store}.search.sqlite")
    store_b, index_b = folder_bytes(store), index_bytes(index)
    return {"store": str(store), "store_bytes": store_b, "index_bytes": index_b,
            "store_kb_per_article": round(store_b / articles / 1000, 1),
            "index_kb_per_article": round(index_b / articles / 1000, 1),
            "total_kb_per_article": round((store_b + index_b) / articles / 1000, 1),
            "index": index_parts(index), "answers": revision_digest(index, src)}


def optimize_copy(store: Path, scratch: Path) -> dict[str, object]:
    """Store.optimize() on a copy of `store`: bytes before and after, seconds."""
    import pyoxigraph as ox

    copy = scratch / "optimize"
    shutil.copytree(store, copy)
    before = folder_bytes(copy)
    start, cpu = time.monotonic(), time.process_time()
    opened = ox.Store(str(copy))
    opened.optimize()
    opened.flush()
    del opened
    result = {"bytes_before": before, "bytes_after": folder_bytes(copy), "wall_s": round(time.monotonic() - start, 1),
              "cpu_s": round(time.process_time() - cpu, 1)}
    shutil.rmtree(copy)
    return result


def vacuum_copy(index: Path, scratch: Path, page_size: int) -> dict[str, object]:
    """VACUUM of a copy of the index file at `page_size`: bytes before and after, seconds."""
    copy = scratch / "vacuum.sqlite"
    with sqlite3.connect(index) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    db = sqlite3.connect(copy)
    db.execute("PRAGMA journal_mode = DELETE")  # a page size can change only outside WAL
    db.execute(f"PRAGMA page_size = {page_size}")
    before = index_bytes(index)
    start, cpu = time.monotonic(), time.process_time()
    db.execute("VACUUM")
    result = {"page_size": page_size, "bytes_before": before, "bytes_after": copy.stat().st_size,
              "wall_s": round(time.monotonic() - start, 1), "cpu_s": round(time.process_time() - cpu, 1)}
    db.close()
    copy.unlink()
    return result


def short(revision: str) -> str:
    return subprocess.run(["git", "rev-parse", "--short", revision], capture_output=True, text=True, cwd=HERE,
                          check=True).stdout.strip()


def table(results: dict[str, dict]) -> str:
    """Sizes side by side, MB (10^6 bytes), with the index's parts above 1% of either file."""
    names = list(results)
    lines = ["| part | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for key, label in (("store_bytes", "store (RocksDB)"), ("index_bytes", "index beside it (SQLite)")):
        lines.append(f"| {label} | " + " | ".join(f"{results[n][key] / 1e6:,.1f}" for n in names) + " |")
    lines.append("| KB an article (store + index) | " + " | ".join(
        f"{results[n]['store_kb_per_article']} + {results[n]['index_kb_per_article']}" for n in names) + " |")
    parts: dict[str, dict[str, int]] = {}
    for n in names:
        for part, sizes in results[n]["index"]["parts"].items():
            parts.setdefault(part, {})[n] = sizes["bytes"]
    for part, sizes in sorted(parts.items(), key=lambda item: -max(item[1].values())):
        if max(sizes.values()) >= 0.01 * min(results[n]["index_bytes"] for n in names):
            lines.append(f"| `{part}` | " + " | ".join(f"{sizes.get(n, 0) / 1e6:,.1f}" for n in names) + " |")
    lines.append("| answers digest | " + " | ".join(results[n]["answers"]["sha256"][:12] for n in names) + " |")
    for query in results[names[0]]["answers"].get("listing_times", {}):
        lines.append(f"| `{query}` ms: median / p95 / total | " + " | ".join(
            "{median_ms} / {p95_ms} / {total_ms}".format(**{"median_ms": "–", "p95_ms": "–", **t})
            if (t := results[n]["answers"].get("listing_times", {}).get(query)) else "–" for n in names) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="articles of the generated corpus")
    parser.add_argument("--baseline", default="", help="a commit whose code builds and reads a store side by side")
    parser.add_argument("--store", type=Path, help="this checkout's store, made already (not built)")
    parser.add_argument("--baseline-store", type=Path, help="the baseline's store, made already (not built)")
    parser.add_argument("--optimize", action="store_true", help="Store.optimize() on a copy of the store")
    parser.add_argument("--vacuum", action="store_true", help="VACUUM of a copy of the index at --page-sizes")
    parser.add_argument("--page-sizes", default="4096,16384")
    parser.add_argument("--keep", action="store_true", help="keep the stores built (bench/out/size-N/…)")
    parser.add_argument("--digest", type=Path, help=argparse.SUPPRESS)  # internal: one revision's answers
    args = parser.parse_args(argv)
    if args.digest:
        print(json.dumps(answers_digest(args.digest)))
        return 0
    OUT.mkdir(exist_ok=True)
    work = OUT / f"size-{args.size}"
    work.mkdir(exist_ok=True)
    this = short("HEAD") + ("+" if subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src"], cwd=HERE.parent)
                            .returncode else "")
    results: dict[str, dict] = {}
    built_here: list[Path] = []
    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        revisions = [(this, str(HERE.parent / "src"), args.store)]
        if args.baseline:
            revisions.insert(0, (f"baseline {short(args.baseline)}", baseline_source(args.baseline, Path(scratch)),
                                 args.baseline_store))
        for name, src, made in revisions:
            store = made or work / name.split()[-1].replace("+", "-dirty") / "store"
            built = {} if made else build(args.size, store, src)
            built_here += [] if made else [store.parent]
            results[name] = {**measure(store, src, args.size), **built}
            print(f"{name}: store {results[name]['store_bytes'] / 1e6:,.1f} MB, "
                  f"index {results[name]['index_bytes'] / 1e6:,.1f} MB", file=sys.stderr, flush=True)
        mine = results[this]
        if args.optimize:
            mine["optimize"] = optimize_copy(Path(mine["store"]), Path(scratch))
        if args.vacuum:
            mine["vacuum"] = [vacuum_copy(Path(f"{mine['store']}.search.sqlite"), Path(scratch), int(size))
                              for size in args.page_sizes.split(",")]
    if not args.keep:  # the stores built here (not those given)
        for folder in built_here:
            shutil.rmtree(folder, ignore_errors=True)
    same = len({r["answers"]["sha256"] for r in results.values()}) == 1
    report = {"size": args.size, "revisions": results, "same_answers": same,
              "command": "python bench/size.py " + " ".join(argv if argv is not None else sys.argv[1:]),
              "finished": time.strftime("%Y-%m-%d %H:%M:%S")}
    (OUT / f"size-{args.size}.json").write_text(json.dumps(report, indent=2))
    print(table(results))
    for key in ("optimize", "vacuum"):
        if key in mine:
            print(f"{key}: {json.dumps(mine[key])}")
    print(f"same answers: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
