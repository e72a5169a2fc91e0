"""`/lineage`: the document chain as a diagram in time, and each measure's path through the documents;
`/lineage/edge`: the evidence for one edge (every sentence that states it, linked to its place in the article)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

import networkx as nx
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from cscgraph.graph.namespaces import CSC
from cscgraph.lineage_views import Lineage, document_chain as chain_of_documents, document_diff, lineage_graph
from cscgraph.models import DOCUMENT_KINDS
from cscgraph.syntax import RELATION_NAME
from cscgraph.web.context import state
from cscgraph.web.database import Row
from cscgraph.web.explorer import Explorer
from cscgraph.web.lineage_edges import lineage_edges
from cscgraph.web.pages import Page
from cscgraph.web.svg import (DiagramEdge, DiagramNode, legend_entries, lineage_diagram, relation_family,
                              relation_phrase)

router = APIRouter()

ACTOR_KINDS = ("policy", "statute", "organisation", "programme")
"""Kinds that can carry a measure."""
STEPS_SHOWN = 25
"""Steps of a measure's path that `/lineage` shows, oldest first; the measure's page pages through them all (at
100,000 articles a measure has thousands, which made the page 6.8 MB)."""
UNCONNECTED_SHOWN = 100
"""Documents with no edge to another document that `/lineage` lists under the diagram; the kind indexes list all."""


def local(relation: str) -> str:
    return relation.rsplit("#", 1)[-1]


def edge_href(explorer: Explorer, source: str, relation: str, target: str) -> str:
    return "/lineage/edge?" + urlencode({"from": explorer.links.href(source).lstrip("/"), "relation": local(relation),
                                         "to": explorer.links.href(target).lstrip("/")})


Edges = dict[tuple[str, str, str], dict[str, Any]]
"""(from, relation, to) → {"sentences": distinct evidence sentences, "curated": bool, "measures": set of IRIs}."""


def edge_rows(explorer: Explorer) -> list[Row]:
    """Every lineage edge with its counts and the names and dates of its ends (the rows of `lineage-edges`, from
    `web.lineage_edges`), kept until the store is written (do not change them)."""
    return explorer.values.cached("lineage-edges", lambda: lineage_edges(explorer.db, explorer.index, explorer.names))


EDGE_DETAILS = ("fromName", "fromDate", "toName", "toDate", "published")
"""What a `lineage-edges` row tells of its edge that `cscgraph.lineage_views` reads."""


def lineage_rows(explorer: Explorer) -> list[Row]:
    """Rows for `cscgraph.lineage_views`: one per edge and measure (`lineage-measures`) with the edge's names and
    dates and the measure's name, no evidence; kept until the store is written (do not change them)."""
    def compute() -> list[Row]:
        details = {(r["from"], r["relation"], r["to"]): {k: r[k] for k in EDGE_DETAILS if k in r}
                   for r in edge_rows(explorer)}
        return [details.get((r["from"], r["relation"], r["to"]), {}) | r
                | ({"measureName": explorer.names.label(r["measure"])} if r.get("measure") else {})
                for r in explorer.db.rows("lineage-measures")]
    return explorer.values.cached("lineage-rows", compute)


def lineage_graph_of(explorer: Explorer) -> nx.MultiDiGraph:
    """`lineage_rows` as the graph `cscgraph.lineage_views` reads them, built once until the store is written (the
    views only read it)."""
    return explorer.values.cached("lineage-graph", lambda: lineage_graph(lineage_rows(explorer)))


def document_steps(explorer: Explorer) -> list[dict[str, Any]]:
    """The documents of the chain with their relations to other documents (`lineage_views.document_chain` of
    `lineage_graph_of`), kept until the store is written (do not change them)."""
    return explorer.values.cached("lineage-chain", lambda: chain_of_documents(lineage_graph_of(explorer)))


def counted_edges(explorer: Explorer) -> Edges:
    """Every lineage edge from the aggregate queries (no evidence read), kept until the store is written (do not
    change them: the home page's chain and /lineage's figure and measure table read the same)."""
    return explorer.values.cached("lineage-counted", lambda: _counted_edges(explorer))


