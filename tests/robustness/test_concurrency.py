"""One writer at a time, and the web process only reads.

`cscgraph serve` opens the store read-only and follows the writer; `cscgraph ingest` writes directly while it
runs. Pages are polled the whole time and must all answer 200; after `ingest` exits the new articles must appear
in the endpoint, the search and the article pages (asserted: within 10 s). A second writer waits for the first, or
fails with a clear message having stored nothing; nothing is queued to be applied later.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from cscgraph.settings import Settings
from cscgraph.store import open_store

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
        assert "60 new" in done.stdout
        while article_count(server.url) < 70 and time.monotonic() - finished < LAG_LIMIT:
            time.sleep(0.1)
        lag = time.monotonic() - finished
    finally:
        stop.set()
        poller.join(timeout=60)
    print(f"pages answered during ingest: {len(statuses)}; lag after ingest: {lag:.2f}s")
    assert article_count(server.url) == 70 and lag < LAG_LIMIT
    assert statuses and set(statuses) == {200}
    hits = httpx.get(f"{server.url}/search.json", params={"q": "batch 102"}, timeout=30).json()
    assert "102" in str(hits)
    page = httpx.get(f"{server.url}/article/news-example-org--2024-story-102-5", timeout=30)
    assert page.status_code == 200 and "Story 5 from batch 102" in page.text


def test_the_server_holds_no_write_lock(served_store) -> None:  # noqa: ANN001
    """Regression: `serve` held the store for writing, so an ingest queued its writes for the server to apply,
    said "new" for articles it had not stored, and a stale queued file could later revert a newer article."""
    server, tmp_path = served_store
    more = tmp_path / "more.xml"
    more.write_bytes(rss_feed(generated_items(2, seed=9)))
    done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", "--wait", "0", more)
    assert done.returncode == 0 and "2 new" in done.stdout, done.stderr
    assert not (tmp_path / "store.inbox").exists()
    query = run_cli("--store", tmp_path / "store", "query", "-", "--format", "csv",
                    stdin="SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }")
    assert query.returncode == 0 and query.stdout.split() == ["n", "12"]


def _held(tmp_path: Path):  # noqa: ANN202 - the store held for writing by this test process
    return open_store(Settings(store=str(tmp_path / "store")))


def test_a_second_writer_fails_clearly_and_stores_nothing_when_waiting_runs_out(tmp_path: Path) -> None:
    first = tmp_path / "first.xml"
    first.write_bytes(rss_feed(generated_items(3, seed=1)))
    assert run_cli("--store", tmp_path / "store", "ingest", "--quiet", first).returncode == 0
    newer = tmp_path / "newer.xml"
    newer.write_bytes(rss_feed(generated_items(3, seed=1)).replace(b"Story", b"Revised story"))
    holder = _held(tmp_path)
    try:
        busy = run_cli("--store", tmp_path / "store", "ingest", "--quiet", "--wait", "1", newer)
        reader = run_cli("--store", tmp_path / "store", "stats")  # readers are not held up by a writer
    finally:
        holder.close()
    assert busy.returncode == 1 and "another process is writing to the store" in busy.stderr
    assert "new" not in busy.stdout and len(busy.stderr.strip().splitlines()) == 1
    assert reader.returncode == 0 and "articles" in reader.stdout
    titles = "SELECT ?t WHERE { ?a <https://schema.org/headline> ?t }"
    after = run_cli("--store", tmp_path / "store", "query", "-", "--format", "csv", stdin=titles)
    assert "Revised" not in after.stdout  # nothing was queued to be applied later
    assert run_cli("--store", tmp_path / "store", "ingest", "--quiet", newer).stdout.startswith("0 new, 3 updated")


def test_a_second_writer_waits_for_the_first_then_stores(tmp_path: Path) -> None:
    first = tmp_path / "first.xml"
    first.write_bytes(rss_feed(generated_items(3, seed=1)))
    assert run_cli("--store", tmp_path / "store", "ingest", "--quiet", first).returncode == 0
    more = tmp_path / "more.xml"
    more.write_bytes(rss_feed(generated_items(4, seed=5)))
    holder = _held(tmp_path)
    released = threading.Timer(2.0, holder.close)
    released.start()
    try:
        done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", "--wait", "60", more)
    finally:
        released.join()
    assert done.returncode == 0 and done.stdout.startswith("4 new"), done.stderr


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
