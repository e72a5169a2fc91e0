"""`/`: what the graph holds (counts, date range, sources), a search box, and the lineage chain at a glance;
`/articles`: every article, a page at a time."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph.web.context import state
from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import PAGE_NUMBER, Page, Pages, pager
from cscgraph.web.views.lineage import chain_figure

router = APIRouter()

ARTICLES_PER_PAGE = 50
HOME_FILES = 30
"""Source files the home page names (those with the most articles); the rest are counted (a store of a few years'
feeds holds thousands: 4,000 names were 1.1 MB of a 1.3 MB home page at 100,000 articles)."""


def _files(files: Counter[str], most: int) -> dict[str, Any]:
    """The `most` files with the most articles (then by name) and how many files and articles the rest hold.

    >>> _files(Counter({"a.txt": 1, "b.txt": 5, "c.txt": 2}), 2)
    {'files': [{'file': 'b.txt', 'articles': 5}, {'file': 'c.txt', 'articles': 2}], 'moreFiles': 1, 'moreFileArticles': 1}
    """
    ranked = sorted(files.items(), key=lambda item: (-item[1], item[0]))
    return {"files": [{"file": f, "articles": n} for f, n in ranked[:most]], "moreFiles": len(ranked[most:]),
            "moreFileArticles": sum(n for _, n in ranked[most:])}


def _home_data(explorer: Explorer, pages: Pages) -> dict[str, Any]:
    counts = explorer.db.rows("article-sources")
    publishers: Counter[str] = Counter()
    files: Counter[str] = Counter()
    for row in counts:
        publishers[row.get("publisher", "")] += int(row["articles"])
        files[row.get("source", "")] += int(row["articles"])
    sources = [{"publisher": p, "label": explorer.names.label(p) if p else "unknown publisher",
                "href": explorer.links.href(p) if p else "", "articles": n} for p, n in publishers.most_common()]
    svg, nodes, _, _ = chain_figure(explorer, connected_only=True)
    return {"stats": explorer.stats(), "sources": sources, **_files(files, HOME_FILES),
            "latest": pages.labelled(explorer.db.rows("article-list", limit="8"), "publisher"),
            "chain": [{"iri": n.key, "label": n.label, "date": n.when, "href": n.href} for n in nodes],
            "diagram": svg}


@router.get("/")
@router.get("/index.json")
def home(request: Request) -> Response:
    app = state(request)
    data = app.explorer.values.cached("home", lambda: _home_data(app.explorer, app.pages), warm=True)
    shown = {k: v for k, v in data.items() if k != "diagram"}
    if data["diagram"] is not None and not request.url.path.endswith(".json"):
        shown["diagram"] = data["diagram"]
    return app.pages.cached(request, lambda: Page("home.html", "Children's social care policy graph", shown))


@router.get("/articles")
@router.get("/articles.json")
def articles(request: Request, page: int = PAGE_NUMBER) -> Response:
    app = state(request)
    explorer = app.explorer
    total = int(explorer.stats()["articles"])
    pages = max(1, -(-total // ARTICLES_PER_PAGE))
    page = min(max(page, 1), pages)
    rows = explorer.values.cached(("articles", page), lambda: app.pages.labelled(explorer.db.rows(
        "article-list", limit=str(ARTICLES_PER_PAGE), offset=str((page - 1) * ARTICLES_PER_PAGE)),
        "article", "publisher"))
    data = {"articles": rows, "total": total, "first": (page - 1) * ARTICLES_PER_PAGE + 1,
            **pager("/articles", {}, page, pages)}
    return app.pages.render(request, Page("articles.html", "Articles", data, [("Articles", "/articles")]))
