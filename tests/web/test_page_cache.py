"""Pages and endpoint answers are kept until the store is next written: a repeat read runs no store query, and a
write is seen by the next read. The server (uvicorn on 127.0.0.1) runs in a thread of the test's process, so the
store's queries can be counted."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

import cscgraph.web.pages as pages_module
import cscgraph.web.views.sparql as sparql_view
from cscgraph.pipeline import ingest
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import EmbeddedStore, Results, Term, open_store
from cscgraph.web import create_app
from tests.web.conftest import serving_in_thread

FIXTURES = Path(__file__).resolve().parent / "fixtures"
POLICY = "/policy/stable-homes-built-on-love"
ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
QUERY = f"SELECT ?name WHERE {{ <%spolicy/stable-homes-built-on-love> {ALT_LABEL} ?name }}"


class CountingStore:
    """An embedded store whose queries are counted (the app must see the store itself: it reads the store's
    generation from its folder)."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.inner, self.queries = store, 0
        query = store.query

        def counted(sparql: str, bindings: Mapping[str, Term] | None = None, **kwargs: Any) -> Results:
            self.queries += 1
            return query(sparql, bindings, **kwargs)

        store.query = counted  # type: ignore[method-assign]


@pytest.fixture()
def app(tmp_path: Path) -> Iterator[tuple[httpx.Client, CountingStore]]:
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "search.sqlite"), workers=1)
    store = open_store(settings)
    assert ingest(store, settings, [FIXTURES]).ok
    counting = CountingStore(store)  # type: ignore[arg-type]
    try:
        with serving_in_thread(create_app(settings, store, query_workers=False)) as client:
            yield client, counting
    finally:
        store.close()


def _written(store: CountingStore, label: str) -> None:
    """A write to the store, as an ingest makes it (the server sees it within a second: `StoreValues.generation`)."""
    store.inner.replace_graphs({f"{BASE_IRI}graph/article/cache-test": (
        f"<{BASE_IRI}policy/stable-homes-built-on-love> {ALT_LABEL} \"{label}\" .\n")})
    time.sleep(1.1)


def test_an_entity_page_read_again_runs_no_query_until_the_store_is_written(app: tuple[httpx.Client, Any]) -> None:
    client, store = app
    first = client.get(POLICY)
    assert first.status_code == 200 and "Stable Homes" in first.text
    before = store.queries
    again = client.get(POLICY)
    assert (again.status_code, again.text, store.queries) == (200, first.text, before)
    assert client.get(POLICY + ".json").json()["label"]  # the JSON twin is kept apart from the HTML
    _written(store, "A label written after the first read")
    assert "A label written after the first read" in client.get(POLICY).text


def test_an_unknown_entity_is_a_404_every_time(app: tuple[httpx.Client, Any]) -> None:
    client, store = app
    assert client.get("/policy/no-such-policy").status_code == 404
    before = store.queries
    assert client.get("/policy/no-such-policy").status_code == 404
    assert store.queries > before  # an error page is not kept


def test_the_endpoint_answers_a_repeated_query_from_its_cache(app: tuple[httpx.Client, Any],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    client, store = app
    ask = {"params": {"query": QUERY % BASE_IRI}, "headers": {"Accept": "application/sparql-results+json"}}
    first = client.get("/sparql", **ask)
    assert first.status_code == 200 and first.headers["content-type"].startswith("application/sparql-results+json")
    before = store.queries
    again = client.get("/sparql", **ask)
    assert (again.content, again.headers["content-type"], store.queries) == (
        first.content, first.headers["content-type"], before)
    as_csv = client.get("/sparql", params=ask["params"], headers={"Accept": "text/csv"})
    assert as_csv.text.startswith("name") and store.queries == before + 1  # another format is another answer
    _written(store, "Renamed")
    assert "Renamed" in client.get("/sparql", **ask).text
    monkeypatch.setattr(sparql_view, "CACHED_ANSWER_BYTES", 10)  # every answer is now too big to keep
    big = {**ask, "params": {"query": QUERY % BASE_IRI + " LIMIT 5"}}
    before = store.queries
    assert [client.get("/sparql", **big).status_code for _ in range(2)] == [200, 200]
    assert store.queries == before + 2



def test_the_lineage_page_is_kept_at_its_own_url_however_large_but_not_under_a_query(
        app: tuple[httpx.Client, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = app
    monkeypatch.setattr(pages_module, "CACHED_PAGE_BYTES", 10)  # every other page is now too big to keep
    renders: list[str] = []
    html = pages_module.Pages.html
    monkeypatch.setattr(pages_module.Pages, "html",
                        lambda self, request, page: renders.append(str(request.url)) or html(self, request, page))
    assert [client.get("/lineage").status_code for _ in range(3)] == [200, 200, 200]
    assert len(renders) == 1  # rendered once, then kept
    assert [client.get("/lineage", params={"any": "thing"}).status_code for _ in range(2)] == [200, 200]
    assert len(renders) == 3  # a query string of the client's choosing keeps nothing that large
    assert [client.get(POLICY).status_code for _ in range(2)] == [200, 200]
    assert len(renders) == 5
