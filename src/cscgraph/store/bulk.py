"""First loads by Oxigraph's bulk loader: a new store built in a folder beside the store and put in its place whole.

The bulk loader writes RocksDB's sorted files directly instead of going through transactions, at about half the CPU
for the same quads (bench/RESULTS.md). It is not atomic: a crash part-way leaves part of what it was given. So it
only writes a store no one else reads: `StoreBuild` makes a new store in `.<name>.bulk-<pid>` beside the store (which
stays open for writing, so its writer lock keeps other writers out), and SQLite files built with it beside that;
readers go on reading the old store. When the load is complete, `StoreBuild.swap_in` puts the new store and the
files in place, journaled (`cscgraph.store.swap`): a crash at any point leaves the old store or the complete new
one. A build a killed process left behind is deleted by the next build.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from cscgraph.errors import StoreError
from cscgraph.graph.terms import iri
from cscgraph.store.embedded import EmbeddedStore
from cscgraph.store.folder import remove_abandoned
from cscgraph.store.rdf_text import nquads

__all__ = ["BulkLoadedStore", "StoreBuild"]


class BulkLoadedStore(EmbeddedStore):
    """A store being built by a bulk load: graphs it does not hold yet go in by the bulk loader, everything else
    (graphs it holds already, such as an article read again later in the same run; shared-graph additions) as in
    `EmbeddedStore`."""

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        fresh = {g: nt for g, nt in graphs.items() if nt and not self._store.contains_named_graph(ox.NamedNode(g))}
        try:
            if fresh:
                self._store.bulk_load("".join(nquads(g, nt) for g, nt in fresh.items()).encode(),
                                      format=ox.RdfFormat.N_QUADS)
            super().replace_graphs({g: nt for g, nt in graphs.items() if g not in fresh}, additions)
        except (OSError, SyntaxError, ValueError, StoreError) as exc:
            # The bulk loader may have written part of the graphs: drop them, so a failed write leaves nothing.
            if fresh:
                self._store.update(" ;\n".join(f"DROP SILENT GRAPH {iri(g)}" for g in fresh))
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{self.path}: bulk load failed: {exc}") from exc


class StoreBuild:
    """A new store for `target` (held open for writing) built beside it by the bulk loader, with SQLite files
    beside it (`companion`); `swap_in` puts them in place, `abandon` deletes them."""

    def __init__(self, target: EmbeddedStore) -> None:
        self.target = target
        remove_abandoned(target.path.parent, f".{target.path.name}.bulk-")  # builds of killed processes
        self.folder = target.path.parent / f".{target.path.name}.bulk-{os.getpid()}"
        self._remove()
        self.store = BulkLoadedStore(self.folder, target.minter)

    def companion(self, suffix: str) -> Path:
        """Where a file built with the new store is kept until `swap_in` (`suffix` as in `Settings.companion_path`)."""
        return self.folder.parent / f"{self.folder.name}{suffix}"

    def swap_in(self, files: Mapping[Path, Path]) -> None:
        """Put the new store in the target's place and each built file (`files`: built → target) over its target."""
        self.store.close()
        self.target.replace_folder(self.folder, files)
        self._remove()

    def abandon(self) -> None:
        """Delete the new store and the files built with it; the target is left as it was."""
        self.store.close()
        self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        for leftover in self.folder.parent.glob(f"{self.folder.name}.*"):
            leftover.unlink(missing_ok=True)
