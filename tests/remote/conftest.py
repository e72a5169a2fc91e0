"""A real `oxigraph serve` process (the binary of the `oxigraph` PyPI package) holding the bundled corpus,
ingested through `cscgraph --store http://127.0.0.1:PORT`."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from cscgraph.settings import Settings
from cscgraph.store import RemoteStore

from .server import BIN, CORPUS, cli_env, oxigraph_serving


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a fresh `oxigraph serve --union-default-graph` on a free local port."""
    with oxigraph_serving(tmp_path_factory.mktemp("oxigraph-server") / "data", "--union-default-graph") as url:
        yield url


@pytest.fixture(scope="session")
def remote_settings(oxigraph_server: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("remote-search")
    return Settings(store=oxigraph_server, search_index=str(folder / "search.sqlite"), workers=2)


@pytest.fixture(scope="session")
def remote_ingest(remote_settings: Settings) -> str:
    """The bundled corpus ingested into the server by the CLI; returns the CLI's summary line."""
    done = subprocess.run([str(BIN / "cscgraph"), "--store", remote_settings.store, "ingest", "--quiet",
                           str(CORPUS)], env=cli_env(remote_settings), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture(scope="session")
def remote_store(remote_settings: Settings, remote_ingest: str) -> Iterator[RemoteStore]:
    store = RemoteStore(remote_settings)
    yield store
    store.close()
