"""The ingest pipeline's write path: streaming, the duplicates rule, idempotence, batches and atomic replacement."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest

from cscgraph import pipeline
from cscgraph.errors import CscgraphError, ReadError, StoreError
from cscgraph.graph.namespaces import SCHEMA, Minter
from cscgraph.models import Article
from cscgraph.pipeline import IngestReport, _choose_copies, ingest
from cscgraph.readmodel import TABLES
import cscgraph.search as search_module
from cscgraph import totals
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore
from tests.conftest import indexed_graphs

PER_ARTICLE = len(search_module._ARTICLE_ROWS) + 3 + len(TABLES)
"""Store queries indexing one article reads: its search rows, its claims, its roles' names, its size and each
read-model table's."""

URL = "https://www.example.org/2024/05/01/council-opens-family-hubs/"


def _article_file(folder: Path, name: str, body: str, published: str, url: str = URL) -> Path:
    path = folder / name
    path.write_text(f"Title: Council opens family hubs\nURL: {url}\nPublished: {published}\n"
                    f"Publisher: Example News\n\n{body}\n", encoding="utf-8")
    return path


def _settings(tmp_path: Path, workers: int = 1) -> Settings:
    return Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "search.sqlite"), workers=workers)


@contextmanager
def _opened(settings: Settings) -> Iterator[EmbeddedStore]:
    """The embedded store `settings` names, closed afterwards."""
    store = EmbeddedStore(Path(settings.store), Minter(settings.base_iri))
    try:
        yield store
    finally:
        store.close()


def _headline_bodies(store: EmbeddedStore) -> list[str]:
    answer = store.query(f"SELECT ?body WHERE {{ ?a a <{SCHEMA}NewsArticle> ; <{SCHEMA}articleBody> ?body }}")
    return sorted(row["body"].value for row in answer.rows)


def test_choose_copies_passes_each_article_on_before_reading_the_next() -> None:
    read: list[int] = []

    def items() -> Iterator[Article | ReadError]:
        for n in range(3):
            read.append(n)
            yield Article(title=f"t{n}", paragraphs=(f"body {n}",), source="x", url=f"https://e.org/{n}/")

    chosen = _choose_copies(items(), IngestReport(), lambda status, what: None)
    assert next(chosen).title == "t0"
    assert read == [0]  # streamed: nothing was read ahead (the old code held every article until the end)


def test_later_newer_copy_replaces_the_earlier_and_the_report_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _article_file(corpus, "a.txt", "The council opened three family hubs.", "2024-05-01")
    _article_file(corpus, "b.txt", "The council opened four family hubs, it said on Friday.", "2024-05-03")
    settings = _settings(tmp_path)
    with _opened(settings) as store:
        report = ingest(store, settings, [corpus])
        assert report.summary().startswith("1 new, 0 updated, 0 unchanged, 0 failed")
        assert len(report.duplicates) == 1 and "newer kept" in report.duplicates[0]
        assert "b.txt" in report.duplicates[0].split(" has newer text")[0]
        assert _headline_bodies(store) == ["The council opened four family hubs, it said on Friday."]
        again = ingest(store, settings, [corpus])  # the older copy is read first again: still a no-op
        assert (again.new, again.updated, len(again.unchanged)) == ([], [], 1)
        assert _headline_bodies(store) == ["The council opened four family hubs, it said on Friday."]


