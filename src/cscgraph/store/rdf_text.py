"""RDF text in and out of the store: N-Triples of one graph as N-Quads, Turtle files as N-Triples, export formats."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from cscgraph.errors import StoreError
from cscgraph.graph.terms import iri

ExportFormat = TypingLiteral["nquads", "trig", "turtle", "ntriples"]
RDF_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE,
                "ntriples": ox.RdfFormat.N_TRIPLES}


def turtle_to_ntriples(paths: list[Path]) -> str:
    """The triples of Turtle files as N-Triples text, ready for `Store.replace_graphs`."""
    lines: list[str] = []
    for path in paths:
        try:
            triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            lines += [f"{t.subject} {t.predicate} {t.object} .\n" for t in triples]
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{path}: cannot read Turtle: {exc}") from exc
    return "".join(lines)


def literal_triples(ntriples: str, predicates: Collection[str]) -> Iterator[tuple[str, str, str]]:
    """(subject IRI, predicate IRI, value) of each triple of N-Triples text whose predicate is one of `predicates`
    and whose object is a literal, the value as the store gives it back.

    >>> list(literal_triples('<http://e/s> <http://e/label> "A" .\\n', {"http://e/label"}))
    [('http://e/s', 'http://e/label', 'A')]
    """
    for triple in ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES):
        if triple.predicate.value in predicates and isinstance(triple.object, ox.Literal) \
                and isinstance(triple.subject, ox.NamedNode):
            yield triple.subject.value, triple.predicate.value, triple.object.value


def nquads(graph: str, ntriples: str) -> str:
    """N-Triples text (one triple a line, as `cscgraph.graph` writes it) as N-Quads in `graph`.

    >>> nquads("http://e/g", '<http://e/s> <http://e/p> "o" .\\n')
    '<http://e/s> <http://e/p> "o" <http://e/g> .\\n'
    """
    name = f"{iri(graph)} .\n"
    out = []
    for line in ntriples.split("\n"):  # literals escape newlines, so a newline always ends a triple
        if not line:
            continue
        if not line.endswith(" ."):
            raise ValueError(f"{graph}: not an N-Triples line: {line[:120]!r}")
        out.append(line[:-1] + name)
    return "".join(out)
