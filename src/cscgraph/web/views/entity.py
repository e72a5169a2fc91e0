"""Entity pages: `/person/<slug>`, `/organisation/<slug>`, `/policy/<slug>`, `/measure/<slug>`, `/statute/<slug>`,
`/programme/<slug>`, `/funding/<slug>`, `/role/<slug>`, `/membership/<slug>`, `/claim/<slug>`.

The path is the entity IRI's path under the base, so an IRI dereferences here: `Accept: text/turtle` (or
N-Triples, JSON-LD; or the `.ttl`/`.nt`/`.jsonld` suffix) gives its description — every triple about it, across
all graphs — and a browser gets the page. Every page shows names, not IRIs, and the evidence of each fact.

Each long section shows one page of `PAGE_SIZE` items, read from its paged canned query, with links to the next
and previous pages: `?quotes_page=N` (quotes by the entity or its people), `?about_page=N` (quotes about it),
`?roles_page=N`, `?claims_page=N` (lineage, and a measure's trace), `?money_page=N` and `?mentions_page=N`; the
parameters are independent, so one section pages while the others stay put; `?per_page=` sets the page size. The
statements table shows up to `_IN_LIMIT` values per property, with how many more there are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from cscgraph.lineage_views import document_reach
from cscgraph.models import DOCUMENT_KINDS
from cscgraph.rdf import serialise
from cscgraph.store import Results, Term
from cscgraph.syntax import PAGE_NUMBER_TEXT
from cscgraph.web.context import AppState, state
from cscgraph.web.explorer import Explorer
from cscgraph.web.links import ENTITY_PATHS
from cscgraph.web.names import KIND_NAMES
from cscgraph.web.markup import Span, mark_up
from cscgraph.web.pages import Page, local_name, pager, strip_suffix
from cscgraph.web.protocol import GRAPH_TYPES, wants_rdf
from cscgraph.web.svg import relation_family, relation_phrase
from cscgraph.web.twins import capped, merge_twins, role_label
from cscgraph.web.views.funding import describe_stream, streams_of
from cscgraph.web.views.lineage import edge_href, lineage_graph_of, measure_paths

router = APIRouter()

RDF_SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".jsonld": "jsonld"}
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_SCHEMA = "https://schema.org/"
_CSC = "https://w3id.org/cscgraph/ontology#"
_OWL = "http://www.w3.org/2002/07/owl#"
_DCTERMS = "http://purl.org/dc/terms/"
# Incoming links shown in their own sections rather than in the generic "linked from" table.
_SHOWN_ELSEWHERE = {f"{_CSC}mentionOf", f"{_RDF}subject", f"{_RDF}object", f"{_CSC}measure",
                    f"{_SCHEMA}creator", f"{_SCHEMA}mentions", "http://www.w3.org/ns/org#member",
                    "http://www.w3.org/ns/org#organization", f"{_CSC}speakerOrganisation", f"{_SCHEMA}about",
                    f"{_CSC}funds", f"{_SCHEMA}funder"}
_IN_LIMIT = 60
_VALUE_ROWS = 200
"""(value, graph) rows read per property for the statements table: enough for `_IN_LIMIT` values and sources."""
PAGE_SIZE = 25
"""Items (quotes, roles stated by an article, claims, streams, articles) per page of an entity page's section,
unless `?per_page=` (at most MAX_PAGE_SIZE) says otherwise."""
MAX_PAGE_SIZE = 200
INDEX_PAGE_SIZE = 500
"""Entities per page of a kind's index (/person, /policy, …), and the most `?per_page=` may ask for there."""
INDEX_ALSO = 10
"""Twins (entities of the same name) an index entry links to; how many more it has is counted (an article's
"Department for Education report" is a document of its own, and a large store holds thousands of that name)."""
_MAX_PAGE = 1_000_000
"""Highest page number taken (so that the OFFSET written into a query stays a small number)."""
_QUOTE_ITEM = ("quote", "relation", "article")
"""The columns telling one entity-quotes item (its unit of paging) from another."""
SECTIONS = {"quotes": "quotes", "about": "quotes-about", "roles": "roles", "claims": "lineage", "money": "money",
            "mentions": "mentioned-in"}
