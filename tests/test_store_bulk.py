"""First loads by the bulk loader (`cscgraph.store.bulk`, `pipeline.ingest_first_load`) and the journaled swap that
puts the new store in place (`cscgraph.store.swap`): the same store, search index and report as an ingest article
by article, and a swap cut short at any step is completed by the next writer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyoxigraph as ox
import pytest

from cscgraph import readmodel
from cscgraph.errors import StoreError
from cscgraph.graph.namespaces import Minter
from cscgraph.pipeline import IngestReport, ingest_first_load, is_first_load
from cscgraph.queries import list_queries, run_query
from cscgraph.search import SearchIndex
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import EmbeddedStore, Store, StoreBuild, open_store, store_generation
from cscgraph.store.bulk import BulkLoadedStore
from cscgraph.store.swap import begin_swap, finish_swap, journal_path
from tests.conftest import index_tables


CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ENDED_AT = "http://www.w3.org/ns/prov#endedAtTime"
"""When an article's ingest ended: the one value two ingests of the same files never share."""
VALUES_PER_PARAMETER = 4
G1, G2 = "https://example.org/graph/one", "https://example.org/graph/two"


def _quads_but_ingest_times(store: EmbeddedStore) -> list[str]:
    """Every quad the store exports, the time each ingest ended left out."""
    quads = ox.parse(store.export("nquads"), format=ox.RdfFormat.N_QUADS)
    return sorted(str(q) for q in quads if q.predicate.value != ENDED_AT)


# Candidate values of entity parameters, by parameter name (default: the entities articles mention most).
_MOST = "SELECT ?a (COUNT(*) AS ?n) WHERE {{ {} }} GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT {}"
CANDIDATES = {
    "stream": _MOST.format("?a a <https://w3id.org/cscgraph/ontology#FundingStream>", VALUES_PER_PARAMETER),
    "measure": _MOST.format("?x ?p ?a . ?a a <https://w3id.org/cscgraph/ontology#Measure>", VALUES_PER_PARAMETER),
    "speaker": _MOST.format("?q <https://schema.org/creator> ?a", VALUES_PER_PARAMETER),
    "article": _MOST.format("?a a <https://schema.org/NewsArticle>", VALUES_PER_PARAMETER),
}
DEFAULT_CANDIDATES = _MOST.format("?article <https://schema.org/mentions> ?a", VALUES_PER_PARAMETER)


def _parameter_values(store: Store, query) -> list[dict[str, str]]:  # noqa: ANN001 - a queries.Query
    """Up to VALUES_PER_PARAMETER bindings of the query's required parameters, taken from the data."""
    if query.name == "lineage-edge":
        edges = store.query("SELECT DISTINCT ?from ?relation ?to WHERE { ?c "
                            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?from ; "
                            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?relation ; "
                            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?to } ORDER BY ?from ?relation ?to "
                            f"LIMIT {VALUES_PER_PARAMETER}")
        return [{k: v.value for k, v in row.items()} for row in edges.rows]
    if query.name == "document-diff":
        docs = [row["a"].value for row in store.query(_MOST.format(
            "?x ?p ?a . FILTER(STRSTARTS(STR(?a), 'https://w3id.org/cscgraph/policy/'))", 3)).rows]
        return [{"from": a, "to": b} for a in docs for b in docs if a != b]
    required = [p for p in query.parameters if "(optional)" not in p.description]
    if not required:
        return [{}]
    (param,) = required
    rows = store.query(CANDIDATES.get(param.name, DEFAULT_CANDIDATES)).rows
    return [{param.name: row["a"].value} for row in rows]


def _answers(store: Store) -> dict[str, list[list[tuple[str, str]]]]:
    """Every canned query's rows for each binding of its parameters; an ingest's end time reads "ingest time"."""
    ended = {row["t"].value for row in store.query(f"SELECT DISTINCT ?t WHERE {{ ?i <{ENDED_AT}> ?t }}").rows}
    answers = {}
    for query in list_queries():
        for params in _parameter_values(store, query):
            results = run_query(store, query, params)
            key = f"{query.name} {sorted(params.items())}"
            answers[key] = [sorted((k, "ingest time" if v.value in ended else v.value) for k, v in row.items())
                            for row in results.rows]
    return answers


@pytest.fixture(scope="module")
def bulk_loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[EmbeddedStore, Path, IngestReport]:
    folder = tmp_path_factory.mktemp("bulk")
    settings = Settings(store=str(folder / "store"), search_index=str(folder / "search.sqlite"), workers=2)
    store = open_store(settings)
    assert is_first_load(store)
    report = ingest_first_load(store, settings, [CORPUS], Path(settings.search_index))  # type: ignore[arg-type]
    index = SearchIndex(Path(settings.search_index))
    assert index.sync(store) == 0  # as `cscgraph ingest` does after loading: the index is complete already
    assert index.in_step_at() == store_generation(store.path)
    index.close()
    yield store, Path(settings.search_index), report  # type: ignore[misc]
    store.close()