def _counted_edges(explorer: Explorer) -> Edges:
    edges = {(r["from"], r["relation"], r["to"]): {"sentences": int(r["sentences"]), "measures": set(),
                                                   "curated": r.get("curated") in ("true", "1"),
                                                   "published": _day(r.get("published", ""))}
             for r in edge_rows(explorer)}
    for row in lineage_rows(explorer):
        edge = edges.get((row["from"], row["relation"], row["to"]))  # None: a claim written between the two reads
        if edge is not None and row.get("measure"):
            edge["measures"].add(row["measure"])
    return edges


def aggregate(rows: list[Row]) -> Edges:
    """Claim rows with evidence offsets (`entity-claims`) grouped into edges, as `counted_edges` counts them."""
    edges: Edges = {}
    sentences: dict[tuple[str, str, str], set[tuple[str, str, str]]] = defaultdict(set)
    for row in rows:
        key = (row["from"], row["relation"], row["to"])
        edge = edges.setdefault(key, {"sentences": 0, "curated": False, "measures": set(), "published": ""})
        if row.get("evidence"):
            sentences[key].add((row.get("article", ""), row.get("start", ""), row.get("end", "")))
        published = _day(row.get("published", ""))
        if published and (not edge["published"] or published < edge["published"]):
            edge["published"] = published
        if row.get("curated") in ("true", "1"):
            edge["curated"] = True
        if row.get("measure"):
            edge["measures"].add(row["measure"])
    for key, edge in edges.items():
        edge["sentences"] = len(sentences[key])
    return edges


def _day(published: str) -> str:
    """The day of an article's date ("2024-11-18T09:00:00Z" → "2024-11-18"); the no-article sentinel → ""."""
    return "" if not published or published.startswith("9999") else published[:10]


def step_date(explorer: Explorer, actor: str, edge: dict[str, Any]) -> str:
    """When a step happened, by its evidence: the acting document's or statute's own date, else the date of the
    earliest article that states the step (a government's or programme's step is never dated by when the
    government began)."""
    if explorer.links.kind(actor) in DOCUMENT_KINDS and explorer.names.date(actor):
        return explorer.names.date(actor)
    return edge.get("published", "")


def document_chain(explorer: Explorer, edges: Edges) -> tuple[list[DiagramNode], list[DiagramEdge]]:
    """Documents and statutes named in any lineage edge, on a time axis, with the edges between them."""
    keys = {end for (source, _, target) in edges for end in (source, target)
            if explorer.links.kind(end) in DOCUMENT_KINDS}
    nodes = [DiagramNode(k, explorer.names.label(k), explorer.names.date(k), explorer.links.href(k),
                         explorer.links.kind(k))
             for k in sorted(keys, key=lambda k: (explorer.names.date(k) or "9999", explorer.names.label(k), k))]
    drawn = [DiagramEdge(source, target, relation, edge_href(explorer, source, relation, target),
                         curated=edge["curated"] and not edge["sentences"], claims=edge["sentences"])
             for (source, relation, target), edge in edges.items() if source in keys and target in keys]
    return nodes, drawn


def measure_paths(explorer: Explorer, rows: list[Row]) -> dict[str, Any]:
    """Each measure's steps from claim rows with evidence offsets (`entity-claims`, `lineage-claims`)."""
    return measure_table(explorer, aggregate(rows))


def measure_table(explorer: Explorer, edges: Edges, shown: int | None = None) -> dict[str, Any]:
    """Each measure's steps: which document, statute, government or programme did what with it, in date order, and
    how many there are (`stepCount`); with `shown`, only the first `shown` steps of each are described."""
    found: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = defaultdict(list)
    explorer.names.prefetch({end for (source, _, target), edge in edges.items()
                             for end in (source, target, *edge["measures"])})
    for (source, relation, target), edge in edges.items():
        measures = {target} if explorer.links.kind(target) == "measure" else set(edge["measures"])
        if explorer.links.kind(source) != "measure":
            for measure in measures:
                found[measure].append((source, relation, target, edge))

    def order(step: tuple[str, str, str, dict[str, Any]]) -> tuple[str, str, str]:
        source, relation, _, edge = step
        return step_date(explorer, source, edge) or "9999", explorer.names.label(source), local(relation)

    return {"measures": [{"measure": measure, "label": explorer.names.label(measure),
                          "href": explorer.links.href(measure), "curated": explorer.names.curated(measure),
                          "stepCount": len(found[measure]),
                          "steps": [_step(explorer, measure, *step)
                                    for step in sorted(found[measure], key=order)[:shown]]}
                         for measure in sorted(found, key=explorer.names.label)]}


