"""`/queries`: the canned queries; `/queries/<name>?param=…`: one of them with a parameters form, its results
as a table (names and links), its SPARQL, and downloads (`format=json|csv|tsv|xml`, or Turtle etc. for graphs)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from cscgraph.errors import QueryError
from cscgraph.queries import CannedQuery
from cscgraph.web.context import state
from cscgraph.web.pages import Page, strip_suffix
from cscgraph.web.protocol import GRAPH_TYPES, RESULT_TYPES
from cscgraph.web.views.sparql import result_view, serialise_results, status_of

router = APIRouter()


def describe(query: CannedQuery) -> dict[str, object]:
    return {"name": query.name, "title": query.title, "description": query.description,
            "parameters": [{"name": p.name, "kind": p.kind, "description": p.description,
                            "optional": "(optional)" in p.description} for p in query.parameters],
            "href": f"/queries/{query.name}"}


@router.get("/queries")
@router.get("/queries.json")
def query_list(request: Request) -> Response:
    app = state(request)
    data = {"queries": [describe(q) for q in app.explorer.db.queries()]}
    return app.pages.render(request, Page("queries.html", "Canned queries", data, [("Queries", "/queries")]))


@router.get("/queries/{name}")
def canned_query(request: Request, name: str) -> Response:
    app = state(request)
    explorer = app.explorer
    name, suffix = strip_suffix(name)
    known = {q.name: q for q in explorer.db.queries()}
    query = known.get(name)
    if query is None:
        raise HTTPException(404, f"no canned query named {name!r}; see /queries")
    params = {p.name: request.query_params.get(p.name, "") for p in query.parameters}
    fmt = request.query_params.get("format", "")
    missing = [p.name for p in query.parameters if not params[p.name].strip() and "(optional)" not in p.description]
    data: dict[str, object] = {**describe(query), "sparql": query.sparql, "values": params, "missing": missing,
                               "error": "", "results": None, "downloads": []}
    status = 200
    if not missing:
        try:
            results = explorer.db.answer(query, params, app.runner)
        except QueryError as exc:
            if fmt:
                raise
            data["error"], status = explorer.db.public_message(exc), status_of(exc)
        else:
            if fmt in RESULT_TYPES or fmt in GRAPH_TYPES:
                return serialise_results(results, fmt, app.runner.settings.answer_bytes)
            if suffix == ".json":
                return serialise_results(results, "jsonld" if results.kind == "graph" else "json",
                                         app.runner.settings.answer_bytes)
            names = list(GRAPH_TYPES) if results.kind == "graph" else ["json", "csv", "tsv", "xml"]
            given = {k: v for k, v in params.items() if v}
            data["downloads"] = [{"format": n, "href": f"/queries/{name}?" + urlencode({**given, "format": n})}
                                 for n in names]
            data["permalink"] = f"/queries/{name}" + (f"?{urlencode(given)}" if given else "")
            if results.kind == "select":
                data["atomHref"] = f"/feeds/queries/{name}.atom" + (f"?{urlencode(given)}" if given else "")
            data["results"] = result_view(explorer, results)
    elif suffix == ".json" or fmt:
        raise HTTPException(400, f"{name}: missing parameter(s) {', '.join(missing)}")
    return app.pages.render(request, Page("query.html", query.title, data,
                                          [("Queries", "/queries"), (query.title, f"/queries/{name}")], status))
