"""The /funding page's figures in SQL: streams chosen by funder, period, measure and kind, their totals grouped one
way, the other kinds' totals apart, one page of the streams, and the choices the page offers.

They are read from the read model's `funding_streams` table (`SOURCE`, `cscgraph.readmodel`: one row a stream and
thing funded) and `funding_stream_facts`, one row a stream (`FACTS`, made by `FACTS_SQL`), which the index's writer
derives from it, article by article, in the same transaction (`add_facts`), so the page never reads every stream. A
store whose index is not in step gives the same figures from the `funding-streams` rows it answers, loaded into a database in memory (`load`):
one implementation, two sources.

Only an allocation or commitment (`COMMITTED`) is added up by funder, period or measure; an amount restated (same
funder, period, kind and sum) counts once in a group's total; a stream funding two measures is in both groups.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cscgraph import readmodel

__all__ = ["COMMITTED", "SOURCE", "FACTS", "FACTS_SQL", "Group", "Totals", "add_facts", "totals", "page", "load"]

SOURCE = "funding_streams"
"""The read model's table the stream-level rows are derived from."""
FACTS = "funding_stream_facts"
"""The stream-level table: its rows of a graph are deleted with the graph's other read-model rows."""

COMMITTED = "allocated"
"""The kind of an allocation or commitment: the only figures added up by funder, period or measure (an estimate of
need, a shortfall, spending, a saving, a cut or a recommendation is totalled apart, by kind)."""

FACTS_SQL = """
CREATE TABLE IF NOT EXISTS funding_stream_facts (graph INTEGER NOT NULL, "stream" TEXT NOT NULL, "published" TEXT,
    "amount" REAL, "kind" TEXT, "funder" TEXT, "period" TEXT);
CREATE INDEX IF NOT EXISTS funding_stream_facts_by_graph ON funding_stream_facts (graph);
CREATE INDEX IF NOT EXISTS funding_stream_facts_by_date ON funding_stream_facts ("published" DESC, "amount" DESC,
    "stream", graph);
CREATE INDEX IF NOT EXISTS funding_stream_facts_by_group ON funding_stream_facts ("kind", "funder", "period",
    "amount");
CREATE INDEX IF NOT EXISTS funding_streams_by_funded ON funding_streams ("funded", "stream");
CREATE INDEX IF NOT EXISTS funding_stream_facts_by_period ON funding_stream_facts ("period");
CREATE INDEX IF NOT EXISTS funding_stream_facts_by_funder ON funding_stream_facts ("funder");
"""
"""The stream-level table (its newest-first order and its groups read from indexes alone), the index by thing
funded (the measure filter and choices) and those whose leading column is a choice's (`_CHOICES`), beside
`readmodel.schema_sql`'s tables."""
_CHOICES = (("funding_stream_facts", "period", "funding_stream_facts_by_period"),
            ("funding_stream_facts", "kind", "funding_stream_facts_by_group"),
            ("funding_stream_facts", "funder", "funding_stream_facts_by_funder"),
            ("funding_streams", "funded", "funding_streams_by_funded"))
"""The page's choices: (table, column, an index leading with the column), each read by `readmodel.distinct_values`'
seeks (a DISTINCT over every row where a file made before these indexes lacks one)."""

_DERIVE = """INSERT INTO funding_stream_facts
    SELECT graph, "stream", MIN("published"), MIN(CAST("amountGBP" AS REAL)), MIN("kind"), MIN("funder"),
           MIN("period") FROM funding_streams WHERE graph = ? GROUP BY "stream" """
"""One row a stream of a graph: its rows (one a thing funded) share these values."""

_FACT_KEYS = {"funder": "f.\"funder\"", "period": "f.\"period\"", "kind": "f.\"kind\""}


@dataclass(frozen=True)
class Group:
    key: str
    """The funder's or measure's IRI, the period or the kind; '' for none stated."""
    streams: int
    total: float


@dataclass(frozen=True)
class Totals:
    groups: list[Group]
    """Groups of the counted streams (commitments, or every chosen stream grouped by kind)."""
    others: list[Group]
    """The chosen streams that are not commitments, by kind (none when grouped by kind)."""
    unattributed: Group | None
    """Commitments whose funder the text does not state (grouped by funder only)."""
    chosen: int
    """How many streams the filters choose."""
    periods: list[str]
    kinds: list[str]
    funders: list[str]
    funded: list[str]
    """Every period, kind, funder and thing funded of any stream: the page's choices."""


def add_facts(db: sqlite3.Connection, graphs: Iterable[int | None]) -> None:
    """Within the caller's transaction: the stream-level rows of graphs (by number) whose `funding_streams` rows
    were just added. Their old rows go with the graph's other read-model rows (the writer deletes by graph)."""
    db.executemany(_DERIVE, [(graph,) for graph in graphs])


