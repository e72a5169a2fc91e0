"""Canned queries: named SPARQL files in `queries/`, their headers, parameter binding, and running them.

A canned query file starts with comment lines::

    # title: Quotes by one speaker
    # description: Every quote attributed to a person or body, newest first.
    # param: speaker person — the speaker's name, alias or IRI

A parameter line is `# param: NAME [KIND] — description`. KIND says how a value given as text is bound:
`entity` or an entity kind (`person`, `organisation`, `policy`, `measure`, `statute`, `programme`) resolves a
name or alias to its IRI (an IRI is taken as is); `article` takes an article IRI, id or URL (any link to the
page); `iri` takes an IRI; `string` (the default), `integer`, `decimal`, `date` become typed literals. Values are
always bound as RDF terms (pyoxigraph substitutions, or a VALUES block on a remote store), never pasted into the
query text; a SELECT query must project its parameters (SEP-0007 substitution requires it).

Paging: a query whose header declares the parameters `limit` and `offset` (kind `integer`, optional) can be read a
page at a time. They are not bound as variables: `run_query` checks that each is a whole number (limit ≥ 1,
offset ≥ 0) and writes them into the query text as `LIMIT n OFFSET m`, so the engine (embedded or remote) stops
after the page instead of Python cutting a full answer. They go at the end of the query, or in place of a line
comment `#page` where the query marks one: a listing that pages over its articles or streams puts it in the
subquery that picks them, so that the details of a page are looked up for that page only. The parameters'
descriptions say what one unit of `limit` is (a row, an article, …); pages of a query with an ORDER BY, read one
after another, give the unpaged answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cscgraph.errors import QueryError
from cscgraph.extract.slugs import slugify
from cscgraph.graph.namespaces import CSC, DCTERMS, RDFS, SCHEMA, SKOS
from cscgraph.ingest.identity import url_id
from cscgraph.resources import data_dir
from cscgraph.store import Results, Store, Term
from cscgraph.syntax import INTEGER, IRI_SCHEME, ISO_DAY, QUERY_NAME, SPARQL_WHOLE_NUMBER

__all__ = ["CannedQuery", "Parameter", "load_query", "list_queries", "parse_query", "run_query",
           "resolve_entity", "paged", "ENTITY_KINDS", "PAGING"]

ENTITY_KINDS = ("person", "organisation", "policy", "measure", "statute", "programme", "funding")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_LITERAL_KINDS = {"string": None, "integer": f"{_XSD}integer", "decimal": f"{_XSD}decimal", "date": f"{_XSD}date"}
_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*?)\s*$")
# "# param: speaker person — the speaker's name" (an en/em dash or a double hyphen separates the description)
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)(?:\s+(?P<kind>[a-z]+))?\s*(?:[—–]|--)\s*(?P<help>.+)$")
PAGING = ("limit", "offset")
"""Parameters written into the query text as LIMIT/OFFSET rather than bound as variables."""
_PAGE_MARK = re.compile(r"^[ \t]*#page[ \t]*$", re.MULTILINE)
_NAME_PROPERTIES = (f"{RDFS}label", f"{SCHEMA}name", f"{SKOS}prefLabel", f"{SKOS}altLabel", f"{CSC}acronym")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class CannedQuery:
    """A query with its header: the public contract of `queries/NAME.rq`."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    sparql: str
    path: Path | None = None


def parse_query(text: str, name: str = "query", path: Path | None = None) -> CannedQuery:
    """Read the header of a query text; queries without a header get their name as title.

    >>> q = parse_query("# title: T\\n# param: who person — a name\\nSELECT * { ?who ?p ?o }")
    >>> (q.title, q.parameters[0].kind)
    ('T', 'person')
    """
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        m = _HEADER.match(stripped)
        if not m:
            continue
        key, value = m.groups()
        if key == "param":
            p = _PARAM.match(value)
            if not p:
                raise QueryError(f"{path or name}: bad '# param:' line {value!r}; expected 'NAME [KIND] — help'")
            kind = p["kind"] or "string"
            if kind not in (*ENTITY_KINDS, "entity", "article", "iri", *_LITERAL_KINDS):
                raise QueryError(f"{path or name}: parameter {p['name']!r} has unknown kind {kind!r}")
            params.append(Parameter(p["name"], kind, p["help"]))
        else:
            fields[key] = value
    return CannedQuery(name, fields.get("title", name), fields.get("description", ""), tuple(params), text, path)


