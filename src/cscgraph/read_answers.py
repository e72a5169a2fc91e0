"""Canned queries answered from the read model (`cscgraph.readmodel`) as SPARQL would answer them, for
`cscgraph query` and `/queries/<name>` while the index is in step with the store.

Two ways, each held to the SPARQL answer term for term, whole and by pages, on the corpus and a generated store
(tests/test_readmodel.py):

- A listing whose table holds all of its rows (`TERM_KINDS`): the rows as typed terms. Each column gives one kind
  of RDF term in every row (an IRI, or a literal of one datatype), and the tables keep the store's lexical forms,
  so a kind and a value make the term the store answers. `entity-catalogue` is not one: its names carry a
  language or not and its dates are years, days or times.
- A query that picks its page in a subquery (`PAGES`: quotes by a speaker, quotes about an entity, what is new
  about an entity, a measure's trace): the page is picked in SQL from the tables that hold the subquery's rows, and
  the query is run with that page written in its place (a VALUES list), so the store looks up the words and the rest
  for the page's rows only instead of sorting all of a popular entity's rows first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from cscgraph.graph.namespaces import CSC, XSD
from cscgraph.queries import CannedQuery
from cscgraph.readmodel import TABLE_OF_QUERY, bound_params, canned_text, listing
from cscgraph.store import Results, Term
from cscgraph.syntax import ISO_DAY, YEAR

__all__ = ["TERM_KINDS", "PAGES", "ReadPage", "answer", "with_page"]


def _kinds(iris: str, **datatypes: str) -> dict[str, str]:
    """A listing's term kind by column: "uri" for each of `iris`, the XSD datatype named for the others given
    (`start="integer"`); a column not named is an xsd:string literal."""
    return {**dict.fromkeys(iris.split(), "uri"), **{c: f"{XSD}{d}" for c, d in datatypes.items()}}


_SPAN = {"start": "integer", "end": "integer"}
_FUNDING_KINDS = _kinds("stream funder recipient funded article", amountGBP="decimal", approximate="boolean",
                        published="dateTime", **_SPAN)
TERM_KINDS: dict[str, dict[str, str]] = {
    "funding-streams": _FUNDING_KINDS,
    "entity-quotes": _kinds("entity quote speaker role organisation stance article", published="dateTime", **_SPAN),
    "entity-mentioned-in": _kinds("entity article", published="dateTime", mentions="integer", start="integer"),
    "entity-funding": {**_FUNDING_KINDS, "entity": "uri"},
    "entity-claims": _kinds("entity claim from relation to measure article", curated="boolean",
                            published="dateTime", **_SPAN),
    "entity-roles": _kinds("entity membership person role organisation article", date="date", **_SPAN),
    "article-list": _kinds("article publisher", published="dateTime", quotes="integer", funding="integer",
                           claims="integer"),
    "quote-finder": _kinds("quote speaker role organisation about stance article", published="dateTime", **_SPAN),
    "lineage-measures": _kinds("from relation to measure", claims="integer", curated="boolean"),
    "article-sources": _kinds("publisher", articles="integer"),
    "quote-facets": _kinds("speaker organisation about"),
}
"""Each listing's RDF term kind by column, for the listings a table holds whole."""


@dataclass(frozen=True)
class ReadPage:
    """A query whose page subquery (the group holding its `#page` mark) a table answers: `sql` gives the
    subquery's rows (its variables as columns, sorted and paged as it sorts and pages: `:limit`, `:offset`, the
    query's lookup parameter by name), `kinds` their terms' kinds."""

    query: str
    lookup: str
    sql: str
    kinds: dict[str, str]


def _quotes_page(query: str, lookup: str, relation: str) -> ReadPage:
    """A page of the quotes `entity_quotes` relates to the entity by `relation` ("by", "about"), as `query`'s
    subquery picks them: (quote, entity as `lookup`, article, date), by date, article and quote."""
    return ReadPage(query, lookup, f"""
        SELECT DISTINCT "quote", "entity" AS "{lookup}", "article", "published" FROM entity_quotes
        WHERE "entity" = :{lookup} AND "relation" = '{relation}'
        ORDER BY "published", "article", "quote" LIMIT :limit OFFSET :offset""",
                    _kinds(f"quote {lookup} article", published="dateTime"))


