"""Full-text search over articles, quotes and entity names: an SQLite FTS5 index kept in step with the store; and
beside it each article's lineage claims, whose counts per lineage edge are kept as totals (`cscgraph.totals`), and
the read model's tables (`cscgraph.readmodel`), so listings that scan the whole store are read from a table.

Oxigraph has no full-text index, and counting every edge's claims, articles and evidence sentences in SPARQL joins
every evidence link in the store (`lineage-edges`: 27 s of CPU at 100,000 articles). Both are derived from the store,
never written from anywhere else: rows for an article are what the store holds for it (read from the store,
`article_index_rows`, or built by the ingest worker that mapped it from the same extraction, `extraction_rows`,
which a test holds equal to the store's answer), and `sync` compares each
article's fingerprint in the store with the one recorded here, so an index left behind by a crash (or a store
written by another process) is brought back in step by the next `sync`. The index records the store generation it
is in step with (`in_step_at`): readers use its tables only while that is the store's generation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from cscgraph import funding_totals, read_answers, readmodel, totals
from cscgraph.graph.namespaces import CSC, PROV, RDF, RDFS, SCHEMA
from cscgraph.queries import CannedQuery
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore, Results, Store, Term, graph_size, store_generation
from cscgraph.syntax import WORD

__all__ = ["SearchIndex", "SearchHit", "in_step_index", "ArticleRows", "article_index_rows", "search_path"]

T = TypeVar("T")

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS indexed (graph TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, quads INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS graphs (id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(
    iri UNINDEXED, kind UNINDEXED, graph UNINDEXED, label, text, tokenize = 'porter unicode61');
CREATE TABLE IF NOT EXISTS docs_rows (graph INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,
    PRIMARY KEY (graph, first)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (graph INTEGER NOT NULL, claim TEXT NOT NULL, subject TEXT NOT NULL,
    relation TEXT NOT NULL, object TEXT NOT NULL, sentence TEXT, article TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS claims_by_graph ON claims (graph);
CREATE INDEX IF NOT EXISTS claims_by_edge ON claims (subject, relation, object, claim, article, sentence, published);
CREATE TABLE IF NOT EXISTS in_step (generation INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS reference_indexed (graph TEXT PRIMARY KEY, digest TEXT NOT NULL);
""" + readmodel.schema_sql() + funding_totals.FACTS_SQL + "\n" + totals.SCHEMA_SQL
_TABLES = ("docs", "docs_rows", "indexed", "graphs", "claims", *(t.name for t in totals.TOTALS), "in_step",
           "reference_indexed", "role_names",
           *(table.name for table in readmodel.TABLES), funding_totals.FACTS, *funding_totals.GROUP_TABLES)
_PER_GRAPH = ("claims", *(table.name for table in readmodel.TABLES), funding_totals.FACTS)
"""Tables holding rows per article graph, replaced with the article (docs, an FTS table, is deleted apart: by the
range of rowids `docs_rows` records for the graph, since `graph` is an UNINDEXED column of docs and deleting by it
reads the whole table, 190 ms an article at 18,000 articles, bench/analysis.md "writer19"). Their `graph` column,
and those of docs and docs_rows, hold the graph's number in `graphs` (`SearchIndex.graph_id`), not its IRI: an
article graph's IRI is ~130 bytes, held by every row and again by each table's index by graph — 22% of the file
at 10,000 articles (bench/size.py)."""
_LINKS = next(table for table in readmodel.TABLES if table.name == "entity_links")
_OR_IGNORE = {table.name: "OR IGNORE " for table in readmodel.SHARED_TABLES}
"""Shared tables hold each row once (a graph may give a name as a label and as a headline)."""
SYNC_CHUNK = 500
"""Articles `sync` indexes per SQLite transaction."""
WRITE_CACHE_KIB = 65_536
"""SQLite's page cache of a writing connection. The read model's indexes are keyed by entity and graph, so an
article's rows land all over them; with SQLite's default 2 MB many inserts read a page back from the file (an
ingest's index writes took about a sixth less CPU with 64 MB, bench/RESULTS.md "scale16")."""
PAGE_BYTES = 16_384
"""SQLite's page size of a new index file (an existing one keeps its own). Its rows are 100–300 bytes, keyed by
IRIs of 50–130 bytes, and fill SQLite's default 4 KB pages less well: a first load of 10,000 articles made a file
5% smaller in 16 KB pages (486.5 → 460.3 MB), its listings no slower (bench/size.py; bench/analysis.md "The store
on disk")."""
_LAYOUT = 15
"""The tables' layout (SQLite `user_version`); an index file of an older layout is emptied and rebuilt by the next
`sync` (0: no claims, no quad counts; 1: no read model; 2: no entity_funding; 3: no entity_claims; 4: tables indexed
by entity alone; 5: no entity_roles; 6: no entity_names; 7: no lineage_measures; 8: lineage_measures indexed by
edge alone; 9: rows held their graph's IRI, not its number in `graphs`; 10: no article_list; 11: no
funding_stream_facts; 12: no quote_finder), except one of layout 13 (entity_names held start dates among dates) or
14 (no entity_links), which a writer upgrades in place (`_from_layout_13`; entity_links is filled from the store by
the next `sync`, `_fill_links`)."""

