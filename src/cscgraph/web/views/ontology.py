"""`/ontology`: the cscgraph ontology documented (cscgraph.rdf.render_ontology_html in the site's layout);
`/ontology.ttl` the Turtle source; `/ontology.json` its classes and properties."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from cscgraph.rdf import render_ontology_html
from cscgraph.resources import data_dir
from cscgraph.web.context import state
from cscgraph.web.pages import Page

router = APIRouter()


@lru_cache(maxsize=4)
def _documentation(stamp: tuple[Path, int]) -> tuple[str, str]:
    """(title, body HTML) of the ontology page; rendered once per version of the file (`stamp`: its path and
    mtime in ns)."""
    html = render_ontology_html(stamp[0])
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    body = re.search(r"<body>(.*)</body>", html, re.S)
    return (title.group(1) if title else "Ontology"), (body.group(1) if body else html)


def _ontology_file() -> Path:
    return data_dir("ontology") / "cscgraph.ttl"


@router.get("/ontology.ttl")
def ontology_turtle() -> Response:
    return Response(_ontology_file().read_bytes(), media_type="text/turtle; charset=utf-8")


@router.get("/ontology")
@router.get("/ontology.json")
def ontology(request: Request) -> Response:
    app = state(request)
    path = _ontology_file()
    title, body = _documentation((path, path.stat().st_mtime_ns))
    terms = app.explorer.rows("ontology-terms")
    data: dict[str, object] = {"turtle": "/ontology.ttl", "terms": terms}
    page = Page("ontology.html", "Ontology", data, [("Ontology", "/ontology")])
    if not request.url.path.endswith(".json"):
        # render_ontology_html escapes every string it takes from the ontology: its output is trusted markup.
        page.data = {**data, "documentation": Markup(body), "documentTitle": title}
    return app.pages.render(request, page)
