"""The /funding page's figures in SQL: streams chosen by funder, period, measure and kind, their totals grouped one
way, the other kinds' totals apart, one page of the streams, and the choices the page offers.

They are read from the read model's `funding_streams` table (`SOURCE`, `cscgraph.readmodel`: one row a stream and
thing funded) and `funding_stream_facts`, one row a stream (`FACTS`, made by `FACTS_SQL`), which the index's writer
derives from it, article by article, in the same transaction (`add_facts`), so the page never reads every stream. A
store whose index is not in step gives the same figures from the `funding-streams` rows it answers, loaded into a database in memory (`load`):
one implementation, two sources.

Only an allocation or commitment (`COMMITTED`) is added up by funder, period or measure; an amount restated (same
funder, period, kind and sum) counts once in a group's total; a stream funding two measures is in both groups.

The unfiltered page's groups (every funder, period, measure and kind: the page a reader opens first) are kept as
totals too, so it reads a row a group, not every stream (at 100,000 articles the groups by measure took 3.5 s and
more over 199,000 streams): `funding_amounts` holds each group's distinct amounts (funder, period, kind and sum)
with how many streams state them, `funding_groups` each group's streams and total in pence. Amounts a graph's
streams add to a group (`_CONTRIBUTIONS`) are counted in when its rows go in (`add_facts`) and out before they are
deleted (`retract_facts`): an amount's first stream adds it to its group's total, its last takes it away. A file
written before they were kept gets them counted from its rows when a writer opens it (`fill_groups`); a reader of
such a file counts over the streams as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cscgraph import readmodel
from cscgraph.totals import has_table

__all__ = ["COMMITTED", "SOURCE", "FACTS", "GROUP_TABLES", "FACTS_SQL", "Group", "Totals", "add_facts",
           "retract_facts", "groups_kept", "fill_groups", "totals", "page", "load"]

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
CREATE INDEX IF NOT EXISTS funding_streams_by_stream ON funding_streams (graph, "stream", "funded");
CREATE TABLE IF NOT EXISTS funding_amounts ("grouping" TEXT NOT NULL, "key" TEXT NOT NULL, "funder" TEXT NOT NULL,
    "period" TEXT NOT NULL, "kind" TEXT NOT NULL, "amount" REAL NOT NULL, "streams" INTEGER NOT NULL,
    PRIMARY KEY ("grouping", "key", "funder", "period", "kind", "amount")) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS funding_groups ("grouping" TEXT NOT NULL, "key" TEXT NOT NULL, "streams" INTEGER NOT NULL,
    "pence" INTEGER NOT NULL, PRIMARY KEY ("grouping", "key")) WITHOUT ROWID;
"""
"""The stream-level table (its newest-first order and its groups read from indexes alone), the index by thing
funded (the measure filter and choices), those whose leading column is a choice's (`_CHOICES`), the index joining a
stream to what it funds (the groups by measure read it alone) and the unfiltered groups' totals (`GROUP_TABLES`),
beside `readmodel.schema_sql`'s tables."""
GROUP_TABLES = ("funding_amounts", "funding_groups")
"""The unfiltered page's totals: emptied with the read model's tables by a rebuild."""
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

_STREAMS = """(SELECT graph, "stream", COALESCE("funder", '') AS "funder", COALESCE("period", '') AS "period",
    COALESCE("kind", '') AS "kind", COALESCE("amount", 0) AS "amount" FROM funding_stream_facts {where})"""
_CONTRIBUTIONS = f"""SELECT "grouping", "key", "funder", "period", "kind", "amount", COUNT(*) FROM (
    SELECT 'kind' AS "grouping", f."kind" AS "key", f.* FROM {_STREAMS} f
    UNION ALL SELECT 'funder', f."funder", f.* FROM {_STREAMS} f WHERE f."kind" = '{COMMITTED}' AND f."funder" != ''
    UNION ALL SELECT 'unattributed', f."kind", f.* FROM {_STREAMS} f WHERE f."kind" = '{COMMITTED}' AND f."funder" = ''
    UNION ALL SELECT 'period', f."period", f.* FROM {_STREAMS} f WHERE f."kind" = '{COMMITTED}'
    UNION ALL SELECT 'measure', m."key", f.* FROM {_STREAMS} f JOIN (SELECT DISTINCT graph, "stream",
        COALESCE("funded", '') AS "key" FROM funding_streams {{where}}) m
        ON m.graph = f.graph AND m."stream" = f."stream"
        WHERE f."kind" = '{COMMITTED}')
    GROUP BY "grouping", "key", "funder", "period", "kind", "amount" """
