"""Query parameters bound for a server without SEP-0007 substitutions: the RDF terms written into the query text."""

from __future__ import annotations

import re
from collections.abc import Mapping

from cscgraph.store.results import Term


def inline_bindings(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Bind parameters for a server without SEP-0007 substitutions, as SEP-0007 defines them: every occurrence
    of the variable becomes the bound RDF term, and the projection keeps the name as `(term AS ?name)`.

    This gives the same answers as pyoxigraph's `substitutions=` (the embedded store) in every scope, which a
    VALUES block does not: a VALUES block joins with the outer group only, so a parameter inside a UNION branch's
    `FILTER NOT EXISTS`, an `EXISTS` or a subquery would be unbound there. Values are written as RDF terms
    (escaped by `iri`/`literal`); the query is read token by token (comments, IRIs and strings skipped whole), so
    nothing in a value or a comment is taken for query syntax.

    >>> inline_bindings("# ?x\\nSELECT DISTINCT ?x ?y WHERE { ?x ?p ?y } ORDER BY ?x", {"x": Term("uri", "http://e/x")})
    '# ?x\\nSELECT DISTINCT (<http://e/x> AS ?x) ?y WHERE { <http://e/x> ?p ?y } ORDER BY (<http://e/x>)'
    """
    if not bindings:
        return sparql
    terms = {name: term.ntriples for name, term in bindings.items()}
    out: list[str] = []
    last = 0
    paren = braces = 0
    projecting = ordering = nested = False
    for m in _SPARQL_TOKEN.finditer(sparql):
        token = m.group()
        kind = m.lastgroup
        if kind == "word":
            word = token.upper()
            if word == "SELECT":
                projecting, nested, paren = True, braces > 0, 0
            elif word in ("WHERE", "FROM"):
                projecting = ordering = False
            elif word == "BY":
                ordering, paren = True, 0
            elif word in ("LIMIT", "OFFSET", "HAVING", "VALUES"):
                ordering = False
        elif token == "(":
            paren += 1
        elif token == ")":
            paren -= 1
        elif token in "{}":
            braces += 1 if token == "{" else -1
            projecting = ordering = False
        elif kind == "var" and token[1:] in terms:
            term = terms[token[1:]]
            if projecting and paren == 0:
                # A subquery drops the constant from its projection: projecting it would put the name in scope
                # and clash with the outer `(term AS ?name)`.
                replacement = "" if nested else f"({term} AS ?{token[1:]})"
            elif ordering and paren == 0:
                replacement = f"({term})"
            else:
                replacement = term
            out += [sparql[last:m.start()], replacement]
            last = m.end()
    out.append(sparql[last:])
    return "".join(out)


QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


def query_form(sparql: str) -> str:
    """The query's form — SELECT, ASK, CONSTRUCT or DESCRIBE — read from its first keyword outside comments, IRIs
    and strings; "" when there is none (an update, or not SPARQL).

    >>> query_form("# ASK? no\\nPREFIX a: <http://e/ASK#>\\nask { ?s ?p ?o }"), query_form("INSERT DATA {}")
    ('ASK', '')
    """
    for m in _SPARQL_TOKEN.finditer(sparql):
        if m.lastgroup == "word" and (word := m.group().upper()) in QUERY_FORMS:
            return word
    return ""


# SPARQL's lexical rules that every reader of a query text shares (`web.canned_match` too): an IRI (a `<` with spaces
# after it is less-than), a string (long or short, either quotation mark), a variable.
SPARQL_IRI = r"""<[^<>"{}|^`\\\s]*>"""
SPARQL_STRING = r"""'{3}[\s\S]*?'{3}|"{3}[\s\S]*?"{3}|'(?:[^'\\\n]|\\.)*'|""" + r'"(?:[^"\\\n]|\\.)*"'
SPARQL_VAR = r"[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+"
# The tokens `inline_bindings` reads: comments, IRIs and strings (stepped over whole), variables, words (keywords
# and prefixed names), brackets.
_SPARQL_TOKEN = re.compile(rf"""
    (?P<skip> \#[^\n]* | {SPARQL_IRI} | {SPARQL_STRING} )    # a comment, an IRI, a string
  | (?P<var> {SPARQL_VAR} )
  | (?P<word> [A-Za-z_][\w.-]*(?::[\w.-]*)? )
  | (?P<bracket> [(){{}}] )""", re.VERBOSE)