def test_a_first_load_stores_the_same_quads_as_article_by_article(bulk_loaded, corpus_store) -> None:  # noqa: ANN001
    store, _, _ = bulk_loaded
    assert not is_first_load(store)
    assert _quads_but_ingest_times(store) == _quads_but_ingest_times(corpus_store)
    meta = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"  # the format version stamp and reference digest
    for graph in (store.minter.meta_graph, store.minter.reference_graph):
        assert store.query(meta, named_graphs=[graph]).rows == corpus_store.query(meta, named_graphs=[graph]).rows


def test_a_first_load_answers_every_canned_query_as_article_by_article(bulk_loaded,  # noqa: ANN001
                                                                       corpus_store) -> None:  # noqa: ANN001
    answers = _answers(bulk_loaded[0])
    assert answers == _answers(corpus_store)
    assert sum(1 for rows in answers.values() if rows) > len(list_queries())  # the comparison compared something


def test_a_first_load_builds_the_same_search_index_and_report(bulk_loaded, corpus_ingest,  # noqa: ANN001
                                                               corpus_settings) -> None:  # noqa: ANN001
    _, index, report = bulk_loaded
    tables = index_tables(index)
    assert tables == index_tables(Path(corpus_settings.search_index))
    assert tables["docs"] and tables["indexed"] and {table.name for table in readmodel.TABLES} <= set(tables)
    baseline = corpus_ingest[1]
    assert (report.new, report.duplicates, report.failed) == (baseline.new, baseline.duplicates, baseline.failed)


def test_a_search_file_built_for_a_first_load_has_every_index_once_closed(tmp_path: Path) -> None:
    def indexes(path: Path) -> list[tuple[str, str]]:
        with sqlite3.connect(str(path)) as db:
            return sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))

    SearchIndex(tmp_path / "usual.sqlite").close()
    built = SearchIndex(tmp_path / "built.sqlite", building=True)
    assert f"{readmodel.TABLES[0].name}_by_key" not in {name for name, _ in indexes(tmp_path / "built.sqlite")}
    built.close()
    assert indexes(tmp_path / "built.sqlite") == indexes(tmp_path / "usual.sqlite")


def test_a_first_load_leaves_nothing_beside_the_store(bulk_loaded) -> None:  # noqa: ANN001
    store = bulk_loaded[0]
    assert not [p.name for p in store.path.parent.iterdir() if ".bulk-" in p.name or p.name.endswith(".swap.json")]


@pytest.mark.parametrize("flags,writes_seen", [((), 1), (("--no-bulk",), 2)])
def test_readers_see_a_first_load_at_once_unless_no_bulk(tmp_path: Path, flags: tuple[str, ...],
                                                          writes_seen: int) -> None:
    """Readers follow the store's generation: a bulk first load moves it once (the swap), an article-by-article
    one at each write (the reference data, then each batch)."""
    from click.testing import CliRunner

    from cscgraph.cli import main
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["--store", str(store), "--workers", "1", "ingest", "--quiet", *flags,
                                       str(CORPUS / "004_f5a1181426d79012.txt")], catch_exceptions=False)
    assert result.exit_code == 0 and result.output.startswith("1 new"), result.output
    assert store_generation(store) == writes_seen


# --- the store a bulk load writes -------------------------------------------------------------------------------

def _triples(text: str) -> str:
    return f'<https://example.org/s> <https://example.org/says> "{text}" .\n'


def _said(store: EmbeddedStore, graph: str) -> list[str]:
    rows = store.query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[graph]).rows
    return sorted(row["o"].value for row in rows)


def test_a_graph_bulk_loaded_twice_holds_the_second_text_only(tmp_path: Path) -> None:
    store = BulkLoadedStore(tmp_path / "store", Minter(BASE_IRI))
    store.replace_graphs({G1: _triples("first")})
    store.replace_graphs({G1: _triples("second"), G2: _triples("other")})
    assert _said(store, G1) == ["second"] and _said(store, G2) == ["other"]
    store.close()


def test_a_spooled_graph_replaced_by_nothing_is_not_loaded(tmp_path: Path) -> None:
    store = BulkLoadedStore(tmp_path / "store", Minter(BASE_IRI))
    store.replace_graphs({G1: _triples("first"), G2: _triples("other")})
    store.replace_graphs({G1: ""})
    assert _said(store, G1) == [] and _said(store, G2) == ["other"]
    store.close()


def test_a_failed_write_keeps_a_spooled_graph_it_would_replace(tmp_path: Path) -> None:
    store = BulkLoadedStore(tmp_path / "store", Minter(BASE_IRI))
    store.replace_graphs({G2: _triples("stored")})
    store.load_spooled()
    store.replace_graphs({G1: _triples("first")})
    with pytest.raises(StoreError, match="write failed"):
        store.replace_graphs({G1: _triples("second"), G2: "<https://example.org/s> <broken\n"})
    assert _said(store, G1) == ["first"] and _said(store, G2) == ["stored"]
    store.close()


