"""Write bench/RESULTS.md from the JSON files the benchmarks left in bench/out/ and the hand-written
bench/analysis.md (what the figures mean, why targets are missed).

    python bench/report.py

It rewrites the whole file from the JSON files present: sections whose runs' JSON is no longer in bench/out/
(the old 1k/10k/100k runs' are gone) come out empty, so edit RESULTS.md by hand to add a run without a full set.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

TARGETS = {  # issue 15's, at 100,000 generated articles on the 2-core machine
    "ingest_rate": 167.0,        # articles/s: 100k in under 10 minutes
    "cpu_ms_per_article": 10.0,  # CPU of the whole ingest process tree per article
    "peak_rss_mb": 1024.0,       # peak RSS of the ingest process tree
    "store_mb": 2560.0,          # the store folder on disk after the 100k ingest
    "scoped_p95_ms": 50.0,       # every canned query scoped to one entity
    "listing_p95_ms": 200.0,     # every listing page and its .json twin
    "web_p95_ms": 150.0,         # mixed web load, zero errors ...
    "web_rps": 50.0,             # ... at this rate or more
    "cold_start_s": 5.0,         # `serve` on the 100k store: spawn to the home page served
}


def _load(pattern: str) -> dict[int, dict]:
    found = {}
    for path in OUT.glob(pattern):
        m = re.search(r"-(\d+)\.json$", path.name)
        if m:
            found[int(m.group(1))] = json.loads(path.read_text())
    return dict(sorted(found.items()))


def machine() -> list[str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("\n")[0] \
        if subprocess.run(["which", "wrk"], capture_output=True).returncode == 0 else "not installed"
    return [f"- CPU: {cpu}, `nproc` = {os.cpu_count()}",
            f"- RAM: {mem_kb / 2**20:.1f} GiB",
            f"- OS: {platform.platform()}",
            f"- Python {platform.python_version()}, pyoxigraph {version('pyoxigraph')}, rdflib {version('rdflib')}, "
            f"cscgraph {version('cscgraph')}; load generator: {wrk.strip()}"]


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    return f"{value:,.1f}{unit}" if value < 100 else f"{value:,.0f}{unit}"


def _met(ok: bool | None) -> str:
    return "–" if ok is None else ("met" if ok else "**missed**")


def ingest_section(ingest: dict[int, dict]) -> list[str]:
    lines = ["| articles | wall | articles/s | CPU s (all processes) | CPU ms/article | cores used | peak PSS (tree) | "
             "peak RSS sum (tree) | PSS by tenth of the run (MB) | store on disk | re-ingest |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for size, r in ingest.items():
        lines.append(f"| {size:,} | {r['wall_s']:,.0f} s | {_fmt(r['articles_per_s'])} | {r['cpu_s']:,.0f} | "
                     f"{_fmt(r['cpu_ms_per_article'])} | {r['cores_used']} | {r['peak_pss_tree_mb']:,} MB | "
                     f"{r['peak_rss_tree_mb']:,} MB | {' '.join(map(str, r['peak_pss_by_tenth_mb']))} | "
                     f"{r['store_mb']:,} MB | {r['reingest']['summary']} in {r['reingest']['wall_s']} s |")
    return lines


def queries_section(queries: dict[int, dict], rdflib: dict[int, dict]) -> list[str]:
    sizes = list(queries)
    names = sorted({n for q in queries.values() for n in q["queries"]})
    head = "| query | kind | " + " | ".join(f"{s:,}: median / p95 ms (rows)" for s in sizes) + " |"
    lines = [head, "|---|---|" + "---|" * len(sizes)]
    for name in names:
        cells = []
        kind = ""
        for s in sizes:
            q = queries[s]["queries"].get(name)
            if not q:
                cells.append("–")
                continue
            kind = "entity-scoped" if q["scoped"] else "whole graph, pages of 50" if q.get("paged") else "whole graph"
            if "app" in q:
                cells.append(f"{q['app']['median_ms']:,} / {q['app']['p95_ms']:,} ({q['rows_median']:g})")
            elif "timeout_s" in q:
                cells.append(f"> {q['timeout_s']:.0f} s (stopped)")
            else:
                cells.append(f"error: {q.get('error', '')[:60]}")
        lines.append(f"| `{name}` | {kind} | " + " | ".join(cells) + " |")
    lines += ["", "App overhead over raw pyoxigraph (same query text, same bound IRIs, same first 10,000 rows read: "
              "`cscgraph.queries.run_query` on `EmbeddedStore` vs `pyoxigraph.Store.query` + reading every value):", "",
              "| query | " + " | ".join(f"{s:,}: app / raw median ms (overhead)" for s in sizes) + " |",
              "|---|" + "---|" * len(sizes)]
    for name in names:
        cells = []
        for s in sizes:
            q = queries[s]["queries"].get(name, {})
            if "app" in q:
                cells.append(f"{q['app']['median_ms']:,} / {q['raw']['median_ms']:,} ({q['overhead_ms']:+,} ms)")
            else:
                cells.append("–")
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    for size, base in rdflib.items():
        ox_q = queries.get(size, {}).get("queries", {})
        lines += ["", f"Baseline at {size:,} articles: rdflib {version('rdflib')} `Dataset(default_union=True)` holding "
                  f"the same {base['quads']:,} quads (parsed from the store's N-Quads export in {base['load_s']} s); "
                  f"{base['runs']} runs per query, each query stopped after {base['timeout_s']:.0f} s:", "",
                  "| query | rdflib median ms (rows) | cscgraph/pyoxigraph median ms (rows) | rdflib ÷ pyoxigraph |",
                  "|---|---|---|---|"]
        for name, r in base["queries"].items():
            mine = ox_q.get(name, {})
            if "median_ms" in r and "app" in mine:
                ratio = r["median_ms"] / max(mine["app"]["median_ms"], 0.01)
                lines.append(f"| `{name}` | {r['median_ms']:,} ({r['rows']}) | {mine['app']['median_ms']:,} "
                             f"({mine['rows_median']:g}) | {ratio:,.0f}× |")
            elif "timeout_s" in r:
                lines.append(f"| `{name}` | > {r['timeout_s']:.0f} s (stopped) | "
                             f"{mine.get('app', {}).get('median_ms', '–')} | > "
                             f"{r['timeout_s'] * 1000 / max(mine.get('app', {}).get('median_ms', 1), 0.01):,.0f}× |")
            else:
                lines.append(f"| `{name}` | {r.get('error', '–')[:80]} | – | – |")
    return lines


def web_section(web: dict[int, dict]) -> list[str]:
    lines = []
    for size, w in web.items():
        lines += [f"`cscgraph serve` on the {size:,}-article store, wrk with {w['connections']} connections for "
                  f"{w['seconds']} s per row (2 wrk threads; URLs cycled by a Lua script):", "",
                  "| URLs | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors (non-2xx, timeouts, socket) |",
                  "|---|---|---|---|---|---|---|---|"]
        # Older runs called the one-at-a-time requests "warm-up" and took five of each kind.
        singles = {k.removeprefix("warm-up ").removeprefix("first view "): v for k, v in w["results"].items()
                   if k.startswith(("warm-up", "first view")) and isinstance(v, dict) and "single_request_ms" in v}
        for kind, r in w["results"].items():
            if kind.startswith(("warm-up", "first view")):
                continue
            if "error" in r:
                lines.append(f"| {kind} | error: {r['error'][:100]} |||||||")
                continue
            lines.append(f"| {kind} | {r['requests']:,} | {r['requests_per_s']:,} | {r['p50_ms']:,.1f} | "
                         f"{r['p95_ms']:,.1f} | {r['p99_ms']:,.1f} | {r['max_ms']:,.0f} | {r['errors']} "
                         f"({r['status']} non-2xx, {r['timeout']} timeouts) |")
        if singles:
            lines += ["", "First views: URLs of each kind asked one at a time before the load, each computed (not yet "
                      "kept by the server):", "", "| URLs | requests | median ms | p95 ms | max ms |", "|---|---|---|---|---|"]
            for kind, v in singles.items():
                ms = v["single_request_ms"]
                p95 = v.get("p95_ms")
                lines.append(f"| {kind} | {len(ms)} | {v.get('median_ms', sorted(ms)[len(ms) // 2]):,} | "
                             f"{'–' if p95 is None else f'{p95:,}'} | {max(ms):,} |")
        lines.append("")
    return lines


ENGINE_NAMES = {"embedded": "embedded Oxigraph", "oxigraph": "`oxigraph serve`", "virtuoso": "Virtuoso"}


def listings_section(listings: dict[int, dict]) -> list[str]:
    """bench/listings.py: serve's cold start, and each listing page and .json twin computed and kept."""
    lines = []
    for size, r in listings.items():
        starts = "; ".join(f"{s['home_served_s']} s (server CPU {s['server_cpu_s_at_home']} s, load "
                           f"{s['load_average'][0]:.1f})" for s in r["starts"])
        lines += [f"`cscgraph serve` on the {size:,}-article store, started {len(r['starts'])} times; spawn to the home "
                  f"page served: {starts}. Each URL asked once per start right after (computed: the first view), "
                  "then again one request at a time (kept until the next write):", "",
                  "| URL | status | computed: median / p95 ms (runs) | kept: median / p95 ms |", "|---|---|---|---|"]
        for url, v in r["pages"].items():
            runs = ", ".join(f"{x:,.0f}" for x in v["first_ms"])
            lines.append(f"| `{url}` | {', '.join(map(str, v['statuses']))} | {v['first_median_ms']:,.1f} / "
                         f"{v['first_p95_ms']:,.1f} ({runs}) | {v['again_median_ms']:,.1f} / {v['again_p95_ms']:,.1f} |")
        lines.append("")
    return lines


