"""Web load benchmark: `wrk` (Debian package) against `cscgraph serve` on 127.0.0.1.

    python bench/web.py --size 100000 --connections 32 --seconds 30

Starts `cscgraph --store bench/out/store-N serve` on a free port, picks URLs from the data (entity pages sampled
in proportion to how often articles mention them, the lineage page, the home page and listings, searches for
names and topics, canned queries through the SPARQL endpoint), asks for the first `--first-views` URLs of each
kind one at a time (a page's cost before the server has kept it: see README on what is kept until the next
write), then runs wrk with a Lua script cycling through the URLs: once per page kind and once with all of them
mixed. Under wrk a URL is
computed on its first request and answered from what the server kept after that. Reports p50/p95/p99 latency,
requests/s and errors (connect/read/write/timeout errors and non-2xx answers). Writes bench/out/web-N.json.

wrk keeps every connection busy, so it measures the most the server serves, and the latency of a queue that long.
`--rate R` also runs the mixed URLs open-loop at a fixed R requests a second (`--no-wrk`: that alone): each request
sent at its scheduled time whether or not earlier ones have been answered, its latency counted from that time (so
a server falling behind shows it, not the load generator waiting), as issue 15's "p95 at ≥ 50 req/s" asks; with
`--no-wrk` the figures go to bench/out/web-N-open-loop.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

from cscgraph.graph.namespaces import SCHEMA
from cscgraph.queries import load_query, paged
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore, Term
from cscgraph.store.binding import inline_bindings
from cscgraph.graph.namespaces import Minter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proctree import stop  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
CLI = str(Path(sys.executable).parent / "cscgraph")

LUA = r"""
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept"] = "%(accept)s"})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT {\"requests\": %%d, \"duration_us\": %%d, \"p50_ms\": %%.2f, \"p95_ms\": %%.2f, " ..
    "\"p99_ms\": %%.2f, \"max_ms\": %%.2f, \"connect\": %%d, \"read\": %%d, \"write\": %%d, \"status\": %%d, " ..
    "\"timeout\": %%d}\n", summary.requests, summary.duration, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""

SEARCH_WORDS = ("kinship care", "foster", "Ofsted", "family help", "children's homes", "social workers",
                "Stable Homes", "care review", "funding", "ADCS", "care leavers", "safeguarding")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pick_urls(store: EmbeddedStore, seed: int = 11, n: int = 200) -> dict[str, list[str]]:
    rng = random.Random(seed)
    base = store.minter.base
    counts = store.query(f"SELECT ?e (COUNT(*) AS ?n) WHERE {{ ?a <{SCHEMA}mentions> ?e }} GROUP BY ?e").rows
    entities = [(r["e"].value, int(r["n"].value)) for r in counts
                if re.match(rf"{re.escape(base)}(person|organisation|policy|measure|statute|programme)/", r["e"].value)]
    chosen = rng.choices([e for e, _ in entities], [c for _, c in entities], k=n)
    entity_paths = ["/" + e[len(base):] for e in chosen]
    search_paths = ["/search?" + urlencode({"q": rng.choice(SEARCH_WORDS)}) for _ in range(n)]
    query = load_query("entity-mentioned-in")
    sparql_paths = []
    for e in chosen[: n // 4]:
        text = inline_bindings(paged(query, limit=50), {"entity": Term("uri", e)})  # a client reads a page
        sparql_paths.append("/sparql?" + urlencode({"query": text}, quote_via=quote))
    # Cheapest first: a page still being computed when its wrk run ends keeps the server busy into the next run.
    return {"search": search_paths, "sparql canned query": sparql_paths, "lineage page": ["/lineage"],
            "home and listings": ["/", "/articles", "/quotes", "/funding", "/person", "/articles?page=3"],
            "entity pages": entity_paths}


def run_wrk(base_url: str, paths: list[str], connections: int, seconds: int, accept: str, tag: str) -> dict:
    paths_file = OUT / f"wrk-{tag}.paths"
    paths_file.write_text("\n".join(paths) + "\n")
    script = OUT / f"wrk-{tag}.lua"
    script.write_text(LUA % {"paths": paths_file, "accept": accept})
    done = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "30s",
                           "-s", str(script), base_url], capture_output=True, text=True)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        return {"error": (done.stderr or done.stdout)[-500:]}
    result = json.loads(line[len("RESULT "):])
    result["requests_per_s"] = round(result["requests"] / (result["duration_us"] / 1e6), 1)
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    return result


