"""Hand-off from `cscgraph ingest` to a running `cscgraph serve` that holds the embedded store.

An Oxigraph RocksDB store may be open for writing by one process only, and `serve` holds it. So when `ingest`
finds the store locked it still reads, extracts and maps every article itself (deciding what changed against a
read-only view of the store, reopened for each question, never held across writes), but instead of writing it
drops each write — the batch of article graphs one `Store.replace_graphs` call would have written — into an inbox
folder beside the store (`<store>.inbox/`) as one JSON file, written to a temporary name and renamed, so the
server never sees half a file. The server applies inbox files in arrival order (file names start with a
nanosecond timestamp), each in one transaction, then deletes it; its pages and endpoint see the articles at once
(every write bumps the store generation, which the search index and query workers follow).

    Inbox(path).put(graphs, additions)          one write, atomically dropped
    Inbox(path).apply_pending(store, search)    apply and delete every file, oldest first; returns how many
    InboxApplier(inbox, store).start()/stop()   a thread that does that every `POLL_SECONDS`

A crash of the server between applying a file and deleting it applies it again on restart: replacing a graph is
idempotent. A file that is not valid inbox JSON is moved to `<store>.inbox/rejected/` with a `.reason` file.
The lag between `ingest` finishing and the server showing its articles is at most `POLL_SECONDS` plus the time to
apply the files (milliseconds per article).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from cscgraph.errors import CscgraphError, StoreError
from cscgraph.graph.namespaces import Minter
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore, Results, Store, Term

__all__ = ["Inbox", "InboxStore", "InboxApplier", "inbox_path", "store_is_locked", "start_inbox_applier",
           "POLL_SECONDS"]

POLL_SECONDS = 1.0
"""How often the server looks for inbox files: the most a finished `ingest` waits to be seen, plus apply time."""
FORMAT = "cscgraph-inbox/1"
_log = logging.getLogger(__name__)


def inbox_path(store_path: Path) -> Path:
    """`<store>.inbox/` beside the store folder."""
    return store_path.parent / f"{store_path.name}.inbox"


def store_is_locked(error: StoreError) -> bool:
    """Whether opening an embedded store failed because another process holds it for writing (RocksDB LOCK)."""
    return "LOCK" in str(error) or "lock" in str(error).lower()


class Inbox:
    """A folder of pending writes, one JSON file per write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sequence = 0

    def put(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> Path:
        """Drop one write (graph IRI → N-Triples to replace; graph IRI → N-Triples to add) atomically."""
        self.path.mkdir(parents=True, exist_ok=True)
        self._sequence += 1
        name = f"{time.time_ns():020d}-{os.getpid()}-{self._sequence:06d}.json"
        scratch = self.path / f".{name}.tmp"
        with scratch.open("w", encoding="utf-8") as out:
            json.dump({"format": FORMAT, "graphs": dict(graphs), "additions": dict(additions or {})}, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(scratch, self.path / name)
        return self.path / name

    def pending(self) -> list[Path]:
        """Inbox files not yet applied, oldest first (temporary files being written are left out)."""
        if not self.path.is_dir():
            return []
        return sorted(path for path in self.path.glob("*.json") if not path.name.startswith("."))

    def apply_pending(self, store: Store, search: SearchIndex | None = None) -> int:
        """Apply every pending file to `store`, oldest first, one transaction each, and delete it.

        Returns how many files were applied. A store error stops the round (the file stays for the next one).
        """
        applied = 0
        for path in self.pending():
            try:
                write = json.loads(path.read_text(encoding="utf-8"))
                if write.get("format") != FORMAT:
                    raise ValueError(f"not a {FORMAT} file")
                graphs, additions = dict(write["graphs"]), dict(write.get("additions") or {})
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                self._reject(path, f"{type(exc).__name__}: {exc}")
                continue
            store.replace_graphs(graphs, additions)
            if search is not None:
                search.sync_articles(store, [g for g in graphs if g.startswith(store.minter.article_graph_prefix)])
            path.unlink(missing_ok=True)
            applied += 1
        return applied

    def _reject(self, path: Path, reason: str) -> None:
        rejected = self.path / "rejected"
        rejected.mkdir(exist_ok=True)
        os.replace(path, rejected / path.name)
        (rejected / f"{path.name}.reason").write_text(reason + "\n", encoding="utf-8")
        _log.warning("inbox file %s rejected: %s", path.name, reason)


class InboxStore:
    """What `ingest` writes through when a server holds the store: reads from a fresh read-only view, writes to
    the inbox. Satisfies `cscgraph.store.Store` for everything `pipeline.ingest` asks."""

    def __init__(self, store_path: Path, minter: Minter) -> None:
        self.path, self.minter = store_path, minter
        self.inbox = Inbox(inbox_path(store_path))
        self.queued = 0
        self._view().close()  # fail now, with the store's own message, if it cannot even be read

    def _view(self) -> EmbeddedStore:
        # Reopened for every question: a read-only view is a snapshot, undefined once the writer moves on.
        return EmbeddedStore(self.path, self.minter, read_only=True)

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, timeout: float | None = None,
              limit: int | None = None, **dataset: object) -> Results:
        view = self._view()
        try:
            return view.query(sparql, bindings, timeout=timeout, limit=limit, **dataset)  # type: ignore[arg-type]
        finally:
            view.close()

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        self.inbox.put(graphs, additions)
        self.queued += 1

    def article_fingerprints(self) -> dict[str, tuple[str, str]]:
        view = self._view()
        try:
            return view.article_fingerprints()
        finally:
            view.close()

    def article_fingerprints_of(self, graphs: list[str]) -> dict[str, tuple[str, str]]:
        view = self._view()
        try:
            return view.article_fingerprints_of(graphs)
        finally:
            view.close()

    def export(self, fmt: str) -> bytes:
        view = self._view()
        try:
            return view.export(fmt)  # type: ignore[arg-type]
        finally:
            view.close()

    def close(self) -> None:
        pass


class InboxApplier:
    """A daemon thread that applies the inbox to the store every `interval` seconds until stopped."""

    def __init__(self, inbox: Inbox, store: Store, search: SearchIndex | None = None,
                 interval: float = POLL_SECONDS) -> None:
        self.inbox, self.store, self.search, self.interval = inbox, store, search, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cscgraph-inbox", daemon=True)

    def start(self) -> InboxApplier:
        self.apply()  # what arrived while the server was down goes in before the first request
        self._thread.start()
        return self

    def apply(self) -> int:
        try:
            return self.inbox.apply_pending(self.store, self.search)
        except CscgraphError as exc:
            _log.error("inbox: %s; will retry", exc)
            return 0

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.apply()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)


def start_inbox_applier(settings: Settings, store: Store) -> InboxApplier | None:
    """For `serve`: apply `<store>.inbox/` to an embedded store held for writing; None for any other store."""
    if settings.is_remote or not isinstance(store, EmbeddedStore) or store.read_only:
        return None
    return InboxApplier(Inbox(inbox_path(store.path)), store).start()
