"""Starting real servers for the remote-store suite: free ports, waiting until they answer, the oxigraph binary."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


def oxigraph_binary() -> str:
    found = BIN / "oxigraph"
    if found.exists():
        return str(found)
    path = shutil.which("oxigraph")
    if path is None:
        pytest.fail("the `oxigraph` server binary is missing: `pip install oxigraph` (it is in the test extra)")
    return path


def cli_env(settings: Settings) -> dict[str, str]:
    """The environment for a `cscgraph` subprocess: no stray CSCGRAPH_ settings, this suite's search index."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CSCGRAPH_")}
    env["CSCGRAPH_SEARCH_INDEX"] = settings.search_index
    return env


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
        process.terminate()
        process.wait(10)
