"""Listing pages read a page at a time: the pages put together hold what the unpaged answer holds."""

from __future__ import annotations

import csv
import io

import httpx

def _all_pages(client: httpx.Client, path: str, key: str, **params: str) -> list[dict]:
    first = client.get(path, params=params).json()
    items = list(first[key])
    for page in range(2, first["pages"] + 1):
        items += client.get(path, params={**params, "page": str(page)}).json()[key]
    return items


def test_quote_pages_hold_every_quote_once(client: httpx.Client) -> None:
    quotes = _all_pages(client, "/quotes.json", "quotes")
    exported = list(csv.DictReader(io.StringIO(client.get("/quotes", params={"format": "csv"}).text)))
    stats = client.get("/index.json").json()["stats"]
    ids = [q["quote"] for q in quotes]
    assert len(ids) == len(set(ids)) == stats["quotes"]
    assert set(ids) == {r["quote"] for r in exported}
    dates = [q.get("published", "") for q in quotes]
    assert dates == sorted(dates, reverse=True)


def test_filtered_quote_pages_are_filtered_by_the_query(client: httpx.Client) -> None:
    everything = list(csv.DictReader(io.StringIO(client.get("/quotes", params={"format": "csv"}).text)))
    supports = _all_pages(client, "/quotes.json", "quotes", stance="supports")
    expected = {r["quote"] for r in everything if r["stance"].endswith("Supports")}
    assert expected and {q["quote"] for q in supports} == expected


def test_a_page_past_the_end_shows_the_last(client: httpx.Client) -> None:
    last = client.get("/articles.json", params={"page": "100000"}).json()
    first = client.get("/articles.json", params={"page": "0"}).json()
    assert last["page"] == last["pages"] and last["articles"]
    assert first["page"] == 1 and not first["previous"]


def test_article_pages_hold_every_article(client: httpx.Client) -> None:
    articles = _all_pages(client, "/articles.json", "articles")
    stats = client.get("/index.json").json()["stats"]
    assert len({a["article"] for a in articles}) == len(articles) == stats["articles"]


def test_funding_pages_hold_every_stream(client: httpx.Client) -> None:
    streams = _all_pages(client, "/funding.json", "streams")
    total = client.get("/funding.json").json()["total"]
    assert len({s["stream"] for s in streams}) == len(streams) == total > 0


def test_a_canned_query_pages_through_the_form(client: httpx.Client) -> None:
    whole = client.get("/queries/article-list.json").json()["results"]["bindings"]
    page = client.get("/queries/article-list.json", params={"limit": "2", "offset": "1"}).json()
    bad = client.get("/queries/article-list.json", params={"limit": "-2"})
    assert page["results"]["bindings"] == whole[1:3]
    assert bad.status_code == 400 and "limit" in bad.text


def test_a_page_number_no_engine_takes_is_a_400_naming_the_parameter(client: httpx.Client) -> None:
    # Regression: /search.json?page=99999999999999999999 made an OFFSET SQLite cannot hold, and answered 500.
    for path in ("/search.json?q=care", "/quotes.json", "/articles.json", "/funding.json"):
        answer = client.get(path, params={"page": "9" * 20})
        assert answer.status_code == 400, (path, answer.status_code)
        assert "page" in answer.text and "1000000" in answer.text, (path, answer.text[:200])
        assert client.get(path, params={"page": "2"}).status_code == 200, path
