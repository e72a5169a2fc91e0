"""`/sparql`: the SPARQL 1.1 Protocol endpoint and, for browsers, the query editor with results as a table.

GET `?query=`, POST form (`query=`) and POST `application/sparql-query`, with `default-graph-uri` /
`named-graph-uri`. Answers by content negotiation (or `format=`): SPARQL results JSON, XML, CSV, TSV; Turtle,
N-Triples, JSON-LD for CONSTRUCT/DESCRIBE; HTML when a browser asks. Errors are 400 with the parser's message;
updates, LOAD and SERVICE are refused (403); a query past the time limit or memory cap is stopped (503).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from cscgraph.errors import QueryError, QueryTimeout
from cscgraph.formats import render_results
from cscgraph.rdf import serialise
from cscgraph.store import Results
from cscgraph.web.context import AppState, state
from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import Page
from cscgraph.web.protocol import (GRAPH_TYPES, RESULT_TYPES, NotAcceptable, QueryRefused, fewer, negotiate,
                                   requested_format, wants_rdf)
from cscgraph.web.views.description import service_description
from cscgraph.web.workers import QueryOutOfMemory, QueryPoolBusy

router = APIRouter()

EXAMPLE = """PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?speaker ?name (COUNT(?quote) AS ?quotes)
WHERE {
  ?quote a schema:Quotation ; schema:creator ?speaker .
  ?speaker rdfs:label ?name .
}
GROUP BY ?speaker ?name
ORDER BY DESC(?quotes)
LIMIT 20
"""
CACHED_ANSWER_BYTES = 256_000
"""Largest serialised answer the endpoint keeps for the same query asked again (see `_answer`)."""
_HTML_ROWS = 1000
"""Rows shown in an HTML results table (downloads carry all rows up to the result cap)."""


def status_of(exc: QueryError) -> int:
    if isinstance(exc, QueryRefused):
        return 403
    if isinstance(exc, NotAcceptable):
        return 406
    if isinstance(exc, (QueryTimeout, QueryOutOfMemory, QueryPoolBusy)):
        return 503
    return 400


def serialise_results(results: Results, fmt: str, max_bytes: int) -> Response:
    """A protocol answer in format `fmt` (a name from protocol.RESULT_TYPES or GRAPH_TYPES) of at most `max_bytes`
    bytes: rows (or triples) are dropped from the end until it fits, and a cut answer says so in a header."""
    body, media = _serialised(results, fmt)
    while len(body) > max_bytes and (results.rows or results.triples):
        results = fewer(results, 0.95 * max_bytes / len(body))
        body, media = _serialised(results, fmt)
    charset = "" if media.endswith("json") else "; charset=utf-8"
    headers = {"X-SPARQL-Truncated": "true"} if results.truncated else {}
    return Response(body, media_type=media + charset, headers=headers)


def _serialised(results: Results, fmt: str) -> tuple[bytes, str]:
    if results.kind == "graph":
        if fmt == "ntriples":
            text = results.triples
        else:
            text = serialise(results.triples, fmt) if results.triples or fmt == "rdfxml" else (
                "{}" if fmt == "jsonld" else "")
        return text.encode(), GRAPH_TYPES[fmt]
    return render_results(results, fmt).encode(), RESULT_TYPES[fmt]


def cell(explorer: Explorer, term: Any) -> dict[str, str]:
    """One result cell for the HTML table: a name and a link for IRIs, the text for literals."""
    if term is None:
        return {"text": "", "href": "", "type": "", "css": ""}
    if term.type == "uri":
        ours = term.value.startswith(explorer.base)
        text = explorer.names.label(term.value) if ours else term.value
        return {"text": text, "href": explorer.links.href(term.value), "title": term.value, "type": "uri",
                "css": _width_class(text)}
    extra = f"@{term.lang}" if term.lang else ""
    return {"text": term.value, "href": "", "title": (term.datatype or "") + extra, "type": term.type,
            "css": _width_class(term.value)}


def _width_class(text: str) -> str:
    """Short single words (dates, numbers, relation names) are never broken across lines."""
    return "short" if len(text) <= 24 and " " not in text else ""


def result_view(explorer: Explorer, results: Results) -> dict[str, Any]:
    """What a template needs to show an answer: a table, a boolean, or Turtle."""
    if results.kind == "graph":
        turtle = serialise(results.triples, "turtle") if results.triples else ""
        return {"kind": "graph", "turtle": turtle, "triples": results.triples.count("\n"),
                "truncated": results.truncated}
    if results.kind == "ask":
        return {"kind": "ask", "boolean": results.boolean, "truncated": False}
    rows = [[cell(explorer, row.get(v)) for v in results.variables] for row in results.rows[:_HTML_ROWS]]
    return {"kind": "select", "variables": list(results.variables), "rows": rows, "count": len(results.rows),
            "shownRows": len(rows), "truncated": results.truncated}


def _dataset(pairs: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    return ([v for k, v in pairs if k == "default-graph-uri" and v],
            [v for k, v in pairs if k == "named-graph-uri" and v])


def _browser(request: Request) -> bool:
    try:
        return negotiate(request.headers.get("accept", ""), "select") == "html"
    except NotAcceptable:
        return False


def _format_of(pairs: list[tuple[str, str]]) -> str | None:
    """The format the `format`, `output` and `results` parameters agree on, if any (else content negotiation)."""
    return requested_format([v for k, v in pairs if k in ("format", "output", "results")])


def _one_query(pairs: list[tuple[str, str]]) -> str | Response:
    """The request's one `query` text, or a 400 when it gives more than one (SPARQL 1.1 Protocol §2.1.1)."""
    texts = [v for k, v in pairs if k == "query"]
    if len(texts) > 1:
        return PlainTextResponse(f"the request gives {len(texts)} `query` parameters; give exactly one\n",
                                 status_code=400)
    return texts[0] if texts else ""