def list_queries(folder: Path | None = None) -> list[CannedQuery]:
    """Every canned query, by name."""
    folder = folder or data_dir("queries")
    return [parse_query(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(folder.glob("*.rq"))]


def load_query(spec: str, folder: Path | None = None) -> CannedQuery:
    """A canned query by NAME, a path to a `.rq` file, or the text itself when `spec` holds a query."""
    folder = folder or data_dir("queries")
    named = folder / f"{spec}.rq"
    if QUERY_NAME.fullmatch(spec) and named.is_file():
        return parse_query(named.read_text(encoding="utf-8"), spec, named)
    path = Path(spec)
    if path.suffix == ".rq" or path.is_file():
        try:
            return parse_query(path.read_text(encoding="utf-8"), path.stem, path)
        except OSError as exc:
            raise QueryError(f"{spec}: cannot read the query file: {exc.strerror or exc}") from exc
    if QUERY_NAME.fullmatch(spec):
        known = ", ".join(q.name for q in list_queries(folder))
        raise QueryError(f"no canned query named {spec!r}; known: {known}")
    return parse_query(spec)


Answers = Callable[[CannedQuery, dict[str, str], int | None], Results | str | None]
"""Where a canned query's answer may be read instead of run: given the query, its bound parameters' values (IRIs)
with its page, and the row limit, the answer, or the query's text with its page already picked to run instead, or
None to run it as it is (the read model, `search.SearchIndex.answer`)."""


def run_query(store: Store, query: CannedQuery, params: dict[str, str] | None = None, *,
              timeout: float | None = None, limit: int | None = None, answers: Answers | None = None) -> Results:
    """Bind `params` (text values, resolved per the header's kinds) and run the query, or read its answer from
    `answers` when that holds it."""
    params = dict(params or {})
    declared = {p.name: p for p in query.parameters}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(f"{query.name}: unknown parameter(s) {', '.join(unknown)}; "
                         f"it takes: {', '.join(declared) or 'none'}")
    missing = [name for name in declared if name not in params and f"?{name}" in query.sparql
               and not _is_optional(query, name)]
    if missing:
        raise QueryError(f"{query.name}: missing parameter(s) {', '.join(missing)} (use --param NAME=VALUE)")
    paging = {name: params.pop(name) for name in PAGING if name in params}
    text = paged(query, **paging)
    bindings = {name: bind_parameter(store, declared[name], value) for name, value in params.items()}
    if answers is not None:
        read = answers(query, {name: term.value for name, term in bindings.items()} | paging, limit)
        if isinstance(read, Results):
            return read
        text = read or text
    return store.query(text, bindings, timeout=timeout, limit=limit)


def paged(query: CannedQuery, limit: str | int | None = None, offset: str | int | None = None) -> str:
    """The query's text with `LIMIT`/`OFFSET` written in (at its `#page` mark, else at the end).

    >>> q = parse_query("# param: limit integer — rows (optional)\\nSELECT * { ?s ?p ?o } ORDER BY ?s")
    >>> paged(q, limit="10")
    '# param: limit integer — rows (optional)\\nSELECT * { ?s ?p ?o } ORDER BY ?s\\nLIMIT 10'
    >>> paged(q, limit="0")
    Traceback (most recent call last):
    cscgraph.errors.QueryError: query: parameter limit: '0' is not a whole number of at least 1
    """
    modifiers = []
    for name, value, least in (("limit", limit, 1), ("offset", offset, 0)):
        if value is None or str(value).strip() == "":
            continue
        if name not in {p.name for p in query.parameters}:
            raise QueryError(f"{query.name}: parameter {name} is not taken (the query does not page)")
        text = str(value).strip()
        if not SPARQL_WHOLE_NUMBER.fullmatch(text) or int(text) < least:  # 18 digits: a SPARQL engine's 64 bits
            raise QueryError(f"{query.name}: parameter {name}: {text[:40]!r} is not a whole number of at least {least}")
        modifiers.append(f"{name.upper()} {int(text)}")
    if not modifiers:
        return query.sparql
    clause = " ".join(modifiers)
    if _PAGE_MARK.search(query.sparql):
        return _PAGE_MARK.sub(clause, query.sparql, count=1)
    return f"{query.sparql.rstrip()}\n{clause}"


def _is_optional(query: CannedQuery, name: str) -> bool:
    return "(optional)" in next(p.description for p in query.parameters if p.name == name)


def bind_parameter(store: Store, param: Parameter, value: str) -> Term:
    """The RDF term a text value stands for, given the parameter's kind."""
    value = value.strip()
    if param.kind in _LITERAL_KINDS:
        if param.kind == "integer" and not INTEGER.fullmatch(value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a whole number")
        if param.kind == "date" and not ISO_DAY.fullmatch(value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a date (YYYY-MM-DD)")
        return Term("literal", value, _LITERAL_KINDS[param.kind])
    if param.kind == "iri":
        if not IRI_SCHEME.match(value):
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI")
        return Term("uri", value)
    if param.kind == "article":
        return Term("uri", resolve_article(store, value))
    return Term("uri", resolve_entity(store, value, None if param.kind == "entity" else param.kind))


def resolve_article(store: Store, value: str) -> str:
    """An article IRI from its IRI, its id or its URL (as stored, or any other link to the page: http or https,
    with or without `www.`, a fragment or tracking parameters)."""
    minter = store.minter
    if value.startswith(minter.base):
        return value
    if not value.startswith(("http://", "https://")):
        return minter.article(value)
    found = store.query(f"SELECT ?a ?url WHERE {{ ?a <{SCHEMA}url> ?url }} LIMIT 1", {"url": Term("uri", value)})
    if not found.rows:
        found = store.query(f"SELECT ?a ?id WHERE {{ ?a <{DCTERMS}identifier> ?id }} LIMIT 1",
                            {"id": Term("literal", url_id(value))})
    if not found.rows:
        raise QueryError(f"no article with URL or id {value!r}")
    return found.rows[0]["a"].value


def resolve_entity(store: Store, value: str, kind: str | None = None) -> str:
    """The IRI of the entity a name, alias, acronym, `kind/slug` path or IRI denotes.

    Tried in order: an IRI as is; `<base><kind>/<slug of value>` if such an entity exists; an exact name; a name
    ignoring case. Two different entities for one name is an error that lists them.
    """
    minter = store.minter
    if value.startswith(("http://", "https://")):
        return value
    kinds = [kind] if kind else list(ENTITY_KINDS)
    if "/" in value and value.split("/", 1)[0] in ENTITY_KINDS:
        return minter.base + value
    for k in kinds:
        candidate = f"{minter.base}{k}/{slugify(value)}"
        if store.query("ASK { ?candidate ?p ?o }", {"candidate": Term("uri", candidate)}).boolean:
            return candidate
    prefixes = [f"{minter.base}{k}/" for k in kinds]
    values = " ".join(f"<{p}>" for p in _NAME_PROPERTIES)
    exact = store.query(f"SELECT DISTINCT ?e ?name WHERE {{ VALUES ?p {{ {values} }} ?e ?p ?name }}",
                        {"name": Term("literal", value)})
    matches = _of_kind(exact, prefixes)
    if not matches:
        folded = store.query(
            f"SELECT DISTINCT ?e ?name WHERE {{ VALUES ?p {{ {values} }} ?e ?p ?label "
            f"FILTER(LCASE(STR(?label)) = LCASE(STR(?name))) }}", {"name": Term("literal", value)})
        matches = _of_kind(folded, prefixes)
    if len(matches) == 1:
        return matches[0]
    what = kind or "entity"
    if not matches:
        raise QueryError(f"no {what} named {value!r}; try `cscgraph query entities` for names")
    raise QueryError(f"{value!r} names more than one {what}: {', '.join(matches)}; give the IRI")


def _of_kind(results: Results, prefixes: list[str]) -> list[str]:
    return sorted({row["e"].value for row in results.rows
                   if "e" in row and any(row["e"].value.startswith(p) for p in prefixes)})
