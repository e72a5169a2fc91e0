"""A small real HTTP server on 127.0.0.1 for tests of code that fetches: routes set per test, every request logged.

    with serving_site() as site:
        site.route("/feed.xml", body=FEED, headers={"ETag": '"v1"'})
        site.url("/feed.xml")          # http://127.0.0.1:PORT/feed.xml
        site.requests                  # [(path, headers), ...]

A route answers 304 by itself to a request whose If-None-Match matches its ETag. `handler=` gives a route a
function of the request headers returning (status, headers, body) instead.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = tuple[int, dict[str, str], bytes]


@dataclass
class Site:
    port: int = 0
    routes: dict[str, Callable[[dict[str, str]], Answer]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, body: bytes | str = b"", status: int = 200, headers: dict[str, str] | None = None,
              handler: Callable[[dict[str, str]], Answer] | None = None) -> None:
        data = body.encode() if isinstance(body, str) else body
        fixed = dict(headers or {})

        def answer(request_headers: dict[str, str]) -> Answer:
            etag = fixed.get("ETag")
            if etag and request_headers.get("if-none-match") == etag:
                return 304, {"ETag": etag}, b""
            return status, fixed, data
        self.routes[path] = handler or answer

    def paths_requested(self) -> list[str]:
        return [path for path, _ in self.requests]


@contextmanager
def serving_site() -> Iterator[Site]:
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.requests.append((self.path, headers))
            route = site.routes.get(self.path)
            status, extra, body = route(headers) if route else (404, {}, b"not here")
            if status == 599:  # a slow answer: headers at once, then the body a byte at a time
                self._slow(body)
                return
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            if "Content-Length" not in extra:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _slow(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
