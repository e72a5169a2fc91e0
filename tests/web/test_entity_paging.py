"""Entity pages a section at a time (`?<section>_page=N`, `?per_page=`): following the next links gives every item
of the section's canned query once and in order; bad page numbers are refused; a funding stream's page describes
the stream as the funding-streams listing does."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

BASE = "https://w3id.org/cscgraph/"
# (entity path, section parameter, key of its items in the page's JSON, canned query, what tells items apart)
SECTIONS = [
    ("organisation/department-for-education", "mentions", "mentionedIn", "entity-mentioned-in", "article"),
    ("policy/independent-review-of-childrens-social-care", "mentions", "mentionedIn", "entity-mentioned-in",
     "article"),
    ("person/andy-smith", "quotes", "quotes", "entity-quotes", "quote"),
    ("organisation/association-of-directors-of-childrens-services", "quotes", "quotes", "entity-quotes", "quote"),
    ("policy/stable-homes-built-on-love", "about", "quotesAbout", "entity-quotes", "quote"),
    ("measure/family-help", "money", "money", "entity-funding", "stream"),
]


def _query_items(client: httpx.Client, query: str, entity: str, key: str, relations: set[str]) -> list[str]:
    """The items of a canned query's whole answer, in its order, each once."""
    rows = client.get(f"/queries/{query}.json", params={"entity": BASE + entity}).json()["results"]["bindings"]
    return list(dict.fromkeys(r[key]["value"] for r in rows
                              if not relations or r["relation"]["value"] in relations))


def _paged_items(client: httpx.Client, path: str, section: str, key: str, item: str, size: int) -> list[str]:
    """Every item of a section, read page by page through the pages' own next links."""
    seen: list[str] = []
    url = f"/{path}.json?per_page={size}"
    for _ in range(200):
        data = client.get(url).json()
        seen += [entry[item] for entry in data[key]]
        following = data["pages"][section]["next"]
        if not following:
            return seen
        parts = urlsplit(following)
        assert parts.path == f"/{path}.json" and parts.fragment
        url = f"{parts.path}?{parts.query}"
    raise AssertionError("more than 200 pages")


@pytest.mark.parametrize("path,section,key,query,item", SECTIONS)
def test_next_links_page_through_every_item_once(client: httpx.Client, path: str, section: str, key: str,
                                                 query: str, item: str) -> None:
    relations = {"quotes": {"by", "body"}, "about": {"about"}}.get(section, set())
    expected = _query_items(client, query, path, item, relations)
    assert len(expected) >= 2, f"{path} has too few {section} on the corpus to page"
    whole = [entry[item] for entry in client.get(f"/{path}.json", params={"per_page": "200"}).json()[key]]
    assert sorted(whole) == sorted(expected), "a page bigger than the section is the whole section"
    for size in (1, 3):
        paged = _paged_items(client, path, section, key, item, size)
        assert paged == whole and len(paged) == len(set(paged)), f"pages of {size}"


def test_a_page_link_keeps_the_other_sections_where_they_are(client: httpx.Client) -> None:
    path = "/policy/independent-review-of-childrens-social-care"
    first = client.get(f"{path}.json", params={"per_page": "1"}).json()
    following = first["pages"]["mentions"]["next"]
    assert following.startswith(f"{path}.json?") and following.endswith("#mentioned-in")
    second = client.get(following.split("#")[0]).json()
    assert second["pages"]["mentions"]["page"] == 2 and second["pages"]["mentions"]["prev"]
    assert second["mentionedIn"] != first["mentionedIn"]
    assert second["pages"]["claims"]["page"] == 1 and second["lineage"] == first["lineage"]
    html = client.get(following.split("#")[0].replace(".json", "")).text
    assert 'rel="prev"' in html and "page 2" in html


@pytest.mark.parametrize("query", ["mentions_page=0", "mentions_page=x", "per_page=0", "per_page=100000",
                                   "quotes_page=-1", "roles_page=39190439745195646241187299328"])
def test_a_bad_page_number_is_400(client: httpx.Client, query: str) -> None:
    assert client.get(f"/organisation/department-for-education?{query}").status_code == 400


def test_a_page_past_the_end_is_empty_not_an_error(client: httpx.Client) -> None:
    data = client.get("/organisation/department-for-education.json", params={"mentions_page": "999"}).json()
    assert data["mentionedIn"] == [] and data["pages"]["mentions"]["prev"] and not data["pages"]["mentions"]["next"]


def test_a_funding_stream_page_describes_the_stream_as_the_listing_does(client: httpx.Client) -> None:
    rows = client.get("/queries/funding-streams.json").json()["results"]["bindings"]
    assert rows
    for row in rows[:5]:
        stream = row["stream"]["value"]
        page = client.get(f"/{stream.removeprefix(BASE)}.json").json()["stream"]
        assert page["stream"] == stream and page["amountGBP"] == row["amountGBP"]["value"]
        funded = {r["funded"]["value"] for r in rows if r["stream"]["value"] == stream and "funded" in r}
        assert {f["iri"] for f in page["fundedLinks"]} == funded
