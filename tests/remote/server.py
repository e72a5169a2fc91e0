"""Starting real servers for the remote-store suite: free ports, waiting until they answer, the oxigraph binary."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
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
