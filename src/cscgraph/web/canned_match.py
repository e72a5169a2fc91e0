"""Endpoint queries that are canned queries with their parameters written in, recognised token by token.

A client that copies a canned query from `/queries` and writes an entity's IRI and a page into it (as
`store.binding.inline_bindings` and `queries.paged` write them: what `cscgraph query` runs) asks the endpoint what
`/queries/<name>` answers from the read model's tables: at 100,000 articles the store took seconds for a popular
entity, the tables milliseconds. Such a query is recognised from its lexical structure, never by searching its text:
it is read into SPARQL tokens (`_TOKEN`; comments and spacing dropped, prefixed names and `a` written as the IRIs
they stand for, keywords in capitals), and that sequence must be a canned query's own, token for token, but for
marker tokens in the parameters' places, which take the query's IRI (the same one in every place) and its page's
numbers. A text the tokens do not cover whole, or with a `BASE` or a relative IRI, is not tried; nor is one longer
than `LONGEST_TRIED`. Only queries the tables answer are tried (`read_answers`), and only those whose parameters
are all entities besides their page. Anything else, a query written another way included (its patterns in another
order), runs on the store as before.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from cscgraph.queries import PAGING, CannedQuery, paged
from cscgraph.read_answers import PAGES, TERM_KINDS
from cscgraph.store import Term
from cscgraph.store.binding import SPARQL_IRI, SPARQL_STRING, SPARQL_VAR, inline_bindings

__all__ = ["CannedMatcher", "Recognised", "LONGEST_TRIED"]

LONGEST_TRIED = 16_384
"""Longest query text (characters) tried against the canned queries."""
_MARK = "urn:cscgraph:parameter:"
_PAGE_MARKS = {"limit": "7777777", "offset": "8888888"}
"""Numbers standing for the page in a canned query's tokens: no canned query holds them."""
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

# One SPARQL token a group: comments and spaces (dropped), IRIs, strings, variables, numbers, prefixed names and
# keywords, and punctuation. A character none of them takes ends the reading (the text is not tried).
_TOKEN = re.compile(rf"""
    (?P<space> \s+ | \#[^\n]* )
  | (?P<iri> {SPARQL_IRI} )
  | (?P<string> {SPARQL_STRING} )
  | (?P<var> {SPARQL_VAR} )
  | (?P<number> [+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?) )
  | (?P<lang> @[A-Za-z]+(?:-[A-Za-z0-9]+)* )
  | (?P<name> (?:[A-Za-z_][\w.-]*)?:[\w.%-]*|[A-Za-z_][\w-]* )
  | (?P<mark> \^\^|&&|\|\||!=|<=|>=|[(){{}}\[\].,;=<>!*/+|^-] )""", re.VERBOSE)
_ABSOLUTE_IRI = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:")
_CASED = frozenset({"true", "false"})
"""Words kept as written (keywords are read in capitals)."""


@dataclass(frozen=True)
class Recognised:
    query: CannedQuery
    params: dict[str, str]
    """Each entity parameter's IRI and the page (`limit`, `offset`) as the query gave them."""


@dataclass(frozen=True)
class _Shape:
    query: CannedQuery
    tokens: tuple[str, ...]


class CannedMatcher:
    """Recognises canned queries written out with their parameters; safe to share between request threads."""

    def __init__(self, queries: Callable[[], list[CannedQuery]]) -> None:
        self._queries = queries
        self._shapes: dict[int, list[_Shape]] | None = None
        self._lock = threading.Lock()

    def recognise(self, text: str) -> Recognised | None:
        """The canned query `text` is, with the parameters it writes in, or None."""
        tokens = tokens_of(text) if len(text) <= LONGEST_TRIED else None
        if tokens is None:
            return None
        for shape in self._by_length().get(len(tokens), []):
            found = _unify(shape.tokens, tokens)
            if found is not None:
                return Recognised(shape.query, found)
        return None

    def _by_length(self) -> dict[int, list[_Shape]]:
        with self._lock:
            if self._shapes is None:
                self._shapes = {}
                for query in self._queries():
                    for shape in _shapes(query) if _tried(query) else []:
                        self._shapes.setdefault(len(shape.tokens), []).append(shape)
            return self._shapes


def tokens_of(text: str) -> tuple[str, ...] | None:
    """The query's tokens as `recognise` compares them, or None when they do not cover it whole (or it has a `BASE`,
    a relative IRI or a prefix it does not declare)."""
    prefixes: dict[str, str] = {}
    out: list[str] = []
    at = 0
    declaring, pending = False, ""  # after PREFIX; the prefix name read, awaiting its IRI
    for m in _TOKEN.finditer(text):
        if m.start() != at:
            return None
        at = m.end()
        kind, token = m.lastgroup, m.group()
        if kind == "space":
            continue
        if kind == "name" and ":" not in token:
            token = token if token in _CASED else "a" if token == "a" else token.upper()
        if token == "BASE" or kind == "iri" and not _ABSOLUTE_IRI.match(token):
            return None
        if token == "PREFIX":
            declaring = True
            continue
        if declaring:  # PREFIX name: <iri>
            if not pending and kind == "name" and token.endswith(":") and token.count(":") == 1:
                pending = token
            elif pending and kind == "iri" and pending not in prefixes:
                prefixes[pending] = token[1:-1]
                declaring, pending = False, ""
            else:
                return None
            continue
        if kind == "name" and ":" in token:
            prefix, local = token.split(":", 1)
            if f"{prefix}:" not in prefixes:
                return None
            token = f"<{prefixes[prefix + ':']}{local}>"
        elif token == "a":
            token = _RDF_TYPE
        out.append(token)
    return tuple(out) if at == len(text) and not declaring else None


def _tried(query: CannedQuery) -> bool:
    """The tables answer the query, and its parameters are entities besides its page."""
    return (query.name in TERM_KINDS or query.name in PAGES) and all(
        p.kind == "entity" or p.name in PAGING for p in query.parameters)


def _shapes(query: CannedQuery) -> list[_Shape]:
    """The query's tokens with markers for its entities, once for each way of paging it the query takes."""
    entities = {p.name: Term("uri", _MARK + p.name) for p in query.parameters if p.name not in PAGING}
    pages = [p.name for p in query.parameters if p.name in PAGING]
    ways = [{}] + [{name: _PAGE_MARKS[name]} for name in pages] + ([dict(_PAGE_MARKS)] if len(pages) == 2 else [])
    shapes = [tokens_of(inline_bindings(paged(query, **way), entities)) for way in ways]
    return [_Shape(query, tokens) for tokens in shapes if tokens is not None]


def _unify(shape: tuple[str, ...], given: tuple[str, ...]) -> dict[str, str] | None:
    """The parameters when `given` is `shape` with values in the markers' places (one value a marker), else None."""
    found: dict[str, str] = {}
    for want, got in zip(shape, given):
        if want == got:
            continue
        if want.startswith(f"<{_MARK}"):
            name, value = want[len(_MARK) + 1:-1], got[1:-1]
            if not got.startswith("<") or found.setdefault(name, value) != value:
                return None
            continue
        name = next((n for n, mark in _PAGE_MARKS.items() if want == mark), None)
        if name is None or not got.isdigit() or found.setdefault(name, got) != got:
            return None
    return found
