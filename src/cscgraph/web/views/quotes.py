"""`/quotes`: who said what — every quote, filtered by speaker, body, topic (policy or measure), stance, date
range and words; exported as CSV or SPARQL JSON results with `format=csv|json`."""

from __future__ import annotations

import re
from urllib.parse import urlencode
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph.formats import MEDIA_TYPES, render_results
from cscgraph.store import Results
from cscgraph.web.context import state
from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import Page

router = APIRouter()

STANCES = {"supports": "Supports", "opposes": "Opposes"}
_SHOWN = 100
"""Quotes per page."""


def _options(explorer: Explorer, values: set[str]) -> list[dict[str, str]]:
    return sorted(({"value": explorer.href(v).lstrip("/"), "label": explorer.label(v)} for v in values if v),
                  key=lambda o: o["label"].lower())


def quote_filters(request: Request) -> dict[str, str]:
    names = ("speaker", "body", "about", "stance", "since", "until", "words")
    return {n: request.query_params.get(n, "").strip() for n in names}


@router.get("/quotes")
@router.get("/quotes.json")
def quotes(request: Request, format: str = "", page: int = 1) -> Response:  # noqa: A002 - public name
    app = state(request)
    explorer = app.explorer
    filters = quote_filters(request)
    results = explorer.results("quote-finder")
    grouped: dict[str, dict[str, Any]] = {}
    for row in results.rows:
        quote = row["quote"].value
        entry = grouped.setdefault(quote, {k: v.value for k, v in row.items() if k != "about"} | {"about": []})
        if "about" in row and row["about"].value not in entry["about"]:
            entry["about"].append(row["about"].value)
    speakers = _options(explorer, {q.get("speaker", "") for q in grouped.values()})
    bodies = _options(explorer, {q.get("organisation", "") for q in grouped.values()})
    topics = _options(explorer, {a for q in grouped.values() for a in q["about"]})

    def iri(value: str) -> str:
        return value if value.startswith(("http://", "https://")) else explorer.iri_of(value)

    words = [w.lower() for w in re.findall(r"\w+", filters["words"])]
    stance = STANCES.get(filters["stance"], "")

    def keep(q: dict[str, Any]) -> bool:
        if filters["speaker"] and q.get("speaker") != iri(filters["speaker"]):
            return False
        if filters["body"] and q.get("organisation") != iri(filters["body"]):
            return False
        if filters["about"] and iri(filters["about"]) not in q["about"]:
            return False
        if stance and not q.get("stance", "").endswith(stance):
            return False
        published = q.get("published", "")[:10]
        if filters["since"] and (not published or published < filters["since"]):
            return False
        if filters["until"] and (not published or published > filters["until"]):
            return False
        text = q.get("text", "").lower()
        return all(w in text for w in words)

    chosen = [q for q in grouped.values() if keep(q)]
    if format in ("csv", "json", "tsv", "xml"):
        kept = {q["quote"] for q in chosen}
        subset = Results("select", results.variables, tuple(r for r in results.rows if r["quote"].value in kept))
        filename = "quotes." + format
        return Response(render_results(subset, format), media_type=MEDIA_TYPES[format],
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})
    pages = max(1, -(-len(chosen) // _SHOWN))
    page = min(max(page, 1), pages)
    shown = []
    for q in chosen[(page - 1) * _SHOWN: page * _SHOWN]:
        q = dict(q)
        q["speakerLabel"] = explorer.label(q.get("speaker", "")) if q.get("speaker") else "unattributed"
        q["speakerHref"] = explorer.href(q["speaker"]) if q.get("speaker") else ""
        q["roleLabel"] = explorer.label(q.get("role", "")) if q.get("role") else ""
        q["organisationLabel"] = explorer.label(q.get("organisation", "")) if q.get("organisation") else ""
        q["organisationHref"] = explorer.href(q["organisation"]) if q.get("organisation") else ""
        q["articleLabel"] = explorer.label(q.get("article", ""))
        q["href"] = explorer.evidence_href(q.get("article", ""), q.get("start"), q.get("end"))
        q["topics"] = [{"iri": a, "label": explorer.label(a), "href": explorer.href(a)} for a in q["about"]]
        q["stanceLabel"] = q.get("stance", "").rsplit("#", 1)[-1]
        shown.append(q)
    query = urlencode({k: v for k, v in filters.items() if v})

    def page_href(n: int) -> str:
        return "/quotes?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": n})

    data = {"page": page, "pages": pages, "previous": page_href(page - 1) if page > 1 else "",
            "next": page_href(page + 1) if page < pages else "",
            "first": (page - 1) * _SHOWN + 1 if shown else 0,"filters": filters, "total": len(chosen), "shown": len(shown), "quotes": shown,
            "speakers": speakers, "bodies": bodies, "topics": topics, "stances": list(STANCES),
            "csv": f"/quotes?{query}&format=csv" if query else "/quotes?format=csv",
            "json": f"/quotes?{query}&format=json" if query else "/quotes?format=json",
            "allQuotes": len(grouped)}
    return app.pages.render(request, Page("quotes.html", "Who said what", data, [("Who said what", "/quotes")]))
