"""The query-side tests of the W3C SPARQL 1.1 Protocol manifest against a real `cscgraph serve`
(adapted as tests/web/fixtures/w3c-protocol/README.md says)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cscgraph.settings import Settings
from cscgraph.store import open_store
from tests.web.conftest import Server, running_server

DATA = "http://kasei.us/2009/09/sparql/data/"
BOOLEAN_TYPES = ("application/sparql-results+xml", "application/sparql-results+json")
TABULAR_TYPES = (*BOOLEAN_TYPES, "text/csv", "text/tab-separated-values")
RDF_TYPES = ("application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json")


# name, method, query string, content type, body, expected status class, expected boolean / format
CASES = [
    ("query_post_form", "POST", f"default-graph-uri={DATA}data0.rdf", "application/x-www-form-urlencoded",
     "query=ASK%20%7B%7D", 2, True),
    ("query_dataset_default_graphs_get", "GET",
     f"query=ASK%20%7B%20%3C{DATA}data1.rdf%3E%20a%20%3Ftype%20.%20%3C{DATA}data2.rdf%3E%20a%20%3Ftype%20.%20%7D"
     f"&default-graph-uri={DATA}data1.rdf&default-graph-uri={DATA}data2.rdf", None, None, 2, True),
    ("query_dataset_default_graphs_post", "POST", f"default-graph-uri={DATA}data1.rdf&default-graph-uri={DATA}data2.rdf",
     "application/sparql-query", f"ASK {{ <{DATA}data1.rdf> a ?type . <{DATA}data2.rdf> a ?type . }}", 2, True),
    ("query_dataset_named_graphs_post", "POST", f"named-graph-uri={DATA}data1.rdf&named-graph-uri={DATA}data2.rdf",
     "application/sparql-query",
     f"ASK {{ GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }} GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }} }}", 2, True),
    ("query_dataset_named_graphs_get", "GET",
     f"query=ASK%20%7B%20GRAPH%20%3Fg1%20%7B%20%3C{DATA}data1.rdf%3E%20a%20%3Ftype%20%7D%20GRAPH%20%3Fg2%20%7B%20"
     f"%3C{DATA}data2.rdf%3E%20a%20%3Ftype%20%7D%20%7D&named-graph-uri={DATA}data1.rdf"
     f"&named-graph-uri={DATA}data2.rdf", None, None, 2, True),
    ("query_dataset_full", "POST",
     f"default-graph-uri={DATA}data3.rdf&named-graph-uri={DATA}data1.rdf&named-graph-uri={DATA}data2.rdf",
     "application/sparql-query",
     f"ASK {{\n  <{DATA}data3.rdf> a ?type\n  GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }}\n"
     f"  GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }}\n}}", 2, True),
    ("query_multiple_dataset", "POST", f"named-graph-uri={DATA}data1.rdf&named-graph-uri={DATA}data2.rdf",
     "application/sparql-query",
     f"ASK FROM <{DATA}data3.rdf> {{ GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }} GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }} }}",
     2, True),
    ("query_get", "GET", f"query=ASK%20%7B%7D&default-graph-uri={DATA}data0.rdf", None, None, 2, True),
    ("query_content_type_select", "POST", f"default-graph-uri={DATA}data0.rdf", "application/sparql-query",
     "SELECT (1 AS ?value) {}", 2, "tabular"),
    ("query_content_type_ask", "POST", f"default-graph-uri={DATA}data0.rdf", "application/sparql-query", "ASK {}",
     2, "boolean"),
    ("query_content_type_describe", "POST", f"default-graph-uri={DATA}data0.rdf", "application/sparql-query",
     "DESCRIBE <http://example.org/>", 2, "RDF"),
    ("query_content_type_construct", "POST", f"default-graph-uri={DATA}data0.rdf", "application/sparql-query",
     "CONSTRUCT { <s> <p> 1 } WHERE {}", 2, "RDF"),
    ("query_post_direct", "POST", "", "application/sparql-query", "ASK {}", 2, True),
    ("bad_query_method", "PUT", f"query=ASK%20%7B%7D&default-graph-uri={DATA}data0.rdf",
     "application/x-www-form-urlencoded", "", 4, None),
    ("bad_multiple_queries", "GET", "query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", None, None, 4, None),
    ("bad_query_wrong_media_type", "POST", "", "text/plain", "ASK {}", 4, None),
    ("bad_query_missing_form_type", "POST", "", None, "query=ASK%20%7B%7D", 4, None),
    ("bad_query_missing_direct_type", "POST", "", None, "ASK {}", 4, None),
    ("bad_query_non_utf8", "POST", "", "application/sparql-query; charset=UTF-16", "ASK {}".encode("utf-16"), 4, None),
    ("bad_query_syntax", "GET", "query=ASK%20%7B", None, None, 4, None),
]


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("w3c-protocol")
    settings = Settings(store=str(folder / "store"), search_index=str(folder / "search.sqlite"), query_workers=1)
    store = open_store(settings)
    store.replace_graphs({f"{DATA}data{n}.rdf": f"<{DATA}data{n}.rdf> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                          f"<http://xmlns.com/foaf/0.1/Document> .\n" for n in (1, 2, 3)})
    store.close()
    with running_server(settings, folder) as server:
        yield server


@pytest.mark.parametrize(("name", "method", "query", "ctype", "body", "status", "expected"), CASES,
                         ids=[case[0] for case in CASES])
def test_w3c_protocol(w3c_server: Server, name: str, method: str, query: str, ctype: str | None,
                      body: str | bytes | None, status: int, expected: object) -> None:
    headers = {"Content-Type": ctype} if ctype else {}
    if expected is True:
        headers["Accept"] = "application/sparql-results+json"
    content = body.encode() if isinstance(body, str) else body
    with httpx.Client(base_url=w3c_server.url, timeout=30) as client:
        response = client.request(method, "/sparql" + (f"?{query}" if query else ""), content=content,
                                  headers=headers)
    assert response.status_code // 100 == status, f"{name}: {response.status_code} {response.text[:300]}"
    ctype_answer = response.headers.get("content-type", "").split(";")[0]
    if expected is True:
        assert response.json()["boolean"] is True, name
    elif expected == "boolean":
        assert ctype_answer in BOOLEAN_TYPES, name
    elif expected == "tabular":
        assert ctype_answer in TABULAR_TYPES, name
    elif expected == "RDF":
        assert ctype_answer in RDF_TYPES, name


def test_a_relative_iri_resolves_against_the_endpoint(w3c_server: Server) -> None:
    response = httpx.post(f"{w3c_server.url}/sparql", content=b"CONSTRUCT { <s> <p> 1 } WHERE {}",
                          headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert response.status_code == 200
    assert f"<{w3c_server.url}/s> <{w3c_server.url}/p>" in response.text


def test_from_sets_the_default_graph_and_no_dataset_means_the_union(w3c_server: Server) -> None:
    def count(query: str) -> int:
        answer = httpx.get(f"{w3c_server.url}/sparql", params={"query": query},
                           headers={"Accept": "application/sparql-results+json"})
        return int(answer.json()["results"]["bindings"][0]["n"]["value"])
    documents = "{ ?s a <http://xmlns.com/foaf/0.1/Document> }"
    assert count(f"SELECT (COUNT(*) AS ?n) {documents}") == 3
    assert count(f"SELECT (COUNT(*) AS ?n) FROM <{DATA}data1.rdf> {documents}") == 1
    only_named = httpx.get(f"{w3c_server.url}/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) {documents}",
                                                               "named-graph-uri": f"{DATA}data1.rdf"},
                           headers={"Accept": "application/sparql-results+json"})
    assert only_named.json()["results"]["bindings"][0]["n"]["value"] == "0"
