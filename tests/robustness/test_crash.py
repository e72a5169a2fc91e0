"""SIGKILL `cscgraph ingest` at random moments: nothing is half-written, and re-running completes the job.

A real `cscgraph ingest` process (two extraction workers) is killed with SIGKILL at seeded random moments over a
generated corpus. After each kill the store must hold every article graph either wholly (quad for quad what an
uninterrupted ingest writes, ingest timestamps aside) or not at all, and the search index, once `sync`ed, must
hold exactly the rows a fresh index built from that store holds. A final run completes the job with the same quads
as an uninterrupted ingest.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.errors import StoreError
from cscgraph.store import open_store
from tests.conftest import indexed_graphs

from .conftest import CSCGRAPH, run_cli, write_corpus

ARTICLES = 150
KILLS = 4
SEED = 7
# Ingest timestamps differ between runs by design; everything else must match.
VOLATILE_PREDICATES = {"http://www.w3.org/ns/prov#endedAtTime"}
ARTICLE_GRAPH = "https://w3id.org/cscgraph/graph/article/"


def graph_quads(store_path: Path) -> dict[str, set[str]]:
    """The store's quads by graph name, ingest timestamps left out.

    A store is created whole under another name and renamed into place, so a kill before that leaves no folder.
    """
    if not store_path.exists():
        return {}
    store = open_store(Settings(store=str(store_path)), read_only=True)
    try:
        data = store.export("nquads")
    finally:
        store.close()
    graphs: dict[str, set[str]] = defaultdict(set)
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        if quad.predicate.value not in VOLATILE_PREDICATES:
            graphs[str(quad.graph_name)].add(f"{quad.subject} {quad.predicate} {quad.object}")
    return dict(graphs)


def index_rows(path: Path) -> set[tuple[str, ...]]:
    with sqlite3.connect(path) as db:
        return set(db.execute("SELECT d.iri, d.kind, g.iri, d.label, d.text FROM docs d "
                              "JOIN graphs g ON g.id = d.graph"))


def ingest_process(store: Path, corpus: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*CSCGRAPH, "--store", str(store), "ingest", "--quiet", str(corpus)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ, "CSCGRAPH_WORKERS": "2"})


def wait_for_group_to_exit(pgid: int, seconds: float) -> bool:
    """True when every process of the group has gone (orphaned extraction workers included)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set[str]], float]:
    """The corpus, the quads of an uninterrupted ingest of it, and how long that took."""
    root = tmp_path_factory.mktemp("crash")
    corpus = write_corpus(root / "corpus", ARTICLES)
    started = time.monotonic()
    done = run_cli("--store", root / "baseline", "ingest", "--quiet", corpus,
                   env={"CSCGRAPH_WORKERS": "2"})
    assert done.returncode == 0, done.stderr
    return corpus, graph_quads(root / "baseline"), time.monotonic() - started


def assert_consistent(store_path: Path, expected: dict[str, set[str]]) -> int:
    """Every graph in the store is wholly as expected or absent; the search index agrees. Returns articles stored."""
    found = graph_quads(store_path)
    for graph, quads in found.items():
        if graph.startswith(f"<{ARTICLE_GRAPH}"):
            assert quads == expected[graph], f"{graph} is half-written"
        elif graph in expected:
            assert quads <= expected[graph], f"{graph} holds quads an uninterrupted ingest does not write"
    store = open_store(Settings(store=str(store_path)))
    index_path = store_path.parent / f"{store_path.name}.search.sqlite"
    fresh_path = store_path.parent / f"{store_path.name}.fresh.sqlite"
    try:
        index = SearchIndex(index_path)
        index.sync(store)
        fingerprints = {graph: "|".join(fp) for graph, fp in store.article_fingerprints().items()}
        assert indexed_graphs(index) == fingerprints
        index.close()
        fresh = SearchIndex(fresh_path)
        fresh.sync(store)
        fresh.close()
    finally:
        store.close()
    assert index_rows(index_path) == index_rows(fresh_path)
    fresh_path.unlink()
    return sum(graph.startswith(f"<{ARTICLE_GRAPH}") for graph in found)


def test_sigkill_at_random_points_leaves_no_half_written_article_and_rerun_completes(
        baseline: tuple[Path, dict[str, set[str]], float], tmp_path: Path) -> None:
    corpus, expected, seconds = baseline
    store = tmp_path / "store"
    rng = random.Random(SEED)
    log = []
    for _ in range(KILLS):
        kill_at = rng.uniform(0.2, seconds * 1.1)
        process = ingest_process(store, corpus)
        time.sleep(kill_at)
        finished = process.poll() is not None
        if not finished:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        workers_gone = wait_for_group_to_exit(process.pid, 20)
        if not workers_gone:
            os.killpg(process.pid, signal.SIGKILL)
        assert workers_gone, "extraction workers outlived the killed ingest"
        log.append((round(kill_at, 2), "finished first" if finished else "killed",
                    assert_consistent(store, expected)))
    print("kill points (seconds, outcome, articles stored):", log)
    done = run_cli("--store", store, "ingest", "--quiet", corpus)
    assert done.returncode == 0, done.stderr
    assert graph_quads(store) == expected
    assert sum(graph.startswith(f"<{ARTICLE_GRAPH}") for graph in expected) == ARTICLES


def test_folder_left_by_a_kill_inside_rocksdb_creation_is_reported_then_repaired_by_ingest(tmp_path: Path) -> None:
    """Regression: before stores were created atomically, a SIGKILL before RocksDB wrote CURRENT left this folder."""
    store = tmp_path / "store"
    store.mkdir()
    (store / "LOCK").write_bytes(b"")
    with pytest.raises(StoreError, match=r"store: no store here yet; run `cscgraph --store .* ingest` first"):
        open_store(Settings(store=str(store)), read_only=True)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text("Title: One\nURL: https://example.org/one\nPublished: 2025-01-02\n"
                                    "Publisher: Example News\n\nThe DfE said it would act.\n", encoding="utf-8")
    done = run_cli("--store", store, "ingest", "--quiet", corpus)
    assert done.returncode == 0, done.stderr
    assert any(graph.startswith(f"<{ARTICLE_GRAPH}") for graph in graph_quads(store))