# Everything searchable that one article graph holds: the article itself, its quotes (labelled by speaker) and
# the names of the entities it mentions, one query each. Each starts from GRAPH ?g (bound to one article graph);
# a pattern outside it would be evaluated over the whole store, and indexing would slow down as the store grows.
# Names live in the shared entities and reference graphs, so they are joined from the union default graph, never
# in an OPTIONAL (whose right side Oxigraph evaluates over the whole store): quotes with a speaker and quotes
# without one are two queries. (As one UNION the four took six times as long as apart.)
_SELECT = "SELECT ?g ?kind ?iri ?label ?text WHERE "
_ARTICLE_ROWS = (
    f"""{_SELECT}{{ GRAPH ?g {{ ?article <{SCHEMA}headline> ?label ; <{SCHEMA}articleBody> ?text }}
        BIND(?article AS ?iri) BIND("article" AS ?kind) }}""",
    f"""{_SELECT}{{ GRAPH ?g {{ ?article <{SCHEMA}citation> ?iri . ?iri <{SCHEMA}text> ?text ;
                                                                   <{SCHEMA}creator> ?speaker }}
        ?speaker <{SCHEMA}name>|<{RDFS}label> ?label . BIND("quote" AS ?kind) }}""",
    f"""{_SELECT}{{ GRAPH ?g {{ ?article <{SCHEMA}citation> ?iri . ?iri <{SCHEMA}text> ?text
                   FILTER NOT EXISTS {{ ?iri <{SCHEMA}creator> ?speaker }} }}
        BIND("quote" AS ?kind) }}""",
    f"""{_SELECT}{{ GRAPH ?g {{ ?article <{SCHEMA}mentions> ?iri }} ?iri <{RDFS}label> ?label .
        BIND("entity" AS ?kind) BIND("" AS ?text) }}""",
)
_REFERENCE_DIGEST = f"SELECT ?g ?digest WHERE {{ GRAPH ?g {{ ?s <{CSC}referenceDigest> ?digest }} }}"
"""The digest `pipeline.sync_reference` records in the reference data graph (?g) of the files it was read from."""
# The article's lineage claims, each with its evidence sentences and its article's date: one row per claim and
# sentence. Everything is inside GRAPH ?g, so each OPTIONAL reads this graph only.
_CLAIM_ROWS = f"""SELECT ?g ?claim ?from ?relation ?to ?sentence ?article ?published WHERE {{
  GRAPH ?g {{
    ?claim <{RDF}subject> ?from ; <{RDF}predicate> ?relation ; <{RDF}object> ?to ; a ?type .
    FILTER(?type = <{CSC}LineageClaim>)
    OPTIONAL {{ ?claim <{CSC}evidence> ?sentence }}
    OPTIONAL {{ ?claim <{PROV}wasDerivedFrom> ?article OPTIONAL {{ ?article <{SCHEMA}datePublished> ?published }} }}
  }}
}}"""


@dataclass(frozen=True)
class SearchHit:
    iri: str
    kind: str
    label: str
    snippet: str
    graph: str