def _step(explorer: Explorer, measure: str, source: str, relation: str, target: str, edge: dict[str, Any]
          ) -> dict[str, Any]:
    """One step of a measure's path as pages show it: who, what they did, when, and where the evidence is."""
    via = "" if target == measure else target
    return {"actor": source, "actorLabel": explorer.names.label(source), "actorHref": explorer.links.href(source),
            "actorCurated": explorer.names.curated(source), "date": step_date(explorer, source, edge),
            "relation": local(relation), "phrase": relation_phrase(relation), "family": relation_family(relation),
            "via": via, "viaLabel": explorer.names.label(via) if via else "",
            "curated": edge["curated"] and not edge["sentences"], "sentences": edge["sentences"],
            "href": edge_href(explorer, source, relation, target)}


def chain_figure(explorer: Explorer, connected_only: bool = False
                 ) -> tuple[Any, list[DiagramNode], list[DiagramEdge], list[DiagramNode]]:
    """The document diagram, the nodes drawn, the edges and the documents left out of the drawing because no edge
    joins them to another document (listed under it instead). `connected_only` keeps only the document chain
    (documents related to another document, per `cscgraph.lineage_views.document_chain`). The documents and edges
    are kept until the store is written: the home page and /lineage draw the same."""
    nodes, edges = explorer.values.cached("lineage-documents", lambda: document_chain(explorer,
                                                                                      counted_edges(explorer)))
    joined = {end for e in edges if e.source != e.target for end in (e.source, e.target)}
    if connected_only:
        chain = {step["document"] for step in document_steps(explorer)}
        joined &= chain
    drawn = [n for n in nodes if n.key in joined]
    apart = [n for n in nodes if n.key not in joined]
    svg = lineage_diagram(drawn, edges, "Policy documents and statutes in time, with the lineage edges "
                                        "between them") if drawn else None
    return svg, drawn, edges, apart


@router.get("/lineage")
@router.get("/lineage.json")
def lineage_page(request: Request) -> Response:
    app = state(request)
    data = lineage_data(app.explorer)
    page = Page("lineage.html", "Policy lineage", {k: v for k, v in data.items() if k != "diagram"},
                [("Lineage", "/lineage")])
    if data["diagram"] is not None and not request.url.path.endswith(".json"):
        page.data = data
    return app.pages.cached(request, lambda: page, limit=LINEAGE_PAGE_BYTES)


LINEAGE_PAGE_BYTES = 4_000_000
"""Most bytes of `/lineage` (or its JSON twin) kept rendered: 0.6 MB at 100,000 generated articles, rendered in ~40 ms
each time it was not kept (bench/RESULTS.md, scale34)."""


def lineage_data(explorer: Explorer) -> dict[str, Any]:
    """What `/lineage` shows, kept until the store is written and computed again after each write."""
    return explorer.values.cached("lineage-page", lambda: _lineage_data(explorer), warm=True)


