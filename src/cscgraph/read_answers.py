"""Canned queries answered from the read model (`cscgraph.readmodel`) as SPARQL would answer them, for
`cscgraph query` and `/queries/<name>` while the index is in step with the store.

Two ways, each held to the SPARQL answer term for term, whole and by pages, on the corpus and a generated store
(tests/test_readmodel.py):

- A listing whose table holds all of its rows (`TERM_KINDS`): the rows as typed terms. Each column gives one kind
  of RDF term in every row (an IRI, or a literal of one datatype), and the tables keep the store's lexical forms,
  so a kind and a value make the term the store answers. `entity-catalogue` is not one: its names carry a
  language or not and its dates are years, days or times.
- A query that picks its page in a subquery (`PAGES`: quotes by a speaker, quotes about an entity, what is new
  about an entity, a measure's trace, the diff of two documents): the page is picked in SQL from the tables that
  hold the subquery's rows (a measure's trace by merging each document's claims in order, `TracePage`; a diff from
  the two documents' claims, `DiffPage`), and
  the query is run with that page written in its place (a VALUES list), so the store looks up the words and the rest
  for the page's rows only instead of sorting all of a popular entity's rows first.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from cscgraph.graph.namespaces import CSC, RDF, XSD
from cscgraph.queries import CannedQuery
from cscgraph.readmodel import TABLE_OF_QUERY, bound_params, canned_text, has_indexes, listing
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
    "entity-link-counts": _kinds("entity property", values="integer"),
}
"""Each listing's RDF term kind by column, for the listings a table holds whole."""


@dataclass(frozen=True)
class ReadPage:
    """A query whose page subquery (the group holding its `#page` mark) a table answers: `sql` gives the
    subquery's rows (its variables as columns, sorted and paged as it sorts and pages: `:limit`, `:offset`, the
    query's lookup parameter by name; `TracePage` picks them otherwise), `kinds` their terms' kinds."""

    query: str
    lookup: str
    sql: str
    kinds: dict[str, str]

    @property
    def lookups(self) -> tuple[str, ...]:
        """The query's parameters that name what the page is of (IRIs)."""
        return (self.lookup,)

    def rows(self, db: sqlite3.Connection, bound: Mapping[str, str | int]) -> tuple[tuple[str, ...], list] | None:
        """The page's columns and rows for `bound` (`bound_params`), or None when the file cannot give them."""
        limit, skip = int(bound["limit"]), int(bound["offset"])
        cursor = db.execute(self.sql, {**bound, "first": -1 if limit < 0 else skip + limit})
        return tuple(d[0] for d in cursor.description), cursor.fetchall()


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
_TRACE_COLUMNS = ("measure", "claim", "document", "relation", "other", "article", "measureName", "documentName",
                  "otherName", "date", "published")
_FROM_VALUES = """WITH RECURSIVE d(v) AS (
        SELECT MIN("from") FROM entity_claims WHERE "entity" = :measure UNION ALL
        SELECT (SELECT MIN("from") FROM entity_claims WHERE "entity" = :measure AND "from" > v) FROM d
        WHERE v IS NOT NULL)
    SELECT v FROM d WHERE v IS NOT NULL"""
_CLAIMS_FROM = """SELECT "claim", "relation", "to", "measure", "article", "published" FROM entity_claims
    WHERE "entity" = :measure AND "from" = :document ORDER BY "published", "relation", "claim", "article" """
_FIRST_NAMES = """SELECT "entity", MIN(NULLIF("label", '')), MIN(NULLIF("date", '')) FROM entity_names
    WHERE "entity" IN ({marks}) GROUP BY "entity" """
Step = tuple[str, str, str, str | None, str | None, str | None]
"""A step of a trace: (claim, document, relation, other, article, published)."""


def _nulls_first(value: str | None) -> tuple[int, str]:
    """A value as SQL sorts it: none before any text."""
    return (0, "") if value is None else (1, value)


