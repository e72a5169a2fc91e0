"""What every page of the explorer shares, one part per job, built once per app and shared by every request
thread (the way Datasette's app holds its databases and URL helpers):

- `db` (`web.database`): canned queries run for pages (from the read model's tables where they hold the rows),
  errors told without the store's location;
- `links` (`web.links`): local paths for IRIs and back;
- `names` (`web.names`): names, dates and kinds for IRIs from the entity catalogue;
- `index` (`web.search_index`): the search index and read model beside the store;
- `values` (`web.values`): values computed from the store, kept until it is next written.

Pages never write SPARQL and never read the store directly.
"""

from __future__ import annotations

from cscgraph.stats import graph_stats
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import Store
from cscgraph.web.database import PAGE_QUERY_SECONDS, Database
from cscgraph.web.links import Links
from cscgraph.web.names import Names
from cscgraph.web.search_index import SharedSearchIndex
from cscgraph.web.values import CACHED_VALUES, StoreValues

__all__ = ["Explorer"]


class Explorer:
    """The parts behind the web app over `store`."""

    def __init__(self, settings: Settings, store: Store, cached_values: int = CACHED_VALUES) -> None:
        self.settings = settings
        self.store = store
        self.base = store.minter.base
        self.values = StoreValues(store, cached_values)
        self.index = SharedSearchIndex(settings, store)
        self.db = Database(settings, store, read_model=self.index)
        self.links = Links(self.base)
        self.names = Names(self.db, self.values, self.links)

    def stats(self) -> dict[str, int | str]:
        """What the graph holds (`cscgraph.stats.graph_stats`), kept until the store is written."""
        return self.values.cached("stats", lambda: graph_stats(
            self.store, self.index.read(SearchIndex.article_quads),
            self.index.read_in_step(SearchIndex.published_span), self.index.read_in_step(SearchIndex.counted)))

    def close(self) -> None:
        self.values.close(timeout=PAGE_QUERY_SECONDS)
        self.index.close()
