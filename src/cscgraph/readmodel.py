"""The read model: listings that SPARQL answers by scanning the whole store, kept as small indexed SQLite tables in
the index file beside the store (`cscgraph.search.SearchIndex`) and updated with it, article by article.

Each table holds, for every article graph, the rows its canned query gives when run over that graph alone (the
query's own text, the article's graph as the default graph): every listing here is a union of per-article answers
(no row joins two articles), so the rows of all articles, sorted and paged as the query sorts and pages, are its
answer over the whole store. Replacing or deleting an article replaces or deletes its rows, so they stay exact;
SPARQL stays the truth and the public interface, and `cscgraph rebuild-read-model` rebuilds the tables from it.

Tables and the canned query each one caches:

- `funding_streams`: `funding-streams` (and, with the stream-level table the writer derives from it, the /funding
  page's totals and pages of streams: `cscgraph.funding_totals`);
- `entity_quotes`: `entity-quotes` (the quotes sections of entity pages), indexed by entity;
- `entity_mentions`: `entity-mentioned-in` (the articles naming an entity), indexed by entity;
- `entity_funding`: `entity-funding` (the money sections of entity pages), indexed by entity;
- `entity_claims`: `entity-claims` (the lineage sections of entity pages, and with `entity_names` the pages of
  `measure-trace` and, with `entity_links` too, `document-diff`: `cscgraph.read_answers`), indexed by entity, by
  each document's claims in date order (`step`) and by each document's own claims by relation and object (`diff`).
  Curated claims live in the reference data graph, whose rows are kept like an article's;
- `entity_roles`: `entity-roles` (the roles sections of people's and bodies' pages), indexed by entity. A role's
  name is not in the article's graph but in the shared entities graph, which only ever grows: `role_names` keeps
  every name a written article gave a role it uses, never deleted (as the store never drops them), and the
  listing joins it.
- `entity_names`: `entity-catalogue` (the names and dates every page shows for IRIs, and the /person,
  /organisation, … index pages). A name or date lives in an article's graph (its headline and publication time),
  in the shared entities graph, or in the reference data and ontology graphs; the table holds each graph's
  names, dates, start dates (apart, so that a measure's trace can date a step by its document alone) and preferred
  labels (`NAME_FACTS`), one row each, and the listing groups them by entity as the
  query does. Rows of the entities graph, which only ever grows, come with the article that added them and are
  never deleted (as the store never drops them); those of the reference data and ontology graphs are replaced
  when their digest moves.
- `article_list`: `article-list` (the home page's latest articles and the /articles pages): one row an article,
  its headline, date, publisher, source and counts read from its own graph (`ARTICLE_FACTS`), sorted newest first
  as the query sorts.
- `quote_finder`: `quote-finder` (the /quotes page without filters: a page of articles, newest first, and their
  quotes, one row a quote and topic).
- `lineage_measures`: `lineage-measures` (the /lineage page's edges by measure): each lineage claim of a graph
  with its ends, relation, measures and curated mark (`CLAIM_FACTS`), counted per edge and measure as the query
  counts them, in `measure_totals` as every write goes (`cscgraph.totals`). Curated claims are the reference data
  graph's rows.

- `entity_links`: `entity-link-counts` (the outline of an entity page's statements): each graph's links of the
  resources it does not mint, a value it mints counted and any other kept as itself (`cscgraph.links`); an
  article graph's counts summed per resource, direction and property (`link_totals`) and its other values per
  value with the graphs holding it (`link_value_totals`) as every write goes (`cscgraph.totals`); rows of the
  shared graphs are kept as `entity_names`' are, and read as they are. A node an article mints has no rows: the
  store answers.

Listings answered in SQL over another listing's table, with no rows of their own (`DERIVED`):

- `article-sources` (the home page's articles by publisher and source file): `article_list` grouped;
- `quote-facets` (the /quotes page's choices of speaker, body and topic): `quote_finder`'s distinct values.

The lineage claims (`search.SearchIndex.lineage_edges`) are kept beside them by the same writer.

`cscgraph.read_answers` gives these rows as the canned queries' typed answers (`cscgraph query`, `/queries`).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from cscgraph import links, totals
from cscgraph.graph.namespaces import CSC, DCTERMS, RDF, RDFS, SCHEMA, SKOS
from cscgraph.queries import load_query
from cscgraph.store import Store, Term

__all__ = ["ReadTable", "ReadListing", "TABLES", "DERIVED", "LISTINGS", "SHARED_TABLES", "TABLE_OF_QUERY",
           "NAME_FACTS", "CLAIM_FACTS", "ARTICLE_FACTS", "FUNDING_COLUMNS", "column_list", "table_sql", "schema_sql",
           "without_lookup_indexes", "article_rows", "role_names", "names", "names_under", "dates", "listing",
           "canned_text",
           "distinct_cte", "distinct_values", "has_indexes", "bound_params"]

Row = dict[str, str]


@dataclass(frozen=True)
class ReadTable:
    """One table: the canned query it caches, that query's variables (its columns, in order), the columns it is
    looked up by, its index (the lookup columns, then those the listing pages by, so a page of a large entity is
    read from the index, not sorted from all its rows), and how its listing sorts and pages (SQL over the table)."""

    name: str
    query: str
    columns: tuple[str, ...]
    lookup: tuple[str, ...]
    index: tuple[str, ...]
    sql: str
    """The listing: `:limit` and `:offset` page it (-1 and 0 for all), lookup columns are bound by name."""
    whole: str = ""
    """The same listing unpaged, where that is cheaper than `sql` with no limit."""
    source: str = ""
    """SPARQL giving the table's rows of one graph (the default graph), where they are not the canned query's
    answer over that graph (a listing that groups rows of several graphs)."""
    listed: tuple[str, ...] = ()
    """The listing's columns, where they are not the table's."""
    shared: bool = False
    """Rows of the shared graphs are kept too: of the entities graph, never deleted (so stored unique, with ''
    for an unbound value), of the reference data and ontology graphs, replaced with their digest."""
    facets: tuple[str, ...] = ()
    """Columns with an index of their own (`<table>_by_<column>`), whose distinct values a listing reads by
    seeking from one value to the next (`distinct_cte`) instead of scanning every row."""
    orders: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Indexes of several columns beside the key's, as (name, columns): `<table>_by_<name>`."""
    summary: totals.Totals | None = None
    """A totals table kept beside this one (`cscgraph.totals`) that `summary_sql` reads the listing from, one row
    a key, where the index file has it (one written before it was kept counts over the rows with `sql`)."""
    summary_sql: str = ""
    by_graph: tuple[str, ...] = ("graph",)
    """The columns of the index by graph (`<table>_by_graph`), the graph's number first."""
    keyed: str = ""
    """A condition on the rows the key index holds, where the listing looks up only those (all rows when empty)."""
    none_here: bool = False
    """No rows means nothing known here, not none at all (the table keeps no rows of some lookup values): the
    listing is then asked of the store."""