def _endpoint(request: Request) -> str:
    """The endpoint's own URL: the base IRI relative IRIs in a query resolve against."""
    return str(request.base_url).rstrip("/") + "/sparql"


def _protocol_error(exc: QueryError, app: AppState | None = None) -> Response:
    message = app.explorer.db.public_message(exc) if app else str(exc)
    return PlainTextResponse(f"{message}\n", status_code=status_of(exc))


def _run(request: Request, app: AppState, text: str, default_graphs: list[str], named_graphs: list[str]) -> Results:
    """The query's answer under the endpoint's limits; a canned query written out with its parameters (over the
    union of the graphs) answered as `/queries/<name>` answers it, from the read model while it is in step."""
    canned = None if default_graphs or named_graphs else app.explorer.db.recognised(text)
    if canned is not None:
        return app.explorer.db.answer(canned.query, canned.params, app.runner)
    return app.runner.run(text, default_graphs=default_graphs, named_graphs=named_graphs, base_iri=_endpoint(request))


def _answer(request: Request, app: AppState, text: str, pairs: list[tuple[str, str]], fmt: str | None) -> Response:
    default_graphs, named_graphs = _dataset(pairs)
    if (fmt == "html") or (fmt is None and _browser(request)):
        try:
            results = _run(request, app, text, default_graphs, named_graphs)
        except QueryError as exc:
            return editor(request, app, text, error=app.explorer.db.public_message(exc), status=status_of(exc))
        return editor(request, app, text, results=results)
    accept = request.headers.get("accept", "")

    def serialised() -> Response:
        results = _run(request, app, text, default_graphs, named_graphs)
        chosen = negotiate(accept, results.kind, fmt)
        if chosen == "html":
            return editor(request, app, text, results=results)
        return serialise_results(results, chosen, app.runner.settings.answer_bytes)

    # The same query asked again before the store is next written gets the same bytes without a run; an error
    # (a refusal, a time limit) is not kept.
    try:
        answer = app.explorer.values.cached(("sparql", text, tuple(default_graphs), tuple(named_graphs), accept, fmt),
                                     serialised, keep=lambda response: len(response.body) <= CACHED_ANSWER_BYTES)
    except QueryError as exc:
        return _protocol_error(exc, app)
    return Response(answer.body, media_type=answer.media_type,
                    headers={k: v for k, v in answer.headers.items() if k != "content-length"})


