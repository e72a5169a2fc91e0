"""The SPARQL 1.1 Protocol endpoint of a real server: every way to send a query, every answer format, the dataset
parameters, errors, refusals (updates, LOAD, SERVICE), the time limit, the result cap and CORS."""

from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
from rdflib import Graph

BASE = "https://w3id.org/cscgraph/"
COUNT_PEOPLE = ("PREFIX schema: <https://schema.org/> "
                "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }")
LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s LIMIT 5")
DESCRIBE_ANDY = f"CONSTRUCT {{ <{BASE}person/andy-smith> ?p ?o }} WHERE {{ <{BASE}person/andy-smith> ?p ?o }}"
# Three-way cross product of every triple: runs for hours, yields nothing until the end.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SRJ = "application/sparql-results+json"


def _bindings(response: httpx.Response) -> list[dict[str, dict[str, str]]]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]  # type: ignore[no-any-return]


def test_get_query_answers_sparql_json(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": COUNT_PEOPLE}, headers={"Accept": SRJ})
    assert response.headers["content-type"].startswith(SRJ)
    assert int(_bindings(response)[0]["n"]["value"]) > 10


def test_post_form_and_post_sparql_query(client: httpx.Client) -> None:
    form = client.post("/sparql", data={"query": COUNT_PEOPLE}, headers={"Accept": SRJ})
    direct = client.post("/sparql", content=COUNT_PEOPLE.encode(),
                         headers={"Content-Type": "application/sparql-query", "Accept": SRJ})
    assert _bindings(form) == _bindings(direct)


def test_post_with_unknown_content_type_is_415(client: httpx.Client) -> None:
    response = client.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


@pytest.mark.parametrize("accept", ["application/sparql-results+xml", "application/xml"])
def test_xml_results(client: httpx.Client, accept: str) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"Accept": accept})
    assert response.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(response.text)
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["s", "label"]
    assert len(root.findall("r:results/r:result", ns)) == 5


def test_csv_and_tsv_results(client: httpx.Client) -> None:
    as_csv = client.get("/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(as_csv.text)))
    assert rows[0] == ["s", "label"] and len(rows) == 6
    as_tsv = client.get("/sparql", params={"query": LABELS}, headers={"Accept": "text/tab-separated-values"})
    assert as_tsv.headers["content-type"].startswith("text/tab-separated-values")
    lines = as_tsv.text.splitlines()
    assert lines[0] == "?s\t?label" and lines[1].startswith("<https://")


def test_format_parameter_overrides_accept(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS, "format": "csv"}, headers={"Accept": SRJ})
    assert response.headers["content-type"].startswith("text/csv")


def test_ask_query(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": f"ASK {{ <{BASE}person/andy-smith> ?p ?o }}"},
                          headers={"Accept": SRJ})
    assert response.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld")])
def test_construct_in_each_rdf_format(client: httpx.Client, accept: str, fmt: str) -> None:
    response = client.get("/sparql", params={"query": DESCRIBE_ANDY}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=response.text, format=fmt)
    assert len(graph) >= 2


def test_construct_defaults_to_turtle(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": f"DESCRIBE <{BASE}person/andy-smith>"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert "Andy Smith" in response.text


def test_html_results_page_for_browsers(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"Accept": "text/html"})
    assert response.headers["content-type"].startswith("text/html")
    assert '<table class="results">' in response.text
    assert "format=csv" in response.text and "Permalink" in response.text


def test_default_and_named_graph_uri_choose_the_dataset(client: httpx.Client) -> None:
    reference = f"{BASE}graph/reference"
    everything = _bindings(client.get("/sparql", params={"query": COUNT_PEOPLE}, headers={"Accept": SRJ}))
    only_reference = _bindings(client.get("/sparql", params={"query": COUNT_PEOPLE, "default-graph-uri": reference},
                                          headers={"Accept": SRJ}))
    assert int(only_reference[0]["n"]["value"]) < int(everything[0]["n"]["value"])
    graphs = _bindings(client.get("/sparql", params={
        "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": reference},
        headers={"Accept": SRJ}))
    assert [b["g"]["value"] for b in graphs] == [reference]


