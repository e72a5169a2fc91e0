"""Atom feeds of what is new: valid for a real parser (feedparser), stable entry ids, links to evidence, and a new
quote in the feed once its article is ingested while the server runs."""

from __future__ import annotations

import time
from pathlib import Path

import feedparser
import httpx
import pytest

from cscgraph.pipeline import ingest
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import open_store
from tests.web.conftest import running_server


def _parsed(response: httpx.Response) -> feedparser.FeedParserDict:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_a_persons_feed_is_valid_atom_with_stable_ids_linking_to_evidence(client: httpx.Client) -> None:
    first = _parsed(client.get("/feeds/person/andy-smith.atom"))
    again = _parsed(client.get("/feeds/person/andy-smith.atom"))
    ids = [e.id for e in first.entries]
    assert ids and len(set(ids)) == len(ids) and ids == [e.id for e in again.entries]
    assert all(e.link.startswith(str(client.base_url) + "/article/") and "#s-" in e.link for e in first.entries)
    assert all(e.get("updated") for e in first.entries)
    assert any("Andy Smith" in e.title for e in first.entries)


def test_entity_pages_and_query_pages_point_to_their_feeds(client: httpx.Client) -> None:
    page = client.get("/person/andy-smith").text
    assert 'type="application/atom+xml"' in page and 'href="/feeds/person/andy-smith.atom"' in page
    query_page = client.get("/queries/quotes-by", params={"speaker": "Andy Smith"}).text
    assert "/feeds/queries/quotes-by.atom?speaker=Andy+Smith" in query_page


def test_a_canned_query_with_parameters_is_a_feed_of_its_rows(client: httpx.Client) -> None:
    feed = _parsed(client.get("/feeds/queries/quotes-by.atom", params={"speaker": "Andy Smith"}))
    rows = client.get("/queries/quotes-by", params={"speaker": "Andy Smith", "format": "json"}).json()
    assert len(feed.entries) == len(rows["results"]["bindings"]) > 0
    assert len({e.id for e in feed.entries}) == len(feed.entries)


@pytest.mark.parametrize(("path", "status"), [("/feeds/person/nobody-at-all.atom", 404),
                                              ("/feeds/queries/no-such-query.atom", 404),
                                              ("/feeds/queries/quotes-by.atom", 400)])
def test_feeds_of_nothing_are_refused(client: httpx.Client, path: str, status: int) -> None:
    assert client.get(path).status_code == status


ARTICLE = """Title: {title}
URL: https://news.example/{slug}
Published: {date}
Publisher: Example News

{text}
"""


def test_a_new_quote_is_in_the_feed_once_its_article_is_ingested(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(ARTICLE.format(title="Hubs open", slug="hubs", date="2025-03-01", text=(
        'Marisol Okonkwo, director of children\'s services at Fernleigh Council, said: "The hubs are open '
        'to every family that needs them."')), encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(ARTICLE.format(title="Hubs busy", slug="hubs-busy", date="2025-04-01", text=(
        'Marisol Okonkwo, director of children\'s services at Fernleigh Council, said: "We have seen twice '
        'the families we planned for in the first month."')), encoding="utf-8")
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "search.sqlite"), workers=1)
    store = open_store(settings)
    index = SearchIndex(Path(settings.search_index))
    assert ingest(store, settings, [first], search=index).ok
    index.sync(store)
    index.close()
    store.close()
    with running_server(settings, tmp_path) as server, server.client() as client:
        before = _parsed(client.get("/feeds/person/marisol-okonkwo.atom"))
        assert [e.title for e in before.entries] == ["Marisol Okonkwo: “The hubs are open to every family that "
                                                     "needs them.”"]
        from cscgraph.cli import main
        with pytest.raises(SystemExit) as done:
            main(["--store", settings.store, "ingest", "--quiet", str(second)], standalone_mode=True)
        assert done.value.code in (0, None)
        deadline = time.monotonic() + 30
        while True:
            after = _parsed(client.get("/feeds/person/marisol-okonkwo.atom"))
            if len(after.entries) == 2 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    assert "twice the families" in after.entries[0].title  # newest first
    assert after.entries[1].id == before.entries[0].id  # the old entry keeps its id