def _first_names(db: sqlite3.Connection, entities: set[str]) -> dict[str, tuple[str | None, str | None]]:
    """(name, date) of each of `entities` that `entity_names` holds, as `entity-catalogue` chooses them (the least
    of each; a start date is not a date)."""
    found = {}
    ordered = sorted(entities)
    for at in range(0, len(ordered), 500):
        chunk = ordered[at:at + 500]
        for entity, label, date in db.execute(_FIRST_NAMES.format(marks=", ".join("?" * len(chunk))), chunk):
            found[entity] = (label, date)
    return found


class TracePage(ReadPage):
    """`measure-trace`'s page: the measure's lineage claims from `entity_claims` (its object, its measure, or its
    subject where it replaces a document), each step's names and its document's date (a start date is none: a
    government's step is dated by its article) from `entity_names`, sorted as the query sorts them.

    The query sorts by the document's date (else the article's), the article's date, the document's name, the
    relation, the claim and the article. Each document's claims about the measure come in that order from the
    table's `step` index (one date and name a document), so the page is a merge of one ordered stream a document,
    read as far as the page reaches: a measure with tens of thousands of claims is not read whole to sort it, and a
    document named or dated by a later article moves its steps with no stored order to mend."""

    def rows(self, db: sqlite3.Connection, bound: Mapping[str, str | int]) -> tuple[tuple[str, ...], list] | None:
        if not has_indexes(db, ["entity_claims_by_step"]):
            return None  # a file from before the index, until a writer opens it: the store answers
        measure, limit, skip = str(bound["measure"]), int(bound["limit"]), int(bound["offset"])
        documents = [v for (v,) in db.execute(_FROM_VALUES, {"measure": measure})]
        replaced = list(self._replaced(db, measure))
        names = _first_names(db, {measure, *documents, *(step[1] for step in replaced)})

        def order(step: Step) -> tuple:
            claim, document, relation, _, article, published = step
            name, date = names.get(document, (None, None))
            return (_nulls_first(date or published), _nulls_first(published), _nulls_first(name), relation, claim,
                    _nulls_first(article))

        streams = [*(self._claims(db, measure, document) for document in documents), sorted(replaced, key=order)]
        page: list[Step] = []
        seen: set[Step] = set()
        for step in heapq.merge(*streams, key=order):
            if step not in seen:
                seen.add(step)
                if len(seen) > skip:
                    page.append(step)
                if len(page) == limit:
                    break
        names |= _first_names(db, {step[3] for step in page if step[3] is not None} - names.keys())

        def name(entity: str | None) -> str | None:
            return names.get(entity, (None, None))[0] if entity is not None else None

        return _TRACE_COLUMNS, [(measure, claim, document, relation, other, article, name(measure), name(document),
                                 name(other), names.get(document, (None, None))[1], published)
                                for claim, document, relation, other, article, published in page]

    @staticmethod
    def _claims(db: sqlite3.Connection, measure: str, document: str) -> Iterator[Step]:
        """The steps of `document`'s claims about `measure` in the index's order: as a claim's object, and as its
        measure (the document it relates to as `other`)."""
        for claim, relation, to, named, article, published in db.execute(
                _CLAIMS_FROM, {"measure": measure, "document": document}):
            if to == measure:
                yield claim, document, relation, None, article, published
            if named == measure:
                yield claim, document, relation, to, article, published

    @staticmethod
    def _replaced(db: sqlite3.Connection, measure: str) -> Iterator[Step]:
        """The steps of the measure's claims that it replaces a document (that document the step's)."""
        for claim, relation, to, _, article, published in db.execute(
                _CLAIMS_FROM, {"measure": measure, "document": measure}):
            if relation == f"{CSC}replaces":
                yield claim, to, relation, None, article, published


_TRACE_PAGE = TracePage("measure-trace", "measure", sql="", kinds={
    **_kinds("measure claim document relation other article", published="dateTime"), "date": _DATED})

