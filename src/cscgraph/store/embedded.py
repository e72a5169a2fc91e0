"""The embedded store: Oxigraph's RocksDB store in a folder, written by one process at a time and read by any number.

A batch of articles is written in as few transactions as atomicity allows: one `Store.load` of N-Quads for the
batch's new graphs and one SPARQL update of `DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { … } }` pairs for
graphs it replaces (Oxigraph applies each atomically). Every write bumps the store's generation.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from cscgraph.errors import QueryError, StoreError, StoreVersionError
from cscgraph.graph.namespaces import CSC, Minter
from cscgraph.graph.terms import iri
from cscgraph.store.folder import VANISHED_FILE, WriterLock, create_store, open_for_writing, open_read_only
from cscgraph.store.rdf_text import RDF_FORMATS, ExportFormat, nquads
from cscgraph.store.results import Results, Term, collect_answer, ox_term
from cscgraph.store.swap import begin_swap, finish_swap
from cscgraph.store.versions import FORMAT_VERSION, bump_generation, store_generation, version_quad

FLUSH_EVERY_BYTES = 16_000_000
"""RDF text (bytes) an embedded store takes in before its memtables are flushed to disk. Unflushed, RocksDB's
memtables grew by about 450 MB per 1,000 benchmark articles; flushing every 16 MB keeps them near 50 MB at no
measurable CPU cost (bench/RESULTS.md)."""


def folder_bytes(path: Path) -> int:
    """Bytes of the files in a store's folder."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


class EmbeddedStore:
    """Oxigraph's RocksDB store in a folder. One process may hold it for writing at a time."""

    def __init__(self, path: Path, minter: Minter, *, read_only: bool = False, check_version: bool = True,
                 wait: float = 0.0) -> None:
        """A read-only store is a snapshot that follows the writer: it reopens when the store's generation has
        moved, looked at before every query (a read of a small file), so a page is never computed from data older
        than the generation a cache filed it under. A writer waits up to `wait` seconds for another writer to let
        go of the store, then raises `StoreBusy`; it first completes a bulk load's swap that a crash interrupted
        (`cscgraph.store.swap`). `check_version=False` is for `cscgraph.migrate` only: it opens a store of any
        format version."""
        self.path, self.minter, self.read_only = path, minter, read_only
        self._written_since_flush = 0
        self._writer_lock: WriterLock | None = None
        self._generation = store_generation(path)
        try:
            if read_only:
                self._store = open_read_only(path)
            else:
                self._writer_lock = WriterLock(path, wait)
                finish_swap(path)
                if not (path / "CURRENT").exists():
                    create_store(path, minter)
                self._store = open_for_writing(path, wait)
        except BaseException as exc:
            if self._writer_lock is not None:
                self._writer_lock.release()
            if isinstance(exc, OSError):
                raise StoreError(f"{path}: cannot open the store: {exc}") from exc
            raise
        if check_version:
            self._check_version(read_only)

    def _follow_writer(self) -> None:
        """For a read-only snapshot: reopen when the writer has written since it was opened."""
        if not self.read_only:
            return
        generation = store_generation(self.path)
        if generation != self._generation:
            self._store = open_read_only(self.path)
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
                self._store.add(version_quad(self.minter))
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
            substitutions = {ox.Variable(k): ox_term(v) for k, v in (bindings or {}).items()}
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
                return collect_answer(answer, deadline, limit)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error: {exc}") from exc
            except (OSError, RuntimeError) as exc:
                if attempt or not self.read_only or not VANISHED_FILE.search(str(exc)):
                    if isinstance(exc, OSError):
                        raise StoreError(f"{self.path}: query failed: {exc}") from exc
                    raise QueryError(str(exc)) from exc  # e.g. a substituted variable the SELECT does not project
                # The writer compacted away a file this snapshot still pointed at: take a newer snapshot.
                self._store = open_read_only(self.path)
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
                data = "".join(nquads(graph, ntriples)
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
        bump_generation(self.path)

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
                                format=RDF_FORMATS[fmt]) or b""
        return ox.serialize(quads, format=RDF_FORMATS[fmt]) or b""

    def holds_articles(self) -> bool:
        """Whether any article is stored (cheap: stops at the first)."""
        prefix = self.minter.article_graph_prefix
        return any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(prefix)
                   for q in self._store.quads_for_pattern(None, ox.NamedNode(f"{CSC}contentHash"), None, None))

    def replace_folder(self, built: Path, files: Mapping[Path, Path]) -> None:
        """Put the complete store in folder `built` in this one's place, and each built SQLite file over its target
        (`files`: built → target), journaled (`cscgraph.store.swap`); the writer lock is kept throughout."""
        try:
            begin_swap(self.path, built, files)
            self.__dict__.pop("_store").flush()  # closed: nothing may write into the folder once it is swapped
            finish_swap(self.path)
            self._store = open_for_writing(self.path, 0)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot put the new store in place: {exc}") from exc
        self._generation = store_generation(self.path)

    def compact(self) -> tuple[int, int]:
        """Compact the store's files in place (Oxigraph's `optimize`: RocksDB compacts every column family into its
        last level); the same quads, so readers see no new generation. Returns the folder's bytes before and after.

        RocksDB, as Oxigraph opens it, keeps a column family uncompressed while it is under 512 MB and compresses
        (LZ4) the last level of a bigger one, but only the files a compaction rewrites: a first load of 50,000
        generated articles left 5.9 GB, 3.7 GB once compacted (61 s), one of 100,000 9.8 GB, 6.8 GB (123 s); at
        10,000 and fewer there is nothing to win (+0.4% at 10,000, +14% at 1,000: bench/analysis.md "The store on
        disk")."""
        before = folder_bytes(self.path)
        try:
            self._store.optimize()
            self._store.flush()
        except OSError as exc:
            raise StoreError(f"{self.path}: compaction failed: {exc}") from exc
        return before, folder_bytes(self.path)

    def close(self) -> None:
        """Flush (when writable) and let go of the store and the writer lock; closing twice is harmless."""
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only:
            store.flush()
        if self._writer_lock is not None:
            self._writer_lock.release()
            self._writer_lock = None
