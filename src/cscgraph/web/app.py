"""`create_app(settings, store)`: the explorer's FastAPI app.

It holds one `Explorer` (queries, names, search), one `Pages` (templates) and one `QueryRunner` (the SPARQL
endpoint's limits; a pool of worker processes over an embedded store). The pool starts with the app and stops with
it. Every response carries a Content Security Policy that allows no inline script and nothing from other hosts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from cscgraph import __version__
from cscgraph.errors import CscgraphError, QueryError, QueryTimeout
from cscgraph.resources import data_dir
from cscgraph.settings import Settings
from cscgraph.store import Store
from cscgraph.web.context import AppState, state
from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import Page, Pages, wants_json
from cscgraph.web.runner import QueryRunner
from cscgraph.web.security import ENDPOINT_QUERIES_PER_WORKER, ENDPOINT_WAITING_PER_WORKER, RequestLimits
from cscgraph.web.views import ROUTERS
from cscgraph.web.workers import QueryPool

__all__ = ["create_app", "CONTENT_SECURITY_POLICY"]

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response


def create_app(settings: Settings, store: Store, *, query_workers: bool = True) -> FastAPI:
    """The web explorer and SPARQL endpoint over `store`.

    With an embedded store, endpoint queries run in `settings.query_workers` worker processes (a real time limit
    and memory cap); `query_workers=False` runs them in the server process instead (no hard limit: for tools
    that only render pages).
    """
    explorer = Explorer(settings, store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        path = explorer.values.store_path
        pool = QueryPool(path, settings.base_iri, size=settings.query_workers, memory_mb=settings.query_memory) \
            if path is not None and query_workers else None
        runner = QueryRunner(settings, store, pool)
        app.state.cscgraph = AppState(explorer, Pages(explorer), runner)
        try:
            yield
        finally:
            runner.close()
            explorer.close()

    app = FastAPI(title="cscgraph explorer", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, openapi_url=None)
    app.add_middleware(_SecurityHeaders)
    # Any origin may read: nothing here writes (POST is only ever a query), no request carries credentials
    # (no cookies, no auth; the CORS answer never allows them), and a query cannot reach another host (SERVICE is
    # refused from the parsed query). So a page elsewhere (YASGUI, a notebook) may query the endpoint.
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Accept-Language", "Content-Language", "Content-Type",
                                      "Cache-Control", "X-Requested-With"],
                       allow_credentials=False, expose_headers=["X-SPARQL-Truncated", "Retry-After"], max_age=600)
    # Outermost: body/URL size limits and the endpoint's cap on queries in flight (cscgraph.web.security).
    app.add_middleware(RequestLimits,
                       max_endpoint_queries=ENDPOINT_QUERIES_PER_WORKER * max(1, settings.query_workers),
                       max_endpoint_waiting=ENDPOINT_WAITING_PER_WORKER * max(1, settings.query_workers),
                       max_endpoint_per_client=max(1, settings.query_workers - 1))
    static = data_dir("web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response((static / "favicon.svg").read_bytes(), media_type="image/svg+xml")
    for router in ROUTERS:
        app.include_router(router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _error_page(request, 400, problems or "bad request")

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        # a page's own query running out of time is the server's trouble, not a bad request
        return _error_page(request, 503 if isinstance(exc, QueryTimeout) else 400,
                           state(request).explorer.db.public_message(exc))

    @app.exception_handler(CscgraphError)
    async def store_error(request: Request, exc: CscgraphError) -> Response:
        return _error_page(request, 503, state(request).explorer.db.public_message(exc))

    return app


_TITLES = {400: "Bad request", 403: "Refused", 404: "Not found", 405: "Method not allowed", 406: "Not acceptable",
           503: "Unavailable"}


def _error_page(request: Request, status: int, message: str) -> Response:
    """An error as the page kind asked for: JSON for `.json` twins, HTML for browsers, plain text otherwise."""
    title = _TITLES.get(status, "Error")
    accept = request.headers.get("accept", "")
    if wants_json(request) or "html" not in accept:
        if wants_json(request) or "json" in accept:
            from fastapi.responses import JSONResponse
            return JSONResponse({"error": title, "message": message}, status_code=status)
        return PlainTextResponse(f"{title}: {message}\n", status_code=status)
    pages = state(request).pages
    return pages.render(request, Page("error.html", title, {"status": status, "message": message},
                                      [(title, request.url.path)], status))