FUNDING_COLUMNS = ("stream", "amountGBP", "approximate", "period", "purpose", "kind", "funder", "recipient",
                    "funded", "article", "published", "exact", "start", "end", "evidence")
_QUOTE_COLUMNS = ("entity", "relation", "quote", "text", "speaker", "role", "organisation", "stance", "article",
                  "published", "start", "end")
_QUOTE_UNIT = ("entity", "published", "start", "quote", "relation", "article")
_FINDER_COLUMNS = ("quote", "text", "speaker", "role", "organisation", "about", "stance", "article", "published",
                   "start", "end")
_MENTION_COLUMNS = ("entity", "article", "published", "mentions", "start")
_ENTITY_FUNDING_UNIT = ("entity", "published", "stream", "article")
_CLAIM_COLUMNS = ("entity", "claim", "from", "relation", "to", "measure", "curated", "article", "published",
                  "evidence", "start", "end")
_CLAIM_UNIT = ("entity", "published", "claim", "article")
_ROLE_COLUMNS = ("entity", "membership", "person", "role", "roleName", "organisation", "date", "article", "evidence",
                 "start", "end")
_ROLE_UNIT = ("entity", "membership", "person", "role", "roleName", "article", "date")


def _named(columns: tuple[str, ...]) -> str:
    """`columns` of an entity_roles row `r` joined to its role's names `n`, the name as "roleName"."""
    return ", ".join(f'r."{c}"' if c != "roleName" else 'n."label" AS "roleName"' for c in columns)


