"""`/article/<id>`: an article's text with what was read from it highlighted and linked, and the facts extracted
from it (its named graph) beside. `?highlight=START-END` marks a span (an evidence sentence, a quote); every
evidence sentence is addressable as `#s-START-END`, every quote as `#quote-N`.

`/article/<id>/<node>/…` (quotes, sentences, mentions, funding streams, claims minted under the article)
dereference too: RDF when asked for, else a funding stream or claim has its own page and the others lead to their
place in the article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from cscgraph.web.context import state
from cscgraph.web.explorer import Explorer
from cscgraph.web.markup import Span, mark_up
from cscgraph.web.pages import Page, gbp, local_name, strip_suffix
from cscgraph.web.protocol import wants_rdf
from cscgraph.web.views.entity import RDF_SUFFIXES, iri_or_404, rdf_response, render_entity

router = APIRouter()

_HIGHLIGHT = re.compile(r"([0-9]{1,9})-([0-9]{1,9})")  # character offsets; an article is far shorter than 10⁹
FACT_ORDER = ("Quotation", "Membership", "FundingStream", "LineageClaim", "Mention")
FACT_TITLES = {"Quotation": "Quotes", "Membership": "Roles", "FundingStream": "Money", "LineageClaim": "Lineage",
               "Mention": "Named in the text"}


def spans_of(explorer: Explorer, rows: list[dict[str, str]], amounts: dict[str, str]) -> list[Span]:
    spans = []
    for row in rows:
        start, end, kind = int(row["start"]), int(row["end"]), row["kind"]
        target = row.get("target", "")
        if kind == "sentence":
            spans.append(Span(start, end, "sentence", anchor=f"s-{start}-{end}"))
        elif kind == "quote":
            n = row["span"].rsplit("/", 1)[-1]
            who = explorer.names.label(target) if target else "unattributed"
            spans.append(Span(start, end, "quote", title=f"Quote {n}: {who}", anchor=f"quote-{n}"))
        elif kind == "mention" and target:
            entity_kind = explorer.links.kind(target)
            spans.append(Span(start, end, "mention", href=explorer.links.href(target),
                              title=f"{explorer.names.kind_name(target) or 'Entity'}: {explorer.names.label(target)}",
                              css=f"k-{entity_kind}" if entity_kind else ""))
        elif kind == "funding":
            spans.append(Span(start, end, "funding", href=explorer.links.href(row["span"]),
                              title=f"Funding stream: {amounts.get(row['span'], '')}".rstrip(": ")))
    return spans


def fact_groups(explorer: Explorer, rows: list[dict[str, str]], article: str) -> list[dict[str, Any]]:
    """The article's facts (article-facts) grouped by type, each once, with a link to its evidence sentence."""
    groups: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        kind = row.get("factType", "")
        subject = row.get("subject", "")
        key = subject if kind == "Mention" else row["fact"]
        if key in groups[kind]:
            groups[kind][key]["count"] += 1
            continue
        value = row.get("value", "")
        if kind == "FundingStream":
            value = gbp(value)
        elif kind == "LineageClaim" or value.startswith(("http://", "https://")):
            value = local_name(value)
        groups[kind][key] = {
            "fact": row["fact"], "subject": subject, "subjectLabel": explorer.names.label(subject) if subject else "",
            "subjectHref": explorer.links.href(subject) if subject else "",
            "subjectKind": explorer.names.kind_name(subject),
            "value": value, "evidence": row.get("evidence", ""), "count": 1,
            "href": f"?highlight={row['start']}-{row['end']}#s-{row['start']}-{row['end']}",
            "factHref": explorer.links.href(row["fact"])}
    out = []
    for kind in sorted(groups, key=lambda k: FACT_ORDER.index(k) if k in FACT_ORDER else 99):
        items = list(groups[kind].values())
        if kind == "Mention":
            items.sort(key=lambda i: (i["subjectKind"], i["subjectLabel"].lower()))
        out.append({"type": kind, "title": FACT_TITLES.get(kind, kind), "facts": items})
    return out


