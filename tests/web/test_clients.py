"""Real SPARQL clients against the real server: SPARQLWrapper in its default mode (format/output/results
parameters, often repeated) and in content-negotiation-only mode, for every format; rdflib's SPARQLStore."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML, SPARQLWrapper

SELECT = ("SELECT ?person ?name WHERE { ?person a <https://schema.org/Person> ; "
          "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name LIMIT 5")
CONSTRUCT = ("CONSTRUCT { ?person <http://www.w3.org/2000/01/rdf-schema#label> ?name } WHERE { ?person a "
             "<https://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name } LIMIT 5")


def _wrapper(server, fmt: str, conneg: bool, method: str = "GET") -> SPARQLWrapper:  # type: ignore[no-untyped-def]
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setReturnFormat(fmt)
    client.setOnlyConneg(conneg)
    client.setMethod(method)
    return client


def _names_of_select(fmt: str, body: object) -> list[str]:
    if fmt == JSON:
        return [b["name"]["value"] for b in body["results"]["bindings"]]  # type: ignore[index]
    if fmt == XML:
        return [n.firstChild.data for n in body.getElementsByTagName("literal")]  # type: ignore[attr-defined]
    text = body.decode() if isinstance(body, bytes) else str(body)
    rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == CSV else "\t"))
    return [row[1].strip('"') for row in rows[1:]]


@pytest.mark.parametrize("conneg", [False, True], ids=["default-mode", "conneg-mode"])
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_in_every_format(server, conneg: bool, method: str, fmt: str) -> None:  # type: ignore
    client = _wrapper(server, fmt, conneg, method)
    client.setQuery(SELECT)
    names = _names_of_select(fmt, client.query().convert())
    assert len(names) == 5 and names == sorted(names)


@pytest.mark.parametrize("conneg", [False, True], ids=["default-mode", "conneg-mode"])
@pytest.mark.parametrize(("fmt", "rdflib_format"), [(XML, "xml"), (TURTLE, "turtle"), (N3, "n3"), (JSONLD, "json-ld")])
def test_sparqlwrapper_construct_in_every_graph_format(server, conneg: bool, fmt: str, rdflib_format: str) -> None:  # type: ignore
    client = _wrapper(server, fmt, conneg)
    client.setQuery(CONSTRUCT)
    result = client.query()
    converted = result.convert()
    if isinstance(converted, Graph):
        graph = converted
    else:
        data = converted if isinstance(converted, (bytes, str)) else json.dumps(converted)
        graph = Graph().parse(data=data, format=rdflib_format)
    assert len(graph) == 5


def test_rdflib_sparqlstore_reads_the_endpoint(server) -> None:  # type: ignore[no-untyped-def]
    graph = Graph(store=SPARQLStore(f"{server.url}/sparql"))
    rows = list(graph.query(SELECT))
    assert len(rows) == 5
    assert int(next(iter(graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Quotation> }")))[0]) > 0


def test_a_graph_answer_nobody_can_accept_is_406_not_another_format(client) -> None:  # type: ignore
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 406
    response = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "application/rdf+xml"})
    assert response.status_code == 406


def test_two_queries_in_one_request_are_refused(client) -> None:  # type: ignore
    assert client.get("/sparql", params=[("query", SELECT), ("query", SELECT)]).status_code == 400
    response = client.post("/sparql?query=ASK%7B%7D", data={"query": SELECT})
    assert response.status_code == 400


@pytest.mark.parametrize("charset", ["ISO-8859-1", "UTF-16", "x-nope"])
def test_a_charset_other_than_utf8_is_refused(client, charset: str) -> None:  # type: ignore
    body = 'SELECT ("café" AS ?x) WHERE {}'.encode("utf-16" if charset == "UTF-16" else "latin-1")
    response = client.post("/sparql", content=body,
                           headers={"Content-Type": f"application/sparql-query; charset={charset}"})
    assert response.status_code == 415 and "UTF-8" in response.text


def test_utf8_declared_or_not_is_read(client) -> None:  # type: ignore
    for ctype in ("application/sparql-query; charset=utf-8", "application/sparql-query"):
        response = client.post("/sparql", content='SELECT ("café" AS ?x) WHERE {}'.encode(),
                               headers={"Content-Type": ctype, "Accept": "application/sparql-results+json"})
        assert response.json()["results"]["bindings"][0]["x"]["value"] == "café"