def _lineage_data(explorer: Explorer) -> dict[str, Any]:
    svg, nodes, edges, apart = chain_figure(explorer)
    measures = measure_table(explorer, counted_edges(explorer), STEPS_SHOWN)["measures"]
    steps = chain_steps(explorer, lineage_graph_of(explorer), document_steps(explorer))
    return {
        "chainSteps": [{k: v for k, v in step.items() if k != "changes"} for step in steps],
        "documents": [{"iri": n.key, "label": n.label, "date": n.when, "href": n.href,
                       "curated": explorer.names.curated(n.key)} for n in nodes],
        "unconnected": [{"iri": n.key, "label": n.label, "date": n.when, "href": n.href, "kind": n.kind,
                         "curated": explorer.names.curated(n.key)} for n in apart[:UNCONNECTED_SHOWN]],
        "unconnectedCount": len(apart),
        "edges": [{"from": e.source, "relation": local(e.relation), "to": e.target, "curated": e.curated,
                   "family": relation_family(e.relation), "phrase": relation_phrase(e.relation),
                   "evidenceSentences": e.claims, "href": e.href,
                   "fromLabel": explorer.names.label(e.source), "toLabel": explorer.names.label(e.target),
                   "fromCurated": explorer.names.curated(e.source), "toCurated": explorer.names.curated(e.target)}
                  for e in edges],
        "measures": measures,
        "legend": legend_entries([e.relation for e in edges] + [s["relation"] for m in measures for s in m["steps"]],
                                 any(e.curated for e in edges)),
        "diagram": svg,
    }


@router.get("/lineage/edge")
@router.get("/lineage/edge.json")
def edge_page(request: Request, relation: str, to: str) -> Response:
    app = state(request)
    explorer = app.explorer
    source_path = request.query_params.get("from", "")  # "from" is a Python keyword, so not a parameter
    if not source_path:
        raise HTTPException(400, "give the edge as ?from=KIND/SLUG&relation=NAME&to=KIND/SLUG")
    if not RELATION_NAME.fullmatch(relation):
        raise HTTPException(404, f"no lineage relation named {relation!r}")
    source, target = explorer.links.iri_of(source_path), explorer.links.iri_of(to)
    rows = explorer.db.rows("lineage-edge", **{"from": source, "relation": CSC + relation, "to": target})
    if not rows:
        raise HTTPException(404, f"no lineage claim says {source_path} {relation} {to}")
    evidence, seen = [], set()
    curated = False
    for row in sorted(rows, key=lambda r: (r.get("published", ""), r["claim"])):
        if row.get("curated") in ("true", "1"):
            curated = True
        if not row.get("evidence"):
            continue
        key = (row.get("article"), row.get("start"), row.get("end"))
        if key in seen:
            continue
        seen.add(key)
        evidence.append({"claim": row["claim"], "sentence": row["evidence"], "article": row.get("article", ""),
                         "articleLabel": explorer.names.label(row.get("article", "")),
                         "published": row.get("published", ""), "start": row.get("start", ""),
                         "end": row.get("end", ""), "measure": row.get("measure", ""),
                         "measureLabel": explorer.names.label(row["measure"]) if row.get("measure") else "",
                         "href": explorer.links.evidence_href(row.get("article", ""), row.get("start"),
                                                              row.get("end"))})
    title = f"{explorer.names.label(source)} {relation_phrase(relation)} {explorer.names.label(target)}"
    data = {"from": source, "fromLabel": explorer.names.label(source), "fromHref": explorer.links.href(source),
            "relation": relation, "phrase": relation_phrase(relation), "family": relation_family(relation),
            "to": target, "toLabel": explorer.names.label(target), "toHref": explorer.links.href(target),
            "curated": curated, "claims": sorted({r["claim"] for r in rows}), "evidence": evidence}
    return app.pages.render(request, Page("lineage_edge.html", title, data,
                                          [("Lineage", "/lineage"), ("Evidence", request.url.path)]))


CHANGES = {"adopted": ("adopted", "adopted"), "rejected": ("rejected", "rejected"),
           "modified": ("modified", "modified"), "new": ("new", "new in the later document"),
           "not taken up": ("dropped", "not taken up")}
"""document_diff's change → (badge style, heading)."""