"""The amounts a graph's streams (`where`: "WHERE graph = :graph"; every graph's when empty) add to each group of
the unfiltered page, by grouping: its kind (every stream), funder (commitments that name one), the commitments
that name none ('unattributed', keyed by kind), period and thing funded (commitments); each with how many streams
state it. The groups' keys are as `_groups` makes them ('' for none stated)."""


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
    were just added, and their amounts counted into the unfiltered groups. Their old rows go with the graph's other
    read-model rows (the writer deletes by graph, after `retract_facts`)."""
    graphs = list(graphs)
    db.executemany(_DERIVE, [(graph,) for graph in graphs])
    for graph in graphs:
        _count(db, graph, 1)


def retract_facts(db: sqlite3.Connection, graph: int | None) -> None:
    """Within the caller's transaction, before the graph's funding rows (by its number) are deleted: its amounts
    counted out of the unfiltered groups."""
    _count(db, graph, -1)


def _count(db: sqlite3.Connection, graph: int | None, sign: int) -> None:
    """The graph's amounts counted into (`sign` 1) or out of (-1) the kept groups: a group's total gains an amount
    when its first stream comes and loses it when its last goes (every writer's file and `load`'s hold the
    tables: FACTS_SQL makes them)."""
    key = '"grouping" = ? AND "key" = ? AND "funder" = ? AND "period" = ? AND "kind" = ? AND "amount" = ?'
    counted = db.execute(_CONTRIBUTIONS.format(where="WHERE graph = :graph"), {"graph": graph}).fetchall()
    for *amount, streams in counted:
        found = db.execute(f'SELECT "streams" FROM funding_amounts WHERE {key}', amount).fetchone()
        before = found[0] if found else 0
        after = before + sign * streams
        if after > 0:
            db.execute("INSERT OR REPLACE INTO funding_amounts VALUES (?, ?, ?, ?, ?, ?, ?)", (*amount, after))
        else:
            db.execute(f"DELETE FROM funding_amounts WHERE {key}", amount)
        pence = _pence(amount[-1]) * ((before == 0) - (after <= 0 < before))
        db.execute('INSERT INTO funding_groups VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET '
                   '"streams" = "streams" + excluded."streams", "pence" = "pence" + excluded."pence"',
                   (amount[0], amount[1], sign * streams, pence))
        db.execute('DELETE FROM funding_groups WHERE "grouping" = ? AND "key" = ? AND "streams" <= 0', amount[:2])


def _pence(amount: float) -> int:
    """The amount in whole pence, rounded half away from zero as SQLite's ROUND rounds it in `fill_groups`."""
    pence = amount * 100
    return int(pence + (0.5 if pence >= 0 else -0.5))


def groups_kept(db: sqlite3.Connection) -> bool:
    """Whether the file keeps the unfiltered groups (a file written before it did counts over its streams)."""
    return has_table(db, GROUP_TABLES[-1])


def fill_groups(db: sqlite3.Connection) -> None:
    """Within the caller's transaction: the unfiltered groups counted from every stream (a file made before they
    were kept, opened by a writer)."""
    db.execute(f"INSERT INTO funding_amounts {_CONTRIBUTIONS.format(where='')}")
    db.execute('INSERT INTO funding_groups SELECT "grouping", "key", SUM("streams"), '
               'SUM(CAST(ROUND("amount" * 100) AS INTEGER)) FROM funding_amounts GROUP BY "grouping", "key"')


def _kept_groups(db: sqlite3.Connection, grouping: str) -> list[Group]:
    return [Group(key, streams, pence / 100) for key, streams, pence in db.execute(
        'SELECT "key", "streams", "pence" FROM funding_groups WHERE "grouping" = ? ORDER BY "key"', (grouping,))]


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
    if where == "1" and groups_kept(db):
        return _unfiltered(db, by)
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
    return Totals(groups, others, unattributed, chosen, *_choices(db))


def _choices(db: sqlite3.Connection) -> list[list[str]]:
    """Every period, kind, funder and thing funded of any stream (`_CHOICES`)."""
    seek = readmodel.has_indexes(db, [index for _, _, index in _CHOICES])
    every = 'SELECT DISTINCT "{1}" FROM {0} WHERE "{1}" IS NOT NULL ORDER BY 1'
    return [[v for (v,) in db.execute(readmodel.distinct_values(table, column) if seek
                                      else every.format(table, column))] for table, column, _ in _CHOICES]


def _unfiltered(db: sqlite3.Connection, by: str) -> Totals:
    """`totals` of every stream, from the kept groups."""
    kinds = _kept_groups(db, "kind")
    chosen = sum(g.streams for g in kinds)
    if by == "kind":
        return Totals(kinds, [], None, chosen, *_choices(db))
    others = [g for g in kinds if g.key != COMMITTED]
    unattributed = next(iter(_kept_groups(db, "unattributed")), None) if by == "funder" else None
    return Totals(_kept_groups(db, by), others, unattributed, chosen, *_choices(db))


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
