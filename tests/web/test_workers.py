"""The endpoint's worker pool on a real store: snapshots reopened after writes, the time limit and memory cap."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cscgraph.errors import QueryError, QueryTimeout
from cscgraph.graph.namespaces import Minter
from cscgraph.settings import BASE_IRI
from cscgraph.store import EmbeddedStore, store_generation
from cscgraph.web.protocol import QueryRefused, check_read_only_query
from cscgraph.web.workers import WORKER_NICENESS, QueryOutOfMemory, QueryPool

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """A small store held read-write by this process, as the server holds it."""
    s = EmbeddedStore(tmp_path / "store", Minter(BASE_IRI))
    s.replace_graphs({f"{BASE_IRI}graph/article/a": f"<{BASE_IRI}article/a> <urn:x:p> \"one\" .\n"})
    yield s
    s.close()


def _count(pool: QueryPool) -> int:
    return int(pool.run(COUNT, timeout=30).rows[0]["n"].value)


def test_workers_see_writes_made_after_they_opened_the_store(store: EmbeddedStore) -> None:
    pool = QueryPool(store.path, BASE_IRI, size=1, memory_mb=0)
    try:
        before = _count(pool)
        generation = store_generation(store.path)
        store.replace_graphs({f"{BASE_IRI}graph/article/b": f"<{BASE_IRI}article/b> <urn:x:p> \"two\" .\n"})
        assert store_generation(store.path) == generation + 1
        assert _count(pool) == before + 1
    finally:
        pool.close()


def test_workers_run_at_a_lower_cpu_priority_than_the_server(store: EmbeddedStore) -> None:
    pool = QueryPool(store.path, BASE_IRI, size=2, memory_mb=0)
    try:
        _count(pool)  # a worker has loaded and answered
        workers = [p for p in multiprocessing.active_children() if p.name == "cscgraph-sparql-worker"]
        assert len(workers) == 2
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(os.getpriority(os.PRIO_PROCESS, p.pid) == ours for p in workers):
            time.sleep(0.1)  # the second worker may still be loading
        assert {os.getpriority(os.PRIO_PROCESS, p.pid) for p in workers} == {min(19, ours + WORKER_NICENESS)}
    finally:
        pool.close()


def test_timeout_kills_the_worker_and_a_new_one_answers(store: EmbeddedStore) -> None:
    # enough triples that a four-way cross product runs far past the limit
    store.replace_graphs({f"{BASE_IRI}graph/article/c": "".join(
        f"<urn:x:s{i}> <urn:x:p> \"{i}\" .\n" for i in range(400))})
    pool = QueryPool(store.path, BASE_IRI, size=1, memory_mb=0)
    try:
        _count(pool)
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="time limit"):
            pool.run("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", timeout=1)
        assert time.monotonic() - started < 5
        assert _count(pool) > 400
    finally:
        pool.close()


@pytest.mark.slow
def test_memory_cap_stops_a_query_that_would_exhaust_memory(store: EmbeddedStore) -> None:
    store.replace_graphs({f"{BASE_IRI}graph/article/d": "".join(
        f"<urn:x:s{i}> <urn:x:p> \"{'x' * 40}{i}\" .\n" for i in range(3000))})
    pool = QueryPool(store.path, BASE_IRI, size=1, memory_mb=600)
    try:
        _count(pool)
        # sorting a 9-million-row cross product must materialise it: far more than 600 MB
        with pytest.raises(QueryOutOfMemory, match="600 MB"):
            pool.run("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f", timeout=120)
        assert _count(pool) > 3000, "a fresh worker took the dead one's place"
    finally:
        pool.close()


def test_syntax_errors_come_back_as_query_errors(store: EmbeddedStore) -> None:
    pool = QueryPool(store.path, BASE_IRI, size=1, memory_mb=0)
    try:
        with pytest.raises(QueryError, match="syntax error"):
            pool.run("SELECT ?x WHERE {", timeout=10)
        assert _count(pool) >= 1
    finally:
        pool.close()


@pytest.mark.parametrize("text", [
    'SELECT * { ?s ?p "SERVICE <x:y>" }',
    "SELECT * { ?s ?p ?o } # SERVICE <http://x/>",
    "PREFIX ex: <urn:x:> SELECT * { ?s ex:SERVICE ?o }",
    "SELECT ?service { ?service ?p ?o }",
    "SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
])
def test_not_a_service_call(text: str) -> None:
    assert check_read_only_query(text)[0] == text


@pytest.mark.parametrize("text", [
    "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
    "select * { optional { service silent ?endpoint { ?s ?p ?o } } }",
    'SELECT * { ?s ?p "x" . SERVICE <http://x/> { ?s ?p ?o } }',
    "SELECT * { \\U00000053ERVICE <http://x/> { ?s ?p ?o } }",
])
def test_service_call(text: str) -> None:
    with pytest.raises(QueryRefused):
        check_read_only_query(text)


@pytest.mark.parametrize("text,verb", [
    ("INSERT DATA { <a:b> <a:b> <a:b> }", "INSERTDATA"),
    ("PREFIX x: <urn:x:>\nBASE <urn:y:>\n# comment\nDELETE WHERE { ?s ?p ?o }", "DELETEWHERE"),
    ("load <http://example.org/x.ttl> INTO GRAPH <urn:g>", "LOAD"),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "MODIFY"),
])
def test_updates_are_recognised_for_the_refusal_message(text: str, verb: str) -> None:
    with pytest.raises(QueryRefused, match=rf"\({verb}\)"):
        check_read_only_query(text)


def test_a_bad_query_is_not_called_an_update() -> None:
    with pytest.raises(QueryError) as raised:
        check_read_only_query("SELECT ?x WHERE {")
    assert not isinstance(raised.value, QueryRefused)


@pytest.mark.slow
def test_a_worker_that_reported_running_out_of_memory_is_replaced(store: EmbeddedStore) -> None:
    """Regression: a worker that caught a failed allocation went back to the pool with its heap near the cap, and
    the next query it took died."""
    store.replace_graphs({f"{BASE_IRI}graph/article/e": "".join(
        f"<urn:x:s{i}> <urn:x:p> \"{'y' * 40}{i}\" .\n" for i in range(3000))})
    pool = QueryPool(store.path, BASE_IRI, size=1, memory_mb=600)
    try:
        for _ in range(2):
            with pytest.raises(QueryOutOfMemory):
                pool.run("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f", timeout=120)
            for _ in range(3):
                assert _count(pool) > 3000
    finally:
        pool.close()
