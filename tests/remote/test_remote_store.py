"""The remote store against real SPARQL servers — `oxigraph serve` and Virtuoso, every test once per server (see
conftest.py): the bundled corpus ingested over HTTP answers every canned query exactly as the embedded store does, a
second ingest is a no-op, and the web explorer renders from it."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pyoxigraph as ox  # test-only: an independent parser of the exports
import pytest

from cscgraph.errors import StoreError, StoreVersionError
from cscgraph.graph.namespaces import CSC, SCHEMA
from cscgraph.queries import CannedQuery, list_queries, run_query
from cscgraph.settings import Settings
from cscgraph.store import FORMAT_VERSION, EmbeddedStore, RemoteStore, Results, Store, Term
from cscgraph.store.binding import inline_bindings

from cscgraph.store.remote import ChallengedAuth

from .server import (BIN, CORPUS, ENGINES, cli_env, free_port, oxigraph_serving, stop, virtuoso_serving,
                     wait_for)

pytestmark = pytest.mark.remote

QUERIES = list_queries()
INGEST_TIMED = {"dataset-modified"}
"""Queries whose answer is the time of the store's own ingest: the two stores were filled at different moments."""


def _rows(results: Results) -> list[tuple[tuple[str, str, str, str], ...]]:
    """Rows as sorted tuples of (variable, term type, value, datatype/lang), in a stable order."""
    if results.kind == "ask":
        return [((str(results.boolean), "", "", ""),)]
    if results.kind == "graph":
        return [((line, "", "", ""),) for line in sorted(results.triples.splitlines())]
    return sorted(tuple(sorted((name, term.type, _value(name, term.value), term.datatype or term.lang or "")
                               for name, term in row.items())) for row in results.rows)


def _value(name: str, value: str) -> str:
    """A value to compare: a GROUP_CONCAT list (`…List`) as its sorted items, since SPARQL leaves their order to
    the engine."""
    return " ".join(sorted(value.split(" "))) if name.endswith("List") else value


def _mentioned(store: Store, prefix: str, n: int) -> list[str]:
    """The `n` entities under `prefix` the articles mention most (ties by IRI), for parameters."""
    answer = store.query(f"SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a <{SCHEMA}mentions> ?e "
                         f"FILTER(STRSTARTS(STR(?e), \"{prefix}\")) }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT {n}")
    return [row["e"].value for row in answer.rows]


def _parameter_sets(store: Store, query: CannedQuery) -> list[dict[str, str]]:
    """Values for each parameter, taken from the data: the most-mentioned entities of each kind, the article
    with the most quotes."""
    base = store.minter.base
    if not query.parameters:
        return [{}]
    pools: dict[str, list[str]] = {
        kind: _mentioned(store, f"{base}{kind}/", 2)
        for kind in ("person", "organisation", "policy", "measure", "statute", "programme")}
    pools["entity"] = [e for kind in ("person", "organisation", "policy", "measure") for e in pools[kind][:1]]
    quoted = store.query(f"SELECT ?a (COUNT(?q) AS ?n) WHERE {{ ?a <{SCHEMA}citation> ?q }} GROUP BY ?a "
                         f"ORDER BY DESC(?n) ?a LIMIT 2")
    pools["article"] = [row["a"].value for row in quoted.rows]
    sets = []
    for k in range(2):
        values = {}
        for n, param in enumerate(query.parameters):
            pool = pools.get(param.kind) or []
            if pool:
                values[param.name] = pool[(k + n) % len(pool)]
        sets.append(values)
    return sets


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_canned_query_gives_the_same_rows_as_the_embedded_store(query: CannedQuery, remote_store: RemoteStore,
                                                                 corpus_store: EmbeddedStore) -> None:
    for params in _parameter_sets(corpus_store, query):
        embedded = run_query(corpus_store, query, params)
        remote = run_query(remote_store, query, params)
        assert remote.kind == embedded.kind
        assert remote.variables == embedded.variables or remote.kind != "select"
        if query.name in INGEST_TIMED:
            assert [[(t[0], t[1], t[3]) for t in row] for row in _rows(remote)] == \
                [[(t[0], t[1], t[3]) for t in row] for row in _rows(embedded)], query.name
            continue
        assert _rows(remote) == _rows(embedded), f"{query.name} with {params}"


