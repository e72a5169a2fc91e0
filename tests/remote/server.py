"""Starting real servers for the remote-store suite: free ports, waiting until they answer, `oxigraph serve` and
Virtuoso (`virtuoso-t`, Debian's virtuoso-opensource-7-bin) each in a folder of its own, and the cscgraph settings
that reach each."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import httpx
import pytest

from cscgraph.settings import Settings

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    """Until `url` answers 200 (a server may answer other codes while it starts)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


def stop(process: subprocess.Popen[bytes], seconds: float = 10) -> None:
    """Stop a server started here: SIGTERM, then SIGKILL if it has not exited within `seconds`."""
    process.terminate()
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


def oxigraph_binary() -> str:
    found = BIN / "oxigraph"
    if found.exists():
        return str(found)
    path = shutil.which("oxigraph")
    if path is None:
        pytest.fail("the `oxigraph` server binary is missing: `pip install oxigraph` (it is in the test extra)")
    return path


def cli_env(settings: Settings) -> dict[str, str]:
    """The environment for a `cscgraph` subprocess: no stray CSCGRAPH_ settings; this suite's search index and
    the endpoint paths and credentials of `settings` (the store URL is passed as `--store`)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CSCGRAPH_")}
    for name in ("search_index", *ENDPOINT_SETTINGS):
        if value := getattr(settings, name):
            env[f"CSCGRAPH_{name.upper()}"] = value
    return env


ENDPOINT_SETTINGS = ("query_path", "update_path", "graph_store_path", "store_user", "store_password")
"""The settings, besides the store URL, that say how to reach one server."""


@contextmanager
def oxigraph_serving(folder: Path, *flags: str) -> Iterator[str]:
    """URL of an `oxigraph serve` of a new dataset in `folder`, on a free local port, stopped on exit."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}",
                                *flags], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/query?query=ASK%7B%7D", process)
        yield url
    finally:
        stop(process)


VIRTUOSO_INI = Path(__file__).with_name("virtuoso.ini")


def virtuoso_binary() -> str:
    path = shutil.which("virtuoso-t")
    if path is None:
        pytest.fail("the Virtuoso server `virtuoso-t` is missing: `apt-get install virtuoso-opensource-7-bin` "
                    "(`make test` installs it)")
    return path


VIRTUOSO_SETUP = ("DB.DBA.USER_CREATE('cscgraph', '{password}'); GRANT SPARQL_UPDATE TO \"cscgraph\"; "
                  "USER_SET_PASSWORD('dba', '{dba_password}');")
"""The account cscgraph writes as (the README's set-up), and the `dba` account's default password replaced."""


@contextmanager
def virtuoso_serving(folder: Path, max_rows: int = 1_000_000) -> Iterator[Settings]:
    """Settings reaching a new Virtuoso database in `folder` (its own ini, SQL and HTTP on free local ports, an
    account `cscgraph` allowed SPARQL_UPDATE), stopped on exit: queries to `/sparql`, writes by the Graph Store
    Protocol at `/sparql-graph-crud-auth` and SPARQL Update at `/sparql-auth`, both behind HTTP Digest. Virtuoso
    cuts every answer at `max_rows` rows."""
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.read_text(encoding="utf-8").format(folder=folder, sql_port=sql_port,
                                                                   http_port=http_port, max_rows=max_rows), encoding="utf-8")
    process = subprocess.Popen([virtuoso_binary(), "+foreground", "+configfile", str(ini)],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http_port}"
    password = secrets.token_hex(12)
    try:
        wait_for(f"{url}/sparql?query=ASK%7B%7D", process, seconds=60)
        setup = VIRTUOSO_SETUP.format(password=password, dba_password=secrets.token_hex(12))
        done = subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba", "VERBOSE=OFF", "BANNER=OFF",
                               f"EXEC={setup}"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
        yield Settings(store=url, query_path="/sparql", update_path="/sparql-auth",
                       graph_store_path="/sparql-graph-crud-auth", store_user="cscgraph", store_password=password)
    finally:
        stop(process, seconds=30)  # Virtuoso writes a checkpoint as it stops


@contextmanager
def oxigraph_settings(folder: Path) -> Iterator[Settings]:
    """Settings reaching a new `oxigraph serve --union-default-graph` of a dataset in `folder` (its default paths)."""
    with oxigraph_serving(folder, "--union-default-graph") as url:
        yield Settings(store=url)


ENGINES: dict[str, Callable[[Path], AbstractContextManager[Settings]]] = {
    "oxigraph": oxigraph_settings, "virtuoso": virtuoso_serving}
"""The SPARQL servers every remote-store test runs against, each started fresh in a folder."""