def run_open_loop(base_url: str, paths: list[tuple[str, str]], rate: float, seconds: int, accept: str) -> dict:
    """The (kind, path) pairs in turn at `rate` requests a second for `seconds`, open-loop: request i is sent at
    start + i / rate and timed from then until answered (30 s at most, as wrk's timeout); p50/p95/p99/max ms,
    requests/s answered, non-2xx answers and failures, overall and by kind."""
    total = int(rate * seconds)

    async def one(client: httpx.AsyncClient, due: float, path: str) -> tuple[float, str]:
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        try:
            status = str((await client.get(path, headers={"Accept": accept})).status_code)
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        return time.monotonic() - due, status

    async def run() -> tuple[list[tuple[float, str]], float]:
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=64)
        async with httpx.AsyncClient(base_url=base_url, timeout=30, limits=limits) as client:
            start = time.monotonic() + 0.5
            done = await asyncio.gather(*(one(client, start + i / rate, paths[i % len(paths)][1])
                                          for i in range(total)))
            return list(done), time.monotonic() - start

    answers, elapsed = asyncio.run(run())
    kinds = [paths[i % len(paths)][0] for i in range(total)]
    out = {"rate": rate, "requests_per_s": round(total / elapsed, 1), **_latencies(answers)}
    out["by kind"] = {kind: _latencies([a for a, k in zip(answers, kinds) if k == kind]) for kind in sorted(set(kinds))}
    return out


def _latencies(answers: list[tuple[float, str]]) -> dict:
    """Requests, p50/p95/p99/max ms, non-2xx answers and failures of (seconds, status) answers."""
    ms = sorted(seconds * 1000 for seconds, _ in answers)

    def percentile(q: float) -> float:
        return round(ms[max(0, math.ceil(q * len(ms)) - 1)], 2)

    statuses = [status for _, status in answers]
    return {"requests": len(ms), "p50_ms": percentile(0.5), "p95_ms": percentile(0.95), "p99_ms": percentile(0.99),
            "max_ms": round(ms[-1], 2), "non_2xx": sum(1 for s in statuses if s.isdigit() and not s.startswith("2")),
            "failed": sum(1 for s in statuses if not s.isdigit())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--first-views", type=int, default=20, help="URLs of each kind asked one at a time first")
    parser.add_argument("--rate", type=float, default=0, help="also run the mixed URLs open-loop at this many "
                                                              "requests a second")
    parser.add_argument("--no-wrk", action="store_true", help="no wrk runs (with --rate: the open-loop run alone)")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None and not args.no_wrk:
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 1
    store_path = OUT / f"store-{args.size}"
    store = EmbeddedStore(store_path, Minter(Settings().base_iri), read_only=True)
    urls = pick_urls(store)
    store.close()
    port = free_port()
    env = dict(os.environ, CSCGRAPH_SEARCH_INDEX=str(OUT / f"store-{args.size}.search.sqlite"))
    server = subprocess.Popen([CLI, "--store", str(store_path), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base_url = f"http://127.0.0.1:{port}"
    results: dict[str, object] = {}
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(f"{base_url}/", timeout=60).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"cscgraph serve did not start: {server.stderr.read()[-500:] if server.stderr else ''}")
            time.sleep(0.5)
        with httpx.Client(base_url=base_url, timeout=120) as client:  # first views, one request at a time
            for kind, paths in urls.items() if args.first_views else ():
                statuses, seconds = [], []
                for p in list(dict.fromkeys(paths))[:args.first_views]:
                    start = time.monotonic()
                    try:
                        statuses.append(str(client.get(p).status_code))
                    except httpx.HTTPError as exc:
                        statuses.append(type(exc).__name__)
                    seconds.append(time.monotonic() - start)
                # What a page costs on its own, computed (not yet kept), before any concurrency.
                results[f"first view {kind}"] = {
                    "statuses": {s: statuses.count(s) for s in set(statuses)},
                    "median_ms": round(statistics.median(seconds) * 1000),
                    "p95_ms": round(sorted(seconds)[max(0, math.ceil(0.95 * len(seconds)) - 1)] * 1000),
                    "single_request_ms": [round(x * 1000) for x in seconds]}
                print(f"first view {kind:22} {json.dumps(results[f'first view {kind}'])}", flush=True)
        mixed_kinds = [(kind, p) for kind, paths in urls.items()
                       for p in (paths * (200 // len(paths) if len(paths) < 50 else 1))]
        random.Random(3).shuffle(mixed_kinds)
        mixed = [p for _, p in mixed_kinds]
        for kind, paths in [] if args.no_wrk else [*urls.items(), ("mixed", mixed)]:
            accept = "application/sparql-results+json" if kind.startswith("sparql") else "text/html"
            results[kind] = run_wrk(base_url, paths, args.connections, args.seconds, accept,
                                    kind.replace(" ", "-"))
            print(f"{kind:22} {json.dumps(results[kind])}", flush=True)
        if args.rate:
            kind = f"mixed at {args.rate:g} req/s"
            results[kind] = run_open_loop(base_url, mixed_kinds, args.rate, args.seconds, "text/html")
            print(f"{kind:22} {json.dumps(results[kind])}", flush=True)
    finally:
        stop(server)
    out = {"size": args.size, "connections": args.connections, "seconds": args.seconds, "rate": args.rate,
           "results": results,
           "load_average": os.getloadavg(), "finished": time.strftime("%Y-%m-%d %H:%M:%S")}
    (OUT / f"web-{args.size}{'-open-loop' if args.no_wrk else ''}.json").write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
