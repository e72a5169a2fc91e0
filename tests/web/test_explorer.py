"""The explorer's parts over the corpus store: what the graph holds, counted (quads, publication dates) from the
index beside it."""

from __future__ import annotations

from cscgraph.stats import graph_stats
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore
from cscgraph.web.explorer import Explorer


def test_the_quads_and_dates_from_the_index_are_what_a_scan_finds(corpus_settings: Settings,
                                                                     corpus_store: EmbeddedStore) -> None:
    explorer = Explorer(corpus_settings, corpus_store)
    try:
        assert explorer.stats() == graph_stats(corpus_store)
    finally:
        explorer.close()

