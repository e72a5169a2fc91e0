"""The remote store: a SPARQL 1.1 server, queried by the SPARQL Protocol and written a graph at a time by the Graph
Store Protocol (`PUT`, atomic on the server), or by one SPARQL Update per batch where the server has no Graph Store
Protocol."""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import replace

import httpx
import pyoxigraph as ox

from cscgraph.errors import QueryError, QueryTimeout, StoreError, StoreVersionError
from cscgraph.graph.namespaces import CSC, XSD, Minter
from cscgraph.graph.terms import iri, literal
from cscgraph.settings import Settings
from cscgraph.store.binding import inline_bindings, query_form
from cscgraph.store.rdf_text import RDF_FORMATS, ExportFormat
from cscgraph.store.results import Results, Term, collect_answer
from cscgraph.store.versions import FORMAT_VERSION, version_quad


class RemoteStore:
    """A SPARQL 1.1 endpoint: queries by the SPARQL Protocol, per-article graph replacement by the Graph Store
    Protocol (`PUT`) or, where the server has none (`graph_store_path` set to `none`), by SPARQL Update.

    Canned queries read the union of the named graphs as the default graph, which the server must be set up to
    give (README, "Remote SPARQL stores"); the first query that finds data checks this and says what to do.
    """

    def __init__(self, settings: Settings) -> None:
        """Endpoint URLs from the settings; a user and password (settings, or the store URL's `USER:PASSWORD@`,
        which is then left out of every URL and message) are sent to a server that asks for them."""
        store = httpx.URL(settings.store)
        user = settings.store_user or store.username
        password = settings.store_password or store.password
        base = str(store.copy_with(username=None, password=None)).rstrip("/")
        self.minter = Minter(settings.base_iri)
        self.query_url = endpoint_url(base, settings.query_path, "query")
        self.update_url = endpoint_url(base, settings.update_path, "update")
        self.graph_store_url = (None if settings.graph_store_path.strip().lower() in NO_GRAPH_STORE
                                else endpoint_url(base, settings.graph_store_path, "store"))
        self._client = httpx.Client(timeout=settings.query_timeout + 5,
                                    auth=ChallengedAuth(user, password) if user or password else None)
        self._union_checked = False
        self._version_recorded: bool | None = None  # not yet looked up

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, timeout: float | None = None,
              limit: int | None = None, default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None, union_default: bool = True,
              base_iri: str | None = None) -> Results:
        """As `EmbeddedStore.query`; the server applies its own default graph (set up as the union) and base."""
        self._check_version()
        if not self._union_checked and not default_graphs:
            self._check_union_default_graph()
        return self._query(inline_bindings(sparql, bindings or {}), timeout, limit, default_graphs, named_graphs)

    def _check_version(self) -> None:
        """Once: the endpoint's recorded graph layout (`FORMAT_VERSION`) must be this cscgraph's. An endpoint with
        none is new (its first write records it) unless it already holds articles."""
        if self._version_recorded is not None:
            return
        quad = version_quad(self.minter)
        found = self._query(f"SELECT ?v WHERE {{ GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} ?v }} }}")
        versions = sorted(int(row["v"].value) for row in found.rows if row["v"].value.isdigit())
        if not versions:
            if self._query(f"ASK {{ GRAPH ?g {{ ?s <{CSC}contentHash> ?o }} }}").boolean:
                raise StoreVersionError(f"{self.query_url}: the endpoint holds articles but no cscgraph format "
                                        f"version; they were not written by this cscgraph — load them again into "
                                        f"an empty dataset")
            self._version_recorded = False
            return
        if versions[-1] != FORMAT_VERSION:
            older = versions[-1] < FORMAT_VERSION
            raise StoreVersionError(
                f"{self.query_url}: the endpoint holds store format {versions[-1]}, written by "
                f"{'an older' if older else 'a newer'} cscgraph; this one reads format {FORMAT_VERSION}; "
                + ("ingest the articles again into an empty dataset (`migrate` works on embedded stores only)"
                   if older else "upgrade cscgraph (`pip install -U cscgraph`)"))
        self._version_recorded = True

    def _query(self, text: str, timeout: float | None = None, limit: int | None = None,
               default_graphs: Sequence[str] | None = None,
               named_graphs: Sequence[str] | None = None) -> Results:
        form: dict[str, object] = {"query": text}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            form["named-graph-uri"] = list(named_graphs)
        try:
            response = self._client.post(self.query_url, data=form, headers={
                "Accept": "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"},
                timeout=timeout + 5 if timeout else httpx.USE_CLIENT_DEFAULT)
        except httpx.TimeoutException as exc:
            raise QueryTimeout(f"{self.query_url}: query ran past its time limit") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"{self.query_url}: cannot reach the SPARQL endpoint: {exc}") from exc
        if response.status_code == 400:
            raise QueryError(f"{self.query_url}: {response.text.strip()[:500]}")
        if response.status_code >= 300:
            raise StoreError(f"{self.query_url}: HTTP {response.status_code}: {response.text.strip()[:300]}")
        ctype = response.headers.get("content-type", "").split(";")[0].strip()
        if ctype in ("application/n-triples", "text/turtle", "text/plain"):
            fmt = ox.RdfFormat.TURTLE if ctype == "text/turtle" else ox.RdfFormat.N_TRIPLES
            triples = ox.parse(response.content, format=fmt)
            lines = [f"{t.subject} {t.predicate} {t.object} .\n" for t in triples]
            return Results("graph", triples="".join(lines[:limit] if limit else lines),
                           truncated=bool(limit and len(lines) > limit))
        try:
            answer = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url}: the answer is not SPARQL JSON results ({ctype or 'no type'}): "
                             f"{exc}") from exc
        results = _as_asked(collect_answer(answer, None, limit), query_form(text))
        if PARTIAL_ANSWER_HEADER in response.headers:
            raise StoreError(f"{self.query_url}: the server sent a partial answer (it stopped the query: "
                             f"{response.headers.get('x-sql-message', '')[:200]})")
        if (cut := response.headers.get(MAX_ROWS_HEADER)) and not results.truncated:
            raise StoreError(f"{self.query_url}: the server cut the answer at {cut} rows; raise its limit "
                             f"(Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)")
        return results

    def _check_union_default_graph(self) -> None:
        """Fail early, and say what to do, when the server's default graph is not the union of named graphs."""
        probe = f"<{CSC}contentHash>"
        in_graphs = self._query(f"ASK {{ GRAPH ?g {{ ?s {probe} ?o }} }}").boolean
        if not in_graphs:
            return  # nothing stored yet: check again on a later query
        self._union_checked = True
        if not self._query(f"ASK {{ ?s {probe} ?o }}").boolean:
            raise StoreError(f"{self.query_url}: the endpoint's default graph is not the union of its named graphs, "
                             "which cscgraph's queries need; start Oxigraph with `--union-default-graph`, set "
                             "`tdb2:unionDefaultGraph true` on a Fuseki dataset (see README, Remote SPARQL stores)")

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        """With the Graph Store Protocol: one `POST` per shared graph addition, then one `PUT` (or `DELETE`) per
        graph, each atomic on the server. Without it: one SPARQL Update holding every DROP/INSERT pair, atomic
        as a whole on servers that apply an update request in one transaction (all those in the README). The
        first write to a new endpoint records the format version with it."""
        self._check_version()
        if not self._version_recorded:
            quad = version_quad(self.minter)
            additions = {**(additions or {})}
            additions[self.minter.meta_graph] = (additions.get(self.minter.meta_graph, "")
                                                 + f"{quad.subject} {quad.predicate} {quad.object} .\n")
        if self.graph_store_url:
            for graph, ntriples in (additions or {}).items():
                if ntriples:
                    self._graph_store("POST", graph, ntriples)
            for graph, ntriples in graphs.items():
                self._graph_store("PUT" if ntriples else "DELETE", graph, ntriples)
        else:
            ops = [f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{nt}}} }}" for graph, nt in (additions or {}).items() if nt]
            for graph, ntriples in graphs.items():
                ops.append(f"DROP SILENT GRAPH {iri(graph)}")
                if ntriples:
                    ops.append(f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{ntriples}}} }}")
            if ops:
                self._update(", ".join(graphs) or "update", " ;\n".join(ops))
        self._version_recorded = True

    def _graph_store(self, method: str, graph: str, ntriples: str) -> None:
        assert self.graph_store_url is not None
        try:
            response = self._client.request(method, self.graph_store_url, params={"graph": graph},
                                            content=ntriples.encode() if ntriples else None,
                                            headers={"Content-Type": "application/n-triples"} if ntriples else {})
        except httpx.HTTPError as exc:
            raise StoreError(f"{graph}: remote write to {self.graph_store_url} failed: {exc}") from exc
        if method == "DELETE" and response.status_code == 404:
            return  # the graph was not there: nothing to drop
        self._check(graph, response)

    def _update(self, what: str, update: str) -> None:
        try:
            response = self._client.post(self.update_url, data={"update": update})
        except httpx.HTTPError as exc:
            raise StoreError(f"{what[:200]}: remote write to {self.update_url} failed: {exc}") from exc
        self._check(what, response)

    @staticmethod
    def _check(what: str, response: httpx.Response) -> None:
        if response.status_code >= 300:
            raise StoreError(f"{what[:200]}: remote write failed: HTTP {response.status_code} from "
                             f"{response.request.url}: {response.text.strip()[:300]}")

    def article_fingerprints(self) -> dict[str, tuple[str, str]]:
        results = self._query(
            f"SELECT ?g ?h ?v WHERE {{ GRAPH ?g {{ ?a <{CSC}contentHash> ?h . "
            f"OPTIONAL {{ ?act <{CSC}extractorVersion> ?v }} }} "
            f"FILTER(STRSTARTS(STR(?g), {literal(self.minter.article_graph_prefix)})) }}")
        return {row["g"].value: (row["h"].value, row["v"].value if "v" in row else "") for row in results.rows}

    def article_fingerprints_of(self, graphs: list[str]) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for start in range(0, len(graphs), 100):
            values = " ".join(Term("uri", graph).ntriples for graph in graphs[start:start + 100])
            results = self._query(f"SELECT ?g ?h ?v WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ "
                                  f"?a <{CSC}contentHash> ?h . OPTIONAL {{ ?act <{CSC}extractorVersion> ?v }} }} }}")
            for row in results.rows:
                out.setdefault(row["g"].value, (row["h"].value, row["v"].value if "v" in row else ""))
        return out

    def export(self, fmt: ExportFormat) -> bytes:
        """As `EmbeddedStore.export`: the graphs cscgraph wrote (named under its base), not a server's own (such
        as Virtuoso's schema graphs)."""
        graphs = literal(f"{self.minter.base}graph/")
        results = self._query(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), {graphs})) }}")
        quads = (f"{r['s'].ntriples} {r['p'].ntriples} {r['o'].ntriples} {r['g'].ntriples} .\n"
                 for r in results.rows if r["g"].value != self.minter.meta_graph)
        data = "".join(quads).encode()
        if fmt == "nquads":
            return data
        parsed = ox.parse(data, format=ox.RdfFormat.N_QUADS)
        if fmt in ("turtle", "ntriples"):
            parsed = (ox.Triple(q.subject, q.predicate, q.object) for q in parsed)
        return ox.serialize(parsed, format=RDF_FORMATS[fmt]) or b""

    def close(self) -> None:
        self._client.close()


