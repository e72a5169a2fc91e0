"""The store as pages read it: canned queries from `queries/` run with a page's time limit and their parameters
bound as RDF terms (pages never write SPARQL), and errors told without the store's location. The rows of a query
the read model caches (`cscgraph.readmodel`) are read from its table while that is in step with the store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from cscgraph.errors import QueryError
from cscgraph.queries import PAGING, CannedQuery, bind_parameter, list_queries, load_query, paged, run_query
from cscgraph.settings import Settings
from cscgraph.store import Results, Store, Term
from cscgraph.web.canned_match import CannedMatcher, Recognised
from cscgraph.web.protocol import within_bytes
from cscgraph.web.runner import QueryRunner

__all__ = ["Database", "Row"]

Row = dict[str, str]
"""A result row as plain strings (IRIs and literal values alike), which is what templates and JSON want."""


class ReadModel(Protocol):
    def listing(self, query: str, params: dict[str, str]) -> list[dict[str, str]] | None:
        """The rows of canned query `query` for `params`, or None when the store must answer."""

    def names(self, entities: Sequence[str], checked: bool = True) -> list[dict[str, str]] | None:
        """`entity-catalogue`'s rows of `entities` alone, or None when the store must answer (not `checked`: read
        without asking whether the index is in step)."""

    def names_under(self, prefix: str) -> list[tuple[str, str, str]] | None:
        """(IRI, name, date) of the named entities under an IRI prefix, or None when the store must answer."""

    def answer(self, query: CannedQuery, params: dict[str, str], limit: int | None) -> Results | str | None:
        """Canned query `query`'s answer for `params` (IRIs and its page), or its text with its page picked, or None
        when the store must answer it as it is."""


PAGE_QUERY_SECONDS = 30.0
"""Least time a page's own (canned, trusted) query may take, whatever the endpoint's limit for user queries."""


class Database:
    """Canned queries over one store, for every request thread."""

    def __init__(self, settings: Settings, store: Store, read_model: ReadModel | None = None) -> None:
        self.settings = settings
        self.store = store
        self.read_model = read_model
        self._matcher = CannedMatcher(self.queries)

    def queries(self) -> list[CannedQuery]:
        return list_queries()

    def results(self, name: str, **params: str) -> Results:
        """Run canned query `name` with IRIs or values bound to its parameters. Page queries are ours: they get
        the time limit but not the endpoint's result cap, so a page never silently drops rows."""
        try:
            return run_query(self.store, load_query(name), params, timeout=max(self.settings.query_timeout,
                                                                               PAGE_QUERY_SECONDS))
        except QueryError as exc:
            # The traceback holds the store's half-read answer, which pyoxigraph will only let this thread free:
            # drop it here rather than in the event loop's error handler.
            error = type(exc)(f"{name}: {exc}")
            exc.__traceback__ = None
        raise error

    def rows(self, name: str, **params: str) -> list[Row]:
        """`results` as rows of plain strings; from the read model's table when it holds them."""
        if self.read_model is not None:
            cached = self.read_model.listing(name, params)
            if cached is not None:
                return cached
        return [{k: v.value for k, v in row.items()} for row in self.results(name, **params).rows]

    def prepare(self, query: CannedQuery, params: dict[str, str]) -> tuple[str, dict[str, Term]]:
        """The query's text with its page written in, and its other parameters resolved to RDF terms (names and
        aliases to entity IRIs), for a run elsewhere (the endpoint's runner)."""
        text = paged(query, params.get("limit"), params.get("offset"))
        declared = {p.name: p for p in query.parameters}
        return text, {name: bind_parameter(self.store, declared[name], value)
                      for name, value in params.items() if name in declared and name not in PAGING and value.strip()}

    def answer(self, query: CannedQuery, params: dict[str, str], runner: QueryRunner) -> Results:
        """A canned query's answer for the endpoint's pages (`/queries/<name>`, its feed): its parameters bound as
        `prepare` binds them, read from the read model's table while it is in step with an embedded store (or run by
        `runner` with its page picked from one), else run by `runner` under the endpoint's limits (a read answer is
        held to the same rows and bytes)."""
        sparql, bindings = self.prepare(query, params)
        if self.read_model is not None and not self.settings.is_remote:
            page = {name: params[name] for name in PAGING if params.get(name, "").strip()}
            read = self.read_model.answer(query, {name: term.value for name, term in bindings.items()} | page,
                                          runner.limit)
            if isinstance(read, Results):
                return within_bytes(read, self.settings.answer_bytes)
            sparql = read or sparql
        return runner.run(sparql, bindings)

    def recognised(self, sparql: str) -> Recognised | None:
        """The canned query an endpoint query is, with its parameters written in (`web.canned_match`), or None."""
        return self._matcher.recognise(sparql)

    def public_message(self, error: Exception) -> str:
        """`error` as a page or answer may show it: where the store lives (its folder, its files beside it, a
        remote store's URLs) is written "the store", since a visitor has no business knowing the server's paths.

        The message is the library's own text, not a request's, so replacing known locations in it is exact."""
        message = str(error)
        places = {self.settings.store, str(getattr(self.store, "path", "") or ""),
                  getattr(self.store, "query_url", "") or ""}
        places |= {str(Path(place).resolve()) for place in set(places) if place and "://" not in place}
        for place in sorted((p for p in places if len(p) > 1), key=len, reverse=True):
            message = message.replace(place, "the store")
        return message