def test_syntax_error_is_400_with_the_parser_message(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p "})
    assert response.status_code == 400
    assert "syntax error" in response.text.lower() and "line:1, col:" in response.text  # where it went wrong


def test_syntax_error_on_the_html_page(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT nonsense"}, headers={"Accept": "text/html"})
    assert response.status_code == 400
    assert 'class="error-box"' in response.text


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
    "PREFIX ex: <urn:x:> DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "DROP ALL",
    "CLEAR DEFAULT",
])
def test_updates_and_load_are_refused(client: httpx.Client, update: str) -> None:
    for response in (client.get("/sparql", params={"query": update}),
                     client.post("/sparql", data={"query": update})):
        assert response.status_code == 403, response.text
        assert "read-only" in response.text
    assert client.post("/sparql", data={"update": update}).status_code == 403
    assert client.post("/sparql", content=update.encode(),
                       headers={"Content-Type": "application/sparql-update"}).status_code == 403


def test_nothing_was_written(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "ASK { <urn:x:a> ?p ?o }"}, headers={"Accept": SRJ})
    assert response.json()["boolean"] is False


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service SILENT <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_service_is_refused(client: httpx.Client, query: str) -> None:
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 403
    assert "SERVICE is refused" in response.text


def test_service_in_a_string_or_a_name_is_not_a_service_call(client: httpx.Client) -> None:
    query = 'PREFIX ex: <urn:x:> SELECT ?service WHERE { BIND("SERVICE <http://x/>" AS ?service) } # SERVICE'
    response = client.get("/sparql", params={"query": query}, headers={"Accept": SRJ})
    assert _bindings(response)[0]["service"]["value"] == "SERVICE <http://x/>"


def test_a_query_past_the_time_limit_is_stopped_and_the_endpoint_recovers(client: httpx.Client) -> None:
    started = time.monotonic()
    response = client.get("/sparql", params={"query": HEAVY}, headers={"Accept": SRJ})
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "time limit" in response.text
    assert elapsed < 3.0 + 5, f"stopped after {elapsed:.1f} s; the limit is 3 s"
    # the killed worker is replaced: the next queries are answered
    for _ in range(3):
        assert _bindings(client.get("/sparql", params={"query": COUNT_PEOPLE}, headers={"Accept": SRJ}))


def test_result_cap_truncates_and_says_so(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": SRJ})
    assert len(_bindings(response)) == 500
    assert response.headers["x-sparql-truncated"] == "true"
    small = client.get("/sparql", params={"query": LABELS}, headers={"Accept": SRJ})
    assert "x-sparql-truncated" not in small.headers


def test_cors_for_get(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS},
                          headers={"Accept": SRJ, "Origin": "https://example.org"})
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "https://example.org",
                                                   "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 200 and "GET" in preflight.headers["access-control-allow-methods"]


def test_missing_query_is_400_for_machines_and_the_editor_for_browsers(client: httpx.Client) -> None:
    assert client.get("/sparql", headers={"Accept": SRJ}).status_code == 400
    page = client.get("/sparql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "<textarea" in page.text


# --- canned queries -------------------------------------------------------------------------------------------


def test_canned_query_with_a_parameter_downloads_csv(client: httpx.Client) -> None:
    response = client.get("/queries/measure-trace", params={"measure": "Staying Close", "format": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and {r["measure"] for r in rows} == {f"{BASE}measure/staying-close"}


def test_canned_query_page_links_names_and_permalinks(client: httpx.Client) -> None:
    html = client.get("/queries/measure-trace", params={"measure": "Staying Close"}).text
    assert 'href="/measure/staying-close"' in html and ">Staying Close</a>" in html
    assert 'href="/queries/measure-trace?measure=Staying+Close"' in html
    for fmt in ("json", "csv", "tsv"):
        assert f"format={fmt}" in html


def test_canned_query_json_twin_is_sparql_json(client: httpx.Client) -> None:
    data = client.get("/queries/who-said-what.json").json()
    assert "quote" in data["head"]["vars"] and data["results"]["bindings"]


def test_canned_query_missing_parameter_shows_the_form(client: httpx.Client) -> None:
    html = client.get("/queries/measure-trace").text
    assert '<input name="measure"' in html and "Fill in measure" in html
    assert client.get("/queries/measure-trace.json").status_code == 400


def test_canned_query_unknown_name_is_a_clear_error(client: httpx.Client) -> None:
    response = client.get("/queries/measure-trace", params={"measure": "no such measure at all"})
    assert response.status_code == 400 and "no measure named" in response.text


def test_unknown_canned_query_is_404(client: httpx.Client) -> None:
    assert client.get("/queries/no-such-query").status_code == 404


def test_query_list_json(client: httpx.Client) -> None:
    data = client.get("/queries.json").json()
    names = {q["name"] for q in data["queries"]}
    assert {"who-said-what", "measure-trace", "lineage"} <= names
    assert all(q["title"] and q["description"] for q in data["queries"])
    assert json.dumps(data)
