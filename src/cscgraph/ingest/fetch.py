"""Feeds and article pages over HTTP(S): the only code in cscgraph that opens a network connection.

    fetcher = Fetcher(FetchPolicy(...), memory)      one polite client for a run
    read_urls(urls, fetcher, follow_links=False)     Article / ReadError records, as `read_file` gives for files
    fetcher.remember(succeeded_urls)                 keep validators only for what was stored (see below)

A response goes through the same readers as a file (`read_bytes`: RSS/Atom feed, HTML page — its text through
trafilatura — or plain text), so a URL is read exactly as a saved copy of it would be; its `source` is the URL.

Politeness and limits (`FetchPolicy`): a User-Agent naming cscgraph; one request at a time, and at least
`delay` seconds between two requests to one host; `robots.txt` obeyed (fetched once per host and run: a 4xx means
no rules, a 5xx or a failure means the host is not fetched this run); at most `max_redirects` redirects, only to
http(s); a response over `max_bytes` (declared or streamed) or taking longer than `timeout` seconds in all is
dropped. Every failure is one `ReadError` naming the URL and the reason, and the other URLs still go in.

Conditional requests: the ETag and Last-Modified of every feed and page fetched are kept in a `FetchMemory`
(SQLite, beside the store), and sent back as If-None-Match / If-Modified-Since next time, so an unchanged feed
costs one 304 and yields nothing. Validators are written only by `remember()`, which the caller invokes for the
URLs whose articles were all stored — a run that failed to store a feed's items fetches it in full next time.
Validators are also ignored for a URL the store holds no article from (a new or emptied store).
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from cscgraph import __version__

from ..errors import ReadError
from ..models import Article

__all__ = ["FetchPolicy", "FetchMemory", "Fetcher", "read_urls", "is_url", "USER_AGENT"]

USER_AGENT = f"cscgraph/{__version__} (+https://w3id.org/cscgraph/; a knowledge graph of children's social care policy)"
"""Sent with every request, so a publisher can see who fetches and why."""
XML_ENCODING_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\bencoding\s*=", re.IGNORECASE)
"""The start of an XML declaration that names its own encoding (`<?xml version="1.0" encoding="…"?>`): such a
document is left to the XML parser to decode."""


def is_url(source: str | Path) -> bool:
    """True for an http(s) URL with a host, decided by parsing it.

    >>> is_url("https://example.org/feed"), is_url("corpus/feed.xml"), is_url("javascript:alert(1)")
    (True, False, False)
    """
    if isinstance(source, Path):
        return False
    parts = urlsplit(source)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how far one run fetches."""

    delay: float = 1.0
    """Seconds between two requests to one host."""
    timeout: float = 20.0
    """Seconds one response may take in all (connecting, waiting and reading)."""
    max_bytes: int = 10_000_000
    """Largest response body read."""
    max_redirects: int = 5
    user_agent: str = USER_AGENT