def engines_section(engines: dict[int, dict]) -> list[str]:
    """bench/engines.py: the same recorded writes and query mix on each engine, medians, ratios to embedded."""
    lines: list[str] = []
    for size, e in engines.items():
        runs = e["engines"]
        base = runs.get("embedded", {})
        lines += [f"The writes of one ingest of {size:,} generated articles ({e['articles_written']:,} article graph "
                  f"writes, revised copies included, in {e['write_batches']} `replace_graphs` batches, recorded once from the real pipeline, whose "
                  f"ingest with extraction took {e['recorded_ingest_wall_s']} s on the embedded store) replayed on "
                  f"a fresh store of each engine, then every canned query warmed once and timed once (parameters "
                  f"from the data, another set each run); medians of {e['runs']} runs, each on a fresh store "
                  f"(`{e['command']}`; load average {e['load_average_before'][0]:.1f} before, "
                  f"{e['load_average_after'][0]:.1f} after). Servers on 127.0.0.1 as `tests/remote/` starts them: "
                  f"`oxigraph serve --union-default-graph` written by Graph Store Protocol `PUT`; Virtuoso 7.2 with "
                  f"`NumberOfBuffers` 20,000, written by Graph Store Protocol `PUT` with HTTP Digest.", "",
                  "| engine | writes: wall | graphs/s | ×embedded | CPU s (client / server) | query mix | ×embedded "
                  "| disk (fresh store incl.) |", "|---|---|---|---|---|---|---|---|"]
        for engine, r in runs.items():
            ratio_w = r["write_wall_s"] / base["write_wall_s"] if base else None
            ratio_q = r["mix_s"] / base["mix_s"] if base else None
            lines.append(f"| {ENGINE_NAMES.get(engine, engine)} | {r['write_wall_s']:,.1f} s | "
                         f"{e['articles_written'] / r['write_wall_s']:,.0f} | {_fmt(ratio_w, '×')} | "
                         f"{r['write_client_cpu_s']:,.1f} / {r['write_server_cpu_s']:,.1f} | {r['mix_s']:,.1f} s | "
                         f"{_fmt(ratio_q, '×')} | {r['disk_mb']:,.0f} MB |")
        names = list(base.get("queries", {}))
        engines_here = list(runs)
        lines += ["", "Each canned query, median ms (× embedded); the last column compares the row counts of each run across engines:", "",
                  "| query | " + " | ".join(ENGINE_NAMES.get(n, n) for n in engines_here) + " | same row counts |",
                  "|---|" + "---|" * (len(engines_here) + 1)]
        for name in names:
            cells = []
            for engine in engines_here:
                q = runs[engine]["queries"].get(name, {})
                if q.get("median_ms") is None:
                    cells.append(f"error: {q.get('error', '–')[:60]}")
                    continue
                ratio = q["median_ms"] / base["queries"][name]["median_ms"] \
                    if engine != "embedded" and base["queries"][name].get("median_ms") else None
                cells.append(f"{q['median_ms']:,.1f}" + (f" ({ratio:,.1f}×)" if ratio else ""))
            same = len({json.dumps(runs[n]["queries"].get(name, {}).get("rows")) for n in engines_here}) == 1
            lines.append(f"| `{name}` | " + " | ".join(cells) + f" | {'yes' if same else '**no**'} |")
        lines.append("")
    return lines


