"""The graph store: an embedded Oxigraph store on disk, or a remote SPARQL 1.1 endpoint, behind one interface.

This is the only package that imports pyoxigraph. Callers hand it N-Triples text per named graph (see
`cscgraph.graph`) and get query answers back as `Results` of plain `Term`s, never pyoxigraph objects.

Every write of an article is atomic, and a batch of articles is written in as few transactions as that allows: on
the embedded store, one `Store.load` of N-Quads for the batch's new graphs and one SPARQL update of
`DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { … } }` pairs for graphs it replaces (Oxigraph applies each
atomically); on a remote one, a Graph Store Protocol `PUT` per graph, or one SPARQL Update for the batch where
the server has no Graph Store Protocol.

The package by job: `embedded` (Oxigraph in a folder), `folder` (creating, opening and locking that folder),
`bulk` (first loads by the bulk loader into a new folder), `swap` (putting that folder in place, journaled),
`remote` (a SPARQL 1.1 server), `binding`
(parameters written into query text for a server), `results` (answers as `Term`s), `rdf_text` (N-Triples, N-Quads,
Turtle and the export formats), `versions` (format version, generation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from cscgraph.graph.namespaces import Minter
from cscgraph.settings import Settings
from cscgraph.store.bulk import StoreBuild
from cscgraph.store.embedded import EmbeddedStore
from cscgraph.store.rdf_text import ExportFormat, literal_triples, turtle_to_ntriples
from cscgraph.store.remote import RemoteStore
from cscgraph.store.results import Results, Term
from cscgraph.store.versions import FORMAT_VERSION, store_generation

__all__ = ["Term", "Results", "Store", "EmbeddedStore", "StoreBuild", "RemoteStore", "open_store",
           "FORMAT_VERSION", "turtle_to_ntriples", "literal_triples", "store_generation", "graph_size"]


class Store(Protocol):
    """What the rest of cscgraph may ask of a store."""

    minter: Minter

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, timeout: float | None = None,
              limit: int | None = None, default_graphs: Sequence[str] | None = None) -> Results: ...

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


def graph_size(store: Store, graph: str) -> int:
    """How many quads one named graph holds (read from that graph only)."""
    rows = store.query("SELECT ?g (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                       {"g": Term("uri", graph)}).rows
    return int(rows[0]["quads"].value) if rows else 0