class FetchMemory:
    """What earlier runs learnt of each URL: its validators (ETag, Last-Modified) and when it was fetched."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path)
        self._db.execute("CREATE TABLE IF NOT EXISTS validators (url TEXT PRIMARY KEY, etag TEXT, "
                         "last_modified TEXT, fetched_at TEXT NOT NULL)")
        self._db.commit()

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self._db.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def keep(self, url: str, etag: str | None, last_modified: str | None, fetched_at: datetime) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO validators VALUES (?, ?, ?, ?)",
                             (url, etag, last_modified, fetched_at.isoformat()))

    def close(self) -> None:
        self._db.close()


@dataclass
class _Response:
    url: str
    """The URL after redirects."""
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None
    charset: str | None


class Fetcher:
    """One polite HTTP client for a run: per-host spacing, robots.txt, caps and conditional requests."""

    def __init__(self, policy: FetchPolicy | None = None, memory: FetchMemory | None = None,
                 holds_articles_from: Callable[[str], bool] = lambda url: True,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or FetchPolicy()
        self.memory = memory
        self._holds = holds_articles_from
        self._clock, self._sleep = clock, sleep
        self._client = httpx.Client(headers={"User-Agent": self.policy.user_agent,
                                                              "Accept-Encoding": "gzip, deflate"}, follow_redirects=False,
                                    timeout=httpx.Timeout(self.policy.timeout), trust_env=False)
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | str] = {}
        self._pending: dict[str, tuple[str | None, str | None, datetime]] = {}
        self.not_modified: list[str] = []
        """URLs that answered 304 Not Modified this run."""

    def get(self, url: str, conditional: bool = True) -> _Response | ReadError:
        """The response to a GET of `url` (after redirects), a 304 as status 304 with no body, or why not."""
        refusal = self._robots_refusal(url)
        if refusal:
            return ReadError(url, refusal)
        headers: dict[str, str] = {}
        if conditional and self.memory is not None and self._holds(url):
            etag, modified = self.memory.validators(url)
            headers.update({k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v})
        try:
            response = self._get_following_redirects(url, headers)
        except ReadError as error:
            return error
        if response.status == 304:
            self.not_modified.append(url)
        elif response.etag or response.last_modified:
            self._pending[url] = (response.etag, response.last_modified, datetime.now(timezone.utc))
        return response

    def remember(self, urls: Iterable[str]) -> None:
        """Keep the validators of these URLs (fetched this run, their articles stored) for the next run."""
        if self.memory is None:
            return
        for url in urls:
            if url in self._pending:
                self.memory.keep(url, *self._pending.pop(url))

    def close(self) -> None:
        self._client.close()
        if self.memory is not None:
            self.memory.close()

    def _get_following_redirects(self, url: str, headers: dict[str, str]) -> _Response:
        seen = [url]
        for _ in range(self.policy.max_redirects + 1):
            response = self._get_once(seen[-1], headers)
            if response.status not in (301, 302, 303, 307, 308):
                return response
            target = urljoin(seen[-1], response.body.decode("latin-1")) if response.body else ""
            if not is_url(target):
                raise ReadError(url, f"redirect to a location that is not an http(s) URL: {target[:200]!r}")
            if target in seen:
                raise ReadError(url, f"redirect loop ({' -> '.join(seen + [target])[:300]})")
            refusal = self._robots_refusal(target)
            if refusal:
                raise ReadError(url, f"redirected to {target}: {refusal}")
            seen.append(target)
        raise ReadError(url, f"more than {self.policy.max_redirects} redirects")

    def _get_once(self, url: str, headers: dict[str, str]) -> _Response:
        """One request (after waiting for the host's turn); a redirect comes back with its Location as body."""
        self._wait_for_host(url)
        started = self._clock()
        policy = self.policy
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.is_redirect:
                    return _Response(url, response.status_code, response.headers.get("location", "").encode("latin-1",
                                     "replace"), None, None, None)
                if response.status_code == 304:
                    return _Response(url, 304, b"", None, None, None)
                if response.status_code >= 400:
                    raise ReadError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > policy.max_bytes:
                    raise ReadError(url, f"response of {int(declared):,} bytes is over the {policy.max_bytes:,}-byte cap")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_raw():
                    size += len(chunk)
                    if size > policy.max_bytes:
                        raise ReadError(url, f"response is over the {policy.max_bytes:,}-byte cap")
                    if self._clock() - started > policy.timeout:
                        raise ReadError(url, f"response took longer than {policy.timeout:g} s")
                    chunks.append(chunk)
                return _Response(url, response.status_code, _decoded_body(response, b"".join(chunks)),
                                 response.headers.get("etag"), response.headers.get("last-modified"),
                                 response.charset_encoding)
        except httpx.TimeoutException:
            raise ReadError(url, f"timed out after {policy.timeout:g} s") from None
        except httpx.HTTPError as error:
            raise ReadError(url, f"could not fetch: {type(error).__name__}: {error}"[:300]) from None
        finally:
            self._last_request[_host(url)] = self._clock()

    def _wait_for_host(self, url: str) -> None:
        last = self._last_request.get(_host(url))
        if last is not None:
            wait = self.policy.delay - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)

    def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids fetching `url`, or None when it allows it."""
        host = _host(url)
        if host not in self._robots:
            self._robots[host] = self._read_robots(url)
        rules = self._robots[host]
        if isinstance(rules, str):
            return rules
        return None if rules.can_fetch(self.policy.user_agent, url) else "robots.txt disallows fetching it"

    def _read_robots(self, url: str) -> RobotFileParser | str:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        rules = RobotFileParser(robots_url)
        try:
            response = self._get_once(robots_url, {})
        except ReadError as error:
            if error.reason.startswith("HTTP 4"):
                rules.parse([])  # no robots.txt: everything is allowed
                return rules
            return f"robots.txt could not be read ({error.reason}); the host is not fetched this run"
        rules.parse(response.body.decode("utf-8", "replace").splitlines() if response.status == 200 else [])
        return rules


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _decoded_body(response: httpx.Response, raw: bytes) -> bytes:
    """The body with any Content-Encoding undone (bounded by the raw size cap × 20, against zip bombs)."""
    encoding = response.headers.get("content-encoding", "").lower()
    if encoding in ("", "identity"):
        return raw
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}.get(encoding)
    if wbits is None:
        raise ReadError(str(response.url), f"unsupported Content-Encoding {encoding!r}")
    inflater = zlib.decompressobj(wbits)
    limit = 20 * max(len(raw), 1)
    out = inflater.decompress(raw, limit)
    if inflater.unconsumed_tail:
        raise ReadError(str(response.url), "compressed response expands past the size cap")
    return out


def read_urls(urls: Iterable[str], fetcher: Fetcher, follow_links: bool = False) -> Iterator[Article | ReadError]:
    """Fetch each URL and read it as a file of its content would be read.

    With `follow_links`, each feed item's link is fetched too (same politeness) and the page's text replaces the
    feed's when the page can be read; otherwise the feed's text is kept and a ReadError says why the page could not
    be had (the item itself is still stored).
    """
    from . import read_bytes  # the package's reader dispatch; imported here to keep the import graph one-way

    for url in urls:
        response = fetcher.get(url)
        if isinstance(response, ReadError):
            yield response
            continue
        if response.status == 304:
            continue
        body = _transcoded(response)
        feed = list(read_bytes(body, url))
        is_feed = sum(1 for r in feed if isinstance(r, Article) and r.item is not None) > 0
        for record in feed:
            if isinstance(record, Article):
                record = dataclasses.replace(record, url=record.url or response.url)
                if follow_links and is_feed and record.url and is_url(record.url) and record.url != url:
                    yield from _with_page(record, fetcher, read_bytes)
                    continue
            yield record


def _with_page(item: Article, fetcher: Fetcher, read_bytes) -> Iterator[Article | ReadError]:  # noqa: ANN001
    """The feed item with its linked page's text, or the item as the feed gave it and why the page was not used."""
    assert item.url is not None
    response = fetcher.get(item.url, conditional=False)
    if isinstance(response, ReadError):
        yield item
        yield ReadError(item.source, f"linked page not used, feed text kept: {response.reason}", item.item)
        return
    pages = [r for r in read_bytes(_transcoded(response), item.url) if isinstance(r, Article)]
    if len(pages) != 1 or not pages[0].paragraphs:
        yield item
        yield ReadError(item.source, f"linked page {item.url} has no article text; feed text kept", item.item)
        return
    page = pages[0]
    yield dataclasses.replace(item, paragraphs=page.paragraphs, published=item.published or page.published)


def _transcoded(response: _Response) -> bytes:
    """The body as UTF-8 when the HTTP header names another charset and the document does not name its own."""
    charset = (response.charset or "").lower()
    if not charset or charset in ("utf-8", "utf8") or XML_ENCODING_DECLARATION.match(response.body):
        return response.body
    try:
        return response.body.decode(charset, errors="replace").encode("utf-8")
    except LookupError:
        return response.body