def readmodel_section(readmodel: dict[int, dict]) -> list[str]:
    """bench/readmodel.py: the listings the read model caches and the pages that read them, before (SPARQL) and
    after (the tables), side by side."""
    lines: list[str] = []
    for size, r in readmodel.items():
        store = f" --store {r['store']}" if r.get("store") else ""
        baseline = f" --baseline {r['baseline']}" if r.get("baseline") else ""
        lines += [f"{size:,} articles (`python bench/readmodel.py{store} --size {size} --entities {r['entities']} "
                  f"--runs {r['runs']} --servers {r['servers']}{baseline}`, commit {r.get('commit', '?')}, "
                  f"load average {r['load_average_before']} before, "
                  f"{r['load_average_after']} after). Listings: each query with the parameters pages pass (an "
                  f"entity page's section: its first 26 rows; /funding: every stream), for up to {r['entities']} "
                  f"entities (the most listed and an even spread of the rest), {r['runs']} times each way:", "",
                  "| listing (canned query) | reads | before: SPARQL median / p95 ms | after: table median / p95 ms "
                  "| median × faster | same rows |", "|---|---|---|---|---|---|"]
        for name, t in r["listings"].items():
            before, after = t["sparql"], t["table"]
            lines.append(f"| `{name}` | {before['n']} | {_fmt(before['median_ms'])} / {_fmt(before['p95_ms'])} | "
                         f"{_fmt(after['median_ms'])} / {_fmt(after['p95_ms'])} | "
                         f"{before['median_ms'] / max(after['median_ms'], 0.01):.0f}× | "
                         f"{'yes' if t['same_rows'] else '**no**'} |")
        lines += ["", "Pages: `cscgraph serve` over the store with its index in step (after: tables read) and with a "
                  "copy of the index marked behind the store (before: every listing from SPARQL), "
                  f"{r['servers']} servers of each kind started in {'rotating' if 'baseline' in r else 'alternating'} "
                  "order, each timed once the endpoint's "
                  "worker processes had loaded; on each, the first view of /person (which reads the names catalogue "
                  f"once per store generation), then the home page, /funding, /lineage, /quotes and the first {r['entities']} entity pages "
                  "(the most named people, bodies, documents and measures), each asked once, one at a time"
                  + (f"; a third kind of server ran commit {r['baseline']}'s code over the same store and index "
                     "(baseline), in the same rotation" if "baseline" in r else "") + ":", "",
                  "| page | requests | before: SPARQL median / p95 ms | "
                  + (f"baseline: {r['baseline']}'s tables median / p95 ms | " if "baseline" in r else "")
                  + "after: tables median / p95 ms | median × faster |"
                  + (" median × faster than baseline |" if "baseline" in r else ""),
                  "|---|---|---|---|---|" + ("---|---|" if "baseline" in r else "")]
        for kind in r["pages"]["sparql"]:
            before, after = r["pages"]["sparql"][kind], r["pages"]["table"][kind]
            base = r["pages"].get("baseline", {}).get(kind)
            lines.append(f"| {kind} | {before['n']} | {_fmt(before['median_ms'])} / {_fmt(before['p95_ms'])} | "
                         + (f"{_fmt(base['median_ms'])} / {_fmt(base['p95_ms'])} | " if base else "")
                         + f"{_fmt(after['median_ms'])} / {_fmt(after['p95_ms'])} | "
                         f"{before['median_ms'] / max(after['median_ms'], 0.01):.1f}× |"
                         + (f" {base['median_ms'] / max(after['median_ms'], 0.01):.2f}× |" if base else ""))
        lines.append("")
    return lines