@dataclass(frozen=True)
class ArticleRows:
    """What the index keeps for one article graph."""

    docs: list[tuple[str, str, str, str]]
    """(IRI, kind, label, text) of each searchable thing."""
    claims: list[tuple[str | None, ...]]
    """(graph, claim, from, relation, to, sentence, article, published) of each lineage claim and sentence."""
    tables: dict[str, list[tuple[str | None, ...]]]
    """Rows of each read-model table (`readmodel.article_rows`)."""
    role_names: list[tuple[str, str]]
    """(role, name) of the roles its memberships hold (`readmodel.role_names`)."""
    quads: int
    shared: dict[str, list[tuple[str | None, ...]]] = field(default_factory=dict)
    """Rows of each `shared` read-model table from what the article adds to the entities graph (kept, never
    deleted, as the store keeps them)."""


def article_index_rows(store: Store, graph: str) -> ArticleRows:
    """The rows of one article graph, read from `store` (an ingest worker builds the same rows from the article's
    extraction: `extraction_rows`). The shared tables' rows of the entities graph are read by `sync`, once."""
    bound = {"g": Term("uri", graph)}
    rows = [row for query in _ARTICLE_ROWS for row in store.query(query, bound).rows]
    # One row per IRI, kind and label: a name held by two graphs (entities and reference) counts once.
    docs = {(r["iri"].value, r["kind"].value, r["label"].value if "label" in r else ""):
            r["text"].value if "text" in r else "" for r in rows}
    claims = [(graph, *(r[k].value if k in r else None
                        for k in ("claim", "from", "relation", "to", "sentence", "article", "published")))
              for r in store.query(_CLAIM_ROWS, bound).rows]
    return ArticleRows([(*key, text) for key, text in docs.items()], claims, readmodel.article_rows(store, graph),
                       readmodel.role_names(store, graph),
                       graph_size(store, graph))  # the quads kept, so the store's size is a sum, not a scan


def search_path(settings: Settings) -> Path:
    """Where the index lives: beside an embedded store, or keyed by endpoint URL for a remote one."""
    return Path(settings.search_index) if settings.search_index else settings.companion_path(".search.sqlite")


def store_written(store: Store) -> int:
    """How many times an embedded store has been written (its generation); 0 for a remote one."""
    return store_generation(store.path) if isinstance(store, EmbeddedStore) else 0


def in_step_index(settings: Settings, store: Store) -> SearchIndex | None:
    """The index beside an embedded store, opened for reading, when it is in step with the store (so the read
    model's tables answer for it); None for a remote store, or an index missing, of an older layout or behind."""
    if not isinstance(store, EmbeddedStore):
        return None
    index = SearchIndex(search_path(settings), read_only=True)
    if index.in_step_at() == store_written(store):
        return index
    index.close()
    return None