_ROLE_NAMED = 'entity_roles r LEFT JOIN role_names n ON n."role" = r."role"'


NAME_FACTS = f"""SELECT ?entity ?label ?date ?preferred ?started WHERE {{
  {{ ?entity <{RDFS}label> ?label }} UNION {{ ?entity <{SCHEMA}headline> ?label }}
  UNION {{ ?entity <{DCTERMS}date> ?date }} UNION {{ ?entity <{SCHEMA}datePublished> ?date }}
  UNION {{ ?entity <{SCHEMA}startDate> ?started }} UNION {{ ?entity <{SKOS}prefLabel> ?p BIND("1" AS ?preferred) }}
}}"""
"""What `entity-catalogue` reads of one graph: each name (label or headline), date (a document's, an article's
publication time), start date (a government's, apart: a measure's trace dates its steps by documents' dates alone)
and preferred label of each entity, one a row."""
_NAME_COLUMNS = ("entity", "label", "date", "preferred", "started")
_NAME_GROUPS = """
        SELECT "entity", MIN(NULLIF("label", '')) AS "label",
               MIN(COALESCE(NULLIF("date", ''), NULLIF("started", ''))) AS "date",
               CASE WHEN MAX("preferred") = '1' THEN 'true' ELSE 'false' END AS "curated"
        FROM entity_names {where} GROUP BY "entity" HAVING MIN(NULLIF("label", '')) IS NOT NULL"""
"""`entity-catalogue`'s rows: each entity's name, date and curated mark, of every entity or (`where`) some."""
_NAME_LISTED = ("entity", "label", "date", "curated")
NAMES_AT_ONCE = 500
"""Entities looked up in one statement by `names` (SQLite's bound parameters are limited)."""
CLAIM_FACTS = f"""SELECT ?claim ?from ?relation ?to ?measure ?curated WHERE {{
  ?claim a ?type ; <{RDF}subject> ?from ; <{RDF}predicate> ?relation ; <{RDF}object> ?to .
  FILTER(?type = <{CSC}LineageClaim>)
  OPTIONAL {{ ?claim <{CSC}measure> ?measure }}
  OPTIONAL {{ ?claim <{CSC}curated> ?curated }}
}}"""
"""What `lineage-measures` reads of one graph: each lineage claim, once per measure it concerns."""
_EDGE = ("measure", "from", "relation", "to")


def column_list(names: tuple[str, ...], alias: str = "") -> str:
    """`names` quoted as SQL columns, comma-separated, each after `alias` ("t.") when given."""
    return ", ".join(f'{alias}"{c}"' for c in names)


_ARTICLE_COLUMNS = ("article", "headline", "published", "publisher", "source", "quotes", "funding", "claims")
ARTICLE_FACTS = """PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX csc: <https://w3id.org/cscgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?article ?headline ?published ?publisher ?source ?quotes ?funding ?claims WHERE {
  {
    SELECT ?article (COUNT(DISTINCT ?quote) AS ?quoteCount) (COUNT(DISTINCT ?stream) AS ?streamCount)
           (COUNT(DISTINCT ?claim) AS ?claimCount)
    WHERE {
      ?article a schema:NewsArticle .
      OPTIONAL {
        { ?article schema:citation ?quote }
        UNION { ?stream a csc:FundingStream ; prov:wasDerivedFrom ?article }
        UNION { ?claim a csc:LineageClaim ; prov:wasDerivedFrom ?article }
      }
    }
    GROUP BY ?article
  }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:publisher ?publisher }
  OPTIONAL { ?article dcterms:source ?source }
  BIND(IF(?quoteCount > 0, ?quoteCount, ?none) AS ?quotes)
  BIND(IF(?streamCount > 0, ?streamCount, ?none) AS ?funding)
  BIND(IF(?claimCount > 0, ?claimCount, ?none) AS ?claims)
}"""
"""`article-list`'s row of one article, read from the article's graph alone (the default graph): everything the
listing shows of an article is in its own graph (ontology/MAPPING.md)."""

