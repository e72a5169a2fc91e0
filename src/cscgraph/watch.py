"""`cscgraph watch`: keep the graph current by polling feeds and pages on a schedule.

    Watcher(urls, every, ingest_once, log).run(stop)

Each poll hands every URL that is due to `ingest_once` in one call (so the fetcher's per-host spacing, robots.txt
and conditional requests apply across them), then logs one line per URL: `new / updated / unchanged / failed`
counts, `not modified`, or the failure. A URL whose poll failed waits twice as long each time (up to
`max_backoff`), and goes back to `every` after its next success. `ingest_once` opens the store for the poll and
lets it go afterwards, so other writers can take turns and the explorer keeps reading. Setting `stop` ends the
loop after the poll under way; nothing is left half-written, since each article is replaced atomically.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cscgraph.errors import CscgraphError
from cscgraph.pipeline import IngestReport, ingest
from cscgraph.search import SearchIndex, search_path
from cscgraph.settings import Settings
from cscgraph.store import open_store

__all__ = ["Watcher", "ingest_urls", "parse_interval", "read_url_list", "MAX_BACKOFF_SECONDS"]

MAX_BACKOFF_SECONDS = 6 * 3600.0
"""Longest wait before polling a URL whose polls keep failing."""
INTERVAL = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+(?:\.\d+)?)s?)?$")
"""An interval as `15m`, `1h`, `2h30m`, `90s` or plain seconds (`90`)."""


def parse_interval(text: str) -> float:
    """Seconds in an interval written `15m`, `1h30m`, `45s` or `45`.

    >>> parse_interval("15m"), parse_interval("1h30m"), parse_interval("90")
    (900.0, 5400.0, 90.0)
    """
    match = INTERVAL.match(text.strip().lower())
    if not text.strip() or match is None or not any(match.groups()):
        raise ValueError(f"{text!r} is not an interval such as 15m, 1h, 2h30m or 90s")
    hours, minutes, seconds = (float(match.group(g) or 0) for g in "hms")
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        raise ValueError(f"{text!r}: the interval must be longer than 0 s")
    return total


def read_url_list(path: Path) -> list[str]:
    """The URLs of a feeds list: one a line; blank lines and `#` comments skipped."""
    from cscgraph.ingest import is_url

    urls: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if not is_url(text):
            raise CscgraphError(f"{path}: line {number}: {text[:80]!r} is not an http(s) URL")
        urls.append(text)
    return urls


def ingest_urls(settings: Settings, urls: list[str], follow_links: bool = False) -> IngestReport:
    """One poll's write: open the store, ingest the URLs, bring the search index in step, let the store go."""
    store = open_store(settings)
    try:
        index = SearchIndex(search_path(settings))
        try:
            report = ingest(store, settings, urls, search=index, follow_links=follow_links)
            index.sync(store)
        finally:
            index.close()
    finally:
        store.close()
    return report


@dataclass
class _Schedule:
    due: float
    failures: int = 0


class Watcher:
    """Polls URLs every `every` seconds (backing off on failure) through `ingest_once`."""

    def __init__(self, urls: Sequence[str], every: float, ingest_once: Callable[[list[str]], IngestReport],
                 log: Callable[[str], None], *, max_backoff: float = MAX_BACKOFF_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.every, self.max_backoff = every, max(every, max_backoff)
        self._ingest, self._log, self._clock = ingest_once, log, clock
        now = clock()
        self._schedule = {url: _Schedule(now) for url in dict.fromkeys(urls)}

    def run(self, stop: threading.Event) -> None:
        """Poll until `stop` is set."""
        self._log(f"watching {len(self._schedule)} URL(s) every {self.every:g} s")
        while not stop.is_set():
            self.poll_due()
            wait = min(s.due for s in self._schedule.values()) - self._clock()
            stop.wait(max(wait, 0.0))
        self._log("stopped")

    def poll_due(self) -> None:
        """Ingest every URL that is due, in one call, and log how each went."""
        now = self._clock()
        due = [url for url, s in self._schedule.items() if s.due <= now]
        if not due:
            return
        try:
            report = self._ingest(due)
        except CscgraphError as exc:  # the store could not be had: every URL waits for the next try
            for url in due:
                self._done(url, ok=False, line=f"failed: {exc}")
            return
        for url in due:
            self._done(url, *_outcome(url, report))

    def _done(self, url: str, ok: bool, line: str) -> None:
        schedule = self._schedule[url]
        schedule.failures = 0 if ok else schedule.failures + 1
        wait = min(self.every * 2 ** schedule.failures, self.max_backoff)
        schedule.due = self._clock() + wait
        retry = "" if ok else f" (next try in {wait:g} s)"
        self._log(f"{datetime.now(timezone.utc):%Y-%m-%dT%H:%M:%SZ} {url}: {line}{retry}")


def _outcome(url: str, report: IngestReport) -> tuple[bool, str]:
    """(succeeded, log text) for one URL of a poll; a poll fails when nothing at all could be read from the URL."""
    if url in report.not_modified:
        return True, "not modified"
    counts = report.by_source.get(url, Counter())
    text = (f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
            f"{counts['failed']} failed")
    failure = report.first_failure.get(url)
    if failure is None:
        return True, text
    read_something = counts["new"] + counts["updated"] + counts["unchanged"] > 0
    return read_something, f"{text}; first failure: {failure.removeprefix(url + ': ')}"
