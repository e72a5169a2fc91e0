"""Atom feeds of what is new, for feed readers (TheyWorkForYou's alerts are the model).

    /feeds/<kind>/<slug>.atom        new quotes, lineage statements and funding about a person, body, document,
                                     measure, statute or programme (`entity-updates`, newest 50)
    /feeds/queries/<name>.atom?…     the rows of any canned query with its parameters, one entry a row

Every entry links to its evidence sentence in the article and keeps one id across fetches: a fact's own IRI, or
for a query row a UUID made from the query's name and the row's values, so a reader never shows an entry twice.
Entity pages and query pages point to their feed with `<link rel="alternate" type="application/atom+xml">`.
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from cscgraph.web.atom import ATOM_TYPE, AtomEntry, AtomFeed, render_atom
from cscgraph.web.context import state
from cscgraph.web.explorer import Explorer
from cscgraph.web.views.entity import FEED_KINDS, iri_or_404

__all__ = ["router", "FEED_SIZE", "QUERY_FEED_ROWS"]

router = APIRouter()

FEED_SIZE = 50
"""Entries in an entity's feed: the newest."""
QUERY_FEED_ROWS = 200
"""Most entries in a query's feed: its first rows."""
NO_DATE = "1970-01-01T00:00:00Z"
"""`updated` of a feed with no dated entry (Atom requires one; a fixed value keeps the document stable)."""


def entity_feed(request: Request, slug: str) -> Response:
    kind = request.url.path.split("/")[2]
    iri = iri_or_404(state(request).explorer, f"{kind}/{slug}")
    explorer = state(request).explorer
    body = explorer.values.cached(("atom", iri, str(request.base_url)), lambda: _entity_feed(request, iri, kind, slug))
    return Response(body, media_type=ATOM_TYPE)


def _entity_feed(request: Request, iri: str, kind: str, slug: str) -> bytes:
    explorer = state(request).explorer
    if not explorer.db.rows("entity-link-counts", entity=iri):
        raise HTTPException(404, f"nothing in the graph is about {iri}")
    label = explorer.names.label(iri)
    rows = explorer.db.rows("entity-updates", entity=iri, limit=str(FEED_SIZE))
    base = str(request.base_url).rstrip("/")
    entries = [AtomEntry(id=row["fact"], title=_fact_title(explorer, row),
                         link=base + explorer.links.evidence_href(row["article"], row.get("start"), row.get("end")),
                         updated=_rfc3339(row.get("published")),
                         summary=f"{row.get('text', '')} — {row.get('headline', '')}".strip(" —"))
               for row in rows]
    feed = AtomFeed(id=f"{base}/feeds/{kind}/{slug}.atom", title=f"{label}: new in cscgraph",
                    subtitle=f"Quotes, lineage statements and funding about {label}, newest first",
                    self_link=f"{base}/feeds/{kind}/{slug}.atom", alternate_link=base + explorer.links.href(iri),
                    updated=max((e.updated for e in entries), default=NO_DATE), entries=entries)
    return render_atom(feed)


def _fact_title(explorer: Explorer, row: dict[str, str]) -> str:
    kind = row["kind"]
    if kind == "quote":
        speaker = explorer.names.label(row["speaker"]) if row.get("speaker") else "Unattributed"
        return f"{speaker}: “{_shorten(row.get('text', ''), 120)}”"
    if kind == "claim":
        relation = row.get("relation", "").rsplit("#", 1)[-1]
        return f"{explorer.names.label(row.get('from', ''))} {relation} {explorer.names.label(row.get('to', ''))}"
    amount = float(row.get("amountGBP") or 0)
    return f"£{amount:,.0f}" + (f" {row['period']}" if row.get("period") else "") + f" — {row.get('headline', '')}"


def query_feed(request: Request, name: str) -> Response:
    """A canned query's rows as entries; parameters as for `/queries/<name>`."""
    app = state(request)
    explorer = app.explorer
    known = {q.name: q for q in explorer.db.queries()}
    query = known.get(name)
    if query is None:
        raise HTTPException(404, f"no canned query named {name!r}; see /queries")
    params = {p.name: request.query_params.get(p.name, "") for p in query.parameters}
    missing = [p.name for p in query.parameters if not params[p.name].strip() and "(optional)" not in p.description]
    if missing:
        raise HTTPException(400, f"{name}: missing parameter(s) {', '.join(missing)}")
    results = explorer.db.answer(query, params, app.runner)
    if results.kind != "select":
        raise HTTPException(400, f"{name} is not a SELECT query; only SELECT queries have feeds")
    base = str(request.base_url).rstrip("/")
    given = urlencode({k: v for k, v in params.items() if v})
    page = f"{base}/queries/{name}" + (f"?{given}" if given else "")
    entries = [_row_entry(explorer, name, base, page, {k: v.value for k, v in row.items()})
               for row in results.rows[:QUERY_FEED_ROWS]]
    feed = AtomFeed(id=f"{base}/feeds/queries/{name}.atom" + (f"?{given}" if given else ""), title=query.title,
                    subtitle=query.description, self_link=f"{base}/feeds/queries/{name}.atom"
                    + (f"?{given}" if given else ""), alternate_link=page,
                    updated=max((e.updated for e in entries if e.updated != NO_DATE), default=NO_DATE),
                    entries=entries)
    return Response(render_atom(feed), media_type=ATOM_TYPE)


def _row_entry(explorer: Explorer, name: str, base: str, page: str, row: dict[str, str]) -> AtomEntry:
    key = json.dumps([name, sorted(row.items())], ensure_ascii=False)
    texts = [explorer.names.label(v) if v.startswith(explorer.base) else v for k, v in row.items()
             if k not in ("start", "end", "article", "published") and v][:4]
    link = page
    if row.get("article"):
        link = base + explorer.links.evidence_href(row["article"], row.get("start"), row.get("end"))
    return AtomEntry(id=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, key)}", title=_shorten(" · ".join(texts), 200),
                     link=link, updated=_rfc3339(row.get("published") or row.get("date")),
                     summary=" · ".join(f"{k}: {v}" for k, v in row.items()))


def _rfc3339(value: Any) -> str:
    """An xsd:date or xsd:dateTime as an RFC 3339 date-time (UTC when the value has no zone)."""
    if not value:
        return NO_DATE
    text = str(value)
    if len(text) == 10:
        return f"{text}T00:00:00Z"
    return text if text.endswith("Z") or "+" in text[10:] or text[19:].startswith("-") else f"{text}Z"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


for _kind in FEED_KINDS:
    router.add_api_route(f"/feeds/{_kind}/{{slug}}.atom", entity_feed, methods=["GET"], name=f"{_kind}_feed")
router.add_api_route("/feeds/queries/{name}.atom", query_feed, methods=["GET"], name="query_feed")