# SQLite sorts NULL first, as SPARQL sorts an unbound value first (and last under DESC); offsets are integers.
TABLES = (
    ReadTable("funding_streams", "funding-streams", FUNDING_COLUMNS, (), ("published", "stream", "funded"), f"""
        WITH page AS (SELECT DISTINCT "stream", "article", "published" FROM funding_streams
                      ORDER BY "published" DESC, "stream" LIMIT :limit OFFSET :offset)
        SELECT DISTINCT {column_list(FUNDING_COLUMNS, "t.")} FROM funding_streams t
        JOIN page p ON t."stream" = p."stream" AND t."article" = p."article" AND t."published" IS p."published"
        ORDER BY t."published" DESC, t."stream", t."funded" """, f"""
        SELECT DISTINCT {column_list(FUNDING_COLUMNS)} FROM funding_streams ORDER BY "published" DESC, "stream", "funded"
        """),
    ReadTable("entity_quotes", "entity-quotes", _QUOTE_COLUMNS, ("entity",), _QUOTE_UNIT, f"""
        WITH page AS (SELECT DISTINCT {column_list(_QUOTE_UNIT)} FROM entity_quotes WHERE "entity" = :entity
                      ORDER BY "published", CAST("start" AS INTEGER), "quote", "relation", "article"
                      LIMIT :limit OFFSET :offset)
        SELECT DISTINCT {column_list(_QUOTE_COLUMNS, "t.")} FROM entity_quotes t
        JOIN page p ON {" AND ".join(f't."{c}" IS p."{c}"' for c in _QUOTE_UNIT)}
        ORDER BY t."published", CAST(t."start" AS INTEGER), t."quote", t."relation", t."article" """),
    ReadTable("entity_mentions", "entity-mentioned-in", _MENTION_COLUMNS, ("entity",), ("entity", "published",
                                                                                         "article"), f"""
        SELECT {column_list(_MENTION_COLUMNS)} FROM entity_mentions WHERE "entity" = :entity
        ORDER BY "published" DESC, "article" LIMIT :limit OFFSET :offset"""),
    ReadTable("entity_funding", "entity-funding", ("entity", *FUNDING_COLUMNS), ("entity",), _ENTITY_FUNDING_UNIT,
              f"""
        WITH page AS (SELECT DISTINCT {column_list(_ENTITY_FUNDING_UNIT)} FROM entity_funding WHERE "entity" = :entity
                      ORDER BY "published" DESC, "stream", "article" LIMIT :limit OFFSET :offset)
        SELECT DISTINCT {column_list(("entity", *FUNDING_COLUMNS), "t.")} FROM entity_funding t
        JOIN page p ON {" AND ".join(f't."{c}" IS p."{c}"' for c in _ENTITY_FUNDING_UNIT)}
        ORDER BY t."published" DESC, t."stream", t."article", t."funded", t."funder", t."recipient",
                 CAST(t."amountGBP" AS REAL), t."evidence" """),
    ReadTable("entity_claims", "entity-claims", _CLAIM_COLUMNS, ("entity",), _CLAIM_UNIT, f"""
        WITH page AS (SELECT DISTINCT {column_list(_CLAIM_UNIT)} FROM entity_claims WHERE "entity" = :entity
                      ORDER BY "published", "claim", "article" LIMIT :limit OFFSET :offset)
        SELECT DISTINCT {column_list(_CLAIM_COLUMNS, "t.")} FROM entity_claims t
        JOIN page p ON {" AND ".join(f't."{c}" IS p."{c}"' for c in _CLAIM_UNIT)}
        ORDER BY t."published", t."claim", t."article", CAST(t."start" AS INTEGER), t."evidence", t."measure",
                 t."curated" """,
              # each document's claims about the entity in date order: a measure's trace merges them by its key;
              # a document's own claims by (relation, object), then in page order: a document diff seeks its pairs
              orders=(("step", ("entity", "from", "published", "relation", "claim", "article")),
                      ("diff", ("entity", "from", "relation", "to", "article", "claim", "measure")))),
    ReadTable("entity_roles", "entity-roles", _ROLE_COLUMNS, ("entity",), ("entity", "date", "membership"), f"""
        WITH page AS (SELECT DISTINCT {_named(_ROLE_UNIT)} FROM {_ROLE_NAMED} WHERE r."entity" = :entity
                      ORDER BY r."date", "roleName", r."membership", r."article", r."person", r."role"
                      LIMIT :limit OFFSET :offset)
        SELECT DISTINCT {_named(_ROLE_COLUMNS)} FROM page p CROSS JOIN {_ROLE_NAMED}
        WHERE {" AND ".join(f'r."{c}" IS p."{c}"' for c in _ROLE_UNIT if c != "roleName")}
              AND n."label" IS p."roleName"
        ORDER BY r."date", "roleName", r."membership", r."article", r."person", r."role", CAST(r."start" AS INTEGER),
                 r."evidence", r."organisation" """),
    ReadTable("entity_names", "entity-catalogue", _NAME_COLUMNS, (), _NAME_COLUMNS, _NAME_GROUPS.format(where=""),
              source=NAME_FACTS, listed=_NAME_LISTED, shared=True),
    ReadTable("article_list", "article-list", _ARTICLE_COLUMNS, (), ("published", "article"), f"""
        SELECT {column_list(_ARTICLE_COLUMNS)} FROM article_list ORDER BY "published" DESC, "article"
        LIMIT :limit OFFSET :offset""", source=ARTICLE_FACTS),
    # A page of articles (as `article-list` orders them), then their quotes, read by graph; indexed by speaker (then
    # body and topic), by body and by topic, so `quote-facets` (DERIVED) seeks each one's distinct values.
    ReadTable("quote_finder", "quote-finder", _FINDER_COLUMNS, (), ("speaker", "organisation", "about"), f"""
        WITH page AS (SELECT DISTINCT graph, "published", "article" FROM article_list
                      ORDER BY "published" DESC, "article" LIMIT :limit OFFSET :offset)
        SELECT DISTINCT {column_list(_FINDER_COLUMNS, "q.")} FROM page p JOIN quote_finder q ON q.graph = p.graph
        ORDER BY p."published" DESC, p."article", CAST(q."start" AS INTEGER), q."quote", q."about" """,
              facets=("organisation", "about")),
    # Indexed by edge, then claim and mark: the listing groups and counts from the index alone, in its order.
    ReadTable("lineage_measures", "lineage-measures", ("claim", "from", "relation", "to", "measure", "curated"), (),
              (*_EDGE, "claim", "curated"), f"""
        SELECT "from", "relation", "to", "measure", CAST(COUNT(DISTINCT "claim") AS TEXT) AS "claims",
               CASE WHEN MAX(COALESCE("curated", 'false') = 'true') THEN 'true' ELSE 'false' END AS "curated"
        FROM lineage_measures GROUP BY {column_list(_EDGE)} ORDER BY {column_list(_EDGE)}""",
              source=CLAIM_FACTS, listed=("from", "relation", "to", "measure", "claims", "curated"),
              summary=totals.MEASURES, summary_sql=f"""
        SELECT source AS "from", relation AS "relation", target AS "to", NULLIF(measure, '') AS "measure",
               CAST(claims AS TEXT) AS "claims", CASE WHEN curated > 0 THEN 'true' ELSE 'false' END AS "curated"
        FROM {totals.MEASURES.name} ORDER BY measure, source, relation, target"""),
)


