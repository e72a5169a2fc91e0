"""`/quotes`: who said what — every quote, filtered by speaker, body, topic (policy or measure), stance, date
range and words; exported as CSV or SPARQL JSON results with `format=csv|json`.

Without filters the page reads `quote-finder` a page of articles at a time (from the read model while it is in step);
with filters it runs `quote-search` with them bound (the filtering is SPARQL's) and pages its answer. Both are kept
until the store is written."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph.formats import MEDIA_TYPES, render_results
from cscgraph.graph.namespaces import CSC
from cscgraph.web.context import state
from cscgraph.web.database import Row
from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import PAGE_NUMBER, Page, pager
from cscgraph.web.twins import role_label

router = APIRouter()

STANCES = {"supports": "Supports", "opposes": "Opposes"}
_SHOWN = 100
"""Quotes per page with filters."""
_ARTICLES = 25
"""Articles per page without filters (their quotes, about four each)."""
_PARAMS = {"speaker": "bySpeaker", "body": "byBody", "about": "onTopic", "stance": "withStance", "since": "since",
           "until": "until", "words": "words"}
"""The page's filters → `quote-search` parameters."""


def quote_filters(request: Request) -> dict[str, str]:
    return {n: request.query_params.get(n, "").strip() for n in _PARAMS}


def grouped(rows: list[Row]) -> list[dict[str, Any]]:
    """One entry per quote (rows come one per topic), topics gathered into `about`, in the answer's order."""
    quotes: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = quotes.setdefault(row["quote"], {k: v for k, v in row.items() if k != "about"} | {"about": []})
        if "about" in row and row["about"] not in entry["about"]:
            entry["about"].append(row["about"])
    return list(quotes.values())


def _search_params(explorer: Explorer, filters: dict[str, str]) -> dict[str, str]:
    def iri(value: str) -> str:
        return value if value.startswith(("http://", "https://")) else explorer.links.iri_of(value)

    params = {}
    for name, value in filters.items():
        if not value:
            continue
        if name in ("speaker", "body", "about"):
            value = iri(value)
        elif name == "stance":
            value = f"{CSC}{STANCES.get(value, value)}"
        params[_PARAMS[name]] = value
    return params


def _options(explorer: Explorer) -> dict[str, list[dict[str, str]]]:
    """Speakers, bodies and topics of all quotes, for the filter form."""
    def listed(rows: list[dict[str, str]], field: str) -> list[dict[str, str]]:
        values = {r[field] for r in rows if r.get(field)}
        explorer.names.prefetch(values)
        return sorted(({"value": explorer.links.href(v).lstrip("/"), "label": explorer.names.label(v)}
                       for v in values), key=lambda o: o["label"].lower())

    facets = explorer.db.rows("quote-facets")
    return {"speakers": listed(facets, "speaker"), "bodies": listed(facets, "organisation"),
            "topics": listed(facets, "about")}


def _describe(explorer: Explorer, q: dict[str, Any]) -> dict[str, Any]:
    q = dict(q)
    q["speakerLabel"] = explorer.names.label(q.get("speaker", "")) if q.get("speaker") else "unattributed"
    q["speakerHref"] = explorer.links.href(q["speaker"]) if q.get("speaker") else ""
    q["roleLabel"] = role_label(explorer.names.label(q.get("role", ""))) if q.get("role") else ""
    q["organisationLabel"] = explorer.names.label(q.get("organisation", "")) if q.get("organisation") else ""
    q["organisationHref"] = explorer.links.href(q["organisation"]) if q.get("organisation") else ""
    q["articleLabel"] = explorer.names.label(q.get("article", ""))
    q["href"] = explorer.links.evidence_href(q.get("article", ""), q.get("start"), q.get("end"))
    q["topics"] = [{"iri": a, "label": explorer.names.label(a), "href": explorer.links.href(a)} for a in q["about"]]
    q["stanceLabel"] = q.get("stance", "").rsplit("#", 1)[-1]
    return q


@router.get("/quotes")
@router.get("/quotes.json")
def quotes(request: Request, format: str = "", page: int = PAGE_NUMBER) -> Response:  # noqa: A002 - public name
    app = state(request)
    explorer = app.explorer
    filters = quote_filters(request)
    params = _search_params(explorer, filters)
    every = int(explorer.stats().get("quotes", 0))
    key = tuple(sorted(params.items()))
    if format in ("csv", "json", "tsv", "xml"):
        results = explorer.values.cached(("quote-search", key), lambda: explorer.db.results("quote-search", **params))
        return Response(render_results(results, format), media_type=MEDIA_TYPES[format],
                        headers={"Content-Disposition": f'attachment; filename="quotes.{format}"'})

    def build() -> Page:
        """The page (kept rendered, by its address, until the store is written: `Pages.cached`)."""
        if params:
            chosen = explorer.values.cached(("quotes-chosen", key), lambda: grouped(
                [{k: v.value for k, v in row.items()} for row in explorer.values.cached(
                    ("quote-search", key), lambda: explorer.db.results("quote-search", **params)).rows]))
            total, pages = len(chosen), max(1, -(-len(chosen) // _SHOWN))
            number = min(max(page, 1), pages)
            listed = chosen[(number - 1) * _SHOWN: number * _SHOWN]
            first = (number - 1) * _SHOWN + 1
        else:
            total, pages = every, max(1, -(-int(explorer.stats()["articles"]) // _ARTICLES))
            number = min(max(page, 1), pages)
            listed = explorer.values.cached(("quote-finder", number), lambda: grouped(explorer.db.rows(
                "quote-finder", limit=str(_ARTICLES), offset=str((number - 1) * _ARTICLES))))
            first = 0  # pages hold whole articles: where a page starts is not counted
        explorer.names.prefetch(iri for q in listed for iri in (q.get("speaker", ""), q.get("role", ""),
                                                                 q.get("organisation", ""), q.get("article", ""),
                                                                 *q["about"]))
        shown = [_describe(explorer, q) for q in listed]
        query = urlencode({k: v for k, v in filters.items() if v})
        data = {**pager("/quotes", filters, number, pages), "first": first if shown else 0, "filters": filters,
                "total": total, "shown": len(shown), "quotes": shown, "stances": list(STANCES),
                **explorer.values.cached("quote-options", lambda: _options(explorer)),
                "csv": f"/quotes?{query}&format=csv" if query else "/quotes?format=csv",
                "json": f"/quotes?{query}&format=json" if query else "/quotes?format=json",
                "allQuotes": every}
        return Page("quotes.html", "Who said what", data, [("Who said what", "/quotes")])

    return app.pages.cached(request, build)