def test_the_corpus_has_rows_for_the_entity_queries(remote_store: RemoteStore, corpus_store: EmbeddedStore) -> None:
    # Guards the comparison above against comparing empty answers only.
    with_rows = [q.name for q in QUERIES if any(run_query(corpus_store, q, p).rows
                                                 for p in _parameter_sets(corpus_store, q))]
    assert len(with_rows) >= len(QUERIES) * 2 // 3, with_rows


def test_ingest_reports_the_corpus(remote_ingest: str) -> None:
    assert remote_ingest.startswith("33 new, 0 updated, 0 unchanged, 0 failed"), remote_ingest


def test_second_ingest_is_a_no_op(remote_store: RemoteStore, remote_settings: Settings) -> None:
    before = remote_store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0]["n"].value
    done = subprocess.run([str(BIN / "cscgraph"), "--store", remote_settings.store, "ingest", "--quiet",
                           str(CORPUS)], env=cli_env(remote_settings), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("0 new, 0 updated, 33 unchanged, 0 failed"), done.stdout
    after = remote_store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0]["n"].value
    assert after == before


def test_fingerprints_agree_with_the_embedded_store(remote_store: RemoteStore,
                                                    corpus_store: EmbeddedStore) -> None:
    embedded = {g: fp[0] for g, fp in corpus_store.article_fingerprints().items()}
    assert {g: fp[0] for g, fp in remote_store.article_fingerprints().items()} == embedded
    some = sorted(embedded)[:5]
    assert {g: fp[0] for g, fp in remote_store.article_fingerprints_of(some).items()} == \
        {g: embedded[g] for g in some}


def test_export_holds_the_same_graphs_and_quads_as_the_embedded_store(remote_store: RemoteStore,
                                                                        corpus_store: EmbeddedStore) -> None:
    # Graph by graph: quads per graph agree, and no graph of the server's own (Virtuoso's schema) is written out.
    def per_graph(nquads: bytes) -> dict[str, int]:
        counts: dict[str, int] = {}
        for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
            counts[str(quad.graph_name)] = counts.get(str(quad.graph_name), 0) + 1
        return counts

    assert per_graph(remote_store.export("nquads")) == per_graph(corpus_store.export("nquads"))


def test_replacing_a_graph_is_whole(remote_store: RemoteStore, remote_settings: Settings) -> None:
    graph = f"{remote_store.minter.base}graph/test/replace"
    s = f"<{remote_store.minter.base}test/thing>"
    remote_store.replace_graphs({graph: f"{s} <{SCHEMA}name> \"one\" .\n{s} <{SCHEMA}name> \"two\" .\n"})
    remote_store.replace_graphs({graph: f"{s} <{SCHEMA}name> \"three\" .\n"})
    names = remote_store.query(f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?s <{SCHEMA}name> ?n }} }}")
    assert [row["n"].value for row in names.rows] == ["three"]
    remote_store.replace_graphs({graph: ""})
    assert not remote_store.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").boolean


def test_sparql_update_writes_when_there_is_no_graph_store(remote_settings: Settings) -> None:
    store = RemoteStore(replace(remote_settings, graph_store_path="none"))
    graph = f"{store.minter.base}graph/test/update-only"
    s = f"<{store.minter.base}test/other>"
    try:
        assert store.graph_store_url is None
        store.replace_graphs({graph: f"{s} <{SCHEMA}name> \"a\" .\n"})
        store.replace_graphs({graph: f"{s} <{SCHEMA}name> \"b\" .\n"})
        names = store.query(f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?s <{SCHEMA}name> ?n }} }}")
        assert [row["n"].value for row in names.rows] == ["b"]
        store.replace_graphs({graph: ""})
    finally:
        store.close()


