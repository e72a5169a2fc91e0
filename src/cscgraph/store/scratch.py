"""A store in memory that holds one article at a time beside fixed shared graphs (the reference data): where an
ingest worker reads the rows the index beside the store keeps for its article (`search.article_index_rows`), with
the very queries the writer would otherwise run on the store after writing it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from cscgraph.graph.namespaces import Minter
from cscgraph.store.embedded import EmbeddedStore
from cscgraph.store.rdf_text import nquads

__all__ = ["ScratchStore"]


class ScratchStore(EmbeddedStore):
    """`EmbeddedStore`'s queries over an Oxigraph store in memory: never on disk, never versioned, written only by
    `holding`."""

    def __init__(self, minter: Minter, shared: Mapping[str, str]) -> None:
        """`shared`: graph IRI → N-Triples kept for every article (its additions in `holding` are dropped after)."""
        # Not EmbeddedStore.__init__: that opens (or creates) a folder; a scratch store has none.
        self.path, self.minter, self.read_only = Path("<memory>"), minter, False
        self._written_since_flush = 0
        self._store = ox.Store()
        self._shared = dict(shared)
        self._load(self._shared)

    def _load(self, graphs: Mapping[str, str]) -> None:
        data = "".join(nquads(graph, ntriples) for graph, ntriples in graphs.items())
        if data:
            self._store.load(data.encode(), format=ox.RdfFormat.N_QUADS)

    @contextmanager
    def holding(self, graphs: Mapping[str, str]) -> Iterator[ScratchStore]:
        """The store with `graphs` (IRI → N-Triples) added for the block: a graph of the shared ones gets the
        triples added to it, any other is new; afterwards each is as it was before."""
        self._load(graphs)
        try:
            yield self
        finally:
            for graph in graphs:
                self._store.remove_graph(ox.NamedNode(graph))
            self._load({graph: ntriples for graph, ntriples in self._shared.items() if graph in graphs})