_LINK_LISTED = ("entity", "direction", "property", "values")
_LINK_COUNTS = f"""
        SELECT "entity", "direction", "property", CAST(SUM("n") AS TEXT) AS "values" FROM (
            SELECT entity AS "entity", direction AS "direction", property AS "property", minted AS "n"
            FROM {totals.LINKS.name} WHERE entity = :entity
            UNION ALL
            SELECT entity, direction, property, COUNT(*) FROM {totals.LINK_VALUES.name} v
            WHERE entity = :entity AND NOT EXISTS (
                SELECT 1 FROM entity_links s WHERE s."entity" = v.entity AND s."direction" = v.direction
                AND s."property" = v.property AND s."value" = v.value AND s."minted" = '')
            GROUP BY direction, property
            UNION ALL
            SELECT "entity", "direction", "property", COUNT(DISTINCT "value") FROM entity_links
            WHERE "entity" = :entity AND "minted" = '' GROUP BY "direction", "property")
        GROUP BY "direction", "property" ORDER BY "direction", "property" LIMIT :limit OFFSET :offset"""
"""`entity-link-counts`' listing: a resource's values article graphs mint, counted in their totals; its other values
in article graphs, from their totals, but those a shared graph holds too; and the shared graphs' values, read in
the key index's order (by direction, property and value), each once; added up by direction and property."""
TABLES += (
    # Only the shared graphs' rows indexed by resource: the article graphs' are read from their totals, kept with
    # the table, and by graph alone (an index by resource of them would double the table's size for nothing).
    # (A file made before the totals gives no rows, so the store answers.)
    ReadTable("entity_links", "entity-link-counts", links.COLUMNS, ("entity",), ("entity", "direction", "property",
                                                                                  "value"), "SELECT 1 WHERE 0",
              source=links.SOURCE, listed=_LINK_LISTED, shared=True, keyed=""""minted" = ''""", none_here=True,
              # a graph's rows each totals table counts, found without reading its others (the entities graph's
              # 197,156 rows at 100,000 articles, looked at by every write, hold none)
              by_graph=("graph", '"minted"'), summary=totals.LINK_VALUES, summary_sql=_LINK_COUNTS),
)