"""Paged sections: the `?<name>_page=N` parameter and the section's element id."""
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def description(links: Results, iri: str) -> str:
    """N-Triples of every triple with the entity as subject or object (each once, whatever graphs hold it)."""
    lines = []
    for row in links.rows:
        me, prop, value = row["entity"].ntriples, row["property"].ntriples, row["value"].ntriples
        lines.append(f"{me} {prop} {value} .\n" if row["direction"].value == "out" else f"{value} {prop} {me} .\n")
    return "".join(dict.fromkeys(lines))


def rdf_response(links: Results, iri: str, fmt: str) -> Response:
    triples = description(links, iri)
    body = triples if fmt == "ntriples" else serialise(triples, fmt)
    return Response(body, media_type=GRAPH_TYPES[fmt] + ("" if fmt == "jsonld" else "; charset=utf-8"),
                    headers={"Vary": "Accept", "Link": f'<{iri}>; rel="describes"'})


def _article_of(explorer: Explorer, graph: str) -> str | None:
    """The article whose graph `graph` is, or None (reference data, the ontology)."""
    prefix = explorer.base + "graph/article/"
    return explorer.base + "article/" + graph[len(prefix):] if graph.startswith(prefix) else None


def _source(explorer: Explorer, graph: str) -> dict[str, str]:
    """Where a triple comes from: an article (its graph) or reference data / the ontology."""
    article = _article_of(explorer, graph)
    if article is not None:
        return {"label": explorer.names.label(article), "href": explorer.links.href(article), "kind": "article"}
    name = graph.rsplit("/", 1)[-1]
    return {"label": {"reference": "reference data", "ontology": "ontology"}.get(name, name), "href": "",
            "kind": name}


def _value(explorer: Explorer, term: Any) -> dict[str, str]:
    if term.type == "uri":
        ours = term.value.startswith(explorer.base)
        return {"text": explorer.names.label(term.value) if ours else term.value,
                "href": explorer.links.href(term.value), "iri": term.value,
                "kind": explorer.names.kind_name(term.value)}
    return {"text": term.value, "href": "", "iri": "", "kind": ""}


def _shown(direction: str, prop: str) -> bool:
    """Whether the statements table lists this property (others have their own sections, or are the body text)."""
    return not (direction == "in" and prop in _SHOWN_ELSEWHERE) and prop != f"{_SCHEMA}articleBody"


def statements(explorer: Explorer, iri: str, counts: list[dict[str, str]]) -> list[dict[str, Term]]:
    """Rows (direction, property, value, graph) for the statements table: a sample of each listed property's
    values (entity-link-values, unsorted so it stops early), not every link of an entity named in every article."""
    rows: list[dict[str, Term]] = []
    for prop in dict.fromkeys(c["property"] for c in counts if _shown(c["direction"], c["property"])):
        rows += explorer.db.results("entity-link-values", entity=iri, property=prop, limit=str(_VALUE_ROWS)).rows
    return rows


