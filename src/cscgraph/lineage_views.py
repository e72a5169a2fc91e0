"""Derived views over lineage edges: the document chain, one measure's path, and what a later document changed.

The caller passes rows shaped like the `lineage` canned query's as plain dicts (variable name without "?" → value
as a string; IRIs as bare IRIs; missing values absent or None), so this module never touches the store. Rows
without `evidence` (the web explorer passes one per edge and measure, from `lineage-measures`) give the same
chain, paths and changes with empty evidence lists. Relations may
be full IRIs (`https://w3id.org/cscgraph/ontology#adopts`) or local names (`adopts`). Each view also takes the
graph `lineage_graph` built of the rows, for a caller that asks several questions of the same rows.

>>> rows = [{"from": "https://w3id.org/cscgraph/policy/b", "relation": "basedOn",
...          "to": "https://w3id.org/cscgraph/policy/a", "fromDate": "2023-02-02", "toDate": "2022-05-23",
...          "evidence": "B was based on A."}]
>>> [step["document"].rsplit("/", 1)[1] for step in document_chain(rows)]
['a', 'b']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from cscgraph.models import DOCUMENT_KINDS

__all__ = ["lineage_graph", "document_chain", "document_reach", "measure_path", "document_diff"]

_TAKES = {"adopts": "adopted", "continues": "adopted", "legislates": "adopted", "implements": "adopted",
          "rejects": "rejected", "modifies": "modified"}

Row = Mapping[str, Any]
Lineage = Iterable[Row] | nx.MultiDiGraph
"""Rows, or the graph `lineage_graph` made of them (built once by a caller that asks several questions of it; never
changed here)."""


def lineage_graph(rows: Iterable[Row]) -> nx.MultiDiGraph:
    """A multigraph: one node per entity (name, date, kind), one edge per (from, relation, to, measure) with every
    evidence sentence and article that states it."""
    graph = nx.MultiDiGraph()
    for row in rows:
        source, target, relation = _v(row, "from"), _v(row, "to"), _local(_v(row, "relation"))
        if not (source and target and relation):
            continue
        _node(graph, source, _v(row, "fromName"), _v(row, "fromDate"), _v(row, "published"))
        _node(graph, target, _v(row, "toName"), _v(row, "toDate"), _v(row, "published"))
        measure = _v(row, "measure")
        if measure:
            _node(graph, measure, _v(row, "measureName"), None, None)
        key = (relation, measure)
        if not graph.has_edge(source, target, key):
            graph.add_edge(source, target, key, relation=relation, measure=measure, evidence=[], articles=[],
                           curated=False)
        edge = graph.edges[source, target, key]
        _append(edge["evidence"], _v(row, "evidence"))
        _append(edge["articles"], _v(row, "article"))
        edge["curated"] = edge["curated"] or str(_v(row, "curated")).lower() in ("true", "1")
    return graph


def _graph(rows: Lineage) -> nx.MultiDiGraph:
    return rows if isinstance(rows, nx.MultiDiGraph) else lineage_graph(rows)


def document_chain(rows: Lineage) -> list[dict[str, Any]]:
    """Documents in date order, each with its relations to other documents (and their evidence).

    Only edges between documents (policy documents, Bills, Acts) count; a document without a date is placed by the
    earliest article that mentions it.
    """
    graph = _graph(rows)
    docs = [n for n in graph.nodes if _kind(n) in DOCUMENT_KINDS]
    chain = []
    for doc in sorted(docs, key=lambda n: _order(graph, n)):
        relations = [_relation(graph, doc, target, data) for _, target, data in graph.out_edges(doc, data=True)
                     if _kind(target) in DOCUMENT_KINDS]
        incoming = [t for t, _, _ in graph.in_edges(doc, data=True) if _kind(t) in DOCUMENT_KINDS]
        if relations or incoming:
            chain.append(_describe(graph, doc) | {"relations": sorted(relations, key=lambda r: r["relation"])})
    return chain


def document_reach(rows: Lineage, document: str) -> dict[str, list[str]]:
    """The documents one document reaches along edges between documents, directly or through others: `from` (it
    builds on, legislates, continues … them; edges run from the later document to the one it acts on) and `to`
    (they act on it, or on a document that does), each in date order.

    >>> P = "https://w3id.org/cscgraph/policy/"
    >>> rows = [{"from": P + "paper", "relation": "continues", "to": P + "strategy"},
    ...         {"from": P + "strategy", "relation": "basedOn", "to": P + "review"}]
    >>> [d.rsplit("/", 1)[1] for d in document_reach(rows, P + "paper")["from"]]
    ['review', 'strategy']
    >>> [d.rsplit("/", 1)[1] for d in document_reach(rows, P + "review")["to"]]
    ['paper', 'strategy']
    """
    graph = _graph(rows)
    documents = graph.subgraph(n for n in graph.nodes if _kind(n) in DOCUMENT_KINDS)
    if document not in documents:
        return {"from": [], "to": []}
    return {"from": sorted(nx.descendants(documents, document), key=lambda n: _order(graph, n)),
            "to": sorted(nx.ancestors(documents, document), key=lambda n: _order(graph, n))}


def measure_path(rows: Lineage, measure_iri: str) -> list[dict[str, Any]]:
    """The documents, programmes and governments that carried one measure, in date order, each with the relations
    by which it did and their evidence."""
    graph = _graph(rows)
    if measure_iri not in graph:
        return []
    steps: dict[str, list[dict[str, Any]]] = {}
    for source, target, data in graph.edges(data=True):
        if target == measure_iri or data["measure"] == measure_iri:
            steps.setdefault(source, []).append(_relation(graph, source, target, data))
    return [_describe(graph, node) | {"relations": sorted(rels, key=lambda r: r["relation"])}
            for node, rels in sorted(steps.items(), key=lambda item: _order(graph, item[0]))]


def document_diff(rows: Lineage, from_iri: str, to_iri: str) -> dict[str, list[dict[str, Any]]]:
    """What `to` did with the measures of `from`: adopted, rejected, modified, new (adopted by `to` but never
    carried by `from`), and not taken up (carried by `from`, never mentioned by `to`).

    >>> P, M = "https://w3id.org/cscgraph/policy/", "https://w3id.org/cscgraph/measure/"
    >>> rows = [{"from": P + "review", "relation": "recommends", "to": M + "x"},
    ...         {"from": P + "strategy", "relation": "adopts", "to": M + "x"},
    ...         {"from": P + "strategy", "relation": "adopts", "to": M + "y"}]
    >>> {k: [m["measure"].rsplit("/", 1)[1] for m in v] for k, v in document_diff(rows, P + "review", P + "strategy").items()}
    {'adopted': ['x'], 'rejected': [], 'modified': [], 'new': ['y'], 'not taken up': []}
    """
    graph = _graph(rows)
    diff: dict[str, list[dict[str, Any]]] = {"adopted": [], "rejected": [], "modified": [], "new": [],
                                             "not taken up": []}
    if from_iri not in graph or to_iri not in graph:
        return diff
    carried = _measures_of(graph, from_iri, ("recommends", "adopts", "continues", "legislates"))
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for _, target, data in graph.out_edges(to_iri, data=True):
        measure, change = _measure_change(graph, target, data, from_iri, carried)
        if measure is None or change is None:
            continue
        entry = seen.setdefault((change, measure), {"measure": measure, "name": graph.nodes[measure].get("name"),
                                                    "evidence": [], "articles": []})
        for sentence in data["evidence"]:
            _append(entry["evidence"], sentence)
        for article in data["articles"]:
            _append(entry["articles"], article)
    for (change, _), entry in seen.items():
        diff[change].append(entry)
    touched = {m for _, m in seen}
    for measure in sorted(carried - touched):
        diff["not taken up"].append({"measure": measure, "name": graph.nodes[measure].get("name"), "evidence": [],
                                     "articles": []})
    for entries in diff.values():
        entries.sort(key=lambda e: (e["name"] or e["measure"]))
    return diff


def _measure_change(graph: nx.MultiDiGraph, target: str, data: dict[str, Any], from_iri: str,
                    carried: set[str]) -> tuple[str | None, str | None]:
    relation = data["relation"]
    if target == from_iri and data["measure"]:
        # "Stable Homes adopts the review's recommendation on X": a document-to-document edge naming the measure.
        change = "adopted" if relation in ("adopts", "basedOn", "continues", "legislates") else _TAKES.get(relation)
        return data["measure"], change
    if _kind(target) != "measure" or relation not in _TAKES:
        return None, None
    change = _TAKES[relation]
    if change == "adopted" and target not in carried:
        change = "new"
    return target, change


def _measures_of(graph: nx.MultiDiGraph, node: str, relations: tuple[str, ...]) -> set[str]:
    return {t for _, t, d in graph.out_edges(node, data=True) if d["relation"] in relations and _kind(t) == "measure"}


def _relation(graph: nx.MultiDiGraph, source: str, target: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"relation": data["relation"], "to": target, "toName": graph.nodes[target].get("name"),
            "measure": data["measure"], "measureName": graph.nodes[data["measure"]].get("name")
            if data["measure"] else None, "evidence": list(data["evidence"]), "articles": list(data["articles"]),
            "curated": data["curated"]}


def _describe(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    attrs = graph.nodes[node]
    return {"document": node, "name": attrs.get("name"), "date": attrs.get("date"), "kind": _kind(node)}


def _node(graph: nx.MultiDiGraph, iri: str, name: str | None, date: str | None, published: str | None) -> None:
    if iri not in graph:
        graph.add_node(iri, name=None, date=None, first_seen=None)
    attrs = graph.nodes[iri]
    attrs["name"] = attrs["name"] or name
    attrs["date"] = attrs["date"] or (str(date)[:10] if date else None)
    if published and (attrs["first_seen"] is None or str(published) < attrs["first_seen"]):
        attrs["first_seen"] = str(published)[:10]


def _order(graph: nx.MultiDiGraph, node: str) -> tuple[str, str]:
    attrs = graph.nodes[node]
    return (attrs.get("date") or attrs.get("first_seen") or "9999", attrs.get("name") or node)


def _kind(iri: str) -> str | None:
    """The entity kind path segment of a cscgraph IRI: `…/policy/stable-homes` → "policy"."""
    parts = iri.rstrip("/").split("/")
    return parts[-2] if len(parts) >= 2 else None


def _local(relation: str | None) -> str | None:
    if not relation:
        return None
    return relation.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _v(row: Row, key: str) -> Any:
    value = row.get(key, row.get(f"?{key}"))
    return None if value in ("", None) else value


def _append(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)
