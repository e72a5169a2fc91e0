"""Regressions for what articles and file names carry into the explorer: URLs with a script scheme were rendered as
links (the article's "original" link, IRIs in result tables), and non-UTF-8 bytes in a file name were dropped from
the stored source path. Checked through a real `cscgraph ingest` and `cscgraph serve`."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.robustness.conftest import Served, generated_items, rss_feed, run_cli

SCRIPT_URLS = ("javascript:alert(1)", "JaVaScRiPt:alert(2)", "data:text/html,<b>x</b>", "vbscript:msgbox(3)")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("content")
    items = generated_items(len(SCRIPT_URLS) + 1, seed=21)
    for item, url in zip(items, SCRIPT_URLS, strict=False):
        item["link"] = url
    (root / "in").mkdir()
    (root / "in" / "feed.xml").write_bytes(rss_feed(items))
    assert run_cli("--store", root / "store", "ingest", "--quiet", root / "in").returncode == 0
    server = Served(root / "store")
    yield server
    server.stop()


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_script_urls_from_articles_are_never_links(served: Served) -> None:
    articles = httpx.get(f"{served.url}/articles.json", timeout=30).json()["articles"]
    assert len(articles) == len(SCRIPT_URLS) + 1
    originals = 0
    for article in articles:
        html = httpx.get(served.url + article["articleHref"], timeout=30).text
        links = hrefs(html)
        originals += "original</a>" in html
        assert not [h for h in links if re.match(r"\s*(javascript|data|vbscript)\s*:", h, re.I)], article
    assert originals == 1  # the one article with an http(s) link keeps it


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_script_iris_in_result_tables_are_text_not_links(served: Served, url: str) -> None:
    iri = url.strip().replace("\t", "").replace(" ", "").replace("<", "%3C").replace(">", "%3E")
    query = f"SELECT ?x WHERE {{ BIND(<{iri}> AS ?x) }}"
    html = httpx.get(f"{served.url}/sparql", params={"query": query}, headers={"Accept": "text/html"}, timeout=30)
    assert html.status_code == 200
    table = html.text[html.text.index("<table"):]
    assert iri.split(":")[0].lower() in table.lower()  # shown
    assert not [h for h in hrefs(table) if h.lower().startswith(iri.split(":")[0].lower())]  # never a link


def test_a_file_name_with_non_utf8_bytes_keeps_them_in_the_source_path(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9 \xff.txt")  # Latin-1 bytes in a name; Python holds them as lone surrogates
    (folder / name).write_text("Title: A story\n\nCouncils opened family hubs in every ward last year.\n")
    assert run_cli("--store", tmp_path / "store", "ingest", "--quiet", folder).returncode == 0
    answer = run_cli("--store", tmp_path / "store", "query", "--format", "csv",
                     "SELECT ?source WHERE { ?a <http://purl.org/dc/terms/source> ?source }")
    assert answer.stdout.splitlines()[1:] == [str(folder / "caf%E9 %FF.txt")], answer.stdout


def test_unavailable_store_is_503_without_its_path(tmp_path: Path) -> None:
    store = tmp_path / "secret-place" / "store"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.xml").write_bytes(rss_feed(generated_items(2, seed=4)))
    assert run_cli("--store", store, "ingest", "--quiet", tmp_path / "in").returncode == 0
    server = Served(store, env={"CSCGRAPH_QUERY_WORKERS": "1"})
    try:
        # the one query worker has loaded once the endpoint answers (one that cannot load is only replaced)
        assert httpx.get(f"{server.url}/sparql?query=ASK%7B%7D", timeout=60).status_code == 200
        store.rename(store.with_name("elsewhere"))  # the store goes away under a running server …
        generation = store.with_name("store.generation")
        generation.write_text(str(int(generation.read_text() or 0) + 1))  # … and it is told to reopen it
        answers = [httpx.get(f"{server.url}{path}", headers=headers, timeout=30) for path, headers in (
            ("/sparql?query=ASK%7B%7D", {"Accept": "text/plain"}), ("/queries/people", {"Accept": "text/html"}),
            ("/queries/people.json", {}))]
    finally:
        server.stop()
    assert [a.status_code for a in answers] == [503, 503, 503], [a.text[:200] for a in answers]
    for answer in answers:
        assert "secret-place" not in answer.text and str(tmp_path) not in answer.text, answer.text[:300]
