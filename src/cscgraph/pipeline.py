"""The only place the stages are composed: read → extract → map to RDF → store (+ search index).

Reading streams article by article; extraction and mapping run in worker processes (`Settings.workers`); the main
process writes each article's named graph in one transaction and its search rows right after. An article whose
content hash and extractor version are already stored is skipped, so re-running an ingest is a no-op.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from cscgraph import __version__
from cscgraph.errors import CscgraphError, ReadError
from cscgraph.extract import Gazetteer, extract_article
from cscgraph.extract.slugs import slugify
from cscgraph.extraction_rows import Names, extraction_rows
from cscgraph.graph.mapping import article_graph
from cscgraph.graph.namespaces import SCHEMA, Minter
from cscgraph.ingest import article_id, is_url, read_sources
from cscgraph.ingest.fetch import FetchMemory, Fetcher, FetchPolicy
from cscgraph.ingest.text import parse_date
from cscgraph.models import Article, Entity, EntityRef
from cscgraph.rdf import load_reference, validate
from cscgraph.resources import data_dir
from cscgraph.settings import Settings
from cscgraph.search import ArticleRows, SearchIndex, store_written
from cscgraph.store import EmbeddedStore, Store, StoreBuild, Term, turtle_to_ntriples

__all__ = ["IngestReport", "ingest", "is_first_load", "ingest_first_load", "extractor_version", "load_gazetteer",
           "sync_reference", "validate_store"]


@dataclass
class IngestReport:
    """What an ingest did, article by article."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    """Messages about an article seen twice in one run: which copy was kept and why."""
    failed: list[str] = field(default_factory=list)
    """One line per file or item that could not be read or stored: `source: item N: reason`."""
    first_failure: dict[str, str] = field(default_factory=dict)
    """For each source (file, URL) with a failure, the first failure's line."""
    not_modified: list[str] = field(default_factory=list)
    """URLs that answered 304 Not Modified: nothing read from them."""
    by_source: dict[str, Counter[str]] = field(default_factory=dict)
    """Per file or URL read: how many of its articles were new, updated, unchanged or failed."""

    @property
    def failed_sources(self) -> set[str]:
        return set(self.first_failure)

    def fail(self, line: str, source: str) -> None:
        self.failed.append(line)
        self.first_failure.setdefault(source, line)
        self.tally(source, "failed")

    def tally(self, source: str, status: str) -> None:
        self.by_source.setdefault(source, Counter())[status] += 1

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        not_modified = f", {len(self.not_modified)} URL(s) not modified" if self.not_modified else ""
        return (f"{len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
                f"{len(self.failed)} failed{not_modified}")


