"""The search index beside the store: an article written again has its search rows replaced, and replacing them
reads the article's rows, not the whole index."""

from __future__ import annotations

from pathlib import Path

from cscgraph.graph.namespaces import CSC, Minter
from cscgraph.search import ArticleRows, SearchIndex
from cscgraph.settings import BASE_IRI
from cscgraph.store import EmbeddedStore

MINTER = Minter(BASE_IRI)


def _rows(words: str, docs: int = 3) -> ArticleRows:
    return ArticleRows([(f"{BASE_IRI}quote/{words}-{n}", "quote", "A speaker", f"{words} number {n}")
                        for n in range(docs)], [], {}, [], 1)


def _docs(index: SearchIndex, graph: str) -> list[tuple[str, str]]:
    return sorted(index._db.execute("SELECT iri, text FROM docs WHERE graph = ?", (index.graph_id(graph, add=False),)))


def _index_articles(folder: Path, articles: int) -> tuple[EmbeddedStore, SearchIndex, list[str]]:
    """A store holding `articles` article graphs (a fingerprint each) and an index of three search rows each."""
    store = EmbeddedStore(folder / "store", MINTER)
    graphs = [MINTER.article_graph(f"article-{n}") for n in range(articles)]
    store.replace_graphs({graph: f'<{graph}> <{CSC}contentHash> "hash-{n}" .\n' for n, graph in enumerate(graphs)})
    index = SearchIndex(folder / "index.sqlite")
    index.sync_articles(store, graphs, {graph: _rows(f"words of {n}") for n, graph in enumerate(graphs)})
    return store, index, graphs


def _steps_to_replace(folder: Path, articles: int) -> int:
    """SQLite virtual-machine steps (in hundreds) that writing the first of `articles` indexed articles again takes."""
    store, index, graphs = _index_articles(folder, articles)
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0
    try:
        index._db.set_progress_handler(count, 100)
        index.sync_articles(store, graphs[:1], {graphs[0]: _rows("new words")})
        index._db.set_progress_handler(None, 0)
        assert _docs(index, graphs[0]) == [(f"{BASE_IRI}quote/new words-{n}", f"new words number {n}")
                                           for n in range(3)]
        assert _docs(index, graphs[1]) == [(f"{BASE_IRI}quote/words of 1-{n}", f"words of 1 number {n}")
                                           for n in range(3)]
    finally:
        index.close()
        store.close()
    return steps[0]


def test_writing_an_article_again_does_not_read_the_whole_search_table(tmp_path: Path) -> None:
    """`graph` is an UNINDEXED column of the FTS table, so deleting an article's rows by it read every row: 190 ms an
    article written again at 18,000 articles. Its rows are deleted by the rowids recorded for it instead."""
    few, many = _steps_to_replace(tmp_path / "few", 10), _steps_to_replace(tmp_path / "many", 400)
    assert many <= few + 10, (few, many)  # 3 and 1 (hundred steps); reading the whole table, 7 and 157


def test_search_rows_written_before_their_rowids_were_recorded_are_still_replaced(tmp_path: Path) -> None:
    store, index, graphs = _index_articles(tmp_path, 3)
    try:
        with index._db:
            index._db.execute("DELETE FROM docs_rows")  # as an index file written before docs_rows was kept
        index.sync_articles(store, graphs[1:2], {graphs[1]: _rows("new words", docs=2)})
        assert [text for _, text in _docs(index, graphs[1])] == ["new words number 0", "new words number 1"]
        assert len(_docs(index, graphs[0])) == len(_docs(index, graphs[2])) == 3
        index.sync_articles(store, graphs[1:2], {graphs[1]: _rows("newer words", docs=1)})
        assert [text for _, text in _docs(index, graphs[1])] == ["newer words number 0"]
        assert [hit.iri for hit in index.search("newer")] == [f"{BASE_IRI}quote/newer words-0"]
    finally:
        index.close()
        store.close()
