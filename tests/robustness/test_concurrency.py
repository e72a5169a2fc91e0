"""`cscgraph serve` keeps serving while `cscgraph ingest` writes, and shows the new articles without a restart.

The server holds the embedded store for writing; `ingest` finds it locked and hands its writes over through
`<store>.inbox/` (see `cscgraph.inbox`), which the server applies within `POLL_SECONDS`. Pages are polled the
whole time and must all answer 200; after `ingest` exits the new articles must appear in the endpoint, the
search and the article pages within `POLL_SECONDS` plus apply time (asserted: under 10 s).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from cscgraph.inbox import POLL_SECONDS, Inbox, inbox_path

from .conftest import Served, generated_items, rss_feed, run_cli

COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
PAGES = ["/", "/articles", "/search?q=council", "/quotes", "/sparql?query=" + COUNT_ARTICLES.replace(" ", "+")]
LAG_LIMIT = 10.0


def article_count(url: str) -> int:
    answer = httpx.get(f"{url}/sparql", params={"query": COUNT_ARTICLES},
                       headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert answer.status_code == 200, answer.text[:500]
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def served_store(tmp_path: Path):  # noqa: ANN201
    first = tmp_path / "first.xml"
    first.write_bytes(rss_feed(generated_items(10, seed=1)))
    assert run_cli("--store", tmp_path / "store", "ingest", "--quiet", first).returncode == 0
    server = Served(tmp_path / "store")
    yield server, tmp_path
    server.stop()


def test_serve_keeps_answering_during_ingest_and_sees_new_articles_without_restart(served_store) -> None:  # noqa: ANN001
    server, tmp_path = served_store
    assert article_count(server.url) == 10
    second = tmp_path / "second"
    second.mkdir()
    for batch in range(3):
        (second / f"feed{batch}.xml").write_bytes(rss_feed(generated_items(20, seed=100 + batch)))
    statuses: list[int] = []
    stop = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            while not stop.is_set() and len(statuses) < 2_000:
                for page in PAGES:
                    statuses.append(client.get(page).status_code)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", second)
        finished = time.monotonic()
        assert done.returncode == 0, done.stderr
        assert "held by a running server" in done.stderr and "60 new" in done.stdout
        while article_count(server.url) < 70 and time.monotonic() - finished < LAG_LIMIT:
            time.sleep(0.1)
        lag = time.monotonic() - finished
    finally:
        stop.set()
        poller.join(timeout=60)
    print(f"pages answered during ingest: {len(statuses)}; lag after ingest: {lag:.2f}s (poll {POLL_SECONDS}s)")
    assert article_count(server.url) == 70 and lag < LAG_LIMIT
    assert statuses and set(statuses) == {200}
    assert Inbox(inbox_path(tmp_path / "store")).pending() == []
    hits = httpx.get(f"{server.url}/search.json", params={"q": "batch 102"}, timeout=30).json()
    assert "102" in str(hits)
    page = httpx.get(f"{server.url}/article/2024-story-102-5", timeout=30)
    assert page.status_code == 200 and "Story 5 from batch 102" in page.text


def test_rerunning_the_same_ingest_while_serving_queues_nothing(served_store) -> None:  # noqa: ANN001
    server, tmp_path = served_store
    first = tmp_path / "first.xml"
    done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", first)
    assert done.returncode == 0 and "10 unchanged" in done.stdout and "0 write(s) queued" in done.stderr


def test_inbox_file_that_is_not_json_is_set_aside_and_the_rest_applied(served_store) -> None:  # noqa: ANN001
    server, tmp_path = served_store
    inbox = Inbox(inbox_path(tmp_path / "store"))
    inbox.path.mkdir(exist_ok=True)
    (inbox.path / "00000000000000000001-1-000001.json").write_text("{ not json")
    more = tmp_path / "more.xml"
    more.write_bytes(rss_feed(generated_items(2, seed=9)))
    assert run_cli("--store", tmp_path / "store", "ingest", "--quiet", more).returncode == 0
    deadline = time.monotonic() + LAG_LIMIT
    while article_count(server.url) < 12 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert article_count(server.url) == 12
    assert (inbox.path / "rejected" / "00000000000000000001-1-000001.json.reason").exists()


def test_closing_a_store_twice_is_harmless(tmp_path: Path) -> None:
    # Regression: a query worker whose reopen failed closed its old store again on the next query, and every
    # later query failed with "AttributeError: 'EmbeddedStore' object has no attribute '_store'" (503).
    from cscgraph.settings import Settings
    from cscgraph.store import open_store
    store = open_store(Settings(store=str(tmp_path / "store")))
    store.close()
    store.close()
    view = open_store(Settings(store=str(tmp_path / "store")), read_only=True)
    view.close()
    view.close()
