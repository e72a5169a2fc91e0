"""Each real SPARQL server of `server.ENGINES` (`oxigraph serve`, Virtuoso) holding the bundled corpus, ingested
through `cscgraph --store URL`; every test using these fixtures runs once per server."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace

import pytest

from cscgraph.settings import Settings
from cscgraph.store import RemoteStore

from .server import BIN, CORPUS, ENGINES, cli_env


@pytest.fixture(scope="session", params=sorted(ENGINES))
def engine(request: pytest.FixtureRequest) -> str:
    """The name of the server the test runs against."""
    return request.param


@pytest.fixture(scope="session")
def remote_settings(engine: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """Settings reaching a fresh server of that engine on a free local port, with a search index of its own."""
    folder = tmp_path_factory.mktemp(f"{engine}-server")
    with ENGINES[engine](folder / "data") as settings:
        yield replace(settings, search_index=str(folder / "search.sqlite"), workers=2)


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