MAX_ROWS_HEADER = "x-sparql-maxrows"
"""Set by Virtuoso when it cut an answer at its ResultSetMaxRows: the rows are not the whole answer."""
PARTIAL_ANSWER_HEADER = "x-sql-state"
"""Set by Virtuoso on an "anytime" answer, cut short when the query ran past its MaxQueryExecutionTime."""
VIRTUOSO_ASK_VARIABLE = "__ASK_RETVAL"
"""The one variable of Virtuoso 7.2's answer to an ASK query, sent as a SELECT answer with one row holding 1 or 0."""
BOOLEAN_FORMS = {"1": "true", "0": "false"}
"""xsd:boolean's other lexical forms (Virtuoso writes these), as the canonical ones the embedded store gives."""


def _as_asked(results: Results, form: str) -> Results:
    """A server's answer in the shape the embedded store gives: an ASK answered as a one-row SELECT (Virtuoso)
    becomes a boolean, and xsd:boolean values are written in their canonical form.

    >>> _as_asked(Results("select", (VIRTUOSO_ASK_VARIABLE,), ({VIRTUOSO_ASK_VARIABLE: Term("literal", "1")},)),
    ...           "ASK").boolean
    True
    >>> _as_asked(Results("select", ("b",), ({"b": Term("literal", "0", f"{XSD}boolean")},)), "SELECT").rows
    ({'b': Term(type='literal', value='false', datatype='http://www.w3.org/2001/XMLSchema#boolean', lang=None)},)
    """
    if results.kind != "select":
        return results
    if form == "ASK" and results.variables == (VIRTUOSO_ASK_VARIABLE,) and len(results.rows) <= 1:
        value = results.rows[0].get(VIRTUOSO_ASK_VARIABLE) if results.rows else None
        return Results("ask", boolean=value is not None and value.value in ("1", "true"))
    boolean = f"{XSD}boolean"
    if not any(term.datatype == boolean and term.value in BOOLEAN_FORMS for row in results.rows
               for term in row.values()):
        return results
    rows = tuple({name: replace(term, value=BOOLEAN_FORMS[term.value])
                  if term.datatype == boolean and term.value in BOOLEAN_FORMS else term
                  for name, term in row.items()} for row in results.rows)
    return replace(results, rows=rows)


