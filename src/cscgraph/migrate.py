"""Upgrade an embedded store written by an older cscgraph to this version's format (`cscgraph migrate`).

The store records its layout version as `csc:formatVersion` in its meta graph (`cscgraph.store.FORMAT_VERSION`).
Opening an older store raises `StoreVersionError` naming the command; `migrate_store` then runs each step from the
stored version up, in order, each distinct step once. Every step so far is the same one, because every article graph
is derived from the article text it stores: re-derive each article graph from its stored headline, body, URL, date,
publisher and source with this version's extraction and mapping, and reload the ontology and reference graphs.
Formats 2 and 3 (one selector node per evidence sentence, lean mentions; ontology/MAPPING.md) are reached that way
too, and formats 4 and 5 (article ids keep the URL's identifying query, then its host): an article whose id changed
is written to its new graph and its old graph dropped in the same transaction. An article an older format lost
(a second page with the same id replaced it) is not in the store to re-derive: ingest it again.

Each article is rewritten in one transaction and the new version is stamped only after the last, so a migration
that is interrupted leaves the old version recorded and simply runs again. Stop `cscgraph serve` first: the store
can be open for writing by one process only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cscgraph.errors import ReadError, StoreError
from cscgraph.graph.namespaces import CSC, Minter
from cscgraph.ingest.text import parse_date
from cscgraph.models import PARAGRAPH_SEPARATOR, Article
from cscgraph.settings import Settings
from cscgraph.store import FORMAT_VERSION, EmbeddedStore, Store, Term

__all__ = ["MIGRATIONS", "Migration", "MigrationReport", "stored_format_version", "migrate_store"]

# Every article as its graph stores it: the fields `Article.content_hash` and extraction read. The publisher's name
# is its rdfs:label, which curated bodies (reference data) and bodies named by articles both carry.
STORED_ARTICLES = """
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g ?headline ?body ?source ?url ?published ?abstract (SAMPLE(?name) AS ?publisher) WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; schema:headline ?headline ; schema:articleBody ?body ; dcterms:source ?source .
             OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:datePublished ?published }
             OPTIONAL { ?a schema:abstract ?abstract } OPTIONAL { ?a schema:publisher ?org } }
  # An article without a publisher looks up a node that has no label (an unbound ?org would match every label).
  BIND(COALESCE(?org, <urn:cscgraph:no-publisher>) AS ?publisherNode)
  OPTIONAL { ?publisherNode rdfs:label ?name }
} GROUP BY ?g ?headline ?body ?source ?url ?published ?abstract ORDER BY ?g
"""
VERSION_QUERY = f"SELECT ?meta ?v WHERE {{ GRAPH ?meta {{ ?s <{CSC}formatVersion> ?v }} }}"
META_TRIPLES = "SELECT ?meta ?s ?p ?o WHERE { GRAPH ?meta { ?s ?p ?o } }"


@dataclass
class MigrationReport:
    """What a migration did: the versions it went through and the articles it rewrote or could not."""

    from_version: int
    to_version: int
    rewritten: int = 0
    failed: list[str] | None = None

    def summary(self) -> str:
        if self.from_version == self.to_version:
            return f"store is already at format {self.to_version}; nothing to do"
        return (f"migrated format {self.from_version} → {self.to_version}: {self.rewritten} article graph(s) "
                f"re-derived, {len(self.failed or [])} failed")


@dataclass(frozen=True)
class Migration:
    """One step, from format `version` to `version + 1`."""

    what: str
    run: Callable[[Store, Settings, MigrationReport], None]


def stored_format_version(store: Store) -> int | None:
    """The format version recorded in the store's meta graph, or None when there is none."""
    rows = store.query(VERSION_QUERY, {"meta": Term("uri", store.minter.meta_graph)}).rows
    return int(rows[0]["v"].value) if rows else None


