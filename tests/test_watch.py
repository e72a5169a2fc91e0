"""`cscgraph watch`: a real poller process against a real HTTP server on 127.0.0.1, and its schedule."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cscgraph.errors import CscgraphError
from cscgraph.pipeline import IngestReport
from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.watch import Watcher, parse_interval, read_url_list
from tests.http_site import serving_site
from tests.ingest.test_fetch import FOSTER, HUBS, rss


def _read_lines_until(process: subprocess.Popen[str], wanted: str, seen: list[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stderr.readline() if process.stderr else ""
        if not line:
            if process.poll() is not None:
                break
            continue
        seen.append(line.rstrip("\n"))
        if wanted in line:
            return
    raise AssertionError(f"no line with {wanted!r} in {seen}")


def test_watch_picks_up_an_item_added_between_polls_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    store = tmp_path / "store"
    env = {**os.environ, "CSCGRAPH_FETCH_DELAY": "0", "CSCGRAPH_WORKERS": "1"}
    with serving_site() as site:
        site.route("/feed.xml", rss(HUBS), headers={"ETag": '"one"'})
        process = subprocess.Popen(
            [sys.executable, "-c", "import sys; from cscgraph.cli import main; sys.exit(main())",
             "--store", str(store), "watch", site.url("/feed.xml"), "--every", "1s"],
            env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        lines: list[str] = []
        try:
            _read_lines_until(process, "1 new, 0 updated, 0 unchanged, 0 failed", lines)
            _read_lines_until(process, "not modified", lines)
            site.route("/feed.xml", rss(HUBS, FOSTER), headers={"ETag": '"two"'})
            _read_lines_until(process, "1 new, 0 updated, 1 unchanged, 0 failed", lines)
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=60) == 0
            lines += [line for line in (process.stderr.read() if process.stderr else "").splitlines() if line]
        finally:
            if process.poll() is None:
                process.kill()
    assert lines[-1] == "stopped"
    opened = open_store(Settings(store=str(store)), read_only=True)
    try:
        count = opened.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }").rows[0]["n"]
    finally:
        opened.close()
    assert int(count.value) == 2


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_failing_url_backs_off_doubling_and_returns_to_the_interval_after_a_success() -> None:
    clock, log = _Clock(), []
    outcomes = iter(["fail", "fail", "ok", "ok"])

    def ingest_once(urls: list[str]) -> IngestReport:
        report = IngestReport()
        if next(outcomes) == "fail":
            report.fail(f"{urls[0]}: HTTP 500 Internal Server Error", urls[0])
        else:
            report.tally(urls[0], "unchanged")
        return report
    watcher = Watcher(["https://a.example/feed"], 60, ingest_once, log.append, clock=clock)
    waits = []
    for _ in range(4):
        watcher.poll_due()
        due = watcher._schedule["https://a.example/feed"].due  # noqa: SLF001 - the schedule is what is tested
        waits.append(due - clock.now)
        clock.now = due
    assert waits == [120, 240, 60, 60]
    assert "HTTP 500" in log[0] and "next try in 120 s" in log[0]


def test_a_store_that_cannot_be_had_fails_the_poll_and_the_watch_goes_on() -> None:
    clock, log = _Clock(), []

    def busy(urls: list[str]) -> IngestReport:
        raise CscgraphError("store /x is locked by another writer")
    watcher = Watcher(["https://a.example/feed"], 30, busy, log.append, clock=clock)
    watcher.poll_due()
    assert "locked by another writer" in log[0] and "next try in 60 s" in log[0]


def test_run_returns_when_stopped() -> None:
    stop = threading.Event()
    log: list[str] = []
    polls: list[list[str]] = []
    watcher = Watcher(["https://a.example/feed"], 3600, lambda urls: polls.append(urls) or stop.set()
                      or IngestReport(), log.append)
    watcher.run(stop)
    assert (polls, log[-1]) == ([["https://a.example/feed"]], "stopped")


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("1h", 3600), ("2h30m", 9000), ("90s", 90), ("45", 45)])
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "soon", "15 minutes", "-5m"])
def test_bad_intervals_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_interval(text)


def test_a_feeds_list_skips_comments_and_names_a_bad_line(tmp_path: Path) -> None:
    good = tmp_path / "feeds.txt"
    good.write_text("# sector feeds\nhttps://a.example/feed  # news\n\nhttp://b.example/rss\n", encoding="utf-8")
    assert read_url_list(good) == ["https://a.example/feed", "http://b.example/rss"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.example/feed\nfile:///etc/passwd\n", encoding="utf-8")
    with pytest.raises(CscgraphError, match=r"bad.txt: line 2: 'file:///etc/passwd' is not an http\(s\) URL"):
        read_url_list(bad)
