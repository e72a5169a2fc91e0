"""`/ontology`: the cscgraph ontology documented (templates/_ontology_doc.html in the site's layout);
`/ontology.ttl` the Turtle source; `/ontology.json` its classes and properties."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph.rdf import ontology_document
from cscgraph.resources import data_dir
from cscgraph.web.context import state
from cscgraph.web.pages import Page

router = APIRouter()


@lru_cache(maxsize=4)
def _documentation(stamp: tuple[Path, int]) -> dict[str, Any]:
    """The ontology page's data (`rdf.ontology_document`), read once per version of the file (`stamp`: its path
    and mtime in ns)."""
    return ontology_document(stamp[0])


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
    doc = _documentation((path, path.stat().st_mtime_ns))
    terms = app.explorer.db.rows("ontology-terms")
    data: dict[str, object] = {"turtle": "/ontology.ttl", "terms": terms}
    page = Page("ontology.html", "Ontology", data, [("Ontology", "/ontology")])
    if not request.url.path.endswith(".json"):
        page.data = {**data, "doc": doc}
    return app.pages.render(request, page)
