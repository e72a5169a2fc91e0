"""`/funding`: funding streams by funder, period and measure, with a bar chart of the totals."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph.web.context import state
from cscgraph.web.database import Row
from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import PAGE_NUMBER, Page, gbp, pager
from cscgraph.web.svg import bar_chart

router = APIRouter()

GROUPINGS = {"funder": "funder", "period": "period", "measure": "what it funds", "kind": "kind"}
COMMITTED = "allocated"
"""The kind of an allocation or commitment: the only figures the chart adds up by funder, period or measure (an
estimate of need, a shortfall, spending, a saving, a cut or a recommendation is shown apart, by kind)."""
UNATTRIBUTED = "allocated, funder not stated"
"""The row of the other figures that totals commitments whose funder the text does not state (grouped by funder)."""
STREAMS_PER_PAGE = 100


def funding_streams(explorer: Explorer) -> list[dict[str, Any]]:
    """One entry per funding stream, the things it funds gathered into a list; kept until the store is written
    (do not change them)."""
    return explorer.values.cached("funding-streams", lambda: streams_of(explorer.db.rows("funding-streams")))


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


def _key(explorer: Explorer, s: dict[str, Any], by: str) -> list[tuple[str, str, str]]:
    """(group key, label, href) of a stream under a grouping; a stream funding two measures is in both groups."""
    if by == "funder":
        f = s["funder"]  # only commitments with a stated funder are grouped by funder (funding_data)
        return [(f, explorer.names.label(f), explorer.links.href(f))]
    if by == "period":
        p = s.get("period", "")
        return [(p, p or "period not stated", "")]
    if by == "kind":
        k = s.get("kind", "")
        return [(k, k or "kind not stated", "")]
    if not s["funded"]:
        return [("", "not linked to a measure", "")]
    return [(f, explorer.names.label(f), explorer.links.href(f)) for f in s["funded"]]


def totals(explorer: Explorer, streams: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """Total per group; an amount restated (same funder, period, kind and sum) counts once."""
    groups: dict[str, dict[str, Any]] = {}
    counted: dict[str, set[tuple[str, str, str, str]]] = defaultdict(set)
    for s in streams:
        for key, label, href in _key(explorer, s, by):
            group = groups.setdefault(key, {"key": key, "label": label, "href": href, "totalGBP": 0.0,
                                            "streams": 0})
            group["streams"] += 1
            identity = (s.get("funder", ""), s.get("period", ""), s.get("kind", ""), s.get("amountGBP", ""))
            if identity not in counted[key]:
                counted[key].add(identity)
                group["totalGBP"] += float(s.get("amountGBP") or 0)
    return sorted(groups.values(), key=lambda g: -g["totalGBP"])


def _matches(s: Row | dict[str, Any], field: str, wanted: str, explorer: Explorer) -> bool:
    if not wanted:
        return True
    iri = wanted if wanted.startswith(("http://", "https://")) else explorer.links.iri_of(wanted)
    if field == "funded":
        return iri in s["funded"]
    if field in ("period", "kind"):
        return s.get(field, "") == wanted
    return s.get(field, "") == iri


@router.get("/funding")
@router.get("/funding.json")
def funding(request: Request, by: str = "funder", funder: str = "", period: str = "", measure: str = "",
            kind: str = "", page: int = PAGE_NUMBER) -> Response:
    app = state(request)
    explorer = app.explorer
    by = by if by in GROUPINGS else "funder"
    filters = {"funder": funder, "period": period, "measure": measure, "kind": kind}
    data = explorer.values.cached(("funding", by, *filters.values()), lambda: funding_data(explorer, by, filters))
    pages = max(1, -(-len(data["streams"]) // STREAMS_PER_PAGE))
    page = min(max(page, 1), pages)
    shown = {**data, **pager("/funding", {"by": by, **filters}, page, pages), "total": len(data["streams"]),
             "first": (page - 1) * STREAMS_PER_PAGE + 1,
             "streams": [describe_stream(explorer, s)
                         for s in data["streams"][(page - 1) * STREAMS_PER_PAGE: page * STREAMS_PER_PAGE]]}
    result = Page("funding.html", "Funding", {k: v for k, v in shown.items() if k != "chart"},
                  [("Funding", "/funding")])
    if not request.url.path.endswith(".json") and data["chart"] is not None:
        result.data = shown
    return app.pages.render(request, result)


def funding_data(explorer: Explorer, by: str, filters: dict[str, str]) -> dict[str, Any]:
    """Streams chosen by the filters (newest first), their totals under the grouping, the chart, the choices."""
    funder, period, measure, kind = (filters[k] for k in ("funder", "period", "measure", "kind"))
    streams = funding_streams(explorer)
    periods = sorted({s.get("period", "") for s in streams if s.get("period")})
    kinds = sorted({s.get("kind", "") for s in streams if s.get("kind")})
    funders = sorted({s.get("funder", "") for s in streams if s.get("funder")}, key=explorer.names.label)
    funded = sorted({f for s in streams for f in s["funded"]}, key=explorer.names.label)
    chosen = [s for s in streams if _matches(s, "funder", funder, explorer) and _matches(s, "period", period, explorer)
              and _matches(s, "funded", measure, explorer) and _matches(s, "kind", kind, explorer)]
    chosen.sort(key=lambda s: (s.get("published", ""), float(s.get("amountGBP") or 0)), reverse=True)
    counted = chosen if by == "kind" else [s for s in chosen if s.get("kind") == COMMITTED]
    if by == "funder":
        # Commitments whose funder the text does not state are no funder's: they are totalled apart, not a bar.
        unattributed = [s for s in counted if not s.get("funder")]
        counted = [s for s in counted if s.get("funder")]
    grouped = totals(explorer, counted, by)
    others = [] if by == "kind" else totals(explorer, [s for s in chosen if s.get("kind") != COMMITTED], "kind")
    if by == "funder" and unattributed:
        others.insert(0, {**totals(explorer, unattributed, "kind")[0], "label": UNATTRIBUTED})
    bars = [(g["label"], g["totalGBP"], gbp(g["totalGBP"]), _bar_href(g, by)) for g in grouped[:25]]
    title = f"Total stated funding by {GROUPINGS[by]}" if by == "kind" else \
        f"Total committed or allocated funding by {GROUPINGS[by]}"
    for group in others:
        group["amount"], group["href"] = gbp(group["totalGBP"]), "/funding?" + urlencode({"by": "kind",
                                                                                          "kind": group["key"]})
    return {"by": by, "groupings": GROUPINGS, "filters": filters, "totals": grouped, "otherTotals": others,
            "streams": chosen,
            "periods": periods, "kinds": kinds,
            "funders": [{"value": explorer.links.href(f).lstrip("/"), "label": explorer.names.label(f)}
                        for f in funders],
            "measures": [{"value": explorer.links.href(f).lstrip("/"), "label": explorer.names.label(f)}
                         for f in funded],
            "chartTitle": title, "chart": bar_chart(bars, title) if grouped else None}


def _bar_href(group: dict[str, Any], by: str) -> str:
    """A bar leads to the streams behind it, grouped another way."""
    if by == "funder" and group["href"]:
        return "/funding?" + urlencode({"by": "measure", "funder": group["href"].lstrip("/")})
    if by == "measure" and group["href"]:
        return "/funding?" + urlencode({"by": "funder", "measure": group["href"].lstrip("/")})
    if by in ("period", "kind") and group["key"]:
        return "/funding?" + urlencode({"by": "funder", by: group["key"]})
    return "/funding?" + urlencode({"by": by})
