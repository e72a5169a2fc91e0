"""SPARQL 1.1 Protocol rules the endpoint applies before and after running a query.

- Read-only: the text is parsed (rdflib's SPARQL 1.1 grammar) before anything runs. A SPARQL Update (INSERT,
  DELETE, LOAD, CLEAR, DROP, …) is refused (403); a text that is neither a query nor an update is 400 and never
  reaches the store.
- No federation: a query with a `SERVICE` pattern anywhere in its parse tree is refused (403), since Oxigraph
  would fetch from any host it names. The store runs exactly the text that was checked (`executable_text`:
  `\\u` escapes decoded and line ends normalised first), so the two parsers cannot disagree about comments or
  escapes.
- Content negotiation: SPARQL results JSON, XML, CSV, TSV for SELECT/ASK; Turtle, N-Triples, JSON-LD for
  CONSTRUCT/DESCRIBE; a `format=` parameter overrides the Accept header (used by download links).
"""

from __future__ import annotations

import dataclasses
import re

from cscgraph.errors import QueryError
from cscgraph.rdf import read_sparql
from cscgraph.store import Results

__all__ = ["QueryRefused", "NotAcceptable", "check_read_only_query", "executable_text", "negotiate", "within_bytes",
           "fewer",
           "requested_format", "wants_rdf", "RESULT_TYPES", "GRAPH_TYPES", "FORMAT_NAMES"]


class QueryRefused(QueryError):
    """The text is an update, loads data, or calls a remote SERVICE: this endpoint only reads its own store."""


class NotAcceptable(QueryError):
    """No format the client accepts can carry the answer (HTTP 406)."""


RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# Media types a client may ask for, mapped to our format names.
_ACCEPTED = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "ntriples",
    "text/plain": "ntriples", "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
    "text/n3": "turtle", "text/rdf+n3": "turtle",  # Turtle is N3 too
    "text/html": "html", "application/xhtml+xml": "html",
}
# What `format=`, `output=` and `results=` parameters may say (SPARQLWrapper sends all three, often twice), by
# name or media type; "xml" and "json" mean RDF/XML and JSON-LD for a graph answer.
_FORMAT_WORDS = {
    **_ACCEPTED, "json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
    "n3": "turtle", "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples", "jsonld": "jsonld",
    "json-ld": "jsonld", "rdfxml": "rdfxml", "rdf+xml": "rdfxml", "rdf": "rdfxml", "html": "html",
}
_FOR_GRAPHS = {"xml": "rdfxml", "json": "jsonld"}
FORMAT_NAMES = (*RESULT_TYPES, *GRAPH_TYPES, "html")

_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LINE_END = re.compile(r"\r\n?")


def executable_text(text: str) -> str:
    """The text both the checks and the store read: `\\u` escapes decoded first, as SPARQL 1.1 §19.2 says a
    query is read, and every line end made `\\n`. The store runs this text, not the one sent, so the two
    parsers cannot read comments or escapes differently (a comment ended by a lone carriage return hid a SERVICE
    call from the old check, not from the store).

    >>> executable_text("SELECT * { #\\r\\u0053ERVICE <http://x/> {} }")
    'SELECT * { #\\nSERVICE <http://x/> {} }'
    """
    decoded = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    return _LINE_END.sub("\n", decoded)


def check_read_only_query(text: str) -> tuple[str, bool]:
    """(The text to run, whether it names its own dataset with FROM / FROM NAMED), after refusing what the endpoint must not run: updates (403), SERVICE calls anywhere in
    the query (403), and what cannot be read as a SPARQL 1.1 query (400). The decision is made on rdflib's parse
    of the text (`cscgraph.rdf.read_sparql`); a text it cannot parse is never run.

    >>> check_read_only_query('SELECT * FROM <urn:g> { ?s ?p "SERVICE" } # SERVICE')
    ('SELECT * FROM <urn:g> { ?s ?p "SERVICE" } # SERVICE', True)
    >>> check_read_only_query("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    cscgraph.web.protocol.QueryRefused: SERVICE is refused: this endpoint answers from its own store only
    """
    if not text.strip():
        raise QueryError("empty query: give the SPARQL text as `query`")
    executable = executable_text(text)
    shape = read_sparql(executable)
    if shape.form == "update":
        verbs = ", ".join(dict.fromkeys(op.upper() for op in shape.operations)) or "UPDATE"
        raise QueryRefused(f"SPARQL Update ({verbs}) is refused: this endpoint is read-only")
    if shape.form == "unreadable":
        raise QueryError(f"SPARQL syntax error (not a SPARQL 1.1 query): {shape.problem}"[:600])
    if shape.calls_service:
        raise QueryRefused("SERVICE is refused: this endpoint answers from its own store only")
    return executable, shape.names_own_dataset