@pytest.mark.parametrize("engine", ["virtuoso"], indirect=True)
def test_credentials_in_the_store_url_write_and_stay_out_of_urls_and_messages(remote_settings: Settings,
                                                                              remote_ingest: str) -> None:
    # Virtuoso only: it is the server here that asks for a password (HTTP Digest on its write endpoints).
    password = remote_settings.store_password
    host = remote_settings.store.removeprefix("http://")
    in_url = replace(remote_settings, store=f"http://cscgraph:{password}@{host}", store_user="", store_password="")
    store = RemoteStore(in_url)
    graph = f"{store.minter.base}graph/test/credentials"
    try:
        assert password not in store.query_url + store.update_url + str(store.graph_store_url)
        store.replace_graphs({graph: f"<{store.minter.base}test/c> <{SCHEMA}name> \"c\" .\n"})
        assert store.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").boolean
        store.replace_graphs({graph: ""})
    finally:
        store.close()
    wrong = RemoteStore(replace(remote_settings, store_password="not-" + password))
    try:
        with pytest.raises(StoreError, match="HTTP 401") as refused:
            wrong.replace_graphs({graph: f"<{store.minter.base}test/c> <{SCHEMA}name> \"d\" .\n"})
        assert password not in str(refused.value)
    finally:
        wrong.close()


def test_bound_literals_and_iris_are_escaped_not_pasted(remote_store: RemoteStore) -> None:
    tricky = Term("literal", 'x" } ; DROP ALL ; #')
    answer = remote_store.query("SELECT ?name ?s WHERE { ?s <https://schema.org/name> ?name }", {"name": tricky})
    assert answer.rows == ()
    assert remote_store.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean


def test_parameters_are_substituted_in_every_scope() -> None:
    # A VALUES block at the top would leave ?x unbound inside the UNION branch's NOT EXISTS and the subquery.
    query = ("# a comment with ?x in it\nPREFIX w: <http://example.org/?x>\n"
             "SELECT ?x (COUNT(?y) AS ?n) WHERE { { SELECT ?x ?y WHERE { ?y ?p ?x } } UNION "
             "{ ?y ?q ?o FILTER NOT EXISTS { ?y ?r ?x } } FILTER(?y != \"?x\") } GROUP BY ?x ORDER BY DESC(?n) ?x")
    bound = inline_bindings(query, {"x": Term("uri", "http://example.org/x")})
    x = "<http://example.org/x>"
    assert bound == ("# a comment with ?x in it\nPREFIX w: <http://example.org/?x>\n"
                     f"SELECT ({x} AS ?x) (COUNT(?y) AS ?n) WHERE {{ {{ SELECT  ?y WHERE {{ ?y ?p {x} }} }} "
                     f"UNION {{ ?y ?q ?o FILTER NOT EXISTS {{ ?y ?r {x} }} }} FILTER(?y != \"?x\") }} "
                     f"GROUP BY ({x}) ORDER BY DESC(?n) ({x})")
    assert inline_bindings("ASK { ?a ?b ?c }", {"a": Term("uri", "http://e/a")}) == "ASK { <http://e/a> ?b ?c }"


def test_a_server_without_the_union_default_graph_is_refused(tmp_path: Path) -> None:
    # Oxigraph only: Virtuoso's default graph is always the union of its graphs.
    with oxigraph_serving(tmp_path / "data") as url:
        store = RemoteStore(Settings(store=url))
        graph = f"{store.minter.base}graph/article/probe"
        store.replace_graphs({graph: f"<{store.minter.base}article/probe> "
                                     f"<https://w3id.org/cscgraph/ontology#contentHash> \"x\" .\n"})
        with pytest.raises(StoreError, match="union"):
            store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
        store.close()


