"""Fixtures shared across the suite: the bundled corpus ingested once into a real on-disk store."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cscgraph.pipeline import IngestReport, ingest
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore, open_store

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("corpus-store")
    return Settings(store=str(folder / "store"), search_index=str(folder / "search.sqlite"), workers=2)


@pytest.fixture(scope="session")
def corpus_ingest(corpus_settings: Settings) -> Iterator[tuple[EmbeddedStore, IngestReport]]:
    """The bundled corpus in an embedded store (shared, read-only use please)."""
    store = open_store(corpus_settings)
    index = SearchIndex(Path(corpus_settings.search_index))
    report = ingest(store, corpus_settings, [CORPUS], search=index)
    index.close()
    yield store, report  # type: ignore[misc]
    store.close()


@pytest.fixture(scope="session")
def corpus_store(corpus_ingest: tuple[EmbeddedStore, IngestReport]) -> EmbeddedStore:
    return corpus_ingest[0]


def indexed_graphs(index: SearchIndex) -> dict[str, str]:
    """Fingerprint the search index records for each article graph it holds (read from its table)."""
    return dict(index._db.execute("SELECT graph, fingerprint FROM indexed"))


def generate_corpus(out: Path, articles: int, seed: int) -> Path:
    """`articles` generated articles (bench/generate.py) written to `out`."""
    spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate"] = generate
    spec.loader.exec_module(generate)
    generate.generate(out, articles, seed=seed)
    return out


def index_tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the search index file, each row's graph as its IRI (FTS5 internals left out: their
    row ids are SQLite's; the graphs' numbers, which depend on the order the file met them; and the store generation
    the file was last in step with, a count of writes, which the two paths make differently)."""
    db = sqlite3.connect(str(path))
    try:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if name not in ("in_step", "graphs") and (not name.startswith("docs_") or name == "docs")]
        out = {}
        for name in tables:
            columns = [f'"{c}"' if c != "graph" or name == "indexed" else "(SELECT iri FROM graphs WHERE id = graph)"
                       for (c,) in db.execute(f'SELECT name FROM pragma_table_info("{name}")')]
            out[name] = sorted(db.execute(f'SELECT {", ".join(columns)} FROM "{name}"').fetchall(), key=repr)
        return out
    finally:
        db.close()