FIRSTLOAD_COLUMNS = (("wall_s", "wall s"), ("cpu_s", "CPU s (all processes)"),
                     ("cpu_main_process_s", "CPU s (writer process)"), ("peak_pss_tree_mb", "peak PSS MB (tree)"),
                     ("store_mb", "store MB"))


def firstload_section(firstload: dict[int, dict]) -> list[str]:
    """bench/firstload.py: `cscgraph ingest` into a fresh store, bulk path and article by article, side by side."""
    lines: list[str] = []
    for size, f in firstload.items():
        runs = f["all_runs"]
        loads = ", ".join(f"{r['load_average_before']:.1f}" for r in runs)
        lines += [f"{size:,} generated articles, medians of {f['runs']} run(s) of each path, alternating (the "
                  f"baseline first; one-minute load average before each run: {loads}); `{f['command']}`:", "",
                  "| path | " + " | ".join(label for _, label in FIRSTLOAD_COLUMNS) + " | articles/s |",
                  "|---|" + "---|" * (len(FIRSTLOAD_COLUMNS) + 1)]
        base = f["medians"]["per-article"]
        for path, m in f["medians"].items():
            cells = []
            for key, _ in FIRSTLOAD_COLUMNS:
                ratio = f" ({m[key] / base[key]:.2f}×)" if path != "per-article" and base[key] else ""
                cells.append(f"{m[key]:,}{ratio if key in ('wall_s', 'cpu_s', 'cpu_main_process_s') else ''}")
            articles = next(r["articles"] for r in runs if r["path"] == path)
            lines.append(f"| {'article by article (`--no-bulk`)' if path == 'per-article' else 'bulk (default)'} | "
                         + " | ".join(cells) + f" | {articles / m['wall_s']:,.1f} |")
        pairs = [(runs[i], runs[i + 1]) for i in range(0, len(runs) - 1, 2)]
        lines += ["", "Each pair (article by article → bulk): " + "; ".join(
            f"{a['wall_s']} → {b['wall_s']} s wall, {a['cpu_s']} → {b['cpu_s']} s CPU, writer "
            f"{a['cpu_main_process_s']} → {b['cpu_main_process_s']} s ({b['cpu_main_process_s'] / a['cpu_main_process_s']:.2f}×)"
            for a, b in pairs) + f". Each run stored {runs[0]['summary'].split(',')[0]} articles.", ""]
    return lines


