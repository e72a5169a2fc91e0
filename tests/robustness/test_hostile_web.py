"""Hostile use of a real `cscgraph serve` on 127.0.0.1: refused writes, limits, escaping, traversal, headers, sizes.

The store holds generated articles plus one whose title and text carry markup and script, so every page that
shows article text is checked for escaping. Request loops are bounded in count and time.
"""

from __future__ import annotations

import concurrent.futures
import time
from pathlib import Path

import httpx
import pytest

from cscgraph.settings import Settings
from cscgraph.web.security import ENDPOINT_QUERIES_PER_WORKER

from .conftest import Served, generated_items, rss_feed, run_cli

QUERY_TIMEOUT = 2.0
RESULT_LIMIT = 50
EVIL = '<img src=x onerror="alert(1)"><script>alert("xss")</script>'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# A cross product of every triple with itself three times over: never finishes within the limit.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# Materialises a cross product of long strings to sort it: would exhaust memory.
MEMORY = ('SELECT ?x WHERE { ?a ?b ?c . ?d ?e ?f . BIND(CONCAT(STR(?c), STR(?f), STR(?c), STR(?f)) AS ?x) } '
          'ORDER BY ?x')

REFUSED_QUERIES = {
    "insert data": "INSERT DATA { <urn:x> <urn:y> <urn:z> }",
    "delete where": "DELETE WHERE { ?s ?p ?o }",
    "clear all": "CLEAR ALL",
    "drop all": "DROP ALL",
    "load": "LOAD <http://example.org/data.ttl>",
    "load into graph": "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:g>",
    "create graph": "CREATE GRAPH <urn:g>",
    "service outside": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "service silent": "SELECT * WHERE { SERVICE SILENT <https://dbpedia.org/sparql> { ?s ?p ?o } }",
    "service variable": "SELECT * WHERE { BIND(<http://evil.example/> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "service lower case": "select * where { service <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "update after query": "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <urn:x> <urn:y> <urn:z> }",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    root = tmp_path_factory.mktemp("hostile")
    items = generated_items(20, seed=3)
    items.append({"title": f"Evil {EVIL}", "link": "https://news.example.org/evil/", "date": None,
                  "body": f"<p>Plain words {EVIL.replace('<', '&lt;').replace('>', '&gt;')} more words.</p>"})
    (root / "feed.xml").write_bytes(rss_feed(items))
    assert run_cli("--store", root / "store", "ingest", "--quiet", root / "feed.xml").returncode == 0
    served = Served(root / "store", "--query-timeout", str(QUERY_TIMEOUT), "--result-limit", str(RESULT_LIMIT),
                    env={"CSCGRAPH_QUERY_MEMORY": "1024"})
    yield served
    served.stop()


def quads(url: str) -> int:
    answer = httpx.get(f"{url}/sparql", params={"query": COUNT}, headers={"Accept": "application/sparql-results+json"},
                       timeout=30)
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("kind", list(REFUSED_QUERIES))
def test_updates_load_and_service_are_refused_by_every_method(server: Served, kind: str) -> None:
    before = quads(server.url)
    text = REFUSED_QUERIES[kind]
    attempts = [
        httpx.get(f"{server.url}/sparql", params={"query": text}, timeout=30),
        httpx.post(f"{server.url}/sparql", data={"query": text}, timeout=30),
        httpx.post(f"{server.url}/sparql", data={"update": text}, timeout=30),
        httpx.post(f"{server.url}/sparql", content=text, headers={"Content-Type": "application/sparql-query"},
                   timeout=30),
        httpx.post(f"{server.url}/sparql", content=text, headers={"Content-Type": "application/sparql-update"},
                   timeout=30),
    ]
    for answer in attempts:
        assert answer.status_code in (400, 403), (kind, answer.status_code, answer.text[:200])
    assert quads(server.url) == before


def test_time_limit_stops_a_runaway_query_and_the_server_goes_on(server: Served) -> None:
    started = time.monotonic()
    answer = httpx.get(f"{server.url}/sparql", params={"query": HEAVY}, timeout=60)
    assert answer.status_code == 503 and time.monotonic() - started < QUERY_TIMEOUT + 10
    assert httpx.get(f"{server.url}/", timeout=30).status_code == 200


def test_query_that_would_exhaust_memory_is_stopped(server: Served) -> None:
    answer = httpx.get(f"{server.url}/sparql", params={"query": MEMORY}, timeout=60)
    assert answer.status_code == 503, answer.text[:300]
    assert "memory" in answer.text or "time limit" in answer.text
    assert httpx.get(f"{server.url}/", timeout=30).status_code == 200


def test_result_cap_truncates_and_says_so(server: Served) -> None:
    answer = httpx.get(f"{server.url}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                       headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert answer.status_code == 200
    assert len(answer.json()["results"]["bindings"]) == RESULT_LIMIT
    assert answer.headers.get("X-SPARQL-Truncated")


def test_50_concurrent_heavy_queries_do_not_take_the_server_down(server: Served) -> None:
    def heavy(_: int) -> int:
        try:
            return httpx.get(f"{server.url}/sparql", params={"query": HEAVY}, timeout=120).status_code
        except httpx.HTTPError:
            return -1

    page_times: list[float] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        futures = [pool.submit(heavy, n) for n in range(50)]
        time.sleep(0.5)
        for page in ["/", "/articles", "/search?q=council", "/quotes", "/article/news-example-org--2024-story-3-1"]:
            started = time.monotonic()
            assert httpx.get(f"{server.url}{page}", timeout=30).status_code == 200, page
            page_times.append(time.monotonic() - started)
        statuses = [future.result() for future in futures]
    assert set(statuses) <= {503}, statuses
    assert max(page_times) < 10, page_times
    assert quads(server.url) > 0 and server.process.poll() is None


def test_a_burst_of_quick_queries_beyond_the_in_flight_cap_waits_in_line_and_is_answered(server: Served) -> None:
    in_flight = ENDPOINT_QUERIES_PER_WORKER * Settings().query_workers
    burst = in_flight * 3  # more than may run at once, fewer than may wait

    def count(_: int) -> int:
        return httpx.get(f"{server.url}/sparql", params={"query": COUNT}, timeout=60).status_code

    with concurrent.futures.ThreadPoolExecutor(max_workers=burst) as pool:
        statuses = list(pool.map(count, range(burst)))
    assert statuses == [200] * burst


def test_article_and_query_text_are_escaped_on_every_page(server: Served) -> None:
    pages = [
        httpx.get(f"{server.url}/article/news-example-org--evil", timeout=30),
        httpx.get(f"{server.url}/articles", timeout=30),
        httpx.get(f"{server.url}/search", params={"q": "Evil"}, timeout=30),
        httpx.get(f"{server.url}/search", params={"q": EVIL}, timeout=30),
        httpx.get(f"{server.url}/sparql", params={"query": f"SELECT * WHERE {{ ?s ?p \"{EVIL}\" }}"},
                  headers={"Accept": "text/html"}, timeout=30),
        httpx.get(f"{server.url}/sparql", params={"query": f"# {EVIL}\nSELEC broken"}, headers={"Accept": "text/html"},
                  timeout=30),
        httpx.get(f"{server.url}/nowhere/{EVIL}", headers={"Accept": "text/html"}, timeout=30),
    ]
    assert pages[0].status_code == 200 and "Evil" in pages[0].text
    for page in pages:
        assert "<script>alert" not in page.text and "<img src=x" not in page.text, page.url


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e%2f%2e%2e%2fpyproject.toml", "/article/..%2f..%2f..%2fetc%2fpasswd", "/article/../../etc/passwd",
    "/queries/..%2f..%2fpyproject", "/queries/../../../etc/passwd", "/static//etc/passwd", "/static/%00",
])
def test_no_path_traversal(server: Served, path: str) -> None:
    answer = httpx.get(f"{server.url}{path}", timeout=30)
    assert answer.status_code in (400, 404), (path, answer.status_code)
    assert "root:" not in answer.text and "[project]" not in answer.text


@pytest.mark.parametrize("path", [
    "/articles?page=-1", "/articles?page=abc", "/articles?page=99999999999999999999", "/articles.json?limit=-5",
    "/quotes?page=0", "/search?q=" + "a" * 5000, "/search.json?q=%00%ff", "/search?q=\"unbalanced",
    "/search?q=NEAR(a b", "/funding?page=1e9", "/lineage/edge?subject=not-an-iri",
    "/article/%00", "/queries/no-such-query", "/sparql?query=&format=xml", "/sparql?query=ASK{}&format=nonsense",
    "/sparql?query=SELECT * WHERE { ?s ?p ?o }&default-graph-uri=not a uri", "/article/%C2%98",
    "/article/x%C2%98y.json", "/person/%C2%85",
])
def test_bad_parameters_are_4xx_not_5xx(server: Served, path: str) -> None:
    answer = httpx.get(f"{server.url}{path}", timeout=30)
    assert answer.status_code < 500, (path, answer.status_code, answer.text[:300])


@pytest.mark.parametrize("path", ["/", "/articles.json", "/static/explorer.css", "/nowhere", "/sparql?query=ASK{}"])
def test_security_headers_on_every_kind_of_answer(server: Served, path: str) -> None:
    headers = httpx.get(f"{server.url}{path}", timeout=30).headers
    policy = headers["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if part.strip().startswith(("script-src", "default-src")))
    assert "'self'" in script_src and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"]


def test_request_body_and_url_size_limits(server: Served) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 2_000_000
    answer = httpx.post(f"{server.url}/sparql", content=big, headers={"Content-Type": "application/sparql-query"},
                        timeout=30)
    assert answer.status_code == 413

    def chunks():  # noqa: ANN202 - no Content-Length: counted as it streams
        for _ in range(40):
            yield b"x" * 100_000

    streamed = httpx.post(f"{server.url}/sparql", content=chunks(),
                          headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert streamed.status_code == 413
    long_url = httpx.get(f"{server.url}/search", params={"q": "a" * 40_000}, timeout=30)
    assert long_url.status_code == 414
    assert httpx.get(f"{server.url}/", timeout=30).status_code == 200


HUGE = "9" * 5000  # past Python's 4,300-digit limit on int(): the conversion itself raised, and pages answered 500


@pytest.mark.parametrize(("path", "parameter"), [
    ("/queries/people?limit=", "limit"), ("/queries/people?offset=", "offset"),
    ("/feeds/queries/people.atom?limit=", "limit"), ("/person/andy-smith?roles_page=", "roles_page"),
    ("/person/andy-smith?quotes_page=", "quotes_page"), ("/person/andy-smith?per_page=", "per_page"),
    ("/article/{article}?highlight=", "highlight"), ("/article/{article}?highlight=1-", "highlight"),
])
def test_numbers_over_4300_digits_are_400_naming_the_parameter(server: Served, path: str, parameter: str) -> None:
    article = httpx.get(f"{server.url}/articles.json", timeout=30).json()["articles"][0]["articleHref"]
    url = server.url + path.replace("/article/{article}", article) + HUGE
    answer = httpx.get(url, timeout=30)
    assert answer.status_code == 400, (path, answer.status_code, answer.text[:300])
    assert f"{parameter}:" in answer.text or f"{parameter} must" in answer.text, answer.text[-600:]


@pytest.mark.parametrize("shape", ["{%s}", "{ FILTER(%s) }", "{ ?s ?p %s }"])
def test_10000_nested_brackets_are_400_too_deeply_nested_not_a_memory_error(server: Served, shape: str) -> None:
    inner = {"{%s}": "{" * 10_000 + "}" * 10_000, "{ FILTER(%s) }": "(" * 10_000 + "1" + ")" * 10_000,
             "{ ?s ?p %s }": "(" * 10_000 + ")" * 10_000}[shape]
    answer = httpx.post(f"{server.url}/sparql", data={"query": "SELECT * WHERE " + shape % inner}, timeout=60)
    assert answer.status_code == 400 and "nested too deeply" in answer.text, (answer.status_code, answer.text[:300])