class SearchIndex:
    """An FTS5 index file; safe to open from several processes (SQLite locking, WAL journal)."""

    def __init__(self, path: Path, *, read_only: bool = False, building: bool = False) -> None:
        """`read_only` (the web process): never create, migrate or write the file; a missing index or one of an
        older layout reads as empty and `problem` says what to run. `building`: a new file that nothing reads until
        it is closed and put in place whole (a first load, `pipeline.ingest_first_load`): written without syncs to
        disk (a crash abandons it), and the read model's lookup indexes are made when it is closed, from all its
        rows at once."""
        self.path, self.read_only, self.building, self.problem = path, read_only, building, ""
        if read_only:
            self._db = self._open_for_reading(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        self._db.execute(f"PRAGMA page_size = {PAGE_BYTES}")  # before WAL fixes it; none on an old file
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
        if building:
            self._db.execute("PRAGMA synchronous = OFF")
        layout = self._db.execute("PRAGMA user_version").fetchone()[0]
        if layout < _LAYOUT:
            with self._db:
                if layout == 13:
                    self._from_layout_13()
                if layout in (13, 14):
                    self._db.execute("DELETE FROM in_step")  # not in step until a sync fills entity_links
                else:
                    for table in _TABLES:
                        self._db.execute(f"DROP TABLE IF EXISTS {table}")
                self._db.execute(f"PRAGMA user_version = {_LAYOUT}")
        missing = [t for t in totals.TOTALS if not totals.kept(self._db, t)]
        groups_missing = not funding_totals.groups_kept(self._db)
        self._db.executescript(readmodel.without_lookup_indexes(_SCHEMA_SQL) if building else _SCHEMA_SQL)
        with self._db:
            for table in missing:  # a file of this layout written before they were kept: counted once, then kept
                totals.fill(self._db, table)
            if groups_missing:
                funding_totals.fill_groups(self._db)

    def _from_layout_13(self) -> None:
        """A file of layout 13 upgraded in place: entity_names gains the column of start dates, empty as a shared
        table's unbound values are (its key index made again with it), and the reference data graph's rows, the only
        ones with start dates (its governments'), are read again by the next `sync`, until which the file is not in
        step (readers answer from the store)."""
        self._db.execute("""ALTER TABLE entity_names ADD COLUMN "started" TEXT DEFAULT ''""")
        self._db.execute("DROP INDEX IF EXISTS entity_names_by_key")
        self._db.execute("DELETE FROM reference_indexed")

    def _open_for_reading(self, path: Path) -> sqlite3.Connection:
        fix = "run `cscgraph ingest` (or `cscgraph rebuild-read-model`) once to build it"
        if path.exists():
            db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            db.execute("PRAGMA query_only = ON")
            if db.execute("PRAGMA user_version").fetchone()[0] >= _LAYOUT:
                return db
            db.close()
            self.problem = f"{path}: the search index is of an older layout; {fix}"
        else:
            self.problem = f"{path}: no search index yet; {fix}"
        empty = sqlite3.connect(":memory:", check_same_thread=False)
        empty.executescript(_SCHEMA_SQL)
        return empty

    def close(self) -> None:
        """Close the file (a `building` one with its lookup indexes made)."""
        if self.building:
            self._db.executescript(_SCHEMA_SQL)
        self._db.close()

    def sync(self, store: Store, fingerprints: Mapping[str, tuple[str, str]] | None = None) -> int:
        """Bring the index in step with the store; returns how many articles were (re)indexed or dropped.
        `fingerprints`: the store's `article_fingerprints()`, where the caller has just read them and holds the
        store for writing (an ingest), so that they are not read twice."""
        generation = store_written(store)  # before reading: a write during the sync leaves the index not in step
        self._fill_links(store)  # first: any rows written below would leave the table not empty
        if fingerprints is None:
            fingerprints = store.article_fingerprints()
        stored = {g: "|".join(fp) for g, fp in fingerprints.items()}
        indexed = dict(self._db.execute("SELECT graph, fingerprint FROM indexed"))
        stale = [g for g, fp in stored.items() if indexed.get(g) != fp]
        gone = [g for g in indexed if g not in stored]
        with self._db:
            for graph in gone:
                self._delete_rows(self.graph_id(graph, add=False))
                self._db.execute("DELETE FROM indexed WHERE graph = ?", (graph,))
        for start in range(0, len(stale), SYNC_CHUNK):  # a rebuild holds one chunk's rows, and resumes after a crash
            chunk = stale[start:start + SYNC_CHUNK]
            self._write({graph: article_index_rows(store, graph) for graph in chunk}, stored)
        if stale:
            self._sync_entities(store)
        self._sync_reference(store)
        with self._db:  # one quad, the store's format version, which `cscgraph migrate` rewrites
            self._replace_rows(store.minter.meta_graph, readmodel.article_rows(store, store.minter.meta_graph,
                                                                                (_LINKS,)))
        self._mark_in_step(generation)
        return len(stale) + len(gone)

    def _sync_entities(self, store: Store) -> None:
        """The shared tables' rows of the whole entities graph (which only grows), where no worker sent them."""
        with self._db:
            # Never deleted but by a rebuild: the store's entities graph only grows.
            self._add(readmodel.article_rows(store, store.minter.entities_graph, readmodel.SHARED_TABLES))

    def _sync_reference(self, store: Store) -> None:
        """The read model's rows of the reference data graph (curated lineage claims) and of the ontology graph
        written with it (names), when its digest moved."""
        graph = store.minter.reference_graph
        found = store.query(_REFERENCE_DIGEST, {"g": Term("uri", graph)}).rows
        digest = found[0]["digest"].value if found else ""
        if self._db.execute("SELECT 1 FROM reference_indexed WHERE graph = ? AND digest = ?",
                            (graph, digest)).fetchone():
            return
        rows = readmodel.article_rows(store, graph)
        ontology = readmodel.article_rows(store, store.minter.ontology_graph, readmodel.SHARED_TABLES)
        with self._db:
            self._replace_rows(graph, rows)
            self._replace_rows(store.minter.ontology_graph, ontology)
            self._db.execute("INSERT OR REPLACE INTO reference_indexed VALUES (?, ?)", (graph, digest))

    def _fill_links(self, store: Store) -> None:
        """entity_links' rows of every graph, read from the store, when the table is empty but the index is not (a
        file upgraded from layout 13 or 14): in one transaction, so a crash leaves it empty and the next sync
        fills it."""
        if self._db.execute("SELECT 1 FROM entity_links LIMIT 1").fetchone() is not None \
                or self._db.execute("SELECT 1 FROM indexed LIMIT 1").fetchone() is None:
            return
        graphs = [g for (g,) in self._db.execute("SELECT graph FROM indexed")]
        with self._db:
            for table in (totals.LINKS, totals.LINK_VALUES):  # counting no rows
                self._db.execute(f"DELETE FROM {table.name}")
            for graph in (*graphs, store.minter.entities_graph, store.minter.reference_graph,
                          store.minter.ontology_graph):
                self._add(readmodel.article_rows(store, graph, (_LINKS,)))

    def rebuild(self, store: Store) -> int:
        """Empty every table and index every article again from the store; returns how many were indexed."""
        with self._db:
            for table in ("docs", "docs_rows", "indexed", *(t.name for t in totals.TOTALS), *_PER_GRAPH,
                          *funding_totals.GROUP_TABLES):
                self._db.execute(f"DELETE FROM {table}")
            self._db.execute("DELETE FROM in_step")
            self._db.execute("DELETE FROM reference_indexed")
            self._db.execute("DELETE FROM role_names")
        return self.sync(store)

    def sync_articles(self, store: Store, graphs: Iterable[str], rows: Mapping[str, ArticleRows] | None = None,
                      in_step_at: int | None = None) -> None:
        """Write the rows of the given article graphs: `rows` where given (what the ingest workers built from each
        article's extraction), the rest read from the store. `in_step_at`: the store's generation before these
        articles were written; if the index was in step then, it is in step now."""
        graphs = list(graphs)
        rows = rows or {}
        fingerprints = {g: "|".join(fp) for g, fp in store.article_fingerprints_of(graphs).items()}
        self._write({graph: rows[graph] if graph in rows else article_index_rows(store, graph) for graph in graphs},
                    fingerprints)
        if any(graph not in rows for graph in graphs):
            self._sync_entities(store)
        if in_step_at is not None and self.in_step_at() == in_step_at:
            self._mark_in_step(store_written(store))

    def _write(self, rows_by_graph: Mapping[str, ArticleRows], fingerprints: Mapping[str, str]) -> None:
        # One SQLite transaction per call: an ingest indexes a write batch at a time, and a commit per article
        # would cost a WAL sync each.
        with self._db:
            # Each graph's docs get the next rowids, one run of them, recorded in docs_rows (an empty run, last
            # below first, when it has none), so that its rows can be deleted by rowid (`_delete_rows`).
            top = self._db.execute("SELECT rowid FROM docs ORDER BY rowid DESC LIMIT 1").fetchone()
            rowid = top[0] + 1 if top else 1
            numbers: dict[str, int | None] = {}  # graph numbers looked up once in this transaction
            for graph, rows in rows_by_graph.items():
                number = numbers[graph] = self.graph_id(graph)
                # Only a graph indexed before has rows to delete (a new article has none): each table's DELETE is a
                # statement more per table and article.
                if self._db.execute("SELECT 1 FROM indexed WHERE graph = ?", (graph,)).fetchone():
                    self._delete_rows(number)
                docs = [(rowid + i, iri, kind, number, label, text)
                        for i, (iri, kind, label, text) in enumerate(rows.docs)]
                self._db.executemany("INSERT INTO docs (rowid, iri, kind, graph, label, text) "
                                     "VALUES (?, ?, ?, ?, ?, ?)", docs)
                self._db.execute("INSERT INTO docs_rows VALUES (?, ?, ?)", (number, rowid, rowid + len(rows.docs) - 1))
                rowid += len(rows.docs)
                self._add({"claims": rows.claims, **rows.tables}, numbers)
                # Never deleted: the store's entities graph keeps every name an article gave a role.
                self._db.executemany("INSERT OR IGNORE INTO role_names VALUES (?, ?)", rows.role_names)
                self._add(rows.shared, numbers)
                if graph in fingerprints:
                    self._db.execute("INSERT OR REPLACE INTO indexed (graph, fingerprint, quads) VALUES (?, ?, ?)",
                                     (graph, fingerprints[graph], rows.quads))
                else:
                    self._db.execute("DELETE FROM indexed WHERE graph = ?", (graph,))

    def _delete_rows(self, number: int | None) -> None:
        """Within the caller's transaction: an article graph's rows (the graph by its number, `graph_id`) deleted
        from the search and read-model tables."""
        spans = self._db.execute("SELECT first, last FROM docs_rows WHERE graph = ?", (number,)).fetchall()
        if spans:
            self._db.executemany("DELETE FROM docs WHERE rowid BETWEEN ? AND ?", spans)
            self._db.execute("DELETE FROM docs_rows WHERE graph = ?", (number,))
        else:  # rows written before docs_rows was kept (an index file of an earlier version): found by reading all
            self._db.execute("DELETE FROM docs WHERE graph = ?", (number,))
        taken = totals.retract(self._db, number, _PER_GRAPH)
        funding_totals.retract_facts(self._db, number)
        for table in _PER_GRAPH:
            self._db.execute(f"DELETE FROM {table} WHERE graph = ?", (number,))
        totals.settle(self._db, taken)

    def _replace_rows(self, graph: str, rows: Mapping[str, list[tuple[str | None, ...]]]) -> None:
        """Within the caller's transaction: each table's rows of `graph` replaced by `rows[table]`."""
        number = self.graph_id(graph, add=False)
        taken = totals.retract(self._db, number, rows) if number is not None else []
        if number is not None and funding_totals.SOURCE in rows:
            funding_totals.retract_facts(self._db, number)
        for table in (*rows, *((funding_totals.FACTS,) if funding_totals.SOURCE in rows else ())):
            self._db.execute(f"DELETE FROM {table} WHERE graph = ?", (number,))
        totals.settle(self._db, taken)
        self._add(rows)

    def _add(self, rows: Mapping[str, list[tuple[str | None, ...]]], numbers: dict[str, int | None] | None = None
             ) -> None:
        """Within the caller's transaction: `rows[table]` (each row's first value its graph's IRI) added to each
        table, the graph by its number (a row a shared table holds already is kept once); `numbers`, graph numbers
        the caller has looked up already in this transaction, gains those looked up here."""
        numbers = {} if numbers is None else numbers
        for table, table_rows in rows.items():
            if table_rows:
                for graph in {str(row[0]) for row in table_rows} - numbers.keys():
                    numbers[graph] = self.graph_id(graph)
                self._db.executemany(f"INSERT {_OR_IGNORE.get(table, '')}INTO {table} "
                                     f"VALUES ({', '.join('?' * len(table_rows[0]))})",
                                     [(numbers[str(row[0])], *row[1:]) for row in table_rows])
                if table == funding_totals.SOURCE:
                    funding_totals.add_facts(self._db, {numbers[str(row[0])] for row in table_rows})
                if table in totals.SOURCES:
                    totals.add(self._db, table, {numbers[str(row[0])] for row in table_rows})

    def graph_id(self, graph: str, *, add: bool = True) -> int | None:
        """The number the index's rows hold for graph IRI `graph` (a new one when it has none and `add`, within the
        caller's transaction; None otherwise). Numbers are never reused: a graph keeps its number while the file
        lasts, through rebuilds."""
        found = self._db.execute("SELECT id FROM graphs WHERE iri = ?", (graph,)).fetchone()
        if found is not None or not add:
            return None if found is None else int(found[0])
        return self._db.execute("INSERT INTO graphs (iri) VALUES (?)", (graph,)).lastrowid

    def _mark_in_step(self, generation: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM in_step")
            self._db.execute("INSERT INTO in_step VALUES (?)", (generation,))

    def in_step_at(self) -> int | None:
        """The store generation the index was last known to be in step with (None: never, or not since a
        failure or a write it did not see)."""
        row = self._db.execute("SELECT generation FROM in_step").fetchone()
        return None if row is None else int(row[0])

    def listing(self, query: str, params: Mapping[str, str]) -> list[dict[str, str]] | None:
        """Rows of canned query `query` from the read model (`readmodel.listing`), None when it holds none."""
        return readmodel.listing(self._db, query, params)

    def answer(self, query: CannedQuery, params: Mapping[str, str], limit: int | None = None
               ) -> Results | str | None:
        """Canned query `query`'s answer from the read model, or its text with its page picked (`read_answers.answer`);
        None when the tables cannot answer. The caller knows the index is in step with the store (`in_step_at`)."""
        return read_answers.answer(self._db, query, params, limit)

    def names(self, entities: Sequence[str]) -> list[dict[str, str]]:
        """`entity-catalogue`'s rows of `entities` alone (`readmodel.names`)."""
        return readmodel.names(self._db, entities)

    def dates(self, entities: Sequence[str]) -> dict[str, str]:
        """The date each of `entities` that has one states (`readmodel.dates`)."""
        return readmodel.dates(self._db, entities)

    def names_under(self, prefix: str) -> list[tuple[str, str, str]]:
        """(IRI, name, date) of each named entity of one kind, its IRIs under `prefix` (`readmodel.names_under`)."""
        return readmodel.names_under(self._db, prefix)

    def read_funding(self, read: Callable[[sqlite3.Connection], T]) -> T:
        """`read` over the index file, whose funding tables `funding_totals` reads."""
        return read(self._db)

    def lineage_edges(self) -> list[dict[str, str]]:
        """Each lineage edge the indexed articles state (from, relation, to), with how many claims state it, in
        how many articles and distinct evidence sentences, and the earliest of those articles' dates (absent when
        none has a date): what `lineage-edges` counts, less the curated claims of the reference data."""
        counts = f"SELECT * FROM {totals.EDGES.name} ORDER BY subject, relation, object" \
            if totals.kept(self._db, totals.EDGES) else totals.EDGES.counting()
        edges = []
        for source, relation, target, claims, articles, sentences, first in self._db.execute(counts):
            edge = {"from": source, "relation": relation, "to": target, "claims": str(claims),
                    "articles": str(articles), "sentences": str(sentences)}
            edges.append(edge | ({"published": first} if first else {}))
        return edges

    def counted(self) -> dict[str, int]:
        """How many articles, quotes, funding streams and lineage claims (the curated claims of the reference data
        too) the store holds, as `stats.graph_stats` counts them, from the read model's tables: each article's
        counts (`article_list`, one row a publisher, so read once a graph) and the claims of graphs that are no
        article's."""
        articles, quotes, streams, claims = self._db.execute(
            'SELECT COUNT(*), TOTAL(q), TOTAL(f), TOTAL(c) FROM (SELECT graph, MAX(CAST("quotes" AS INTEGER)) AS q, '
            'MAX(CAST("funding" AS INTEGER)) AS f, MAX(CAST("claims" AS INTEGER)) AS c FROM article_list '
            'GROUP BY graph)').fetchone()
        curated = self._db.execute('SELECT COUNT(DISTINCT "claim") FROM lineage_measures '
                                   'WHERE graph NOT IN (SELECT graph FROM article_list)').fetchone()[0]
        return {"articles": articles, "quotes": int(quotes), "funding streams": int(streams),
                "lineage claims": int(claims) + curated}

    def published_span(self) -> tuple[str, str] | None:
        """The first and last publication dates of the indexed articles (None when none has a date)."""
        first, last = self._db.execute('SELECT MIN("published"), MAX("published") FROM article_list').fetchone()
        return None if first is None else (first, last)

    def article_quads(self) -> int:
        """How many quads the indexed article graphs hold together."""
        return int(self._db.execute("SELECT COALESCE(SUM(quads), 0) FROM indexed").fetchone()[0])

    def search(self, text: str, limit: int = 20, kind: str | None = None, offset: int = 0) -> list[SearchHit]:
        """Best matches for the words of `text` (each word a prefix), one hit per IRI."""
        match = fts_query(text)
        if not match:
            return []
        sql = ("SELECT iri, kind, label, snippet(docs, 4, '[', ']', '…', 16), "
               "(SELECT g.iri FROM graphs g WHERE g.id = docs.graph) FROM docs "
               "WHERE docs MATCH ?" + (" AND kind = ?" if kind else "") + " ORDER BY rank LIMIT ? OFFSET ?")
        args: list[object] = [match, *([kind] if kind else []), limit * 4, offset]
        hits: dict[str, SearchHit] = {}
        for iri, hit_kind, label, snippet, graph in self._db.execute(sql, args):
            if iri not in hits:
                hits[iri] = SearchHit(iri, hit_kind, label, snippet, graph)
            if len(hits) >= limit:
                break
        return list(hits.values())


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression from free text: every word must occur, the last as a prefix.

    >>> fts_query('staying "close')
    '"staying" "close"*'
    """
    words = WORD.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)
