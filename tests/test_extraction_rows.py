"""The rows an ingest worker builds from an article's extraction (`extraction_rows`) are the rows the store gives
for that article by SPARQL (`search.article_index_rows`, what `sync` and `rebuild-read-model` read): every table,
the search documents, the lineage claims, the role names, the quad count, and the shared tables' rows of what the
articles add to the entities graph; on the bundled corpus, the evaluation articles and a generated set, each
article written as a worker maps it into a real store on disk."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from cscgraph import pipeline, readmodel
from cscgraph.errors import ReadError
from cscgraph.graph.terms import literal, stored_value
from cscgraph.ingest import read_paths
from cscgraph.search import ArticleRows, article_index_rows
from cscgraph.settings import Settings
from cscgraph.store import open_store
from tests.conftest import generate_corpus

REPO = Path(__file__).resolve().parent.parent
GENERATED_ARTICLES = 150
"""Generated articles compared (about 20 s: each is written to the store and read back by 14 queries)."""


def _comparable(rows: ArticleRows) -> dict[str, object]:
    """What the index writes of the rows: docs and per-graph tables as multisets (SQLite keeps every row), the
    shared tables and role names as sets (they are written OR IGNORE)."""
    shared = {t.name for t in readmodel.SHARED_TABLES}
    return {"docs": Counter(rows.docs), "claims": Counter(rows.claims), "role_names": set(rows.role_names),
            "quads": rows.quads,
            **{name: set(table) if name in shared else Counter(table) for name, table in rows.tables.items()}}


def _assert_same_rows(paths: list[Path], folder: Path) -> int:
    """Each article of `paths` mapped as an ingest worker maps it, written to a store on disk with what it adds to
    the entities graph, read back by SPARQL, then dropped (a worker's rows leave aside the names other articles
    gave its entities); returns how many articles were compared."""
    settings = Settings(store=str(folder / "store"), search_index=str(folder / "index.sqlite"))
    store = open_store(settings)
    entities = store.minter.entities_graph
    pipeline.sync_reference(store)
    pipeline._init_worker(settings.base_iri, "test", datetime(2026, 1, 1, tzinfo=timezone.utc))
    compared, filled = set(), Counter[str]()
    try:
        for article in read_paths(paths):
            assert not isinstance(article, ReadError), article
            mapped = pipeline._map_article(article)
            assert not isinstance(mapped, ReadError), mapped
            store.replace_graphs({mapped.graph: mapped.ntriples}, {entities: mapped.shared})
            assert _comparable(mapped.rows) == _comparable(article_index_rows(store, mapped.graph)), mapped.graph
            from_store = readmodel.article_rows(store, entities, readmodel.SHARED_TABLES)
            assert {t: set(rows) for t, rows in mapped.rows.shared.items()} == \
                {t: set(rows) for t, rows in from_store.items()}, mapped.graph
            store.replace_graphs({mapped.graph: "", entities: ""})
            compared.add(mapped.graph)
            filled.update(name for name, rows in mapped.rows.tables.items() if rows)
    finally:
        store.close()
    assert set(filled) == {table.name for table in readmodel.TABLES}, f"tables never filled: {filled}"
    return len(compared)


def test_rows_built_from_the_extraction_are_the_stores_on_the_corpus_and_eval_articles(tmp_path: Path) -> None:
    split = json.loads((REPO / "eval/real/split.json").read_text())
    dev = [REPO / "eval/real/articles" / f"{name}.txt" for name in sorted(split["dev"])]
    assert _assert_same_rows([REPO / "corpus", REPO / "eval/articles", *dev], tmp_path) > 60


@pytest.fixture(scope="module")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_corpus(tmp_path_factory.mktemp("generated"), GENERATED_ARTICLES, seed=11)


def test_rows_built_from_the_extraction_are_the_stores_on_generated_articles(tmp_path: Path,
                                                                             generated_corpus: Path) -> None:
    assert _assert_same_rows([generated_corpus], tmp_path) >= GENERATED_ARTICLES * 0.95


@pytest.mark.parametrize("value", [
    2500000.0, 0.5, 12.25, 1e20, 3e-7, 7.0, True, False, 42,
    datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc),
    datetime(2024, 3, 1, 9, 30, 5, 250000, tzinfo=timezone(timedelta(hours=1))),
    datetime(2024, 3, 1, 9, 30, 5, 7, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
    datetime(2024, 3, 1, 9, 30),
    datetime(2024, 3, 1).date(),
    "tab\tand a bell\x07",
])
def test_stored_value_is_what_the_store_gives_back_for_the_literal(tmp_path: Path, value: object) -> None:
    store = open_store(Settings(store=str(tmp_path / "store")))
    try:
        store.replace_graphs({"https://e.org/g": f"<https://e.org/s> <https://e.org/p> {literal(value)} .\n"})
        [row] = store.query("SELECT ?o WHERE { GRAPH <https://e.org/g> { ?s ?p ?o } }").rows
        assert row["o"].value == stored_value(value)  # type: ignore[arg-type]
    finally:
        store.close()
