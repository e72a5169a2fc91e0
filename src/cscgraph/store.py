"""The graph store: an embedded Oxigraph store on disk, or a remote SPARQL 1.1 endpoint, behind one interface.

This is the only module that imports pyoxigraph. Callers hand it N-Triples text per named graph (see
`cscgraph.graph`) and get query answers back as `Results` of plain `Term`s, never pyoxigraph objects.

Every write of an article is atomic, and a batch of articles is written in as few transactions as that allows: on
the embedded store, one `Store.load` of N-Quads for the batch's new graphs and one SPARQL update of
`DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { … } }` pairs for graphs it replaces (Oxigraph applies each
atomically); on a remote one, a Graph Store Protocol `PUT` per graph, or one SPARQL Update for the batch where
the server has no Graph Store Protocol.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal as TypingLiteral, Protocol

import httpx
import pyoxigraph as ox

from cscgraph.errors import QueryError, QueryTimeout, StoreBusy, StoreError, StoreVersionError
from cscgraph.graph.namespaces import CSC, XSD, Minter
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
    return EmbeddedStore(Path(settings.store), Minter(settings.base_iri), read_only=read_only,
                         wait=settings.write_wait)


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


def graph_size(store: Store, graph: str) -> int:
    """How many quads one named graph holds (read from that graph only)."""
    rows = store.query("SELECT ?g (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                       {"g": Term("uri", graph)}).rows
    return int(rows[0]["quads"].value) if rows else 0


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


FLUSH_EVERY_BYTES = 16_000_000
"""RDF text (bytes) an embedded store takes in before its memtables are flushed to disk. Unflushed, RocksDB's
memtables grew by about 450 MB per 1,000 benchmark articles; flushing every 16 MB keeps them near 50 MB at no
measurable CPU cost (bench/RESULTS.md)."""


def _nquads(graph: str, ntriples: str) -> str:
    """N-Triples text (one triple a line, as `cscgraph.graph` writes it) as N-Quads in `graph`.

    >>> _nquads("http://e/g", '<http://e/s> <http://e/p> "o" .\\n')
    '<http://e/s> <http://e/p> "o" <http://e/g> .\\n'
    """
    name = f"{iri(graph)} .\n"
    out = []
    for line in ntriples.split("\n"):  # literals escape newlines, so a newline always ends a triple
        if not line:
            continue
        if not line.endswith(" ."):
            raise ValueError(f"{graph}: not an N-Triples line: {line[:120]!r}")
        out.append(line[:-1] + name)
    return "".join(out)


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


_VANISHED_FILE = re.compile(r"No such file or directory|While open a file", re.I)
"""How RocksDB reports a data file that a concurrent writer's compaction deleted under a read-only snapshot."""

READ_ONLY_OPEN_ATTEMPTS = 4
"""Tries at opening a read-only view while a writer compacts: RocksDB may delete a file the view was about to open."""


