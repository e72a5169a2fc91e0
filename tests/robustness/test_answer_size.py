"""Regression: answers were capped by rows, not bytes. `CONCAT(?body, ?body, ?body)` over a cross product of article
bodies gave a 208 MB answer, held whole in the server. Now an endpoint or /queries answer is cut after the last
whole row (or triple) that fits in `answer_bytes`, in every format, and says so in `X-SPARQL-Truncated`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import Served, generated_items, rss_feed, run_cli

CAP = 20_000
BIG = ("SELECT (CONCAT(?b, ?b, ?b) AS ?x) WHERE { ?a <https://schema.org/articleBody> ?b . "
       "?c <https://schema.org/articleBody> ?d }")
BIG_GRAPH = ("CONSTRUCT { ?a <urn:x:big> ?x } WHERE { ?a <https://schema.org/articleBody> ?b . "
             "?c <https://schema.org/articleBody> ?d BIND(CONCAT(?b, STR(?c)) AS ?x) }")
SMALL = "SELECT ?b WHERE { ?a <https://schema.org/headline> ?b } LIMIT 2"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("answer-size")
    (root / "feed.xml").write_bytes(rss_feed(generated_items(60, seed=51)))
    assert run_cli("--store", root / "store", "ingest", "--quiet", root / "feed.xml").returncode == 0
    server = Served(Path(root / "store"), env={"CSCGRAPH_ANSWER_BYTES": str(CAP)})
    yield server
    server.stop()


def parsed(answer: httpx.Response) -> int:
    """How many rows or triples a complete, well-formed answer holds (it fails to parse if cut mid-way)."""
    kind = answer.headers["content-type"].split(";")[0]
    if kind == "application/sparql-results+json":
        return len(answer.json()["results"]["bindings"])
    if kind == "application/sparql-results+xml":
        import xml.etree.ElementTree as ET
        return len(ET.fromstring(answer.content).findall(".//{http://www.w3.org/2005/sparql-results#}result"))
    if kind in ("text/csv", "text/tab-separated-values"):
        return len(answer.text.splitlines()) - 1
    from rdflib import Graph
    return len(Graph().parse(data=answer.text, format={"text/turtle": "turtle", "application/n-triples": "nt",
                                                       "application/ld+json": "json-ld"}[kind]))


@pytest.mark.parametrize(("query", "accept"), [
    (BIG, "application/sparql-results+json"), (BIG, "application/sparql-results+xml"), (BIG, "text/csv"),
    (BIG, "text/tab-separated-values"), (BIG_GRAPH, "text/turtle"), (BIG_GRAPH, "application/n-triples"),
    (BIG_GRAPH, "application/ld+json"),
])
def test_a_big_answer_is_cut_to_the_byte_cap_in_whole_rows_and_says_so(served: Served, query: str, accept: str
                                                                       ) -> None:
    answer = httpx.get(f"{served.url}/sparql", params={"query": query}, headers={"Accept": accept}, timeout=60)
    assert answer.status_code == 200
    assert len(answer.content) <= CAP and answer.headers.get("X-SPARQL-Truncated") == "true"
    assert parsed(answer) > 0


def test_a_small_answer_is_whole_and_unmarked(served: Served) -> None:
    answer = httpx.get(f"{served.url}/sparql", params={"query": SMALL}, timeout=60,
                       headers={"Accept": "application/sparql-results+json"})
    assert parsed(answer) == 2 and "X-SPARQL-Truncated" not in answer.headers


def test_a_canned_query_download_is_cut_to_the_byte_cap(served: Served) -> None:
    answer = httpx.get(f"{served.url}/queries/article-list", params={"format": "json"}, timeout=60)
    whole = httpx.get(f"{served.url}/queries/article-list", params={"format": "json", "limit": "1"}, timeout=60)
    assert whole.status_code == answer.status_code == 200
    assert len(answer.content) <= CAP and answer.headers.get("X-SPARQL-Truncated") == "true", len(answer.content)
    assert 0 < len(json.loads(answer.content)["results"]["bindings"]) < 60
