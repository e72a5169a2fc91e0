"""SPARQL 1.1 Protocol rules the endpoint applies before and after running a query.

- Read-only: the text is run as a query and nothing else. A text the query parser rejects is answered 400 with the
  parser's message, or 403 when it reads as SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, …).
- No federation: a query that calls `SERVICE` is refused (403) before it runs, since Oxigraph would fetch from
  any host it names. The check works on the query's tokens with comments, strings and IRIs removed and `\\u`
  escapes decoded, so `"SERVICE"` in a string or `ex:service` do not trip it and `\\u0053ERVICE` does.
- Content negotiation: SPARQL results JSON, XML, CSV, TSV for SELECT/ASK; Turtle, N-Triples, JSON-LD for
  CONSTRUCT/DESCRIBE; a `format=` parameter overrides the Accept header (used by download links).
"""

from __future__ import annotations

import re

from cscgraph.errors import QueryError

__all__ = ["QueryRefused", "NotAcceptable", "check_read_only_query", "refusal_for_unparsable", "negotiate",
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

# What removes the parts of a query that may contain any word: comments, string literals (long and short) and
# IRIs in angle brackets. `<` followed by whitespace is a comparison, which the IRI pattern cannot match.
_STRIP = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
                    r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*''', re.S)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# SERVICE as a keyword: not part of a prefixed name (ex:SERVICE, SERVICE:x) nor a variable (?service).
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)
# The prologue once IRIs are blanked out: "PREFIX ex:   BASE   ".
_PROLOGUE = re.compile(r"^\s*(?:(?:BASE|PREFIX\s+[\w.-]*:)\s*)*", re.I)
_UPDATE_START = re.compile(r"^(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def _decode_escapes(text: str) -> str:
    """SPARQL decodes `\\uXXXX` escapes before parsing (SPARQL 1.1 §19.2), so the checks must too."""
    return _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _keywords(text: str) -> str:
    """The query with comments, literals and IRIs blanked out: only keywords, names and punctuation remain."""
    return _STRIP.sub(" ", _decode_escapes(text))


def check_read_only_query(text: str) -> None:
    """Refuse a query the endpoint must not run: one calling SERVICE.

    >>> check_read_only_query('SELECT * { ?s ?p "SERVICE" } # SERVICE')
    >>> check_read_only_query("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    cscgraph.web.protocol.QueryRefused: SERVICE is refused: this endpoint answers from its own store only
    """
    if not text.strip():
        raise QueryError("empty query: give the SPARQL text as `query`")
    if _SERVICE.search(_keywords(text)):
        raise QueryRefused("SERVICE is refused: this endpoint answers from its own store only")


def refusal_for_unparsable(text: str) -> QueryRefused | None:
    """For a text the query parser rejected: a refusal when it reads as SPARQL Update, else None (a bad query).

    >>> str(refusal_for_unparsable("PREFIX a: <x:> LOAD <http://example.org/data.ttl>"))
    'SPARQL Update (LOAD) is refused: this endpoint is read-only'
    """
    body = _PROLOGUE.sub("", _keywords(text))
    match = _UPDATE_START.match(body)
    if match:
        return QueryRefused(f"SPARQL Update ({match.group(1).upper()}) is refused: this endpoint is read-only")
    return None


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