def distinct_cte(table: str, column: str) -> str:
    """A recursive CTE `{column}_values(v)` of the distinct values of `table.column` (and a last NULL), each found
    from the one before by a seek in an index that leads with the column: a few thousand seeks where a DISTINCT
    reads every row (`quote-facets` at 100,000 articles: 441,745 rows, 175 ms)."""
    return (f'"{column}_values"(v) AS (SELECT MIN("{column}") FROM {table} UNION ALL '
            f'SELECT (SELECT MIN("{column}") FROM {table} WHERE "{column}" > v) FROM "{column}_values" '
            f'WHERE v IS NOT NULL)')


def distinct_values(table: str, column: str) -> str:
    """SQL of the distinct values of `table.column` but NULL, in order, read by `distinct_cte`'s seeks."""
    return f'WITH RECURSIVE {distinct_cte(table, column)} SELECT v FROM "{column}_values" WHERE v IS NOT NULL'


def has_indexes(db: sqlite3.Connection, names: Sequence[str]) -> bool:
    """True when the file holds every index named (an index added after the file was made is missing until a writer
    opens it: a reader then takes the way that needs none)."""
    return len(set(names)) == db.execute(f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                         f"({', '.join('?' * len(set(names)))})", sorted(set(names))).fetchone()[0]


@dataclass(frozen=True)
class ReadListing:
    """A canned query answered in SQL over another listing's table (`table`), which holds every row it needs: no
    rows of its own, so nothing to keep in step beyond that table."""

    query: str
    table: str
    listed: tuple[str, ...]
    sql: str
    """The listing, paged by `:limit` and `:offset` (-1 and 0 for all)."""
    lookup: tuple[str, ...] = ()
    whole: str = ""
    columns: tuple[str, ...] = ()
    indexed: str = ""
    """The listing read through `table`'s facet indexes, where the file has them (an index file made before
    them has them once a writer opens it)."""


# COUNT(DISTINCT article), as the query counts: an article with two publishers is in both rows, as in article_list.
DERIVED = (
    ReadListing("article-sources", "article_list", ("publisher", "source", "articles"), """
        SELECT "publisher", "source", CAST(COUNT(DISTINCT "article") AS TEXT) AS "articles" FROM article_list
        GROUP BY "publisher", "source" ORDER BY COUNT(DISTINCT "article") DESC, "publisher", "source"
        LIMIT :limit OFFSET :offset"""),
    # Each speaker, body and topic of any quote, one a row, as the query's three UNION branches give them.
    ReadListing("quote-facets", "quote_finder", ("speaker", "organisation", "about"), """
        SELECT DISTINCT "speaker", NULL, NULL FROM quote_finder WHERE "speaker" IS NOT NULL
        UNION ALL SELECT DISTINCT NULL, "organisation", NULL FROM quote_finder WHERE "organisation" IS NOT NULL
        UNION ALL SELECT DISTINCT NULL, NULL, "about" FROM quote_finder WHERE "about" IS NOT NULL""",
                indexed=f"""
        WITH RECURSIVE {", ".join(distinct_cte("quote_finder", c) for c in ("speaker", "organisation", "about"))}
        SELECT v, NULL, NULL FROM "speaker_values" WHERE v IS NOT NULL
        UNION ALL SELECT NULL, v, NULL FROM "organisation_values" WHERE v IS NOT NULL
        UNION ALL SELECT NULL, NULL, v FROM "about_values" WHERE v IS NOT NULL"""),
)
LISTINGS: tuple[ReadTable | ReadListing, ...] = (*TABLES, *DERIVED)
TABLE_OF_QUERY = {listing.query: listing for listing in LISTINGS}
"""Each listing the read model answers, by its canned query."""


