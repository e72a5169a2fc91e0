"""Values computed from the store, kept until the store is next written: page data, rendered pages, endpoint
answers. One `StoreValues` per app, shared by every request thread; a thread recomputes the values marked `warm`
after each write.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from cachetools import LRUCache

from cscgraph.store import EmbeddedStore, Store, store_generation

__all__ = ["StoreValues", "CACHED_VALUES", "REMOTE_REFRESH"]

T = TypeVar("T")

REMOTE_REFRESH = 60.0
"""Seconds a value from a remote store is kept (it has no generation counter); also how often the name catalogue
and the search index of a remote store are refreshed."""
CACHED_VALUES = 1024
"""Most computed values `StoreValues.cached` keeps (least recently used dropped first): page data, rendered pages
(at most `pages.CACHED_PAGE_BYTES` each, about 100 KB for most) and endpoint answers (at most
`views.sparql.CACHED_ANSWER_BYTES`), so a few hundred MB at worst."""
WARM_POLL = 1.0
"""Seconds between the warming thread's looks at the store's generation (see `StoreValues.cached`)."""
_log = logging.getLogger(__name__)


class StoreValues:
    """Computed values keyed by the caller, each kept with the store generation it was computed at."""

    def __init__(self, store: Store, size: int = CACHED_VALUES) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._generation_at: tuple[int, float] = (0, float("-inf"))
        self._cache: LRUCache[Hashable, tuple[int, float, Any]] = LRUCache(maxsize=size)
        self._computing: dict[Hashable, threading.Lock] = {}
        self._warm: dict[Hashable, Callable[[], Any]] = {}
        self._warmer: threading.Thread | None = None
        self._closing = threading.Event()

    @property
    def store_path(self) -> Path | None:
        """Folder of an embedded store (the endpoint's worker processes open it read-only), else None."""
        return self.store.path if isinstance(self.store, EmbeddedStore) else None

    def generation(self) -> int:
        """Grows with every write to an embedded store; 0 for a remote one. Read from disk at most once a second
        (a page asks for hundreds of names)."""
        path = self.store_path
        if path is None:
            return 0
        now = time.monotonic()
        if now - self._generation_at[1] > 1.0:
            self._generation_at = (store_generation(path), now)
        return self._generation_at[0]

    def cached(self, key: Hashable, compute: Callable[[], T], *, warm: bool = False,
               keep: Callable[[T], bool] | None = None) -> T:
        """`compute()`, kept until the store is next written (a remote store: for a minute), so a page under load
        costs a dictionary lookup. Requests for a key being computed wait for that one computation; callers
        must not change what they get back. With `warm`, an embedded store's next writes are followed by the
        computation in a background thread (`_warm_on_writes`), so requests after a write wait for it or find
        it done instead of computing it on their own time. A value for which `keep` is false is returned but
        not kept (an answer too big to hold)."""
        if warm and self.store_path is not None:
            with self._lock:
                self._warm[key] = compute
                if self._warmer is None:
                    # The generation the warm values belong to is read here, not when the thread first runs: a
                    # write landing before the thread is scheduled must still be followed by a recomputation.
                    self._warmer = threading.Thread(target=self._warm_on_writes, args=(self.generation(),),
                                                    name="cscgraph-warm", daemon=True)
                    self._warmer.start()
        generation = self.generation()

        def fresh() -> tuple[bool, Any]:
            with self._lock:
                entry = self._cache.get(key)
                if entry is None or entry[0] != generation or (
                        self.store_path is None and time.monotonic() - entry[1] > REMOTE_REFRESH):
                    return False, None
                return True, entry[2]

        found, value = fresh()
        if found:
            return value
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            found, value = fresh()
            if found:
                return value
            value = compute()
            with self._lock:
                if keep is None or keep(value):
                    self._cache[key] = (generation, time.monotonic(), value)  # the least recently used goes
                self._computing.pop(key, None)
            return value

    def _warm_on_writes(self, seen: int) -> None:
        """Recompute every `warm` key, one after another, whenever the store's generation moves from `seen`."""
        while not self._closing.wait(WARM_POLL):
            generation = self.generation()
            if generation == seen:
                continue
            seen = generation
            with self._lock:
                jobs = list(self._warm.items())
            for key, compute in jobs:
                if self._closing.is_set():
                    return
                try:
                    self.cached(key, compute)
                except Exception:  # a request computes it instead, and meets the error itself
                    _log.warning("warming %r failed", key, exc_info=True)

    def close(self, timeout: float) -> None:
        """Stop the warming thread (waiting up to `timeout` seconds for a computation under way)."""
        self._closing.set()
        if self._warmer is not None:
            self._warmer.join(timeout=timeout)