def test_an_answer_the_server_cut_short_is_refused(tmp_path: Path) -> None:
    # Virtuoso only: it cuts answers at its ResultSetMaxRows and says so in a header, with status 200.
    with virtuoso_serving(tmp_path / "data", max_rows=5) as settings:
        store = RemoteStore(settings)
        try:
            with pytest.raises(StoreError, match="cut the answer at 5 rows; raise its limit"):
                store.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
            assert len(store.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3").rows) == 3
        finally:
            store.close()


def test_the_first_write_records_the_format_version(remote_store: RemoteStore) -> None:
    meta = remote_store.minter.meta_graph
    found = remote_store.query(f"SELECT ?v WHERE {{ GRAPH <{meta}> {{ ?s <{CSC}formatVersion> ?v }} }}")
    assert [row["v"].value for row in found.rows] == [str(FORMAT_VERSION)]


@pytest.mark.parametrize(("recorded", "says"), [
    (FORMAT_VERSION + 1, f"written by a newer cscgraph; this one reads format {FORMAT_VERSION}; upgrade cscgraph"),
    (FORMAT_VERSION - 1, f"written by an older cscgraph; this one reads format {FORMAT_VERSION}; ingest the "
                         f"articles again"),
    (None, "holds articles but no cscgraph format version"),
])
def test_an_endpoint_of_another_format_is_refused(tmp_path: Path, engine: str, recorded: int | None,
                                                  says: str) -> None:
    with ENGINES[engine](tmp_path / "data") as settings:
        writer = RemoteStore(settings)
        minter = writer.minter
        version = "" if recorded is None else (f"<{minter.base}> <{CSC}formatVersion> {recorded} .")
        article = f"<{minter.base}article/old> <{CSC}contentHash> \"x\" ."
        with httpx.Client(auth=ChallengedAuth(settings.store_user, settings.store_password)) as client:
            for graph, data in ((minter.meta_graph, version), (f"{minter.base}graph/article/old", article)):
                if data:
                    assert writer.graph_store_url is not None
                    client.put(writer.graph_store_url, params={"graph": graph}, content=data,
                               headers={"Content-Type": "text/turtle"}).raise_for_status()
        writer.close()
        for use in (lambda s: s.query("ASK { ?s ?p ?o }"), lambda s: s.replace_graphs({f"{minter.base}graph/x": ""})):
            store = RemoteStore(settings)
            with pytest.raises(StoreVersionError, match=re.escape(says)):
                use(store)
            store.close()


@pytest.fixture(scope="module")
def web_server(remote_settings: Settings, remote_ingest: str) -> Iterator[str]:
    """`cscgraph serve` (a real uvicorn) reading the remote store."""
    port = free_port()
    process = subprocess.Popen([str(BIN / "cscgraph"), "--store", remote_settings.store, "serve",
                                "--port", str(port)], env=cli_env(remote_settings),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/", process, seconds=60)
        yield url
    finally:
        stop(process)


def test_web_pages_render_from_the_remote_store(web_server: str, remote_store: RemoteStore) -> None:
    people = _mentioned(remote_store, f"{remote_store.minter.base}person/", 1)
    measures = _mentioned(remote_store, f"{remote_store.minter.base}measure/", 1)
    article = remote_store.query(f"SELECT ?a WHERE {{ ?a a <{SCHEMA}NewsArticle> }} ORDER BY ?a LIMIT 1").rows
    pages = ["/", "/articles", "/lineage", "/funding", "/quotes", "/search?q=social+care", "/queries",
             "/sparql?query=" + "SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"]
    pages += [e.removeprefix(remote_store.minter.base.rstrip("/")) for e in people + measures]
    pages += ["/article/" + article[0]["a"].value.rsplit("/", 1)[1]]
    with httpx.Client(base_url=web_server, timeout=30) as client:
        for page in pages:
            response = client.get(page)
            assert response.status_code == 200, f"{page}: HTTP {response.status_code}"
            assert "<html" in response.text.lower() or page.startswith("/sparql")
        assert "social" in client.get("/search?q=social+care").text.lower()
