"""Request limits for the web app: a body larger than `MAX_BODY_BYTES` is 413, a URL longer than `MAX_URL_BYTES` 414.

A pure ASGI middleware, so the limit holds before any route reads the body: a declared `Content-Length` over the
limit is refused at once, and a chunked body is counted as it streams and cut off when it passes the limit. The
security headers (Content Security Policy without inline script, `frame-ancestors 'none'`, nosniff,
Referrer-Policy) are set in `cscgraph.web.app`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["RequestLimits", "MAX_BODY_BYTES", "MAX_URL_BYTES"]

MAX_BODY_BYTES = 1_000_000
"""Largest request body accepted (a SPARQL query posted as a form is a few kilobytes)."""
MAX_URL_BYTES = 16_384
"""Longest path plus query string accepted (a long SPARQL query sent by GET fits; use POST beyond)."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class _TooLarge(Exception):
    pass


class RequestLimits:
    """ASGI middleware enforcing `MAX_BODY_BYTES` and `MAX_URL_BYTES` on every HTTP request."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_body: int = MAX_BODY_BYTES,
                 max_url: int = MAX_URL_BYTES) -> None:
        self.app, self.max_body, self.max_url = app, max_body, max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > self.max_url:
            await _refuse(send, 414, f"URL longer than {self.max_url} bytes; POST the query instead")
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send, 413, f"request body over {self.max_body} bytes")
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _TooLarge
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not started:
                await _refuse(send, 413, f"request body over {self.max_body} bytes")


async def _refuse(send: Send, status: int, reason: str) -> None:
    body = f"{reason}\n".encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
        (b"x-content-type-options", b"nosniff"), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