def table_sql(name: str) -> str:
    """CREATE statements of one table and its indexes (by article graph: the graph's number in the index file's
    `graphs` table, `cscgraph.search.SearchIndex.graph_id`; and by its key), one a line."""
    table = next(table for table in TABLES if table.name == name)
    return "\n".join((f'CREATE TABLE IF NOT EXISTS {table.name} (graph INTEGER NOT NULL, '
                       f'{column_list(table.columns)});',
                       f"CREATE INDEX IF NOT EXISTS {table.name}_by_graph ON {table.name} "
                       f"({', '.join(table.by_graph)});",
                       f"CREATE {'UNIQUE ' if table.shared else ''}INDEX IF NOT EXISTS {table.name}_by_key "
                       f"ON {table.name} ({column_list(table.index)}{', graph' if table.shared else ''})"
                       f"{f' WHERE {table.keyed}' if table.keyed else ''};",
                       *(f'CREATE INDEX IF NOT EXISTS {table.name}_by_{c} ON {table.name} ("{c}");'
                         for c in table.facets),
                       *(f"CREATE INDEX IF NOT EXISTS {table.name}_by_{n} ON {table.name} ({column_list(columns)});"
                         for n, columns in table.orders)))


def schema_sql() -> str:
    """CREATE statements of every table and its indexes (`table_sql`), one a line."""
    statements = [table_sql(table.name) for table in TABLES]
    statements.append('CREATE TABLE IF NOT EXISTS role_names ("role" TEXT NOT NULL, "label" TEXT NOT NULL, '
                      'PRIMARY KEY ("role", "label"));')
    return "\n".join(statements)


def without_lookup_indexes(schema: str) -> str:
    """`schema` (SQL statements, one a line) less the CREATE statements of the tables' non-unique lookup indexes,
    which a file filled in one go gets faster made once, at the end (a shared table's unique index stays: it keeps
    each of its rows once)."""
    lookups = {f"CREATE INDEX IF NOT EXISTS {table.name}_by_{c} " for table in TABLES if not table.shared
               for c in ("key", *table.facets, *(n for n, _ in table.orders))}
    return "\n".join(line for line in schema.split("\n") if not line.startswith(tuple(lookups)))


def article_rows(store: Store, graph: str, tables: tuple[ReadTable, ...] = TABLES
                 ) -> dict[str, list[tuple[str | None, ...]]]:
    """Each table's rows for one article graph, or a shared graph (graph first, then the query's variables; None
    when unbound, '' in a `shared` table): its canned query (or `source`) run with that graph as the default
    graph, so it reads nothing else."""
    out = {}
    for table in tables:
        answer = store.query(table.source or canned_text(table.query), default_graphs=[graph])
        unbound = "" if table.shared else None
        out[table.name] = [(graph, *(row[c].value if c in row else unbound for c in table.columns))
                           for row in answer.rows]
    return out


SHARED_TABLES = tuple(table for table in TABLES if table.shared)


_ROLE_NAMES = """SELECT ?g ?role ?label WHERE {
  GRAPH ?g { ?membership <http://www.w3.org/ns/org#role> ?role }
  ?role <http://www.w3.org/2000/01/rdf-schema#label> ?label
}"""
"""The names of the roles an article's memberships hold (?g: its graph), from wherever the store keeps them."""


def role_names(store: Store, graph: str) -> list[tuple[str, str]]:
    """(role, name) of each role the article graph's memberships hold, read from `store` (the whole store, or one
    holding the article and its entities' descriptions)."""
    rows = store.query(_ROLE_NAMES, {"g": Term("uri", graph)}).rows
    return sorted({(row["role"].value, row["label"].value) for row in rows})


@functools.cache
def canned_text(name: str) -> str:
    """The SPARQL of canned query `name` as `queries/` holds it."""
    return load_query(name).sparql