def _when(result: dict) -> str:
    """The date a result was measured (and its commit, where the benchmark recorded one)."""
    return ", ".join(x for x in (str(result.get("finished", ""))[:10], result.get("commit", "")) if x) or "–"


def targets_section(ingest: dict[int, dict], queries: dict[int, dict], web: dict[int, dict],
                    listings: dict[int, dict], size: int = 100_000) -> list[str]:
    """Issue 15's targets at `size` articles, each with the figure measured, when, and met or missed. A benchmark
    with no result at `size` shows its largest size instead, and the verdict says the target was not measured."""
    rows = ["| target (issue 15, at 100,000 articles) | measured | when | verdict |", "|---|---|---|---|"]

    def pick(results: dict[int, dict]) -> tuple[int, dict] | None:
        n = size if size in results else max(results, default=None)
        return None if n is None else (n, results[n])

    def at(n: int) -> str:
        return "" if n == size else f"at {n:,}: "

    def verdict(n: int, ok: bool) -> str:
        return _met(ok) if n == size else f"not measured at {size:,}; at {n:,}: {_met(ok)}"

    def none(target: str) -> str:
        return f"| {target} | not measured | – | – |"

    if (got := pick(ingest)) is not None:
        n, r = got
        rows += [f"| ingest ≥ 167 articles/s | {at(n)}{r['articles_per_s']} articles/s ({r['wall_s'] / 60:.0f} min, "
                 f"{r['cores_used']} cores used) | {_when(r)} | {verdict(n, r['articles_per_s'] >= TARGETS['ingest_rate'])} |",
                 f"| ≤ 10 ms CPU per article | {at(n)}{r['cpu_ms_per_article']} ms | {_when(r)} | "
                 f"{verdict(n, r['cpu_ms_per_article'] <= TARGETS['cpu_ms_per_article'])} |",
                 f"| peak RSS ≤ 1 GB | {at(n)}{r['peak_rss_tree_mb']:,} MB (PSS {r['peak_pss_tree_mb']:,} MB) | {_when(r)} | "
                 f"{verdict(n, r['peak_rss_tree_mb'] <= TARGETS['peak_rss_mb'])} |",
                 f"| store ≤ 2.5 GB | {at(n)}{r['store_mb']:,} MB | {_when(r)} | "
                 f"{verdict(n, r['store_mb'] <= TARGETS['store_mb'])} |"]
    else:
        rows += [none(t) for t in ("ingest ≥ 167 articles/s", "≤ 10 ms CPU per article", "peak RSS ≤ 1 GB",
                                   "store ≤ 2.5 GB")]
    if (got := pick(queries)) is not None:
        n, r = got
        scoped = {name: (v["app"]["p95_ms"] if "app" in v else v.get("timeout_s", 0) * 1000.0)
                  for name, v in r["queries"].items() if v.get("scoped") and ("app" in v or "timeout_s" in v)}
        bad = sorted(name for name, p95 in scoped.items() if p95 > TARGETS["scoped_p95_ms"])
        worst = max(scoped, key=scoped.__getitem__)
        rows.append(f"| every entity-scoped canned query p95 ≤ 50 ms | {at(n)}{len(scoped)} queries; worst `{worst}` "
                    f"{scoped[worst]:,.1f} ms{'; over: ' + ', '.join(bad) if bad else ''} | {_when(r)} "
                    f"| {verdict(n, not bad)} |")
    else:
        rows.append(none("every entity-scoped canned query p95 ≤ 50 ms"))
    if (got := pick(listings)) is not None:
        n, r = got
        first = {u: v["first_p95_ms"] for u, v in r["pages"].items()}
        again = {u: v["again_p95_ms"] for u, v in r["pages"].items()}
        worst_first, worst_again = max(first, key=first.__getitem__), max(again, key=again.__getitem__)
        bad = [u for u in first if first[u] > TARGETS["listing_p95_ms"]]
        rows.append(f"| every listing page and its .json p95 ≤ 200 ms | {at(n)}{len(first)} URLs; computed (first "
                    f"view): worst `{worst_first}` {first[worst_first]:,.0f} ms"
                    f"{'; over: ' + ', '.join(f'`{u}`' for u in bad) if bad else ''}; kept: worst "
                    f"{again[worst_again]:,.0f} ms | {_when(r)} | computed: {verdict(n, not bad)}; kept: "
                    f"{verdict(n, again[worst_again] <= TARGETS['listing_p95_ms'])} |")
        cold = r["cold_start"]
        rows.append(f"| cold start of `serve` ≤ 5 s | {at(n)}home page served {cold['home_served_median_s']} s (median), "
                    f"{cold['home_served_max_s']} s (worst of {len(r['starts'])}) | {_when(r)} "
                    f"| {verdict(n, cold['home_served_max_s'] <= TARGETS['cold_start_s'])} |")
    else:
        rows += [none("every listing page and its .json p95 ≤ 200 ms"), none("cold start of `serve` ≤ 5 s")]
    got = pick({k: v for k, v in web.items() if "p95_ms" in v["results"].get("mixed", {})})
    if got is not None:
        n, r = got
        mixed = r["results"]["mixed"]
        ok = mixed["p95_ms"] <= TARGETS["web_p95_ms"] and mixed["requests_per_s"] >= TARGETS["web_rps"] \
            and mixed["errors"] == 0
        rows.append(f"| mixed web load p95 ≤ 150 ms at ≥ 50 req/s | {at(n)}p95 {mixed['p95_ms']:,.0f} ms at "
                    f"{mixed['requests_per_s']} req/s, {mixed['errors']} errors ({r['connections']} connections) "
                    f"| {_when(r)} | {verdict(n, ok)} |")
    else:
        rows.append(none("mixed web load p95 ≤ 150 ms at ≥ 50 req/s"))
    return rows