def test_an_older_copy_read_later_is_ignored(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _article_file(corpus, "a.txt", "The council opened four family hubs.", "2024-05-03")
    _article_file(corpus, "b.txt", "The council opened three family hubs.", "2024-05-01")
    settings = _settings(tmp_path)
    with _opened(settings) as store:
        report = ingest(store, settings, [corpus])
        assert len(report.new) == 1
        assert _headline_bodies(store) == ["The council opened four family hubs."]


def test_an_older_copy_alone_still_replaces_the_stored_one(tmp_path: Path) -> None:
    # Held back in case the stored text's own copy comes later, then written: the same rule as before streaming.
    newer, older = tmp_path / "newer", tmp_path / "older"
    newer.mkdir()
    older.mkdir()
    _article_file(newer, "a.txt", "The council opened four family hubs.", "2024-05-03")
    _article_file(older, "b.txt", "The council opened three family hubs.", "2024-05-01")
    settings = _settings(tmp_path)
    with _opened(settings) as store:
        ingest(store, settings, [newer])
        report = ingest(store, settings, [older])
        assert len(report.updated) == 1
        assert _headline_bodies(store) == ["The council opened three family hubs."]


def test_many_articles_in_batches_with_two_workers_are_each_stored_and_indexed_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(70):  # more than two write batches
        _article_file(corpus, f"{n:03d}.txt", f"Council number {n} opened family hubs in its area.", "2024-05-01",
                      url=f"https://www.example.org/news/{n}/")
    settings = _settings(tmp_path, workers=2)
    with _opened(settings) as store:
        index = SearchIndex(Path(settings.search_index))
        try:
            report = ingest(store, settings, [corpus], search=index)
            assert len(report.new) == 70 and not report.failed
            assert len(store.article_fingerprints()) == 70
            assert len(indexed_graphs(index)) == 70
            assert [hit.kind for hit in index.search("Council number 42")][:1] == ["article"]
            again = ingest(store, settings, [corpus], search=index)
            assert (len(again.new), len(again.updated), len(again.unchanged)) == (0, 0, 70)
        finally:
            index.close()


def test_a_batch_that_fails_is_retried_article_by_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(5):
        _article_file(corpus, f"{n}.txt", f"Hub {n} opened.", "2024-05-01", url=f"https://www.example.org/n/{n}/")
    settings = _settings(tmp_path)
    with _opened(settings) as store:
        real = store.replace_graphs

        def refuse_article_3(graphs, additions=None):  # noqa: ANN001, ANN202
            if any(g.endswith("/example-org--n-3") for g in graphs):
                raise StoreError("disk full")
            real(graphs, additions)

        monkeypatch.setattr(store, "replace_graphs", refuse_article_3)
        report = ingest(store, settings, [corpus])
        stored = [f"example-org--n-{n}" for n in (0, 1, 2, 4)]
        assert sorted(report.new) == stored
        assert report.failed == ["example-org--n-3: disk full"]
        assert sorted(g.rsplit("/", 1)[1] for g in store.article_fingerprints()) == stored


def test_reingesting_two_same_date_copies_with_different_text_is_a_no_op(tmp_path: Path) -> None:
    # Two feeds can carry one article with the same date but differently cleaned text; the copy read last wins,
    # and reading both again must not rewrite the article twice.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _article_file(corpus, "a.txt", "The council opened three family hubs.", "2024-05-01")
    _article_file(corpus, "b.txt", "The council opened three family hubs on Friday.", "2024-05-01")
    settings = _settings(tmp_path)
    with _opened(settings) as store:
        ingest(store, settings, [corpus])
        assert _headline_bodies(store) == ["The council opened three family hubs on Friday."]
        again = ingest(store, settings, [corpus])
        assert (again.new, again.updated, len(again.unchanged)) == ([], [], 1)


def test_two_publishers_articles_on_the_same_path_are_both_kept(tmp_path: Path) -> None:
    # A council's and a charity's `/news/budget-2025` were one id, so the second ingest replaced the first.
    council, charity = tmp_path / "council", tmp_path / "charity"
    council.mkdir(), charity.mkdir()
    _article_file(council, "a.txt", "The council set aside money for family hubs.", "2024-05-01",
                  url="https://www.a-council.gov.uk/news/budget-2025")
    _article_file(charity, "b.txt", "The charity warned that kinship carers were left out.", "2024-05-02",
                  url="https://www.b-charity.org.uk/news/budget-2025")
    settings = _settings(tmp_path)
    with _opened(settings) as store:
        index = SearchIndex(Path(settings.search_index))
        try:
            first = ingest(store, settings, [council], search=index)
            second = ingest(store, settings, [charity], search=index)
            assert (first.new, second.new, second.updated) == (["a-council-gov-uk--news-budget-2025"],
                                                               ["b-charity-org-uk--news-budget-2025"], [])
            assert _headline_bodies(store) == ["The charity warned that kinship carers were left out.",
                                               "The council set aside money for family hubs."]
            assert {hit.graph.rsplit("/", 1)[1] for hit in index.search("kinship")} == {
                "b-charity-org-uk--news-budget-2025"}
            assert {hit.graph.rsplit("/", 1)[1] for hit in index.search("money")} == {
                "a-council-gov-uk--news-budget-2025"}
        finally:
            index.close()


LINEAGE_SENTENCE = ("Ministers followed their Stable Homes, Built on Love strategy, which was itself based on the "
                    "recommendations of the Independent Review of Children's Social Care.")


def test_the_lineage_claims_kept_beside_the_store_follow_each_article(tmp_path: Path) -> None:
    """An article's claims are indexed with it, replaced when it changes, and an index file of the layout before
    claims were kept is emptied and rebuilt by the next sync."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    settings = _settings(tmp_path)
    with _opened(settings) as store:
        index = SearchIndex(Path(settings.search_index))
        try:
            _article_file(corpus, "a.txt", LINEAGE_SENTENCE, "2024-05-01")
            ingest(store, settings, [corpus], search=index)
            edges = index.lineage_edges()
            assert [(e["from"].rsplit("/", 1)[1], e["to"].rsplit("/", 1)[1], e["articles"], e["published"])
                    for e in edges] == [("stable-homes-built-on-love", "independent-review-of-childrens-social-care",
                                         "1", "2024-05-01T00:00:00Z")]
            _article_file(corpus, "a.txt", "The council opened three family hubs.", "2024-05-02")
            ingest(store, settings, [corpus], search=index)
            assert index.lineage_edges() == []
            _article_file(corpus, "a.txt", LINEAGE_SENTENCE, "2024-05-03")
            ingest(store, settings, [corpus], search=index)
            index._db.execute("PRAGMA user_version = 0")  # as an index file written before claims were kept
        finally:
            index.close()
        index = SearchIndex(Path(settings.search_index))
        try:
            assert (index.lineage_edges(), indexed_graphs(index)) == ([], {})
            assert index.sync(store) == 1
            assert [e["published"] for e in index.lineage_edges()] == ["2024-05-03T00:00:00Z"]
        finally:
            index.close()


def _kept_and_counted(index: SearchIndex, table: totals.Totals = totals.EDGES) -> tuple[list[tuple], list[tuple]]:
    """The totals the index keeps, and the same counted from their rows (the other totals table held to its count
    too)."""
    for other in totals.TOTALS:
        keys = ", ".join(other.columns)
        got = index._db.execute(f"SELECT * FROM {other.name} ORDER BY {keys}").fetchall()
        want = sorted(index._db.execute(other.counting()).fetchall())
        if other != table:
            assert got == want, other.name
        else:
            kept, counted = got, want
    return kept, counted


def test_the_edges_totals_are_kept_as_the_claims_count_them_through_every_write(tmp_path: Path) -> None:
    """Two articles stating one edge on different days, one of them changed, then deleted, then a file written
    before the totals were kept, then a rebuild: the totals (claims, articles, sentences, earliest date) always
    equal the count over the claims left, and `lineage_edges` reads them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    settings = _settings(tmp_path)
    other = "https://www.example.org/2024/06/01/second-story/"
    with _opened(settings) as store:
        index = SearchIndex(Path(settings.search_index))
        try:
            _article_file(corpus, "a.txt", LINEAGE_SENTENCE, "2024-05-01")
            _article_file(corpus, "b.txt", LINEAGE_SENTENCE + " " + LINEAGE_SENTENCE.replace("Ministers", "Officials"),
                          "2024-06-01", url=other)
            ingest(store, settings, [corpus], search=index)
            kept, counted = _kept_and_counted(index)
            assert kept == counted and [row[3:] for row in kept] == [(3, 2, 3, "2024-05-01T00:00:00Z")]
            _article_file(corpus, "a.txt", LINEAGE_SENTENCE, "2024-07-01")  # the earliest date moves on
            ingest(store, settings, [corpus], search=index)
            kept, counted = _kept_and_counted(index)
            assert kept == counted and [row[3:] for row in kept] == [(3, 2, 3, "2024-06-01T00:00:00Z")]
            store.replace_graphs({g: "" for g in indexed_graphs(index) if "second-story" in g})  # dropped
            assert index.sync(store) == 1
            kept, counted = _kept_and_counted(index)
            assert kept == counted and [row[3:] for row in kept] == [(1, 1, 1, "2024-07-01T00:00:00Z")]
            assert [(e["claims"], e["articles"]) for e in index.lineage_edges()] == [("1", "1")]
            for table in totals.TOTALS:  # as a file of this layout written before they were kept
                index._db.execute(f"DROP TABLE {table.name}")
        finally:
            index.close()
        index = SearchIndex(Path(settings.search_index))
        try:
            kept, counted = _kept_and_counted(index)
            assert kept == counted and kept
            index.rebuild(store)
            assert _kept_and_counted(index) == (kept, counted)
        finally:
            index.close()


def test_a_rebuild_is_written_chunk_by_chunk_and_resumes_after_a_failure(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(5):
        _article_file(corpus, f"{n}.txt", f"Hub {n} opened.", "2024-05-01", url=f"https://www.example.org/n/{n}/")
    settings = _settings(tmp_path)
    monkeypatch.setattr(search_module, "SYNC_CHUNK", 2)
    with _opened(settings) as store:
        ingest(store, settings, [corpus])  # no index yet: the next sync builds it
        index = SearchIndex(Path(settings.search_index))
        try:
            real, calls = store.query, []

            def failing_in_the_second_chunk(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
                calls.append(1)
                if len(calls) > 1 + 2 * PER_ARTICLE:  # the fingerprints, then two articles' queries
                    raise StoreError("connection lost")
                return real(*args, **kwargs)

            monkeypatch.setattr(store, "query", failing_in_the_second_chunk)
            with pytest.raises(StoreError):
                index.sync(store)
            assert len(indexed_graphs(index)) == 2  # the first chunk stayed
            monkeypatch.setattr(store, "query", real)
            assert index.sync(store) == 3
            assert len(indexed_graphs(index)) == 5
        finally:
            index.close()


def _two_worker_corpus(tmp_path: Path) -> tuple[Path, Settings]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(6):
        _article_file(corpus, f"{n}.txt", f"Hub {n} opened.", "2024-05-01", url=f"https://www.example.org/w/{n}/")
    return corpus, _settings(tmp_path, workers=2)


def test_ingest_stops_with_an_error_when_the_workers_cannot_start(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, settings = _two_worker_corpus(tmp_path)

    def broken_start(*args: object) -> None:
        raise OSError("reference data unreadable")

    monkeypatch.setattr(pipeline, "_start_worker", broken_start)
    with _opened(settings) as store:
        with pytest.raises(CscgraphError, match="extraction workers stopped"):
            ingest(store, settings, [corpus])
        assert store.article_fingerprints() == {}


def test_a_pool_broken_before_an_article_is_handed_over_stops_ingest_with_the_same_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker that fails to start can break the pool before the next submit, not only while a result is awaited.
    corpus, settings = _two_worker_corpus(tmp_path)

    def broken_submit(*args: object, **kwargs: object) -> None:
        raise BrokenProcessPool("a child process terminated abruptly")

    monkeypatch.setattr(pipeline.ProcessPoolExecutor, "submit", broken_submit)
    with _opened(settings) as store:
        with pytest.raises(CscgraphError, match="extraction workers stopped while mapping .*0.txt"):
            ingest(store, settings, [corpus])
        assert store.article_fingerprints() == {}


def test_ingest_stops_with_an_error_when_a_worker_process_dies(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, settings = _two_worker_corpus(tmp_path)

    def killed(*args: object) -> None:
        os._exit(9)  # as the kernel's out-of-memory killer would end it

    monkeypatch.setattr(pipeline, "extract_article", killed)
    with _opened(settings) as store:
        with pytest.raises(CscgraphError, match="extraction workers stopped"):
            ingest(store, settings, [corpus])


def test_an_ingest_reads_the_stored_articles_fingerprints_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    """Reading them scans every stored article (1.5 s of CPU at 18,000 articles); the search index's sync at the
    start of an ingest read them a second time."""
    settings = _settings(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _article_file(corpus, "a.txt", "The council opened three family hubs.", "2024-05-01")
    with _opened(settings) as store:
        reads = []
        real = store.article_fingerprints
        monkeypatch.setattr(store, "article_fingerprints", lambda: reads.append(1) or real())
        index = SearchIndex(Path(settings.search_index))
        try:
            assert len(ingest(store, settings, [corpus], search=index).new) == 1
            assert len(reads) == 1
            _article_file(corpus, "a.txt", "The council opened four family hubs.", "2024-05-02")
            assert len(ingest(store, settings, [corpus], search=index).updated) == 1
            assert len(reads) == 2
            assert index.in_step_at() == search_module.store_written(store)
        finally:
            index.close()
