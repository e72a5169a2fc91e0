"""Documents and measures found only in article text are shown beside curated ones on /lineage and on their own
pages, marked "found in text" (issue 14's done-when): a real server over a store holding one article of our own,
which names a budget and a pilot that reference data does not hold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cscgraph.pipeline import ingest
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import open_store
from tests.web.conftest import Server, running_server

BASE = "https://w3id.org/cscgraph/"
ARTICLE = """Title: Northby unveils kinship mentors
URL: https://example.org/news/2025/03/02/northby-kinship-mentors
Published: 2 March 2025
Publisher: Example Local News

The Northby Kinship Mentor Pilot was set out in the Spring 2025 Budget, the council said.

The Northby Kinship Mentor Pilot is testing kinship care leave in ten areas.
"""
BUDGET = f"{BASE}policy/spring-2025-budget"
PILOT = f"{BASE}programme/northby-kinship-mentor-pilot"
FOUND_NOTE = "Found in article text; not in the curated reference data"


@pytest.fixture(scope="module")
def found_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("found-documents")
    (folder / "northby.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings(store=str(folder / "store"), search_index=str(folder / "search.sqlite"), workers=1)
    store = open_store(settings)
    index = SearchIndex(Path(settings.search_index))
    assert ingest(store, settings, [folder / "northby.txt"], search=index).ok
    index.sync(store)
    index.close()
    store.close()
    with running_server(settings, folder) as running:
        yield running


def test_lineage_shows_found_documents_beside_curated_ones_marked_as_such(found_server: Server) -> None:
    with found_server.client() as client:
        data = client.get("/lineage.json").json()
        html = client.get("/lineage").text
    budget = next(d for d in data["unconnected"] if d["iri"] == BUDGET)
    assert budget["curated"] is False
    assert all(d["curated"] for d in data["documents"])  # the curated chain, drawn
    listed = html[html.index('class="unconnected"'):]
    entry = listed[listed.index(f'href="{budget["href"]}"'):]
    assert entry[:entry.index("</li>")].count('class="found-in-text"') == 1
    leave = next(m for m in data["measures"] if m["measure"] == f"{BASE}measure/kinship-care-leave")
    assert leave["curated"] is True
    step = next(s for s in leave["steps"] if s["actor"] == PILOT)
    assert step["actorCurated"] is False
    row = html[html.index(f'id="measure-kinship-care-leave"'):]
    row = row[:row.index("</tr>")]
    actor = row[row.index(f'href="{step["actorHref"]}"'):]
    assert actor[:actor.index("</li>")].count('class="found-in-text"') == 1
    assert row[:row.index("</th>")].count('class="found-in-text"') == 0


def test_found_documents_and_measures_say_so_on_their_pages(found_server: Server) -> None:
    with found_server.client() as client:
        for iri in (BUDGET, PILOT):
            assert FOUND_NOTE in client.get("/" + iri.removeprefix(BASE)).text, iri
        assert FOUND_NOTE not in client.get("/policy/stable-homes-built-on-love").text
        assert FOUND_NOTE not in client.get("/measure/kinship-care-leave").text