_DIFF_ACTED = {f"{CSC}{p}": did for p, did in (("adopts", "adopted"), ("continues", "adopted"),
                                                ("legislates", "adopted"), ("implements", "adopted"),
                                                ("rejects", "rejected"), ("modifies", "modified"))}
_DIFF_VIA = {f"{CSC}{p}": did for p, did in (("adopts", "adopted"), ("basedOn", "adopted"), ("continues", "adopted"),
                                              ("rejects", "rejected"), ("modifies", "modified"),
                                              ("legislates", "adopted"))}
_DIFF_CARRIED = frozenset(f"{CSC}{p}" for p in ("recommends", "adopts", "continues", "legislates"))
_DIFF_OFFERED = frozenset(f"{CSC}{p}" for p in ("recommends", "adopts"))
_DIFF_COLUMNS = ("from", "to", "change", "measure", "measureName", "claim", "article")
_OWN_CLAIMS = """FROM entity_claims WHERE "entity" = :entity AND "from" = :entity"""
"""A document's own claims (it their subject), as the table's `diff` index leads."""
_OF_PAIR = f"""{_OWN_CLAIMS} AND "relation" = :relation AND "to" = :to"""
_PAIR_AFTER = f"""SELECT "relation", "to" {_OWN_CLAIMS}
    AND "relation" = :relation AND "to" > :to ORDER BY "to" LIMIT 1"""
_RELATION_AFTER = f"""SELECT "relation", "to" {_OWN_CLAIMS}
    AND "relation" > :relation ORDER BY "relation", "to" LIMIT 1"""
_PAIR_CLAIMS = f"""SELECT DISTINCT "article", "claim" {_OF_PAIR} ORDER BY "article", "claim" """
_NAMED_MEASURES = f"""SELECT DISTINCT "measure" {_OF_PAIR} AND "measure" IS NOT NULL"""
_NAMED_CLAIMS = f"""SELECT DISTINCT "article", "claim" {_OF_PAIR}
    AND "measure" = :measure ORDER BY "article", "claim" """
_IS_MEASURE = f"""SELECT 1 FROM entity_links WHERE "entity" = :entity AND "minted" = '' AND "direction" = 'out'
    AND "property" = '{RDF}type' AND "value" = '{CSC}Measure' LIMIT 1"""
_LABELS = """SELECT DISTINCT "label" FROM entity_names WHERE "entity" = :entity AND "label" != ''"""
Stream = tuple[str, str, dict]
"""A run of one document's claims in a (change, measure) of the diff: (change, measure, the parameters of the SQL
that reads its (article, claim) pairs in order)."""


