"""First loads side by side: `cscgraph ingest` of a generated corpus into a fresh store by the bulk path (the
default for an empty store) and article by article (`--no-bulk`, the baseline), alternating, each run on a fresh
store.

    python bench/firstload.py --sizes 1000,10000 --runs 3

Each run is the real CLI in a subprocess with its process tree polled (bench/proctree.py), as bench/ingest.py runs
it. Both stores of a pair must hold the same number of quads in article graphs (read from their search indexes).
Writes bench/out/firstload-N.json: every run, and the medians per path.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest import CLI, corpus  # noqa: E402
from proctree import run_watched  # noqa: E402

OUT = HERE / "out"
PATHS = {"per-article": ["--no-bulk"], "bulk": []}
"""The two paths, by the `cscgraph ingest` flags that choose them (the baseline first)."""


def one_run(size: int, path: str) -> dict[str, object]:
    folder = corpus(size)
    store = OUT / f"firstload-store-{size}-{path}"
    index = Path(f"{store}.search.sqlite")
    for leftover in OUT.glob(f"{store.name}*"):
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    cmd = [*CLI, "--store", str(store), "ingest", "--quiet", *PATHS[path], str(folder)]
    lines: list[str] = []
    load = os.getloadavg()[0]
    code, wall, watch, cpu = run_watched(cmd, stderr_lines=lines)
    summary = next((line.split("stdout: ", 1)[1] for line in lines if "stdout: " in line), "")
    with sqlite3.connect(str(index)) as db:
        articles, quads = db.execute("SELECT COUNT(*), SUM(quads) FROM indexed").fetchone()
    return {"path": path, "exit_code": code, "summary": summary, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "cpu_main_process_s": round(watch.main_cpu_s, 1), "peak_pss_tree_mb": round(watch.peak_pss_mb),
            "store_mb": round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20),
            "articles": articles, "article_quads": quads, "load_average_before": load,
            "command": " ".join(["cscgraph", "--store", str(store.relative_to(HERE.parent)), "ingest", *PATHS[path],
                                 str(folder.relative_to(HERE.parent))])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        runs = []
        for run in range(args.runs):
            pair = [one_run(size, path) for path in PATHS]  # side by side: the baseline, then the bulk path
            assert pair[0]["article_quads"] == pair[1]["article_quads"], pair
            runs += pair
            print(json.dumps([{k: r[k] for k in ("path", "wall_s", "cpu_s", "cpu_main_process_s", "summary")}
                              for r in pair]), flush=True)
        medians = {path: {key: statistics.median(r[key] for r in runs if r["path"] == path)  # type: ignore[misc]
                          for key in ("wall_s", "cpu_s", "cpu_main_process_s", "peak_pss_tree_mb", "store_mb")}
                   for path in PATHS}
        result = {"size": size, "runs": args.runs, "medians": medians, "all_runs": runs,
                  "finished": time.strftime("%Y-%m-%d %H:%M:%S"),
                  "command": f"python bench/firstload.py --sizes {size} --runs {args.runs}"}
        (OUT / f"firstload-{size}.json").write_text(json.dumps(result, indent=2))
        for path in PATHS:
            shutil.rmtree(OUT / f"firstload-store-{size}-{path}", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