def _article_page(request: Request, aid: str, suffix: str) -> Response:
    app = state(request)
    explorer = app.explorer
    iri = explorer.links.iri_of(f"article/{aid}")
    fmt = RDF_SUFFIXES.get(suffix) or (None if suffix else wants_rdf(request.headers.get("accept", "")))
    if fmt:
        return rdf_response(explorer.db.results("entity-links", entity=iri), iri, fmt)
    text = explorer.db.rows("article-text", article=iri)
    if not text:
        raise HTTPException(404, f"no article with id {aid!r}")
    meta = text[0]
    body = meta["body"]
    spans_rows = explorer.db.rows("article-spans", article=iri)
    fact_rows = explorer.db.rows("article-facts", article=iri)
    streams = {r["fact"]: gbp(r.get("value")) for r in fact_rows if r.get("factType") == "FundingStream"}
    spans = spans_of(explorer, spans_rows, streams)
    highlight = request.query_params.get("highlight", "")
    match = _HIGHLIGHT.fullmatch(highlight)
    if highlight and not match:
        raise HTTPException(400, f"highlight must be START-END, two character offsets, not {highlight[:40]!r}")
    marked = None
    if match:
        start, end = int(match.group(1)), int(match.group(2))
        if 0 <= start < end <= len(body):
            sentence_ids = {s.anchor for s in spans if s.kind == "sentence"}
            anchor = f"s-{start}-{end}"
            spans.append(Span(start, end, "highlight", anchor="" if anchor in sentence_ids else anchor,
                              title="the highlighted passage"))
            marked = {"start": start, "end": end, "text": body[start:end]}
    facts = fact_groups(explorer, fact_rows, iri)
    data: dict[str, Any] = {
        "iri": iri, "id": aid, "headline": meta.get("headline", aid), "published": meta.get("published", ""),
        "url": meta.get("url", ""), "publisher": meta.get("publisher", ""),
        "publisherLabel": explorer.names.label(meta["publisher"]) if meta.get("publisher") else "",
        "publisherHref": explorer.links.href(meta["publisher"]) if meta.get("publisher") else "",
        "source": meta.get("source", ""), "body": body, "highlight": marked,
        "spans": [{"start": s.start, "end": s.end, "kind": s.kind, "href": s.href, "title": s.title,
                   "id": s.anchor} for s in spans],
        "facts": facts, "turtle": f"/article/{aid}.ttl",
    }
    page = Page("article.html", data["headline"], data, [("Articles", "/articles"), (data["headline"][:60],
                                                                                      request.url.path)])
    if not request.url.path.endswith(".json"):
        page.data = {**data, "paragraphs": mark_up(body, spans)}
    return app.pages.render(request, page)


@router.get("/article/{aid}")
def article(request: Request, aid: str) -> Response:
    aid, suffix = strip_suffix(aid, (".json", *RDF_SUFFIXES))
    return _article_page(request, aid, suffix)


@router.get("/article/{aid}/{node:path}")
def article_node(request: Request, aid: str, node: str) -> Response:
    """A node minted under an article: its own page (funding streams, claims) or its place in the article."""
    explorer = state(request).explorer
    node, suffix = strip_suffix(node, (".json", *RDF_SUFFIXES))
    iri = iri_or_404(explorer, f"article/{aid}/{node}")
    what = node.split("/", 1)[0]
    if what in ("funding", "claim", "ingest") or suffix in RDF_SUFFIXES or suffix == ".json" or \
            wants_rdf(request.headers.get("accept", "")):
        return render_entity(request, iri, suffix)
    target = explorer.links.href(iri)
    # Compared with the decoded path the route matched (`request.url.path` is re-encoded: a `\` there reads
    # `%5C` and never equals the link, which redirected to itself forever).
    if target == request.scope["path"]:
        return render_entity(request, iri, suffix)
    return RedirectResponse(target, status_code=303)