class DiffPage(ReadPage):
    """`document-diff`'s page: what a later document (`to`) did with the measures of an earlier one (`from`), from
    the two documents' claims in `entity_claims`, the measures' types from `entity_links` (the shared graphs'
    rdf:type rows) and their names from `entity_names`, a row a name as the query's OPTIONAL gives them, in the
    query's order (change, name, article, measure, claim).

    The table's `diff` index holds each document's claims by (relation, object) and then in (article, claim) order:
    the distinct (relation, object) pairs of a document are sought one by one (a document with ten thousand claims
    has tens of pairs), the changes are decided from the pairs alone, and the page is a merge of one ordered run of
    claims a pair, read as far as the page reaches."""

    @property
    def lookups(self) -> tuple[str, ...]:
        return ("from", "to")

    def rows(self, db: sqlite3.Connection, bound: Mapping[str, str | int]) -> tuple[tuple[str, ...], list] | None:
        if not has_indexes(db, ["entity_links_by_key", "entity_claims_by_diff"]):
            return None  # a file from before the indexes, until a writer opens it: the store answers
        earlier, later, limit, skip = str(bound["from"]), str(bound["to"]), int(bound["limit"]), int(bound["offset"])
        measures: dict[str, bool] = {}

        def measure(iri: str) -> bool:
            if iri not in measures:
                measures[iri] = db.execute(_IS_MEASURE, {"entity": iri}).fetchone() is not None
            return measures[iri]

        offered, taken = self._pairs(db, earlier), self._pairs(db, later)
        # what the earlier document carried ("recommends" and "adopts" offer it), what the later one named, and
        # what it named through a claim about the earlier one
        carried = {to for relation, to in offered if relation in _DIFF_CARRIED}
        through = {(relation, m) for relation, to in taken if to == earlier
                   for (m,) in db.execute(_NAMED_MEASURES, {"entity": later, "relation": relation, "to": to})}
        named_by_later, through_earlier = {to for _, to in taken}, {m for _, m in through}
        streams: list[Stream] = []
        for relation, to in taken:
            if relation in _DIFF_ACTED and measure(to):
                did = _DIFF_ACTED[relation]
                streams.append(("new" if did == "adopted" and to not in carried else did, to,
                                {"entity": later, "relation": relation, "to": to}))
        streams += [(_DIFF_VIA[relation], m, {"entity": later, "relation": relation, "to": earlier, "measure": m})
                    for relation, m in through if relation in _DIFF_VIA]
        streams += [("not taken up", to, {"entity": earlier, "relation": relation, "to": to})
                    for relation, to in offered if relation in _DIFF_OFFERED and measure(to)
                    and to not in named_by_later and to not in through_earlier]
        labels = {m: [v for (v,) in db.execute(_LABELS, {"entity": m})] or [None] for m in {s[1] for s in streams}}
        # a section a (change, name): its measures' runs merged by (article, measure, claim)
        sections: dict[tuple, list[Iterator]] = {}
        for change, m, params in streams:
            for name in labels[m]:
                sections.setdefault((change, _nulls_first(name)), []).append(self._run(db, change, m, name, params))
        rows: list[tuple] = []
        for key in sorted(sections):
            for row in heapq.merge(*sections[key], key=lambda r: (_nulls_first(r[4]), r[1], r[3])):
                rows.append((earlier, later, *row))
                if 0 <= limit <= len(rows) - skip:
                    return _DIFF_COLUMNS, rows[skip:]
        return _DIFF_COLUMNS, rows[skip:]

    @staticmethod
    def _pairs(db: sqlite3.Connection, document: str) -> list[tuple[str, str]]:
        """The distinct (relation, object) pairs of `document`'s claims, each sought in the index after the last (the
        next object of the same relation, else the first of the next relation: SQLite seeks on each, where a row
        value's "(relation, to) >" steps through the last pair's claims)."""
        pairs: list[tuple[str, str]] = []
        after = {"entity": document, "relation": "", "to": ""}
        while (row := db.execute(_PAIR_AFTER, after).fetchone() or db.execute(_RELATION_AFTER, after).fetchone()
               ) is not None:
            pairs.append((row[0], row[1]))
            after |= {"relation": row[0], "to": row[1]}
        return pairs

    @staticmethod
    def _run(db: sqlite3.Connection, change: str, measure: str, name: str | None, params: dict) -> Iterator[tuple]:
        """One pair's claims as page rows less their two documents, (change, measure, name, claim, article), in
        (article, claim) order."""
        sql = _NAMED_CLAIMS if "measure" in params else _PAIR_CLAIMS
        for article, claim in db.execute(sql, params):
            yield change, measure, name, claim, article


_DIFF_PAGE = DiffPage("document-diff", "from", sql="", kinds=_kinds("from to measure claim article"))
PAGES = {page.query: page for page in (_quotes_page("quotes-by", "speaker", "by"),
                                       _quotes_page("quotes-about", "about", "about"), _UPDATES_PAGE, _TRACE_PAGE,
                                       _DIFF_PAGE)}
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
        bound = bound_params(params, page.lookups)
        if bound is None:
            return None
        picked = page.rows(db, bound)
        if picked is None:
            return None
        columns, rows = picked
        return with_page(query.sparql, columns, [[_term(c, v, page.kinds) for c, v in zip(columns, row)]
                                                 for row in rows])
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