def _open_read_only(path: Path) -> ox.Store:
    if not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no store here yet; run `cscgraph --store {path} ingest` first")
    for attempt in range(READ_ONLY_OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:  # RocksDB reports a vanished file as I/O error or "Corruption"
            if attempt < READ_ONLY_OPEN_ATTEMPTS - 1 and _VANISHED_FILE.search(str(exc)):
                time.sleep(0.05 * (attempt + 1))
                continue
            if isinstance(exc, OSError):
                raise StoreError(f"{path}: cannot open the store: {exc}") from exc
            raise StoreError(f"{path}: the store is incomplete ({exc}); open it once for writing, e.g. "
                             f"`cscgraph --store {path} ingest`, to repair it") from exc
    raise AssertionError("unreachable")


WRITER_POLL_SECONDS = 0.25
"""How often a writer waiting for the store tries again."""


def _open_for_writing(path: Path, wait: float) -> ox.Store:
    """Open the store for writing, waiting up to `wait` seconds while another process holds it."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return ox.Store(str(path))
        except OSError as exc:
            if not _held_by_another_process(path):
                raise
            if time.monotonic() >= deadline:
                raise StoreBusy(f"{path}: another process is writing to the store (an ingest, watch or migrate); "
                                f"waited {wait:g} s — try again when it has finished, or wait longer with "
                                f"--wait SECONDS (CSCGRAPH_WRITE_WAIT)") from exc
            time.sleep(WRITER_POLL_SECONDS)


def _held_by_another_process(path: Path) -> bool:
    """Whether another process holds the store's RocksDB LOCK file (asked of the kernel: a POSIX record lock)."""
    import fcntl

    try:
        with open(path / "LOCK", "rb+") as lock:
            try:
                fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.lockf(lock, fcntl.LOCK_UN)
            return False
    except OSError:
        return False


ROCKSDB_LEFTOVERS = re.compile(r"LOCK|LOG(\.old\..*)?|IDENTITY|\d+\.log|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?")
"""Files RocksDB may leave in a folder when killed before it wrote CURRENT."""


def _version_quad(minter: Minter) -> ox.Quad:
    """The quad that records which graph layout (`FORMAT_VERSION`) a store holds."""
    return ox.Quad(ox.NamedNode(minter.base), ox.NamedNode(f"{CSC}formatVersion"),
                   ox.Literal(str(FORMAT_VERSION), datatype=ox.NamedNode(f"{XSD}integer")),
                   ox.NamedNode(minter.meta_graph))


def _create_store(path: Path, minter: Minter) -> None:
    """Create a store at `path` atomically: build it, with its format version, in a sibling folder and rename it
    into place, so a kill at any point leaves either no store or a complete one."""
    if path.exists():
        if not path.is_dir():
            raise StoreError(f"{path}: cannot create the store: it is a file, not a folder")
        foreign = sorted(entry.name for entry in path.iterdir() if not ROCKSDB_LEFTOVERS.fullmatch(entry.name))
        if foreign:
            raise StoreError(f"{path}: cannot create the store: the folder is not empty and holds no store "
                             f"(found {', '.join(foreign[:3])}); choose another folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(path)
    building = path.parent / f".{path.name}.creating-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    store = ox.Store(str(building))
    store.add(_version_quad(minter))
    store.flush()
    del store
    if path.exists():
        shutil.rmtree(path)  # only RocksDB leftovers of a killed first open, checked above
    try:
        building.rename(path)
    except OSError:  # another process created the store first; use theirs
        shutil.rmtree(building, ignore_errors=True)


def _remove_abandoned_builds(path: Path) -> None:
    """Delete half-built stores next to `path` left by processes that were killed while creating it."""
    for leftover in path.parent.glob(f".{path.name}.creating-*"):
        pid = leftover.name.rsplit("-", 1)[1]
        if pid.isdigit() and not _process_alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EmbeddedStore:
    """Oxigraph's RocksDB store in a folder. One process may hold it for writing at a time."""

    def __init__(self, path: Path, minter: Minter, *, read_only: bool = False, check_version: bool = True,
                 wait: float = 0.0) -> None:
        """A read-only store is a snapshot that follows the writer: it reopens when the store's generation has
        moved (looked at most once a second). A writer waits up to `wait` seconds for another writer to let go
        of the store, then raises `StoreBusy`. `check_version=False` is for `cscgraph.migrate` only: it opens a
        store of any format version."""
        self.path, self.minter, self.read_only = path, minter, read_only
        self._written_since_flush = 0
        self._generation, self._generation_seen = store_generation(path), time.monotonic()
        try:
            if read_only:
                self._store = _open_read_only(path)
            else:
                if not (path / "CURRENT").exists():
                    _create_store(path, minter)
                self._store = _open_for_writing(path, wait)
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc
        if check_version:
            self._check_version(read_only)

    def _follow_writer(self) -> None:
        """For a read-only snapshot: reopen when the writer has written since it was opened."""
        now = time.monotonic()
        if not self.read_only or now - self._generation_seen < 1.0:
            return
        self._generation_seen = now
        generation = store_generation(self.path)
        if generation != self._generation:
            self._store = _open_read_only(self.path)
            self._generation = generation

    def _check_version(self, read_only: bool) -> None:
        graph = ox.NamedNode(self.minter.meta_graph)
        versions = [q.object.value for q in self._store.quads_for_pattern(
            None, ox.NamedNode(f"{CSC}formatVersion"), None, graph)]
        if not versions:
            if len(self._store) and not read_only:
                raise StoreVersionError(f"{self.path}: this store has no format version; it was not written by "
                                        f"cscgraph — choose another folder")
            if not read_only:
                self._store.add(_version_quad(self.minter))
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
              named_graphs: Sequence[str] | None = None, union_default: bool = True,
              base_iri: str | None = None) -> Results:
        """Run a query. Its dataset: with `default_graphs` or `named_graphs` (SPARQL Protocol `default-graph-uri`/
        `named-graph-uri`), exactly those graphs (the default graph empty when only named graphs are given);
        otherwise the union of all graphs as default graph, unless `union_default` is false (the query names its
        own dataset with FROM / FROM NAMED). Relative IRIs resolve against `base_iri`."""
        deadline = time.monotonic() + timeout if timeout else None
        self._follow_writer()
        dataset: dict[str, object] = {}
        try:  # a bound value or graph name that is not a valid IRI (e.g. from a URL) is the caller's error
            substitutions = {ox.Variable(k): _ox_term(v) for k, v in (bindings or {}).items()}
            if default_graphs or named_graphs:
                dataset["default_graph"] = [ox.NamedNode(g) for g in default_graphs or ()]
                dataset["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or ()]
                union_default = False
        except ValueError as exc:
            raise QueryError(f"invalid query parameter: {exc}") from exc
        for attempt in range(2):
            try:
                answer = self._store.query(sparql, use_default_graph_as_union=union_default, base_iri=base_iri,
                                           substitutions=substitutions or None, **dataset)  # type: ignore[arg-type]
                return _collect(answer, deadline, limit)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error: {exc}") from exc
            except (OSError, RuntimeError) as exc:
                if attempt or not self.read_only or not _VANISHED_FILE.search(str(exc)):
                    if isinstance(exc, OSError):
                        raise StoreError(f"{self.path}: query failed: {exc}") from exc
                    raise QueryError(str(exc)) from exc  # e.g. a substituted variable the SELECT does not project
                # The writer compacted away a file this snapshot still pointed at: take a newer snapshot.
                self._store = _open_read_only(self.path)
        raise AssertionError("unreachable")

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        """Replace the graphs, each atomically. Graphs that do not exist yet (the common case of an ingest: new
        articles) go in together by one `Store.load` of N-Quads, with the additions: as atomic as a SPARQL update,
        and it parses and writes about a third faster. Graphs that exist are replaced by one update of
        DROP/INSERT DATA pairs (with the additions, when there were no new graphs to carry them)."""
        try:
            fresh = {g: nt for g, nt in graphs.items() if not self._store.contains_named_graph(ox.NamedNode(g))}
            existing = {g: nt for g, nt in graphs.items() if g not in fresh}
            if fresh or not existing:
                data = "".join(_nquads(graph, ntriples)
                               for graph, ntriples in (*fresh.items(), *(additions or {}).items()))
                if data:
                    self._store.load(data.encode(), format=ox.RdfFormat.N_QUADS)
                    self._written_since_flush += len(data)
                additions = None
            if existing:
                ops = []
                for graph, ntriples in existing.items():
                    ops.append(f"DROP SILENT GRAPH {iri(graph)}")
                    if ntriples:
                        ops.append(f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{ntriples}}} }}")
                for graph, ntriples in (additions or {}).items():
                    if ntriples:
                        ops.append(f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{ntriples}}} }}")
                self._store.update(" ;\n".join(ops))
                self._written_since_flush += sum(map(len, ops))
            if self._written_since_flush > FLUSH_EVERY_BYTES:
                # RocksDB keeps writes in memtables until they fill; flushing them to disk now and then keeps an
                # ingest's memory flat however many articles it writes.
                self._store.flush()
                self._written_since_flush = 0
        except (OSError, SyntaxError, ValueError) as exc:
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
        """Every graph but the store's own metadata (its format version), in every format alike; triple formats
        carry no graph names, so they hold the union of those graphs."""
        meta = ox.NamedNode(self.minter.meta_graph)
        quads = (q for q in self._store if q.graph_name != meta)
        if fmt in ("turtle", "ntriples"):
            return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                                format=_RDF_FORMATS[fmt]) or b""
        return ox.serialize(quads, format=_RDF_FORMATS[fmt]) or b""

    def close(self) -> None:
        """Flush (when writable) and let go of the store; closing twice is harmless."""
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only:
            store.flush()


