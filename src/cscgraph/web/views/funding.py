"""`/funding`: funding streams by funder, period and measure, with a bar chart of the totals."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph import funding_totals
from cscgraph.web.context import state
from cscgraph.web.database import Row
from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import PAGE_NUMBER, Page, gbp, pager
from cscgraph.web.svg import bar_chart

router = APIRouter()

GROUPINGS = {"funder": "funder", "period": "period", "measure": "what it funds", "kind": "kind"}
UNATTRIBUTED = "allocated, funder not stated"
"""The row of the other figures that totals commitments whose funder the text does not state (grouped by funder)."""
STREAMS_PER_PAGE = 100
CHOICES_SHOWN = 200
"""Choices a filter's list offers (curated ones first, then by name, and always the one chosen); grouping by what
the money funds lists every group. At 100,000 articles 9,144 things are funded: a list of them all was 0.68 MB of
the page and most of its time."""
T = TypeVar("T")


def streams_of(rows: list[Row]) -> list[dict[str, Any]]:
    """Funding streams from rows of `funding-streams`, `funding-stream` or `entity-funding` (one row per thing
    funded): one entry per stream, the things it funds gathered into a list (`entity`, the entity a row was
    asked for, is dropped)."""
    streams: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = streams.setdefault(row["stream"], {k: v for k, v in row.items() if k not in ("funded", "entity")}
                                   | {"funded": []})
        if row.get("funded") and row["funded"] not in entry["funded"]:
            entry["funded"].append(row["funded"])
    return list(streams.values())


def _read(explorer: Explorer, read: Callable[[sqlite3.Connection], T]) -> T:
    """`read` over the read model's funding tables while the index is in step with the store; else over the
    store's `funding-streams` rows loaded into memory (`funding_totals.load`; the rows kept until the store is
    written)."""
    found = explorer.index.read_in_step(lambda index: index.read_funding(read))
    if found is not None:
        return found
    rows = explorer.values.cached("funding-streams", lambda: explorer.db.rows("funding-streams"))
    db = funding_totals.load(rows)
    try:
        return read(db)
    finally:
        db.close()


def describe_stream(explorer: Explorer, s: dict[str, Any]) -> dict[str, Any]:
    s = dict(s)
    s["amount"] = gbp(s.get("amountGBP"))
    for key in ("funder", "recipient", "article"):
        if s.get(key):
            s[f"{key}Label"], s[f"{key}Href"] = explorer.names.label(s[key]), explorer.links.href(s[key])
    s["fundedLinks"] = [{"iri": f, "label": explorer.names.label(f), "href": explorer.links.href(f)}
                        for f in s["funded"]]
    s["href"] = explorer.links.href(s["stream"])
    s["evidenceHref"] = explorer.links.evidence_href(s.get("article", ""), s.get("start"), s.get("end"))
    return s


def _groups(explorer: Explorer, groups: list[funding_totals.Group], by: str) -> list[dict[str, Any]]:
    """Groups with their labels and links, the largest total first (then by label)."""
    shown = []
    for g in groups:
        if by in ("funder", "measure"):
            label = explorer.names.label(g.key) if g.key else "not linked to a measure"
            href = explorer.links.href(g.key) if g.key else ""
        else:
            label, href = g.key or f"{by} not stated", ""
        shown.append({"key": g.key, "label": label, "href": href, "totalGBP": g.total, "streams": g.streams})
    return sorted(shown, key=lambda g: (-g["totalGBP"], g["label"]))


def _filters(explorer: Explorer, filters: dict[str, str]) -> dict[str, str]:
    """The filters as the tables hold them: a funder or measure (a page's path or an IRI) as its IRI."""
    return {k: (v if k in ("period", "kind") or v.startswith(("http://", "https://")) else explorer.links.iri_of(v))
            for k, v in filters.items() if v}


@router.get("/funding")
@router.get("/funding.json")
def funding(request: Request, by: str = "funder", funder: str = "", period: str = "", measure: str = "",
            kind: str = "", page: int = PAGE_NUMBER) -> Response:
    app = state(request)
    explorer = app.explorer
    by = by if by in GROUPINGS else "funder"
    filters = {"funder": funder, "period": period, "measure": measure, "kind": kind}
    data = explorer.values.cached(("funding", by, *filters.values()), lambda: funding_data(explorer, by, filters))
    pages = max(1, -(-data["total"] // STREAMS_PER_PAGE))
    page = min(max(page, 1), pages)
    shown = {**data, **pager("/funding", {"by": by, **filters}, page, pages),
             "first": (page - 1) * STREAMS_PER_PAGE + 1,
             "streams": [describe_stream(explorer, s) for s in stream_page(explorer, filters, page)]}
    result = Page("funding.html", "Funding", {k: v for k, v in shown.items() if k != "chart"},
                  [("Funding", "/funding")])
    if not request.url.path.endswith(".json") and data["chart"] is not None:
        result.data = shown
    return app.pages.render(request, result)


def funding_data(explorer: Explorer, by: str, filters: dict[str, str]) -> dict[str, Any]:
    """The totals of the streams chosen by the filters under the grouping, the other kinds' totals, the chart, how
    many streams are chosen, and the page's choices (`funding_totals.totals`)."""
    figures = _read(explorer, lambda db: funding_totals.totals(db, by, _filters(explorer, filters)))
    grouped = _groups(explorer, figures.groups, by)
    others = _groups(explorer, figures.others, "kind")
    if figures.unattributed is not None:
        others.insert(0, {**_groups(explorer, [figures.unattributed], "kind")[0], "label": UNATTRIBUTED})
    bars = [(g["label"], g["totalGBP"], gbp(g["totalGBP"]), _bar_href(g, by)) for g in grouped[:25]]
    title = f"Total stated funding by {GROUPINGS[by]}" if by == "kind" else \
        f"Total committed or allocated funding by {GROUPINGS[by]}"
    for group in others:
        group["amount"], group["href"] = gbp(group["totalGBP"]), "/funding?" + urlencode({"by": "kind",
                                                                                          "kind": group["key"]})
    return {"by": by, "groupings": GROUPINGS, "filters": filters, "totals": grouped, "otherTotals": others,
            "total": figures.chosen, "periods": figures.periods, "kinds": figures.kinds,
            "funders": _choices(explorer, figures.funders, filters["funder"]),
            "measures": _choices(explorer, figures.funded, filters["measure"]),
            "funderCount": len(figures.funders), "measureCount": len(figures.funded),
            "chartTitle": title, "chart": bar_chart(bars, title) if grouped else None}


def stream_page(explorer: Explorer, filters: dict[str, str], page: int) -> list[dict[str, Any]]:
    """Page `page` (from 1) of the streams the filters choose, newest article first, then the largest amount."""
    chosen = _filters(explorer, filters)
    return explorer.values.cached(("funding-page", *filters.values(), page), lambda: streams_of(_read(
        explorer, lambda db: funding_totals.page(db, chosen, STREAMS_PER_PAGE, (page - 1) * STREAMS_PER_PAGE))))


def _choices(explorer: Explorer, iris: list[str], chosen: str) -> list[dict[str, str]]:
    """The first CHOICES_SHOWN of `iris` as a filter offers them (curated first, then by name), and `chosen` (a
    filter's value) whatever its rank, sorted by name."""
    explorer.names.prefetch(iris)
    ranked = sorted(iris, key=lambda f: (not explorer.names.curated(f), explorer.names.label(f)))
    kept = ranked[:CHOICES_SHOWN] + [f for f in ranked[CHOICES_SHOWN:]
                                     if chosen and explorer.links.href(f).lstrip("/") == chosen]
    return sorted(({"value": explorer.links.href(f).lstrip("/"), "label": explorer.names.label(f)} for f in kept),
                  key=lambda choice: choice["label"])


def _bar_href(group: dict[str, Any], by: str) -> str:
    """A bar leads to the streams behind it, grouped another way."""
    if by == "funder" and group["href"]:
        return "/funding?" + urlencode({"by": "measure", "funder": group["href"].lstrip("/")})
    if by == "measure" and group["href"]:
        return "/funding?" + urlencode({"by": "funder", "measure": group["href"].lstrip("/")})
    if by in ("period", "kind") and group["key"]:
        return "/funding?" + urlencode({"by": "funder", by: group["key"]})
    return "/funding?" + urlencode({"by": by})