def names(db: sqlite3.Connection, entities: Sequence[str]) -> list[Row]:
    """`entity-catalogue`'s rows of `entities` alone (read by the table's index on the entity), as `listing`
    gives rows: what a page needs to name a few IRIs without reading the whole catalogue."""
    return [row for cursor in _by_entities(db, _NAME_GROUPS, entities) for row in _rows(cursor, _NAME_LISTED)]


def dates(db: sqlite3.Connection, entities: Sequence[str]) -> dict[str, str]:
    """The earliest date each of `entities` that has one states (`dcterms:date`; an article's publication time, but
    never a government's start): what `lineage-edges` gives the ends of an edge, read by the table's index on the
    entity."""
    return {entity: first for cursor in _by_entities(db, _FIRST_DATES, entities) for entity, first in cursor}


_FIRST_DATES = """SELECT "entity", MIN(NULLIF("date", '')) AS "first" FROM entity_names {where} GROUP BY "entity"
    HAVING "first" IS NOT NULL"""


def _by_entities(db: sqlite3.Connection, sql: str, entities: Sequence[str]) -> Iterator[sqlite3.Cursor]:
    """`sql` (its `{where}` left to fill) run over `entities` `NAMES_AT_ONCE` at a time (SQLite's bound parameters
    are limited), a cursor a chunk."""
    for at in range(0, len(entities), NAMES_AT_ONCE):
        chunk = list(entities[at:at + NAMES_AT_ONCE])
        yield db.execute(sql.format(where=f'WHERE "entity" IN ({", ".join("?" * len(chunk))})'), chunk)


def names_under(db: sqlite3.Connection, prefix: str) -> list[tuple[str, str, str]]:
    """(IRI, name, date or '') of each named entity whose IRI is `prefix` and one segment more (one kind's:
    `…/person/`), as `entity-catalogue` names it: a kind index's rows, read by the table's index on the entity."""
    where = 'WHERE "entity" >= ? AND "entity" < ? AND instr(substr("entity", ?), \'/\') = 0'
    return [(entity, label, date or "") for entity, label, date, _ in db.execute(
        _NAME_GROUPS.format(where=where), (prefix, prefix + "\U0010ffff", len(prefix) + 1))]


def _rows(cursor: sqlite3.Cursor, columns: tuple[str, ...]) -> list[Row]:
    """A table's rows as plain strings by column, unbound values left out."""
    return [{c: v for c, v in zip(columns, row) if v is not None} for row in cursor]


def bound_params(params: Mapping[str, str], lookup: Sequence[str]) -> dict[str, str | int] | None:
    """`params` as a table's SQL binds them: the `lookup` IRIs by name, `limit` (-1 for all) and `offset` as
    integers; None when a parameter is none of those or a lookup value is not an IRI (a name, which only the store
    resolves)."""
    if set(params) - {*lookup, "limit", "offset"}:
        return None
    if any(not params.get(k, "").startswith(("http://", "https://")) for k in lookup):
        return None
    return {k: params[k] for k in lookup} | {"limit": int(params.get("limit") or -1),
                                             "offset": int(params.get("offset") or 0)}


def listing(db: sqlite3.Connection, query: str, params: Mapping[str, str]) -> list[Row] | None:
    """The rows canned query `query` gives for `params` (its lookup IRIs, `limit`, `offset`), from a table as
    plain strings (unbound values left out, as `web.database.Database.rows` gives them); None when no table
    caches that query or `bound_params` refuses the parameters."""
    table = TABLE_OF_QUERY.get(query)
    bound = bound_params(params, table.lookup) if table is not None else None
    if table is None or bound is None:
        return None
    sql = table.whole if table.whole and bound["limit"] == -1 and bound["offset"] == 0 else table.sql
    if isinstance(table, ReadTable) and table.summary is not None and totals.kept(db, table.summary):
        sql = table.summary_sql
    if isinstance(table, ReadListing) and table.indexed and has_indexes(
            db, [f"{table.table}_by_{c}" for c in next(t for t in TABLES if t.name == table.table).facets]):
        sql = table.indexed
    rows = _rows(db.execute(sql, bound), table.listed or table.columns)
    return None if not rows and isinstance(table, ReadTable) and table.none_here else rows
