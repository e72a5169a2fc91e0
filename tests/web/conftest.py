"""A real explorer server for the web tests: the bundled corpus plus our own fixture articles ingested into a store
in a temp folder, served by `cscgraph serve` (uvicorn) in a subprocess on a free port of 127.0.0.1.

The server runs with a short query time limit (3 s) and a small result cap (500 rows) so the endpoint's limits
can be tested against it; the page queries are unaffected by the cap.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from cscgraph.graph.namespaces import Minter
from cscgraph.pipeline import ingest
from cscgraph.search import SearchIndex
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import EmbeddedStore, open_store
from cscgraph.web.explorer import Explorer

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCRIPT_ARTICLE = "example-org--news-2025-01-15-council-script-family-help-hubs"
"""Id of tests/web/fixtures/script-in-article.txt, whose headline and body contain <script> and <img onerror>."""
QUERY_TIMEOUT = 3.0
RESULT_LIMIT = 500
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


@dataclass(frozen=True)
class Server:
    url: str
    settings: Settings

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]


@contextmanager
def serving_in_thread(app: object) -> Iterator[httpx.Client]:
    """`app` served by uvicorn on a free port of 127.0.0.1 in a thread of the test's process (so that the test can
    count or patch what the app does), with a client for it, until the block ends."""
    config = uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning")  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{server.config.port}", timeout=60) as client:
            yield client
    finally:
        server.should_exit = True
        thread.join(30)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def web_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The corpus and the fixture articles in an embedded store (closed again, ready for the server to open)."""
    folder = tmp_path_factory.mktemp("web-store")
    settings = Settings(store=str(folder / "store"), search_index=str(folder / "search.sqlite"), workers=1,
                        query_timeout=QUERY_TIMEOUT, result_limit=RESULT_LIMIT, query_workers=2)
    store = open_store(settings)
    index = SearchIndex(Path(settings.search_index))
    report = ingest(store, settings, [CORPUS, FIXTURES], search=index)
    index.sync(store)
    index.close()
    store.close()
    assert report.ok, report.failed
    return settings


@contextmanager
def running_server(settings: Settings, log_dir: Path, **env_extra: str) -> Iterator[Server]:
    """`cscgraph serve` on a free port of 127.0.0.1 over `settings.store`, until the block ends."""
    port = _free_port()
    log_path = log_dir / "server.log"
    log = log_path.open("wb")
    env = {**os.environ, "CSCGRAPH_SEARCH_INDEX": settings.search_index,
           "CSCGRAPH_QUERY_TIMEOUT": str(settings.query_timeout), "CSCGRAPH_RESULT_LIMIT": str(settings.result_limit),
           "CSCGRAPH_QUERY_WORKERS": str(settings.query_workers), **env_extra}
    process = subprocess.Popen(
        [sys.executable, "-c", "from cscgraph.cli import main; main()", "--store", settings.store, "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            if process.poll() is not None:
                output = log_path.read_text(errors="replace")
                raise RuntimeError(f"the server exited with {process.returncode}:\n{output}")
            try:
                if httpx.get(f"{url}/queries", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer within 90 s")
            time.sleep(0.3)
        yield Server(url, settings)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="session")
def server(web_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(web_settings, tmp_path_factory.mktemp("server")) as running:
        yield running


@pytest.fixture()
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium driven by Playwright (skipped where it is not installed)."""
    from tests.web.test_browser import ARGS, CHROMIUM

    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium; `make browser` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def explorer(tmp_path: Path) -> Iterator[Explorer]:
    """An explorer over a small store of our own: 500 people and one measure, each with a label."""
    store = EmbeddedStore(tmp_path / "store", Minter(BASE_IRI))
    store.replace_graphs({f"{BASE_IRI}graph/reference": "".join(
        f"<{BASE_IRI}person/p{i}> {LABEL} \"Person {i}\" .\n" for i in range(500)) + (
        f"<{BASE_IRI}measure/staying-close> {LABEL} \"Staying Close\" .\n")})
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "search.sqlite"))
    e = Explorer(settings, store)
    yield e
    e.close()
    store.close()
