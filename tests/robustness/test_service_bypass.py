"""Regression: the SERVICE ban was a text scan, and a comment ended by a carriage return got a SERVICE call past
it, so the server fetched from any address a query named. Every attempt below must be refused (403, or 400 for a
text that is not a query) by a real `cscgraph serve`, and a listener on 127.0.0.1 must receive nothing."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.robustness.conftest import Served, generated_items, rss_feed, run_cli


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP listener on 127.0.0.1 that records every connection's first bytes."""
    received: list[bytes] = []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    received.append(conn.recv(4096) or b"(connected)")
                except OSError:
                    received.append(b"(connected)")
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], received
    stop.set()
    thread.join(timeout=2)
    sock.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("bypass")
    (root / "feed.xml").write_bytes(rss_feed(generated_items(5, seed=11)))
    assert run_cli("--store", root / "store", "ingest", "--quiet", root / "feed.xml").returncode == 0
    server = Served(Path(root / "store"))
    yield server
    server.stop()


ATTEMPTS = {
    "comment ended by CR": "SELECT * WHERE { #\rSERVICE <{L}> { ?s ?p ?o }\n ?s ?p ?o }",
    "comment ended by CR, braces balanced for a text scan": "SELECT * WHERE { #\rSERVICE <{L}> { ?s ?p ?o } }",
    "escaped CR in a comment": "SELECT * WHERE { #\\u000DSERVICE <{L}> { ?s ?p ?o } }",
    "escaped S": "SELECT * WHERE { \\u0053ERVICE <{L}> { ?s ?p ?o } }",
    "long escape": "SELECT * WHERE { \\U00000053ERVICE <{L}> { ?s ?p ?o } }",
    "lower case": "select * where { service <{L}> { ?s ?p ?o } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <{L}> { ?s ?p ?o } }",
    "variable endpoint": "SELECT * WHERE { BIND(<{L}> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "in EXISTS": "SELECT * WHERE { BIND(1 AS ?x) FILTER EXISTS { SERVICE <{L}> { ?s ?p ?o } } }",
    "in NOT EXISTS": "SELECT * WHERE { BIND(1 AS ?x) FILTER NOT EXISTS { SERVICE <{L}> { ?s ?p ?o } } }",
    "in MINUS": "SELECT * WHERE { BIND(1 AS ?x) MINUS { SERVICE <{L}> { ?x ?p ?o } } }",
    "in a sub-select": "SELECT * WHERE { { SELECT * WHERE { SERVICE <{L}> { ?s ?p ?o } } } }",
    "in OPTIONAL": "SELECT * WHERE { BIND(1 AS ?x) OPTIONAL { SERVICE <{L}> { ?s ?p ?o } } }",
    "in GRAPH": "SELECT * WHERE { GRAPH ?g { SERVICE <{L}> { ?s ?p ?o } } }",
    "in UNION": "SELECT * WHERE { { BIND(1 AS ?x) } UNION { SERVICE <{L}> { ?s ?p ?o } } }",
    "in CONSTRUCT": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{L}> { ?s ?p ?o } }",
    "in ASK": "ASK { SERVICE <{L}> { ?s ?p ?o } }",
    "in DESCRIBE": "DESCRIBE ?s WHERE { SERVICE <{L}> { ?s ?p ?o } }",
    "CRLF line ends": "PREFIX ex: <urn:x:>\r\nSELECT * WHERE {\r\n SERVICE <{L}> { ?s ?p ?o }\r\n}",
}


@pytest.mark.parametrize("method", ["GET", "POST-form", "POST-direct"])
@pytest.mark.parametrize("name", list(ATTEMPTS))
def test_no_service_attempt_runs_or_reaches_the_listener(served: Served, listener, name: str, method: str) -> None:  # type: ignore
    port, received = listener
    query = ATTEMPTS[name].replace("{L}", f"http://127.0.0.1:{port}/sparql")
    before = len(received)
    with httpx.Client(base_url=served.url, timeout=30) as client:
        if method == "GET":
            response = client.get("/sparql", params={"query": query})
        elif method == "POST-form":
            response = client.post("/sparql", data={"query": query})
        else:
            response = client.post("/sparql", content=query.encode(),
                                   headers={"Content-Type": "application/sparql-query"})
    assert response.status_code in (400, 403), (name, response.status_code, response.text[:200])
    assert f"127.0.0.1:{port}" not in response.text
    assert len(received) == before, f"{name}: the server connected to the listener: {received[before:]}"


def test_an_escaped_hash_comments_the_call_out_for_both_parsers(served: Served, listener) -> None:  # type: ignore
    """`\\u0023` is `#` once escapes are decoded (SPARQL 1.1 §19.2): the SERVICE call is inside a comment for the
    check and for the store alike, so the query runs without it."""
    port, received = listener
    before = len(received)
    query = f"SELECT * WHERE {{ \\u0023 SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }}\n ?s ?p ?o }} LIMIT 1"
    response = httpx.get(f"{served.url}/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 200 and len(received) == before


def test_a_query_naming_service_only_in_text_still_runs(served: Served) -> None:
    query = 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:1/>" AS ?x) } # SERVICE'
    response = httpx.get(f"{served.url}/sparql", params={"query": query},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["x"]["value"].startswith("SERVICE")
