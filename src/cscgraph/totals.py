"""Totals kept beside three tables of the index that hold rows per article graph, so the pages that count over every
row (the home page's document chain, /lineage) read one row a key instead: at 100,000 articles 627 edges instead of
315,119 claim rows, and a few thousand edge-and-measure rows instead of every claim's.

- `edge_totals`, from `claims`: each lineage edge's claims, articles and evidence sentences, and its earliest
  article date (what `SearchIndex.lineage_edges` gives);
- `measure_totals`, from `lineage_measures`: each edge and measure's claims and curated claims (what
  `lineage-measures` gives; '' stands for no measure, which a key may not leave unbound);
- `link_totals` and `link_value_totals`, from `entity_links`: each resource, direction and property's values
  minted by article graphs, and each of its other values in article graphs with the number of graphs holding it
  (`cscgraph.links`), so `entity-link-counts` of a body named in every article, or of a document whose
  recommendations 97,808 articles state, reads a row a property and a row a value, not one an article.

A graph's claims, sentences and article are its own, so its distinct counts add up across graphs: the writer adds a
graph's counts when its rows go in (`add`) and takes them away before they are deleted (`retract`); an earliest
date the graph gave is read again from the rows left. A file written before the totals were kept gets them counted
from its rows when a writer opens it (`fill`); a reader of such a file counts over the rows as before (`kept`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Totals", "EDGES", "MEASURES", "TOTALS", "SOURCES", "SCHEMA_SQL", "kept", "has_table", "fill", "add",
           "retract", "settle"]


@dataclass(frozen=True)
class Totals:
    """A totals table: the rows it counts (`source`), the key it counts them by (SQL expressions over the source,
    named by `columns`), the counts (SQL aggregates, named by `counted`; all add up across graphs but `earliest`,
    the minimum of the last)."""

    name: str
    source: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[str, ...]
    counted: tuple[str, ...]
    earliest: bool = False
    rows: str = ""
    """A condition on the source's rows that the totals count (all of them when empty)."""

    def counting(self, where: str = "") -> str:
        """The source's rows counted by key (`where`: a condition on them, e.g. one graph's: "graph = ?")."""
        keys, conditions = ", ".join(self.key), " AND ".join(c for c in (where, self.rows) if c)
        return (f"SELECT {keys}, {', '.join(self.counts)} FROM {self.source} "
                f"{f'WHERE {conditions} ' if conditions else ''}GROUP BY {keys}")

    def create(self) -> str:
        columns = [f"{c} TEXT NOT NULL" for c in self.columns]
        columns += [f"{c} TEXT" if self.earliest and c == self.counted[-1] else f"{c} INTEGER NOT NULL"
                    for c in self.counted]
        return (f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(columns)}, "
                f"PRIMARY KEY ({', '.join(self.columns)})) WITHOUT ROWID;")

EDGES = Totals("edge_totals", "claims", ("subject", "relation", "object"), ("subject", "relation", "object"),
               ("COUNT(DISTINCT claim)", "COUNT(DISTINCT article)", "COUNT(DISTINCT sentence)", "MIN(published)"),
               ("claims", "articles", "sentences", "first"), earliest=True)
MEASURES = Totals("measure_totals", "lineage_measures", ('"from"', '"relation"', '"to"', "COALESCE(\"measure\", '')"),
                  ("source", "relation", "target", "measure"),
                  ("COUNT(DISTINCT \"claim\")", "COUNT(DISTINCT CASE WHEN \"curated\" = 'true' THEN \"claim\" END)"),
                  ("claims", "curated"))
LINKS = Totals("link_totals", "entity_links", ('"entity"', '"direction"', '"property"'),
               ("entity", "direction", "property"), ('SUM(CAST("minted" AS INTEGER))',), ("minted",),
               rows='"minted" > \'0\'')
LINK_VALUES = Totals("link_value_totals", "entity_links", ('"entity"', '"direction"', '"property"', '"value"'),
                     ("entity", "direction", "property", "value"), ("COUNT(*)",), ("graphs",),
                     rows='"minted" = \'0\'')
TOTALS = (EDGES, MEASURES, LINKS, LINK_VALUES)
SOURCES = frozenset(t.source for t in TOTALS)
"""The tables whose rows the totals count."""
SCHEMA_SQL = "\n".join(t.create() for t in TOTALS)


def kept(db: sqlite3.Connection, totals: Totals) -> bool:
    """Whether the index file keeps these totals (a file written before it did counts over its rows)."""
    return has_table(db, totals.name)


def has_table(db: sqlite3.Connection, name: str) -> bool:
    """Whether the file holds the table `name` (one added after the file was made is missing until a writer opens
    it)."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def fill(db: sqlite3.Connection, totals: Totals) -> None:
    """Within the caller's transaction: the totals counted from every row of their source."""
    db.execute(f"INSERT INTO {totals.name} {totals.counting()}")


def add(db: sqlite3.Connection, source: str, graphs: Iterable[int]) -> None:
    """Within the caller's transaction, after rows of `graphs` (their numbers) went into table `source`: the
    totals counting it gain those graphs' counts."""
    for totals in (t for t in TOTALS if t.source == source):
        additive = [c for c in totals.counted if not (totals.earliest and c == "first")]
        update = ", ".join(f"{c} = {c} + excluded.{c}" for c in additive)
        if totals.earliest:
            update += ", first = CASE WHEN first IS NULL OR excluded.first < first THEN excluded.first ELSE first END"
        for graph in graphs:
            db.execute(f"INSERT INTO {totals.name} {totals.counting('graph = ?')} "
                       f"ON CONFLICT DO UPDATE SET {update}", (graph,))


def retract(db: sqlite3.Connection, graph: int, sources: Iterable[str]) -> list[tuple[Totals, list[tuple]]]:
    """Within the caller's transaction, before the graph's rows (by its number) are deleted from the tables
    `sources`: each totals table counting one of them less the graph's counts, a key no row counts any more
    dropped. Returns what `settle` needs once the rows are gone."""
    taken, deleted = [], set(sources)
    for totals in (t for t in TOTALS if t.source in deleted):
        counts = db.execute(totals.counting("graph = ?"), (graph,)).fetchall()
        keys = " AND ".join(f"{c} = ?" for c in totals.columns)
        additive = [c for c in totals.counted if not (totals.earliest and c == "first")]
        for row in counts:
            key, values = row[:len(totals.columns)], row[len(totals.columns):]
            db.execute(f"UPDATE {totals.name} SET {', '.join(f'{c} = {c} - ?' for c in additive)} WHERE {keys}",
                       (*values[:len(additive)], *key))
            db.execute(f"DELETE FROM {totals.name} WHERE {keys} AND {totals.counted[0]} <= 0", key)
        taken.append((totals, counts))
    return taken


def settle(db: sqlite3.Connection, taken: list[tuple[Totals, list[tuple]]]) -> None:
    """Within the caller's transaction, after the retracted graph's rows were deleted: an earliest date that graph
    gave is read again from the rows left (their index leads with the key)."""
    for totals, counts in taken:
        if not totals.earliest:
            continue
        keys = " AND ".join(f"{c} = ?" for c in totals.columns)
        for row in counts:
            key, first = row[:len(totals.columns)], row[-1]
            if first is not None:
                db.execute(f"UPDATE {totals.name} SET first = (SELECT MIN(published) FROM {totals.source} "
                           f"WHERE {' AND '.join(f'{k} = ?' for k in totals.key)}) WHERE {keys} AND first = ?",
                           (*key, *key, first))
