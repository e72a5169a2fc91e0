"""RDF text in and out of the store: N-Triples of one graph as N-Quads, Turtle files as N-Triples, export formats."""

from __future__ import annotations

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
