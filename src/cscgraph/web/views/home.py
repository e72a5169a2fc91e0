"""`/`: what the graph holds (counts, date range, sources), a search box, and the lineage chain at a glance."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph.pipeline import graph_stats
from cscgraph.web.context import state
from cscgraph.web.pages import Page
from cscgraph.web.views.lineage import chain_figure, claim_rows

router = APIRouter()


@router.get("/")
@router.get("/index.json")
def home(request: Request) -> Response:
    app = state(request)
    explorer = app.explorer
    stats = graph_stats(explorer.store)
    articles = app.pages.labelled(explorer.rows("article-list"), "publisher")
    publishers = Counter(a.get("publisher", "") for a in articles)
    sources = [{"publisher": p, "label": explorer.label(p) if p else "unknown publisher",
                "href": explorer.href(p) if p else "", "articles": n} for p, n in publishers.most_common()]
    files = Counter(a.get("source", "") for a in articles)
    svg, nodes, _ = chain_figure(explorer, claim_rows(explorer), connected_only=True)
    data = {"stats": stats, "sources": sources,
            "files": [{"file": f, "articles": n} for f, n in sorted(files.items())],
            "latest": articles[:8],
            "chain": [{"iri": n.key, "label": n.label, "date": n.when, "href": n.href} for n in nodes]}
    page = Page("home.html", "Children's social care policy graph", data)
    if svg is not None and not request.url.path.endswith(".json"):
        page.data = {**data, "diagram": svg}
    return app.pages.render(request, page)


@router.get("/articles")
@router.get("/articles.json")
def articles(request: Request) -> Response:
    app = state(request)
    rows = app.pages.labelled(app.explorer.rows("article-list"), "article", "publisher")
    return app.pages.render(request, Page("articles.html", "Articles", {"articles": rows},
                                          [("Articles", "/articles")]))
