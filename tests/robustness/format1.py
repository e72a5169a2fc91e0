"""Test data: the evidence layout of store format 1 (cscgraph up to 824b55b), to build the stores `migrate` upgrades.

Format 1 wrote each evidence sentence as an oa:SpecificResource with two selector nodes, and each mention with a
class and its text; later formats write one selector node per sentence and mentions without either
(ontology/MAPPING.md). `write_format_1` turns a current store's article graphs back into format 1, quad for quad
as the format-1 mapping wrote them.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

CSC = "https://w3id.org/cscgraph/ontology#"
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
NEWS_ARTICLE = ox.NamedNode("https://schema.org/NewsArticle")
MENTION_OF = ox.NamedNode(f"{CSC}mentionOf")
POSITION_SELECTOR = ox.NamedNode(f"{OA}TextPositionSelector")
QUOTE_SELECTOR = ox.NamedNode(f"{OA}TextQuoteSelector")
META = ox.NamedNode("https://w3id.org/cscgraph/graph/meta")
VERSION = ox.NamedNode(f"{CSC}formatVersion")


def oa(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{OA}{name}")


def format_1_graph(quads: list[ox.Quad]) -> list[ox.Quad]:
    """One article graph of the current format, as format 1 wrote it."""
    graph = quads[0].graph_name
    article = next(q.subject for q in quads if q.predicate == RDF_TYPE and q.object == NEWS_ARTICLE)
    sentences = {q.subject for q in quads if q.predicate == RDF_TYPE and q.object == POSITION_SELECTOR}
    mentions = {q.subject for q in quads if q.predicate == MENTION_OF}
    out = [q for q in quads if q.subject not in sentences]
    for sentence in sentences:
        values = {q.predicate.value[len(OA):]: q.object for q in quads if q.subject == sentence
                  and q.predicate.value.startswith(OA)}
        quote, position = ox.NamedNode(f"{sentence.value}/quote"), ox.NamedNode(f"{sentence.value}/position")
        out += [ox.Quad(s, p, o, graph) for s, p, o in (
            (sentence, RDF_TYPE, oa("SpecificResource")), (sentence, oa("hasSource"), article),
            (sentence, oa("hasSelector"), quote), (sentence, oa("hasSelector"), position),
            (quote, RDF_TYPE, QUOTE_SELECTOR), (quote, oa("exact"), values["exact"]),
            (position, RDF_TYPE, POSITION_SELECTOR), (position, oa("start"), values["start"]),
            (position, oa("end"), values["end"]))]
    body = next(q.object.value for q in quads if q.predicate.value == "https://schema.org/articleBody")
    for mention in mentions:
        offsets = {q.predicate.value[len(OA):]: int(q.object.value) for q in quads if q.subject == mention
                   and q.predicate in (oa("start"), oa("end"))}
        out += [ox.Quad(mention, RDF_TYPE, ox.NamedNode(f"{CSC}Mention"), graph),
                ox.Quad(mention, oa("exact"), ox.Literal(body[offsets["start"]:offsets["end"]]), graph)]
    return out


def write_format_1(path: Path) -> int:
    """Rewrite the embedded store at `path` (current format) as format 1; the number of article graphs rewritten."""
    store = ox.Store(str(path))
    graphs = [g for g in store.named_graphs() if "/graph/article/" in g.value]
    for graph in graphs:
        quads = list(store.quads_for_pattern(None, None, None, graph))
        store.remove_graph(graph)
        store.add_graph(graph)
        store.extend(format_1_graph(quads))
    for quad in list(store.quads_for_pattern(None, VERSION, None, META)):
        store.remove(quad)
    store.add(ox.Quad(ox.NamedNode("https://w3id.org/cscgraph/"), VERSION,
                      ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), META))
    store.flush()
    del store
    return len(graphs)