def migrate_store(path: Path, settings: Settings) -> MigrationReport:
    """Bring the embedded store at `path` to `FORMAT_VERSION`, step by step; see the module docstring."""
    store = EmbeddedStore(path, Minter(settings.base_iri), check_version=False)
    try:
        version = stored_format_version(store)
        if version is None:
            raise StoreError(f"{path}: no format version recorded; this is not a cscgraph store")
        if version > FORMAT_VERSION:
            raise StoreError(f"{path}: format {version} is newer than this cscgraph ({FORMAT_VERSION}); upgrade it")
        report = MigrationReport(version, FORMAT_VERSION, failed=[])
        # Each step's function runs once: re-deriving brings every article graph to this version's mapping,
        # however many versions it spans.
        for run in dict.fromkeys(MIGRATIONS[step].run for step in range(version, FORMAT_VERSION)):
            run(store, settings, report)
        if version != FORMAT_VERSION:
            _stamp(store, FORMAT_VERSION)
        return report
    finally:
        store.close()


def _stamp(store: Store, version: int) -> None:
    """Record `version`, keeping whatever else the meta graph holds."""
    meta = store.minter.meta_graph
    kept = [f"{row['s'].ntriples} {row['p'].ntriples} {row['o'].ntriples} .\n"
            for row in store.query(META_TRIPLES, {"meta": Term("uri", meta)}).rows
            if row["p"].value != f"{CSC}formatVersion"]
    store.replace_graphs({meta: "".join(kept) + f"<{store.minter.base}> <{CSC}formatVersion> "
                                                f'"{version}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'})


def stored_articles(store: Store) -> Iterator[tuple[str, Article]]:
    """(graph IRI, Article) for every article graph, rebuilt from what the graph stores."""
    for row in store.query(STORED_ARTICLES).rows:
        published = parse_date(row["published"].value) if "published" in row else None
        yield row["g"].value, Article(
            title=row["headline"].value, paragraphs=tuple(row["body"].value.split(PARAGRAPH_SEPARATOR)),
            source=row["source"].value, url=row["url"].value if "url" in row else None, published=published,
            publisher=row["publisher"].value if "publisher" in row else None,
            summary=row["abstract"].value if "abstract" in row else None)


def rederive_articles(store: Store, settings: Settings, report: MigrationReport) -> None:
    """Re-extract and re-map every stored article; reload the ontology and reference graphs."""
    from cscgraph import pipeline

    _reload_reference(store)
    version = pipeline.extractor_version()
    pipeline._init_worker(settings.base_iri, version, datetime.now(timezone.utc).replace(microsecond=0))
    entities = store.minter.entities_graph
    written: set[str] = set()
    for graph, article in list(stored_articles(store)):
        result = pipeline._map_article(article)
        if isinstance(result, ReadError):
            report.failed.append(f"{graph}: {result.reason}")  # type: ignore[union-attr]
            continue
        # An article whose id this version mints differently (format 4: the URL's query; 5: its host) moves to its
        # new graph, the old one dropped in the same transaction — unless an article moved earlier now lives there.
        moved = {graph: ""} if result.graph != graph and graph not in written else {}
        store.replace_graphs({**moved, result.graph: result.ntriples}, {entities: result.shared_ntriples})
        written.add(result.graph)
        report.rewritten += 1


def _reload_reference(store: Store) -> None:
    from cscgraph import pipeline
    minter = store.minter
    # Dropping the reference graph removes its digest marker, so sync_reference writes it afresh.
    store.replace_graphs({minter.reference_graph: "", minter.ontology_graph: ""})
    pipeline.sync_reference(store)


MIGRATIONS: dict[int, Migration] = {
    0: Migration("re-derive every article graph from its stored text; reload ontology and reference data",
                 rederive_articles),
    1: Migration("one selector node per evidence sentence, mentions without class: re-derive every article graph",
                 rederive_articles),
    2: Migration("mentions without text of their own: re-derive every article graph", rederive_articles),
    3: Migration("article ids keep the URL's identifying query: re-derive every article graph, moving those whose "
                 "id changed", rederive_articles),
    4: Migration("article ids keep the URL's host: re-derive every article graph, moving each to its new id",
                 rederive_articles),
}
"""Step from format N to N+1, by N. A new format version adds its step here (re-derivation is always safe)."""
