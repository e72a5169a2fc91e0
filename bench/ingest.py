"""Ingest benchmark: articles/s, CPU use and peak memory of `cscgraph ingest` over synthetic corpora.

    python bench/ingest.py --sizes 1000,10000,100000

For each size: generate the corpus (once, cached under bench/out/corpus-N), ingest it into a fresh store
(bench/out/store-N) with the real CLI in a subprocess while /proc is polled for the whole process tree, then
ingest it again (must be a no-op). Writes bench/out/ingest-N.json. Into a fresh store `cscgraph ingest` bulk loads
(a first load); `--no-bulk` measures the article-by-article path instead (bench/firstload.py runs both side by side).
`--compact` runs `cscgraph compact` after the first ingest and records the store's size after it and its time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from proctree import run_watched  # noqa: E402

OUT = HERE / "out"
CLI = [str(Path(sys.executable).parent / "cscgraph")]
# "ingesting: 1200 articles (new 1200)" — the CLI's progress line (every 100 articles when not on a terminal).
PROGRESS = re.compile(r"^(?P<t>[\d.]+) .*ingesting: (?P<n>\d+) articles")


def corpus(size: int, seed: int = 1) -> Path:
    folder = OUT / f"corpus-{size}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        start = time.monotonic()
        files = generate(folder, size, seed)
        done.write_text(f"{files} files in {time.monotonic() - start:.1f}s\n")
    return folder


def store_paths(size: int) -> tuple[Path, Path]:
    return OUT / f"store-{size}", OUT / f"store-{size}.search.sqlite"


def run_ingest(size: int, workers: int | None = None, reingest: bool = True,
               no_bulk: bool = False, compact: bool = False) -> dict[str, object]:
    folder = corpus(size)
    store, search = store_paths(size)
    shutil.rmtree(store, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{search}{suffix}").unlink(missing_ok=True)
    env = dict(os.environ)
    if workers:
        env["CSCGRAPH_WORKERS"] = str(workers)
    cmd = [*CLI, "--store", str(store), "ingest", *(["--no-bulk"] if no_bulk else []), str(folder)]
    lines: list[str] = []
    load_before = os.getloadavg()
    code, wall, watch, cpu = run_watched(cmd, env=env, stderr_lines=lines)
    load_after = os.getloadavg()
    summary = next((line.split("stdout: ", 1)[1] for line in lines if "stdout: " in line), "")
    counts = {k: int(v) for v, k in re.findall(r"(\d+) (new|updated|unchanged|failed)", summary)}
    stored = counts.get("new", 0) + counts.get("updated", 0)
    progress = [(float(m["t"]), int(m["n"])) for line in lines if (m := PROGRESS.match(line))]
    # Throughput over the first and last tenth of the run: does writing slow down as the store grows?
    rates = {}
    if len(progress) >= 20:
        tenth = len(progress) // 10
        for name, part in (("first_tenth", progress[:tenth + 1]), ("last_tenth", progress[-tenth - 1:])):
            (t0, n0), (t1, n1) = part[0], part[-1]
            rates[name] = round((n1 - n0) / (t1 - t0), 1) if t1 > t0 else None
    # Memory over the run, in tenths: is it flat?
    samples = watch.samples
    memory_by_tenth = []
    if samples:
        for k in range(1, 11):
            upto = [s for s in samples if s.t <= wall * k / 10]
            memory_by_tenth.append(round(max((s.pss_mb for s in upto), default=0.0)))

    def store_mb() -> int:
        return round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20)

    loaded_mb = store_mb()  # after the first ingest, before any compaction
    compacted = {}
    if compact:
        start = time.monotonic()
        done = subprocess.run([*CLI, "--store", str(store), "compact"], env=env, capture_output=True, text=True)
        compacted = {"compact": {"exit_code": done.returncode, "wall_s": round(time.monotonic() - start, 1),
                                 "output": done.stdout.strip() or done.stderr.strip(), "store_mb": store_mb()}}
    again_lines: list[str] = []
    again, wall2, code2, pss2 = "not run", 0.0, None, 0
    if reingest:
        code2, wall2, watch2, _ = run_watched([*CLI, "--store", str(store), "ingest", "--quiet", str(folder)],
                                              env=env, stderr_lines=again_lines)
        again = next((line.split("stdout: ", 1)[1] for line in again_lines if "stdout: " in line), "")
        pss2 = round(watch2.peak_pss_mb)
    result = {
        "size": size, "exit_code": code, "summary": summary, "stored": stored,
        "wall_s": round(wall, 1), "articles_per_s": round(stored / wall, 1) if wall else None,
        "cpu_s": round(cpu, 1), "cores_used": round(cpu / wall, 2) if wall else None,
        "cpu_main_process_s": round(watch.main_cpu_s, 1),
        "cpu_ms_per_article": round(cpu * 1000 / stored, 1) if stored else None,
        "peak_rss_tree_mb": round(watch.peak_rss_mb), "peak_pss_tree_mb": round(watch.peak_pss_mb),
        "peak_pss_by_tenth_mb": memory_by_tenth, "max_processes": max((s.processes for s in samples), default=0),
        "rate_articles_per_s": rates, "load_average_before": load_before, "load_average_after": load_after,
        "reingest": {"summary": again, "wall_s": round(wall2, 1), "exit_code": code2, "peak_pss_tree_mb": pss2},
        "store_mb": loaded_mb, **compacted,
        "command": " ".join(["cscgraph", "--store", str(store.relative_to(HERE.parent)), "ingest",
                             *(["--no-bulk"] if no_bulk else []), str(folder.relative_to(HERE.parent))]),
        "stderr_tail": [line for line in lines if "duplicate" not in line][-5:],
        "finished": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    (OUT / f"ingest-{size}.json").write_text(json.dumps(result, indent=2))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--workers", type=int, help="extraction processes (default: the CLI's, 2)")
    parser.add_argument("--no-reingest", action="store_true", help="skip the second (no-op) ingest")
    parser.add_argument("--no-bulk", action="store_true", help="first loads article by article, not bulk loaded")
    parser.add_argument("--compact", action="store_true", help="`cscgraph compact` after the first ingest")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        result = run_ingest(size, args.workers, reingest=not args.no_reingest, no_bulk=args.no_bulk,
                            compact=args.compact)
        print(json.dumps({k: result[k] for k in ("size", "summary", "wall_s", "articles_per_s", "cores_used",
                                                 "peak_pss_tree_mb", "peak_rss_tree_mb")}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