class ChallengedAuth(httpx.Auth):
    """A user and password sent the way the server's `401` challenge asks: HTTP Digest (Virtuoso's `/sparql-auth`
    and `/sparql-graph-crud-auth`) or Basic. Nothing is sent until a server asks; the scheme it asked for first
    is used from then on."""

    def __init__(self, user: str, password: str) -> None:
        self._schemes = {"digest": httpx.DigestAuth(user, password), "basic": httpx.BasicAuth(user, password)}
        self._chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._chosen is None:
            response = yield request
            if response.status_code != 401:
                return
            asked = {value.split(" ", 1)[0].strip().lower() for value in response.headers.get_list("www-authenticate")}
            self._chosen = self._schemes["digest" if "digest" in asked else "basic"]
        yield from self._chosen.auth_flow(request)


NO_GRAPH_STORE = frozenset({"none", "-", "off"})
"""Values of `graph_store_path` that mean the server has no Graph Store Protocol: write by SPARQL Update."""


def endpoint_url(store: str, setting: str, default: str) -> str:
    """An endpoint's URL from its setting: a full URL as is, `.` the store URL itself, a path otherwise (absolute
    from the server root, relative from the store URL); an empty setting is `default` under the store URL.

    >>> endpoint_url("http://h:3030/ds", "", "query"), endpoint_url("http://h:3030/ds", "data", "store")
    ('http://h:3030/ds/query', 'http://h:3030/ds/data')
    >>> endpoint_url("http://h:7200/repositories/r", ".", "query"), endpoint_url("http://h:8890", "/sparql", "q")
    ('http://h:7200/repositories/r', 'http://h:8890/sparql')
    """
    setting = setting.strip()
    if setting.startswith(("http://", "https://")):
        return setting
    if setting == ".":
        return store
    if setting.startswith("/"):
        parts = httpx.URL(store)
        return str(parts.copy_with(raw_path=setting.encode(), query=None))
    return f"{store.rstrip('/')}/{setting or default}"