def _newest(table: str, fact: str, kind: str) -> str:
    """The newest `:first` distinct (entity, fact, kind, article, date) of the entity in `table`, read down the
    table's index on (entity, date, …)."""
    return f"""SELECT * FROM (SELECT DISTINCT "entity", "{fact}" AS "fact", '{kind}' AS "kind", "article", "published"
        FROM {table} WHERE "entity" = :entity AND "published" IS NOT NULL
        ORDER BY "published" DESC, "{fact}" LIMIT :first)"""


_UPDATES_PAGE = ReadPage("entity-updates", "entity", f"""
    SELECT DISTINCT "entity", "fact", "kind", "article", "published" FROM (
        {_newest("entity_quotes", "quote", "quote")} UNION ALL {_newest("entity_claims", "claim", "claim")}
        UNION ALL {_newest("entity_funding", "stream", "funding")})
    ORDER BY "published" DESC, "fact" LIMIT :limit OFFSET :offset""", _kinds("entity fact article", published="dateTime"))
"""`entity-updates`' page: the entity's quotes, lineage claims and funding streams with their articles' dates, as
the three tables keep them (curated claims, with no article and so no date, left out as the query leaves them). A
page is among the first `offset + limit` of each table's, so each is read that far down its index and no further
(`:first`)."""
_DATED = "a date typed by its form"
"""The kind of a column of dates of several XSD types, each typed by its lexical form (`_date_type`)."""
_FIRST_OF = """(SELECT MIN(NULLIF(n."{column}", '')) FROM entity_names n WHERE n."entity" = {entity})"""
_TRACE_PAGE = ReadPage("measure-trace", "measure", f"""
    WITH steps AS (
        SELECT "claim", "from" AS "document", "relation", NULL AS "other", "article", "published" FROM entity_claims
        WHERE "entity" = :measure AND "to" = :measure
        UNION SELECT "claim", "from", "relation", "to", "article", "published" FROM entity_claims
        WHERE "entity" = :measure AND "measure" = :measure
        UNION SELECT "claim", "to", "relation", NULL, "article", "published" FROM entity_claims
        WHERE "entity" = :measure AND "from" = :measure AND "relation" = '{CSC}replaces'),
    named AS (
        SELECT :measure AS "measure", s."claim", s."document", s."relation", s."other", s."article",
               {_FIRST_OF.format(column="label", entity=":measure")} AS "measureName",
               {_FIRST_OF.format(column="label", entity='s."document"')} AS "documentName",
               {_FIRST_OF.format(column="label", entity='s."other"')} AS "otherName",
               {_FIRST_OF.format(column="date", entity='s."document"')} AS "date",
               s."published"
        FROM steps s)
    SELECT * FROM named ORDER BY COALESCE("date", "published"), "published", "documentName", "relation", "claim",
                                 "article"
    LIMIT :limit OFFSET :offset""", {**_kinds("measure claim document relation other article", published="dateTime"),
                                    "date": _DATED})
"""`measure-trace`'s page: the measure's lineage claims from `entity_claims` (its object, its measure, or its subject
where it replaces a document), each step's names and its document's date (a start date is none: a government's
step is dated by its article) from `entity_names`, sorted as the query sorts them."""
PAGES = {page.query: page for page in (_quotes_page("quotes-by", "speaker", "by"),
                                       _quotes_page("quotes-about", "about", "about"), _UPDATES_PAGE, _TRACE_PAGE)}
"""The queries whose page a table picks, by name."""


