"""The graph store: an embedded Oxigraph store on disk, or a remote SPARQL 1.1 endpoint, behind one interface.

This is the only module that imports pyoxigraph. Callers hand it N-Triples text per named graph (see
`cscgraph.graph`) and get query answers back as `Results` of plain `Term`s, never pyoxigraph objects.

Every write of one article is one transaction: `DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { … } }` on the
embedded store (Oxigraph applies a whole update atomically), a Graph Store Protocol `PUT` of the named graph on a
remote one (or the same SPARQL Update where the server has no Graph Store Protocol).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal as TypingLiteral, Protocol

import httpx
import pyoxigraph as ox

from cscgraph.errors import QueryError, QueryTimeout, StoreError, StoreVersionError
from cscgraph.graph.namespaces import CSC, Minter
from cscgraph.graph.terms import iri, literal
from cscgraph.settings import Settings

__all__ = ["Term", "Results", "Store", "EmbeddedStore", "RemoteStore", "open_store", "FORMAT_VERSION",
           "turtle_to_ntriples", "store_generation"]

FORMAT_VERSION = 1
"""Version of the graph layout in the store; bumped when MAPPING.md changes incompatibly."""

ExportFormat = TypingLiteral["nquads", "trig", "turtle", "ntriples"]
_RDF_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE,
                "ntriples": ox.RdfFormat.N_TRIPLES}


@dataclass(frozen=True)
class Term:
    """One RDF term in a query answer, shaped like a SPARQL 1.1 JSON results binding."""

    type: TypingLiteral["uri", "literal", "bnode", "triple"]
    value: str
    datatype: str | None = None
    lang: str | None = None

    def __str__(self) -> str:
        return self.value

    @property
    def ntriples(self) -> str:
        """The term in N-Triples syntax, e.g. for a CONSTRUCT answer or a bound parameter."""
        if self.type == "uri":
            return iri(self.value)
        if self.type == "bnode":
            return f"_:{self.value}"
        text = literal(self.value)
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype and self.datatype != "http://www.w3.org/2001/XMLSchema#string":
            return f"{text}^^<{self.datatype}>"
        return text


@dataclass(frozen=True)
class Results:
    """A query's answer: `rows` for SELECT, `boolean` for ASK, `triples` (N-Triples text) for CONSTRUCT/DESCRIBE."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, Term], ...] = ()
    boolean: bool | None = None
    triples: str = ""
    truncated: bool = False


