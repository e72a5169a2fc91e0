"""Rendering a page: one template per view, and a `.json` twin of every HTML page from the same data.

A view builds a `Page` (template name, title, breadcrumbs, data). The data is plain JSON (strings, numbers,
lists, dicts); the HTML template gets it too, plus helpers to name and link IRIs. Jinja autoescapes everything,
so article and query text is always shown as text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from cscgraph.rdf import ontology_document
from cscgraph.resources import data_dir
from cscgraph.web.database import Row
from cscgraph.web.explorer import Explorer
from cscgraph.web.links import linkable

__all__ = ["Page", "Pages", "wants_json", "strip_suffix", "gbp", "human_date", "pager"]


@dataclass
class Page:
    template: str
    title: str
    data: dict[str, Any]
    crumbs: list[tuple[str, str]] = field(default_factory=list)
    """Breadcrumbs after Home: (label, href); the last one is the page itself."""
    status: int = 200


CACHED_PAGE_BYTES = 500_000
"""Largest rendered page `Pages.cached` keeps (a bigger one is rendered for every request)."""

PAGE_NUMBER = Query(1, le=1_000_000, description="page of the listing, from 1 (at most 1,000,000)")
"""The `?page=` parameter of a paged listing: a page number past the bound is a 400, never an OFFSET no engine
(SQLite, Oxigraph) takes."""


def pager(path: str, params: dict[str, str], page: int, pages: int) -> dict[str, Any]:
    """Where a listing's page stands and links to its neighbours (`?page=N`, the other parameters kept).

    >>> pager("/quotes", {"speaker": "person/a", "words": ""}, 2, 3)["next"]
    '/quotes?speaker=person%2Fa&page=3'
    """
    def href(n: int) -> str:
        return f"{path}?" + urlencode({**{k: v for k, v in params.items() if v}, "page": n})

    return {"page": page, "pages": pages, "previous": href(page - 1) if page > 1 else "",
            "next": href(page + 1) if page < pages else ""}


def wants_json(request: Request) -> bool:
    """A `.json` twin was asked for."""
    return request.url.path.endswith(".json")


def strip_suffix(name: str, suffixes: tuple[str, ...] = (".json",)) -> tuple[str, str]:
    """('andy-smith', '.json') from 'andy-smith.json'; the suffix is '' when there is none.

    >>> strip_suffix("andy-smith.ttl", (".json", ".ttl"))
    ('andy-smith', '.ttl')
    """
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def gbp(amount: str | float | None) -> str:
    """An amount of pounds as a reader writes it.

    >>> gbp(44000000.0), gbp("2500000000"), gbp(950), gbp(1500)
    ('£44m', '£2.5bn', '£950', '£1,500')
    """
    if amount in (None, ""):
        return ""
    try:
        value = float(amount)  # type: ignore[arg-type]
    except ValueError:
        return str(amount)  # already written out ("£44m")
    if not math.isfinite(value):
        return str(amount)
    for size, unit in ((1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"£{value / size:,.2f}".rstrip("0").rstrip(".") + unit
    return f"£{value:,.0f}"


def human_date(value: str | None) -> str:
    """'18 Nov 2024' from an ISO date or date-time; other text unchanged.

    >>> human_date("2024-11-18T00:01:11Z"), human_date("2022-05-23"), human_date("")
    ('18 Nov 2024', '23 May 2022', '')
    """
    if not value:
        return ""
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").strftime("%-d %b %Y")
    except ValueError:
        return value


def local_name(iri: str) -> str:
    """The last segment of an IRI (after # or /)."""
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def template_environment() -> Environment:
    """Jinja over `web/templates`, escaping everything and refusing undefined names."""
    return Environment(loader=FileSystemLoader(str(data_dir("web") / "templates")),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_ontology_html(ontology: Path) -> str:
    """The ontology's documentation as a page of its own (`cscgraph docs`): plain semantic HTML, no scripts, no
    styles, no external assets; every string from the ontology escaped by the template."""
    return template_environment().get_template("ontology_doc.html").render(doc=ontology_document(ontology))


class Pages:
    """The Jinja environment and the HTML/JSON responses of every view."""

    def __init__(self, explorer: Explorer) -> None:
        self.explorer = explorer
        self.env = template_environment()
        self.env.filters.update(gbp=gbp, date=human_date, local=local_name, label=explorer.names.label,
                                href=explorer.links.href, link=linkable, kind_name=explorer.names.kind_name,
                                kind=explorer.links.kind,
                                tojson_pretty=lambda v: json.dumps(v, indent=2, ensure_ascii=False))
        self.env.globals.update(urlencode=urlencode)

    def render(self, request: Request, page: Page) -> Response:
        if wants_json(request):
            return JSONResponse(page.data, status_code=page.status)
        return HTMLResponse(self.html(request, page), status_code=page.status)

    def cached(self, request: Request, build: Callable[[], Page], limit: int | None = None) -> Response:
        """The page `build()` makes, rendered as HTML or as its JSON twin, kept by URL until the store is next
        written (`StoreValues.cached`): reading a page again costs a lookup, not its queries. A page of at most
        `CACHED_PAGE_BYTES` is kept; a view may keep its page up to `limit` at its URL with no query string (two
        such URLs a view: the page and its twin, so a client cannot fill the cache with large pages by varying the
        query). An error `build` raises (a 404) is not kept."""
        as_json = wants_json(request)
        most = limit if limit is not None and not request.url.query else CACHED_PAGE_BYTES

        def render() -> tuple[int, bytes]:
            page = build()
            return page.status, bytes(self.render(request, page).body)

        status, body = self.explorer.values.cached(("page", request.url.path, request.url.query, as_json), render,
                                                   keep=lambda answer: len(answer[1]) <= most)
        return Response(body, status_code=status, media_type="application/json" if as_json else "text/html")

    def html(self, request: Request, page: Page) -> str:
        path = request.url.path
        json_href = ("/index.json" if path == "/" else path + ".json") + (
            f"?{request.url.query}" if request.url.query else "")
        return self.env.get_template(page.template).render(
            page_title=page.title, crumbs=page.crumbs, json_href=json_href, path=path, **page.data)

    def labelled(self, rows: list[Row], *fields: str) -> list[Row]:
        """Rows with `<field>Label` added for each IRI field, so the JSON twin names things too."""
        self.explorer.names.prefetch(row.get(name, "") for row in rows for name in fields)
        for row in rows:
            for name in fields:
                value = row.get(name, "")
                if value.startswith(("http://", "https://")):
                    row[f"{name}Label"] = self.explorer.names.label(value)
                    row[f"{name}Href"] = self.explorer.links.href(value)
        return rows