_TERM_OVERHEAD = 48
"""Bytes a result term takes besides its value, datatype and language (JSON keys, quotes, XML tags), about."""


def within_bytes(results: Results, max_bytes: int) -> Results:
    """`results` cut to the rows (or N-Triples lines) whose text adds up to at most `max_bytes`, marked truncated
    when cut. A cheap first cut, made where the query ran, so about `max_bytes` at most reaches the server; the
    exact cut is made on the serialised answer (`fewer`).

    >>> from cscgraph.store import Term
    >>> rows = tuple({"x": Term("literal", "a" * 100)} for _ in range(10))
    >>> cut = within_bytes(Results("select", ("x",), rows), 500)
    >>> len(cut.rows), cut.truncated
    (3, True)
    """
    if results.kind == "graph":
        if len(results.triples) <= max_bytes:
            return results
        end = results.triples.rfind("\n", 0, max_bytes) + 1
        return dataclasses.replace(results, triples=results.triples[:end], truncated=True)
    total = 0
    for count, row in enumerate(results.rows):
        total += sum(len(term.value) + len(term.datatype or "") + len(term.lang or "") + _TERM_OVERHEAD
                     for term in row.values())
        if total > max_bytes:
            return dataclasses.replace(results, rows=results.rows[:count], truncated=True)
    return results


def fewer(results: Results, share: float) -> Results:
    """`results` with `share` of its rows (or N-Triples lines), at least one fewer, marked truncated."""
    if results.kind == "graph":
        lines = results.triples.splitlines(keepends=True)
        keep = min(len(lines) - 1, int(len(lines) * share))
        return dataclasses.replace(results, triples="".join(lines[:max(0, keep)]), truncated=True)
    keep = min(len(results.rows) - 1, int(len(results.rows) * share))
    return dataclasses.replace(results, rows=results.rows[:max(0, keep)], truncated=True)


def _accepted(accept: str) -> list[tuple[float, int, str]]:
    """Media ranges from an Accept header, best first (q, then order given)."""
    ranges = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, index, media))
    return sorted(ranges)


def wants_rdf(accept: str) -> str | None:
    """The RDF format an Accept header prefers over HTML and JSON (for dereferencing an entity IRI), else None.

    >>> wants_rdf("text/turtle"), wants_rdf("text/html,application/xhtml+xml,*/*;q=0.8"), wants_rdf("*/*")
    ('turtle', None, None)
    """
    for _, _, media in _accepted(accept or ""):
        name = _ACCEPTED.get(media)
        if name in GRAPH_TYPES and media != "text/plain":
            return name
        if name in ("html", "json") or media == "*/*":
            return None
    return None


def requested_format(values: list[str]) -> str | None:
    """The one format that `format=`/`output=`/`results=` values name (repeats that agree are one), or None when
    they name none or disagree — then the Accept header decides.

    >>> requested_format(["tsv", "text/tab-separated-values"]), requested_format(["csv", "json"])
    ('tsv', None)
    """
    names = {_FORMAT_WORDS.get(v.strip().lower()) for v in values if v.strip()}
    names.discard(None)
    return names.pop() if len(names) == 1 else None


def negotiate(accept: str, kind: str, requested: str | None = None) -> str:
    """Format name for an answer of `kind` (select/ask/graph): `requested` (from `requested_format`) if it fits
    the kind, else the best Accept match, else JSON results / Turtle when the client accepts anything; raises
    NotAcceptable when the Accept header names only formats that cannot carry the answer.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("*/*", "graph"), negotiate("", "graph", "xml")
    ('turtle', 'rdfxml')
    """
    fits = set(GRAPH_TYPES) if kind == "graph" else set(RESULT_TYPES)
    fits.add("html")
    if requested:
        requested = _FOR_GRAPHS.get(requested, requested) if kind == "graph" else requested
        if requested in fits:
            return requested
    ranges = _accepted(accept or "*/*")
    for _, _, media in ranges:
        name = _ACCEPTED.get(media)
        if name in fits:
            return name
        if media == "application/json" and kind == "graph":  # JSON-LD is JSON; SPARQL results JSON is not a graph
            return "jsonld"
        if media in ("*/*", "text/*", "application/*"):
            return "turtle" if kind == "graph" else "json"
    if not ranges:
        return "turtle" if kind == "graph" else "json"
    offered = ", ".join(sorted({v for k, v in (GRAPH_TYPES if kind == "graph" else RESULT_TYPES).items()}))
    raise NotAcceptable(f"none of the accepted formats ({accept}) can carry a {kind.upper()} answer; "
                        f"this endpoint offers {offered}")