def _chosen(filters: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """The WHERE clause over facts `f` choosing the streams of `filters` (empty values choose all), and its
    parameters."""
    clauses = [f"{_FACT_KEYS[k]} = :{k}" for k in ("funder", "period", "kind") if filters.get(k)]
    if filters.get("measure"):
        clauses.append('EXISTS (SELECT 1 FROM funding_streams r WHERE r."funded" = :measure '
                       'AND r."stream" = f."stream")')
    return " AND ".join(clauses) or "1", {k: v for k, v in filters.items() if v}


def _groups(db: sqlite3.Connection, by: str, where: str, params: Mapping[str, str]) -> list[Group]:
    """Groups of the streams `where` chooses: streams counted and amounts summed, a restated amount once."""
    if by == "measure":
        source = ('(SELECT DISTINCT f.*, COALESCE(r."funded", \'\') AS "key" FROM funding_stream_facts f '
                  f'JOIN funding_streams r ON r.graph = f.graph AND r."stream" = f."stream" WHERE {where})')
    else:
        source = (f'(SELECT f.*, COALESCE({_FACT_KEYS[by]}, \'\') AS "key" FROM funding_stream_facts f '
                  f'WHERE {where})')
    counts = dict(db.execute(f'SELECT "key", COUNT(*) FROM {source} GROUP BY "key"', params).fetchall())
    sums = dict(db.execute(f'SELECT "key", TOTAL("amount") FROM (SELECT DISTINCT "key", "funder", "period", "kind", '
                           f'"amount" FROM {source}) GROUP BY "key"', params).fetchall())
    return [Group(key, count, sums.get(key, 0.0)) for key, count in counts.items()]


def totals(db: sqlite3.Connection, by: str, filters: Mapping[str, str]) -> Totals:
    """The figures of the /funding page grouped `by` funder, period, measure or kind (groups unsorted)."""
    where, params = _chosen(filters)
    committed = f'{where} AND f."kind" = \'{COMMITTED}\''
    unattributed = None
    if by == "kind":
        groups, others = _groups(db, "kind", where, params), []
    else:
        counted = f'{committed} AND f."funder" IS NOT NULL' if by == "funder" else committed
        groups = _groups(db, by, counted, params)
        others = _groups(db, "kind", f'{where} AND f."kind" IS NOT \'{COMMITTED}\'', params)
        if by == "funder":
            unattributed = next(iter(_groups(db, "kind", f'{committed} AND f."funder" IS NULL', params)), None)
    chosen = db.execute(f"SELECT COUNT(*) FROM funding_stream_facts f WHERE {where}", params).fetchone()[0]
    seek = readmodel.has_indexes(db, [index for _, _, index in _CHOICES])
    return Totals(groups, others, unattributed, chosen,
                  *([v for (v,) in db.execute(readmodel.distinct_values(table, column) if seek else
                                              f'SELECT DISTINCT "{column}" FROM {table} WHERE "{column}" IS NOT NULL '
                                              'ORDER BY 1')] for table, column, _ in _CHOICES))


def page(db: sqlite3.Connection, filters: Mapping[str, str], limit: int, offset: int) -> list[dict[str, str]]:
    """The `funding-streams` rows (one a thing funded; unbound values left out) of a page of the streams the filters
    choose, newest article first, then the largest amount, then by stream."""
    where, params = _chosen(filters)
    columns = readmodel.FUNDING_COLUMNS
    found = db.execute(f"""
        WITH chosen AS (SELECT graph, "stream", "published", "amount" FROM funding_stream_facts f WHERE {where}
                        ORDER BY f."published" DESC, f."amount" DESC, f."stream" LIMIT :limit OFFSET :offset)
        SELECT {readmodel.column_list(columns, "t.")} FROM chosen c
        JOIN funding_streams t ON t.graph = c.graph AND t."stream" = c."stream"
        ORDER BY c."published" DESC, c."amount" DESC, c."stream", t."funded" """,
                       {**params, "limit": limit, "offset": offset})
    return [{c: v for c, v in zip(columns, values) if v is not None} for values in found]


def load(rows: Iterable[Mapping[str, str]]) -> sqlite3.Connection:
    """A database in memory holding `funding-streams` rows (as the store answers them) in the read model's tables,
    for a store whose index is not in step; each article stands for its graph."""
    db = sqlite3.connect(":memory:")
    db.executescript(readmodel.table_sql(SOURCE) + FACTS_SQL)
    graphs: dict[str, int] = {}
    columns = readmodel.FUNDING_COLUMNS
    with db:
        db.executemany(f"INSERT INTO {SOURCE} VALUES ({', '.join('?' * (len(columns) + 1))})",
                       [(graphs.setdefault(row.get("article", ""), len(graphs)), *(row.get(c) for c in columns))
                        for row in rows])
        add_facts(db, graphs.values())
    return db