class Store(Protocol):
    """What the rest of cscgraph may ask of a store."""

    minter: Minter

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, timeout: float | None = None,
              limit: int | None = None) -> Results: ...

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        """Replace each named graph (IRI → N-Triples text) atomically; an empty text drops the graph.

        `additions` (IRI → N-Triples) are added to shared graphs, never dropped, in the same transaction."""

    def article_fingerprints(self) -> dict[str, tuple[str, str]]:
        """(content hash, extractor version) of every stored article, by article graph IRI."""

    def article_fingerprints_of(self, graphs: list[str]) -> dict[str, tuple[str, str]]:
        """`article_fingerprints` for just these graphs (absent ones are left out)."""

    def export(self, fmt: ExportFormat) -> bytes: ...

    def close(self) -> None: ...


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The store `settings.store` names: a URL opens a remote endpoint, anything else a folder on disk."""
    if settings.is_remote:
        return RemoteStore(settings)
    return EmbeddedStore(Path(settings.store), Minter(settings.base_iri), read_only=read_only)


def turtle_to_ntriples(paths: list[Path]) -> str:
    """The triples of Turtle files as N-Triples text, ready for `Store.replace_graphs`."""
    lines: list[str] = []
    for path in paths:
        try:
            triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            lines += [f"{t.subject} {t.predicate} {t.object} .\n" for t in triples]
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{path}: cannot read Turtle: {exc}") from exc
    return "".join(lines)


def store_generation(path: Path) -> int:
    """How many times the embedded store in `path` has been written (0 if never): readers that opened it
    read-only (a snapshot) compare this with the number they opened at, and reopen when it has grown."""
    try:
        return int((path.parent / f"{path.name}.generation").read_text(encoding="ascii") or 0)
    except (OSError, ValueError):
        return 0


def _bump_generation(path: Path) -> None:
    target = path.parent / f"{path.name}.generation"
    scratch = target.with_name(target.name + ".tmp")
    scratch.write_text(str(store_generation(path) + 1), encoding="ascii")
    scratch.replace(target)  # atomic, so a reader never sees a half-written number


def _term(value: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Term:
    if isinstance(value, ox.NamedNode):
        return Term("uri", value.value)
    if isinstance(value, ox.BlankNode):
        return Term("bnode", value.value)
    if isinstance(value, ox.Literal):
        return Term("literal", value.value, value.datatype.value if not value.language else None, value.language)
    return Term("triple", str(value))


def _ox_term(term: Term) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if term.type == "uri":
        return ox.NamedNode(term.value)
    if term.type == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype) if term.datatype else None)


def _collect(answer: object, deadline: float | None, limit: int | None) -> Results:
    """Drain a pyoxigraph answer into `Results`, checking the deadline between rows."""
    if isinstance(answer, ox.QueryBoolean):
        return Results("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        lines = []
        for n, triple in enumerate(answer):
            if deadline is not None and time.monotonic() > deadline:
                raise QueryTimeout("query ran past its time limit")
            if limit is not None and n >= limit:
                return Results("graph", triples="".join(lines), truncated=True)
            lines.append(f"{triple.subject} {triple.predicate} {triple.object} .\n")
        return Results("graph", triples="".join(lines))
    assert isinstance(answer, ox.QuerySolutions)
    variables = tuple(v.value for v in answer.variables)
    rows: list[dict[str, Term]] = []
    for solution in answer:
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeout("query ran past its time limit")
        if limit is not None and len(rows) >= limit:
            return Results("select", variables, tuple(rows), truncated=True)
        rows.append({name: _term(value) for name in variables if (value := solution[name]) is not None})
    return Results("select", variables, tuple(rows))


class EmbeddedStore:
    """Oxigraph's RocksDB store in a folder. One process may hold it for writing at a time."""

    def __init__(self, path: Path, minter: Minter, *, read_only: bool = False, check_version: bool = True) -> None:
        """`check_version=False` is for `cscgraph.migrate` only: it opens a store of any format version."""
        self.path, self.minter, self.read_only = path, minter, read_only
        try:
            if read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc
        if check_version:
            self._check_version(read_only)

    def _check_version(self, read_only: bool) -> None:
        graph = ox.NamedNode(self.minter.meta_graph)
        versions = [q.object.value for q in self._store.quads_for_pattern(
            None, ox.NamedNode(f"{CSC}formatVersion"), None, graph)]
        if not versions:
            if len(self._store) and not read_only:
                raise StoreVersionError(f"{self.path}: this store has no format version; it was not written by "
                                        f"cscgraph — choose another folder")
            if not read_only:
                self._store.add(ox.Quad(ox.NamedNode(self.minter.base), ox.NamedNode(f"{CSC}formatVersion"),
                                        ox.Literal(str(FORMAT_VERSION), datatype=ox.NamedNode(
                                            "http://www.w3.org/2001/XMLSchema#integer")), graph))
            return
        if int(versions[0]) < FORMAT_VERSION:
            raise StoreVersionError(f"{self.path}: store format {versions[0]} was written by an older cscgraph, "
                                    f"this one reads format {FORMAT_VERSION}; upgrade it in place with "
                                    f"`cscgraph --store {self.path} migrate` (stop `cscgraph serve` first)")
        if int(versions[0]) > FORMAT_VERSION:
            raise StoreVersionError(f"{self.path}: store format {versions[0]} was written by a newer cscgraph, "
                                    f"this one reads format {FORMAT_VERSION}; upgrade cscgraph "
                                    f"(`pip install -U cscgraph`)")

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, timeout: float | None = None,
              limit: int | None = None, default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None) -> Results:
        """Run a query; `default_graphs`/`named_graphs` (SPARQL Protocol `default-graph-uri`/`named-graph-uri`)
        replace the union of all graphs as the dataset when given."""
        deadline = time.monotonic() + timeout if timeout else None
        substitutions = {ox.Variable(k): _ox_term(v) for k, v in (bindings or {}).items()}
        dataset: dict[str, object] = {}
        if default_graphs:
            dataset["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            answer = self._store.query(sparql, use_default_graph_as_union=not default_graphs,
                                       substitutions=substitutions or None, **dataset)  # type: ignore[arg-type]
            return _collect(answer, deadline, limit)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except RuntimeError as exc:  # e.g. a substituted variable the SELECT does not project
            raise QueryError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: query failed: {exc}") from exc

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        ops = []
        for graph, ntriples in graphs.items():
            ops.append(f"DROP SILENT GRAPH {iri(graph)}")
            if ntriples:
                ops.append(f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{ntriples}}} }}")
        for graph, ntriples in (additions or {}).items():
            if ntriples:
                ops.append(f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{ntriples}}} }}")
        if not ops:
            return
        try:
            self._store.update(" ;\n".join(ops))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.path}: write failed: {exc}") from exc
        _bump_generation(self.path)

    def article_fingerprints(self) -> dict[str, tuple[str, str]]:
        prefix = self.minter.article_graph_prefix

        def by_graph(predicate: str) -> dict[str, str]:
            return {q.graph_name.value: q.object.value
                    for q in self._store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)
                    if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(prefix)}

        versions = by_graph(f"{CSC}extractorVersion")
        return {g: (h, versions.get(g, "")) for g, h in by_graph(f"{CSC}contentHash").items()}

    def article_fingerprints_of(self, graphs: list[str]) -> dict[str, tuple[str, str]]:
        out = {}
        for graph in graphs:
            g = ox.NamedNode(graph)
            hashes = [q.object.value for q in self._store.quads_for_pattern(None, ox.NamedNode(f"{CSC}contentHash"),
                                                                             None, g)]
            versions = [q.object.value for q in self._store.quads_for_pattern(
                None, ox.NamedNode(f"{CSC}extractorVersion"), None, g)]
            if hashes:
                out[graph] = (hashes[0], versions[0] if versions else "")
        return out

    def export(self, fmt: ExportFormat) -> bytes:
        if fmt in ("turtle", "ntriples"):
            # Triple formats carry no graph names: the union of every graph but the store metadata.
            meta = ox.NamedNode(self.minter.meta_graph)
            quads = (ox.Triple(q.subject, q.predicate, q.object) for q in self._store
                     if q.graph_name != meta)
            return ox.serialize(quads, format=_RDF_FORMATS[fmt]) or b""
        return self._store.dump(format=_RDF_FORMATS[fmt]) or b""

    def close(self) -> None:
        if not self.read_only:
            self._store.flush()
        del self._store


