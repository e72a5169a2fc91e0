"""The endpoint's SPARQL 1.1 Service Description and the dataset's VoID description: they parse with rdflib and
state what the endpoint does and what the store holds."""

from __future__ import annotations

import httpx
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCT = Namespace("http://purl.org/dc/terms/")
SCHEMA = Namespace("https://schema.org/")


def _graph(response: httpx.Response, fmt: str = "turtle") -> Graph:
    assert response.status_code == 200, response.text
    return Graph().parse(data=response.text, format=fmt)


def test_get_sparql_asking_for_turtle_is_the_service_description(client: httpx.Client) -> None:
    graph = _graph(client.get("/sparql", headers={"Accept": "text/turtle"}))
    endpoint = URIRef(f"{client.base_url}/sparql")
    assert (endpoint, RDF.type, SD.Service) in graph
    assert (endpoint, SD.endpoint, endpoint) in graph
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (endpoint, SD.feature, SD.UnionDefaultGraph) in graph
    formats = set(graph.objects(endpoint, SD.resultFormat))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    text = str(graph.value(endpoint, DCT.description))
    assert "SERVICE" in text and "read-only" in text.lower() and "500 rows" in text  # the test server's cap


def test_a_browser_still_gets_the_editor_and_a_bare_client_a_hint(client: httpx.Client) -> None:
    assert "<textarea" in client.get("/sparql", headers={"Accept": "text/html"}).text
    assert client.get("/sparql", headers={"Accept": "application/sparql-results+json"}).status_code == 400


@pytest.mark.parametrize(("path", "accept", "fmt"), [("/.well-known/void", "text/turtle", "turtle"),
                                                     ("/void.nt", "*/*", "nt"),
                                                     ("/.well-known/void", "application/ld+json", "json-ld")])
def test_void_counts_what_the_store_holds(client: httpx.Client, path: str, accept: str, fmt: str) -> None:
    graph = _graph(client.get(path, headers={"Accept": accept}), fmt)
    dataset = next(graph.subjects(RDF.type, VOID.Dataset))
    stats = client.get("/index.json").json()["stats"]
    assert int(graph.value(dataset, VOID.triples)) == stats["quads"]
    assert int(graph.value(dataset, VOID.documents)) == stats["articles"]
    partitions = {graph.value(p, VOID["class"]): int(graph.value(p, VOID.entities))
                  for p in graph.objects(dataset, VOID.classPartition)}
    assert partitions[SCHEMA.Person] == stats["people"] > 0
    assert (dataset, VOID.sparqlEndpoint, URIRef(f"{client.base_url}/sparql")) in graph
    assert graph.value(dataset, DCT.modified) is not None and graph.value(dataset, DCT.license) is not None
    assert set(graph.objects(dataset, DCT.source))
    assert isinstance(graph.value(dataset, VOID.uriSpace), Literal)


def test_the_home_page_links_the_dataset_description(client: httpx.Client) -> None:
    page = client.get("/").text
    assert 'href="/.well-known/void"' in page
