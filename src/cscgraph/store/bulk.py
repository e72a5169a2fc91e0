"""First loads by Oxigraph's bulk loader: a new store built in a folder beside the store and put in its place whole.

The bulk loader writes RocksDB's sorted files directly instead of going through transactions, for less CPU when it
is given tens of megabytes at a time (bench/RESULTS.md, "First loads"). It is not atomic: a crash part-way leaves
part of what it was given. So it only writes a store no one else reads: `StoreBuild` makes a new store in
`.<name>.bulk-<pid>` beside the store (which stays open for writing, so its writer lock keeps other writers out),
and SQLite files built with it beside that; readers go on reading the old store. When the load is complete,
`StoreBuild.swap_in` puts the new store and the files in place, journaled (`cscgraph.store.swap`): a crash at any
point leaves the old store or the complete new one. A build a killed process left behind is deleted by the next
build.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from cscgraph.errors import StoreError
from cscgraph.graph.namespaces import CSC, Minter
from cscgraph.store.embedded import EmbeddedStore
from cscgraph.store.folder import remove_abandoned
from cscgraph.store.rdf_text import ExportFormat, nquads
from cscgraph.store.results import Results, Term
from cscgraph.store.versions import bump_generation

__all__ = ["BulkLoadedStore", "StoreBuild"]


BULK_LOAD_BYTES = 32_000_000
"""N-Quads (bytes) spooled before they are bulk loaded in one go: the loader writes a set of sorted files per call,
each synced to disk, so one call per write batch of 32 articles cost more (CPU and waiting on the disk) than the
transactions it replaced (bench/RESULTS.md); 32 MB is about 300 generated articles. The loader holds a whole call's
quads in memory: 64 MB cost the same CPU and ~95 MB more peak memory, 16 MB less memory but more CPU (scale16b)."""
FINGERPRINT = (f"{CSC}contentHash", f"{CSC}extractorVersion")


class BulkLoadedStore(EmbeddedStore):
    """A store being built by a bulk load. The N-Quads of graphs it does not hold yet, and additions to shared
    graphs, are checked (parsed) and spooled to a file beside it, then bulk loaded BULK_LOAD_BYTES at a time, and
    before anything reads the store; the fingerprints of spooled articles are answered from the spool's record. A
    spooled graph replaced again (an article read again later in the same run) has its earlier lines blanked in the
    spool; graphs the store holds already are replaced as in `EmbeddedStore`."""

    def __init__(self, path: Path, minter: Minter) -> None:
        super().__init__(path, minter)
        self._spool_path = path.parent / f"{path.name}.spool.nq"
        self._spool = open(self._spool_path, "wb")  # noqa: SIM115 - closed by close()
        self._spooled: dict[str, tuple[str, str]] = {}
        """Fingerprint of each graph in the spool (empty strings where the graph has none)."""
        self._spans: dict[str, tuple[int, int]] = {}
        """Where each graph's N-Quads are in the spool (start and end offsets)."""

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        fresh = {g: nt for g, nt in graphs.items() if nt and not self._store.contains_named_graph(ox.NamedNode(g))}
        fingerprints = {}
        try:
            for graph, ntriples in (*fresh.items(), *(additions or {}).items()):
                found = {q.predicate.value: q.object.value
                         for q in ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES)
                         if q.predicate.value in FINGERPRINT}
                fingerprints[graph] = (found.get(FINGERPRINT[0], ""), found.get(FINGERPRINT[1], ""))
        except SyntaxError as exc:
            raise StoreError(f"{self.path}: write failed: {exc}") from exc
        rest = {g: nt for g, nt in graphs.items() if g not in fresh}
        if rest:
            super().replace_graphs(rest)
        for graph in graphs:
            self._blank(graph)
        for graph, ntriples in (*fresh.items(), *(additions or {}).items()):
            start = self._spool.tell()
            self._spool.write(nquads(graph, ntriples).encode())
            if graph in fresh:
                self._spans[graph] = (start, self._spool.tell())
                self._spooled[graph] = fingerprints[graph]
        bump_generation(self.path)
        if self._spool.tell() >= BULK_LOAD_BYTES:
            self.load_spooled()

    def _blank(self, graph: str) -> None:
        """Drop a spooled graph's lines: spaces over them, which the loader skips (N-Quads allows blank lines),
        rather than loading the spool early to replace the graph in the store."""
        span = self._spans.pop(graph, None)
        if span is not None:
            start, end = span
            self._spool.flush()
            os.pwrite(self._spool.fileno(), b" " * (end - start - 1) + b"\n", start)
            del self._spooled[graph]

    def load_spooled(self) -> None:
        """Bulk load what is spooled."""
        self._spool.flush()
        if self._spool.tell():
            try:
                # Every line was parsed when it was spooled (`replace_graphs`): the loader need not check IRIs
                # again (a tenth of its CPU).
                self._store.bulk_load(path=str(self._spool_path), format=ox.RdfFormat.N_QUADS, lenient=True)
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"{self.path}: bulk load failed: {exc}") from exc
            self._spool.seek(0)
            self._spool.truncate()
        self._spooled.clear()
        self._spans.clear()

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, **options: Any) -> Results:
        self.load_spooled()
        return super().query(sparql, bindings, **options)

    def article_fingerprints(self) -> dict[str, tuple[str, str]]:
        self.load_spooled()
        return super().article_fingerprints()

    def article_fingerprints_of(self, graphs: list[str]) -> dict[str, tuple[str, str]]:
        spooled = {g: self._spooled[g] for g in graphs if g in self._spooled and self._spooled[g][0]}
        return spooled | super().article_fingerprints_of([g for g in graphs if g not in self._spooled])

    def export(self, fmt: ExportFormat) -> bytes:
        self.load_spooled()
        return super().export(fmt)

    def close(self) -> None:
        """Bulk load what is spooled, then close as `EmbeddedStore` does; closing twice is harmless."""
        if not self._spool.closed:
            try:
                self.load_spooled()
            finally:
                self.discard()
        super().close()

    def discard(self) -> None:
        """Close without loading what is spooled (the build is given up)."""
        self._spool.close()
        self._spool_path.unlink(missing_ok=True)
        super().close()


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
        self.store.discard()
        self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        for leftover in self.folder.parent.glob(f"{self.folder.name}.*"):
            leftover.unlink(missing_ok=True)