def answer(db: sqlite3.Connection, query: CannedQuery, params: Mapping[str, str], limit: int | None = None
           ) -> Results | str | None:
    """Canned query `query`'s answer for `params` (its lookup IRIs, `limit`, `offset`) from the tables in `db`:
    the typed rows of a listing a table holds whole (at most `limit`, then marked truncated), or, for a query in
    `PAGES`, its text with the page picked (to run on the store); None when the query's text is not the canned
    one or the tables cannot answer (a lookup value that is not an IRI)."""
    if query.name not in PAGES and query.name not in TERM_KINDS or query.sparql != canned_text(query.name):
        return None
    page = PAGES.get(query.name)
    if page is not None:
        bound = bound_params(params, (page.lookup,))
        if bound is None:
            return None
        rows, skip = int(bound["limit"]), int(bound["offset"])
        cursor = db.execute(page.sql, bound | {"first": -1 if rows < 0 else skip + rows})
        columns = tuple(d[0] for d in cursor.description)
        return with_page(query.sparql, columns, [[_term(c, v, page.kinds) for c, v in zip(columns, row)]
                                                 for row in cursor])
    kinds = TERM_KINDS[query.name]
    rows = listing(db, query.name, params)
    if rows is None:
        return None
    table = TABLE_OF_QUERY[query.name]
    typed = tuple({c: _term(c, v, kinds) for c, v in row.items()} for row in rows[:limit])
    return Results("select", table.listed or table.columns, typed,
                   truncated=limit is not None and len(rows) > limit)


def _term(column: str, value: str | None, kinds: Mapping[str, str]) -> Term | None:
    if value is None:
        return None
    kind = kinds.get(column, f"{XSD}string")
    if kind == _DATED:
        kind = _date_type(value)
    return Term("uri", value) if kind == "uri" else Term("literal", value, kind)


def _date_type(value: str) -> str:
    """The XSD type the store gives a date of this form: a year (a document dated by the text), a day (reference
    data's documents) or a time.

    >>> [_date_type(v).rsplit("#", 1)[1] for v in ("2023", "2023-02-02", "2023-02-02T09:00:00Z")]
    ['gYear', 'date', 'dateTime']
    """
    if YEAR.fullmatch(value):
        return f"{XSD}gYear"
    return f"{XSD}date" if ISO_DAY.fullmatch(value) else f"{XSD}dateTime"


def with_page(sparql: str, variables: tuple[str, ...], rows: list[list[Term | None]]) -> str:
    """`sparql` with the group holding its `#page` mark replaced by a VALUES list of `rows` (None: UNDEF).

    The canned queries write that group as a line holding only "{", the subquery, its `#page` mark and a line
    holding only "}" at the same indent; a text that does not is refused (ValueError), never guessed at.

    >>> text = "SELECT * WHERE {\\n  {\\n    SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\\n    #page\\n  }\\n  ?s ?q ?v\\n}"
    >>> print(with_page(text, ("s",), [[Term("uri", "https://example.org/a")], [None]]))
    SELECT * WHERE {
      VALUES (?s) { (<https://example.org/a>) (UNDEF) }
      ?s ?q ?v
    }
    """
    lines = sparql.split("\n")
    mark = next((n for n, line in enumerate(lines) if line.strip() == "#page"), None)
    close = next((n for n in range(mark + 1, len(lines)) if lines[n].strip()), None) if mark is not None else None
    if close is None or lines[close].strip() != "}":
        raise ValueError("the query has no page group (a '#page' line, then a line of '}')")
    indent = lines[close][:len(lines[close]) - len(lines[close].lstrip())]
    opening = next((n for n in range(mark - 1, -1, -1) if lines[n] == f"{indent}{{"), None)
    if opening is None:
        raise ValueError("the query's page group has no opening line of '{' at the indent of its '}'")
    values = " ".join("(" + " ".join(t.ntriples if t is not None else "UNDEF" for t in row) + ")" for row in rows)
    block = f"{indent}VALUES ({' '.join(f'?{v}' for v in variables)}) {{ {values} }}"
    return "\n".join([*lines[:opening], block, *lines[close + 1:]])
