"""Values computed from a real store, kept until it is next written, computed once by many threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import cscgraph.web.values as values_module
from cscgraph.settings import BASE_IRI
from cscgraph.web.explorer import Explorer
from cscgraph.web.values import StoreValues
from tests.web.conftest import LABEL


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
    small = StoreValues(explorer.store, size=2)
    for key in ("a", "b", "a", "c"):  # "b" is the least recently used when "c" comes
        small.cached(key, lambda: key)
    assert small.cached("a", lambda: "again") == "a"
    assert small.cached("b", lambda: "again") == "again"
    small.close(timeout=1)


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


def test_a_write_before_the_warming_thread_first_runs_is_still_followed(explorer: Explorer,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The warming thread may be scheduled late: a write after `cached(warm=True)` returned but before the thread
    first ran must still be followed by a recomputation (it used to take that write's generation as already seen)."""
    monkeypatch.setattr(values_module, "WARM_POLL", 0.01)
    values = StoreValues(explorer.store)
    held: list[threading.Thread] = []
    real_start = threading.Thread.start

    def held_start(thread: threading.Thread) -> None:
        if thread.name == "cscgraph-warm":
            held.append(thread)  # started by the test, after the write
        else:
            real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", held_start)
    computed = threading.Event()
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        if len(calls) == 2:
            computed.set()
        return len(calls)

    try:
        assert values.cached("late", compute, warm=True) == 1
        explorer.store.replace_graphs({f"{BASE_IRI}graph/article/late": f"<{BASE_IRI}measure/l> {LABEL} \"L\" .\n"})
        values._generation_at = (0, float("-inf"))  # as if a second had passed
        (thread,) = held
        real_start(thread)
        assert computed.wait(10), "the write before the thread first ran was never followed by a computation"
    finally:
        values.close(timeout=1)
