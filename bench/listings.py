"""Cold start of `cscgraph serve` and every listing page with its `.json` twin, one request at a time.

    python bench/listings.py --size 100000 --starts 3 --repeats 10

On bench/out/store-N and its index (made by bench/ingest.py), `--starts` times: start `cscgraph serve` on a free
port and time it from the spawn to the first answer of any status (listening) and to the first 200 of `/` (the
home page served: what a reader waits for), with the server tree's CPU seconds at that moment (bench/proctree.py).
Then ask each listing URL (home, articles and quotes pages 1–3, funding, lineage, the kind indexes, canned query
list, a search) and its `.json` twin once, one request at a time, in a fixed order: that first view computes the
page (the server keeps pages until the next write; see README), so with `--starts` servers each URL has
`--starts` computed samples. Then `--repeats` more requests of each, the page as kept. Reports median and p95 ms
of the first views over the starts (p95 of 3 samples is their worst) and of the repeats. The OS page cache is not
dropped between starts (it cannot be without root on a shared machine): starts after the first read a warm cache.
A twin asked second finds the data its page computed kept; `--json-first` asks each `.json` twin first instead
(and writes listings-N-json-first.json, which bench/report.py does not read).
Writes bench/out/listings-N.json (with the last commit that changed src/).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from proctree import cpu_seconds, stop, tree  # noqa: E402

OUT = HERE / "out"
CLI = str(Path(sys.executable).parent / "cscgraph")

# Every page that lists what the store holds (not one entity's page), in the order a reader meets them.
LISTINGS = ("/", "/articles", "/articles?page=2", "/articles?page=3", "/quotes", "/quotes?page=2",
            "/quotes?page=3", "/funding", "/funding?by=measure", "/lineage", "/person", "/organisation", "/policy",
            "/measure", "/statute", "/programme", "/role", "/queries", "/search?q=foster")


def json_twin(path: str) -> str:
    """The `.json` twin of a page's path: `/` → `/index.json`, `/articles?page=2` → `/articles.json?page=2`.

    >>> json_twin("/articles?page=2")
    '/articles.json?page=2'
    """
    base, sep, query = path.partition("?")
    return ("/index" if base == "/" else base) + ".json" + sep + query


def source_commit() -> str:
    """The last commit that changed src/: the code measured (bench/ changes do not change it)."""
    done = subprocess.run(["git", "-C", str(HERE.parent), "log", "-1", "--format=%h", "--", "src"],
                          capture_output=True, text=True)
    return done.stdout.strip()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def one_start(store: Path, index: Path, urls: list[str], repeats: int) -> dict[str, object]:
    port = free_port()
    env = dict(os.environ, CSCGRAPH_SEARCH_INDEX=str(index))
    spawned = time.monotonic()
    server = subprocess.Popen([CLI, "--store", str(store), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    listening = served = None
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            deadline = spawned + 300
            while served is None:
                try:
                    status = client.get("/").status_code
                    listening = listening or time.monotonic() - spawned
                    if status == 200:
                        served = time.monotonic() - spawned
                except httpx.HTTPError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"serve did not start: {server.stderr.read()[-500:] if server.stderr else ''}")
                    time.sleep(0.05)
            start_cpu = sum(cpu_seconds(p) for p in tree(server.pid))
            first: dict[str, float] = {}
            statuses: dict[str, int] = {}
            for url in urls:
                t = time.monotonic()
                statuses[url] = client.get(url).status_code
                first[url] = (time.monotonic() - t) * 1000
            again: dict[str, list[float]] = {url: [] for url in urls}
            for _ in range(repeats):
                for url in urls:
                    t = time.monotonic()
                    client.get(url)
                    again[url].append((time.monotonic() - t) * 1000)
    finally:
        stop(server)
    return {"listening_s": round(listening or 0, 2), "home_served_s": round(served, 2),
            "server_cpu_s_at_home": round(start_cpu, 2), "statuses": statuses, "first_ms": first, "again_ms": again,
            "load_average": os.getloadavg()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="articles in bench/out/store-N")
    parser.add_argument("--starts", type=int, default=3, help="servers started, one after another")
    parser.add_argument("--repeats", type=int, default=10, help="requests of each URL after its first view")
    parser.add_argument("--json-first", action="store_true",
                        help="ask each .json twin before its page (writes listings-N-json-first.json)")
    args = parser.parse_args(argv)
    store, index = OUT / f"store-{args.size}", OUT / f"store-{args.size}.search.sqlite"
    # The second of a pair finds the data its twin computed kept: --json-first measures the twins computed.
    urls = [u for path in LISTINGS for u in ((json_twin(path), path) if args.json_first else (path, json_twin(path)))]
    starts = []
    for k in range(args.starts):
        run = one_start(store, index, urls, args.repeats)
        starts.append(run)
        print(f"start {k + 1}: listening {run['listening_s']} s, home served {run['home_served_s']} s, "
              f"server CPU {run['server_cpu_s_at_home']} s, load {run['load_average'][0]:.1f}", flush=True)
    pages = {}
    for url in urls:
        first = [s["first_ms"][url] for s in starts]
        again = [x for s in starts for x in s["again_ms"][url]]
        pages[url] = {"statuses": sorted({s["statuses"][url] for s in starts}),
                      "first_median_ms": round(statistics.median(first), 1), "first_p95_ms": round(percentile(first, 0.95), 1),
                      "first_ms": [round(x, 1) for x in first],
                      "again_median_ms": round(statistics.median(again), 1), "again_p95_ms": round(percentile(again, 0.95), 1)}
        print(f"{url:28} {json.dumps(pages[url])}", flush=True)
    result = {"size": args.size, "starts": [{k: v for k, v in s.items() if k not in ("first_ms", "again_ms")}
                                           for s in starts], "pages": pages,
              "cold_start": {"home_served_median_s": round(statistics.median(s["home_served_s"] for s in starts), 2),
                             "home_served_max_s": max(s["home_served_s"] for s in starts)},
              "finished": time.strftime("%Y-%m-%d %H:%M:%S"), "commit": source_commit()}
    (OUT / f"listings-{args.size}{'-json-first' if args.json_first else ''}.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
