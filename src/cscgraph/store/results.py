"""Query answers as plain values: `Term` and `Results`, and how pyoxigraph's answers and terms become them and back."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from cscgraph.errors import QueryTimeout
from cscgraph.graph.terms import iri, literal


@dataclass(frozen=True)
class Term:
    """One RDF term in a query answer, shaped like a SPARQL 1.1 JSON results binding."""

    type: TypingLiteral["uri", "literal", "bnode", "triple"]
    value: str
    datatype: str | None = None
    lang: str | None = None

    def __str__(self) -> str:
        return self.value

    @property
    def ntriples(self) -> str:
        """The term in N-Triples syntax, e.g. for a CONSTRUCT answer or a bound parameter."""
        if self.type == "uri":
            return iri(self.value)
        if self.type == "bnode":
            return f"_:{self.value}"
        text = literal(self.value)
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype and self.datatype != "http://www.w3.org/2001/XMLSchema#string":
            return f"{text}^^<{self.datatype}>"
        return text


@dataclass(frozen=True)
class Results:
    """A query's answer: `rows` for SELECT, `boolean` for ASK, `triples` (N-Triples text) for CONSTRUCT/DESCRIBE."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, Term], ...] = ()
    boolean: bool | None = None
    triples: str = ""
    truncated: bool = False


def _term(value: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Term:
    if isinstance(value, ox.NamedNode):
        return Term("uri", value.value)
    if isinstance(value, ox.BlankNode):
        return Term("bnode", value.value)
    if isinstance(value, ox.Literal):
        return Term("literal", value.value, value.datatype.value if not value.language else None, value.language)
    return Term("triple", str(value))


def ox_term(term: Term) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if term.type == "uri":
        return ox.NamedNode(term.value)
    if term.type == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype) if term.datatype else None)


def collect_answer(answer: object, deadline: float | None, limit: int | None) -> Results:
    """Drain a pyoxigraph answer into `Results`, checking the deadline between rows."""
    if isinstance(answer, ox.QueryBoolean):
        return Results("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        lines = []
        for n, triple in enumerate(answer):
            if deadline is not None and time.monotonic() > deadline:
                raise QueryTimeout("query ran past its time limit")
            if limit is not None and n >= limit:
                return Results("graph", triples="".join(lines), truncated=True)
            lines.append(f"{triple.subject} {triple.predicate} {triple.object} .\n")
        return Results("graph", triples="".join(lines))
    assert isinstance(answer, ox.QuerySolutions)
    variables = tuple(v.value for v in answer.variables)
    rows: list[dict[str, Term]] = []
    for solution in answer:
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeout("query ran past its time limit")
        if limit is not None and len(rows) >= limit:
            return Results("select", variables, tuple(rows), truncated=True)
        rows.append({name: _term(value) for name in variables if (value := solution[name]) is not None})
    return Results("select", variables, tuple(rows))
