"""The search index beside the store (`cscgraph.search.SearchIndex`: full text, each article's lineage claims and
the read model's tables) as the web process reads it: one connection shared by request threads under a lock. An
embedded store's index is kept in step by its writers (ingest, watch, migrate) and only read here: its tables are
read while the index is in step with the store's generation, and a page falls back to SPARQL otherwise (the web
process never rebuilds it). A remote store's index is this machine's own cache of a store others write, so it is
synced here at most every `REMOTE_REFRESH` seconds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from cscgraph.queries import CannedQuery
from cscgraph.search import SearchHit, SearchIndex, search_path, store_written
from cscgraph.settings import Settings
from cscgraph.store import Results, Store
from cscgraph.web.values import REMOTE_REFRESH

__all__ = ["SharedSearchIndex"]

T = TypeVar("T")


class SharedSearchIndex:
    """`read` the index beside `store` once it is in step with the store."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.store = store
        self._remote = settings.is_remote
        self._lock = threading.Lock()
        self._index = SearchIndex(search_path(settings), read_only=not self._remote)
        self._synced_at = float("-inf")
        self._sync()

    def _sync(self) -> None:
        """A remote store's index: bring it in step with the store at most every `REMOTE_REFRESH` seconds. An
        embedded store's index is its writers' to keep; this only reads it."""
        if not self._remote:
            return
        with self._lock:
            if time.monotonic() - self._synced_at > REMOTE_REFRESH:
                self._index.sync(self.store)
                self._synced_at = time.monotonic()

    def read(self, read: Callable[[SearchIndex], T]) -> T:
        """`read(index)` on the index beside the store, once it is in step with the store."""
        self._sync()
        with self._lock:
            return read(self._index)

    def read_in_step(self, read: Callable[[SearchIndex], T]) -> T | None:
        """`read(index)` while the index is in step with the store; None when it is behind the store, missing or of
        an older layout: the caller asks the store."""
        self._sync()
        with self._lock:
            if self._index.in_step_at() != store_written(self.store):
                return None
            return read(self._index)

    def listing(self, query: str, params: dict[str, str]) -> list[dict[str, str]] | None:
        """The rows of canned query `query` from the read model's tables while they are in step with the store
        (`SearchIndex.listing`); None when no table holds them or the index is not in step."""
        return self.read_in_step(lambda index: index.listing(query, params))

    def answer(self, query: CannedQuery, params: dict[str, str], limit: int | None) -> Results | str | None:
        """Canned query `query`'s answer (or text with its page picked) from the read model while it is in step
        (`SearchIndex.answer`)."""
        return self.read_in_step(lambda index: index.answer(query, params, limit))

    def names(self, entities: Sequence[str], checked: bool = True) -> list[dict[str, str]] | None:
        """`entity-catalogue`'s rows of `entities` alone while the index is in step (`SearchIndex.names`); not
        `checked`, read without asking (the caller found it in step for the store's present generation)."""
        if not checked:
            return self.read(lambda index: index.names(entities))
        return self.read_in_step(lambda index: index.names(entities))

    def names_under(self, prefix: str) -> list[tuple[str, str, str]] | None:
        """(IRI, name, date) of one kind's named entities while the index is in step (`SearchIndex.names_under`)."""
        return self.read_in_step(lambda index: index.names_under(prefix))

    def search(self, text: str, limit: int = 50, kind: str | None = None, offset: int = 0) -> list[SearchHit]:
        return self.read(lambda index: index.search(text, limit=limit, kind=kind, offset=offset))

    def close(self) -> None:
        with self._lock:
            self._index.close()
