"""Regression: one client could starve the endpoint. A burst of heavy queries from one address took every query
slot and worker, and a trivial ASK from another address waited 11–21 s (or was refused). Now slots are shared
round-robin across client addresses and no address holds every worker. Bounded: 20 heavy queries that each stop
at a 2 s time limit, 5 probes, all on loopback (the probes come from 127.0.0.2)."""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import Served, generated_items, rss_feed, run_cli

# A cross product of every triple with itself four times over: never finishes within the time limit.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
BURST, PROBES = 20, 5


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("fair")
    (root / "feed.xml").write_bytes(rss_feed(generated_items(20, seed=41)))
    assert run_cli("--store", root / "store", "ingest", "--quiet", root / "feed.xml").returncode == 0
    server = Served(Path(root / "store"), "--query-timeout", "2")
    yield server
    server.stop()


def test_cheap_queries_from_another_client_are_answered_during_a_heavy_burst(served: Served) -> None:
    def heavy(_: int) -> tuple[int, float]:
        with httpx.Client(timeout=120) as client:
            status = client.get(f"{served.url}/sparql", params={"query": HEAVY}).status_code
        return status, time.monotonic()

    with concurrent.futures.ThreadPoolExecutor(max_workers=BURST) as pool:
        burst = [pool.submit(heavy, n) for n in range(BURST)]
        time.sleep(0.5)  # the burst is in: its queries hold or wait for the slots
        probes: list[tuple[int, float]] = []
        with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"), timeout=60) as other:
            for n in range(PROBES):
                answer = other.get(f"{served.url}/sparql", params={"query": f"ASK {{ FILTER({n} = {n}) }}"},
                                   headers={"Accept": "application/sparql-results+json"})
                probes.append((answer.status_code, time.monotonic()))
                assert answer.status_code != 200 or answer.json() == {"head": {}, "boolean": True}
        ends = [future.result() for future in burst]
    assert [status for status, _ in probes] == [200] * PROBES
    assert {status for status, _ in ends} <= {503}  # each heavy query stopped at the time limit or by the line
    # every probe was answered while the burst was still being worked through
    assert max(at for _, at in probes) < max(at for _, at in ends)
    assert served.process.poll() is None
