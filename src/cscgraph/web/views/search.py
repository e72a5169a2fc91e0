"""`/search?q=`: full-text search over articles, quotes and entity names (the SQLite FTS5 index)."""

from __future__ import annotations


from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup, escape

from cscgraph.syntax import INDEX_MATCH
from cscgraph.web.context import state
from cscgraph.web.pages import PAGE_NUMBER, Page

router = APIRouter()

KINDS = ("article", "quote", "entity")
_PAGE = 30


def highlight_snippet(snippet: str) -> Markup:
    """The index marks matches with [ and ]; show them as <mark> around escaped text."""
    return Markup(INDEX_MATCH.sub(lambda m: f"<mark>{m.group(1)}</mark>", str(escape(snippet))))


@router.get("/search")
@router.get("/search.json")
def search(request: Request, q: str = "", kind: str = "", page: int = PAGE_NUMBER, go: str = "") -> Response:
    app = state(request)
    explorer = app.explorer
    kind = kind if kind in KINDS else ""
    page = max(page, 1)
    # Kept until the store is next written (the index follows the store): a common word matches most rows.
    hits = explorer.values.cached(("search", q, kind, page), lambda: explorer.index.search(
        q, limit=_PAGE + 1, kind=kind or None, offset=(page - 1) * _PAGE)) if q.strip() else []
    more = len(hits) > _PAGE
    results = []
    for hit in hits[:_PAGE]:
        results.append({"iri": hit.iri, "kind": hit.kind, "label": hit.label or explorer.names.label(hit.iri),
                        "snippet": hit.snippet, "href": explorer.links.href(hit.iri),
                        "entityKind": explorer.names.kind_name(hit.iri), "article": hit.graph.replace("/graph/article/",
                                                                                                "/article/"),
                        "articleLabel": explorer.names.label(hit.graph.replace("/graph/article/", "/article/"))})
    # "I'm feeling lucky" for the home page's box: one entity whose name matches exactly goes straight to its page.
    if go and results and not request.url.path.endswith(".json"):
        exact = [r for r in results if r["kind"] == "entity" and r["label"].lower() == q.strip().lower()]
        if len(exact) == 1:
            return RedirectResponse(exact[0]["href"], status_code=303)
    data = {"q": q, "kind": kind, "page": page, "more": more, "results": results}
    if not request.url.path.endswith(".json"):
        data = {**data, "snippets": [highlight_snippet(r["snippet"]) for r in results]}
    return app.pages.render(request, Page("search.html", f"Search: {q}" if q else "Search", data,
                                          [("Search", "/search")]))
