"""Request limits for the web app, enforced before any route runs.

    body over MAX_BODY_BYTES                          413 (a declared Content-Length at once; a chunked body as it
                                                      streams past the limit)
    path and query over MAX_URL_BYTES                 414
    control characters in the path (`%00`, `%0a`…)    400 (no page's URL has them)
    more than `max_endpoint_queries` SPARQL endpoint  wait, without holding a server thread, for up to
    requests in flight, or more than                  ENDPOINT_WAIT_SECONDS; then 503 with Retry-After. Endpoint
    `max_endpoint_per_client` from one client         queries run on a few worker processes, and without a cap 50 of
                                                      them would hold every server thread, so the other pages
                                                      stopped answering.
    more than `max_endpoint_waiting` waiting besides, 503 with Retry-After at once.
    or three quarters of them from one client

Fair queuing: a client is its address. Waiting requests are let in round-robin across clients, one client's in
arrival order, and no client holds more than `max_endpoint_per_client` slots (the app sets one fewer than there
are query workers), so a burst of heavy queries from one address never occupies every worker: a cheap query from
another address runs on the worker left free instead of waiting behind the burst.

A pure ASGI middleware (outermost of the app's own). The security headers (Content Security Policy without inline script, `frame-ancestors 'none'`, nosniff,
Referrer-Policy) are set in `cscgraph.web.app`.
"""

from __future__ import annotations

import asyncio
import ctypes
from collections import Counter, OrderedDict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["RequestLimits", "MAX_BODY_BYTES", "MAX_URL_BYTES", "ENDPOINT_PATHS", "ENDPOINT_QUERIES_PER_WORKER",
           "ENDPOINT_WAITING_PER_WORKER"]

MAX_BODY_BYTES = 1_000_000
"""Largest request body accepted (a SPARQL query posted as a form is a few kilobytes)."""
MAX_URL_BYTES = 16_384
"""Longest path plus query string accepted (a long SPARQL query sent by GET fits; use POST beyond)."""

ENDPOINT_PATHS = ("/sparql", "/sparql.json")
"""Paths whose requests count towards `max_endpoint_queries`."""
ENDPOINT_QUERIES_PER_WORKER = 4
"""Default cap on endpoint requests in flight, per query worker process (more wait in line)."""
ENDPOINT_WAITING_PER_WORKER = 16
"""Default cap on endpoint requests waiting in line for a slot, per query worker process (more are refused)."""
ENDPOINT_WAIT_SECONDS = 5.0
"""Longest an endpoint request waits in line before it is answered 503."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class _TooLarge(Exception):
    pass


class RequestLimits:
    """ASGI middleware enforcing `MAX_BODY_BYTES` and `MAX_URL_BYTES` on every HTTP request."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_body: int = MAX_BODY_BYTES,
                 max_url: int = MAX_URL_BYTES, max_endpoint_queries: int = 8, max_endpoint_waiting: int = 32,
                 max_endpoint_per_client: int | None = None) -> None:
        self.app, self.max_body, self.max_url = app, max_body, max_url
        self.max_endpoint_queries, self.max_endpoint_waiting = max_endpoint_queries, max_endpoint_waiting
        self.max_endpoint_per_client = max_endpoint_per_client or max_endpoint_queries
        # One event loop runs all of this: no lock needed.
        self._running: Counter[str] = Counter()
        self._waiting: OrderedDict[str, deque[asyncio.Future[None]]] = OrderedDict()  # round-robin order

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > self.max_url:
            await _refuse(send, 414, f"URL longer than {self.max_url} bytes; POST the query instead")
            return
        if any(ord(char) < 32 or ord(char) == 127 for char in scope.get("path", "")):
            await _refuse(send, 400, "control characters in the path")
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send, 413, f"request body over {self.max_body} bytes")
            return
        if scope.get("path") in ENDPOINT_PATHS:
            await self._endpoint(scope, receive, send)
            return
        await self._limit_body(scope, receive, send)

    async def _endpoint(self, scope: Scope, receive: Receive, send: Send) -> None:
        """An endpoint request: run it when a slot is free for its client, waiting in line (no thread held) for up
        to ENDPOINT_WAIT_SECONDS; refused at once when the line, or the three quarters one client may fill, is full."""
        client = (scope.get("client") or ("?", 0))[0]
        if not self._may_start(client):
            waiting = sum(len(line) for line in self._waiting.values())
            mine = len(self._waiting.get(client, ()))
            if waiting >= self.max_endpoint_waiting or mine >= max(1, self.max_endpoint_waiting * 3 // 4):
                await _refuse(send, 503, f"{sum(self._running.values())} endpoint queries are running and "
                                         f"{waiting} waiting; try again shortly", retry_after=1)
                return
            turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiting.setdefault(client, deque()).append(turn)
            self._let_in()  # a slot may be free that only capped clients were waiting for
            try:
                await asyncio.wait_for(asyncio.shield(turn), ENDPOINT_WAIT_SECONDS)
            except TimeoutError:
                if not turn.done():
                    self._forget(client, turn)
                    await _refuse(send, 503, f"every endpoint query slot stayed busy for {ENDPOINT_WAIT_SECONDS:g} "
                                             "s; try again shortly", retry_after=1)
                    return
            except asyncio.CancelledError:  # the client went away while waiting
                if turn.done():
                    self._release(client)
                else:
                    self._forget(client, turn)
                raise
            # let in by `_let_in`, which counted the slot as this client's
        else:
            self._running[client] += 1
        try:
            await self._limit_body(scope, receive, send)
        finally:
            self._release(client)

    def _release(self, client: str) -> None:
        self._running[client] -= 1
        if self._running[client] <= 0:
            del self._running[client]
        self._let_in()
        if not self._running:
            _return_memory()

    def _may_start(self, client: str) -> bool:
        """A slot is free, the client holds fewer than its share, and nobody is waiting ahead of it."""
        return (sum(self._running.values()) < self.max_endpoint_queries and not self._waiting
                and self._running[client] < self.max_endpoint_per_client)

    def _let_in(self) -> None:
        """Give free slots to waiting requests, one client at a time in turn (a client let in goes to the back)."""
        progress = True
        while progress and self._waiting and sum(self._running.values()) < self.max_endpoint_queries:
            progress = False
            for client in list(self._waiting):
                if self._running[client] >= self.max_endpoint_per_client:
                    continue
                line = self._waiting.pop(client)
                turn = line.popleft()
                if line:
                    self._waiting[client] = line  # to the back of the round
                self._running[client] += 1
                turn.set_result(None)
                progress = True
                break

    def _forget(self, client: str, turn: asyncio.Future[None]) -> None:
        line = self._waiting.get(client)
        if line is not None and turn in line:
            line.remove(turn)
            if not line:
                del self._waiting[client]

    async def _limit_body(self, scope: Scope, receive: Receive, send: Send) -> None:
        received = 0
        exceeded = started = False

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    exceeded = True
                    raise _TooLarge
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except Exception:  # noqa: BLE001 - middleware between may wrap _TooLarge in an ExceptionGroup
            if not exceeded:
                raise
            if not started:
                await _refuse(send, 413, f"request body over {self.max_body} bytes")


def _return_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`) once no endpoint query is running:
    a big answer's many small objects are freed into per-thread arenas that glibc otherwise keeps."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _glibc() -> Any:
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # not glibc (macOS, musl): nothing to trim
        return None


_LIBC = _glibc()


async def _refuse(send: Send, status: int, reason: str, retry_after: int | None = None) -> None:
    body = f"{reason}\n".encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
               (b"x-content-type-options", b"nosniff"), (b"connection", b"close")]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
