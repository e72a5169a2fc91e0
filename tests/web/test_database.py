"""Page queries over a real store: errors that are safe to hand across threads."""

from __future__ import annotations

import gc
from concurrent.futures import ThreadPoolExecutor

import pytest

import cscgraph.web.database as database_module
from cscgraph.errors import QueryTimeout
from cscgraph.settings import Settings
from cscgraph.web.explorer import Explorer


def test_a_page_query_error_can_be_dropped_on_another_thread(explorer: Explorer,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: a page query that timed out raised in a request thread with pyoxigraph's half-read answer in
    its traceback; Starlette cleared the traceback on the event loop thread and pyoxigraph refused ("unsendable,
    but is being dropped on another thread"), so the request never got its error page."""
    monkeypatch.setattr(database_module, "PAGE_QUERY_SECONDS", 1e-9)
    monkeypatch.setattr(explorer.db, "settings", Settings(store=explorer.settings.store, query_timeout=1e-9))
    with ThreadPoolExecutor(1) as pool:
        error = pool.submit(explorer.db.results, "entity-catalogue").exception()  # SPARQL, not a table
    assert isinstance(error, QueryTimeout) and "entity-catalogue" in str(error)
    error.__traceback__ = None  # what Starlette's exception handler does, on another thread
    del error
    gc.collect()


def test_an_error_names_the_store_not_its_path(explorer: Explorer) -> None:
    path = explorer.settings.store
    assert explorer.db.public_message(OSError(f"{path}/LOCK: held")) == "the store/LOCK: held"