def _digest(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


@functools.cache
def extractor_version() -> str:
    """The package version plus a digest of the extraction code and reference data that produced a graph.

    Stored with every article, so that changing either re-extracts articles on the next ingest.
    """
    extract_dir = Path(__file__).parent / "extract"
    sources = [*extract_dir.rglob("*.py"), *extract_dir.glob("models/*.json"),
               Path(__file__).parent / "graph" / "mapping.py", *data_dir("ontology").glob("reference/*.ttl")]
    return f"{__version__}+{_digest(sources)}"


def load_gazetteer() -> Gazetteer:
    """The curated names every extraction matches against."""
    return Gazetteer(load_reference(data_dir("ontology") / "reference"))


def _reference_files() -> list[Path]:
    """The ontology, then the reference data files."""
    ontology = data_dir("ontology")
    return [ontology / "cscgraph.ttl", *sorted((ontology / "reference").glob("*.ttl"))]


def _reference_graphs(minter: Minter) -> dict[str, str]:
    """The ontology and reference data graphs' N-Triples."""
    files = _reference_files()
    return {minter.ontology_graph: turtle_to_ntriples(files[:1]), minter.reference_graph: turtle_to_ntriples(files[1:])}


def sync_reference(store: Store) -> bool:
    """Write the ontology and reference data graphs if they changed; True when something was written."""
    digest = _digest(_reference_files())
    minter = store.minter
    marker = f"<{minter.base}> <https://w3id.org/cscgraph/ontology#referenceDigest> \"{digest}\" .\n"
    current = store.query("ASK { GRAPH ?g { ?s <https://w3id.org/cscgraph/ontology#referenceDigest> ?digest } }",
                          {"digest": Term("literal", digest)})
    if current.boolean:
        return False
    graphs = _reference_graphs(minter)
    graphs[minter.reference_graph] += marker
    store.replace_graphs(graphs)
    return True


# --- worker side -------------------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _init_worker(base_iri: str, version: str, ingested_at: datetime) -> None:
    minter = Minter(base_iri)
    _WORKER.update(gazetteer=load_gazetteer(), minter=minter, version=version, at=ingested_at,
                   names=Names(_reference_graphs(minter).values()))


def _start_worker(parent: int) -> None:
    """A worker process's initializer: a watch that ends the worker once the ingest that started it has gone
    (killed outright), since a worker waiting on its task queue would wait forever; and SIGTERM's default action
    back, since the pool ends its workers by SIGTERM and the fork copied `cscgraph ingest`'s handler of it. The
    worker's state is the parent's `_init_worker`, inherited by the fork."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _publisher(article: Article, gazetteer: Gazetteer) -> Entity | None:
    """The publishing body: its curated record where reference data has it, else a body named as given."""
    if not article.publisher:
        return None
    known = gazetteer.lookup(article.publisher)
    if known is not None and known.ref.kind == "organisation":
        return Entity(known.ref, known.label, reference=True)
    return Entity(EntityRef("organisation", slugify(article.publisher)), article.publisher)


@dataclass(frozen=True)
class MappedArticle:
    """What a worker sends back for one article: its graph's N-Triples as one string (one string pickles far
    faster than a tuple of hundreds of lines), the lines it adds to the shared entities graph, and the rows the
    index beside the store keeps for it (so the writer never reads the article back from the store)."""

    graph: str
    article_id: str
    ntriples: str
    shared: str
    source: str
    rows: ArticleRows

    @property
    def shared_ntriples(self) -> str:
        return self.shared


def _map_article(article: Article) -> MappedArticle | ReadError:
    """Extract and map one article in a worker; any failure becomes a ReadError naming the article."""
    try:
        extraction = extract_article(article, _WORKER["gazetteer"])  # type: ignore[arg-type]
        publisher = _publisher(article, _WORKER["gazetteer"])  # type: ignore[arg-type]
        minter: Minter = _WORKER["minter"]  # type: ignore[assignment]
        mapped = article_graph(extraction, minter, _WORKER["at"], _WORKER["version"],  # type: ignore[arg-type]
                               publisher=publisher)
        # The rows the store would give for the article's graph, its entities' descriptions and the reference
        # data (names other articles gave its entities aside), built from the extraction, not read back.
        rows = extraction_rows(extraction, mapped, minter, _WORKER["names"], publisher)  # type: ignore[arg-type]
        return MappedArticle(mapped.graph, mapped.article_id, mapped.ntriples, mapped.shared_ntriples,
                             article.source, rows)
    except Exception as exc:  # noqa: BLE001 - one bad article must never lose the others
        return ReadError(article.source, f"extraction failed: {type(exc).__name__}: {exc}", article.item)


# --- main side ---------------------------------------------------------------------------------------------

Progress = Callable[[str, str], None]
"""Called with (status, article id or failure line) after each article: new/updated/unchanged/failed."""

WRITE_BATCH_ARTICLES = 32
"""Articles written per store transaction. Each article's DROP/INSERT pair is inside one atomic update, so a
reader sees an article wholly old or wholly new (and a batch wholly old or new); fewer, larger updates save the
per-transaction and per-query overhead of the store and the search index."""
WRITE_BATCH_BYTES = 8_000_000
"""…or fewer, when their N-Triples add up to this many bytes (bounds the memory one batch holds)."""


def ingest(store: Store, settings: Settings, paths: Iterable[str | Path], progress: Progress | None = None,
           search: SearchIndex | None = None, follow_links: bool = False) -> IngestReport:
    """Read every article under `paths` (files, folders, http(s) URLs of feeds and pages) and store what is new
    or changed; return what happened to each.

    Articles stream through: read, choose one copy per article id, skip unchanged, extract and map in worker
    processes, write in batches of atomic per-article replacements, index for search. Memory holds one batch and
    a small record per article id seen, never the corpus.
    """
    report = IngestReport()
    notify = progress or (lambda status, what: None)
    version = extractor_version()
    sync_reference(store)
    stored = store.article_fingerprints()  # read once: a scan of every article's, 1.5 s of CPU at 18,000 articles
    if search is not None:  # in step before the first batch, so each batch keeps it in step (`in_step_at`)
        search.sync(store, stored)
    minter = store.minter
    written: set[str] = set()
    paths = list(paths)
    urls = [str(p) for p in paths if is_url(p)]
    fetcher = _fetcher(settings, store) if urls else None
    chosen = _choose_copies(read_sources(paths, fetcher, follow_links), report, notify, store, stored)
    todo = _changed(chosen, stored, minter, version, report, notify)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for batch in _batches(_mapped(todo, settings, version, now), report, notify):
        for result, error in _write_batch(store, search, batch):
            if error is not None:
                report.fail(f"{result.article_id}: {error}", result.source)
                notify("failed", f"{result.article_id}: {error}")
                continue
            if result.graph in written:  # a newer copy read later in this run replaced this article's graph
                continue
            written.add(result.graph)
            status = "updated" if result.graph in stored else "new"
            (report.updated if status == "updated" else report.new).append(result.article_id)
            report.tally(result.source, status)
            notify(status, result.article_id)
    if fetcher is not None:
        fetcher.remember(url for url in urls if url not in report.failed_sources)
        report.not_modified = list(fetcher.not_modified)
        fetcher.close()
    return report


def is_first_load(store: Store) -> bool:
    """Whether an ingest into `store` may take the bulk path (`ingest_first_load`): an embedded store holding no
    article yet."""
    return isinstance(store, EmbeddedStore) and not store.holds_articles()


def ingest_first_load(store: EmbeddedStore, settings: Settings, paths: Iterable[str | Path], search_file: Path,
                      progress: Progress | None = None, follow_links: bool = False) -> IngestReport:
    """`ingest` into a store that holds no article yet, by Oxigraph's bulk loader: the same articles, reference data
    and search index (at `search_file`) as `ingest` gives, built beside the store and put in its place when
    complete (`cscgraph.store.StoreBuild`). Until then readers see the store as it was; a crash leaves it so."""
    build = StoreBuild(store)
    try:
        index = SearchIndex(build.companion(".search.sqlite"), building=True)
        try:
            report = ingest(build.store, settings, paths, progress, index, follow_links)
        finally:
            index.close()
        build.swap_in({build.companion(".search.sqlite"): search_file})
    except BaseException:
        build.abandon()
        raise
    return report


def _fetcher(settings: Settings, store: Store) -> Fetcher:
    """A fetcher for this run; its conditional-request memory is kept beside the store."""
    memory = FetchMemory(settings.fetch_memory or settings.companion_path(".fetch.sqlite"))
    policy = FetchPolicy(delay=settings.fetch_delay, timeout=settings.fetch_timeout, max_bytes=settings.fetch_max_bytes)
    return Fetcher(policy, memory, holds_articles_from=functools.partial(_holds_articles_from, store))


def _holds_articles_from(store: Store, source: str) -> bool:
    """True when the store holds an article read from `source` (validators of a URL it lacks are not used)."""
    answer = store.query("ASK { ?article <http://purl.org/dc/terms/source> ?source }",
                         {"source": Term("literal", source)})
    return bool(answer.boolean)


def _batches(results: Iterator[MappedArticle | ReadError], report: IngestReport,
             notify: Progress) -> Iterator[list[MappedArticle]]:
    """Mapped articles in write batches (by count and size); extraction failures are reported on the way."""
    batch: list[MappedArticle] = []
    size = 0
    for result in results:
        if isinstance(result, ReadError):
            report.fail(str(result), result.source)
            notify("failed", str(result))
            continue
        batch.append(result)
        size += len(result.ntriples)
        if len(batch) >= WRITE_BATCH_ARTICLES or size >= WRITE_BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _write_batch(store: Store, search: SearchIndex | None,
                 batch: list[MappedArticle]) -> list[tuple[MappedArticle, CscgraphError | None]]:
    """Write a batch in one transaction (the last copy of a graph wins); if that fails, article by article, so
    one bad article fails alone. Then index the written articles for search."""
    graphs = {result.graph: result.ntriples for result in batch}
    written_before = store_written(store)
    # Each entity description once per batch (literals escape newlines, so a newline ends a triple).
    lines = dict.fromkeys(line for r in batch for line in r.shared.split("\n") if line)
    shared = {store.minter.entities_graph: "".join(f"{line}\n" for line in lines)}
    try:
        store.replace_graphs(graphs, shared)
        outcome: list[tuple[MappedArticle, CscgraphError | None]] = [(result, None) for result in batch]
    except CscgraphError:
        outcome = []
        for result in batch:
            try:
                store.replace_graphs({result.graph: result.ntriples}, {store.minter.entities_graph: result.shared})
                outcome.append((result, None))
            except CscgraphError as exc:
                outcome.append((result, exc))
    if search is not None:
        ok = list(dict.fromkeys(result.graph for result, error in outcome if error is None))
        try:
            rows = {result.graph: result.rows for result, error in outcome if error is None}  # the last copy wins
            search.sync_articles(store, ok, rows, in_step_at=written_before)
        except CscgraphError as exc:
            return [(result, error or exc) for result, error in outcome]
    return outcome


def _choose_copies(items: Iterator[Article | ReadError], report: IngestReport, notify: Progress,
                   store: Store | None = None, stored: Mapping[str, tuple[str, str]] | None = None
                   ) -> Iterator[Article]:
    """Articles, one copy per article id: a later-published copy with other text replaces an earlier one.

    Streams: a copy is passed on as soon as it is read, and a newer copy read later is passed on too (its graph
    replaces the earlier one's, which the caller counts once). Only a copy that differs from the stored article
    *and* is older than it is held back until the end, in case the stored text's own copy comes later in the
    run (then re-ingesting the same files stays a no-op); held-back copies are few, so memory stays flat.
    """
    seen: dict[str, tuple[str, datetime | None, str]] = {}
    held: dict[str, Article] = {}
    stored_dates = _StoredDates(store, stored or {})
    for item in items:
        if isinstance(item, ReadError):
            report.fail(str(item), item.source)
            notify("failed", str(item))
            continue
        aid = article_id(item)
        previous = seen.get(aid)
        if previous is None:
            seen[aid] = (item.content_hash, item.published, _where(item))
            if stored_dates.older_than_stored(aid, item):
                held[aid] = item
            else:
                yield item
            continue
        if previous[0] == item.content_hash:
            report.duplicates.append(f"{aid}: same article in {previous[2]} and {_where(item)}; stored once")
            continue
        if _date(item.published) >= _date(previous[1]):
            report.duplicates.append(f"{aid}: {_where(item)} has newer text than {previous[2]}; newer kept")
            seen[aid] = (item.content_hash, item.published, _where(item))
            held.pop(aid, None)
            if stored_dates.older_than_stored(aid, item):
                held[aid] = item
            else:
                yield item
        else:
            report.duplicates.append(f"{aid}: {previous[2]} has newer text than {_where(item)}; newer kept")
    yield from held.values()


class _StoredDates:
    """Whether a copy read now differs from the stored article and is not newer than it. The stored publication date
    is looked up only for copies whose text differs from the stored one, which are rare."""

    def __init__(self, store: Store | None, stored: Mapping[str, tuple[str, str]]) -> None:
        self.store, self.stored = store, stored

    def older_than_stored(self, aid: str, article: Article) -> bool:
        if self.store is None or article.published is None:
            return False
        fingerprint = self.stored.get(self.store.minter.article_graph(aid))
        if fingerprint is None or fingerprint[0] == article.content_hash:
            return False
        answer = self.store.query(f"SELECT ?article ?published WHERE {{ ?article <{SCHEMA}datePublished> ?published }}",
                                  {"article": Term("uri", self.store.minter.article(aid))})
        dates = [d for row in answer.rows if (d := parse_date(row["published"].value)) is not None]
        return bool(dates) and article.published <= max(dates)  # equal dates: the later copy read wins


def _date(value: datetime | None) -> datetime:
    return value or datetime.min.replace(tzinfo=timezone.utc)


def _where(article: Article) -> str:
    return f"{article.source} item {article.item}" if article.item is not None else article.source


def _changed(articles: Iterable[Article], stored: dict[str, tuple[str, str]], minter: Minter, version: str,
             report: IngestReport, notify: Progress) -> Iterator[Article]:
    for article in articles:
        aid = article_id(article)
        if stored.get(minter.article_graph(aid)) == (article.content_hash, version):
            report.unchanged.append(aid)
            report.tally(article.source, "unchanged")
            notify("unchanged", aid)
            continue
        yield article


MAP_WINDOW = 128
"""Most articles read but not yet written: reading and extraction wait when this many are in flight, so a slow
store never lets mapped articles pile up in memory."""


def _mapped(articles: Iterator[Article], settings: Settings, version: str,
            now: datetime) -> Iterator[MappedArticle | ReadError]:
    """Map articles to graphs, in worker processes when more than one worker is configured, in read order.

    A worker that cannot start or dies (killed, out of memory) ends the run with an error naming the article it
    held; the articles written before it stay written."""
    # Made once here, before the fork, the workers' state is each worker's without each building it again
    # (0.17 s of CPU a worker: the gazetteer, the reference data's names).
    _init_worker(settings.base_iri, version, now)
    if settings.workers <= 1:
        yield from map(_map_article, articles)
        return
    context = multiprocessing.get_context("fork")
    in_flight: deque[tuple[Article, Future[MappedArticle | ReadError]]] = deque()
    with ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_start_worker,
                             initargs=(os.getpid(),)) as pool:
        try:
            for article in articles:
                try:
                    future = pool.submit(_map_article, article)
                except BrokenProcessPool as exc:  # the pool broke before this article could be handed over
                    raise _stopped(in_flight[0][0] if in_flight else article, exc) from None
                in_flight.append((article, future))
                if len(in_flight) >= MAP_WINDOW:
                    yield _outcome(*in_flight.popleft())
            while in_flight:
                yield _outcome(*in_flight.popleft())
        finally:
            for _, future in in_flight:
                future.cancel()


def _outcome(article: Article, future: Future[MappedArticle | ReadError]) -> MappedArticle | ReadError:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise _stopped(article, exc) from None


def _stopped(article: Article, exc: BrokenProcessPool) -> CscgraphError:
    return CscgraphError(f"ingest: the extraction workers stopped while mapping {_where(article)} "
                         f"({exc}); articles written before it are kept, re-run to continue")


def validate_store(store: Store) -> list[str]:
    """SHACL violations of the whole graph (empty when it conforms)."""
    return validate(store.export("nquads"), "nquads", data_dir("ontology") / "shapes.ttl",
                    data_dir("ontology") / "cscgraph.ttl")
