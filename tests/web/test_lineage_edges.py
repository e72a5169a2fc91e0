"""The lineage edges assembled from the index beside the store are the rows of the canned query."""

from __future__ import annotations

from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore
from cscgraph.web.explorer import Explorer
from cscgraph.web.lineage_edges import lineage_edges


def test_lineage_edges_from_the_index_are_the_rows_of_the_canned_query(corpus_settings: Settings,
                                                                       corpus_store: EmbeddedStore) -> None:
    """Two ways to the same rows: `lineage-edges` joins every evidence link in the store; `web.lineage_edges`
    groups the claims kept beside it and adds the curated edges and the names. Same rows, same order."""
    explorer = Explorer(corpus_settings, corpus_store)
    try:
        canned = explorer.db.rows("lineage-edges")
        assert any(r["curated"] == "true" for r in canned) and any(int(r["sentences"]) > 1 for r in canned)
        assert any("fromDate" in r for r in canned) and any("toDate" in r for r in canned)
        assert lineage_edges(explorer.db, explorer.index, explorer.names) == canned
        # the ends' dates by SPARQL while the index is not in step: the same rows
        in_step, explorer.index.read_in_step = explorer.index.read_in_step, lambda read: None  # type: ignore
        try:
            assert lineage_edges(explorer.db, explorer.index, explorer.names) == canned
        finally:
            explorer.index.read_in_step = in_step  # type: ignore
    finally:
        explorer.close()