class RemoteStore:
    """A SPARQL 1.1 endpoint: queries by the SPARQL Protocol, per-article graph replacement by the Graph Store
    Protocol (`PUT`) or, where the server has none (`graph_store_path` set to `none`), by SPARQL Update.

    Canned queries read the union of the named graphs as the default graph, which the server must be set up to
    give (README, "Remote SPARQL stores"); the first query that finds data checks this and says what to do.
    """

    def __init__(self, settings: Settings, client: httpx.Client | None = None) -> None:
        base = settings.store.rstrip("/")
        self.minter = Minter(settings.base_iri)
        self.query_url = endpoint_url(base, settings.query_path, "query")
        self.update_url = endpoint_url(base, settings.update_path, "update")
        self.graph_store_url = (None if settings.graph_store_path.strip().lower() in NO_GRAPH_STORE
                                else endpoint_url(base, settings.graph_store_path, "store"))
        self._client = client or httpx.Client(timeout=settings.query_timeout + 5)
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
        return self._query(_inline_bindings(sparql, bindings or {}), timeout, limit, default_graphs, named_graphs)

    def _check_version(self) -> None:
        """Once: the endpoint's recorded graph layout (`FORMAT_VERSION`) must be this cscgraph's. An endpoint with
        none is new (its first write records it) unless it already holds articles."""
        if self._version_recorded is not None:
            return
        quad = _version_quad(self.minter)
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
        return _collect(answer, None, limit)

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
            quad = _version_quad(self.minter)
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
        results = self._query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
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