def test_a_failed_bulk_write_leaves_none_of_its_graphs(tmp_path: Path) -> None:
    store = BulkLoadedStore(tmp_path / "store", Minter(BASE_IRI))
    with pytest.raises(StoreError, match="write failed"):
        store.replace_graphs({G1: _triples("fine"), G2: "<https://example.org/s> <broken\n"})
    assert _said(store, G1) == [] and _said(store, G2) == []
    store.close()


def test_a_spooled_article_is_fingerprinted_before_it_is_loaded_and_read_after(tmp_path: Path) -> None:
    store = BulkLoadedStore(tmp_path / "store", Minter(BASE_IRI))
    graph = store.minter.article_graph("an-article")
    csc = "https://w3id.org/cscgraph/ontology#"
    store.replace_graphs({graph: f'<https://example.org/a> <{csc}contentHash> "h1" .\n'
                                 f'<https://example.org/a> <{csc}extractorVersion> "v1" .\n'})
    assert store.article_fingerprints_of([graph]) == {graph: ("h1", "v1")}
    assert store.article_fingerprints() == {graph: ("h1", "v1")}  # a read of the store loads the spool first
    store.close()


# --- the swap, cut short at each step -----------------------------------------------------------------------------

def _old_and_built(tmp_path: Path) -> tuple[Path, StoreBuild, Path, Path]:
    """A store holding "old", a complete build holding "new" beside it, a built index file and its target."""
    path = tmp_path / "store"
    target = EmbeddedStore(path, Minter(BASE_IRI))
    target.replace_graphs({G1: _triples("old")})
    build = StoreBuild(target)
    build.store.replace_graphs({G1: _triples("new")})
    built_index, index = build.companion(".search.sqlite"), tmp_path / "store.search.sqlite"
    for file, word in ((built_index, "new"), (index, "old")):
        with sqlite3.connect(str(file)) as db:
            db.execute("CREATE TABLE t (word TEXT)")
            db.execute("INSERT INTO t VALUES (?)", (word,))
    build.store.close()
    target.close()
    begin_swap(path, build.folder, {built_index: index})
    return path, build, built_index, index


def _reopened(path: Path) -> tuple[list[str], list[str]]:
    """What the store and its index hold once the next writer has opened the store."""
    store = EmbeddedStore(path, Minter(BASE_IRI))
    said = _said(store, G1)
    store.close()
    with sqlite3.connect(str(path.parent / "store.search.sqlite")) as db:
        words = [word for (word,) in db.execute("SELECT word FROM t")]
    return said, words


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if ".bulk-" in p.name or p.name.endswith(".swap.json"))


@pytest.mark.parametrize("done", ["nothing", "the index copied", "folders exchanged", "old folder deleted",
                                  "old store moved aside"])
def test_a_swap_cut_short_is_completed_by_the_next_writer(tmp_path: Path, done: str) -> None:
    path, build, built_index, index = _old_and_built(tmp_path)
    if done != "nothing":
        import shutil

        from cscgraph.store import swap
        swap._copy_sqlite(built_index, index)
        built_index.unlink()
        if done == "old store moved aside":  # the fallback's first rename, without RENAME_EXCHANGE
            path.rename(swap._aside(build.folder))
        elif done != "the index copied":
            swap._exchange(build.folder, path)
            if done == "old folder deleted":
                shutil.rmtree(build.folder)
    # A reader between the steps sees a whole store: the old one or the new.
    if path.exists():
        reader = EmbeddedStore(path, Minter(BASE_IRI), read_only=True)
        assert _said(reader, G1) in (["old"], ["new"])
    assert _reopened(path) == (["new"], ["new"])
    assert _leftovers(path) == []


def test_a_swap_cut_short_is_completed_by_a_writer_started_in_another_folder(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the journal kept the files' paths as given, relative to where the load was started."""
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    path = Path("..") / "store"
    target = EmbeddedStore(path, Minter(BASE_IRI))
    build = StoreBuild(target)
    build.store.replace_graphs({G1: _triples("new")})
    build.store.close()
    with sqlite3.connect(str(build.companion(".search.sqlite"))) as db:
        db.execute("CREATE TABLE t (word TEXT)")
        db.execute("INSERT INTO t VALUES ('new')")
    target.close()
    begin_swap(path, build.folder, {build.companion(".search.sqlite"): Path("..") / "store.search.sqlite"})
    monkeypatch.chdir(tmp_path)
    assert _reopened(tmp_path / "store") == (["new"], ["new"])


def test_a_swap_onto_no_index_file_puts_the_built_one_in_its_place(tmp_path: Path) -> None:
    path, _, built_index, index = _old_and_built(tmp_path)
    index.unlink()
    assert finish_swap(path)
    assert _reopened(path) == (["new"], ["new"])
    assert not built_index.exists() and _leftovers(path) == []


def test_a_stale_journal_naming_no_built_folder_leaves_the_store_alone(tmp_path: Path) -> None:
    path, build, built_index, _ = _old_and_built(tmp_path)
    import shutil
    shutil.rmtree(build.folder)
    built_index.unlink()
    assert finish_swap(path) and not journal_path(path).exists()
    assert _reopened(path) == (["old"], ["old"])
