"""Cold start of `cscgraph serve` from a cold page cache, this checkout's code and a baseline's side by side.

    sudo .venv/bin/python bench/coldstart.py --size 100000 --runs 3 --baseline /tmp/base/src

On bench/out/store-N and its index (made by bench/ingest.py), each run: drop the OS page cache (`echo 3 >
/proc/sys/vm/drop_caches`: root only; without it, or with --warm, the cache is left as it is and the figures are warm
starts), start `cscgraph serve` on a free port with the code under test, time it from the spawn to the first 200 of
`/` (the home page served: what a reader waits for), with the server tree's CPU seconds then, and stop it. With
`--baseline SRC` (a `src/` folder of other code, e.g. `git archive REV | tar -x -C /tmp/base`), each run starts the
baseline's server the same way right after, so both meet the same machine load. Reports each side's median and the
ratio of the medians. Writes bench/out/coldstart-N.json (with the last commit that changed src/).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from listings import CLI, OUT, free_port, source_commit  # noqa: E402
from proctree import cpu_seconds, stop, tree  # noqa: E402

DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_page_cache() -> bool:
    """Empty the OS page cache (after writing dirty pages back); False when this process may not."""
    os.sync()
    try:
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def one_start(store: Path, index: Path, src: Path | None, cold: bool) -> dict[str, float | bool]:
    """Start `serve` (the code in `src`, else this checkout's) and time it to the home page served."""
    dropped = drop_page_cache() if cold else False
    env = dict(os.environ, CSCGRAPH_SEARCH_INDEX=str(index))
    if src is not None:
        env["PYTHONPATH"] = str(src)
    port = free_port()
    spawned = time.monotonic()
    server = subprocess.Popen([CLI, "--store", str(store), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            while True:
                try:
                    if client.get("/").status_code == 200:
                        break
                except httpx.TransportError:
                    if server.poll() is not None:
                        raise SystemExit(f"serve exited with status {server.returncode}") from None
                    time.sleep(0.05)
        served = time.monotonic() - spawned
        cpu = sum(cpu_seconds(p) for p in tree(server.pid))
    finally:
        stop(server)
    return {"home_served_s": round(served, 2), "server_cpu_s": round(cpu, 2), "cache_dropped": dropped}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000, help="articles in bench/out/store-N")
    parser.add_argument("--runs", type=int, default=3, help="starts of each side")
    parser.add_argument("--baseline", type=Path, help="a src/ folder of the code to compare with")
    parser.add_argument("--warm", action="store_true", help="leave the page cache as it is")
    args = parser.parse_args()
    store = OUT / f"store-{args.size}"
    index = OUT / f"store-{args.size}.search.sqlite"
    if not store.exists():
        raise SystemExit(f"{store}: no store; run bench/ingest.py --sizes {args.size} first")
    sides: dict[str, list[dict[str, float | bool]]] = {"this": [], **({"baseline": []} if args.baseline else {})}
    for run in range(args.runs):
        for side in sides:
            result = one_start(store, index, args.baseline if side == "baseline" else None, not args.warm)
            sides[side].append(result)
            print(f"run {run + 1} {side}: home served {result['home_served_s']} s, server CPU "
                  f"{result['server_cpu_s']} s, page cache {'dropped' if result['cache_dropped'] else 'kept'}",
                  flush=True)
    medians = {side: statistics.median(r["home_served_s"] for r in runs) for side, runs in sides.items()}
    report = {"size": args.size, "runs": sides, "home_served_median_s": medians,
              "cold": any(r["cache_dropped"] for runs in sides.values() for r in runs),
              "baseline": str(args.baseline) if args.baseline else None, "commit": source_commit(),
              "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if args.baseline:
        report["ratio"] = round(medians["this"] / medians["baseline"], 2)
    (OUT / f"coldstart-{args.size}.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: report[k] for k in ("home_served_median_s", "cold", "ratio") if k in report}))


if __name__ == "__main__":
    main()