def _inline_bindings(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Bind parameters for a server without SEP-0007 substitutions, as SEP-0007 defines them: every occurrence
    of the variable becomes the bound RDF term, and the projection keeps the name as `(term AS ?name)`.

    This gives the same answers as pyoxigraph's `substitutions=` (the embedded store) in every scope, which a
    VALUES block does not: a VALUES block joins with the outer group only, so a parameter inside a UNION branch's
    `FILTER NOT EXISTS`, an `EXISTS` or a subquery would be unbound there. Values are written as RDF terms
    (escaped by `iri`/`literal`); the query is read token by token (comments, IRIs and strings skipped whole), so
    nothing in a value or a comment is taken for query syntax.

    >>> _inline_bindings("# ?x\\nSELECT DISTINCT ?x ?y WHERE { ?x ?p ?y } ORDER BY ?x", {"x": Term("uri", "http://e/x")})
    '# ?x\\nSELECT DISTINCT (<http://e/x> AS ?x) ?y WHERE { <http://e/x> ?p ?y } ORDER BY (<http://e/x>)'
    """
    if not bindings:
        return sparql
    terms = {name: term.ntriples for name, term in bindings.items()}
    out: list[str] = []
    last = 0
    paren = braces = 0
    projecting = ordering = nested = False
    for m in _SPARQL_TOKEN.finditer(sparql):
        token = m.group()
        kind = m.lastgroup
        if kind == "word":
            word = token.upper()
            if word == "SELECT":
                projecting, nested, paren = True, braces > 0, 0
            elif word in ("WHERE", "FROM"):
                projecting = ordering = False
            elif word == "BY":
                ordering, paren = True, 0
            elif word in ("LIMIT", "OFFSET", "HAVING", "VALUES"):
                ordering = False
        elif token == "(":
            paren += 1
        elif token == ")":
            paren -= 1
        elif token in "{}":
            braces += 1 if token == "{" else -1
            projecting = ordering = False
        elif kind == "var" and token[1:] in terms:
            term = terms[token[1:]]
            if projecting and paren == 0:
                # A subquery drops the constant from its projection: projecting it would put the name in scope
                # and clash with the outer `(term AS ?name)`.
                replacement = "" if nested else f"({term} AS ?{token[1:]})"
            elif ordering and paren == 0:
                replacement = f"({term})"
            else:
                replacement = term
            out += [sparql[last:m.start()], replacement]
            last = m.end()
    out.append(sparql[last:])
    return "".join(out)


# The tokens `_inline_bindings` reads: comments, IRIs and strings (stepped over whole), variables, words (keywords
# and prefixed names), brackets.
_SPARQL_TOKEN = re.compile(r"""
    (?P<skip> \#[^\n]*                                  # comment
            | <[^<>"{}|^`\\\s]*>                        # IRI (a `<` with spaces after it is less-than)
            | '{3}[\s\S]*?'{3} | "{3}[\s\S]*?"{3}        # long strings
            | '(?:[^'\\\n]|\\.)*' | "(?:[^"\\\n]|\\.)*" )  # strings
  | (?P<var> [?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+ )
  | (?P<word> [A-Za-z_][\w.-]*(?::[\w.-]*)? )
  | (?P<bracket> [(){}] )""", re.VERBOSE)
