"""The embedded store's write path: new graphs by N-Quads load, replacements by SPARQL Update, both atomic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cscgraph.store import embedded
from cscgraph.errors import StoreError
from cscgraph.graph.namespaces import Minter
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import FORMAT_VERSION, EmbeddedStore
from cscgraph.store.rdf_text import nquads
from cscgraph.store.remote import endpoint_url

P = "<https://schema.org/name>"


def _graph(n: int) -> str:
    return f"{BASE_IRI}graph/article/test-{n}"


def _names(store: EmbeddedStore, graph: str) -> list[str]:
    answer = store.query(f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?s {P} ?n }} }}")
    return sorted(row["n"].value for row in answer.rows)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(tmp_path / "store", Minter(BASE_IRI))
    yield opened
    opened.close()


def test_new_graphs_and_replacements_give_the_same_graphs(store: EmbeddedStore) -> None:
    s = f"<{BASE_IRI}thing/a>"
    store.replace_graphs({_graph(1): f'{s} {P} "one" .\n{s} {P} "uno" .\n', _graph(2): f'{s} {P} "two" .\n'},
                         {f"{BASE_IRI}graph/entities": f'{s} {P} "shared" .\n'})  # new: N-Quads load
    assert _names(store, _graph(1)) == ["one", "uno"]
    store.replace_graphs({_graph(1): f'{s} {P} "eins" .\n'},
                         {f"{BASE_IRI}graph/entities": f'{s} {P} "shared" .\n'})  # exists: DROP + INSERT DATA
    assert _names(store, _graph(1)) == ["eins"]
    assert _names(store, _graph(2)) == ["two"]
    assert _names(store, f"{BASE_IRI}graph/entities") == ["shared"]
    store.replace_graphs({_graph(2): ""})
    assert _names(store, _graph(2)) == []


@pytest.mark.parametrize("existing", [False, True], ids=["new graphs", "replacing"])
def test_a_bad_batch_writes_nothing(store: EmbeddedStore, existing: bool) -> None:
    s = f"<{BASE_IRI}thing/a>"
    if existing:
        store.replace_graphs({_graph(1): f'{s} {P} "old" .\n'})
    with pytest.raises(StoreError):
        store.replace_graphs({_graph(1): f'{s} {P} "new" .\n', _graph(2): f'{s} {P} "never .\n'})
    assert _names(store, _graph(1)) == (["old"] if existing else [])
    assert _names(store, _graph(2)) == []


def test_literals_with_line_separators_survive_the_nquads_path(store: EmbeddedStore) -> None:
    # str.splitlines() would cut these; the N-Quads conversion splits on escaped-free "\n" only.
    text = "a\u2028b\x0bc\x1cd\x85e"
    s = f"<{BASE_IRI}thing/a>"
    store.replace_graphs({_graph(1): f'{s} {P} "{text}" .\n'})
    assert _names(store, _graph(1)) == [text]


def test_nquads_refuses_what_is_not_one_triple_a_line() -> None:
    with pytest.raises(ValueError, match="not an N-Triples line"):
        nquads(_graph(1), "<http://e/s> <http://e/p> <http://e/o>\n")


def test_memtables_are_flushed_as_writes_add_up(store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded, "FLUSH_EVERY_BYTES", 100)
    s = f"<{BASE_IRI}thing/a>"
    for n in range(5):
        store.replace_graphs({_graph(n): f'{s} {P} "name number {n}" .\n'})
        assert store._written_since_flush < 200
    assert [_names(store, _graph(n)) for n in range(5)] == [[f"name number {n}"] for n in range(5)]


def test_endpoint_paths_for_the_servers_the_readme_names() -> None:
    assert endpoint_url("http://h:7878", "", "query") == "http://h:7878/query"
    assert endpoint_url("http://h:3030/ds", "data", "store") == "http://h:3030/ds/data"
    assert endpoint_url("http://h:7200/repositories/r", ".", "query") == "http://h:7200/repositories/r"
    assert endpoint_url("http://h:7200/repositories/r", "statements", "update") == \
        "http://h:7200/repositories/r/statements"
    assert endpoint_url("http://h:8890", "/sparql-graph-crud", "store") == "http://h:8890/sparql-graph-crud"
    assert endpoint_url("http://h:7001", "http://h:7001/?access-token=t", "update") == "http://h:7001/?access-token=t"


def test_graph_store_none_means_sparql_update() -> None:
    from cscgraph.store import RemoteStore
    remote = RemoteStore(Settings(store="http://127.0.0.1:9", graph_store_path="none"))
    assert remote.graph_store_url is None
    remote.close()


def test_a_new_store_is_built_aside_and_renamed_into_place_with_its_format_version(tmp_path: Path) -> None:
    path = tmp_path / "data" / "store"
    dead_build = tmp_path / "data" / ".store.creating-999999999"
    dead_build.mkdir(parents=True)
    (dead_build / "LOCK").write_bytes(b"")
    created = EmbeddedStore(path, Minter(BASE_IRI))
    try:
        assert (path / "CURRENT").exists()
        assert sorted(p.name for p in path.parent.iterdir()) == ["store", "store.writer.lock"]
        assert created.query("ASK { GRAPH ?g { ?s <https://w3id.org/cscgraph/ontology#formatVersion> "
                             f"{FORMAT_VERSION} }} }}").boolean
    finally:
        created.close()


def test_a_folder_holding_other_files_is_not_turned_into_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match=r": cannot create the store: the folder is not empty and holds no store "
                                         r"\(found notes.txt\); choose another folder"):
        EmbeddedStore(tmp_path, Minter(BASE_IRI))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_reading_a_folder_with_no_store_names_the_command_that_makes_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no store here yet; run `cscgraph --store .*/missing ingest` first"):
        EmbeddedStore(tmp_path / "missing", Minter(BASE_IRI), read_only=True)


class _CompactedAway:
    """A read-only snapshot whose next query hits a data file the writer's compaction deleted."""

    def query(self, *args: object, **kwargs: object) -> object:
        raise OSError("IO error: No such file or directory: While open a file for random read: 000042.sst")


