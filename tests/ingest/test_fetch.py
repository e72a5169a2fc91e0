"""Ingesting feeds and pages by URL from a real HTTP server on 127.0.0.1: conditional requests, politeness,
following links, and a one-line reason for every kind of bad answer while the other URLs still go in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cscgraph.ingest.fetch import Fetcher, FetchPolicy, read_urls
from cscgraph.models import Article
from cscgraph.errors import ReadError
from cscgraph.pipeline import ingest
from cscgraph.settings import Settings
from cscgraph.store import open_store
from tests.http_site import Site, serving_site


def rss(*items: tuple[str, str, str]) -> str:
    """An RSS 2.0 feed of (guid/link path, title, text) items."""
    body = "".join(f"<item><title>{title}</title><link>https://news.example/{slug}</link>"
                   f"<guid>https://news.example/{slug}</guid><pubDate>Mon, 03 Mar 2025 09:00:00 +0000</pubDate>"
                   f"<description>{text}</description></item>" for slug, title, text in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example news</title>'
            f"<link>https://news.example/</link><description>d</description>{body}</channel></rss>")


HUBS = ("hubs", "Council opens family hubs", "The council opened four family hubs on Monday, its leader said.")
FOSTER = ("foster", "Foster carers get a rise", "Foster carers in the county will get a higher allowance from April.")


@pytest.fixture
def site() -> Iterator[Site]:
    with serving_site() as s:
        s.route("/robots.txt", "User-agent: *\nDisallow: /private/\n")
        yield s


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(store=str(tmp_path / "store"), workers=1, fetch_delay=0.0, fetch_timeout=3.0,
                    fetch_max_bytes=200_000)


def run(settings: Settings, *sources: str, follow_links: bool = False):  # noqa: ANN201
    store = open_store(settings)
    try:
        return ingest(store, settings, list(sources), follow_links=follow_links)
    finally:
        store.close()


def test_first_run_stores_every_item_and_the_second_sends_a_conditional_request_and_stores_nothing(
        site: Site, settings: Settings) -> None:
    site.route("/feed.xml", rss(HUBS, FOSTER), headers={"ETag": '"v1"', "Content-Type": "application/rss+xml"})
    first = run(settings, site.url("/feed.xml"))
    assert (len(first.new), first.failed) == (2, [])
    second = run(settings, site.url("/feed.xml"))
    assert (second.new, second.updated, second.not_modified) == ([], [], [site.url("/feed.xml")])
    feed_requests = [h for path, h in site.requests if path == "/feed.xml"]
    assert "if-none-match" not in feed_requests[0] and feed_requests[1]["if-none-match"] == '"v1"'
    assert all("cscgraph" in h["user-agent"] for _, h in site.requests)


def test_a_changed_item_is_replaced_and_the_others_stay(site: Site, settings: Settings) -> None:
    site.route("/feed.xml", rss(HUBS, FOSTER), headers={"ETag": '"v1"'})
    run(settings, site.url("/feed.xml"))
    changed = (FOSTER[0], FOSTER[1], FOSTER[2] + " The rise is the first in three years.")
    site.route("/feed.xml", rss(HUBS, changed), headers={"ETag": '"v2"'})
    report = run(settings, site.url("/feed.xml"))
    assert (len(report.updated), len(report.unchanged), report.new) == (1, 1, [])
    store = open_store(settings, read_only=True)
    try:
        bodies = [r["b"].value for r in store.query(
            "SELECT ?b WHERE { ?a <https://schema.org/articleBody> ?b }").rows]
        sources = {r["s"].value for r in store.query(
            "SELECT ?s WHERE { ?a <http://purl.org/dc/terms/source> ?s }").rows}
    finally:
        store.close()
    assert any("first in three years" in b for b in bodies)
    assert sources == {site.url("/feed.xml")}  # provenance: the URL the articles were read from


def test_a_store_that_holds_nothing_from_a_feed_fetches_it_in_full_despite_kept_validators(
        site: Site, settings: Settings, tmp_path: Path) -> None:
    site.route("/feed.xml", rss(HUBS), headers={"ETag": '"v1"'})
    run(settings, site.url("/feed.xml"))
    emptied = Settings(store=str(tmp_path / "other"), workers=1, fetch_delay=0.0,
                       fetch_memory=str(tmp_path / "store.fetch.sqlite"))  # the first store's validators
    assert len(run(emptied, site.url("/feed.xml")).new) == 1
    assert "if-none-match" not in [h for p, h in site.requests if p == "/feed.xml"][-1]


BAD_ANSWERS = {
    "/gone.xml": ({"status": 404, "body": "no"}, "HTTP 404"),
    "/broken.xml": ({"status": 500, "body": "oops"}, "HTTP 500"),
    "/loop.xml": ({"status": 302, "headers": {"Location": "/loop2.xml"}}, "redirect loop"),
    "/huge.xml": ({"body": "x" * 300_000}, "cap"),
    "/slow.xml": ({"status": 599, "body": rss(HUBS)}, "s"),
    "/private/feed.xml": ({"body": rss(HUBS)}, "robots.txt disallows"),
    "/login.html": ({"body": "<html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>",
                     "headers": {"Content-Type": "text/html"}}, ""),
}


def test_each_bad_answer_is_one_line_naming_the_url_and_the_good_feed_still_goes_in(site: Site,
                                                                                 settings: Settings) -> None:
    for path, (route, _) in BAD_ANSWERS.items():
        site.route(path, **route)
    site.route("/loop2.xml", status=302, headers={"Location": "/loop.xml"})
    site.route("/feed.xml", rss(HUBS))
    urls = [site.url(p) for p in BAD_ANSWERS] + [site.url("/feed.xml")]
    report = run(settings, *urls)
    assert len(report.new) == 1
    for path, (_, reason) in BAD_ANSWERS.items():
        lines = [line for line in report.failed if line.startswith(site.url(path) + ":")]
        assert len(lines) == 1 and "\n" not in lines[0] and reason in lines[0], (path, report.failed)


def test_a_feed_in_latin_1_is_decoded_by_its_header_and_without_one_is_read_or_refused_in_one_line(
        site: Site, settings: Settings) -> None:
    def feed(slug: str) -> str:
        text = rss((slug, "Café closes", "The café run by care leavers in Hastings closed, its manager said."))
        return text.replace('<?xml version="1.0" encoding="utf-8"?>', "")
    site.route("/declared.xml", feed("cafe-1").encode("latin-1"),
               headers={"Content-Type": "application/rss+xml; charset=iso-8859-1"})
    site.route("/undeclared.xml", feed("cafe-2").encode("latin-1"))
    report = run(settings, site.url("/declared.xml"), site.url("/undeclared.xml"))
    store = open_store(settings, read_only=True)
    try:
        bodies = [r["b"].value for r in store.query("SELECT ?b WHERE { ?a <https://schema.org/articleBody> ?b }").rows]
    finally:
        store.close()
    assert "The café run by care leavers" in bodies[0]
    assert len(report.new) + len(report.failed) == 2
    assert all(line.startswith(site.url("/undeclared.xml") + ":") and "\n" not in line for line in report.failed)


def test_requests_to_one_host_wait_for_the_delay(site: Site) -> None:
    site.route("/a.xml", rss(HUBS))
    site.route("/b.xml", rss(FOSTER))
    waits: list[float] = []
    fetcher = Fetcher(FetchPolicy(delay=5.0), sleep=waits.append)
    records = list(read_urls([site.url("/a.xml"), site.url("/b.xml")], fetcher))
    assert [type(r) for r in records] == [Article, Article]
    # robots.txt, then a.xml, then b.xml: each after waiting for the one before
    assert len(waits) == 2 and all(0 < w <= 5.0 for w in waits)


def test_following_links_stores_the_pages_text_and_keeps_the_feeds_when_the_page_fails(
        site: Site, settings: Settings) -> None:
    def item(slug: str) -> tuple[str, str, str]:
        return (slug, f"Story {slug}", "A short summary of the story.")
    feed = rss(item("full"), item("missing")).replace("https://news.example/", site.url("/"))
    site.route("/feed.xml", feed)
    page = ("<html><head><title>Story full</title></head><body><article><h1>Story full</h1>"
            "<p>The whole story runs to several paragraphs about kinship carers in the north east.</p>"
            "<p>A second paragraph says the council will pay a new allowance from next year.</p>"
            "</article></body></html>")
    site.route("/full", page, headers={"Content-Type": "text/html"})
    report = run(settings, site.url("/feed.xml"), follow_links=True)
    assert len(report.new) == 2
    assert len(report.failed) == 1 and "feed text kept" in report.failed[0]
    store = open_store(settings, read_only=True)
    try:
        bodies = sorted(r["b"].value for r in store.query(
            "SELECT ?b WHERE { ?a <https://schema.org/articleBody> ?b }").rows)
    finally:
        store.close()
    assert any("kinship carers in the north east" in b for b in bodies)
    assert any(b.startswith("A short summary") for b in bodies)


def test_a_url_the_cli_cannot_read_is_a_one_line_failure(site: Site, settings: Settings) -> None:
    site.route("/feed.xml", rss(HUBS))
    records = list(read_urls([site.url("/nothing-here.xml"), site.url("/feed.xml")],
                             Fetcher(FetchPolicy(delay=0))))
    assert isinstance(records[0], ReadError) and str(records[0]).startswith(site.url("/nothing-here.xml"))
    assert isinstance(records[1], Article)