def facts(explorer: Explorer, links: Sequence[Mapping[str, Term]], counts: Mapping[tuple[str, str], int],
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Outgoing facts and incoming links, grouped by property, each value with the sources that state it;
    `counts` ((direction, property) → values in all) says how many more there are than `links` holds."""
    groups: dict[str, dict[str, dict[str, Any]]] = {"out": {}, "in": {}}
    explorer.names.prefetch({iri for row in links for iri in _named_in(explorer, row)})  # a statement per 500
    for row in links:
        direction, prop = row["direction"].value, row["property"].value
        if not _shown(direction, prop):
            continue
        values = groups[direction].setdefault(prop, {})
        key = row["value"].value
        entry = values.setdefault(key, {**_value(explorer, row["value"]), "sources": []})
        source = _source(explorer, row["graph"].value)
        if source not in entry["sources"]:
            entry["sources"].append(source)
    out = []
    for direction in ("out", "in"):
        listed = []
        for prop, values in groups[direction].items():
            items = sorted(values.values(), key=lambda v: v["text"].lower())
            total = max(counts.get((direction, prop), 0), len(items))
            listed.append({"property": prop, "label": _property_label(explorer, prop), "values": items[:_IN_LIMIT],
                           "more": total - len(items[:_IN_LIMIT])})
        out.append(sorted(listed, key=lambda g: (g["property"] != f"{_RDF}type", g["label"])))
    return out[0], out[1]


def _named_in(explorer: Explorer, row: Mapping[str, Term]) -> list[str]:
    """The IRIs a statements row names: its value, its property, and the article of the graph that states it."""
    article = _article_of(explorer, row["graph"].value)
    value = [row["value"].value] if row["value"].type == "uri" else []
    return [row["property"].value, *value, *([article] if article else [])]


def _property_label(explorer: Explorer, prop: str) -> str:
    if prop.startswith(_CSC):
        label = explorer.names.label(prop)
        return label if label != local_name(prop) else local_name(prop)
    return local_name(prop)


def _articles(app: AppState, iris: set[str]) -> dict[str, str]:
    """Body text of each article, for showing a quote in its paragraph."""
    bodies = {}
    for article in iris:
        rows = app.explorer.db.rows("article-text", article=article)
        if rows:
            bodies[article] = rows[0]["body"]
    return bodies


def section_page(request: Request, section: str, name: str, unit: tuple[str, ...], **params: str,
                 ) -> tuple[list[dict[str, str]], dict[str, Any]]:
    """One page of a section (`?<section>_page=N` of `?per_page=` or PAGE_SIZE items): the rows of paged canned
    query `name` for that page's items (`unit`: the columns telling items apart), and links to the previous and
    next pages. One item more than a page is asked for, to know whether there is a next page without counting."""
    key = f"{section}_page"
    page, size = _number(request, key, 1, _MAX_PAGE), _number(request, "per_page", PAGE_SIZE, MAX_PAGE_SIZE)
    rows = state(request).explorer.db.rows(name, limit=str(size + 1), offset=str((page - 1) * size), **params)
    items = list(dict.fromkeys(tuple(row.get(k, "") for k in unit) for row in rows))
    kept = set(items[:size])
    rows = [row for row in rows if tuple(row.get(k, "") for k in unit) in kept]

    def href(number: int) -> str:
        query = {k: v for k, v in request.query_params.items() if k != key}
        query |= {key: str(number)} if number > 1 else {}
        return f"{request.url.path}{'?' + urlencode(query) if query else ''}#{SECTIONS[section]}"

    pager = {"page": page, "size": size, "prev": href(page - 1) if page > 1 else "",
             "next": href(page + 1) if len(items) > size else ""}
    return rows, pager


def _number(request: Request, key: str, default: int, most: int) -> int:
    """A whole-number query parameter from 1 to `most`; 400 otherwise."""
    text = request.query_params.get(key, str(default))
    if not PAGE_NUMBER_TEXT.fullmatch(text) or not 1 <= int(text) <= most:
        raise HTTPException(400, f"{key} must be a whole number from 1 to {most}, not {text[:40]!r}")
    return int(text)


def quotes_of(app: AppState, rows: list[dict[str, str]], relations: tuple[str, ...]) -> list[dict[str, Any]]:
    """Quotes by/for/about the entity (entity-quotes rows), oldest first, each shown in its paragraph with the
    quote highlighted."""
    explorer = app.explorer
    rows = [r for r in rows if r["relation"] in relations]
    seen: dict[str, dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(row["quote"], row)
    chosen = sorted(seen.values(), key=lambda r: (r.get("published", ""), int(r.get("start") or 0)))
    bodies = _articles(app, {r["article"] for r in chosen})
    out = []
    for row in chosen:
        body = bodies.get(row["article"], "")
        start, end = int(row.get("start") or -1), int(row.get("end") or -1)
        paragraph = []
        if body and 0 <= start < end <= len(body):
            paragraph = mark_up(body, [Span(start, end, "quote")], window=(start, end))
        out.append({**row,
                    "speakerLabel": explorer.names.label(row["speaker"]) if row.get("speaker") else "unattributed",
                    "speakerHref": explorer.links.href(row["speaker"]) if row.get("speaker") else "",
                    "roleLabel": role_label(explorer.names.label(row["role"])) if row.get("role") else "",
                    "organisationLabel": explorer.names.label(row["organisation"]) if row.get("organisation") else "",
                    "organisationHref": explorer.links.href(row["organisation"]) if row.get("organisation") else "",
                    "articleLabel": explorer.names.label(row["article"]),
                    "href": explorer.links.evidence_href(row["article"], row.get("start"), row.get("end")),
                    "stanceLabel": row.get("stance", "").rsplit("#", 1)[-1],
                    "paragraph": [str(p) for p in paragraph]})
    return out


def roles_of(explorer: Explorer, rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Roles held (entity-roles rows), one entry per (person, role, body), with the dates and articles that state
    it."""
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = grouped.setdefault(row["membership"], {
            "membership": row["membership"], "person": row["person"],
            "personLabel": explorer.names.label(row["person"]),
            "personHref": explorer.links.href(row["person"]),
            "role": role_label(row.get("roleName") or explorer.names.label(row["role"])),
            "organisation": row.get("organisation", ""),
            "organisationLabel": explorer.names.label(row["organisation"]) if row.get("organisation") else "",
            "organisationHref": explorer.links.href(row["organisation"]) if row.get("organisation") else "",
            "dates": [], "evidence": []})
        if row.get("date"):
            entry["dates"].append(row["date"][:10])
        # one link per article (its first sentence stating the role); `sentences` counts the rest
        known = next((e for e in entry["evidence"] if e["article"] == row["article"]), None)
        if known is not None:
            known["sentences"] += 1
            continue
        entry["evidence"].append({"article": row["article"], "articleLabel": explorer.names.label(row["article"]),
                                  "date": (row.get("date") or "")[:10], "sentence": row.get("evidence", ""),
                                  "sentences": 1,
                                  "href": explorer.links.evidence_href(row["article"], row.get("start"),
                                                                       row.get("end"))})
    out = []
    for entry in grouped.values():
        entry["from"] = min(entry["dates"], default="")
        entry["to"] = max(entry["dates"], default="")
        entry["evidence"].sort(key=lambda e: e["date"])
        del entry["dates"]
        out.append(entry)
    return sorted(out, key=lambda e: (e["from"] or "9999", e["role"]))


def reach_of(explorer: Explorer, document: str) -> dict[str, list[dict[str, str]]]:
    """The documents a document reaches through lineage edges between documents, directly or through others
    (`lineage_views.document_reach`), named and linked."""
    reach = document_reach(lineage_graph_of(explorer), document)
    return {side: [{"iri": d, "label": explorer.names.label(d), "href": explorer.links.href(d),
                    "date": explorer.names.date(d)} for d in documents] for side, documents in reach.items()}


def lineage_of(explorer: Explorer, iri: str, claims: list[dict[str, str]]) -> dict[str, list[dict[str, Any]]]:
    """Lineage edges touching the entity (`claims`: its entity-claims rows): what it builds on, what came from
    it, and edges carrying it as the measure; each edge with its number of evidence sentences and a link."""
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in claims:
        key = (row["from"], row["relation"], row["to"])
        edge = edges.setdefault(key, {"from": row["from"], "to": row["to"], "relation": local_name(row["relation"]),
                                      "family": relation_family(row["relation"]), "sentences": set(),
                                      "curated": False, "measures": set(), "dates": set()})
        if row.get("evidence"):
            edge["sentences"].add((row.get("article"), row.get("start")))
        if row.get("curated") in ("true", "1"):
            edge["curated"] = True
        if row.get("measure"):
            edge["measures"].add(row["measure"])
    sections: dict[str, list[dict[str, Any]]] = {"builds_on": [], "came_from": [], "carried_by": []}
    for (source, relation, target), edge in edges.items():
        item = {"relation": edge["relation"], "family": edge["family"], "curated": edge["curated"],
                "sentences": len(edge["sentences"]), "href": edge_href(explorer, source, relation, target),
                "measures": [{"label": explorer.names.label(m), "href": explorer.links.href(m)}
                             for m in sorted(edge["measures"]) if m != iri]}
        if source == iri:
            other = target
            item |= {"phrase": relation_phrase(relation)}
            section = "builds_on"
        elif target == iri:
            other = source
            item |= {"phrase": relation_phrase(relation, reverse=True)}
            section = "came_from"
        else:
            other = source
            item |= {"phrase": f"{relation_phrase(relation)} {explorer.names.label(target)}",
                     "target": target, "targetHref": explorer.links.href(target)}
            section = "carried_by"
        item |= {"other": other, "otherLabel": explorer.names.label(other), "otherHref": explorer.links.href(other),
                 "otherKind": explorer.names.kind_name(other), "date": explorer.names.date(other)}
        sections[section].append(item)
    for items in sections.values():
        items.sort(key=lambda i: (i["date"] or "9999", i["otherLabel"]))
    return sections


def render_entity(request: Request, iri: str, suffix: str) -> Response:
    """The page (or `.json` twin, or RDF description) of any resource under the base IRI."""
    app = state(request)
    explorer = app.explorer
    fmt = RDF_SUFFIXES.get(suffix) or (None if suffix else wants_rdf(request.headers.get("accept", "")))
    if fmt:
        links = explorer.db.results("entity-links", entity=iri)
        if not links.rows:
            raise HTTPException(404, f"nothing in the graph is about {iri}")
        return rdf_response(links, iri, fmt)
    return app.pages.cached(request, lambda: _entity_page(request, iri))


def _entity_page(request: Request, iri: str) -> Page:
    """The page's data: facts and links, then one page of each section its kind has."""
    app = state(request)
    explorer = app.explorer
    counts = explorer.db.rows("entity-link-counts", entity=iri)
    if not counts:
        raise HTTPException(404, f"nothing in the graph is about {iri}")
    kind = explorer.links.kind(iri)
    out, incoming = facts(explorer, statements(explorer, iri, counts),
                          {(c["direction"], c["property"]): int(c["values"]) for c in counts})
    types = [v["iri"] or v["text"] for g in out if g["property"] == f"{_RDF}type" for v in g["values"]]
    texts = {g["property"]: [v["text"] for v in g["values"]] for g in out}
    data: dict[str, Any] = {
        "iri": iri, "kind": kind, "kindName": KIND_NAMES.get(kind, "Resource"), "label": explorer.names.label(iri),
        "types": [local_name(t) for t in types if local_name(t) not in ("Entity", "Thing", "NamedIndividual")],
        "summary": (texts.get(f"{_SKOS}definition") or texts.get(f"{_RDFS}comment") or [""])[0],
        "aliases": sorted(set(texts.get(f"{_SKOS}altLabel", [])) - {explorer.names.label(iri)}, key=str.lower)[:20],
        "date": explorer.names.date(iri),
        "sameAs": sorted({v["iri"] or v["text"] for g in out if g["property"] in (f"{_OWL}sameAs", f"{_SCHEMA}url")
                          for v in g["values"]}),
        "facts": [g for g in out if g["property"] not in (f"{_SKOS}altLabel",)],
        "incoming": incoming, "turtle": request.url.path.rstrip("/") + ".ttl", "pages": {},
        "curated": explorer.names.curated(iri),
        "atomHref": entity_feed_path(iri, explorer),
    }
    pages = data["pages"]
    if kind in ("person", "organisation"):
        rows, pages["roles"] = section_page(request, "roles", "entity-roles", ("membership", "article", "date"),
                                            entity=iri)
        data["roles"] = roles_of(explorer, rows)
        # The page's quotes it said or were said for it; those about it are dropped, so a page may show fewer.
        rows, pages["quotes"] = section_page(request, "quotes", "entity-quotes", _QUOTE_ITEM, entity=iri)
        data["quotes"] = quotes_of(app, rows, ("by", "body"))
    if kind == "organisation":
        people: dict[str, dict[str, Any]] = {}
        for role in data["roles"]:
            if role["person"] == iri:
                continue
            person = people.setdefault(role["person"], {"label": role["personLabel"], "href": role["personHref"],
                                                        "roles": []})
            person["roles"].append(role["role"])
        data["people"] = sorted(people.values(), key=lambda p: p["label"])
    if kind in ("policy", "statute", "measure", "programme", "organisation"):
        claims, pages["claims"] = section_page(request, "claims", "entity-claims", ("claim", "article"), entity=iri)
        data["lineage"] = lineage_of(explorer, iri, claims)
        if kind in DOCUMENT_KINDS:
            data["reach"] = explorer.values.cached(("reach", iri), lambda: reach_of(explorer, iri))
        if kind == "measure":
            paths = measure_paths(explorer, claims)
            data["trace"] = next((m["steps"] for m in paths["measures"] if m["measure"] == iri), [])
    if kind in ("policy", "statute", "measure", "programme"):
        # The page's quotes about it; those it said (a document can speak) are dropped, so a page may show fewer.
        rows, pages["about"] = section_page(request, "about", "entity-quotes", _QUOTE_ITEM, entity=iri)
        data["quotesAbout"] = quotes_of(app, rows, ("about",))
    if kind in ("measure", "programme", "policy", "organisation", "statute"):
        rows, pages["money"] = section_page(request, "money", "entity-funding", ("stream", "article"), entity=iri)
        streams = streams_of(rows)
        data["money"] = [describe_stream(explorer, s) for s in streams]
        data["moneyTotal"] = sum(float(s.get("amountGBP") or 0) for s in streams)
    if kind == "funding" or "FundingStream" in data["types"]:
        stream = streams_of(explorer.db.rows("funding-stream", stream=iri))
        data["stream"] = describe_stream(explorer, stream[0]) if stream else None
    mentioned: list[dict[str, str]] = []
    if kind in ENTITY_PATHS:
        mentioned, pages["mentions"] = section_page(request, "mentions", "entity-mentioned-in", ("article",),
                                                    entity=iri)
    data["mentionedIn"] = [{"article": r["article"], "label": explorer.names.label(r["article"]),
                            "href": explorer.links.href(r["article"]), "published": r.get("published", ""),
                            "mentions": int(r.get("mentions") or 0)} for r in mentioned]
    crumbs = [(data["kindName"], _kind_index(kind)), (data["label"], request.url.path)]
    return Page("entity.html", data["label"], data, crumbs)


INDEXED_KINDS = {"person": "People", "organisation": "Bodies", "policy": "Policy documents", "measure": "Measures",
                 "statute": "Statutes", "programme": "Programmes", "role": "Roles"}
"""Kinds with an index page at `/<kind>` (funding streams are listed at /funding)."""


FEED_KINDS = ("person", "organisation", "policy", "measure", "statute", "programme")
"""Kinds whose pages have an Atom feed of what is new (`/feeds/<kind>/<slug>.atom`, cscgraph.web.views.feeds)."""


def entity_feed_path(iri: str, explorer: Explorer) -> str:
    """The Atom feed of an entity's page, or '' for a kind that has none."""
    path = explorer.links.href(iri).lstrip("/")
    return f"/feeds/{path}.atom" if path.split("/", 1)[0] in FEED_KINDS and "/" in path else ""


def _kind_index(kind: str) -> str:
    if kind in INDEXED_KINDS:
        return f"/{kind}"
    return {"funding": "/funding", "article": "/articles"}.get(kind, "/lineage")


def kind_index(request: Request) -> Response:
    """The named entities of one kind by name, linked, with their dates where they have one: `?per_page=` of them
    (INDEX_PAGE_SIZE unless said) on page `?page=N`. The merged list is kept until the store is written."""
    app = state(request)
    kind = request.url.path.strip("/").removesuffix(".json")
    size = _number(request, "per_page", INDEX_PAGE_SIZE, INDEX_PAGE_SIZE)
    every = app.explorer.values.cached(("kind-index", kind), lambda: capped(merge_twins(kind, (
        {"iri": iri, "label": label, "date": date, "href": app.explorer.links.href(iri)}
        for iri, label, date in app.explorer.names.entities_of(kind))), INDEX_ALSO))
    pages = max(1, -(-len(every) // size))
    page = min(_number(request, "page", 1, _MAX_PAGE), pages)
    params = {"per_page": str(size) if size != INDEX_PAGE_SIZE else ""}
    title = INDEXED_KINDS[kind]
    return app.pages.render(request, Page("kind_index.html", title, {
        "kind": kind, "total": len(every), "first": (page - 1) * size + 1,
        "entities": every[(page - 1) * size:page * size], **pager(f"/{kind}", params, page, pages)},
        [(title, f"/{kind}")]))


for _kind in INDEXED_KINDS:
    router.add_api_route(f"/{_kind}", kind_index, methods=["GET"], name=f"{_kind}_index")
    router.add_api_route(f"/{_kind}.json", kind_index, methods=["GET"], name=f"{_kind}_index_json")


def iri_or_404(explorer: Explorer, path: str) -> str:
    """The IRI a local path names; 404 when the path holds a character no IRI may (a backslash, space, quote…)."""
    if _NOT_IN_IRI.search(path):
        raise HTTPException(404, f"no resource is named {path!r}")
    return explorer.links.iri_of(path)


def entity_page(request: Request, slug: str) -> Response:
    kind = request.url.path.strip("/").split("/", 1)[0]
    slug, suffix = strip_suffix(slug, (".json", *RDF_SUFFIXES))
    iri = iri_or_404(state(request).explorer, f"{kind}/{slug}")
    return render_entity(request, iri, suffix)


for _kind in ENTITY_PATHS:
    router.add_api_route(f"/{_kind}/{{slug}}", entity_page, methods=["GET"], name=f"{_kind}_page")