def test_a_read_only_view_takes_a_new_snapshot_when_compaction_removed_a_file(store: EmbeddedStore) -> None:
    store.replace_graphs({_graph(1): f"<urn:x:a> {P} \"one\" .\n"})
    store.close()
    reader = EmbeddedStore(store.path, Minter(BASE_IRI), read_only=True)
    reader._store = _CompactedAway()  # type: ignore[assignment]
    assert _names(reader, _graph(1)) == ["one"]


def test_other_store_errors_of_a_read_only_view_are_reported_not_retried(store: EmbeddedStore) -> None:
    store.close()
    reader = EmbeddedStore(store.path, Minter(BASE_IRI), read_only=True)

    class Broken:
        calls = 0

        def query(self, *args: object, **kwargs: object) -> object:
            Broken.calls += 1
            raise OSError("IO error: Corruption: block checksum mismatch")

    reader._store = Broken()  # type: ignore[assignment]
    with pytest.raises(StoreError, match=r"store: query failed: IO error: Corruption: block checksum mismatch"):
        reader.query("ASK {}")
    assert Broken.calls == 1


def test_a_read_only_view_sees_a_write_on_its_next_query_with_no_delay(store: EmbeddedStore) -> None:
    store.replace_graphs({_graph(1): f"<urn:x:a> {P} \"one\" .\n"})
    reader = EmbeddedStore(store.path, Minter(BASE_IRI), read_only=True)
    assert _names(reader, _graph(1)) == ["one"]
    store.replace_graphs({_graph(1): f"<urn:x:a> {P} \"two\" .\n"})
    assert _names(reader, _graph(1)) == ["two"]
