"""The scratch store an ingest worker reads its article's index rows from: an article held for a block only, the
shared graphs it adds to put back as they were."""

from __future__ import annotations

from cscgraph.graph.namespaces import Minter
from cscgraph.store import ScratchStore, Term

BASE = "https://example.org/csc/"
ARTICLE = BASE + "graph/article/a"
REFERENCE = BASE + "graph/reference"


def _objects(store: ScratchStore, graph: str) -> list[str]:
    rows = store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o",
                       {"g": Term("uri", graph)}).rows
    return [row["o"].value for row in rows]


def test_an_article_is_held_for_the_block_only_and_shared_graphs_are_put_back() -> None:
    store = ScratchStore(Minter(BASE), {REFERENCE: '<https://e.org/s> <https://e.org/p> "curated" .\n'})
    with store.holding({ARTICLE: '<https://e.org/a> <https://e.org/p> "said" .\n',
                        REFERENCE: '<https://e.org/s> <https://e.org/p> "added" .\n'}) as held:
        assert _objects(held, ARTICLE) == ["said"]
        assert _objects(held, REFERENCE) == ["added", "curated"]
        assert held.query("SELECT ?o WHERE { ?s ?p ?o }", default_graphs=[ARTICLE]).rows[0]["o"].value == "said"
    assert _objects(store, ARTICLE) == []
    assert _objects(store, REFERENCE) == ["curated"]