def replicated_note() -> list[str]:
    """Which stores the query and web benchmarks used were built by bench/replicate.py, not by an ingest."""
    lines = []
    for path in sorted(OUT.glob("store-*.replicated.json")):
        r = json.loads(path.read_text())
        name = path.name.removesuffix(".replicated.json")
        lines.append(f"`bench/out/{name}` was built by `bench/replicate.py` from `{r['source']}` ({r['copies']} "
                     f"copies of each article graph, {r['articles']:,} article graphs, bulk load in "
                     f"{r['load_s']:,.0f} s), not by an ingest; the query and web figures at that size ran on it.")
    return [*lines, ""] if lines else []


def main(argv: list[str] | None = None) -> int:
    # Only --help: the report has no options, but `report.py --help` must not rewrite RESULTS.md.
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    ingest, queries, rdflib, web = _load("ingest-*.json"), _load("queries-*.json"), _load("rdflib-*.json"), \
        _load("web-*.json")
    engines = _load("engines-*.json")
    readmodel = _load("readmodel-*.json")
    firstload = _load("firstload-*.json")
    listings = _load("listings-*.json")
    analysis = (HERE / "analysis.md").read_text() if (HERE / "analysis.md").exists() else ""
    loads = sorted({f"{r.get('load_average_before', r.get('load_average', [0]))[0]:.1f}"
                    for r in [*ingest.values(), *queries.values(), *web.values()]})
    parts = ["# Benchmark results", "",
             "Generated by `bench/report.py` from `bench/out/*.json`; the commentary comes from `bench/analysis.md`.",
             "", "## Machine", "", *machine(),
             f"- One-minute load average when the runs started: {', '.join(loads)} (the machine is shared with "
             "other work; wall-clock figures are for what cscgraph got of two cores, CPU figures are its own).", "",
             "## Reproduce", "", "```sh", "apt-get install -y wrk            # the web load generator",
             "make bench                         # = .venv/bin/python bench/run.py (all stages below)",
             ".venv/bin/python bench/generate.py --articles 10000 --out bench/out/corpus-10000   # corpus alone",
             ".venv/bin/python bench/ingest.py --sizes 1000,10000,100000",
             ".venv/bin/python bench/ingest.py --sizes 100000 --no-reingest --compact   # and the store after "
             "`cscgraph compact`",
             ".venv/bin/python bench/queries.py --sizes 1000,10000,100000 --rdflib 1000",
             ".venv/bin/python bench/web.py --size 100000 --connections 32 --seconds 30",
             ".venv/bin/python bench/listings.py --size 100000 --starts 3   # serve's cold start, listing pages",
             ".venv/bin/python bench/listings.py --size 100000 --starts 3 --json-first   # each .json twin computed",
             "sudo .venv/bin/python bench/coldstart.py --size 100000 --runs 3 --baseline /tmp/base/src   # from a cold page cache",
             ".venv/bin/python bench/engines.py --size 1000 --runs 3   # needs Debian virtuoso-opensource-7-bin",
             ".venv/bin/python bench/engines.py --size 10000 --runs 1",
             ".venv/bin/python bench/readmodel.py --size 1000   # after bench/ingest.py --sizes 1000",
             ".venv/bin/python bench/readmodel.py --store STORE --size 10000 --baseline REV   # REV's code beside",
             ".venv/bin/python bench/size.py --size 10000 --baseline REV   # store and index bytes by part, REV beside",
             ".venv/bin/python bench/firstload.py --sizes 1000,10000 --runs 3   # bulk vs article by article",
             ".venv/bin/python bench/worker.py --articles 200 --passes 3   # a worker's CPU by part, one process",
             ".venv/bin/python bench/writer.py --articles 1000 --runs 3   # the ingest main process's CPU, workers "
             "replayed",
             ".venv/bin/python bench/extraction_cpu.py --set generated --passes 3   # extraction CPU, one process",
             ".venv/bin/python bench/report.py     # this file", "```", "",
             "## Targets", "", *targets_section(ingest, queries, web, listings), "",
             "## Ingest", "", *ingest_section(ingest), "",
             "## Canned queries", "", *replicated_note(), *queries_section(queries, rdflib), "",
             "## Web", "", *web_section(web), *listings_section(listings), "",
             "## Engines: embedded Oxigraph, `oxigraph serve`, Virtuoso", "", *engines_section(engines), "",
             "## Read model: listings from tables beside the store", "", *readmodel_section(readmodel), "",
             "## First loads: bulk path and article by article", "", *firstload_section(firstload), analysis]
    (HERE / "RESULTS.md").write_text("\n".join(parts).rstrip() + "\n")
    print(f"wrote {HERE / 'RESULTS.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
