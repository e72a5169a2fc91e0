"""A small pool of worker processes that answer SPARQL endpoint queries with a hard time limit and memory cap.

pyoxigraph evaluates a query without the GIL but cannot cancel it, so a thread that runs a runaway query can
never be stopped. Each worker here is a process holding the embedded store read-only
(`EmbeddedStore(read_only=True)`, a RocksDB snapshot that works while the server holds the store for writing).
A query is sent to an idle worker over a pipe; if no answer arrives within the time limit the worker is killed
(SIGKILL) and a fresh one started, and the caller gets `QueryTimeout`. Each worker limits its own address space
(`RLIMIT_AS`), so a query that would exhaust memory fails inside the worker (a `MemoryError`, or the worker dies
on a failed allocation) and the caller gets `QueryOutOfMemory`; the server process is never at risk. Workers run
at a lower CPU priority than the server (`WORKER_NICENESS`), so pages stay quick while a query runs.

A read-only store is a snapshot taken when it was opened. Every write to the embedded store bumps a generation
counter kept beside it (`cscgraph.store.store_generation`); a worker compares it before each query and reopens
the store (~35 ms) when it has grown.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import re
import signal
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from cscgraph.errors import QueryError, QueryTimeout, StoreError
from cscgraph.store import Results, Term
from cscgraph.web.protocol import QueryRefused, check_read_only_query, within_bytes

__all__ = ["QueryPool", "QueryOutOfMemory", "QueryPoolBusy"]


_MEMORY_TROUBLE = re.compile(r"memory|alloc", re.I)
"""What the error text of a failed allocation says, whichever layer reports it."""
_STARTUP_SECONDS = 30.0
"""Longest a new worker may take to load before it is given up and replaced."""
WORKER_NICENESS = 10
"""How much lower a worker's CPU priority is than the server's (its niceness): a visitor's heavy query, or workers
loading beside a starting server, never take the cores from the pages everyone else is reading."""


class QueryOutOfMemory(QueryError):
    """A query needed more memory than a worker may use (Settings.query_memory)."""


class QueryPoolBusy(QueryError):
    """Every worker stayed busy for the whole time limit."""


@dataclass(frozen=True)
class _Job:
    sparql: str
    bindings: Mapping[str, Term]
    limit: int | None
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    base_iri: str | None = None
    max_bytes: int | None = None


# --- worker side -------------------------------------------------------------------------------------------


def _serve(conn: Connection, store_path: str, base_iri: str, memory_mb: int) -> None:
    """Worker main loop: answer jobs until the pipe closes. Runs in a spawned process."""
    import resource

    from cscgraph.graph.namespaces import Minter
    from cscgraph.store import EmbeddedStore, store_generation

    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    path, minter = Path(store_path), Minter(base_iri)
    store: EmbeddedStore | None = None
    opened_at = -1
    try:  # open before saying ready, so a query's time limit never includes opening the store
        opened_at = store_generation(path)
        store = EmbeddedStore(path, minter, read_only=True)
    except Exception as exc:  # noqa: BLE001 - reported to the pool, which starts another worker
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", ""))
    while True:
        try:
            job: _Job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            generation = store_generation(path)
            if store is None or generation != opened_at:
                if store is not None:
                    store.close()
                store = EmbeddedStore(path, minter, read_only=True)
                opened_at = generation
            text, own_dataset = check_read_only_query(job.sparql)
            results = store.query(text, job.bindings, limit=job.limit, default_graphs=job.default_graphs,
                                  named_graphs=job.named_graphs, base_iri=job.base_iri,
                                  union_default=not (job.default_graphs or job.named_graphs or own_dataset))
            conn.send(("ok", within_bytes(results, job.max_bytes) if job.max_bytes else results))
            del results  # a big answer's strings go before the next job, not after it
        except MemoryError:
            conn.send(("memory", ""))
        except QueryRefused as exc:
            conn.send(("refused", str(exc)))
        except QueryError as exc:
            conn.send(("query", str(exc)))
        except Exception as exc:  # noqa: BLE001 - any other failure is reported, and the worker lives on
            # Under the address-space cap, RocksDB and Oxigraph report a failed allocation as an I/O error.
            text = f"{exc}" if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
            conn.send(("memory" if _MEMORY_TROUBLE.search(text) else "store", text))


# --- server side -------------------------------------------------------------------------------------------


class _Worker:
    def __init__(self, context: multiprocessing.context.SpawnContext, args: tuple[str, str, int]) -> None:
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(target=_serve, args=(child, *args), daemon=True,
                                                    name="cscgraph-sparql-worker")
        self.process.start()
        child.close()
        with contextlib.suppress(ProcessLookupError):  # lowered as it starts, before it loads (one that died is gone)
            os.setpriority(os.PRIO_PROCESS, self.process.pid,
                           min(19, os.getpriority(os.PRIO_PROCESS, 0) + WORKER_NICENESS))

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryPool:
    """`size` worker processes over the embedded store at `store_path`.

    >>> # pool = QueryPool(Path("store"), "https://w3id.org/cscgraph/", size=2, memory_mb=2048)
    >>> # pool.run("SELECT * { ?s ?p ?o } LIMIT 1", timeout=10, limit=10_000)
    """

    def __init__(self, store_path: Path, base_iri: str, *, size: int = 2, memory_mb: int = 2048) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._args = (str(store_path), base_iri, memory_mb)
        self.memory_mb = memory_mb
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, size)):
            self._spawn()

    def _spawn(self) -> None:
        """Start a worker; it joins the idle queue once it has loaded (a second or two), not before, so that a
        query's time limit is never spent waiting for a worker to start."""
        worker = _Worker(self._context, self._args)
        with self._lock:
            self._all.add(worker)
        threading.Thread(target=self._admit, args=(worker,), daemon=True, name="cscgraph-sparql-admit").start()

    def _admit(self, worker: _Worker) -> None:
        try:
            ready = worker.conn.poll(_STARTUP_SECONDS) and worker.conn.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        with self._lock:
            closed = self._closed
        if ready and not closed:
            self._idle.put(worker)
        elif not closed:
            time.sleep(1.0)  # a worker that cannot start is replaced, but not in a tight loop
            self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)
            closed = self._closed
        if not closed:
            self._spawn()

    def run(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, timeout: float,
            limit: int | None = None, default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (),
            base_iri: str | None = None, max_bytes: int | None = None) -> Results:
        """Check (`check_read_only_query`) and answer one query in a worker (dataset and base as
        `EmbeddedStore.query`), cut to about `max_bytes` there (`within_bytes`); `QueryTimeout` past `timeout`
        seconds (the worker is killed)."""
        try:
            worker = self._idle.get(timeout=timeout + _STARTUP_SECONDS)
        except queue.Empty:
            raise QueryPoolBusy(f"every query worker stayed busy for {timeout + _STARTUP_SECONDS:g} s; "
                                f"try again shortly") from None
        job = _Job(sparql, dict(bindings or {}), limit, tuple(default_graphs), tuple(named_graphs), base_iri,
                   max_bytes)
        try:
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                self._retire(worker)
                raise QueryTimeout(f"query stopped after {timeout:g} s, the time limit of this endpoint "
                                   f"(CSCGRAPH_QUERY_TIMEOUT); simplify it or add a LIMIT")
            status, payload = worker.conn.recv()
        except (EOFError, OSError):
            # The worker died mid-query. A failed allocation under its address-space cap aborts it (SIGABRT from
            # Rust's allocator), and the kernel's OOM killer sends SIGKILL; anything else is a crash.
            worker.process.join(timeout=2)
            code = worker.process.exitcode
            self._retire(worker)
            if code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV, 1):
                raise QueryOutOfMemory(f"query stopped: it needed more than the {self.memory_mb} MB of memory a "
                                       f"query may use (CSCGRAPH_QUERY_MEMORY)") from None
            raise StoreError(f"the query worker stopped unexpectedly (exit code {code}); try again") from None
        if status == "memory":
            self._retire(worker)  # its heap may be left near the cap: start afresh
        else:
            self._idle.put(worker)
        if status == "ok":
            return payload  # type: ignore[no-any-return]
        if status == "memory":
            raise QueryOutOfMemory(f"query stopped: it needed more than the {self.memory_mb} MB of memory a query "
                                   f"may use (CSCGRAPH_QUERY_MEMORY)")
        if status == "refused":
            raise QueryRefused(payload)
        if status == "query":
            raise QueryError(payload)
        raise StoreError(payload)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
