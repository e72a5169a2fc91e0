"""A first load is bulk loaded into a new store beside the old one (`cscgraph.store.bulk`): killed part-way (a real
`cscgraph ingest` process, SIGKILL), it leaves the old store whole and opening; run again, it completes. While it
runs (stopped part-way), a second writer is refused with the usual message."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from .conftest import CSCGRAPH, run_cli

COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
ARTICLES = 300
LOAD_STARTED_WITHIN = 120.0


def _articles(store: Path) -> int:
    answer = run_cli("--store", store, "query", "-", "--format", "csv", stdin=COUNT_ARTICLES)
    assert answer.returncode == 0, answer.stderr
    return int(answer.stdout.split()[1])


def _wait_for_batches(build: Path, process: subprocess.Popen, batches: int) -> None:
    """Until the build beside the store has taken `batches` writes (its generation counts them)."""
    generation = build.with_name(build.name + ".generation")
    deadline = time.monotonic() + LOAD_STARTED_WITHIN
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if int(generation.read_text() or 0) >= batches:
                return
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    raise AssertionError(f"the bulk load wrote no {batches} batches (exit status {process.poll()})")


def test_a_first_load_killed_mid_way_leaves_the_old_store_and_running_it_again_completes(
        tmp_path: Path, corpus_factory) -> None:  # noqa: ANN001
    store = tmp_path / "store"
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    assert run_cli("--store", store, "ingest", "--quiet", nothing).returncode == 0  # a store with no article
    before = run_cli("--store", store, "export", "--format", "nquads").stdout
    assert "referenceDigest" in before
    corpus = corpus_factory(ARTICLES)
    loading = subprocess.Popen([*CSCGRAPH, "--store", str(store), "ingest", "--quiet", str(corpus)],
                               env={**os.environ, "CSCGRAPH_WORKERS": "1"}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    build = tmp_path / f".store.bulk-{loading.pid}"
    try:
        _wait_for_batches(build, loading, 3)
        # Stopped, so the load cannot finish while the second writer is tried (a fast load could, under CI load).
        loading.send_signal(signal.SIGSTOP)
        busy = run_cli("--store", store, "ingest", "--quiet", "--wait", "0", corpus)
        assert loading.poll() is None and not (tmp_path / "store.swap.json").exists()  # still loading
    finally:
        loading.send_signal(signal.SIGKILL)
        loading.communicate(timeout=60)
    assert busy.returncode == 1 and "another process is writing to the store" in busy.stderr
    assert build.exists()  # killed part-way through the load
    assert run_cli("--store", store, "export", "--format", "nquads").stdout == before
    assert _articles(store) == 0

    again = run_cli("--store", store, "ingest", "--quiet", corpus)
    assert again.returncode == 0 and again.stdout.startswith(f"{ARTICLES} new"), again.stderr
    assert _articles(store) == ARTICLES
    assert not [p.name for p in tmp_path.iterdir() if ".bulk-" in p.name or p.name.endswith(".swap.json")]
    search = run_cli("--store", store, "search", "Story 7 from batch 50")
    assert "story-50-7" in search.stdout, search.stderr


def test_a_first_load_stopped_by_sigterm_deletes_its_new_store_and_says_so(tmp_path: Path, corpus_factory) -> None:  # noqa: ANN001
    store = tmp_path / "store"
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    assert run_cli("--store", store, "ingest", "--quiet", nothing).returncode == 0
    before = run_cli("--store", store, "export", "--format", "nquads").stdout
    loading = subprocess.Popen([*CSCGRAPH, "--store", str(store), "ingest", "--quiet", str(corpus_factory(ARTICLES))],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    build = tmp_path / f".store.bulk-{loading.pid}"
    try:
        _wait_for_batches(build, loading, 3)
        loading.send_signal(signal.SIGTERM)
        _, stderr = loading.communicate(timeout=60)
    finally:
        loading.kill()
    assert loading.returncode == 128 + signal.SIGTERM, stderr
    assert "stopped by SIGTERM" in stderr and "Traceback" not in stderr
    assert not [p.name for p in tmp_path.iterdir() if ".bulk-" in p.name]  # deleted by the process itself
    assert run_cli("--store", store, "export", "--format", "nquads").stdout == before
    assert _articles(store) == 0
