"""Running user-supplied SPARQL (the endpoint, the editor, canned queries with parameters) under the limits.

An embedded store is queried through `QueryPool` (worker processes: a real time limit and memory cap); a remote
store directly, with the time limit passed to its HTTP client. Either way the result cap is applied and the
read-only rules of `cscgraph.web.protocol` are checked first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cscgraph.settings import Settings
from cscgraph.store import Results, Store, Term
from cscgraph.web.protocol import check_read_only_query, within_bytes
from cscgraph.web.workers import QueryPool

__all__ = ["QueryRunner"]


class QueryRunner:
    """Answers a query within `settings.query_timeout` seconds, `settings.result_limit` rows and about
    `settings.answer_bytes` bytes."""

    def __init__(self, settings: Settings, store: Store, pool: QueryPool | None) -> None:
        self.settings, self.store, self.pool = settings, store, pool

    @property
    def timeout(self) -> float:
        return self.settings.query_timeout

    @property
    def limit(self) -> int:
        return self.settings.result_limit

    def run(self, sparql: str, bindings: Mapping[str, Term] | None = None, *, default_graphs: Sequence[str] = (),
            named_graphs: Sequence[str] = (), base_iri: str | None = None) -> Results:
        """Run a query under the limits, after `check_read_only_query` (in the worker process, under the same time
        and memory limits, when there is a pool). The dataset is the protocol's when it names one, else the
        query's own FROM / FROM NAMED, else the union of all graphs; relative IRIs resolve against `base_iri`."""
        if self.pool is not None:
            return self.pool.run(sparql, bindings, timeout=self.timeout, limit=self.limit,
                                 default_graphs=default_graphs, named_graphs=named_graphs, base_iri=base_iri,
                                 max_bytes=self.settings.answer_bytes)
        text, own_dataset = check_read_only_query(sparql)
        return within_bytes(self.store.query(text, bindings, timeout=self.timeout, limit=self.limit,
                                             default_graphs=default_graphs, named_graphs=named_graphs,
                                             union_default=not (default_graphs or named_graphs or own_dataset),
                                             base_iri=base_iri), self.settings.answer_bytes)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