def diff_summary(explorer: Explorer, lineage: Lineage, source: str, target: str) -> dict[str, Any]:
    diff = document_diff(lineage, source, target)
    changes = []
    for change, entries in diff.items():
        style, heading = CHANGES[change]
        changes.append({"change": change, "style": style, "heading": heading, "measures": [
            {"measure": e["measure"], "label": e.get("name") or explorer.names.label(e["measure"]),
             "href": explorer.links.href(e["measure"]), "evidence": e["evidence"],
             "articles": [{"iri": a, "label": explorer.names.label(a), "href": explorer.links.href(a)}
                          for a in e["articles"]]}
            for e in entries]})
    return {"from": source, "fromLabel": explorer.names.label(source), "fromHref": explorer.links.href(source),
            "to": target, "toLabel": explorer.names.label(target), "toHref": explorer.links.href(target),
            "href": "/lineage/diff?" + urlencode({"from": explorer.links.href(source).lstrip("/"),
                                                  "to": explorer.links.href(target).lstrip("/")}),
            "changes": changes, "counts": {c["change"]: len(c["measures"]) for c in changes}}


def stated_by(explorer: Explorer, lineage: list[Row], document: str) -> list[Row]:
    """`lineage` with the claims `document` makes and their evidence (`entity-claims`), which is what
    `document_diff` shows of a later document, in the order of the full `lineage` listing."""
    said = [r for r in explorer.db.rows("entity-claims", entity=document) if r["from"] == document]
    said.sort(key=lambda r: (explorer.names.date(r["to"]), r["relation"], explorer.names.label(r["to"]),
                             r.get("published", ""), r["claim"]))
    return lineage + said


def chain_steps(explorer: Explorer, lineage: Lineage, chain: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each pair of directly related documents of the chain (`chain`: the document chain of `lineage`), earlier
    against later (where something changed)."""
    pairs: set[tuple[str, str]] = set()
    for step in chain:
        for relation in step["relations"]:
            a, b = step["document"], relation["to"]
            pairs.add((b, a) if (explorer.names.date(b) or "9999") <= (explorer.names.date(a) or "9999") else (a, b))
    out = []
    for source, target in sorted(pairs, key=lambda p: (explorer.names.date(p[1]) or "9999",
                                                        explorer.names.date(p[0]) or "", p[1], p[0])):
        summary = diff_summary(explorer, lineage, source, target)
        if any(summary["counts"][k] for k in ("adopted", "rejected", "modified", "new")):
            out.append(summary)
    return out


@router.get("/lineage/diff")
@router.get("/lineage/diff.json")
def diff_page(request: Request, to: str = "") -> Response:
    """What a later document (or government) did with the measures of an earlier one; without `from` and `to`, the
    two directly related documents of the chain with the most measures between them adopted, rejected, modified,
    new or not taken up (the `chainSteps` of `/lineage`; the earliest of equals)."""
    app = state(request)
    explorer = app.explorer
    lineage = lineage_rows(explorer)
    chain = [step["document"] for step in chain_of_documents(lineage)]
    actors = sorted({r["from"] for r in lineage if explorer.links.kind(r["from"]) in ACTOR_KINDS} | set(chain),
                    key=lambda a: (explorer.names.date(a) or "9999", explorer.names.label(a)))
    source_path = request.query_params.get("from", "")
    if source_path and to:
        source, target = explorer.links.iri_of(source_path), explorer.links.iri_of(to)
    elif steps := lineage_data(explorer)["chainSteps"]:
        busiest = max(steps, key=lambda step: sum(step["counts"].values()))
        source, target = busiest["from"], busiest["to"]
    elif len(chain) >= 2:
        source, target = chain[0], chain[1]
    else:
        raise HTTPException(404, "the graph holds no two related documents to compare yet")
    data = diff_summary(explorer, stated_by(explorer, lineage, target), source, target)
    data["options"] = [{"value": explorer.links.href(a).lstrip("/"), "label": explorer.names.label(a),
                        "date": explorer.names.date(a)} for a in actors]
    data["fromValue"] = explorer.links.href(source).lstrip("/")
    data["toValue"] = explorer.links.href(target).lstrip("/")
    title = f"What {data['toLabel']} did with {data['fromLabel']}"
    return app.pages.render(request, Page("lineage_diff.html", title, data,
                                          [("Lineage", "/lineage"), ("Compare", request.url.path)]))
