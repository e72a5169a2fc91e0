"""Endpoint queries that are canned queries with their parameters written in, recognised by their parsed algebra.

A client that copies a canned query from `/queries` and writes an entity's IRI and a page into it (as
`store.binding.inline_bindings` and `queries.paged` write them) asks the endpoint what `/queries/<name>` answers
from the read model's tables: at 100,000 articles the store took seconds for a popular entity, the tables
milliseconds. Such a query is recognised from its structure, never from its text: it is parsed into SPARQL algebra
(rdflib) and unified with each canned query's algebra made with marker terms in the parameters' places, which take
the query's own IRIs and numbers; the order of a basic graph pattern's triples (which the translation sorts, the
terms included) does not count. Only queries the tables answer are tried (`read_answers`), and only those whose
parameters are all entities besides their page. A text longer than `LONGEST_TRIED` is never parsed here (the server
process parses it, unlike the endpoint's queries, which run in worker processes under a time limit).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cachetools import LRUCache
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

from cscgraph.queries import PAGING, CannedQuery, paged
from cscgraph.read_answers import PAGES, TERM_KINDS
from cscgraph.store import Term
from cscgraph.store.binding import inline_bindings

__all__ = ["CannedMatcher", "Recognised", "LONGEST_TRIED"]

LONGEST_TRIED = 16_384
"""Longest query text (characters) tried against the canned queries."""
PARSED_KEPT = 256
"""Query texts whose algebra (or failure to parse) is kept."""
_MARK = "urn:cscgraph:parameter:"
_PAGE_MARKS = {"limit": 7_777_777, "offset": 8_888_888}
"""Numbers standing for the page in a canned query's algebra: no canned query holds them."""


@dataclass(frozen=True)
class Recognised:
    query: CannedQuery
    params: dict[str, str]
    """Each entity parameter's IRI and the page (`limit`, `offset`) as the query gave them."""


@dataclass(frozen=True)
class _Shape:
    query: CannedQuery
    algebra: Any


class CannedMatcher:
    """Recognises canned queries written out with their parameters; safe to share between request threads."""

    def __init__(self, queries: Callable[[], list[CannedQuery]]) -> None:
        self._queries = queries
        self._unpaged: list[_Shape] | None = None
        self._paged: dict[str, list[_Shape]] = {}
        self._parsed: LRUCache[tuple[str, str], Any] = LRUCache(maxsize=PARSED_KEPT)
        self._lock = threading.Lock()

    def recognise(self, text: str, base_iri: str) -> Recognised | None:
        """The canned query `text` is, with the parameters it writes in, or None."""
        if len(text) > LONGEST_TRIED:
            return None
        algebra = self._algebra(text, base_iri)
        if algebra is None:
            return None
        for shape in self._shapes_like(algebra):
            found: dict[str, Any] = {}
            if _unify(shape.algebra, algebra, found):
                return Recognised(shape.query, {name: str(value) for name, value in found.items()})
        return None

    def _shapes_like(self, algebra: Any) -> list[_Shape]:
        """The shapes of the canned queries that project what `algebra` projects (each query's paged shapes made
        the first time one is asked for)."""
        with self._lock:
            if self._unpaged is None:
                self._unpaged = [shape for query in self._queries() if _tried(query) for shape in _shapes(query, False)]
            like = [shape for shape in self._unpaged
                    if shape.algebra.name == algebra.name and shape.algebra.get("PV") == algebra.get("PV")]
            for shape in like:
                if shape.query.name not in self._paged:
                    self._paged[shape.query.name] = [shape, *_shapes(shape.query, True)]
            return [paged for shape in like for paged in self._paged[shape.query.name]]

    def _algebra(self, text: str, base_iri: str) -> Any:
        with self._lock:
            if (text, base_iri) in self._parsed:
                return self._parsed[(text, base_iri)]
        algebra = _parsed(text, base_iri)
        with self._lock:
            self._parsed[(text, base_iri)] = algebra
        return algebra



def _tried(query: CannedQuery) -> bool:
    """The tables answer the query, and its parameters are entities besides its page."""
    return (query.name in TERM_KINDS or query.name in PAGES) and all(
        p.kind == "entity" or p.name in PAGING for p in query.parameters)


def _shapes(query: CannedQuery, paging: bool) -> list[_Shape]:
    """The query's algebra with markers for its entities: unpaged, or (`paging`) once for each way of paging it
    the query takes."""
    entities = {p.name: Term("uri", _MARK + p.name) for p in query.parameters if p.name not in PAGING}
    pages = [p.name for p in query.parameters if p.name in PAGING]
    ways = [{name: _PAGE_MARKS[name]} for name in pages] + ([dict(_PAGE_MARKS)] if len(pages) == 2 else []) \
        if paging else [{}]
    return [_Shape(query, _parsed(inline_bindings(paged(query, **way), entities), ""))  # type: ignore[arg-type]
            for way in ways]


def _parsed(text: str, base_iri: str) -> Any:
    """The query's algebra (relative IRIs resolved against `base_iri`), or None when rdflib cannot read it."""
    try:
        return translateQuery(parseQuery(text), base=base_iri or None).algebra
    except Exception:  # noqa: BLE001 - any text rdflib cannot read is simply not a canned query
        return None


def _unify(shape: Any, given: Any, found: dict[str, Any]) -> bool:
    """Whether `given` is `shape` with terms in the markers' places (recorded in `found`, one value a marker)."""
    if isinstance(shape, CompValue):
        if not isinstance(given, CompValue) or shape.name != given.name or set(shape) != set(given):
            return False
        for key in shape:
            if key == "_vars":  # derived from the rest
                continue
            if key == "triples" and shape.name == "BGP":
                if not _same_triples(shape[key], given[key], found):
                    return False
            elif not _unify(shape[key], given[key], found):
                return False
        return True
    if isinstance(shape, (list, tuple)):
        return isinstance(given, (list, tuple)) and len(shape) == len(given) and all(
            _unify(a, b, found) for a, b in zip(shape, given))
    if isinstance(shape, URIRef) and shape.startswith(_MARK):
        return isinstance(given, URIRef) and found.setdefault(shape[len(_MARK):], given) == given
    for name, mark in _PAGE_MARKS.items():
        if type(shape) is int and shape == mark:
            return type(given) is int and found.setdefault(name, given) == given
    return type(shape) is type(given) and shape == given


def _same_triples(shape: list[Any], given: list[Any], found: dict[str, Any]) -> bool:
    """Whether the triples of a basic graph pattern are the shape's in some order (backtracking over the few)."""
    if len(shape) != len(given):
        return False

    def place(i: int, used: frozenset[int], bound: dict[str, Any]) -> dict[str, Any] | None:
        if i == len(shape):
            return bound
        for j, triple in enumerate(given):
            trial = dict(bound)
            if j not in used and _unify(shape[i], triple, trial):
                done = place(i + 1, used | {j}, trial)
                if done is not None:
                    return done
        return None

    done = place(0, frozenset(), found)
    if done is None:
        return False
    found.update(done)
    return True