def editor(request: Request, app: AppState, text: str, results: Results | None = None, error: str = "",
           status: int = 200) -> Response:
    explorer = app.explorer
    permalink = "/sparql?" + urlencode({"query": text}) if text else ""
    downloads = []
    if results is not None and text:
        names = list(GRAPH_TYPES) if results.kind == "graph" else ["json", "csv", "tsv", "xml"]
        downloads = [{"format": n, "href": "/sparql?" + urlencode({"query": text, "format": n})} for n in names]
    data = {"query": text or EXAMPLE, "asked": bool(text), "error": error, "permalink": permalink,
            "downloads": downloads, "timeout": app.runner.timeout, "limit": app.runner.limit,
            "queries": [{"name": q.name, "title": q.title, "description": q.description,
                         "parameters": [p.name for p in q.parameters]} for q in explorer.db.queries()],
            "results": result_view(explorer, results) if results is not None else None}
    return app.pages.render(request, Page("sparql.html", "SPARQL query", data, [("SPARQL", "/sparql")], status))


@router.get("/sparql")
@router.get("/sparql.json")
def sparql_get(request: Request) -> Response:
    app = state(request)
    pairs = list(parse_qsl(request.url.query, keep_blank_values=True))
    fmt = "json" if request.url.path.endswith(".json") else _format_of(pairs)
    text = _one_query(pairs)
    if isinstance(text, Response):
        return text
    if any(k == "update" for k, _ in pairs):
        return _protocol_error(QueryRefused("SPARQL Update is refused: this endpoint is read-only"))
    if not text.strip():
        if fmt in (None, "html") and _browser(request) or request.url.path.endswith(".json"):
            return editor(request, app, "")
        if wants_rdf(request.headers.get("accept", "")):
            return service_description(request)
        return PlainTextResponse("give a SPARQL query as the `query` parameter (GET or POST)\n", status_code=400)
    return _answer(request, app, text, pairs, fmt)


@router.post("/sparql")
async def sparql_post(request: Request) -> Response:
    app = state(request)
    ctype, _, params = request.headers.get("content-type", "").partition(";")
    ctype = ctype.strip().lower()
    charset = _charset(params)
    pairs = list(parse_qsl(request.url.query, keep_blank_values=True))
    if ctype in ("application/sparql-query", "application/x-www-form-urlencoded"):
        if charset not in ("utf-8", "utf8", "us-ascii"):  # SPARQL 1.1 Protocol: queries are sent in UTF-8
            return PlainTextResponse(f"charset {charset!r} is not accepted: send the query in UTF-8\n",
                                     status_code=415)
        try:
            body = (await request.body()).decode("utf-8")
        except UnicodeDecodeError:
            return PlainTextResponse("the body is not valid UTF-8\n", status_code=400)
    if ctype == "application/sparql-query":
        if any(k == "query" for k, _ in pairs):
            return PlainTextResponse("the request gives the query both in the body and as a `query` parameter; "
                                     "give exactly one\n", status_code=400)
        text: str | Response = body
    elif ctype == "application/x-www-form-urlencoded":
        form_pairs = parse_qsl(body, keep_blank_values=True)
        if any(k == "update" for k, _ in form_pairs):
            return _protocol_error(QueryRefused("SPARQL Update is refused: this endpoint is read-only"))
        pairs += form_pairs
        text = _one_query(pairs)
    elif ctype == "application/sparql-update":
        return _protocol_error(QueryRefused("SPARQL Update is refused: this endpoint is read-only"))
    else:
        return PlainTextResponse("POST a query as application/sparql-query or as a form "
                                 "(application/x-www-form-urlencoded, field `query`)\n", status_code=415)
    if isinstance(text, Response):
        return text
    if not text.strip():
        return PlainTextResponse("the request holds no query\n", status_code=400)
    # The runner blocks on a worker process: run it off the event loop.
    from starlette.concurrency import run_in_threadpool
    return await run_in_threadpool(_answer, request, app, text, pairs, _format_of(pairs))


def _charset(params: str) -> str:
    """The `charset` of a Content-Type's parameters (UTF-8 when none is given).

    >>> _charset(' charset="ISO-8859-1"'), _charset("")
    ('iso-8859-1', 'utf-8')
    """
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower() or "utf-8"
    return "utf-8"
