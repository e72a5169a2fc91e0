"""The explorer's shared state over a real store: names, links, and errors that are safe to hand across threads."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import cscgraph.web.explorer as explorer_module
import cscgraph.web.values as values_module
from cscgraph.errors import QueryTimeout
from cscgraph.graph.namespaces import Minter
from cscgraph.pipeline import graph_stats
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import EmbeddedStore
from cscgraph.web.explorer import Explorer

LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


@pytest.fixture()
def explorer(tmp_path: Path) -> Iterator[Explorer]:
    store = EmbeddedStore(tmp_path / "store", Minter(BASE_IRI))
    store.replace_graphs({f"{BASE_IRI}graph/reference": "".join(
        f"<{BASE_IRI}person/p{i}> {LABEL} \"Person {i}\" .\n" for i in range(500)) + (
        f"<{BASE_IRI}measure/staying-close> {LABEL} \"Staying Close\" .\n")})
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "search.sqlite"))
    e = Explorer(settings, store)
    yield e
    e.close()
    store.close()


def test_names_links_and_fallbacks(explorer: Explorer) -> None:
    assert explorer.label(f"{BASE_IRI}measure/staying-close") == "Staying Close"
    assert explorer.label(f"{BASE_IRI}person/nobody-known") == "nobody known"
    assert explorer.href(f"{BASE_IRI}measure/staying-close") == "/measure/staying-close"
    assert explorer.href(f"{BASE_IRI}article/a/sentence/10-20") == "/article/a?highlight=10-20#s-10-20"
    assert explorer.href(f"{BASE_IRI}article/a/quote/3") == "/article/a#quote-3"
    assert explorer.href("https://example.org/x") == "https://example.org/x"
    assert explorer.evidence_href(f"{BASE_IRI}article/a", 5, 9) == "/article/a?highlight=5-9#s-5-9"
    assert [label for _, label, _ in explorer.entities_of("person")][:2] == ["Person 0", "Person 1"]


def test_names_follow_writes(explorer: Explorer, monkeypatch: pytest.MonkeyPatch) -> None:
    assert explorer.label(f"{BASE_IRI}measure/family-help") == "family help"
    explorer.store.replace_graphs({f"{BASE_IRI}graph/article/x":
                                   f"<{BASE_IRI}measure/family-help> {LABEL} \"Family Help\" .\n"})
    explorer.values._generation_at = (0, float("-inf"))  # as if a second had passed
    assert explorer.label(f"{BASE_IRI}measure/family-help") == "Family Help"


def test_a_page_query_error_can_be_dropped_on_another_thread(explorer: Explorer,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: a page query that timed out raised in a request thread with pyoxigraph's half-read answer in
    its traceback; Starlette cleared the traceback on the event loop thread and pyoxigraph refused ("unsendable,
    but is being dropped on another thread"), so the request never got its error page."""
    monkeypatch.setattr(explorer_module, "_PAGE_QUERY_SECONDS", 1e-9)
    monkeypatch.setattr(explorer, "settings", Settings(store=explorer.settings.store, query_timeout=1e-9))
    with ThreadPoolExecutor(1) as pool:
        error = pool.submit(explorer.rows, "entity-catalogue").exception()
    assert isinstance(error, QueryTimeout) and "entity-catalogue" in str(error)
    error.__traceback__ = None  # what Starlette's exception handler does, on another thread
    del error
    gc.collect()


def test_cached_data_is_computed_once_per_store_generation(explorer: Explorer) -> None:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(lambda _: explorer.values.cached("k", compute), range(32))) == {1}
    assert explorer.values.cached("other", compute) == 2
    explorer.store.replace_graphs({f"{BASE_IRI}graph/article/y": f"<{BASE_IRI}measure/m> {LABEL} \"M\" .\n"})
    explorer.values._generation_at = (0, float("-inf"))  # as if a second had passed
    assert explorer.values.cached("k", compute) == 3


def test_the_cache_keeps_the_most_recently_used(explorer: Explorer) -> None:
    small = Explorer(explorer.settings, explorer.store, cached_values=2)
    for key in ("a", "b", "a", "c"):  # "b" is the least recently used when "c" comes
        small.values.cached(key, lambda: key)
    assert small.values.cached("a", lambda: "again") == "a"
    assert small.values.cached("b", lambda: "again") == "again"
    small.close()


def test_a_value_keep_refuses_is_returned_but_computed_again(explorer: Explorer) -> None:
    calls: list[str] = []

    def compute(size: int) -> str:
        calls.append("x")
        return "x" * size

    for size in (10, 10, 5000, 5000):
        assert explorer.values.cached(("answer", size), lambda: compute(size), keep=lambda v: len(v) < 1000) == "x" * size
    assert len(calls) == 3  # the small answer once, the big one each time


def test_a_write_is_followed_by_one_background_computation_that_requests_wait_for(
        explorer: Explorer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two requests arriving after a write, while the warming thread computes, get its value: one computation."""
    monkeypatch.setattr(values_module, "WARM_POLL", 0.01)
    threads: list[str] = []
    warming, release = threading.Event(), threading.Event()

    def compute() -> int:
        threads.append(threading.current_thread().name)
        if len(threads) == 2:
            warming.set()
            assert release.wait(30)
        return len(threads)

    assert explorer.values.cached("page", compute, warm=True) == 1
    explorer.store.replace_graphs({f"{BASE_IRI}graph/article/z": f"<{BASE_IRI}measure/m> {LABEL} \"M\" .\n"})
    explorer.values._generation_at = (0, float("-inf"))  # as if a second had passed
    assert warming.wait(30), "no computation started after the write"
    with ThreadPoolExecutor(2) as pool:
        requests = [pool.submit(explorer.values.cached, "page", compute) for _ in range(2)]
        release.set()
        assert [r.result(30) for r in requests] == [2, 2]
    assert threads == [threading.current_thread().name, "cscgraph-warm"]


def test_lineage_edges_from_the_index_are_the_rows_of_the_canned_query(corpus_settings: Settings,
                                                                       corpus_store: EmbeddedStore) -> None:
    """Two ways to the same rows: `lineage-edges` joins every evidence link in the store; `Explorer.lineage_edges`
    groups the claims kept beside it and adds the curated edges and the names. Same rows, same order."""
    explorer = Explorer(corpus_settings, corpus_store)
    try:
        canned = explorer.rows("lineage-edges")
        assert any(r["curated"] == "true" for r in canned) and any(int(r["sentences"]) > 1 for r in canned)
        assert explorer.lineage_edges() == canned
    finally:
        explorer.close()


def test_the_quads_summed_from_the_index_are_the_quads_a_scan_counts(corpus_settings: Settings,
                                                                     corpus_store: EmbeddedStore) -> None:
    explorer = Explorer(corpus_settings, corpus_store)
    try:
        assert explorer.stats() == graph_stats(corpus_store)
    finally:
        explorer.close()

