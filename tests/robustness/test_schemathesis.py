"""Schemathesis against the app's OpenAPI schema, on a real `cscgraph serve` on 127.0.0.1: no request the schema
allows (or nearly allows) may get a 5xx other than the endpoint's documented 503 for a stopped query.

The app serves no schema (`openapi_url=None`), so the test takes it from `create_app(...).openapi()`.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.web import create_app

from .conftest import Served, generated_items, rss_feed, run_cli

EXAMPLES = 12
# Longest any request may take (the endpoint's time limit is 2 s here; pages have no limit of their own).
SLOW_SECONDS = 10


def _schema() -> dict:
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Settings(store=str(Path(folder) / "store")))
        try:
            return create_app(Settings(store=str(Path(folder) / "store")), store, query_workers=False).openapi()
        finally:
            store.close()


schema = schemathesis.openapi.from_dict(_schema())
# Bounded for CI: the fuzzing phase only, EXAMPLES cases per operation (the coverage phase alone sends thousands).
schema.config.phases.coverage.enabled = False
schema.config.phases.stateful.enabled = False
schema.config.generation.update(max_examples=EXAMPLES)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    root = tmp_path_factory.mktemp("schemathesis")
    (root / "feed.xml").write_bytes(rss_feed(generated_items(8, seed=5)))
    assert run_cli("--store", root / "store", "ingest", "--quiet", root / "feed.xml").returncode == 0
    served = Served(root / "store", "--query-timeout", "2")
    yield served
    served.stop()


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case, server: Served) -> None:  # noqa: ANN001
    started = time.monotonic()
    response = case.call(base_url=server.url, timeout=SLOW_SECONDS * 3)
    assert time.monotonic() - started < SLOW_SECONDS, (case.method, case.formatted_path, case.query)
    stopped_query = response.status_code == 503 and case.path.startswith("/sparql")
    assert response.status_code < 500 or stopped_query, (case.method, case.formatted_path, case.query,
                                                         response.status_code, response.text[:300])
    assert response.headers.get("x-content-type-options") == ["nosniff"]
