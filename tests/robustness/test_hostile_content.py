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