class RemoteStore:
    """A SPARQL 1.1 endpoint: queries by the SPARQL Protocol, per-article graph replacement by the Graph Store
    Protocol (`PUT`) or, where `graph_store_path` is empty, by SPARQL Update."""

    def __init__(self, settings: Settings, client: httpx.Client | None = None) -> None:
        base = settings.store.rstrip("/")
        self.minter = Minter(settings.base_iri)
        self.query_url = settings.query_path or f"{base}/query"
        self.update_url = settings.update_path or f"{base}/update"
        self.graph_store_url = settings.graph_store_path if settings.graph_store_path != "" else f"{base}/store"
        self._client = client or httpx.Client(timeout=settings.query_timeout + 5)

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, timeout: float | None = None,
              limit: int | None = None, default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None) -> Results:
        text = _inline_bindings(sparql, bindings or {})
        form: dict[str, object] = {"query": text}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            form["named-graph-uri"] = list(named_graphs)
        try:
            response = self._client.post(self.query_url, data=form, headers={
                "Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
                timeout=timeout + 5 if timeout else None)
        except httpx.HTTPError as exc:
            raise StoreError(f"{self.query_url}: {exc}") from exc
        if response.status_code == 400:
            raise QueryError(f"{self.query_url}: {response.text.strip()[:500]}")
        if response.status_code >= 300:
            raise StoreError(f"{self.query_url}: HTTP {response.status_code}: {response.text.strip()[:300]}")
        ctype = response.headers.get("content-type", "").split(";")[0].strip()
        if ctype in ("application/n-triples", "text/turtle"):
            fmt = ox.RdfFormat.N_TRIPLES if ctype == "application/n-triples" else ox.RdfFormat.TURTLE
            triples = ox.parse(response.content, format=fmt)
            lines = [f"{t.subject} {t.predicate} {t.object} .\n" for t in triples]
            return Results("graph", triples="".join(lines[:limit] if limit else lines),
                           truncated=bool(limit and len(lines) > limit))
        answer = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        return _collect(answer, None, limit)

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        for graph, ntriples in (additions or {}).items():
            if ntriples:
                self._update(graph, f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{ntriples}}} }}")
        for graph, ntriples in graphs.items():
            self._replace_graph(graph, ntriples)

    def _replace_graph(self, graph: str, ntriples: str) -> None:
        if self.graph_store_url and ntriples:
            try:
                response = self._client.put(self.graph_store_url, params={"graph": graph}, content=ntriples.encode(),
                                            headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise StoreError(f"{graph}: remote write failed: {exc}") from exc
            self._check(graph, response)
            return
        update = f"DROP SILENT GRAPH {iri(graph)}"
        if ntriples:
            update += f" ;\nINSERT DATA {{ GRAPH {iri(graph)} {{\n{ntriples}}} }}"
        self._update(graph, update)

    def _update(self, graph: str, update: str) -> None:
        try:
            response = self._client.post(self.update_url, data={"update": update})
        except httpx.HTTPError as exc:
            raise StoreError(f"{graph}: remote write failed: {exc}") from exc
        self._check(graph, response)

    @staticmethod
    def _check(graph: str, response: httpx.Response) -> None:
        if response.status_code >= 300:
            raise StoreError(f"{graph}: remote write failed: HTTP {response.status_code}: "
                             f"{response.text.strip()[:300]}")

    def article_fingerprints(self) -> dict[str, tuple[str, str]]:
        results = self.query(
            f"SELECT ?g ?h ?v WHERE {{ GRAPH ?g {{ ?a <{CSC}contentHash> ?h . "
            f"OPTIONAL {{ ?act <{CSC}extractorVersion> ?v }} }} "
            f"FILTER(STRSTARTS(STR(?g), {literal(self.minter.article_graph_prefix)})) }}")
        return {row["g"].value: (row["h"].value, row["v"].value if "v" in row else "") for row in results.rows}

    def article_fingerprints_of(self, graphs: list[str]) -> dict[str, tuple[str, str]]:
        out = {}
        for graph in graphs:
            results = self.query(f"SELECT ?h ?v WHERE {{ GRAPH ?g {{ ?a <{CSC}contentHash> ?h . "
                                 f"OPTIONAL {{ ?act <{CSC}extractorVersion> ?v }} }} }}", {"g": Term("uri", graph)})
            for row in results.rows[:1]:
                out[graph] = (row["h"].value, row["v"].value if "v" in row else "")
        return out

    def export(self, fmt: ExportFormat) -> bytes:
        results = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        quads = (f"{r['s'].ntriples} {r['p'].ntriples} {r['o'].ntriples} {r['g'].ntriples} .\n"
                 for r in results.rows if r["g"].value != self.minter.meta_graph)
        data = "".join(quads).encode()
        if fmt == "nquads":
            return data
        parsed = ox.parse(data, format=ox.RdfFormat.N_QUADS)
        if fmt in ("turtle", "ntriples"):
            parsed = (ox.Triple(q.subject, q.predicate, q.object) for q in parsed)
        return ox.serialize(parsed, format=_RDF_FORMATS[fmt]) or b""

    def close(self) -> None:
        self._client.close()


def _inline_bindings(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Bind parameters for a server without SEP-0007 substitutions: a VALUES block opening the WHERE group.

    Values are written as RDF terms (escaped by `iri`/`literal`), never pasted as query text.
    """
    if not bindings:
        return sparql
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.ntriples for term in bindings.values())
    block = f"VALUES ({names}) {{ ({values}) }}\n"
    lower = sparql.lower()
    where = lower.find("where")
    brace = sparql.find("{", where if where >= 0 else 0)
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    return sparql[:brace + 1] + "\n" + block + sparql[brace + 1:]

